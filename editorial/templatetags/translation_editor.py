"""The translation editor's props, held to the approval workflow."""

import json

from django import template
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext
from wagtail.models import Page

from access.rules import user_is_coordinator
from editorial.selectors.translations import translation_change_check

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_editor_props(context: template.Context, props: str, page: Page) -> str:
    """wagtail-localize's editor props, held to what this person may do.

    Read-only (its own "locked" mode) for someone who may not change the texts now: the views
    refuse the change anyway, this spares them trying. For everyone but a coordinator, the
    actions they would be refused (delete, unpublish, convert to an alias) are left out, so
    the editor's footer is ours: *Submit for approval* (`edit_translation.html`).
    """
    data = json.loads(props)
    user = context["request"].user
    try:
        translation_change_check(user=user, page=page)
    except (PermissionDenied, ValidationError):
        data["object"]["isLocked"] = True
    if not user_is_coordinator(user):
        data["perms"].update(canDelete=False, canUnpublish=False, canPublish=False)
        data["links"].update(convertToAliasUrl=None, deleteUrl=None, unpublishUrl=None)
    return json.dumps(data)


@register.simple_tag(takes_context=True)
def translation_preview_url(context: template.Context, props: str) -> str:
    """The preview of the translation as it stands (the editor's own Preview link)."""
    modes = json.loads(props).get("previewModes") or []
    return modes[0]["url"] if modes else ""


@register.simple_tag
def translation_needs_submission(page: Page) -> bool:
    """Whether the translation has anything to submit: it is not live, or its draft is newer
    than what is live (after an approval there is nothing until its texts change again)."""
    return not page.live or page.has_unpublished_changes


@register.simple_tag
def translation_editor_texts(props: str) -> dict[str, str]:
    """English the editor's script writes whatever the admin's language, and its translation."""
    data = json.loads(props)
    source = data.get("sourceLocale", {}).get("displayName", "")
    target = data.get("locale", {}).get("displayName", "")
    return {
        f"{source} to {target} translation": gettext("Translation from %(source)s into %(target)s")
        % {"source": source, "target": target},
        "More actions": gettext("More actions"),
        # wagtail-localize's Dutch "Publish in " lost its space ("Publiceer inEngels").
        f"Publiceer in{target}": gettext("Publish in %(language)s") % {"language": target},
    }
