"""Parts every page shares (the menu, the footer, index addresses), kept in the cache.

They change only when the site does, and every change a reader could see purges the page
cache (`pagecache.signals` → `pagecache.store.page_cache_purge`), which bumps the version
here as well (`shared_fragments_purge`): a publish, unpublish, move or delete, a settings or
snippet change is in the next page at once. Nothing here depends on who is reading.
"""

import contextlib
import uuid
from collections.abc import Callable, Hashable
from contextvars import ContextVar
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache

VERSION_KEY = "fragments:version"
# Stored fragments are forgotten by a purge; this only bounds how long unused ones linger.
FRAGMENT_SECONDS = 24 * 60 * 60
# What access.responses sets on a request that serves a page with a view restriction (core
# imports no app of ours, so the name is repeated here; tests/core/test_kept_page_content.py).
PRIVATE_PAGE_ATTRIBUTE = "serves_private_page"
# A value that is stored as "nothing there" (the cache's own None means "not stored").
_NOTHING = "__nothing__"

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)


# The version a request read, for the rest of that request: one cache read (with Redis, one
# round trip) instead of one for every kept value the request reads. Set by the request's
# first read, dropped when the request starts and ends (`fragments_request_started`,
# `fragments_request_finished`: core.apps connects them); outside a request (a task, a
# command) every value reads it anew.
_request_version: ContextVar[str | None] = ContextVar("fragments_request_version", default=None)
_in_request: ContextVar[bool] = ContextVar("fragments_in_request", default=False)


def _key(version: str, name: str, parts: tuple) -> str:
    return ":".join(("fragments", version, name, *(str(part) for part in parts)))


def _version() -> str:
    version = _request_version.get()
    if version is not None:
        return version
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex[:12], timeout=None)
        version = cache.get(VERSION_KEY)
    if _in_request.get():
        _request_version.set(version)
    return version


def fragments_request_started(**kwargs) -> None:
    """A signal receiver (`request_started`): the request reads the version once."""
    _in_request.set(True)
    _request_version.set(None)


def fragments_request_finished(**kwargs) -> None:
    """A signal receiver (`request_finished`)."""
    _in_request.set(False)
    _request_version.set(None)


def shared_value(
    name: str,
    parts: tuple,
    compute: Callable[[], T],
    *,
    seconds: int = FRAGMENT_SECONDS,
    keep_if: Callable[[T], bool] | None = None,
) -> T:
    """`compute()`, stored under `name` and `parts` (site, language, page...) until the next
    purge, or for `seconds` (what changes with the clock: upcoming events); not stored when
    `keep_if` says no (a value only some readers may see). A cache that is down makes the
    page slower, never broken."""
    try:
        key = _key(_version(), name, parts)
        stored = cache.get(key)
    except Exception:
        return compute()
    if stored is not None:
        return None if stored == _NOTHING else stored
    value = compute()
    if keep_if is not None and not keep_if(value):
        return value
    with contextlib.suppress(Exception):  # served uncached
        cache.set(key, _NOTHING if value is None else value, timeout=seconds)
    return value


def shared_values(
    name: str, parts: dict[K, tuple], compute: Callable[[K], T], *, seconds: int = FRAGMENT_SECONDS
) -> dict[K, T]:
    """`shared_value` for several values of one kind, by item: the stored ones in one cache
    read (with Redis one round trip, not one each), `compute(item)` for the others, which are
    stored in one write."""
    try:
        version = _version()
        keys = {item: _key(version, name, item_parts) for item, item_parts in parts.items()}
        stored = cache.get_many(list(keys.values()))
    except Exception:
        return {item: compute(item) for item in parts}
    values: dict[K, T] = {}
    computed = {}
    for item, key in keys.items():
        if key in stored:
            values[item] = None if stored[key] == _NOTHING else stored[key]
        else:
            values[item] = compute(item)
            computed[key] = _NOTHING if values[item] is None else values[item]
    if computed:
        with contextlib.suppress(Exception):  # served uncached
            cache.set_many(computed, timeout=seconds)
    return values


def shared_html(
    name: str, parts: tuple, render: Callable[[], str], *, request, timed: bool = False
) -> str:
    """`render()`'s HTML kept like `shared_value`, for a public part of a page; `timed` when it
    changes with the clock too (upcoming events): kept no longer than a stored page is fresh.
    A draft's preview is never kept, nor a page with a view restriction (a closed area, a
    shared password: `access` marks the request that serves one)."""
    if getattr(request, "is_preview", False) or getattr(request, PRIVATE_PAGE_ATTRIBUTE, False):
        return render()
    seconds = settings.PAGE_CACHE_SECONDS if timed else FRAGMENT_SECONDS
    return shared_value(name, parts, render, seconds=seconds)


def shared_fragments_purge() -> None:
    """Forgets every stored fragment (a new version: nothing is looked up to delete), for
    the rest of this request too."""
    _request_version.set(None)
    with contextlib.suppress(Exception):  # the fragments expire on their own
        cache.set(VERSION_KEY, uuid.uuid4().hex[:12], timeout=None)


def shared_fragments_purge_on_change(sender, **kwargs) -> None:
    """A signal receiver (a locale added, renamed or removed)."""
    shared_fragments_purge()
