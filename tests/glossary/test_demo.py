from wagtail.models import Locale

from demo.glossary import demo_glossary_load
from demo.loader import DemoReport
from glossary.models import GlossaryTerm
from glossary.selectors import term_expansions


def test_the_demo_seeds_the_terms_of_the_minutes_with_english_translations(db):
    demo_glossary_load(themes={}, report=DemoReport())
    demo_glossary_load(themes={}, report=DemoReport())  # a second run adds nothing

    dutch = GlossaryTerm.objects.filter(locale__language_code="nl")
    assert dutch.count() >= 10
    assert {"mvo", "kmo", "go", "lerend-netwerk", "esf", "stakeholder", "diversiteit"} <= set(
        dutch.values_list("slug", flat=True)
    )
    english = GlossaryTerm.objects.get(locale__language_code="en", slug="mvo")
    assert english.term == "CSR"
    assert "corporate social responsibility" in english.synonym_list

    (mvo,) = term_expansions(text="csr", locale=Locale.get_default())
    assert mvo.term == "MVO"
    assert "maatschappelijk verantwoord ondernemen" in mvo.synonyms
    (kmo,) = term_expansions(text="KO", locale=Locale.get_default())
    assert kmo.words[:3] == ("kmo", "KO", "SME")
