"""/robots.txt: crawl the public site; keep out of the admin and the closed pages."""

from urllib.parse import urlsplit

from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Page, PageViewRestriction

from core.addresses import absolute_url

ROBOTS_CACHE_SECONDS = 60 * 60


def closed_paths(request: HttpRequest) -> list[str]:
    """The addresses of every page with a view restriction (all below one are closed too)."""
    pages = Page.objects.filter(pk__in=PageViewRestriction.objects.values("page_id")).order_by(
        "path"
    )
    urls = (page.get_url(request=request) for page in pages)
    return sorted({urlsplit(url).path for url in urls if url})


@require_GET
@cache_control(public=True, max_age=ROBOTS_CACHE_SECONDS)
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = ["User-agent: *", f"Disallow: {reverse('wagtailadmin_home')}"]
    lines += [f"Disallow: {path}" for path in closed_paths(request)]
    lines += ["Allow: /", "", f"Sitemap: {absolute_url(reverse('sitemap'))}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
