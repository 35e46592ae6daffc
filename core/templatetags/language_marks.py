"""`lang` marks for pages listed in another language than the reader's.

Listings built with `core.localization.in_language` carry each page's language as
`content_language`, so these marks cost no query.
"""

from django import template
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from core.localization import page_locale

register = template.Library()

LANGUAGE_NOTES = {"nl": _("in Dutch"), "en": _("in English")}


def other_language(page) -> str | None:
    """The language `page` is written in, when it is not the reader's; else None.

    Pages from `core.localization.in_language` carry it as `content_language` (no query).
    """
    if page is None:
        return None
    language = getattr(page, "content_language", None) or page_locale(page).language_code
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
