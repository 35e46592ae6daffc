"""The answer while the database is down: 503 in the site's style, with Retry-After; and
whether the database was found down a moment ago.

Rendered without a request and without the database (no context processor, no site, no
menu): only the language of the address and i18n tags.
"""

import contextlib

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import add_never_cache_headers

from pagecache.store import stored_pages_cache

# Kept in the page cache (shared by every process with Redis) while the database is down.
DATABASE_DOWN_KEY = "pagecache:database-down"


def database_down_note() -> None:
    """A request found the database down: remembered for PAGE_CACHE_RETRY_AFTER seconds (what
    the 503 tells readers to wait), renewed by each request that finds it down again."""
    with contextlib.suppress(Exception):  # a cache that is down: each request tries again
        stored_pages_cache().set(DATABASE_DOWN_KEY, True, timeout=settings.PAGE_CACHE_RETRY_AFTER)


def database_known_down() -> bool:
    """Was the database found down in the last PAGE_CACHE_RETRY_AFTER seconds? Then what only
    the database does for a stored page (its replay: the search log) is not even tried: a
    database that hangs would hold each reader for the connect timeout (5 s) to fail."""
    try:
        return stored_pages_cache().get(DATABASE_DOWN_KEY) is not None
    except Exception:
        return False


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
