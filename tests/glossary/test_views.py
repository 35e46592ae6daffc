import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from tests import factories
from tests.glossary.factories import GlossaryTermFactory, term_translate


@pytest.fixture
def glossary(site_tree):
    mvo = GlossaryTermFactory(
        term="MVO",
        slug="mvo",
        synonyms="maatschappelijk verantwoord ondernemen\nCSR",
        definition="Ondernemen met oog voor mens, milieu en maatschappij.",
    )
    mvo.themes.add(site_tree.mobility)
    kmo = GlossaryTermFactory(
        term="kmo",
        slug="kmo",
        synonyms="KO\nSME",
        definition="Kleine of middelgrote onderneming.",
    )
    GlossaryTermFactory(term="Ëcodesign", slug="ecodesign", definition="Ontwerp <b>met</b> zorg.")
    GlossaryTermFactory(term="3P", slug="3p", definition="People, planet, profit.")
    term_translate(
        mvo,
        language_code="en",
        term="CSR",
        synonyms="corporate social responsibility\nMVO",
        definition="Doing business with care for people, planet and society.",
    )
    return kmo


def test_the_dutch_glossary_lists_terms_by_letter_with_anchors(client, glossary, site_tree):
    response = client.get("/nl/begrippen/")

    assert response.status_code == 200
    content = response.content.decode()
    assert 'id="mvo"' in content
    assert 'id="kmo"' in content
    assert "maatschappelijk verantwoord ondernemen, CSR" in content
    assert "Ondernemen met oog voor mens, milieu en maatschappij." in content
    # Letters as anchors, accents ignored, digits last.
    assert 'href="#letter-m"' in content
    assert 'id="letter-e"' in content
    assert content.index('id="letter-e"') < content.index('id="letter-k"')
    assert content.index('id="letter-m"') < content.index('id="letter-other"')
    # The theme, linked in Dutch; HTML in a definition is shown, not run.
    assert f'href="{site_tree.mobility.url}"' in content
    assert "Ontwerp &lt;b&gt;met&lt;/b&gt; zorg." in content
    assert "Begrippenlijst" in content


def test_the_english_glossary_shows_translations_and_dutch_where_untranslated(
    client, glossary, site_tree
):
    english_theme = site_tree.mobility.copy_for_translation(
        Locale.objects.get(language_code="en"), copy_parents=True
    )
    english_theme.title = "Mobility"
    english_theme.slug = "mobility"
    english_theme.save_revision().publish()

    response = client.get("/en/glossary/")

    assert response.status_code == 200
    content = response.content.decode()
    assert "Doing business with care for people, planet and society." in content
    assert "Ondernemen met oog" not in content
    assert 'id="mvo"' in content  # the same anchor in both languages
    assert 'id="kmo" lang="nl"' in content  # untranslated: the Dutch term, marked as Dutch
    assert 'href="/en/' in content and ">Mobility</a>" in content
    assert "Glossary" in content


def test_a_draft_theme_is_not_linked(client, glossary, site_tree):
    site_tree.mobility.unpublish()

    content = client.get("/nl/begrippen/").content.decode()

    assert "Mobiliteit</a>" not in content


def test_the_glossary_sets_no_cookie_and_is_linked_from_the_footer(client, glossary):
    response = client.get("/nl/begrippen/")

    assert not response.cookies
    assert 'href="/nl/begrippen/"' in client.get("/nl/").content.decode()


def test_an_empty_glossary_says_so(client, home_page):
    response = client.get("/nl/begrippen/")

    assert response.status_code == 200
    assert "De begrippenlijst is voorlopig leeg." in response.content.decode()


def _queries(client, url: str) -> int:
    client.get(url)  # warm the per-process caches (site, locales)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_glossary_costs_the_same_queries_for_10_and_100_terms(client, site_tree):
    """In both languages, on the same terms (half translated: built once for both)."""
    urls = ["/nl/begrippen/", "/en/glossary/"]

    def add_terms(count: int, start: int) -> None:
        for number in range(start, start + count):
            term = GlossaryTermFactory(
                term=f"Term {number}", slug=f"term-{number}", synonyms=f"syn {number}"
            )
            term.themes.add(site_tree.mobility, site_tree.diversity)
            if number % 2:
                term_translate(term, language_code="en", term=f"Term {number} (en)")

    add_terms(10, 0)
    with_ten = {url: _queries(client, url) for url in urls}
    add_terms(90, 10)
    with_hundred = {url: _queries(client, url) for url in urls}

    assert with_hundred == with_ten


def test_an_editors_link_to_a_term_leads_to_its_entry(client, glossary, site_tree):
    """The first use of a term may link to its entry: a plain rich-text link chosen by the
    editor (Link → external link "/nl/begrippen/#kmo"), never an automatic pop-up."""
    page = factories.ContentPageFactory(
        parent=site_tree.mobility,
        title="Duurzaamheidsscan",
        body=json.dumps(
            [
                {
                    "type": "paragraph",
                    "value": '<p>Voor elke <a href="/nl/begrippen/#kmo">kmo</a> een scan; '
                    "een kmo verder zonder link.</p>",
                }
            ]
        ),
    )

    content = client.get(page.url).content.decode()

    assert '<a href="/nl/begrippen/#kmo">kmo</a>' in content
    assert content.count("/nl/begrippen/#kmo") == 1
    assert "glossary-popup" not in content
    assert 'id="kmo"' in client.get("/nl/begrippen/").content.decode()


def test_the_language_switcher_leads_to_the_other_glossary(client, glossary):
    assert 'href="/en/glossary/"' in client.get("/nl/begrippen/").content.decode()
    assert 'href="/nl/begrippen/"' in client.get("/en/glossary/").content.decode()
