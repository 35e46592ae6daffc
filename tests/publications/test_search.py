"""Publications in the site search: found by their text and file title, in both languages,
with the type, theme and audience filters; their file in the documents list."""

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from tests import factories

pytestmark = pytest.mark.usefixtures("media_root")


def _titles(client, params: dict, language: str = "nl") -> list[str]:
    with translation.override(language):
        url = reverse("search")
    response = client.get(url, params)
    assert response.status_code == 200
    results = response.context["search_results"]
    return [page.title for page in results] if results else []


def test_the_search_finds_a_publication_by_its_text_and_labels_it(client, site_tree):
    factories.PublicationPageFactory(
        parent=site_tree.tracer,
        title="Brochure pendelen",
        intro="Alles over de zebravink op de werkvloer.",
    )
    factories.PublicationPageFactory(parent=site_tree.tracer, title="Concept zebravink", live=False)

    response = client.get(reverse("search"), {"q": "zebravink"})

    assert [page.title for page in response.context["search_results"]] == ["Brochure pendelen"]
    assert '<p class="search-result__type">Publicatie</p>' in response.content.decode()


def test_the_type_filter_has_publications(client, site_tree):
    publication = factories.PublicationPageFactory(parent=site_tree.tracer, title="Ekster studie")
    factories.ContentPageFactory(parent=site_tree.home, title="Ekster pagina")

    assert _titles(client, {"q": "ekster", "kind": "publications"}) == [publication.title]
    assert len(_titles(client, {"q": "ekster"})) == 2


def test_the_theme_and_audience_filters_apply_to_publications(client, site_tree):
    factories.PublicationPageFactory(
        parent=site_tree.tracer, title="Gaai klein", audience="small", themes=[site_tree.mobility]
    )
    factories.PublicationPageFactory(
        parent=site_tree.tracer, title="Gaai groot", audience="large", themes=[site_tree.diversity]
    )

    assert _titles(client, {"q": "gaai", "theme": site_tree.mobility.slug}) == ["Gaai klein"]
    assert _titles(client, {"q": "gaai", "audience": "small"}) == ["Gaai klein"]
    assert sorted(_titles(client, {"q": "gaai"})) == ["Gaai groot", "Gaai klein"]


def test_the_english_search_finds_the_english_publication(client, site_tree):
    publication = factories.PublicationPageFactory(parent=site_tree.tracer, title="Roerdomp gids")
    english = Locale.objects.get(language_code="en")
    translated = publication.copy_for_translation(english, copy_parents=True)
    translated.title = "Roerdomp guide"
    translated.save_revision().publish()

    assert _titles(client, {"q": "roerdomp"}, language="en") == ["Roerdomp guide"]
    assert _titles(client, {"q": "roerdomp"}) == ["Roerdomp gids"]


def test_the_file_of_a_live_publication_is_a_public_document(client, site_tree):
    factories.PublicationPageFactory(
        parent=site_tree.tracer, title="Folder", document__title="Kwartel jaarverslag"
    )

    response = client.get(reverse("search"), {"q": "kwartel", "kind": "documents"})

    assert "Kwartel jaarverslag" in response.content.decode()
