"""Worlds built once per test process, for the fixtures that build many pages per test.

Issue #21: most of the suite's time went into building the same fixture data (networks with
their groups, collections and workflow; a site tree) before every test. A fixture made with
`@worldcache.fixture` (on a function without arguments that builds and returns the world)
gives each test that asks for it the rows the builder makes, and a deep copy of the Python
objects it returned, as if the builder had run inside the test's own transaction:

- the rows live in an outer transaction, opened before the first of consecutive tests that ask
  for the same world and rolled back before any test that does not (so a test that builds its
  own data never sees them); each test still runs in its own savepoint inside it;
- the cache entries the builder left (the page cache's generation) are put back, and the
  Python objects are the test's own (what a test changes on them stays in that test).

A test gets the world built afresh, as before, when it also asks for a fixture not known to
be safe (one that patches something, overrides a setting or writes rows before the world is
built: see SAFE_FIXTURES), for a class or module fixture that holds rows, or when it is
transactional. See docs/deploy.md ("Fixture worlds").
"""

import copy
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import connection, transaction
from django.test import TransactionTestCase, override_settings
from django.utils import translation

BUILDERS: dict[str, Callable[[], object]] = {}
# How many worlds were built into the cache, served from it, and built afresh (in this process).
COUNTS = {"cached builds": 0, "served from cache": 0, "fresh builds": 0}

# Fixtures that may be set up together with a cached world: setting them up changes nothing a
# builder reads (pytest's and pytest-django's plain helpers, and ours that only hand out
# clients or build on top of the world). Add one only if the world built before it or after
# it is the same; never live_server, transactional_db, admin_user or admin_client.
SAFE_FIXTURES = {
    # pytest and its plugins
    "request", "monkeypatch", "tmp_path", "tmp_path_factory", "tmpdir", "tmpdir_factory",
    "capsys", "capfd", "caplog", "recwarn", "pytestconfig", "record_property", "subtests",
    "worker_id", "testrun_uid", "cov", "no_cover", "_session_faker",
    # pytest-django
    "db", "_django_db_helper", "_django_db_marker", "django_db_setup", "django_db_blocker",
    "django_db_keepdb", "django_db_createdb", "django_db_modify_db_settings",
    "django_db_modify_db_settings_parallel_suffix", "django_db_modify_db_settings_tox_suffix",
    "django_db_modify_db_settings_xdist_suffix", "django_db_use_migrations",
    "django_test_environment", "_django_setup_unittest", "_dj_autoclear_mailbox",
    "_django_clear_site_cache", "_fail_for_invalid_template_variable",
    "_template_string_if_invalid_marker", "_django_set_urlconf", "django_mail_patch_dns",
    "django_mail_dnsname", "mailoutbox", "settings", "client", "async_client", "rf",
    "async_rf", "django_user_model", "django_username_field", "django_assert_num_queries",
    "django_assert_max_num_queries", "django_capture_on_commit_callbacks",
    "_live_server_helper", "_django_isolate_apps",
    # ours (tests/conftest.py and the apps' conftest.py)
    "_rate_limits_cleared", "_kept_searches_forgotten", "_site_language", "_world_cache",
    "_world_opened", "home_page", "media_root", "login", "page_test", "edit_form_data",
    "assert_refused", "browser", "published_world", "english_tree", "files",
    # tests/search: the page cache's switch is read by the middleware only (never by a
    # builder); the synonyms' list of pages a test made is plain Python; the search's address;
    # the result count's cap, read by the search only
    "_page_cache_off", "page_cache", "_forget_made_pages", "search_url", "small_cap",
    # a superuser's client: a user of its own (a new factory sequence number), no page
    "superuser_client",
}  # fmt: skip


def fixture(builder: Callable[[], object]):
    """A function-scoped fixture named after `builder` (which takes no arguments and returns
    the world it built): each test gets the world as if `builder` had run in its transaction.

        @worldcache.fixture
        def world() -> SimpleNamespace:
            return _build_world()
    """
    key = f"{builder.__module__}.{builder.__qualname__}"
    BUILDERS[key] = builder

    def world_fixture(db):
        return cached_world(key)

    world_fixture.__module__ = builder.__module__
    world_fixture.__doc__ = builder.__doc__
    world_fixture.world_key = key
    return pytest.fixture(name=builder.__name__)(world_fixture)


@contextmanager
def stored_elsewhere() -> Iterator[None]:
    """For a builder whose world stores files: they go to temporary directories, removed once
    it is built, so that no test's `media_root` holds them (its tests read the world's rows,
    never those files; a test that reads a file makes its own)."""
    with (
        tempfile.TemporaryDirectory() as media,
        tempfile.TemporaryDirectory() as private_media,
        override_settings(MEDIA_ROOT=media, PRIVATE_MEDIA_ROOT=private_media),
    ):
        yield


