"""bench/bench_pages.py counts the queries of the request it measures (issue #21's budget
columns): its floor's requests, made afterwards, must not wipe the count."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from bench.bench_pages import _render


def test_the_bench_counts_the_queries_of_a_page(client, site_tree, settings):
    settings.PAGE_CACHE_ENABLED = False
    url = site_tree.tracer.url
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    queries = len(captured)  # read now: the next request empties the connection's log
    assert queries > 0  # a page routed from its address reads at least itself

    rendered = _render(url, 1)

    assert rendered.status == 200
    assert rendered.queries == queries
