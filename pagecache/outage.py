"""The answer while the database is down: 503 in the site's style, with Retry-After.

Rendered without a request and without the database (no context processor, no site, no
menu): only the language of the address and i18n tags.
"""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import add_never_cache_headers


def unavailable_response(request: HttpRequest) -> HttpResponse:
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        content = render_to_string(
            "pagecache/unavailable.html", {"language": language, "path": request.path}
        )
    response = HttpResponse(content, status=503)
    response["Retry-After"] = str(settings.PAGE_CACHE_RETRY_AFTER)
    response["Content-Language"] = language
    add_never_cache_headers(response)
    return response
