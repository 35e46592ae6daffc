"""The answer while the database is down: 503 in the site's style, with Retry-After; and
whether the database was found down a moment ago.

Rendered without a request and without the database (no context processor, no site, no
menu): only the language of the address and i18n tags.
"""

import contextlib

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import add_never_cache_headers

from pagecache.store import stored_pages_cache

# Kept in the page cache (shared by every process with Redis) while the database is down.
DATABASE_DOWN_KEY = "pagecache:database-down"


# SQLSTATE classes of a database that cannot be reached or is going away: a connection
# exception (08), an operator's intervention (57P: shutdown, crash, "cannot connect now").
UNREACHABLE_SQLSTATES = ("08", "57P")
# SQLite's "the database is busy": one statement waited too long, the database is there.
SQLITE_BUSY_NAMES = ("SQLITE_BUSY", "SQLITE_LOCKED")


def database_unreachable(error: BaseException) -> bool:
    """Is `error` the database being out of reach, rather than one statement failing while
    the database is there (a deadlock, a serialization failure, a statement timeout, a lock
    not granted: each an `OperationalError` as well)? An error raised by the driver itself
    (no connection, a connection lost) carries no SQLSTATE."""
    if isinstance(error, InterfaceError):
        return True
    if not isinstance(error, OperationalError):
        return False
    cause = error.__cause__
    if getattr(cause, "sqlite_errorname", "") in SQLITE_BUSY_NAMES:
        return False
    sqlstate = getattr(cause, "sqlstate", None)
    return not sqlstate or sqlstate.startswith(UNREACHABLE_SQLSTATES)


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
