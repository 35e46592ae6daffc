"""The full-page cache for anonymous readers, and what a reader gets while the database is down.

Placed right after WhiteNoise, before the session: a stored page is served before anything
touches the database, and the answer seen on the way out is the final one (cookies, Vary,
Cache-Control of every inner middleware). Docs: docs/deploy.md, "Page cache".

Stored and served only for GET (HEAD is served, never stored) of a reader without a session
or message cookie, answers 200 in HTML (or a PDF printed from it) that set no cookie, carry
no CSRF token and do not say private / no-store / no-cache (closed pages, previews, forms,
the lens switch all do one of these). The key is the host, path, query string, the language
of the path and the KO/GO lens: three variants at most per address, whatever other cookies
the reader has.

One exception to `private`: a view that gives `StoreTerms` (pagecache.store; the site search)
says its private answer is the same for every anonymous reader, but must not be kept by a
CDN, because each reader has to be seen: it is kept here for a shorter time, and each hit
sends `stored_page_served` with what the view asked to be replayed (the search log).
"""

import logging
import sys
from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language_from_path

from access.responses import PRIVATE_PAGE_ATTRIBUTE
from core.lens import lens_from_request
from pagecache.outage import (
    database_down_note,
    database_known_down,
    database_unreachable,
    unavailable_response,
)
from pagecache.store import (
    StoredPage,
    page_key,
    response_store_terms,
    stored_page_get,
    stored_page_served,
    stored_page_set,
)

logger = logging.getLogger(__name__)

# Set on the request to the database error (out of reach, or one failed statement) that
# ended it.
DATABASE_DOWN_ATTRIBUTE = "_pagecache_database_down"
DATABASE_DOWN_ERRORS = (OperationalError, InterfaceError)
# Cookies that make a reader's pages their own: a session (logged in, a page's shared
# password) or messages waiting to be shown.
PERSONAL_COOKIES = ("messages",)
# Addresses never stored, whatever their answer says.
EXCLUDED_PREFIXES = ("/admin/", "/documents/", "/media/", "/static/")
# A longer query string is not stored: nobody needs it, and random ones would push real
# pages out of the cache.
MAX_QUERY_LENGTH = 200
VARY_ALLOWED = {"cookie", "accept-encoding"}
UNCACHEABLE_DIRECTIVES = ("private", "no-store", "no-cache")
# Pages, and the PDFs printed from them (the network folder: costly to print, same for all).
STORABLE_TYPES = ("text/html", "application/pdf")


def request_page_key(request: HttpRequest) -> str | None:
    """The key of this request's page in the shared cache, or None when it has no place there."""
    if not settings.PAGE_CACHE_ENABLED or request.method not in ("GET", "HEAD"):
        return None
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return None
    if any(name in request.COOKIES for name in PERSONAL_COOKIES):
        return None
    if request.path.startswith(EXCLUDED_PREFIXES):
        return None
    # Wagtail answers a script's request with a page's `ajax_template`: another page.
    if request.headers.get("x-requested-with"):
        return None
    query = request.META.get("QUERY_STRING", "")
    if len(query) > MAX_QUERY_LENGTH:
        return None
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    return page_key(
        host=f"{request.scheme}://{host}",
        path=request.path,
        query=query,
        language=get_language_from_path(request.path_info) or "",
        lens=lens_from_request(request) or "",
    )


def _cache_control_directives(response: HttpResponse) -> set[str]:
    return {
        part.strip().split("=")[0].lower()
        for part in response.get("Cache-Control", "").split(",")
        if part.strip()
    }


