"""What keeps a search cheap on a large site (figures: bench/bench_search.py, docs/deploy.md,
"What a search costs"): the match read from the GIN index on `title || body`, the full
ranking bounded to `RANK_CANDIDATES` matches (nothing hidden, the count exact), the view
restrictions tested with one look-up a page, no JIT compilation."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page
from wagtail.search.query import Or, Phrase

from search.forms import SearchForm
from search.selectors import search_results
from tests import factories
from tests.search.test_core import search_url

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's full-text index"
)


@postgresql_only
def test_the_search_filter_can_use_the_stored_vector_index(site_tree):
    page = factories.ContentPageFactory(parent=site_tree.home, title="Lynx")
    with connection.cursor() as cursor:
        # Small tables are scanned whatever the index; this asks whether the index fits.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            "EXPLAIN SELECT object_id FROM wagtailsearch_indexentry "
            "WHERE search_vector @@ to_tsquery('dkc_dutch', 'lynx')"
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
        # PostgreSQL keeps the stored vector with what Wagtail's indexing writes.
        cursor.execute(
            "SELECT search_vector = title || body FROM wagtailsearch_indexentry "
            "WHERE object_id = %s",
            [str(page.pk)],
        )
        (kept,) = cursor.fetchone()

    assert "search_indexentry_vector_gin" in plan, plan
    assert kept


@postgresql_only
def test_the_search_statement_calls_the_match_functions_once(site_tree):
    for title in ("Lynx", "Lynx in de sneeuw"):
        factories.ContentPageFactory(parent=site_tree.home, title=title)
    found = Page.objects.live().search("lynx")
    sql, params = found.get_queryset().query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())

    assert [page.title for page in found] == ["Lynx", "Lynx in de sneeuw"]
    # In FROM, once for all their rows: in the select list each row was a call that set and
    # reset the functions' `enable_seqscan`.
    assert "Function Scan on search_matching_objects" in plan, plan
    assert "Function Scan on search_rank_candidates" in plan, plan
    assert "ProjectSet" not in plan, plan
    # Integer keys compared as integers: no text cast of every page's id.
    assert "(m.m)::text" not in plan, plan


@postgresql_only
@pytest.mark.django_db
def test_the_match_is_planned_on_the_index_and_the_planner_costs_are_postgresqls_own():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT proname, proconfig FROM pg_proc "
            "WHERE proname IN ('search_matching_objects', 'search_rank_candidates') "
            "ORDER BY proname"
        )
        functions = cursor.fetchall()
        # Never planned in parallel: a page of results relies on its UNION ALL's parts read
        # in turn (search_parts; search/migrations/0007).
        cursor.execute(
            "SELECT proname, proparallel FROM pg_proc "
            "WHERE proname IN ('search_matching_objects', 'search_rank_candidates') "
            "ORDER BY proname"
        )
        parallel = cursor.fetchall()
        cursor.execute("SELECT procost FROM pg_proc WHERE proname = 'tsvector_concat'")
        (concat_cost,) = cursor.fetchone()
        cursor.execute("SHOW jit")
        (jit,) = cursor.fetchone()

    # A common word read from the GIN index, not by reading every stored vector.
    assert functions == [
        ("search_matching_objects", ["enable_seqscan=off"]),
        ("search_rank_candidates", ["enable_seqscan=off"]),
    ]
    assert parallel == [("search_matching_objects", "u"), ("search_rank_candidates", "u")]
    # search/migrations/0004 undoes 0003's COST 100, which changed no plan.
    assert concat_cost == 1
    # JIT compilation cost 100 ms on a search statement (cms/settings/base.py).
    assert jit == "off"


def _quagga_site(site_tree) -> None:
    """Three title matches (the shortest title ranks highest) and two body matches."""
    for title in ("Quagga", "Quagga in de zoo", "Quagga en andere zebra's op de vlakte"):
        factories.ContentPageFactory(parent=site_tree.home, title=title)
    for number in range(2):
        factories.ContentPageFactory(
            parent=site_tree.home,
            title=f"Over zebra's {number}",
            intro="Een lange inleiding over paarden, en terloops een quagga.",
        )


def _found(client, params: dict) -> tuple[list[str], int]:
    response = client.get(search_url(), params)
    assert response.status_code == 200
    page = response.context["search_results"]
    return [result.title for result in page], page.paginator.count


@postgresql_only
def test_beyond_the_ranked_candidates_every_match_still_comes_latest_created_first(
    client, site_tree, monkeypatch
):
    _quagga_site(site_tree)
    full_order, full_count = _found(client, {"q": "quagga"})
    monkeypatch.setattr("search.backend.RANK_CANDIDATES", 2)

    bounded_order, bounded_count = _found(client, {"q": "quagga"})

    # With every match ranked: the title matches above the body matches.
    assert full_order[:3] == ["Quagga", "Quagga in de zoo", "Quagga en andere zebra's op de vlakte"]
    # Two ranked in full (the best titles), then the rest newest first; none hidden.
    assert bounded_order == [
        "Quagga",
        "Quagga in de zoo",
        "Over zebra's 1",
        "Over zebra's 0",
        "Quagga en andere zebra's op de vlakte",
    ]
    assert bounded_count == full_count == 5


@postgresql_only
def test_a_date_ordered_search_is_not_ranked(client, site_tree, monkeypatch):
    _quagga_site(site_tree)
    monkeypatch.setattr("search.backend.RANK_CANDIDATES", 0)

    found, count = _found(client, {"q": "quagga", "order": "date"})

    assert count == 5
    assert found[:2] == ["Over zebra's 1", "Over zebra's 0"]


@postgresql_only
def test_a_phrase_is_matched_as_a_phrase_and_chooses_candidates_by_its_words(site_tree):
    factories.ContentPageFactory(parent=site_tree.home, title="Groene stroom voor iedereen")
    factories.ContentPageFactory(parent=site_tree.home, title="Stroom, groen en blauw")
    factories.ContentPageFactory(parent=site_tree.home, title="Een lynx")
    found = Page.objects.live().search(Or([Phrase("groene stroom"), Phrase("lynx")]))
    sql, params = found.get_queryset().query.sql_with_params()
    matching, candidates = sql.split("search_rank_candidates(")

    assert sorted(page.title for page in found) == ["Een lynx", "Groene stroom voor iedereen"]
    # The match keeps the phrase; the candidates come from the index alone (no phrase, so no
    # vector read again for each entry with both words).
    assert "phraseto_tsquery" in matching
    assert "phraseto_tsquery" not in candidates.split(") AS m")[0]


def test_the_date_order_reads_an_events_start_without_joining_or_sorting(site_tree):
    factories.EventPageFactory(parent=site_tree.agenda, title="Lynx later")
    locale = Locale.objects.get(language_code="nl")
    form_data = SearchForm({"q": "lynx", "order": "date"}, locale=locale).search_data()
    with CaptureQueriesContext(connection) as queries:
        results = search_results(form_data=form_data, locale=locale)

    assert [page.title for page in results.page] == ["Lynx later"]
    ordered = [query["sql"] for query in queries if '"events_eventpage" U0' in query["sql"]]
    assert ordered
    # The start of one event by its key: no join with its page row and no sort by its path,
    # once for every match.
    assert not any('U1."path"' in sql for sql in ordered), ordered


@postgresql_only
def test_the_index_entries_are_stored_narrow_and_without_a_pending_list(site_tree):
    factories.ContentPageFactory(parent=site_tree.home, title="Lynx")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname, reloptions FROM pg_class "
            "WHERE relname IN ('wagtailsearch_indexentry', 'search_indexentry_vector_gin')"
        )
        options = dict(cursor.fetchall())

    # search/migrations/0006: long values (the body text) out of the row, so that reading
    # the matches of a common word reads few heap pages; and no pending list of new entries
    # that every search reads in full until a vacuum.
    assert "toast_tuple_target=512" in options["wagtailsearch_indexentry"]
    assert "fastupdate=off" in options["search_indexentry_vector_gin"]


def _explained(sql: str) -> str:
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, COSTS OFF) " + sql)
        return "\n".join(row[0] for row in cursor.fetchall())


@postgresql_only
def test_a_page_within_the_ranked_candidates_reads_no_other_match(site_tree):
    for number in range(12):
        factories.ContentPageFactory(parent=site_tree.home, title=f"Okapi {number}")
    with CaptureQueriesContext(connection) as queries:
        first_page = list(Page.objects.live().search("okapi")[:11])
    (statement,) = [query["sql"] for query in queries if "search_rank_candidates" in query["sql"]]
    plan = _explained(statement)

    assert len(first_page) == 11
    # The candidates are ranked in full and sorted (11 of 12 shown); the other matches are
    # never read: no match function, no join or sort of every match.
    matches = plan.split("search_matching_objects")[1].split("\n")[0]
    assert "never executed" in matches, plan


@postgresql_only
def test_a_phrase_is_checked_on_the_ranked_candidates(site_tree, monkeypatch):
    factories.ContentPageFactory(parent=site_tree.home, title="Groene stroom voor iedereen")
    factories.ContentPageFactory(parent=site_tree.home, title="Stroom, groen en blauw")
    factories.ContentPageFactory(parent=site_tree.home, title="Groene stroom in de kmo")
    monkeypatch.setattr("search.backend.RANK_CANDIDATES", 2)

    found = [page.title for page in Page.objects.live().search(Phrase("groene stroom"))]

    # Both words in all three; the phrase in two. Whichever two are the candidates, the
    # one without the phrase is never shown, from the candidates or after them.
    assert sorted(found) == ["Groene stroom in de kmo", "Groene stroom voor iedereen"]


def test_the_theme_condition_reads_the_tag_tables_without_joining_them(site_tree):
    from search.selectors import theme_q

    event = factories.EventPageFactory(
        parent=site_tree.agenda, title="Okapi roadshow", themes=[site_tree.mobility]
    )
    themed = Page.objects.filter(theme_q(site_tree.mobility))
    sql = str(themed.query).upper()

    assert event.pk in set(themed.values_list("pk", flat=True))
    # Four tag tables (events, networks, projects, publications): each one a subquery of its
    # own rows by the theme's key, no join with the tagged type's or the theme's table to
    # compile and plan for every search with a theme.
    assert " JOIN " not in sql, sql
