"""Lets network, project and theme pages list their publications without their apps
importing this one (the sections come through core.sections: publications.wagtail_hooks)."""

from django import template

from core.localization import page_locale
from publications.selectors import LISTED_PUBLICATIONS, publication_list_for

register = template.Library()


@register.inclusion_tag("publications/includes/publication_list.html", takes_context=True)
def publications_listed(context, network=None, theme=None, limit=LISTED_PUBLICATIONS):
    page = context.get("page")
    publications = publication_list_for(
        locale=page_locale(page), network=network, theme=theme, limit=limit
    )
    return {"publications": publications, "request": context.get("request")}
