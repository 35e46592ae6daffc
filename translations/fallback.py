"""Serving pages by language, and the notice for a page that exists only in Dutch.

Wagtail routes `/en/...` through the English tree. When that finds nothing, the reader asked
for the English version of something: the part of the path that matched English pages is
mapped to its Dutch counterpart and the rest is routed through the Dutch tree. If that finds
a page the reader may see, they get a notice in English that it is available in Dutch only
(status 404, not indexed, no `hreflang`: no English page exists), or a redirect when the page
does have an English translation (say, `/en/netwerken/tracer/` to `/en/networks/tracer/`).
"""

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Locale, Page, Site

from access.responses import mark_private
from access.rules import page_viewable
from core.localization import default_language, page_locale
from core.routing import route_for_request
from translations.alternates import LANGUAGE_NAMES, LanguageLink


def serve(request: HttpRequest, path: str) -> HttpResponse:
    """Wagtail's page view, with the Dutch-only notice where an English page is missing."""
    route = route_for_request(request, path)
    language = translation.get_language()
    if route is not None and page_locale(route[0]).language_code == language:
        return wagtail_views.serve(request, path)
    if language == default_language():
        # Dutch is the source: a Dutch address that routes nowhere is simply not there.
        return wagtail_views.serve(request, path)
    page = source_page_for_path(request=request, path=path)
    if page is None:
        raise Http404
    counterpart = page.get_translation_or_none(Locale.get_active())
    if counterpart is not None and counterpart.live:
        return HttpResponseRedirect(counterpart.get_url(request=request))
    return dutch_only_notice(request=request, page=page)


def source_page_for_path(*, request: HttpRequest, path: str) -> Page | None:
    """The live Dutch page an address in another language stands for, if the reader may see it.

    English slugs are followed as far as they go; the rest is routed from the Dutch
    counterpart of the last English page found (Wagtail's own routing: live pages only).
    """
    site = Site.find_for_request(request)
    if site is None:
        return None
    default = Locale.get_default()
    components = [component for component in path.split("/") if component]
    current = site.root_page.localized
    matched = 0
    for slug in components:
        child = current.get_children().live().filter(slug=slug).first()
        if child is None:
            break
        current, matched = child, matched + 1
    source = current.get_translation_or_none(default)
    if source is None or not source.live:
        return None
    try:
        page, _args, _kwargs = source.specific.route(request, components[matched:])
    except Http404:
        return None
    # A closed page is only mentioned to a reader who may open it (not even its title).
    if page.locale_id != default.pk or not page_viewable(page=page, request=request):
        return None
    return page.specific


def dutch_only_notice(*, request: HttpRequest, page: Page) -> TemplateResponse:
    language = translation.get_language()
    links = [
        LanguageLink(
            code=code,
            name=LANGUAGE_NAMES.get(code, code),
            url=page.get_url(request=request) if code == page.locale.language_code else "",
            current=code == language,
            available=code == page.locale.language_code,
        )
        for code in (page.locale.language_code, language)
    ]
    response = TemplateResponse(
        request,
        "translations/dutch_only.html",
        {"source_page": page, "language_links": links, "noindex": True},
        status=404,
    )
    if page.get_view_restrictions().exists():
        # About a closed page: like every answer about one (access.responses).
        mark_private(response, request=request)
    return response
