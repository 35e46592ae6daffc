"""Reads: the counterparts of a page in each language, for the switcher and `hreflang`.

A reader on a page always gets a link to the same page in the other language. Where no
live translation exists, the English link goes to the address the page would have in
English (the English path of its nearest translated ancestor, then its Dutch slugs); that
address answers with the "available in Dutch only" notice (see `translations.fallback`).
"""

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page, Site

from core.addresses import absolute_url
from core.fragments import shared_value
from core.localization import default_language, page_locale
from core.routing import page_counterparts_query

# Each language is named in itself, so a reader finds their own language whatever the page's.
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    current: bool
    # False when the page has no live counterpart in this language: the link leads to the
    # notice, so it is not followed by search engines and not listed as an alternate.
    available: bool


def page_counterparts(*, page: Page) -> dict[str, Page]:
    """The live translations of `page` (itself included) by language code; one query.

    Each carries `is_public` (no view restriction on it or an ancestor, aliases resolved as
    Wagtail's `get_view_restrictions` does), read in the same query. Kept on the page
    object: the switcher and the alternates of one render both ask; a page being served
    has them already (core.routing reads them with the page).
    """
    cached = getattr(page, "_live_counterparts", None)
    if cached is None:
        pages = page_counterparts_query(page.translation_key).live().specific(defer=True)
        cached = {counterpart.language_code: counterpart for counterpart in pages}
        page._live_counterparts = cached
    return cached


def page_language_links(*, page: Page, request: HttpRequest) -> list[LanguageLink]:
    """One link per site language to the counterpart of `page` (or the notice about it)."""
    counterparts = page_counterparts(page=page)
    current_code = page_locale(page).language_code
    links = []
    for code, _name in settings.LANGUAGES:
        counterpart = counterparts.get(code)
        if code == current_code:
            url = request.get_full_path()
        elif counterpart is not None:
            url = _counterpart_url(page=page, counterpart=counterpart, request=request)
        else:
            url = untranslated_page_url(page=page, language_code=code, request=request)
        links.append(
            LanguageLink(
                code=code,
                name=LANGUAGE_NAMES.get(code, code),
                url=url,
                current=code == current_code,
                available=counterpart is not None,
            )
        )
    return links


def view_language_links(*, request: HttpRequest) -> list[LanguageLink]:
    """For a view that is not a page (search, log in): the same address in each language."""
    current_code = translation.get_language()
    full_path = request.get_full_path()
    return [
        LanguageLink(
            code=code,
            name=LANGUAGE_NAMES.get(code, code),
            url=full_path if code == current_code else translate_url(full_path, code),
            current=code == current_code,
            available=True,
        )
        for code, _name in settings.LANGUAGES
    ]


def page_alternates(*, page: Page, request: HttpRequest) -> list[tuple[str, str]]:
    """(hreflang, absolute URL) pairs for a public page that exists in more than one language.

    Only live, public counterparts are listed (never a page that does not exist, nor a
    closed one), plus `x-default` for the Dutch source; nothing when there is no translation.
    """
    if page.get_view_restrictions().exists():
        return []
    counterparts = {
        code: counterpart
        for code, counterpart in page_counterparts(page=page).items()
        if counterpart.is_public
    }
    if len(counterparts) < 2:
        return []
    alternates = []
    for code, _name in settings.LANGUAGES:
        if code in counterparts:
            url = _counterpart_url(page=page, counterpart=counterparts[code], request=request)
            alternates.append((code, absolute_url(url)))
    default = default_language()
    if default in counterparts:
        alternates.append(("x-default", dict(alternates)[default]))
    return alternates


def untranslated_page_url(*, page: Page, language_code: str, request: HttpRequest) -> str:
    """The address `page` would have in `language_code`: there the reader gets the notice.
    The same for every reader (the page's and its ancestors' slugs as published): kept until
    the site changes (core.fragments), never for a preview."""
    if getattr(request, "is_preview", False) or not page.pk:
        return _untranslated_page_url(page=page, language_code=language_code, request=request)
    site = Site.find_for_request(request)
    return shared_value(
        "untranslated_url",
        (site.pk if site else None, page.pk, language_code),
        lambda: _untranslated_page_url(page=page, language_code=language_code, request=request),
    )


def _untranslated_page_url(*, page: Page, language_code: str, request: HttpRequest) -> str:
    ancestors = list(page.get_ancestors(inclusive=True).filter(depth__gte=2).order_by("depth"))
    keys = [ancestor.translation_key for ancestor in ancestors]
    translated = {
        p.translation_key: p
        for p in Page.objects.filter(
            translation_key__in=keys, locale__language_code=language_code
        ).live()
    }
    base, rest = f"/{language_code}/", []
    for ancestor in reversed(ancestors):
        counterpart = translated.get(ancestor.translation_key)
        if counterpart is not None:
            with translation.override(language_code):
                base = counterpart.get_url(request=request) or base
            break
        rest.insert(0, ancestor.slug)
    if ancestors and ancestors[0].translation_key not in translated:
        rest = rest[1:]  # no home page in this language: the site root's slug is never in a URL
    return base + "".join(f"{slug}/" for slug in rest)


def _counterpart_url(*, page: Page, counterpart: Page, request: HttpRequest) -> str:
    """The counterpart's URL, with the same sub-route (say, the agenda's archive) and query."""
    code = page_locale(counterpart).language_code
    with translation.override(code):
        url = counterpart.get_url(request=request) or f"/{code}/"
        match = getattr(request, "routable_resolver_match", None)
        if match is not None and match.url_name and hasattr(counterpart, "reverse_subpage"):
            url += counterpart.reverse_subpage(match.url_name, args=match.args, kwargs=match.kwargs)
    query = request.META.get("QUERY_STRING", "")
    # A page whose query names pages by language (the agenda's filters) translates it.
    if query and hasattr(counterpart, "counterpart_query"):
        query = counterpart.counterpart_query(request.GET, source=page).urlencode()
    return f"{url}?{query}" if query else url
