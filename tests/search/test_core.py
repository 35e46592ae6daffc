"""The search core: form, filters, languages, snippets and the cost of a search."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from events.models import Audience
from tests import factories


def search_url(language: str = "nl") -> str:
    with translation.override(language):
        return reverse("search")


def kept_searches_forgotten() -> None:
    """Forgets the rows and headlines of the searches run so far (search/statements.py's
    `kept_results`, search/highlight.py's `headline_marks`): the next search runs its
    statements, as one that nobody asked before."""
    from search.highlight import headline_marks
    from search.statements import kept_results

    kept_results.clear()
    headline_marks.cache_clear()


def titles(client, params: dict, language: str = "nl") -> list[str]:
    response = client.get(search_url(language), params)
    assert response.status_code == 200
    results = response.context["search_results"]
    return [page.title for page in results] if results else []


def test_a_title_match_ranks_above_a_body_match(client, site_tree):
    factories.ContentPageFactory(parent=site_tree.home, title="Over iets", intro="Zeepaardje.")
    factories.ContentPageFactory(parent=site_tree.home, title="Zeepaardje", intro="Iets.")

    assert titles(client, {"q": "zeepaardje"}) == ["Zeepaardje", "Over iets"]


def test_an_unknown_filter_value_is_an_error_on_the_page_not_a_500(client, site_tree):
    params = {"q": "mobiliteit", "theme": "nope", "kind": "<b>x</b>", "order": "x", "page": "-1"}
    response = client.get(search_url(), params)

    assert response.status_code == 200
    assert response.context["form"].errors.keys() >= {"theme", "kind", "order"}
    assert 'class="alert alert--error"' in response.content.decode()
    assert "<b>x</b>" not in response.content.decode()


def test_the_theme_filter_keeps_tagged_pages_and_pages_below_the_theme(client, site_tree):
    below = factories.ContentPageFactory(parent=site_tree.mobility, title="Fietsleasing okapi")
    factories.ContentPageFactory(parent=site_tree.diversity, title="Taalbeleid okapi")
    event = factories.EventPageFactory(
        parent=site_tree.agenda, title="Okapi roadshow", themes=[site_tree.mobility]
    )

    found = titles(client, {"q": "okapi", "theme": site_tree.mobility.slug})

    assert sorted(found) == sorted([below.title, event.title])
    assert len(titles(client, {"q": "okapi"})) == 3


def test_the_network_filter_keeps_pages_below_the_network(client, site_tree):
    inside = factories.ContentPageFactory(parent=site_tree.tracer, title="Kwalboek tracer")
    factories.ContentPageFactory(parent=site_tree.diamond, title="Kwalboek diamond")

    assert titles(client, {"q": "kwalboek", "network": site_tree.tracer.slug}) == [inside.title]


def test_the_type_filter_keeps_one_kind(client, site_tree):
    factories.ContentPageFactory(parent=site_tree.home, title="Gnoewerk pagina")
    event = factories.EventPageFactory(parent=site_tree.agenda, title="Gnoewerk dag")
    news = factories.NewsPageFactory(parent=site_tree.news_index, title="Gnoewerk nieuws")

    assert titles(client, {"q": "gnoewerk", "kind": "events"}) == [event.title]
    assert titles(client, {"q": "gnoewerk", "kind": "news"}) == [news.title]
    assert len(titles(client, {"q": "gnoewerk"})) == 3


def test_the_audience_filter_drops_events_for_the_other_audience_only(client, site_tree):
    factories.EventPageFactory(parent=site_tree.agenda, title="Lamawol klein", audience="small")
    factories.EventPageFactory(parent=site_tree.agenda, title="Lamawol groot", audience="large")
    factories.EventPageFactory(
        parent=site_tree.agenda, title="Lamawol iedereen", audience=Audience.EVERYONE
    )
    factories.ContentPageFactory(parent=site_tree.home, title="Lamawol pagina")

    found = titles(client, {"q": "lamawol", "audience": "small"})

    assert sorted(found) == ["Lamawol iedereen", "Lamawol klein", "Lamawol pagina"]


def test_an_english_reader_finds_english_pages_and_untranslated_dutch_ones(client, site_tree):
    english = Locale.objects.get_or_create(language_code="en")[0]
    source = factories.ContentPageFactory(parent=site_tree.home, title="Wombat bron")
    translated = source.copy_for_translation(english, copy_parents=True)
    translated.title = "Wombat translated"
    translated.save_revision().publish()
    factories.ContentPageFactory(parent=site_tree.home, title="Wombat alleen Nederlands")

    response = client.get(search_url("en"), {"q": "wombat"})

    found = [page.title for page in response.context["search_results"]]
    assert sorted(found) == ["Wombat alleen Nederlands", "Wombat translated"]
    assert "(in Dutch)" in response.content.decode()


def test_the_snippet_marks_the_words_and_escapes_html(client, site_tree):
    factories.ContentPageFactory(
        parent=site_tree.home,
        title="Tapir",
        intro="Over <script>x</script> de tapirbrug & 3 < 5 meer.",
    )

    response = client.get(search_url(), {"q": "tapirbrug"})
    html = response.content.decode()

    assert "<mark>tapirbrug</mark>" in html
    assert "<mark>tapirbrug</mark> &amp; 3 &lt; 5" in html
    assert "<script>x" not in html


def test_html_in_the_query_is_escaped_in_the_snippet():
    from core.search_text import highlight

    snippet = highlight("a <b>bold</b> & bold move", "<b> bold &amp")

    assert "<b>" not in snippet
    assert snippet.count("<mark>bold</mark>") == 2
    assert "&lt;/b&gt; &amp; " in snippet


def test_the_pager_keeps_the_query_and_the_filters(client, site_tree):
    for number in range(12):
        factories.ContentPageFactory(parent=site_tree.mobility, title=f"Bizon {number}")

    html = client.get(search_url(), {"q": "bizon", "theme": site_tree.mobility.slug}).content
    assert f"theme={site_tree.mobility.slug}" in html.decode()
    assert "q=bizon" in html.decode()


def _search_queries(client, params: dict) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(search_url(), params).status_code == 200
    return len(queries)


def test_a_search_costs_the_same_at_11_and_100_matches(client, site_tree):
    # Events: each result has themes, a network and a date to attach. (The cost grows with
    # the number of page types on one result page, at most the handful we have.) Eleven: a
    # page that holds every result costs one count less (tests/search/test_cost.py).
    def add(first: int, count: int) -> None:
        for number in range(first, first + count):
            factories.EventPageFactory(
                parent=site_tree.tracer, title=f"Marmot dag {number}", themes=[site_tree.mobility]
            )

    add(0, 11)
    _search_queries(client, {"q": "marmot"})  # caches filled (site, locales)
    small = _search_queries(client, {"q": "marmot"})
    add(11, 89)
    _search_queries(client, {"q": "marmot"})  # new pages empty the kept parts (filter choices)
    large = _search_queries(client, {"q": "marmot"})

    assert small == large


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's Dutch stemming")
def test_postgresql_searches_with_dutch_stemming(client, site_tree):
    factories.ContentPageFactory(parent=site_tree.home, title="Over", intro="Voor elke werknemer.")

    assert titles(client, {"q": "werknemers"}) == ["Over"]


def test_the_language_condition_is_part_of_the_search_statement(client, site_tree):
    english = Locale.objects.get_or_create(language_code="en")[0]
    source = factories.ContentPageFactory(parent=site_tree.home, title="Koala bron")
    source.copy_for_translation(english, copy_parents=True).save_revision().publish()

    with CaptureQueriesContext(connection) as queries:
        client.get(search_url("en"), {"q": "koala"})

    searches = [q["sql"] for q in queries if "translation_key" in q["sql"] and "koala" in q["sql"]]
    assert searches, "the full-text statement carries the translation condition"


def test_a_theme_search_offers_the_results_in_other_themes(client, site_tree):
    factories.ContentPageFactory(parent=site_tree.mobility, title="Eland mobiel")
    for number in range(3):
        factories.ContentPageFactory(parent=site_tree.diversity, title=f"Eland divers {number}")

    response = client.get(search_url(), {"q": "eland", "theme": site_tree.mobility.slug})
    html = response.content.decode()

    assert [page.title for page in response.context["search_results"]] == ["Eland mobiel"]
    assert response.context["elsewhere_count"] == 3
    assert 'href="?q=eland"' in html
    assert "3 resultaten meer in andere thema" in html
    assert titles(client, {"q": "eland"}).__len__() == 4


def test_a_theme_search_without_results_in_the_theme_still_offers_the_others(client, site_tree):
    for number in range(2):
        factories.ContentPageFactory(parent=site_tree.diversity, title=f"Eland divers {number}")

    response = client.get(search_url(), {"q": "eland", "theme": site_tree.mobility.slug})
    html = response.content.decode()

    assert "Geen resultaten voor" in html
    assert html.count('class="search-broaden"') == 1
    assert "2 resultaten meer in andere thema's dan Mobiliteit" in html.replace("&#x27;", "'")


def test_the_theme_page_has_a_search_box_for_its_theme(client, site_tree):
    html = client.get(site_tree.mobility.url).content.decode()

    assert f'name="theme" value="{site_tree.mobility.slug}"' in html


BAD_QUERIES = [
    "",
    "x" * 1000,
    " ".join(f"woord{number}" for number in range(2500)),
    "'; DROP TABLE wagtailcore_page; --",
    "1' OR '1'='1",
    '<img src=x onerror="alert(1)">',
    "\"mobiliteit\" 'fiets'",
    "mobi\x00liteit",
    "\u202emobiliteit\u0301\ufeff𝔪𝔬𝔟𝔦",
]


@pytest.mark.parametrize("query", BAD_QUERIES)
def test_a_bad_query_with_filters_is_a_normal_page(client, site_tree, query):
    params = {"q": query, "theme": site_tree.mobility.slug, "kind": "events", "order": "date"}
    response = client.get(search_url(), params)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<img src=x" not in html
    assert 'onerror="alert' not in html


@pytest.mark.django_db
def test_the_search_runs_on_the_databases_full_text_engine():
    """SQLite's FTS5 (never the fallback that matches with LIKE), PostgreSQL's full-text search:
    the backend is chosen once per process, so nothing may ask for it before the tables exist."""
    from wagtail.search.backends import get_search_backend

    # On PostgreSQL our subclass (search/backend.py): the same engine, a cheaper statement.
    if connection.vendor == "sqlite":
        from wagtail.search.backends.database.sqlite.sqlite import SQLiteSearchBackend as expected
    else:
        from wagtail.search.backends.database.postgres.postgres import (
            PostgresSearchBackend as expected,
        )
    assert isinstance(get_search_backend(), expected)
