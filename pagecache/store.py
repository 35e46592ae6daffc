"""Where anonymous pages are kept: Django's cache, under a generation that a purge bumps.

A purge never looks for the pages a change touched (a title is in menus, listings, the
footer of every page): it moves to a new generation, so every stored page is forgotten at
once, in every process that shares the cache (Redis in production). A CDN configured with
Wagtail's frontend cache (`WAGTAILFRONTENDCACHE`) is told the same.
"""

import hashlib
import logging
import time
import uuid
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.dispatch import Signal
from django.http import HttpResponse

from core.cdn import cdn_paths
from core.fragments import shared_fragments_purge

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
# Headers a stored page never carries to another reader.
PER_RESPONSE_HEADERS = {"set-cookie", "x-cache", "date"}
# Where a view leaves its `StoreTerms` on its response (`response_store_terms_set`).
STORE_TERMS_ATTRIBUTE = "_pagecache_store_terms"

# Sent when a stored page is served fresh, before anything touches the database, with the
# request and the `replay` its view left (`StoreTerms`): what the view did for each reader
# besides rendering (search counts a query) is done for a reader served from here too.
# Sent robustly: a receiver's error (the database down) never costs the reader the page; not
# sent while the database is known down (pagecache.outage `database_known_down`).
stored_page_served = Signal()


@dataclass(frozen=True)
class StoreTerms:
    """A view's terms for keeping an answer it marked `private` (no CDN, no other shared
    cache may keep it) in this cache all the same: the answer is the same for every anonymous
    reader, but each reader must be seen (`replay`, sent with `stored_page_served` on each
    hit), which a CDN could not do. Fresh for `seconds` (at most PAGE_CACHE_SECONDS), then
    kept as long again for a database outage: endless variety must not push pages out."""

    seconds: int
    replay: dict = field(default_factory=dict)


def response_store_terms_set(response: HttpResponse, terms: StoreTerms) -> None:
    setattr(response, STORE_TERMS_ATTRIBUTE, terms)


def response_store_terms(response: HttpResponse) -> StoreTerms | None:
    terms = getattr(response, STORE_TERMS_ATTRIBUTE, None)
    return terms if isinstance(terms, StoreTerms) else None


@dataclass(frozen=True)
class StoredPage:
    content: bytes
    headers: tuple[tuple[str, str], ...]
    fresh_until: float
    # What the view asked to be done again on each hit (`StoreTerms.replay`).
    replay: dict = field(default_factory=dict)

    @property
    def fresh(self) -> bool:
        return time.time() < self.fresh_until

    def response(self, *, status: str) -> HttpResponse:
        response = HttpResponse(self.content)
        for name, value in self.headers:
            response.headers[name] = value
        response.headers["X-Cache"] = status
        return response


def stored_pages_cache():
    """The cache the stored pages are kept in (PAGE_CACHE_ALIAS)."""
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def _generation(*, create: bool) -> str | None:
    cache = stored_pages_cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None and create:
        cache.add(GENERATION_KEY, uuid.uuid4().hex[:12], timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def page_cache_generation() -> str | None:
    """The current generation of the page cache (made when there is none), or None when the
    cache cannot be read. A key part for anything else built from live pages that must be
    forgotten when stored pages are (a publish, a move, a view restriction: `page_cache_purge`).
    """
    try:
        return _generation(create=True)
    except Exception:
        logger.exception("The page cache could not be read.")
        return None


def page_key(*, host: str, path: str, query: str, language: str, lens: str) -> str:
    """One stored page per address and lens: never a session, never another cookie."""
    raw = "\n".join((host, path, query, language, lens))
    return hashlib.sha256(raw.encode()).hexdigest()


def stored_page_get(key: str) -> StoredPage | None:
    """The page stored under this key in the current generation (fresh or not), or None."""
    try:
        generation = _generation(create=False)
        if generation is None:
            return None
        page = stored_pages_cache().get(f"pagecache:{generation}:{key}")
    except Exception:  # a cache server that is down makes the site slower, never broken
        logger.exception("The page cache could not be read.")
        return None
    return page if isinstance(page, StoredPage) else None


def stored_page_set(key: str, response: HttpResponse) -> bool:
    """Keeps the page for PAGE_CACHE_SECONDS, and as a fallback for a database outage after
    (PAGE_CACHE_STALE_SECONDS); both shorter when its view gave `StoreTerms`."""
    seconds, stale_seconds = settings.PAGE_CACHE_SECONDS, settings.PAGE_CACHE_STALE_SECONDS
    terms = response_store_terms(response)
    if terms is not None:
        seconds = min(seconds, terms.seconds)
        stale_seconds = min(stale_seconds, seconds)
    page = StoredPage(
        content=response.content,
        headers=tuple(
            (name, value)
            for name, value in response.headers.items()
            if name.lower() not in PER_RESPONSE_HEADERS
        ),
        fresh_until=time.time() + seconds,
        replay=dict(terms.replay) if terms is not None else {},
    )
    try:
        generation = _generation(create=True)
        stored_pages_cache().set(
            f"pagecache:{generation}:{key}",
            page,
            timeout=seconds + stale_seconds,
        )
    except Exception:
        logger.exception("The page cache could not be written.")
        return False
    return True


def _generation_bump() -> None:
    # The menu, footer and other parts every page shares are kept apart (core.fragments).
    shared_fragments_purge()
    try:
        stored_pages_cache().set(GENERATION_KEY, uuid.uuid4().hex[:12], timeout=None)
    except Exception:
        logger.exception("The page cache could not be purged.")


def _frontend_cache_purge() -> None:
    """Every live public page, and the other addresses built from live content the apps name
    (core.cdn: the network folder, the glossary), from the CDN's cache, when one is configured
    (and only then). They share the menu and footer of every page, so each purge takes them."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch
    from wagtail.models import Page, Site

    batch = PurgeBatch()
    batch.add_pages(Page.objects.live().public().filter(depth__gt=1).specific(defer=True))
    paths = cdn_paths()
    for root_url in dict.fromkeys(site.root_url for site in Site.objects.all()):
        batch.add_urls(root_url + path for path in paths)
    try:
        batch.purge()
    except Exception:
        logger.exception("The CDN could not be purged.")


def page_cache_purge() -> None:
    """Forgets every stored page; the CDN too. Now (this request and the tests see it at
    once) and again after the transaction commits, so that a reader who loaded the page
    between the two cannot keep the old version in the cache."""
    _generation_bump()

    def after_commit() -> None:
        _generation_bump()
        _frontend_cache_purge()

    transaction.on_commit(after_commit)
