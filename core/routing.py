"""Routing a request to its page in a fixed number of queries, whatever the page's depth.

Wagtail walks the path one level at a time, two queries per level (the child by slug, then
its specific page), and the page being served then asks for its view restrictions and its
translations (the language switcher, `hreflang`) in queries of their own. Here the pages
down the path come in one query (by `url_path`, which Wagtail keeps for every page), and
the page itself in one more, with its translations and whether any view restriction
applies to it. Page types with routing of their own (sub-routes: the agenda's archive, an
event's registration) route the rest of the path themselves, as in Wagtail; when a page on
the way is not found by its address, Wagtail's own routing decides (and answers 404).

Both reads are kept until the site changes (core.fragments: every publish, move, delete,
save of a live page or change of a restriction purges), so a page served again reads
nothing to be found; never what lies in or below a closed page, nor an address that is not
all pages; and no longer than a stored page is fresh, as a worker that did not see a purge
(a cache per process, without Redis) would serve its stored copy of the page that long too:
an unpublished page is gone everywhere within `PAGE_CACHE_SECONDS`.
"""

import hashlib

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS
from django.db.models import Exists, F, OuterRef
from django.db.models.functions import Length, Substr
from django.http import Http404, HttpRequest
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.url_routing import RouteResult

from core.fragments import shared_value
from core.visibility import restrictions_kept


def _counterparts_annotated(queryset):
    """With `language_code` and `is_public`: no view restriction on the page or an ancestor
    (its page's path is a prefix of ours), nor on the page an ancestor is an alias of (an
    alias has its source's restrictions): as Wagtail's `get_view_restrictions` reads them."""
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    restricted_through_alias = PageViewRestriction.objects.filter(
        page__aliases__path=Substr(OuterRef("path"), 1, Length("page__aliases__path"))
    )
    return queryset.annotate(
        language_code=F("locale__language_code"),
        is_public=~Exists(restricted) & ~Exists(restricted_through_alias),
    )


def page_counterparts_query(translation_key):
    """Every language version of a page (any type, specific), annotated as above."""
    return _counterparts_annotated(Page.objects.filter(translation_key=translation_key))


def _all_public(paths: list[str]) -> bool:
    """No view restriction applies to any of `paths`: what routing may keep (core.fragments
    keeps nothing of a closed page, not even its title)."""
    restricted = restrictions_kept().served
    return not any(path.startswith(restricted) for path in paths)


PAGE_FIELDS = tuple(field.attname for field in Page._meta.concrete_fields)
_URL_PATH, _PATH = PAGE_FIELDS.index("url_path"), PAGE_FIELDS.index("path")


def _kept_for(request: HttpRequest) -> bool:
    """Whether routing may use what it keeps: a reader's GET or HEAD. A form sent to a page
    (POST) finds it in the database, as it is now."""
    return request.method in ("GET", "HEAD")


def pages_at(url_paths: list[str], slugs: set[str], *, kept: bool = True) -> dict[str, Page]:
    """The pages (base rows) at `url_paths`, by url_path: one query, kept until the site
    changes when each address is a public page's. An address that is not all pages (a
    sub-route, a typo, a made-up path) is never kept: nobody fills the cache at will. Kept
    as plain values, cheaper to unpickle than model instances (as core.sites)."""

    def rows() -> list[tuple]:
        found = Page.objects.filter(slug__in=slugs, url_path__in=url_paths)
        return list(found.values_list(*PAGE_FIELDS))

    def every_address_a_public_page(rows: list[tuple]) -> bool:
        return {row[_URL_PATH] for row in rows} == set(url_paths) and _all_public(
            [row[_PATH] for row in rows]
        )

    if kept:
        digest = hashlib.sha256("\n".join(url_paths).encode()).hexdigest()
        found = shared_value(
            "route_pages",
            (digest,),
            rows,
            keep_if=every_address_a_public_page,
            seconds=settings.PAGE_CACHE_SECONDS,
        )
    else:
        found = rows()
    return {
        row[_URL_PATH]: Page.from_db(DEFAULT_DB_ALIAS, PAGE_FIELDS, row)
        for row in found
        if row[_URL_PATH] in url_paths  # the digest's, whatever the cache holds
    }


