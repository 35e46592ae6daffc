"""bench/bench_pages.py counts the queries of the request it measures (issue #21's budget
columns): its floor's requests, made afterwards, must not wipe the count, and a broken count
stops the bench."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

import bench.bench_pages
from bench.bench_pages import SEARCH_NOT_KEPT, Row, _count_check, _render
from tests import factories
from tests.search.test_core import search_url


def test_the_bench_counts_the_queries_of_a_page(client, site_tree, settings):
    settings.PAGE_CACHE_ENABLED = False
    url = f"{site_tree.agenda.url}?audience=small"  # a filtered list: never kept
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    queries = len(captured)  # read now: the next request empties the connection's log
    assert queries > 0

    rendered = _render(Row(kind="agenda", language="nl", url=url), 1)

    assert rendered.status == 200
    assert rendered.queries == queries
    assert rendered.cold_queries >= queries  # after a purge the kept parts are read again


@pytest.mark.skipif(connection.vendor != "postgresql", reason="search/backend.py: PostgreSQL")
def test_the_search_not_kept_runs_its_full_text_statements_at_each_request(site_tree, settings):
    settings.PAGE_CACHE_ENABLED = False
    for number in range(12):
        factories.ContentPageFactory(parent=site_tree.tracer, title=f"okapi {number}")
    url = f"{search_url()}?q=okapi"

    kept = _render(Row(kind="search", language="nl", url=url), 2)
    not_kept = _render(Row(kind=SEARCH_NOT_KEPT, language="nl", url=url), 2)

    # The search log is written every SEARCH_LOG_WRITE_SECONDS, as a worker writes it: not
    # by the request counted. Not kept: the results, their count and their headlines.
    assert kept.queries == 0
    assert not_kept.queries == 3


def test_a_broken_count_stops_the_bench(site_tree, monkeypatch):
    _count_check()  # a missing page reads the database: counted

    monkeypatch.setattr(bench.bench_pages, "_counted", lambda get: (get()[0], 0))
    with pytest.raises(RuntimeError, match="query count is broken"):
        _count_check()
