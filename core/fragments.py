"""Parts every page shares (the menu, the footer, index addresses), kept in the cache.

They change only when the site does, and every change a reader could see purges the page
cache (`pagecache.signals` → `pagecache.store.page_cache_purge`), which bumps the version
here as well (`shared_fragments_purge`): a publish, unpublish, move or delete, a settings or
snippet change is in the next page at once. Nothing here depends on who is reading.
"""

import contextlib
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable, Hashable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, TypeVar

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


# What a request has read of the fragments: the version (one cache read, with Redis one round
# trip, instead of one for every kept value) and the values read ahead with it. Set when a
# request starts, dropped when it ends (`fragments_request_started`,
# `fragments_request_finished`: core.apps connects them); outside a request (a task, a
# command) every value reads the version anew.
@dataclass
class _RequestReads:
    path: str
    version: str | None = None
    # (name, parts) of each value read, for the next request of the same path.
    read: dict[tuple[str, tuple], None] = field(default_factory=dict)
    # The values read ahead, by key (None: not stored); each handed out once.
    ahead: dict[str, Any] = field(default_factory=dict)


_request: ContextVar[_RequestReads | None] = ContextVar("fragments_request", default=None)

# What the last request of each path read (name, parts), read ahead by the next one in one
# cache read with the version: a page reads a dozen kept values, most of them the same each
# time. Per process, the paths last asked kept.
READ_AHEAD_PATHS = 500
READ_AHEAD_VALUES = 100
_read_ahead: OrderedDict[str, tuple[tuple[str, tuple], ...]] = OrderedDict()
_read_ahead_lock = threading.Lock()


def _key(version: str, name: str, parts: tuple) -> str:
    return ":".join(("fragments", version, name, *(str(part) for part in parts)))


def _version() -> str:
    request = _request.get()
    if request is not None and request.version is not None:
        return request.version
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex[:12], timeout=None)
        version = cache.get(VERSION_KEY)
    if request is not None:
        request.version = version
        request.ahead = _values_read_ahead(request.path, version)
    return version


def _values_read_ahead(path: str, version: str) -> dict[str, Any]:
    with _read_ahead_lock:
        names = _read_ahead.get(path, ())
    if not names:
        return {}
    keys = [_key(version, name, parts) for name, parts in names]
    try:
        stored = cache.get_many(keys)
    except Exception:
        return {}
    return {key: stored.get(key) for key in keys}


def _stored(keys: dict[str, tuple[str, tuple]], *, read_ahead: bool = True) -> dict[str, Any]:
    """The stored values of `keys` (cache key: name and parts), from those the request read
    ahead, the others read in one cache read. `read_ahead`: the next request of the path
    reads them ahead (not values that change from one request to the next: a search's
    results)."""
    request = _request.get()
    if request is None:
        return cache.get_many(list(keys))
    found = {}
    missing = []
    for key, name_parts in keys.items():
        if read_ahead:
            with contextlib.suppress(TypeError):  # parts that cannot be a key: not read ahead
                request.read[name_parts] = None
        if key not in request.ahead:
            missing.append(key)
        elif (value := request.ahead.pop(key)) is not None:
            found[key] = value
    if len(missing) == 1:
        value = cache.get(missing[0])
        if value is not None:
            found[missing[0]] = value
    elif missing:
        found.update(cache.get_many(missing))
    return found


def fragments_request_started(*, environ=None, scope=None, **kwargs) -> None:
    """A signal receiver (`request_started`)."""
    path = (environ or {}).get("PATH_INFO") or (scope or {}).get("path") or ""
    _request.set(_RequestReads(path=path))


def fragments_request_finished(**kwargs) -> None:
    """A signal receiver (`request_finished`): what the request read is read ahead by the
    next one of its path."""
    request = _request.get()
    _request.set(None)
    if request is None or not request.read:
        return
    with _read_ahead_lock:
        _read_ahead[request.path] = tuple(request.read)[:READ_AHEAD_VALUES]
        _read_ahead.move_to_end(request.path)
        while len(_read_ahead) > READ_AHEAD_PATHS:
            _read_ahead.popitem(last=False)


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
        if _request.get() is None:
            stored = cache.get(key)
        else:
            stored = _stored({key: (name, parts)}).get(key)
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


def shared_value_forget(name: str, parts: tuple) -> None:
    """Forgets the value `shared_value` stored under `name` and `parts` (the next read computes
    it anew), for the rest of this request too; every other value stays."""
    with contextlib.suppress(Exception):  # a cache that is down keeps nothing to forget
        key = _key(_version(), name, parts)
        request = _request.get()
        if request is not None:
            request.ahead.pop(key, None)
        cache.delete(key)


def shared_values(
    name: str, parts: dict[K, tuple], compute: Callable[[K], T], *, seconds: int = FRAGMENT_SECONDS
) -> dict[K, T]:
    """`shared_value` for several values of one kind, by item: the stored ones in one cache
    read (with Redis one round trip, not one each), `compute(item)` for the others, which are
    stored in one write."""
    return shared_values_together(
        name, parts, lambda items: {item: compute(item) for item in items}, seconds=seconds
    )


def shared_values_together(
    name: str,
    parts: dict[K, tuple],
    compute: Callable[[list[K]], dict[K, T]],
    *,
    seconds: int = FRAGMENT_SECONDS,
    read_ahead: bool = True,
) -> dict[K, T]:
    """`shared_values` whose missing values are computed in one call, `compute(items)` (one
    query for all of them). `read_ahead=False` for values that the next request of the same
    path rarely reads again (`_stored`)."""
    try:
        version = _version()
        keys = {item: _key(version, name, item_parts) for item, item_parts in parts.items()}
        stored = _stored(
            {keys[item]: (name, item_parts) for item, item_parts in parts.items()},
            read_ahead=read_ahead,
        )
    except Exception:
        return compute(list(parts))
    values: dict[K, T] = {}
    missing = []
    for item, key in keys.items():
        if key in stored:
            values[item] = None if stored[key] == _NOTHING else stored[key]
        else:
            missing.append(item)
    if missing:
        computed = compute(missing)
        values.update(computed)
        with contextlib.suppress(Exception):  # served uncached
            cache.set_many(
                {
                    keys[item]: _NOTHING if value is None else value
                    for item, value in computed.items()
                },
                timeout=seconds,
            )
    return {item: values[item] for item in parts}


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
    request = _request.get()
    if request is not None:
        request.version = None
        request.ahead = {}
    with contextlib.suppress(Exception):  # the fragments expire on their own
        cache.set(VERSION_KEY, uuid.uuid4().hex[:12], timeout=None)


def shared_fragments_purge_on_change(sender, **kwargs) -> None:
    """A signal receiver (a locale added, renamed or removed)."""
    shared_fragments_purge()