def _live_versions(model, translation_key, *, kept: bool = True) -> list[Page]:
    """Every live language version of a page, specific: one query, kept until the site
    changes when none is closed (a change of a page or a restriction purges)."""

    def versions() -> list[Page]:
        found = model.objects.filter(translation_key=translation_key, live=True)
        return list(found.annotate(language_code=F("locale__language_code")))

    if not kept:
        return versions()
    return shared_value(
        "route_versions",
        (model._meta.label_lower, translation_key),
        versions,
        keep_if=lambda versions: _all_public([version.path for version in versions]),
        seconds=settings.PAGE_CACHE_SECONDS,
    )


def _served(base: Page, request: HttpRequest) -> Page:
    """The specific page of `base`, read together with its live translations: one query, or
    none once kept (whether a view restriction applies comes from the kept
    `core.visibility.restrictions_kept`). The page remembers its live translations
    (translations.alternates) and, when no view restriction applies, that there is none
    (core.models.BasePage). A page that is not live is read alone (Wagtail answers 404)."""
    model = base.specific_class
    if model is None:
        return base.specific
    versions = _live_versions(model, base.translation_key, kept=_kept_for(request))
    page = next((version for version in versions if version.pk == base.pk), None)
    if page is None:
        return base.specific
    restricted = restrictions_kept().served
    for version in versions:
        version.is_public = not version.path.startswith(restricted)
    page._live_counterparts = {version.language_code: version for version in versions}
    if page.is_public:
        page._remembered_view_restrictions = PageViewRestriction.objects.none()
    if hasattr(base, "_cached_parent_obj"):
        page._cached_parent_obj = base._cached_parent_obj
    return page


def _has_own_routing(model) -> bool:
    from core.models import BasePage

    return not issubclass(model, BasePage) or model.route is not BasePage.route


def route_below(start: Page, request: HttpRequest, path_components: list[str], *, url_paths=None):
    """Route `path_components` below `start` (a page of ours with Wagtail's plain routing).

    Returns None when a page on the way was not found by its address (the caller then lets
    Wagtail route); raises Http404 as Wagtail does for a page that is not live.
    """
    if url_paths is None:
        url_paths = _url_paths(start.url_path, path_components)
        found = pages_at(url_paths, set(path_components), kept=_kept_for(request))
    else:
        found = url_paths
        url_paths = _url_paths(start.url_path, path_components)
    current = start
    for step, url_path in enumerate(url_paths):
        child = found.get(url_path)
        if (
            child is None
            or child.depth != current.depth + 1
            or not child.path.startswith(current.path)
        ):
            return None
        child._cached_parent_obj = current
        model = child.specific_class
        if model is None:
            return None
        if _has_own_routing(model):
            return _served(child, request).route(request, path_components[step + 1 :])
        current = child
    if current is start:
        return start.route(request, [])
    return _served(current, request).route(request, [])


def _url_paths(root_url_path: str, path_components: list[str]) -> list[str]:
    return [
        root_url_path + "".join(f"{part}/" for part in path_components[:count])
        for count in range(1, len(path_components) + 1)
    ]


def route_for_request(request: HttpRequest, path: str) -> RouteResult | None:
    """Wagtail's `Page.route_for_request` (and its cache on the request, which Wagtail's
    `serve` view reads): the site's home page in the reader's language is found from
    Wagtail's cached site root paths, and comes in the same query as the pages below it."""
    if hasattr(request, "_wagtail_route_for_request"):
        return request._wagtail_route_for_request
    site = Site.find_for_request(request)
    if site is None:
        return Page.route_for_request(request, path)
    language = translation.get_language()
    root_url_path = next(
        (
            root.root_path
            for root in Site.get_site_root_paths()
            if root.site_id == site.pk and root.language_code == language
        ),
        None,
    )
    if root_url_path is None:
        return Page.route_for_request(request, path)
    path_components = [component for component in path.split("/") if component]
    url_paths = [root_url_path, *_url_paths(root_url_path, path_components)]
    home_slug = root_url_path.rstrip("/").rsplit("/", 1)[-1]
    found = pages_at(url_paths, {home_slug, *path_components}, kept=_kept_for(request))
    home = found.get(root_url_path)
    if home is None or home.specific_class is None or _has_own_routing(home.specific_class):
        return Page.route_for_request(request, path)
    try:
        if path_components:
            result = route_below(home, request, path_components, url_paths=found)
        else:
            result = _served(home, request).route(request, [])
    except Http404:
        result = None
        request._wagtail_route_for_request = None
        return None
    if result is None:
        return Page.route_for_request(request, path)
    request._wagtail_route_for_request = result
    return result
