"""What keeps a search cheap on a large site (figures: bench/bench_search.py, docs/deploy.md,
"What a search costs"): the match read from the GIN index on `title || body`, the full
ranking bounded to `RANK_CANDIDATES` matches (`RANK_CANDIDATES_BROAD` without filters;
nothing hidden, the count exact), the view
restrictions tested with one look-up a page, no JIT compilation."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page
from wagtail.search.query import And, Not, Or, Phrase, PlainText

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

    # A common word read from the GIN index, not by reading every stored vector; the rank
    # candidates' fill sorted from it, not read by walking the primary key (0008).
    assert functions == [
        ("search_matching_objects", ["enable_seqscan=off"]),
        ("search_rank_candidates", ["enable_seqscan=off", "enable_indexscan=off"]),
    ]
    assert parallel == [("search_matching_objects", "u"), ("search_rank_candidates", "u")]
    # search/migrations/0004 undoes 0003's COST 100, which changed no plan.
    assert concat_cost == 1
    # JIT compilation cost 100 ms on a search statement (cms/settings/base.py).
    assert jit == "off"


def _quagga_site(site_tree, parent=None) -> None:
    """Three title matches (the shortest title ranks highest) and two body matches."""
    parent = parent or site_tree.home
    for title in ("Quagga", "Quagga in de zoo", "Quagga en andere zebra's op de vlakte"):
        factories.ContentPageFactory(parent=parent, title=title)
    for number in range(2):
        factories.ContentPageFactory(
            parent=parent,
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
    # A search without filters ranks RANK_CANDIDATES_BROAD (search.backend.broad_search).
    monkeypatch.setattr("search.backend.RANK_CANDIDATES_BROAD", 2)

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
@pytest.mark.parametrize("narrowed", ["kind", "audience", "theme"])
def test_a_narrowed_search_ranks_more_candidates_than_a_broad_one(
    client, site_tree, monkeypatch, narrowed
):
    _quagga_site(site_tree, parent=site_tree.mobility)  # knowledge pages of a theme
    monkeypatch.setattr("search.backend.RANK_CANDIDATES_BROAD", 2)
    monkeypatch.setattr("search.backend.RANK_CANDIDATES", 3)
    value = {"kind": "knowledge", "audience": "small", "theme": site_tree.mobility.slug}[narrowed]

    broad, broad_count = _found(client, {"q": "quagga"})
    narrow, narrow_count = _found(client, {"q": "quagga", narrowed: value})

    # Broad: two ranked in full, then the rest newest first. Narrowed: the three title
    # matches ranked (the candidates are chosen before the filters). Nothing hidden.
    assert broad[:3] == ["Quagga", "Quagga in de zoo", "Over zebra's 1"]
    assert narrow[:3] == ["Quagga", "Quagga in de zoo", "Quagga en andere zebra's op de vlakte"]
    assert broad_count == narrow_count == 5


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
def test_the_date_order_reads_the_start_of_the_events_alone(site_tree):
    from search.selectors import _date_order

    factories.EventPageFactory(parent=site_tree.agenda, title="Lynx later")
    for number in range(3):
        factories.ContentPageFactory(parent=site_tree.home, title=f"Lynx {number}")
    found = Page.objects.live().order_by(*_date_order()).search("lynx", order_by_relevance=False)
    with CaptureQueriesContext(connection) as queries:
        assert len(list(found[:10])) == 4
    (statement,) = [query["sql"] for query in queries if '"events_eventpage" U0' in query["sql"]]
    plan = _explained(statement)
    start = plan.split("events_eventpage")[0].rsplit("SubPlan", 1)[1]

    # One look-up for the one event among the four matches, not one a match.
    assert "loops=1)" in start.splitlines()[1], plan


@postgresql_only
def test_a_date_ordered_search_tests_each_row_against_one_hash_of_the_matches(site_tree):
    from search.selectors import _date_order

    for number in range(3):
        factories.ContentPageFactory(parent=site_tree.home, title=f"Lynx {number}")
    found = Page.objects.live().order_by(*_date_order()).search("lynx", order_by_relevance=False)
    with CaptureQueriesContext(connection) as queries:
        titles = [page.title for page in found[:10]]
    (statement,) = [query["sql"] for query in queries if "search_matching_objects" in query["sql"]]
    plan = _explained(statement)

    assert sorted(titles) == ["Lynx 0", "Lynx 1", "Lynx 2"]
    # Every match is sorted anyway: the match a filter of the rows (one hash of the matching
    # keys), not a join with the matches deduplicated and hashed again.
    assert re.search(r"\(hashed SubPlan \d+\) IS TRUE", plan), plan
    assert "HashAggregate" not in plan, plan


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


@postgresql_only
def test_the_title_index_has_no_pending_list(site_tree):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.reloptions FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0] "
            "WHERE i.indrelid = 'wagtailsearch_indexentry'::regclass AND i.indnatts = 1 "
            "AND a.attname = 'title' AND c.relam = (SELECT oid FROM pg_am WHERE amname = 'gin')"
        )
        options = [row[0] for row in cursor.fetchall()]

    # search/migrations/0008: the rank candidates come from the title's GIN index (Wagtail's
    # own), which every search would read with its pending list (and which the planner,
    # counting that list, passed over for a scan of every entry).
    assert options == [["fastupdate=off"]]


def _rank_candidates(query: str, count: int) -> tuple[list[str], int]:
    """`search_rank_candidates` for the raw tsquery `query` over the page types: the object
    ids it gives, and how many index entries it read from the table."""
    from modelsearch.backends.database.postgres.weights import get_sql_weights
    from modelsearch.utils import get_descendants_content_types_pks

    def entries_read(cursor) -> int:
        cursor.execute(
            "SELECT idx_tup_fetch + seq_tup_read FROM pg_stat_xact_user_tables "
            "WHERE relname = 'wagtailsearch_indexentry'"
        )
        return cursor.fetchone()[0]

    with connection.cursor() as cursor:
        before = entries_read(cursor)
        cursor.execute(
            "SELECT m FROM search_rank_candidates(to_tsquery('dkc_dutch', %s), "
            "%s::integer[], %s::real[], %s) AS m",
            [query, get_descendants_content_types_pks(Page), get_sql_weights(), count],
        )
        found = [row[0] for row in cursor.fetchall()]
        return found, entries_read(cursor) - before


@postgresql_only
def test_the_rank_candidates_are_read_from_the_titles_that_match(site_tree):
    titled = [
        factories.ContentPageFactory(parent=site_tree.home, title=title)
        for title in ("Okapi", "Okapi in het bos")
    ]
    in_body = [
        factories.ContentPageFactory(
            parent=site_tree.home,
            title=f"Over giraffen {number}",
            intro="Een lange inleiding over giraffen, en terloops een okapi.",
        )
        for number in range(8)
    ]

    best_titles, read_for_titles = _rank_candidates("okapi", 2)
    filled, _read = _rank_candidates("okapi", 4)

    assert sorted(best_titles) == sorted(str(page.pk) for page in titled)
    # The two entries whose title matches, from the title's index: not every match read and
    # its title ranked to keep the best (a body match's title ranks 0).
    assert read_for_titles == 2
    # Fewer titles than candidates: the other matches fill up, the latest created first.
    assert sorted(filled) == sorted(str(page.pk) for page in [*titled, *in_body[-2:]])


@postgresql_only
def test_a_rank_candidate_with_a_negation_is_a_match(site_tree):
    factories.ContentPageFactory(
        parent=site_tree.home, title="Okapi", intro="Een okapi is familie van de giraffe."
    )
    kept = factories.ContentPageFactory(parent=site_tree.home, title="Okapi in het bos")

    found, _read = _rank_candidates("okapi & !giraffe", 5)

    # The first title matches the query, but its body has the word the query excludes: a
    # title's match is a match of title and body only for a query without a negation.
    assert found == [str(kept.pk)]


@postgresql_only
def test_a_candidates_full_rank_finds_its_entry_by_the_object_id(site_tree):
    for number in range(3):
        factories.ContentPageFactory(parent=site_tree.home, title=f"Okapi {number}")
    with CaptureQueriesContext(connection) as queries:
        list(Page.objects.live().search(Phrase("okapi"))[:2])
    (statement,) = [query["sql"] for query in queries if "search_rank_candidates" in query["sql"]]
    with connection.cursor() as cursor:
        # Small tables are scanned whatever the index; this asks which index fits, with the
        # table's statistics as autovacuum keeps them.
        cursor.execute("ANALYZE wagtailsearch_indexentry")
        cursor.execute("SET LOCAL enable_seqscan = off")
        plan = _explained(statement)

    # One look-up by the page's id, not one for each page type in the unique index on
    # (content type, object id): for the full rank and for the phrase check.
    by_object = re.findall(r"(?:Index Scan using|Index Scan on) search_indexentry_object_id", plan)
    assert len(by_object) == 2, plan
    assert "content_type_id_object_i" not in plan, plan


@postgresql_only
def test_a_candidates_phrase_is_checked_on_its_title_first(site_tree):
    titled = factories.ContentPageFactory(parent=site_tree.home, title="Groene stroom")
    in_body = factories.ContentPageFactory(
        parent=site_tree.home, title="Energie", intro="Over groene stroom voor iedereen."
    )
    factories.ContentPageFactory(
        parent=site_tree.home, title="Stroom", intro="Groen is de stroom hier niet."
    )
    with CaptureQueriesContext(connection) as queries:
        found = list(Page.objects.live().search(Phrase("groene stroom")))
        negated = Page.objects.live().search(And([Phrase("groene stroom"), Not(PlainText("x"))]))
        list(negated)
    statements = [query["sql"] for query in queries if "search_rank_candidates" in query["sql"]]

    assert sorted(page.pk for page in found) == sorted([titled.pk, in_body.pk])
    # The title vector (in the row) before the stored title and body (out of line, ~10 µs
    # each to read); with a negation in the query the stored vector alone.
    assert "SELECT e.title @@ phraseto_tsquery" in statements[0], statements[0]
    assert "e.title @@" not in statements[1], statements[1]


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
