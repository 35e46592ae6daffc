"""What one search costs in full-text statements (the expensive part: each matches and, for a
page of results, ranks every hit) and in queries: a page that holds every result runs no
count of its own, the lens counts its two parts in one statement, a theme search runs its
results and the count elsewhere only. Both databases (PostgreSQL `@@`, SQLite FTS5 `MATCH`)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from search.forms import SearchForm
from search.selectors import RESULTS_PER_PAGE, search_results
from tests import factories
from tests.search.test_core import kept_searches_forgotten, search_url

# PostgreSQL: the match through the GIN index (search/backend.py: the match function, or for
# a count the index read in the statement), SQLite: FTS5.
FULL_TEXT = (
    ("search_matching_objects(", '"search_vector" @@')
    if connection.vendor == "postgresql"
    else (" MATCH ",)
)


def _search(params: dict, *, lens: str | None = None):
    """(results, full-text statements, queries) of the selector for `params`."""
    locale = Locale.objects.get(language_code="nl")
    form_data = SearchForm(params, locale=locale).search_data()
    search_results(form_data=form_data, locale=locale, lens=lens)  # caches filled
    kept_searches_forgotten()  # but not this search's rows: as a search not asked before
    with CaptureQueriesContext(connection) as queries:
        results = search_results(form_data=form_data, locale=locale, lens=lens)
        if results.page is not None:
            list(results.page)
    statements = [query["sql"] for query in queries]
    full_text = sum(any(marker in sql for marker in FULL_TEXT) for sql in statements)
    return results, full_text, len(statements)


def _events(site_tree, count: int, *, title: str = "Gnoe", **fields) -> None:
    for number in range(count):
        factories.EventPageFactory(
            parent=site_tree.agenda,
            title=f"{title} {number}",
            themes=[site_tree.mobility],
            **fields,
        )


@pytest.mark.parametrize("count", [0, 1, RESULTS_PER_PAGE])
def test_a_page_that_holds_every_result_runs_one_full_text_statement(site_tree, count):
    _events(site_tree, count)

    results, full_text, _queries = _search({"q": "gnoe"})

    assert results.count == count
    assert full_text == 1


def test_a_full_first_page_runs_the_results_and_one_count(site_tree):
    _events(site_tree, RESULTS_PER_PAGE + 1)

    results, full_text, _queries = _search({"q": "gnoe"})

    assert results.count == RESULTS_PER_PAGE + 1
    assert len(results.page.object_list) == RESULTS_PER_PAGE
    assert results.page.paginator.num_pages == 2
    assert full_text == 2


def test_page_two_runs_the_count_and_its_slice(site_tree):
    _events(site_tree, RESULTS_PER_PAGE + 3)

    results, full_text, _queries = _search({"q": "gnoe", "page": "2"})

    assert [page.title for page in results.page].__len__() == 3
    assert full_text == 2


def test_a_search_costs_the_same_queries_at_11_and_60_matches(site_tree):
    _events(site_tree, RESULTS_PER_PAGE + 1)
    _results, _full_text, small = _search({"q": "gnoe"})
    _events(site_tree, 49, title="Gnoe extra")

    results, full_text, large = _search({"q": "gnoe"})

    assert results.count == 60
    assert (full_text, large) == (2, small)
    # The selector's whole cost: the glossary (cached), the view restrictions once, the
    # results and their count, the pages as their types, their themes, networks and snippets.
    assert large <= 11


def test_a_lens_search_counts_both_parts_in_one_statement(site_tree):
    _events(site_tree, 4, audience="small")
    _events(site_tree, 9, title="Gnoe groot", audience="large")

    results, full_text, _queries = _search({"q": "gnoe"}, lens="ko")

    titles = [page.title for page in results.page]
    assert results.count == 13
    assert all("groot" not in title for title in titles[:4])
    assert all("groot" in title for title in titles[4:])
    # The favoured part (short: it ends on this page), the rest, one count of the whole.
    assert full_text == 3


def test_a_lens_search_whose_first_page_is_all_favoured_reads_one_part(site_tree):
    _events(site_tree, RESULTS_PER_PAGE + 2, audience="small")
    _events(site_tree, 3, title="Gnoe groot", audience="large")

    results, full_text, _queries = _search({"q": "gnoe"}, lens="ko")

    assert results.count == RESULTS_PER_PAGE + 5
    assert all("groot" not in page.title for page in results.page)
    assert full_text == 2


def test_a_lens_search_on_a_later_page_still_finds_the_rest(site_tree):
    _events(site_tree, RESULTS_PER_PAGE + 2, audience="small")
    _events(site_tree, 3, title="Gnoe groot", audience="large")

    results, _full_text, _queries = _search({"q": "gnoe", "page": "2"}, lens="ko")

    titles = [page.title for page in results.page]
    assert len(titles) == 5
    assert sum("groot" in title for title in titles) == 3
    assert all("groot" in title for title in titles[2:])


def test_a_theme_search_runs_its_results_and_the_count_elsewhere(site_tree):
    _events(site_tree, 3)
    for number in range(4):
        factories.ContentPageFactory(parent=site_tree.diversity, title=f"Gnoe divers {number}")

    results, full_text, _queries = _search({"q": "gnoe", "theme": site_tree.mobility.slug})

    assert (results.count, results.elsewhere_count) == (3, 4)
    assert full_text == 2


def _request_queries(client, params: dict) -> list[str]:
    # Caches filled: the first request also makes the footer's settings row, whose save
    # renews the page cache's generation (pagecache.signals), and with it the filter choices.
    client.get(search_url(), params)
    client.get(search_url(), params)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(search_url(), params)
    assert response.status_code == 200
    return [query["sql"] for query in queries]


def _filter_choices(client) -> list[str]:
    response = client.get(search_url(), {"q": "gnoe"})
    return [label for _value, label in response.context["form"].fields["theme"].choices]


def test_the_filter_choices_cost_no_query_until_a_page_changes(client, site_tree):
    queries = _request_queries(client, {"q": "gnoe"})
    assert not any("themes_themepage" in sql or "networks_networkpage" in sql for sql in queries)

    # A publish (a new theme), a rename, an unpublish: each shows in the next request.
    energy = factories.ThemePageFactory(parent=site_tree.theme_index, title="Energie")
    assert "Energie" in _filter_choices(client)
    energy.title = "Energie en klimaat"
    energy.save_revision().publish()
    assert "Energie en klimaat" in _filter_choices(client)
    energy.unpublish()
    assert not {"Energie", "Energie en klimaat"} & set(_filter_choices(client))


def test_a_search_request_costs_the_same_queries_at_11_and_60_matches(client, site_tree):
    _events(site_tree, RESULTS_PER_PAGE + 1)
    small = _request_queries(client, {"q": "gnoe"})
    _events(site_tree, 49, title="Gnoe extra")

    large = _request_queries(client, {"q": "gnoe"})

    assert len(large) == len(small)
    # The page around the results (header, menu, footer), the search log, the promotions
    # and the documents included.
    assert len(large) <= 26, "\n".join(large)


def test_a_theme_or_network_filter_reads_no_place_once_kept(client, site_tree):
    _events(site_tree, 3)
    in_theme = _request_queries(client, {"q": "gnoe", "theme": site_tree.mobility.slug})
    in_network = _request_queries(client, {"q": "gnoe", "network": site_tree.tracer.slug})

    # The theme's and the network's places (their subtrees in every language) are kept
    # until the next purge.
    places = 'SELECT "wagtailcore_page"."path" AS "path", "wagtailcore_page"."depth" AS "depth"'
    assert not [sql for sql in in_theme + in_network if sql.startswith(places)]


def test_a_search_reads_the_kept_parts_in_a_few_cache_round_trips(client, site_tree):
    """The fragments' version once and what the last search read, in one cache read
    (core.fragments): with Redis a round trip each, where a search made 24."""
    from tests.core.test_shared_fragments import _cache_round_trips

    params = {"q": "werkend", "theme": site_tree.mobility.slug}
    _cache_round_trips(client, search_url(), params)
    trips = _cache_round_trips(client, search_url(), params)

    assert len(trips) <= 6, trips
