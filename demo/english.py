"""English demo pages (demo/data/english.yaml), made as wagtail-localize translations of the
Dutch demo pages so that their sync state is real. Development only.

Idempotent: a Dutch page that already has an English version is left alone (never synced
again), so editors' work survives a second run and the one deliberately out-of-date
translation stays out of date.
"""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Callable
from typing import TYPE_CHECKING

from wagtail.models import Locale, Page, Site

from demo.content import demo_content
from translations.services import page_translation_save

if TYPE_CHECKING:
    from demo.loader import DemoReport

ENGLISH = "en"


def demo_en_load(*, shift: Callable[[str], str], report: DemoReport) -> None:
    """Translate every listed Dutch page that has no English version yet, parents first, then
    republish one translated Dutch theme with a change so its translation is out of date.

    `shift` is the year shift the Dutch loader applied to texts; keys and values go through
    it too, so they match whichever pages were shifted.
    """
    locale = Locale.objects.get(language_code=ENGLISH)
    home = Site.objects.get(is_default_site=True).root_page
    strings = _strings(shift)
    for data in demo_content("english")["pages"]:
        page = _dutch_page(home, data["path"])
        if page is None or page.has_translation(locale):
            continue
        # Title and slug by context path: the same Dutch title may need another English one.
        page_strings = ChainMap({"title": data["title"], "slug": data["slug"]}, strings)
        translated = page_translation_save(page=page, strings=page_strings, locale_code=ENGLISH)
        name = f"{type(translated).__name__} ({ENGLISH})"
        report.created[name] = report.created.get(name, 0) + 1
    _outdate(home, locale)


def _strings(shift: Callable[[str], str]) -> dict[str, str]:
    """Dutch segment text to English, with the seed years as written and as shifted."""
    strings: dict[str, str] = {}
    for data in demo_content("english")["pages"]:
        strings.update(data["strings"])
    for dutch, english in list(strings.items()):
        strings.setdefault(shift(dutch), shift(english))
    return strings


def _dutch_page(home: Page, path: str) -> Page | None:
    page = home
    for slug in filter(None, path.split("/")):
        page = page.get_children().filter(slug=slug).first()
        if page is None:
            return None
    return page.specific


def _outdate(home: Page, locale: Locale) -> None:
    """Publish the Dutch source of one translation again, with a real change, so the site
    shows a stale translation; skipped once the change is there (also after a re-sync)."""
    outdated = demo_content("english")["outdated"]
    addition = outdated["intro_addition"]
    page = _dutch_page(home, outdated["path"])
    if page is None or not page.has_translation(locale) or addition in page.intro:
        return
    page.intro = f"{page.intro} {addition}"
    page.save_revision().publish()
