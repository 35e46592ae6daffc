"""A search counts its results up to `COUNT_CAP` (a count that stops at COUNT_CAP + 1): beyond
it the page says "more than N results", in both languages, and the pager reaches the first N;
the same for "N more results in other themes". The first pages count only to
`NEAR_COUNT_CAP` (`count_cap`), a page beyond their reach to COUNT_CAP. Both databases; the
caps made small here."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search import selectors
from tests import factories
from tests.search.test_core import search_url

CAP = 12


@pytest.fixture
def small_cap(monkeypatch):
    """One cap for every page: the near count as far as the whole one."""
    monkeypatch.setattr(selectors, "COUNT_CAP", CAP)
    monkeypatch.setattr(selectors, "NEAR_COUNT_CAP", CAP)


def _events(site_tree, count: int, *, title: str = "Gnoe") -> None:
    for number in range(count):
        factories.EventPageFactory(
            parent=site_tree.agenda, title=f"{title} {number}", themes=[site_tree.mobility]
        )


def _pages(site_tree, count: int) -> None:
    for number in range(count):
        factories.ContentPageFactory(parent=site_tree.diversity, title=f"Gnoe divers {number}")


@pytest.mark.parametrize(
    ("language", "said"),
    [("nl", "Meer dan 12 resultaten voor “gnoe”"), ("en", "More than 12 results for “gnoe”")],
)
def test_more_results_than_the_cap_are_said_as_more_than_the_cap(
    client, site_tree, small_cap, language, said
):
    _events(site_tree, CAP + 3)

    response = client.get(search_url(language), {"q": "gnoe"})
    html = response.content.decode()

    assert said in html
    assert "15" not in html.split('class="search-count"')[1].split("</p>")[0]
    assert response.context["search_results"].paginator.num_pages == 2


def test_the_pager_reaches_the_first_results_up_to_the_cap(client, site_tree, small_cap):
    _events(site_tree, CAP + 3)

    response = client.get(search_url(), {"q": "gnoe", "page": "2"})

    page = response.context["search_results"]
    assert len(page.object_list) == CAP - selectors.RESULTS_PER_PAGE
    assert not page.has_next()


def test_as_many_results_as_the_cap_are_counted_exactly(client, site_tree, small_cap):
    _events(site_tree, CAP)

    html = client.get(search_url(), {"q": "gnoe"}).content.decode()

    assert "12 resultaten voor “gnoe”" in html
    assert "Meer dan" not in html


def test_the_count_statement_stops_after_the_cap(site_tree, small_cap):
    _events(site_tree, CAP + 3)
    from wagtail.models import Page

    found = Page.objects.live().search("gnoe")
    with CaptureQueriesContext(connection) as queries:
        counted = selectors.count_at_most(found)

    assert counted == CAP + 1
    assert found.count() == CAP + 3
    (count_sql,) = [query["sql"] for query in queries]
    assert f"LIMIT {CAP + 1}" in count_sql


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("nl", "Meer dan 12 resultaten in andere thema's dan Mobiliteit"),
        ("en", "More than 12 results in other themes than"),
    ],
)
def test_more_results_in_other_themes_than_the_cap_are_said_as_more(
    client, site_tree, small_cap, language, said
):
    _events(site_tree, 2)
    _pages(site_tree, CAP + 2)

    response = client.get(search_url(language), {"q": "gnoe", "theme": site_tree.mobility.slug})
    html = response.content.decode().replace("&#x27;", "'")

    assert said in html
    assert response.context["search_results"].paginator.count == 2


def test_results_in_other_themes_below_the_cap_are_counted_exactly(client, site_tree, small_cap):
    _events(site_tree, 2)
    _pages(site_tree, CAP - 1)

    response = client.get(search_url(), {"q": "gnoe", "theme": site_tree.mobility.slug})
    html = response.content.decode().replace("&#x27;", "'")

    assert response.context["elsewhere_count"] == CAP - 1
    assert "11 resultaten meer in andere thema's dan Mobiliteit" in html


def test_a_lens_search_past_the_cap_still_counts_to_the_cap(client, site_tree, small_cap):
    from core.lens import LENS_COOKIE

    _events(site_tree, CAP + 3)
    client.cookies[LENS_COOKIE] = "ko"

    response = client.get(search_url(), {"q": "gnoe", "page": "2"})

    page = response.context["search_results"]
    assert page.paginator.capped
    assert len(page.object_list) == CAP - selectors.RESULTS_PER_PAGE


# Pages of 2 results: the near count (4) is page 1's alone (2 <= 4 * 3 // 4); page 2 on count
# to 8.
NEAR, FAR = 4, 8


@pytest.fixture
def two_caps(monkeypatch):
    monkeypatch.setattr(selectors, "RESULTS_PER_PAGE", 2)
    monkeypatch.setattr(selectors, "NEAR_COUNT_CAP", NEAR)
    monkeypatch.setattr(selectors, "COUNT_CAP", FAR)


def test_which_pages_count_only_to_the_near_cap():
    assert selectors.NEAR_COUNT_CAP == 200 and selectors.RESULTS_PER_PAGE == 10
    assert [selectors.count_cap(number) for number in (None, 1, 15)] == [200, 200, 200]
    assert [selectors.count_cap(number) for number in (16, 20, 10**6)] == [1000, 1000, 1000]


def test_a_first_page_counts_to_the_near_cap_and_its_pager_reaches_that_far(
    client, site_tree, two_caps
):
    _events(site_tree, FAR + 2)

    with CaptureQueriesContext(connection) as queries:
        response = client.get(search_url(), {"q": "gnoe"})

    page = response.context["search_results"]
    assert "Meer dan 4 resultaten voor “gnoe”" in response.content.decode()
    assert page.paginator.num_pages == NEAR // 2
    (count_sql,) = [query["sql"] for query in queries if "COUNT(" in query["sql"]]
    assert f"LIMIT {NEAR + 1}" in count_sql


def test_a_page_past_the_near_reach_counts_on_to_the_cap(client, site_tree, two_caps):
    _events(site_tree, FAR + 2)

    response = client.get(search_url("en"), {"q": "gnoe", "page": "2"})

    page = response.context["search_results"]
    assert "More than 8 results for “gnoe”" in response.content.decode()
    assert page.paginator.num_pages == FAR // 2
    assert page.has_next()
    last = client.get(search_url(), {"q": "gnoe", "page": str(FAR // 2)})
    assert len(last.context["search_results"].object_list) == 2
    assert not last.context["search_results"].has_next()


def test_results_below_the_near_cap_are_counted_exactly_on_a_first_page(
    client, site_tree, two_caps
):
    _events(site_tree, NEAR)

    response = client.get(search_url(), {"q": "gnoe"})

    assert "4 resultaten voor “gnoe”" in response.content.decode()
    assert "Meer dan" not in response.content.decode()
    assert response.context["search_results"].paginator.num_pages == 2
