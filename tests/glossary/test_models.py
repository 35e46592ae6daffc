import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Locale

from glossary.models import GlossaryTerm
from tests.glossary.factories import GlossaryTermFactory, term_translate


@pytest.fixture
def mvo(db) -> GlossaryTerm:
    return GlossaryTermFactory(
        term="MVO",
        slug="mvo",
        synonyms="maatschappelijk verantwoord ondernemen\nCSR",
    )


def test_synonyms_are_normalized_one_per_line_without_repeats(db):
    term = GlossaryTerm(
        term="kmo",
        slug="kmo",
        definition="Kleine of middelgrote onderneming.",
        synonyms="  KO \n\nSME\nko\n  kleine   organisatie\nKMO\n",
        locale=Locale.get_default(),
    )
    term.full_clean()

    assert term.synonyms == "KO\nSME\nkleine organisatie"
    assert term.synonym_list == ["KO", "SME", "kleine organisatie"]


def test_a_synonym_of_another_term_is_refused_with_a_message(mvo):
    term = GlossaryTerm(
        term="Maatschappelijk ondernemen",
        slug="maatschappelijk-ondernemen",
        definition="...",
        synonyms="csr",
        locale=Locale.get_default(),
    )
    with pytest.raises(ValidationError) as error:
        term.full_clean()

    assert "synonyms" in error.value.message_dict
    # In the coordinator's language (Dutch here), naming the word and the term that has it.
    assert "“csr” wordt al gebruikt door het begrip “MVO”." in error.value.message_dict["synonyms"]


def test_a_preferred_term_of_another_term_is_refused_as_synonym_and_as_term(mvo):
    as_synonym = GlossaryTerm(
        term="Verantwoord ondernemen",
        slug="verantwoord",
        definition="...",
        synonyms="Mvo",
        locale=Locale.get_default(),
    )
    with pytest.raises(ValidationError) as error:
        as_synonym.full_clean()
    assert "synonyms" in error.value.message_dict

    as_term = GlossaryTerm(
        term="Maatschappelijk verantwoord ondernemen",
        slug="mvo-2",
        definition="...",
        locale=Locale.get_default(),
    )
    with pytest.raises(ValidationError) as error:
        as_term.full_clean()
    assert "term" in error.value.message_dict


def test_the_same_words_in_another_language_are_allowed(mvo):
    english = term_translate(mvo, language_code="en", term="CSR", synonyms="MVO")
    english.full_clean()  # the Dutch term's words do not count in English


def test_a_term_may_be_saved_again_with_its_own_words(mvo):
    mvo.definition = "Anders uitgelegd."
    mvo.full_clean()


def test_the_slug_is_unique_per_language(mvo):
    duplicate = GlossaryTerm(
        term="Anders", slug="mvo", definition="...", locale=Locale.get_default()
    )
    with pytest.raises(ValidationError):
        duplicate.full_clean()
