import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from glossary.selectors import term_expansions
from tests.glossary.factories import GlossaryTermFactory, term_translate


@pytest.fixture
def glossary(db):
    mvo = GlossaryTermFactory(
        term="MVO", slug="mvo", synonyms="maatschappelijk verantwoord ondernemen\nCSR"
    )
    GlossaryTermFactory(term="kmo", slug="kmo", synonyms="KO\nSME\nkleine organisatie")
    GlossaryTermFactory(term="Diversiteit", slug="diversiteit", synonyms="inclusie")
    GlossaryTermFactory(term="Coöperatie", slug="cooperatie", synonyms="samenwerkingsverband")
    return mvo


def words(text: str, language_code: str = "nl") -> list[tuple[str, ...]]:
    locale = Locale.objects.get(language_code=language_code)
    return [expansion.words for expansion in term_expansions(text=text, locale=locale)]


MVO = ("MVO", "maatschappelijk verantwoord ondernemen", "CSR")
KMO = ("kmo", "KO", "SME", "kleine organisatie")


@pytest.mark.parametrize(
    "query",
    ["mvo", "MVO", "csr", "CSR in de bouw", "Maatschappelijk  Verantwoord ondernemen"],
)
def test_mvo_csr_and_the_long_form_expand_to_each_other(glossary, query):
    assert words(query) == [MVO]


@pytest.mark.parametrize("query", ["kmo", "ko", "SME", "kleine organisatie", "beleid voor KO's"])
def test_kmo_ko_and_sme_expand_to_each_other(glossary, query):
    assert words(query) == [KMO]


def test_accents_are_ignored_both_ways(glossary):
    assert words("cooperatie") == [("Coöperatie", "samenwerkingsverband")]
    assert words("COÖPERATIE")[0][0] == "Coöperatie"


def test_only_whole_words_match(glossary):
    assert words("kosten") == []
    assert words("smederij") == []
    assert words("ondernemen") == []  # part of a phrase is not the phrase


def test_several_terms_in_one_query_each_expand(glossary):
    assert words("mvo voor een kmo") == [MVO, KMO]


def test_the_matched_word_is_reported(glossary):
    (expansion,) = term_expansions(text="csr", locale=Locale.get_default())
    assert expansion.term == "MVO"
    assert expansion.matched == "CSR"
    assert expansion.slug == "mvo"


def test_empty_and_odd_queries_expand_to_nothing(glossary):
    for query in ["", "   ", "\x00", "(((", "a" * 1000, "' OR 1=1 --"]:
        assert words(query) == []


def test_english_uses_the_translation_and_dutch_where_untranslated(glossary):
    term_translate(
        glossary, language_code="en", term="CSR", synonyms="corporate social responsibility"
    )
    assert words("corporate social responsibility", "en") == [
        ("CSR", "corporate social responsibility")
    ]
    assert words("kmo", "en") == [KMO]  # not translated yet: the Dutch term stands in


def test_the_glossary_is_read_once_then_cached_until_a_term_changes(glossary):
    locale = Locale.get_default()
    with CaptureQueriesContext(connection) as first:
        term_expansions(text="mvo", locale=locale)
    assert len(first) <= 2  # the terms (and the default locale, when not cached yet)

    with CaptureQueriesContext(connection) as second:
        assert term_expansions(text="csr", locale=locale)
    assert len(second) == 0

    glossary.synonyms += "\ncorporate social responsibility"
    glossary.save()
    assert words("corporate social responsibility") == [(*MVO, "corporate social responsibility")]


def test_a_deleted_term_no_longer_expands(glossary):
    assert words("kmo") == [KMO]
    glossary.delete()
    assert words("csr") == []
    assert words("kmo") == [KMO]


def test_a_search_normalizes_the_glossarys_words_once_per_glossary_not_per_search(glossary):
    """The words' patterns are built once for a glossary (`_term_patterns`): a search then
    normalizes its own text only. A changed term is a new glossary: its words are read anew."""
    from unittest import mock

    from glossary import selectors

    words("mvo")
    with mock.patch.object(selectors, "term_normalize", wraps=selectors.term_normalize) as calls:
        assert words("csr in de bouw") == [MVO]
    assert calls.call_count == 1

    glossary.synonyms = "CSR\nMVB"
    glossary.save()
    assert words("mvb")[0][0] == "MVO"
