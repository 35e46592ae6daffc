"""The language switcher, `hreflang` alternates, and `lang` marks on pages in another language."""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from translations.alternates import page_alternates, page_language_links, view_language_links

register = template.Library()

LANGUAGE_NOTES = {"nl": _("in Dutch"), "en": _("in English")}


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


def other_language(page) -> str | None:
    """The language `page` is written in, when it is not the reader's; else None.

    Pages from `core.localization.in_language` carry it as `content_language` (no query).
    """
    if page is None:
        return None
    language = getattr(page, "content_language", None) or page.locale.language_code
    return None if language == translation.get_language() else language


@register.simple_tag
def lang_attrs(page) -> str:
    """` lang=".." hreflang=".."` for a link to a page in another language than the reader's."""
    language = other_language(page)
    return format_html(' lang="{}" hreflang="{}"', language, language) if language else ""


@register.simple_tag
def lang_attr(page) -> str:
    """` lang=".."` for text taken from a page in another language than the reader's."""
    language = other_language(page)
    return format_html(' lang="{}"', language) if language else ""


@register.simple_tag
def language_note(page) -> str:
    """A short "(in Dutch)" after a link to a page in another language than the reader's."""
    language = other_language(page)
    if language is None:
        return ""
    note = LANGUAGE_NOTES.get(language, language)
    return format_html(' <span class="language-note">({})</span>', note)
