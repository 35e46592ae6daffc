"""One terminology in search: a query is expanded with the glossary's synonyms, both ways."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from core.search_text import highlight
from glossary.selectors import Expansion
from search.models import ZeroResultQuery
from search.query import search_expression
from tests import factories
from tests.glossary.factories import GlossaryTermFactory, term_translate

LONG_FORM = "maatschappelijk verantwoord ondernemen"


@pytest.fixture
def glossary(site_tree):
    mvo = GlossaryTermFactory(term="MVO", slug="mvo", synonyms=f"{LONG_FORM}\nCSR")
    kmo = GlossaryTermFactory(term="kmo", slug="kmo", synonyms="KO\nSME\nkleine organisatie")
    return {"mvo": mvo, "kmo": kmo}


def search_url(language: str = "nl") -> str:
    with translation.override(language):
        return reverse("search")


def search(client, params: dict, language: str = "nl"):
    response = client.get(search_url(language), params)
    assert response.status_code == 200
    return response


def titles(client, params: dict, language: str = "nl") -> list[str]:
    """The titles of the pages the test made (the site tree's own pages mention MVO too)."""
    results = search(client, params, language).context["search_results"]
    made = {page.title for page in results if page.pk in MADE} if results else set()
    return sorted(made)


MADE: set[int] = set()


@pytest.fixture(autouse=True)
def _forget_made_pages():
    MADE.clear()


def page(site_tree, title: str, intro: str, parent=None):
    made = factories.ContentPageFactory(parent=parent or site_tree.home, title=title, intro=intro)
    MADE.add(made.pk)
    return made


# The expression (search/query.py), without a database.

MVO = Expansion(term="MVO", synonyms=(LONG_FORM, "CSR"), slug="mvo", matched="MVO")
ONDERNEMEN = Expansion(term="ondernemen", synonyms=("ondernemerschap",), slug="o", matched="x")


def test_without_a_glossary_word_the_query_is_the_text_as_before():
    assert search_expression("fiets beleid", []).query == "fiets beleid"


def test_a_glossary_word_becomes_an_or_of_phrases_anded_with_the_other_words():
    expression = search_expression("MVO beleid", [MVO])

    assert repr(expression.query) == (
        f"<And <Or <Phrase 'MVO'> <Phrase '{LONG_FORM}'> <Phrase 'CSR'>> "
        "<PlainText 'beleid' operator='and' boost=1>>"
    )
    assert expression.rest == "beleid"
    assert expression.phrases == ("MVO", LONG_FORM, "CSR")


def test_the_longer_phrase_wins_where_two_terms_overlap():
    expression = search_expression(f"{LONG_FORM.upper()} en ondernemen", [MVO, ONDERNEMEN])

    assert [use.term for use in expression.terms] == ["MVO", "ondernemen"]
    assert expression.terms[0].typed == (LONG_FORM,)
    assert expression.rest == "en"


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("MVO-beleid", "beleid"),
        ("KO's", ""),
        ("csr - csr ! x", "x"),
        ("MVO", ""),
        ("MVO _ b_", "b_"),
    ],
)
def test_what_a_glossary_word_leaves_of_a_word(text, rest):
    kmo = Expansion(term="kmo", synonyms=("KO",), slug="kmo", matched="KO")

    assert search_expression(text, [MVO, kmo]).rest == rest


def test_glossary_words_lose_the_backends_operators():
    odd = Expansion(term='C++ "x"', synonyms=("(NEAR)", "***", "OR"), slug="c", matched="OR")

    assert search_expression("or", [odd]).phrases == ("C x", "NEAR", "OR")


# Searching, on the database in use (SQLite FTS5 or PostgreSQL).


def test_the_preferred_term_finds_pages_that_use_only_a_synonym(client, site_tree, glossary):
    page(site_tree, "Bouw", "Ons CSR-verslag.")
    page(site_tree, "Zorg", f"Over {LONG_FORM} in de zorg.")
    page(site_tree, "Anders", "Niets hierover.")

    assert titles(client, {"q": "MVO"}) == ["Bouw", "Zorg"]


def test_a_synonym_finds_pages_that_use_only_the_preferred_term(client, site_tree, glossary):
    page(site_tree, "Bouw", "Het MVO-beleid van een bouwbedrijf.")

    assert titles(client, {"q": "csr"}) == ["Bouw"]
    assert titles(client, {"q": "sme"}) == []


