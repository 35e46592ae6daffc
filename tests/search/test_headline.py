"""Snippets: PostgreSQL's `ts_headline` with the search's Dutch configuration (stemmed forms
marked, one query for a page of results), Python's `highlight` on SQLite; escaped on both."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.highlight import START_SENTINEL, STOP_SENTINEL, headlines
from tests import factories
from tests.search.test_core import search_url

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's ts_headline"
)


def snippet_html(client, query: str) -> str:
    response = client.get(search_url(), {"q": query})
    assert response.status_code == 200
    return response.content.decode()


@postgresql_only
def test_postgresql_marks_the_stemmed_form(client, site_tree):
    factories.ContentPageFactory(
        parent=site_tree.home, title="Kmo", intro="Wat ondernemingen in Vlaanderen doen."
    )

    html = snippet_html(client, "onderneming")

    assert "<mark>ondernemingen</mark>" in html


@postgresql_only
def test_postgresql_escapes_html_in_the_page_text(client, site_tree):
    factories.ContentPageFactory(
        parent=site_tree.home,
        title="Tapir",
        intro=f"Over &lt;b&gt; de tapirbrug & 3 < 5 {START_SENTINEL}meer{STOP_SENTINEL}.",
    )

    html = snippet_html(client, "tapirbrug")

    assert "Over &amp;lt;b&amp;gt; de <mark>tapirbrug</mark> &amp; 3 &lt; 5 meer." in html
    assert START_SENTINEL not in html and STOP_SENTINEL not in html


@postgresql_only
def test_postgresql_escapes_html_in_the_query(db):
    query = 'tapirbrug <img src=x onerror="alert(1)"> </mark><b> b'

    snippet = headlines(["Over &lt;b&gt; de tapirbrug, <i>b</i> & meer."], query)[0]

    # PostgreSQL drops what looks like a tag; everything else is escaped text.
    assert snippet == (
        "Over &amp;lt;<mark>b</mark>&amp;gt; de <mark>tapirbrug</mark>,"
        "  <mark>b</mark>  &amp; meer."
    )


@postgresql_only
def test_postgresql_headlines_cost_one_query_for_the_page(db):
    texts = [f"De {number} ondernemingen van de regio." for number in range(10)]

    with CaptureQueriesContext(connection) as queries:
        snippets = headlines(texts, "onderneming")

    assert len(queries) == 1
    assert all("<mark>ondernemingen</mark>" in snippet for snippet in snippets)


@postgresql_only
def test_postgresql_headlines_survive_odd_queries(db):
    texts = ["Een tekst over fietsen."]
    for query in ["'; DROP TABLE x; --", '"fiets', "or or", "!!! & |", "a\x00b"]:
        assert headlines(texts, query)[0].startswith("Een tekst")


@pytest.mark.skipif(connection.vendor == "postgresql", reason="SQLite keeps Python's marks")
def test_sqlite_marks_the_typed_word_with_python(client, site_tree):
    factories.ContentPageFactory(
        parent=site_tree.home, title="Kmo", intro="Wat <b>ondernemingen</b> in Vlaanderen doen."
    )

    html = snippet_html(client, "ondernemingen")

    assert "<mark>ondernemingen</mark>" in html
    assert "<b>ondernemingen" not in html


def test_a_long_text_is_cut_around_the_match(db):
    text = " ".join(["woord"] * 200) + " okapi " + " ".join(["woord"] * 200)

    snippet = headlines([text], "okapi")[0]

    assert "<mark>okapi</mark>" in snippet
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert len(snippet) < 600
