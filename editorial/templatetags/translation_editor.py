"""The translation editor's props, held to the approval workflow."""

import json

from django import template
from django.core.exceptions import PermissionDenied, ValidationError
from wagtail.models import Page

from editorial.selectors.translations import translation_change_check

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_editor_props(context: template.Context, props: str, page: Page) -> str:
    """wagtail-localize's editor props, read-only (its own "locked" mode) for someone who may
    not change the texts now: the views refuse the change anyway, this spares them trying."""
    try:
        translation_change_check(user=context["request"].user, page=page)
    except (PermissionDenied, ValidationError):
        data = json.loads(props)
        data["object"]["isLocked"] = True
        return json.dumps(data)
    return props
