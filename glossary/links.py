"""The editor's choice to link a term: a `<dfn>` mark on its first use on a page becomes, when
the page is rendered, a plain link to the term's entry on the glossary page. Never automatic,
never a pop-up: only what the editor marked, and only when the mark names a glossary term.
"""

from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation
from wagtail.fields import StreamField
from wagtail.models import Locale, Page

from glossary.selectors import term_slugs
from glossary.text import term_normalize

MARK_TAG = "dfn"
LINK_CLASS = "glossary-link"


def glossary_links(*, html: str, locale: Locale) -> str:
    """`html` with each marked term (`<dfn>`) whose text is a preferred term or a synonym in
    `locale` (Dutch where untranslated) wrapped in a link to its entry.

    A mark that names no term stays a plain `<dfn>`; a mark inside or around a link is never
    linked (no link in a link). One cached read of the glossary, however many marks.
    """
    if f"<{MARK_TAG}" not in html.lower():
        return html
    soup = BeautifulSoup(html, "html.parser")
    marks = soup.find_all(MARK_TAG)
    if not marks:
        return html
    slugs = term_slugs(locale=locale)
    with translation.override(locale.language_code):
        glossary_url = reverse("glossary")
    linked = False
    for mark in marks:
        # Checked one by one: a mark inside a mark just linked is inside a link too.
        if mark.find_parent("a") is not None or mark.find("a") is not None:
            continue
        key = term_normalize(mark.get_text())
        slug = slugs.get(key) if key else None
        if slug is None:
            continue
        mark.wrap(soup.new_tag("a", attrs={"class": LINK_CLASS, "href": f"{glossary_url}#{slug}"}))
        linked = True
    return str(soup) if linked else html


def page_glossary_links(*, html: str, page: object) -> str:
    """The rich text hook (core.richtext): links in the page's language, or the active one."""
    if f"<{MARK_TAG}" not in html.lower():
        return html
    locale = getattr(page, "locale", None)
    if not isinstance(locale, Locale):
        locale = Locale.get_active()
    return glossary_links(html=html, locale=locale)


def page_marks_without_term(*, page: Page) -> list[str]:
    """The texts marked in `page`'s rich text (any field, any block) that name no term in the
    page's language: they are shown unlinked, which the editor is told on saving."""
    slugs: dict[str, str] | None = None
    unknown: dict[str, str] = {}
    for html in _page_html(page):
        for mark in BeautifulSoup(html, "html.parser").find_all(MARK_TAG):
            text = " ".join(mark.get_text().split())
            if not text:
                continue
            if slugs is None:
                slugs = term_slugs(locale=page.locale)
            if term_normalize(text) not in slugs:
                unknown.setdefault(term_normalize(text), text)
    return list(unknown.values())


def _page_html(page: Page) -> list[str]:
    """Every text of `page`'s fields and blocks that holds a mark."""
    texts: list[str] = []

    def collect(value: object) -> None:
        if isinstance(value, str):
            if f"<{MARK_TAG}" in value.lower():
                texts.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list | tuple):
            for item in value:
                collect(item)

    for field in page._meta.concrete_fields:
        value = field.value_from_object(page)
        if isinstance(field, StreamField):
            value = value.stream_block.get_prep_value(value) if value else []
        collect(value)
    return texts
