"""A search counts its results up to `COUNT_CAP` (a count that stops at COUNT_CAP + 1): beyond
it the page says "more than N results", in both languages, and the pager reaches the first N;
the same for "N more results in other themes". Both databases; the cap made small here."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search import selectors
from tests import factories
from tests.search.test_core import search_url

CAP = 12


@pytest.fixture
def small_cap(monkeypatch):
    monkeypatch.setattr(selectors, "COUNT_CAP", CAP)


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
