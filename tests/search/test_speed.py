"""The expression Wagtail's PostgreSQL search filters on, `(title || body) @@ query`, has its
own GIN index (search/migrations/0003), so a search reads the matching entries from the index
instead of joining the two vectors of every entry (figures: bench/bench_search.py,
docs/deploy.md)."""

import pytest
from django.db import connection

from tests import factories

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's full-text index"
)


def test_the_search_filter_can_use_the_title_body_index(site_tree):
    factories.ContentPageFactory(parent=site_tree.home, title="Lynx")
    with connection.cursor() as cursor:
        # Small tables are scanned whatever the index; this asks whether the index fits.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            "EXPLAIN SELECT object_id FROM wagtailsearch_indexentry "
            "WHERE (title || body) @@ to_tsquery('dkc_dutch', 'lynx')"
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())

    assert "search_indexentry_title_body_gin" in plan, plan