class WorldCache:
    """One world at a time, its rows held in an outer transaction between tests."""

    def __init__(self, blocker) -> None:
        self.blocker = blocker
        self.name: str | None = None
        self.atomic: transaction.Atomic | None = None
        self.world: object = None
        self.cache_entries: dict = {}
        self.depth = 0

    def open(self, name: str) -> None:
        with self.blocker.unblock():
            if connection.in_atomic_block:
                return  # a class or module fixture holds rows: nest nothing under it
            self.atomic = transaction.atomic()
            self.atomic.__enter__()
            self.depth = len(connection.savepoint_ids)
            self.name = name
            # What a fresh build in the test's transaction starts from: the autouse fixtures
            # have cleared the caches and set the site's language.
            for cache in caches.all():
                cache.clear()
            with translation.override(settings.LANGUAGE_CODE):
                self.world = BUILDERS[name]()
            COUNTS["cached builds"] += 1
            self.cache_entries = {
                alias: (dict(caches[alias]._cache), dict(caches[alias]._expire_info))
                for alias in settings.CACHES
            }

    def close(self) -> None:
        if self.name is None:
            return
        with self.blocker.unblock():
            if not connection.in_atomic_block or len(connection.savepoint_ids) != self.depth:
                raise RuntimeError("a transaction opened above the cached world is still open")
            transaction.set_rollback(True)
            self.atomic.__exit__(None, None, None)
        self.name, self.atomic, self.world, self.cache_entries = None, None, None, {}

    def copy(self) -> object:
        for alias, (entries, expiry) in self.cache_entries.items():
            caches[alias]._cache.update(entries)
            caches[alias]._expire_info.update(expiry)
        return copy.deepcopy(self.world)


_cache: WorldCache | None = None


def _transactional(item: pytest.Item) -> bool:
    return item.get_closest_marker("serial") is not None


def _world_key(item: pytest.Item, fixture: str) -> str | None:
    """The cached world `item`'s fixture `fixture` is, or builds on (an override asking for
    the fixture it overrides); None for any other fixture."""
    fixturedefs = item._fixtureinfo.name2fixturedefs.get(fixture, ())
    for fixturedef in reversed(fixturedefs):
        key = getattr(fixturedef.func, "world_key", None)
        if key is not None:
            return key
        if fixture not in fixturedef.argnames:
            return None
    return None


def cacheable_world(item: pytest.Item) -> str | None:
    """The one cached world `item` asks for, when it may have it from the cache."""
    fixtures = set(getattr(item, "fixturenames", ()))
    worlds = {fixture: _world_key(item, fixture) for fixture in fixtures}
    worlds = {fixture: key for fixture, key in worlds.items() if key is not None}
    if len(set(worlds.values())) != 1 or _transactional(item):
        return None
    if not all(isinstance(caches[alias], LocMemCache) for alias in settings.CACHES):
        return None
    params = getattr(getattr(item, "callspec", None), "params", {})
    unknown = fixtures - SAFE_FIXTURES - worlds.keys() - params.keys()
    # A fixture that asks for the world (directly or not) is set up after it: no matter.
    if any(not _depends_on(item, fixture, set(worlds), set()) for fixture in unknown):
        return None
    return next(iter(worlds.values()))


def _depends_on(item: pytest.Item, fixture: str, names: set[str], seen: set[str]) -> bool:
    if fixture in names:
        return True
    if fixture in seen:
        return False
    seen.add(fixture)
    fixturedefs = item._fixtureinfo.name2fixturedefs.get(fixture, ())
    if not fixturedefs or fixturedefs[-1].scope != "function":
        return False
    return any(_depends_on(item, arg, names, seen) for arg in fixturedefs[-1].argnames)


def _uses_database(item: pytest.Item) -> bool:
    fixtures = set(getattr(item, "fixturenames", ()))
    # Django's own test classes (TestCase, TransactionTestCase) set up their class's rows in
    # setUpTestData, outside pytest-django's fixtures: a world left open would sit under them.
    cls = getattr(item, "cls", None)
    if cls is not None and issubclass(cls, TransactionTestCase):
        return True
    return bool(
        item.get_closest_marker("django_db") or {"_django_db_helper", "django_db_setup"} & fixtures
    )


def before_setup(item: pytest.Item) -> None:
    """Before any fixture of `item` is set up: a world it does not ask for goes."""
    if (
        _cache is not None
        and _cache.name is not None
        and _uses_database(item)
        and cacheable_world(item) != _cache.name
    ):
        _cache.close()


def session_cache(blocker) -> Iterator[WorldCache]:
    global _cache  # noqa: PLW0603
    _cache = WorldCache(blocker)
    yield _cache
    _cache.close()
    _cache = None


def open_for(item: pytest.Item) -> None:
    """Before the test's transaction: the world it asks for, built once for consecutive tests."""
    name = cacheable_world(item)
    if _cache is not None and name is not None and _cache.name != name:
        _cache.close()
        _cache.open(name)


def cached_world(name: str) -> object:
    """The value of the world fixture `name` for this test: from the cache, or built now."""
    if _cache is not None and _cache.name == name:
        COUNTS["served from cache"] += 1
        return _cache.copy()
    COUNTS["fresh builds"] += 1
    return BUILDERS[name]()
