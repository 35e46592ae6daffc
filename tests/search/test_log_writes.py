"""A worker counts searches in memory and writes them to the search log together, at most every
`SEARCH_LOG_WRITE_SECONDS` (search/services.py): nothing counted is lost while the database
answers, a failed write waits for the next one, and a stopping gunicorn worker writes what it
holds. Both databases."""

import runpy
import time
from pathlib import Path

import pytest
from django.db import DatabaseError, OperationalError, connection
from django.test.utils import CaptureQueriesContext

from search import services
from tests import factories
from tests.search.test_core import search_url
from tests.search.test_log import hits, zero_hits

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def buffered(settings):
    """Searches kept a minute before they are written; nothing pending before or after."""
    settings.SEARCH_LOG_WRITE_SECONDS = 60
    services._pending.clear()
    services._written_at[0] = time.monotonic()
    yield
    services._pending.clear()


def _due() -> None:
    services._written_at[0] = time.monotonic() - 61


def test_searches_are_counted_in_memory_and_written_together(client, site_tree, buffered):
    factories.ContentPageFactory(parent=site_tree.home, title="Okapi")
    with CaptureQueriesContext(connection) as queries:
        for _ in range(3):
            client.get(search_url(), {"q": "okapi"})
        client.get(search_url(), {"q": "quagga"})  # nothing found

    assert not [query for query in queries if "querydailyhits" in query["sql"]]
    assert hits("okapi") == 0

    assert services.search_hits_write() == 4

    assert hits("okapi") == 3
    assert hits("quagga") == zero_hits("quagga") == 1
    assert services.search_hits_write() == 0  # written once


def test_written_counts_add_to_those_already_there(client, site_tree, settings, buffered):
    settings.SEARCH_LOG_WRITE_SECONDS = 0
    client.get(search_url(), {"q": "quagga"})
    settings.SEARCH_LOG_WRITE_SECONDS = 60
    client.get(search_url(), {"q": "quagga"})
    client.get(search_url("en"), {"q": "quagga"})

    services.search_hits_write()

    assert hits("quagga") == 3
    assert zero_hits("quagga") == 3  # two in Dutch, one in English


def test_the_search_after_the_interval_writes_what_was_counted(client, site_tree, buffered):
    client.get(search_url(), {"q": "okapi"})
    assert hits("okapi") == 0
    _due()

    client.get(search_url(), {"q": "okapi"})

    assert hits("okapi") == 2
    assert not services._pending


def test_any_request_after_the_interval_writes_what_was_counted(client, site_tree, buffered):
    client.get(search_url(), {"q": "okapi"})
    _due()

    client.get(site_tree.home.url)

    assert hits("okapi") == 1


def test_as_many_different_searches_as_the_bound_are_written_at_once(
    client, site_tree, buffered, monkeypatch
):
    monkeypatch.setattr(services, "PENDING_MAX", 2)
    client.get(search_url(), {"q": "okapi"})
    assert hits("okapi") == 0

    client.get(search_url(), {"q": "quagga"})

    assert hits("okapi") == hits("quagga") == 1


def test_a_failed_write_keeps_the_counts_for_the_next_one(client, site_tree, buffered, monkeypatch):
    client.get(search_url(), {"q": "okapi"})
    client.get(search_url(), {"q": "okapi"})
    real_write = services._hits_write

    def refused(pending):
        raise DatabaseError("the database is down")

    monkeypatch.setattr(services, "_hits_write", refused)
    with pytest.raises(DatabaseError):
        services.search_hits_write()
    _due()
    client.get(site_tree.home.url)  # a request ends: the write fails again, the page is served

    monkeypatch.setattr(services, "_hits_write", real_write)
    assert services.search_hits_write() == 2
    assert hits("okapi") == 2


def test_a_stopping_gunicorn_worker_writes_what_it_counted(client, site_tree, buffered):
    client.get(search_url(), {"q": "okapi"})
    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))

    config["worker_exit"](server=None, worker=None)

    assert hits("okapi") == 1


def test_a_request_end_tries_no_write_while_the_database_is_known_down(
    client, site_tree, buffered, monkeypatch
):
    from pagecache.outage import database_down_note

    client.get(search_url(), {"q": "okapi"})
    _due()
    database_down_note()  # another request found it down a moment ago
    tried = []
    monkeypatch.setattr(services, "_hits_write", tried.append)

    client.get(site_tree.home.url)

    assert tried == []
    assert sum(services._pending.values()) == 1


def test_a_request_end_that_finds_the_database_down_says_so(
    client, site_tree, buffered, monkeypatch
):
    from pagecache.outage import database_known_down

    client.get(search_url(), {"q": "okapi"})
    _due()

    def unreachable(pending):
        raise OperationalError("connection refused")

    monkeypatch.setattr(services, "_hits_write", unreachable)
    client.get(site_tree.home.url)

    assert database_known_down()  # the next requests do not try for Retry-After seconds
    assert sum(services._pending.values()) == 1


def test_a_process_that_ends_writes_what_it_counted(client, site_tree, buffered):
    from search.apps import _search_hits_written

    client.get(search_url(), {"q": "okapi"})

    _search_hits_written()  # registered with atexit by the app

    assert hits("okapi") == 1


def test_a_write_that_fails_halfway_counts_none_twice(client, site_tree, buffered, monkeypatch):
    client.get(search_url(), {"q": "okapi"})
    client.get(search_url(), {"q": "quagga"})
    real_statements = services._search_hit_statements

    def refused_for_quagga(*, logged, **kwargs):
        if logged == "quagga":
            raise OperationalError("connection lost")
        return real_statements(logged=logged, **kwargs)

    monkeypatch.setattr(services, "_search_hit_statements", refused_for_quagga)
    with pytest.raises(OperationalError):
        services.search_hits_write()
    monkeypatch.setattr(services, "_search_hit_statements", real_statements)

    assert services.search_hits_write() == 1  # quagga only: okapi was written

    assert hits("okapi") == hits("quagga") == 1


def test_a_request_end_with_nothing_due_reads_no_cache(client, site_tree, buffered, monkeypatch):
    import search.signals

    read = []
    monkeypatch.setattr(search.signals, "database_known_down", lambda: read.append(1))
    client.get(search_url(), {"q": "okapi"})  # counted, not due

    client.get(site_tree.home.url)

    assert read == []  # asked only once something is due
