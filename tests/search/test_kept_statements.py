"""On PostgreSQL a search's statements are built and compiled once per shape and kept
(search/statements.py): a search of the same shape with other words compiles none, finds
what a new statement finds, and anything its SQL depends on (a section closed, a theme moved,
another language, other filters, the database) is a new statement."""

from types import SimpleNamespace

import pytest
from django.db import connection
from django.db.models.expressions import RawSQL
from django.db.models.sql.compiler import SQLCompiler
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page, PageViewRestriction

import search.statements
from search.backend import BoundedRankSearchResults
from search.selectors import count_at_most, searchable_pages
from search.statements import (
    Slot,
    Unkeyable,
    _bound,
    kept_statements,
    query_key,
    queryset_key,
)
from tests import factories
from tests.search.test_core import kept_searches_forgotten, search_url, titles

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="search/backend.py: PostgreSQL"),
]


@pytest.fixture(autouse=True)
def _none_kept():
    kept_statements.clear()
    yield
    kept_statements.clear()


@pytest.fixture
def builds(monkeypatch) -> list:
    """The statements built from here on (their SQL)."""
    built = []
    build = search.statements.statement_built

    def counted(*args, **kwargs):
        statement = build(*args, **kwargs)
        built.append(statement.sql)
        return statement

    monkeypatch.setattr(search.statements, "statement_built", counted)
    monkeypatch.setattr("search.backend.statement_built", counted)
    return built


@pytest.fixture
def compiles(monkeypatch) -> list:
    """The SQL statements Django compiles from here on."""
    compiled = []
    as_sql = SQLCompiler.as_sql

    def counted(self, *args, **kwargs):
        compiled.append(self.query.model)
        return as_sql(self, *args, **kwargs)

    monkeypatch.setattr(SQLCompiler, "as_sql", counted)
    return compiled


def _pages(site_tree, words: list[str], count: int = 12) -> None:
    for word in words:
        for number in range(count):
            factories.ContentPageFactory(parent=site_tree.tracer, title=f"{word} {number}")


def _search(query, locale) -> tuple[list, int]:
    found = searchable_pages(locale=locale).search(query)
    return list(found[:11]), count_at_most(found)


def test_a_search_with_other_words_of_the_same_shape_compiles_no_statement(site_tree, compiles):
    _pages(site_tree, ["okapi", "gnoe"])
    locale = Locale.objects.get(language_code="nl")
    okapi_rows, okapi_count = _search("okapi", locale)
    assert compiles

    compiles.clear()
    gnoe_rows, gnoe_count = _search("gnoe", locale)

    assert compiles == []
    assert [page.title for page in gnoe_rows] == [f"gnoe {n}" for n in range(11, 0, -1)]
    assert (okapi_count, gnoe_count) == (12, 12)


def test_a_kept_statement_finds_what_a_new_one_finds(client, site_tree, builds):
    _pages(site_tree, ["okapi", "gnoe"], count=3)
    factories.ContentPageFactory(parent=site_tree.home, title="Over de gnoe", intro="Gnoe.")
    first = client.get(search_url(), {"q": "okapi"})
    assert first.context["search_results"]
    built = len(builds)

    kept = client.get(search_url(), {"q": "gnoe"})
    assert len(builds) == built
    kept_statements.clear()
    new = client.get(search_url(), {"q": "gnoe"})

    assert len(builds) > built
    assert len(kept.context["search_results"]) == 4
    assert kept.content == new.content


@pytest.mark.parametrize("query", ["duurzaam", "MVO", "duurzaam beleid", "beleid -mvo"])
def test_no_word_is_kept_in_a_statement(client, site_tree, builds, query):
    client.get(search_url(), {"q": query})

    assert builds
    for statement in kept_statements.statements.values():
        text = f"{statement.sql} {statement.params}".lower()
        assert "duurzaam" not in text
        assert "beleid" not in text
        assert "mvo" not in text
        assert statement.sql.replace("%%", "").count("%s") == len(statement.params)


def test_a_closed_section_is_a_new_statement_each_way(client, site_tree, builds):
    page = factories.ContentPageFactory(parent=site_tree.tracer, title="Okapiverslag")
    factories.ContentPageFactory(parent=site_tree.home, title="Gnoeverslag")
    assert titles(client, {"q": "okapiverslag"}) == ["Okapiverslag"]

    restriction = PageViewRestriction.objects.create(page=page, restriction_type="login")
    built = len(builds)
    assert titles(client, {"q": "okapiverslag"}) == []
    assert len(builds) > built
    assert titles(client, {"q": "gnoeverslag"}) == ["Gnoeverslag"]

    restriction.delete()  # the first statements again (their key is the first search's)
    assert titles(client, {"q": "okapiverslag"}) == ["Okapiverslag"]


def test_a_moved_theme_is_a_new_statement(client, site_tree, builds):
    theme = factories.ThemePageFactory(parent=site_tree.theme_index, title="Okapithema")
    factories.ContentPageFactory(parent=theme, title="Okapigids")
    factories.ContentPageFactory(parent=site_tree.mobility, title="Gnoegids")
    params = {"q": "okapigids", "theme": theme.slug}
    assert titles(client, params) == ["Okapigids"]

    Page.objects.get(pk=theme.pk).move(site_tree.mobility, pos="left")
    built = len(builds)

    assert titles(client, params) == ["Okapigids"]
    assert len(builds) > built
    assert titles(client, {"q": "gnoegids", "theme": theme.slug}) == []


