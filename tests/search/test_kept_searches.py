"""A search asked again runs no full-text statement and no headline until the search index or
the site changes (search/statements.py's `kept_results`, search/backend.py's
`results_generation`, search/highlight.py's `headline_marks`): a page published, changed,
unpublished or closed shows in the next search at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction
from wagtail.search.backends import get_search_backend

from search.backend import results_generation
from search.statements import kept_results
from tests import factories
from tests.search.test_core import kept_searches_forgotten, search_url, titles

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="search/backend.py: PostgreSQL"),
]


@pytest.fixture(autouse=True)
def _none_kept():
    kept_searches_forgotten()
    yield
    kept_searches_forgotten()


def _pages(site_tree, word: str, count: int) -> list:
    return [
        factories.ContentPageFactory(parent=site_tree.tracer, title=f"{word} {number}")
        for number in range(count)
    ]


def _searched(client, params: dict, language: str = "nl"):
    """The response and the statements of a search request."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(search_url(language), params)
    assert response.status_code == 200
    return response, [query["sql"] for query in captured]


def _full_text(statements: list[str]) -> list[str]:
    return [sql for sql in statements if "tsquery(" in sql or "ts_headline(" in sql]


def test_a_search_asked_again_runs_no_full_text_statement(client, site_tree):
    _pages(site_tree, "okapi", 12)  # a full first page: its results and a count
    first, first_statements = _searched(client, {"q": "okapi"})
    assert len(_full_text(first_statements)) >= 3  # results, count, headlines

    again, statements = _searched(client, {"q": "okapi"})

    assert _full_text(statements) == []
    assert again.content == first.content
    assert again.context["search_results"].paginator.count == 12


def test_the_next_page_reads_its_slice_but_not_the_count_again(client, site_tree):
    _pages(site_tree, "okapi", 13)
    _searched(client, {"q": "okapi"})

    page_two, statements = _searched(client, {"q": "okapi", "page": "2"})

    assert [sql for sql in _full_text(statements) if "COUNT(" in sql] == []
    assert len(page_two.context["search_results"].object_list) == 3
    assert page_two.context["search_results"].paginator.count == 13


def test_other_words_or_filters_run_their_own_statements(client, site_tree):
    _pages(site_tree, "okapi", 2)
    _pages(site_tree, "gnoe", 2)
    _searched(client, {"q": "okapi"})

    _gnoe, gnoe_statements = _searched(client, {"q": "gnoe"})
    _dated, dated_statements = _searched(client, {"q": "okapi", "order": "date"})

    assert _full_text(gnoe_statements)
    assert _full_text(dated_statements)
    assert titles(client, {"q": "gnoe"}) == ["gnoe 1", "gnoe 0"]


def test_a_page_added_shows_in_the_next_search(client, site_tree):
    _pages(site_tree, "okapi", 2)
    assert len(titles(client, {"q": "okapi"})) == 2

    factories.ContentPageFactory(parent=site_tree.tracer, title="okapi nieuw")

    assert "okapi nieuw" in titles(client, {"q": "okapi"})


def _searched_once(client, site_tree) -> list:
    """Three pages with the word and a public control page, searched once (its rows kept)."""
    pages = _pages(site_tree, "okapi", 3)
    factories.ContentPageFactory(parent=site_tree.home, title="okapi open")
    assert len(titles(client, {"q": "okapi"})) == 4
    return pages


def test_a_page_changed_shows_so_in_the_next_search(client, site_tree):
    changed, *_others = _searched_once(client, site_tree)

    changed.title = "zebra"
    changed.save_revision().publish()

    assert "zebra" not in titles(client, {"q": "okapi"})
    assert len(titles(client, {"q": "okapi"})) == 3
    assert titles(client, {"q": "zebra"}) == ["zebra"]


def test_a_page_unpublished_is_gone_from_the_next_search(client, site_tree):
    unpublished, *_others = _searched_once(client, site_tree)

    unpublished.unpublish()

    assert unpublished.title not in titles(client, {"q": "okapi"})
    assert len(titles(client, {"q": "okapi"})) == 3


def test_a_page_closed_is_gone_from_the_next_search(client, site_tree):
    """Also without a new generation: the restricted paths are part of the statement's key
    (the kept rows of another set of closed sections are never read)."""
    closed, *_others = _searched_once(client, site_tree)

    PageViewRestriction.objects.create(page=closed, restriction_type=PageViewRestriction.LOGIN)

    assert closed.title not in titles(client, {"q": "okapi"})
    assert len(titles(client, {"q": "okapi"})) == 3


def test_a_change_of_the_index_starts_a_new_generation_now_and_after_the_commit(
    site_tree, django_capture_on_commit_callbacks
):
    """Whatever writes the index (`update_index`, a task, a signal), with no purge of the
    site: the kept rows are no longer read."""
    (page,) = _pages(site_tree, "okapi", 1)
    before = results_generation()
    assert results_generation() == before  # kept

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        get_search_backend().add(page)
        during = results_generation()
    assert during != before
    assert callbacks

    for callback in callbacks:
        callback()
    assert results_generation() not in (before, during)
    get_search_backend().delete(page)
    assert results_generation() != during


def test_the_kept_rows_are_no_more_than_the_limit(client, site_tree, monkeypatch):
    monkeypatch.setattr(kept_results, "size", 3)
    _pages(site_tree, "okapi", 1)

    for word in ("okapi", "gnoe", "zebra", "lama", "ibis"):
        client.get(search_url(), {"q": word})

    assert len(kept_results.statements) == 3


def test_a_generation_lasts_no_longer_than_a_stored_page(site_tree, settings):
    """A worker that did not see a purge (a cache in local memory) keeps its rows no longer
    than it serves a stored page: with pages kept 0 seconds, no generation is kept at all."""
    settings.PAGE_CACHE_SECONDS = 0

    assert results_generation() != results_generation()
