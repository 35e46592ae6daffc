"""How every answer about a closed page or file is marked: never cached, never indexed."""

from django.http import HttpRequest, HttpResponse
from django.utils.cache import add_never_cache_headers

# Set on the request while a closed page is served; base.html adds its robots meta tag.
PRIVATE_PAGE_ATTRIBUTE = "serves_private_page"


def mark_private(response: HttpResponse, *, request: HttpRequest | None = None) -> HttpResponse:
    """No shared or browser cache keeps it; no search engine indexes it or follows its links."""
    if request is not None:
        setattr(request, PRIVATE_PAGE_ATTRIBUTE, True)
    add_never_cache_headers(response)  # Cache-Control: max-age=0, no-cache, no-store, ..., private
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
