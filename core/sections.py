"""Sections that apps higher up add to pages of apps lower down.

A theme page lists the networks' projects and events, a network page its events and closed
areas; yet `themes` and `networks` import none of the apps that own those. Each owner
registers a Wagtail hook `PAGE_SECTIONS_HOOK` (in its `wagtail_hooks.py`) that gets the page
and the request and returns the sections it adds, and the page template places them with
`{% page_sections "<slot>" %}` (core's site_tags). References keep running one way.

A section that is the same for every reader of a page (`shared`: a public listing, nothing
of the reader's, no CSRF token) is kept as HTML until the next purge (core.fragments), per
page, language and KO/GO lens; `timed` ones (what changes with the clock: upcoming events)
no longer than a stored page is fresh. A preview is never kept, nor a reader's own section.
Its context may hold lazy values (SimpleLazyObject): a kept section never reads them.
"""

from dataclasses import dataclass, field

from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe
from wagtail import hooks
from wagtail.models import Page

from core.fragments import shared_html

PAGE_SECTIONS_HOOK = "dkc_page_sections"


@dataclass(frozen=True)
class Section:
    """One section: where it goes (`slot`), in which order, and how it is rendered; `shared`
    when it is the same for every reader (kept), `timed` when it changes with the clock."""

    slot: str
    order: int
    template: str
    context: dict = field(default_factory=dict)
    shared: bool = False
    timed: bool = False


def page_sections(*, page: Page, request: HttpRequest | None, slot: str) -> SafeString:
    """The HTML of the sections every app adds to `page` in `slot`, in their order."""
    # Each hook runs once per page and request, whatever the number of slots it fills.
    every_section = getattr(page, "_page_sections", None)
    if every_section is None or every_section[0] is not request:
        every_section = (
            request,
            [
                section
                for hook in hooks.get_hooks(PAGE_SECTIONS_HOOK)
                for section in (hook(page=page, request=request) or ())
            ],
        )
        page._page_sections = every_section
    sections = [section for section in every_section[1] if section.slot == slot]
    sections.sort(key=lambda section: section.order)
    return mark_safe(  # noqa: S308 - each part is a template rendered with autoescaping
        "".join(_section_html(section, page=page, request=request) for section in sections)
    )


def _section_html(section: Section, *, page: Page, request: HttpRequest | None) -> str:
    def render() -> str:
        return render_to_string(
            section.template, {"page": page, **section.context}, request=request
        )

    if not section.shared or request is None:
        return render()  # a reader's own section, or no reader at all: never kept
    parts = (page.pk, translation.get_language(), getattr(request, "lens", None))
    return shared_html(
        f"section:{section.template}", parts, render, request=request, timed=section.timed
    )
