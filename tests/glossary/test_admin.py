"""The glossary in the admin: the coordinators maintain it; network editors never see it."""

import pytest
from django.urls import reverse

from access import roles
from glossary.models import GlossaryTerm
from tests import factories
from tests.glossary.factories import GlossaryTermFactory

ADD_URL = reverse("wagtailsnippets_glossary_glossaryterm:add")
LIST_URL = reverse("wagtailsnippets_glossary_glossaryterm:list")


@pytest.fixture
def coordinator(db):
    return factories.CoordinatorFactory()


@pytest.fixture
def network_editor(db):
    access = factories.NetworkAccessFactory(network_page__title="Tracer")
    return factories.RoleUserFactory(access=access, role="editors")


def _form(**fields) -> dict:
    data = {
        "term": "MVO",
        "slug": "mvo",
        "synonyms": "CSR\nmaatschappelijk verantwoord ondernemen",
        "definition": "Ondernemen met oog voor mens en milieu.",
    }
    data.update(fields)
    return data


def test_the_coordinator_adds_a_term(login, coordinator):
    browser = login(coordinator)

    assert browser.get(LIST_URL).status_code == 200
    response = browser.post(ADD_URL, _form())

    assert response.status_code == 302
    term = GlossaryTerm.objects.get(slug="mvo")
    assert term.synonym_list == ["CSR", "maatschappelijk verantwoord ondernemen"]
    assert term.locale.language_code == "nl"


def test_the_coordinator_sees_the_glossary_in_the_menu(login, coordinator):
    assert LIST_URL in login(coordinator).get(reverse("wagtailadmin_home")).content.decode()


def test_a_taken_synonym_is_refused_with_a_clear_message(login, coordinator):
    GlossaryTermFactory(term="MVO", slug="mvo", synonyms="CSR")
    browser = login(coordinator)

    response = browser.post(ADD_URL, _form(term="Duurzaam ondernemen", slug="duurzaam"))

    assert response.status_code == 200
    assert "wordt al gebruikt door het begrip" in response.content.decode()
    assert not GlossaryTerm.objects.filter(slug="duurzaam").exists()


@pytest.mark.parametrize("url", [LIST_URL, ADD_URL])
def test_a_network_editor_is_refused(login, network_editor, url):
    response = login(network_editor).get(url)

    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"] == reverse("wagtailadmin_home")


def test_a_network_editor_cannot_post_a_term(login, network_editor):
    login(network_editor).post(ADD_URL, _form())

    assert not GlossaryTerm.objects.exists()


def test_a_network_editor_has_no_glossary_menu(login, network_editor):
    assert LIST_URL not in login(network_editor).get(reverse("wagtailadmin_home")).content.decode()


def test_the_glossary_permissions_are_the_coordinators_alone():
    glossary = {perm for perm in roles.COORDINATOR_MODEL_PERMISSIONS if perm[0] == "glossary"}
    assert glossary == {
        ("glossary", "add_glossaryterm"),
        ("glossary", "change_glossaryterm"),
        ("glossary", "delete_glossaryterm"),
    }
    assert not [perm for perm in roles.EDITOR_MODEL_PERMISSIONS if perm[0] == "glossary"]


def test_the_coordinator_translates_a_term_with_wagtail_localize(login, coordinator):
    from wagtail.models import Locale

    term = GlossaryTermFactory(term="MVO", slug="mvo", synonyms="CSR")
    english = Locale.objects.get(language_code="en")
    browser = login(coordinator)
    url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["glossary", "glossaryterm", term.pk],
    )

    assert browser.get(url).status_code == 200
    response = browser.post(url, {"locales": [english.pk]})

    assert response.status_code == 302
    translation = GlossaryTerm.objects.get(locale=english, translation_key=term.translation_key)
    assert translation.slug == "mvo"  # synchronized: the same anchor in both languages
    edit = reverse("wagtailsnippets_glossary_glossaryterm:edit", args=[translation.pk])
    assert browser.get(edit).status_code == 200
