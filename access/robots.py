"""/robots.txt: crawl the public site; keep out of the admin and the closed areas.

A closed area is named here only by the standard address of its kind (`…/intranet/`,
`…/extranet/`), which says no more than the network page does ("this network has an
intranet"). An area whose address an editor chose is left out, as is every page below an
area: robots.txt is public, and the slug of closed content is not. Closed pages answer
crawlers with a login redirect and `X-Robots-Tag: noindex` anyway (`access.responses`).
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Page, PageViewRestriction

from access.roles import CLOSED_AREA_KINDS

ROBOTS_CACHE_SECONDS = 60 * 60


def closed_paths(request: HttpRequest) -> list[str]:
    """The addresses of the closed areas that carry their kind's standard slug."""
    pages = Page.objects.filter(
        pk__in=PageViewRestriction.objects.values("page_id"), slug__in=CLOSED_AREA_KINDS
    ).order_by("path")
    urls = (page.get_url(request=request) for page in pages)
    return sorted({urlsplit(url).path for url in urls if url})


@require_GET
@cache_control(public=True, max_age=ROBOTS_CACHE_SECONDS)
def robots_txt(request: HttpRequest) -> HttpResponse:
    sitemap = settings.SITE_URL.rstrip("/") + reverse("sitemap")
    lines = ["User-agent: *", f"Disallow: {reverse('wagtailadmin_home')}"]
    lines += [f"Disallow: {path}" for path in closed_paths(request)]
    lines += ["Allow: /", "", f"Sitemap: {sitemap}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
