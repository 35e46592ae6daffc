"""The language switcher, `hreflang` alternates, and the site's source language (for base.html).

The `lang` marks on listed pages in another language are core's (`language_marks`).
"""

from django import template
from django.conf import settings
from wagtail.models import Page

from translations.alternates import page_alternates, page_language_links, view_language_links

register = template.Library()


@register.inclusion_tag("translations/language_switcher.html", takes_context=True)
def language_switcher(context) -> dict:
    request = context.get("request")
    links = context.get("language_links")
    if links is None and request is not None:
        page = context.get("page")
        if isinstance(page, Page) and page.pk:
            links = page_language_links(page=page, request=request)
        else:
            links = view_language_links(request=request)
    return {"language_links": links or []}


@register.inclusion_tag("translations/alternates.html", takes_context=True)
def hreflang_alternates(context) -> dict:
    request = context.get("request")
    page = context.get("page")
    if request is None or not isinstance(page, Page) or not page.pk or context.get("noindex"):
        return {"alternates": []}
    return {"alternates": page_alternates(page=page, request=request)}


@register.simple_tag
def source_language() -> str:
    """The language the site is written in first (Dutch); translations follow it."""
    return settings.LANGUAGE_CODE