@pytest.mark.parametrize(
    ("language", "params"),
    [
        ("en", {}),
        ("nl", {"theme": "mobiliteit"}),
        ("nl", {"network": "tracer"}),  # the slug of site_tree.tracer: see below
        ("nl", {"kind": "events"}),
        ("nl", {"audience": "small"}),
        ("nl", {"order": "date"}),
        ("nl", {"page": "2"}),
    ],
)
def test_another_language_or_filter_is_a_new_statement(client, site_tree, builds, language, params):
    _pages(site_tree, ["okapi"])
    client.get(search_url(), {"q": "okapi"})
    built = len(builds)
    client.get(search_url(), {"q": "okapi"})
    assert len(builds) == built

    if "network" in params:
        params = {"network": site_tree.tracer.slug}
    client.get(search_url(language), {"q": "okapi", **params})

    assert len(builds) > built


def test_each_database_has_its_own_statements(site_tree):
    locale = Locale.objects.get(language_code="nl")
    found = searchable_pages(locale=locale).search("okapi")
    elsewhere = searchable_pages(locale=locale).using("elsewhere").search("okapi")
    assert isinstance(found, BoundedRankSearchResults)

    assert found._statement_key("rows") != elsewhere._statement_key("rows")
    assert found._statement_key("rows") == searchable_pages(locale=locale).search(
        "gnoe"
    )._statement_key("rows")


def test_a_filter_it_cannot_read_exactly_is_built_by_the_orm(site_tree, builds):
    factories.ContentPageFactory(parent=site_tree.home, title="Okapi")
    factories.ContentPageFactory(parent=site_tree.home, title="Okapi twee")
    locale = Locale.objects.get(language_code="nl")
    others = RawSQL("SELECT id FROM wagtailcore_page WHERE title <> %s", ["Okapi"])
    pages = searchable_pages(locale=locale).filter(pk__in=others)
    with pytest.raises(Unkeyable):
        query_key(pages.query)

    assert [page.title for page in pages.search("okapi")[:10]] == ["Okapi twee"]
    assert builds == []


def test_the_key_holds_each_filter_value(site_tree):
    locale = Locale.objects.get(language_code="nl")
    pages = searchable_pages(locale=locale)

    assert queryset_key(pages.filter(depth=3)) != queryset_key(pages.filter(depth=4))
    assert queryset_key(pages.filter(depth=3)) == queryset_key(pages.filter(depth=3))
    assert queryset_key(pages.exclude(depth=3)) != queryset_key(pages.filter(depth=3))
    events = Page.objects.filter(title="a").values("pk")
    assert queryset_key(pages.filter(pk__in=events)) != queryset_key(
        pages.filter(pk__in=Page.objects.filter(title="b").values("pk"))
    )


@pytest.mark.parametrize(
    ("language", "params"),
    [
        ("nl", {}),
        ("en", {}),
        ("nl", {"theme": "mobiliteit"}),
        ("nl", {"order": "date"}),
        ("nl", {"page": "2"}),
        ("nl", {"audience": "small", "kind": "events"}),
    ],
)
def test_a_kept_statement_sends_what_the_orm_sends(
    client, site_tree, monkeypatch, language, params
):
    """The SQL PostgreSQL receives, words and constants bound, is the ORM's to the byte."""
    _pages(site_tree, ["okapi", "gnoe"])
    client.get(search_url(language), {"q": "okapi", **params})
    kept_searches_forgotten()  # headlines of an earlier test's search (the same texts)
    with CaptureQueriesContext(connection) as kept:
        kept_html = client.get(search_url(language), {"q": "gnoe", **params}).content

    monkeypatch.setattr(BoundedRankSearchResults, "_kept_run", lambda *args: None)
    kept_searches_forgotten()  # the headlines too
    with CaptureQueriesContext(connection) as built:
        built_html = client.get(search_url(language), {"q": "gnoe", **params}).content

    # The statements with words (a result's display is kept after the first request:
    # search_results_attach, so the second runs fewer statements of other kinds).
    def worded(captured):
        return [query["sql"] for query in captured if "tsquery(" in query["sql"]]

    assert worded(kept)
    assert worded(kept) == worded(built)
    assert kept_html == built_html


def test_the_constants_are_bound_once_the_words_at_each_search():
    slot = Slot(1, 0, ("as_is", False))
    kept = _bound(connection, "SELECT %s, %s, '%%'", ["it's", "word"], (slot,))

    assert kept.sql == "SELECT 'it''s', %s, '%%'"
    assert kept.params == (None,)
    assert kept.slots == (Slot(0, 0, ("as_is", False)),)


def test_a_server_side_binding_connection_binds_every_parameter():
    server_side = SimpleNamespace(settings_dict={"OPTIONS": {"server_side_binding": True}})
    slot = Slot(1, 0, ("as_is", False))

    kept = _bound(server_side, "SELECT %s, %s", ["it's", "word"], (slot,))

    assert (kept.sql, kept.params, kept.slots) == ("SELECT %s, %s", ("it's", None), (slot,))
