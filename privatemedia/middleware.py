"""Cache headers for files served by views we do not own (Wagtail's document view)."""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from privatemedia.access import (
    PRIVATE_CACHE_CONTROL,
    PUBLIC_CACHE_CONTROL,
    request_marked_restricted,
)

DOCUMENT_SERVE_URL_NAME = "wagtaildocs_serve"


class PrivateFileCacheMiddleware:
    """`Cache-Control: private, no-store` on every response about a restricted file.

    Wagtail's `before_serve_document` hook cannot set headers on the response it lets
    through, so our hook marks the request and this middleware applies the header. A document
    response that nothing marked is treated as private: a miss costs caching, not privacy.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        restricted = request_marked_restricted(request)
        if restricted is None and _is_document_serve(request):
            restricted = True
        if restricted:
            response["Cache-Control"] = PRIVATE_CACHE_CONTROL
        elif restricted is False and response.status_code in (200, 304):
            response["Cache-Control"] = PUBLIC_CACHE_CONTROL
        return response


def _is_document_serve(request: HttpRequest) -> bool:
    match = getattr(request, "resolver_match", None)
    return match is not None and match.url_name == DOCUMENT_SERVE_URL_NAME