def response_storable(request: HttpRequest, response: HttpResponse) -> bool:
    """May this answer be given to every anonymous reader of the address?"""
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if not response.get("Content-Type", "").startswith(STORABLE_TYPES):
        return False
    # A cookie set on the way out is this reader's (a CSRF token, a session, the lens).
    if response.cookies:
        return False
    if getattr(request, "is_preview", False) or getattr(request, PRIVATE_PAGE_ATTRIBUTE, False):
        return False
    refused = set(UNCACHEABLE_DIRECTIVES)
    if response_store_terms(response) is not None:
        refused.discard("private")  # kept from every cache but this one (StoreTerms)
    if _cache_control_directives(response) & refused:
        return False
    if "max-age=0" in response.get("Cache-Control", "").replace(" ", ""):
        return False
    vary = {part.strip().lower() for part in response.get("Vary", "").split(",") if part.strip()}
    if vary - VARY_ALLOWED:
        return False
    # A form with a CSRF token is this reader's, even when the token cookie was already set.
    return b'name="csrfmiddlewaretoken"' not in response.content


class PageCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        key = request_page_key(request)
        stored = stored_page_get(key) if key else None
        if stored is not None and stored.fresh:
            _stored_page_replay(request, stored)
            return stored.response(status="hit")

        try:
            response = self.get_response(request)
        except DATABASE_DOWN_ERRORS as error:
            # Raised where Django could not turn it into a response (its 500 page failed).
            setattr(request, DATABASE_DOWN_ATTRIBUTE, error)
            response = None

        if (error := getattr(request, DATABASE_DOWN_ATTRIBUTE, None)) is not None:
            # Out of reach: remembered for every process. One statement that failed with the
            # database there (a deadlock, a timeout) gets the same answer, marks nothing.
            if database_unreachable(error):
                database_down_note()
            if stored is not None:
                # An older copy beats an error page while the database is down.
                return stored.response(status="stale")
            return unavailable_response(request)

        if key is None:
            if settings.SESSION_COOKIE_NAME in request.COOKIES:
                # A logged-in reader's page is theirs: no shared cache (a CDN) keeps it.
                patch_cache_control(response, private=True)
            return response
        if response_storable(request, response):
            if response_store_terms(response) is None:
                # Shared caches (a CDN, purged on publish) may keep it for PAGE_CACHE_MAX_AGE;
                # a browser asks again each time (served from here cheaply), so a reader who
                # just registered or cancelled never sees their own browser's older copy.
                # An address with a query string (a filtered agenda, a campaign's tag) is one
                # no purge can name: a CDN keeps none and asks here, where a purge reaches.
                query = request.META.get("QUERY_STRING")
                shared_seconds = 0 if query else settings.PAGE_CACHE_MAX_AGE
                patch_cache_control(response, public=True, max_age=0, s_maxage=shared_seconds)
            stored_page_set(key, response)
            response.headers["X-Cache"] = "miss"
        else:
            response.headers["X-Cache"] = "skip"
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, DATABASE_DOWN_ERRORS):
            if database_unreachable(exception):
                logger.warning("Database unavailable for %s: %s", request.path, exception)
            else:
                logger.warning("Database statement failed for %s: %s", request.path, exception)
            setattr(request, DATABASE_DOWN_ATTRIBUTE, exception)
            return unavailable_response(request)
        return None


def _stored_page_replay(request: HttpRequest, stored: StoredPage) -> None:
    # A replay writes to the database (the search log): while it is known down, the page is
    # served without one rather than after the connect timeout.
    if not stored.replay or database_known_down():
        return
    for _receiver, error in stored_page_served.send_robust(
        sender=StoredPage, request=request, replay=stored.replay
    ):
        if isinstance(error, Exception):
            # The page is served all the same (the database may be down: pagecache.outage).
            logger.warning("Replaying a stored page for %s failed: %r", request.path, error)
            if database_unreachable(error):
                database_down_note()


def database_down_noticed(sender, request: HttpRequest | None = None, **kwargs) -> None:
    """`got_request_exception`: a database error raised in another middleware (loading the
    session, say) becomes Django's 500 response; the flag lets the cache middleware answer
    503 instead."""
    error = sys.exc_info()[1]
    if request is not None and isinstance(error, DATABASE_DOWN_ERRORS):
        setattr(request, DATABASE_DOWN_ATTRIBUTE, error)