def test_the_long_form_is_searched_as_a_phrase(client, site_tree, glossary):
    page(site_tree, "Afkorting", "Wat MVO betekent.")
    page(site_tree, "Verspreid", "Ondernemen is maatschappelijk en ook verantwoord.")

    assert titles(client, {"q": "CSR"}) == ["Afkorting"]
    assert titles(client, {"q": LONG_FORM}) == ["Afkorting"]


def test_a_glossary_word_and_another_word_must_both_be_found(client, site_tree, glossary):
    page(site_tree, "Beide", f"{LONG_FORM.capitalize()} en beleid.")
    page(site_tree, "Alleen term", f"{LONG_FORM.capitalize()}.")
    page(site_tree, "Alleen woord", "Beleid.")

    assert titles(client, {"q": "MVO beleid"}) == ["Beide"]
    assert titles(client, {"q": "beleid CSR"}) == ["Beide"]


def test_the_page_says_which_synonyms_it_searched_for(client, site_tree, glossary):
    html = search(client, {"q": "MVO"}).content.decode()

    assert (
        f"Ook gezocht naar: {LONG_FORM}, CSR "
        '(synoniemen van <a href="/nl/begrippen/#mvo">MVO</a>).' in html
    )

    html = search(client, {"q": "kmo"}).content.decode()

    assert "Geen resultaten" in html  # also said when nothing was found
    assert (
        "Ook gezocht naar: KO, SME, kleine organisatie "
        '(synoniemen van <a href="/nl/begrippen/#kmo">kmo</a>).' in html
    )


def test_the_page_names_the_preferred_term_of_a_typed_synonym(client, site_tree, glossary):
    page(site_tree, "Bouw", "Het MVO-beleid.")

    html = search(client, {"q": "CSR"}).content.decode()

    assert (
        'Voorkeursterm voor “CSR”: <a href="/nl/begrippen/#mvo">MVO</a>. '
        f"Ook gezocht naar: MVO, {LONG_FORM}." in html
    )


def test_one_synonym_is_named_in_the_singular(client, site_tree):
    GlossaryTermFactory(term="Inclusie", slug="inclusie", synonyms="insluiting")

    html = search(client, {"q": "inclusie"}).content.decode()

    assert (
        'Ook gezocht naar: insluiting (synoniem van <a href="/nl/begrippen/#inclusie">'
        "Inclusie</a>)." in html
    )


def test_a_query_without_a_glossary_word_says_nothing_about_synonyms(client, site_tree, glossary):
    html = search(client, {"q": "mobiliteit"}).content.decode()

    assert "Ook gezocht naar" not in html
    assert "Voorkeursterm" not in html


def test_the_glossary_words_on_the_page_are_escaped(client, site_tree):
    GlossaryTermFactory(
        term="<b>Tof</b>", slug="tof", synonyms='tof\n"><img src=x onerror=alert(1)>'
    )

    html = search(client, {"q": "tof"}).content.decode()

    assert "<b>Tof" not in html
    assert "<img src=x" not in html
    assert "&lt;b&gt;Tof&lt;/b&gt;" in html


def test_the_snippet_marks_the_synonyms_as_whole_words(client, site_tree, glossary):
    page(site_tree, "Bouw", f"Ons CSR-verslag, {LONG_FORM.capitalize()} en kosten.")

    snippet = search(client, {"q": "MVO"}).context["search_results"][0].search_snippet

    assert "<mark>CSR</mark>-verslag" in snippet
    if connection.vendor == "postgresql":
        # PostgreSQL's headline marks each word of a matched phrase on its own.
        marked = " ".join(f"<mark>{word}</mark>" for word in LONG_FORM.capitalize().split())
        assert marked in snippet
    else:
        assert f"<mark>{LONG_FORM.capitalize()}</mark>" in snippet
    assert "<mark>kosten" not in snippet


def test_a_highlighted_phrase_is_marked_whole_and_only_as_a_phrase():
    text = "Ondernemen. Maatschappelijk\nverantwoord   ondernemen; kosten, KO"

    snippet = highlight(text, "", phrases=["KO", LONG_FORM])

    assert snippet.count("<mark>") == 2
    assert "<mark>Maatschappelijk\nverantwoord   ondernemen</mark>" in snippet
    assert "<mark>KO</mark>" in snippet  # "kosten" is not marked


def test_the_count_in_other_themes_uses_the_synonyms(client, site_tree, glossary):
    page(site_tree, "Mobiel", "Een kmo en fietsen.", parent=site_tree.mobility)
    page(site_tree, "Divers 1", "Een SME en taal.", parent=site_tree.diversity)
    page(site_tree, "Divers 2", "Een kleine organisatie en taal.", parent=site_tree.diversity)
    page(site_tree, "Divers 3", "Een kleine en grote organisatie.", parent=site_tree.diversity)

    response = search(client, {"q": "KO", "theme": site_tree.mobility.slug})

    assert [result.title for result in response.context["search_results"]] == ["Mobiel"]
    assert response.context["elsewhere_count"] == 2


def test_english_readers_search_with_the_english_terms(client, site_tree, glossary):
    term_translate(
        glossary["mvo"],
        language_code="en",
        term="CSR",
        synonyms="corporate social responsibility\nMVO",
    )
    english = Locale.objects.get_or_create(language_code="en")[0]
    source = page(site_tree, "Bron", "Iets anders.")
    translated = source.copy_for_translation(english, copy_parents=True)
    translated.title = "Translated"
    translated.intro = "Our corporate social responsibility report."
    translated.save_revision().publish()
    MADE.add(translated.pk)

    response = search(client, {"q": "csr"}, language="en")
    html = response.content.decode()

    assert titles(client, {"q": "csr"}, language="en") == ["Translated"]
    assert "Also searched for: corporate social responsibility, MVO" in html
    assert '<a href="/en/glossary/#mvo">CSR</a>' in html


def test_english_readers_get_the_dutch_terms_that_are_not_translated(client, site_tree, glossary):
    page(site_tree, "Klein", "Hulp voor elke kmo.")

    response = search(client, {"q": "SME"}, language="en")

    assert [result.title for result in response.context["search_results"]] == ["Klein"]
    assert '<a href="/en/glossary/#kmo">kmo</a>' in response.content.decode()


ODD_QUERIES = [
    "de het een",
    "MVO de het",
    '"MVO" AND (CSR) OR NOT * ^ NEAR(ko sme)',
    "MVO - ! ...",
    "KO's",
    "csr\x00mvo",
    " ".join(["mvo csr ko sme"] * 60),
]


@pytest.mark.parametrize("query", ODD_QUERIES)
def test_odd_queries_with_glossary_words_are_a_normal_page(client, site_tree, glossary, query):
    GlossaryTermFactory(term="OR", slug="or", synonyms='C++\n"NEAR"\n(x)\n***\nde')
    page(site_tree, "Bouw", "MVO in de bouw.", parent=site_tree.mobility)

    for params in ({"q": query}, {"q": query, "theme": site_tree.diversity.slug, "order": "date"}):
        assert client.get(search_url(), params).status_code == 200


def test_a_stop_word_like_query_of_glossary_words_finds_the_pages(client, site_tree, glossary):
    page(site_tree, "Bouw", "MVO in de bouw.")

    assert titles(client, {"q": "csr in de"}) == ["Bouw"]


def test_the_zero_result_log_keeps_the_visitors_own_words(client, site_tree, glossary):
    search(client, {"q": "  CSR   Zeldzaam "})

    assert list(ZeroResultQuery.objects.values_list("query_string", flat=True)) == ["csr zeldzaam"]


def _queries(client, params: dict) -> int:
    with CaptureQueriesContext(connection) as queries:
        search(client, params)
    return len(queries)


def test_a_search_with_synonyms_costs_the_same_at_11_and_100_matches(client, site_tree, glossary):
    def add(first: int, count: int) -> None:
        for number in range(first, first + count):
            synonym = ("MVO", "CSR", LONG_FORM)[number % 3]
            page(site_tree, f"Pagina {number}", f"{synonym} nummer {number}.")

    add(0, 11)  # more than a page: a page holding every result costs one count less
    _queries(client, {"q": "csr nummer"})  # caches filled (site, locales, glossary)
    small = _queries(client, {"q": "csr nummer"})
    add(11, 89)
    _queries(client, {"q": "csr nummer"})  # new pages empty the kept parts (filter choices)
    large = _queries(client, {"q": "csr nummer"})

    assert small == large
    assert (
        len(search(client, {"q": "csr nummer"}).context["search_results"].paginator.object_list)
        == 100
    )
