"""Publications on their network, project and theme pages (core.sections), in both languages,
capped, at a cost that does not grow with the number of publications (10 and 1,000)."""

import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from publications.models import PublicationPage
from publications.selectors import LISTED_PUBLICATIONS
from tests import factories
from tests.budgets import children_bulk_add

pytestmark = pytest.mark.usefixtures("media_root")

SMALL, LARGE = 10, 1000


def _html(url: str) -> str:
    response = Client().get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_network_page_lists_its_publications_and_those_of_its_projects(site_tree):
    factories.PublicationPageFactory(parent=site_tree.tracer, title="Brochure pendelen")
    factories.PublicationPageFactory(parent=site_tree.tracer_project, title="Studie werkend leren")
    factories.PublicationPageFactory(parent=site_tree.diamond, title="Affiche diversiteit")
    factories.PublicationPageFactory(parent=site_tree.tracer, title="Concept", live=False)

    html = _html(site_tree.tracer.url)

    assert 'id="network-publications"' in html
    assert "Brochure pendelen" in html
    assert "Studie werkend leren" in html
    assert "Affiche diversiteit" not in html
    assert "Concept" not in html
    project_html = _html(site_tree.tracer_project.url)
    assert "Studie werkend leren" in project_html
    assert "Brochure pendelen" not in project_html


def test_a_theme_page_lists_the_publications_on_the_theme(site_tree):
    factories.PublicationPageFactory(
        parent=site_tree.tracer, title="Checklist pendelen", themes=[site_tree.mobility]
    )
    factories.PublicationPageFactory(
        parent=site_tree.diamond, title="Studie diversiteit", themes=[site_tree.diversity]
    )

    html = _html(site_tree.mobility.url)

    assert 'id="theme-publications"' in html
    assert "Checklist pendelen" in html
    assert "Studie diversiteit" not in html


def test_the_list_is_capped_newest_first_with_type_and_size(site_tree):
    for day in range(1, LISTED_PUBLICATIONS + 3):
        factories.PublicationPageFactory(
            parent=site_tree.tracer,
            title=f"Publicatie dag {day:02d}",
            publication_date=datetime.date(2026, 1, day),
        )

    html = _html(site_tree.tracer.url)

    shown = [
        day for day in range(1, LISTED_PUBLICATIONS + 3) if f"Publicatie dag {day:02d}" in html
    ]
    assert shown == list(range(3, LISTED_PUBLICATIONS + 3))
    assert html.index("Publicatie dag 07") < html.index("Publicatie dag 03")
    assert "(PDF, " in html


def test_english_pages_list_english_publications_and_dutch_ones_where_untranslated(site_tree):
    english = Locale.objects.get(language_code="en")
    translated = factories.PublicationPageFactory(
        parent=site_tree.tracer, title="Brochure pendelen", themes=[site_tree.mobility]
    )
    factories.PublicationPageFactory(
        parent=site_tree.tracer, title="Alleen in het Nederlands", themes=[site_tree.mobility]
    )
    network_en = site_tree.tracer.copy_for_translation(english, copy_parents=True)
    network_en.save_revision().publish()
    theme_en = site_tree.mobility.copy_for_translation(english, copy_parents=True)
    theme_en.save_revision().publish()
    publication_en = translated.copy_for_translation(english)
    publication_en.title = "Commuting leaflet"
    publication_en.save_revision().publish()

    for page in (network_en, theme_en):
        html = _html(page.url)
        assert "Publications" in html
        assert "Commuting leaflet" in html
        assert "Brochure pendelen" not in html
        assert 'lang="nl"' in html and "Alleen in het Nederlands" in html


# --- Cost -----------------------------------------------------------------------------------


def _queries(url: str) -> int:
    client = Client()
    # Twice: the first request on a fresh site creates the footer settings, whose save renews
    # the shared parts (core.fragments) once more.
    assert client.get(url).status_code == 200
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def _add_publications(count: int, *, start: int, parents: list, theme, document) -> None:
    """`count` live publications spread over `parents`, all on `theme`, sharing one file (the
    themes are written in one statement: this is about reading them)."""
    made = [
        factories.PublicationPageFactory(
            parent=parents[number % len(parents)],
            title=f"Uitgave {number}",
            document=document,
            publication_date=datetime.date(2026, 1, 1) + datetime.timedelta(days=number % 300),
        )
        for number in range(start, start + count)
    ]
    through = PublicationPage.themes.through
    through.objects.bulk_create(
        through(publicationpage_id=page.pk, themepage_id=theme.pk) for page in made
    )


def _bulk_add_publications(count: int, *, start: int, parents: list, theme, document) -> None:
    """The same as `_add_publications`, written as a publish leaves them in a few statements
    (tests/budgets.py; 1,000 publications made one by one cost ~100 s of a CI run)."""
    for index, parent in enumerate(parents):
        numbers = iter(range(start + index, start + count, len(parents)))

        def fields(_step: int, numbers=numbers) -> dict:
            number = next(numbers)
            return {
                "title": f"Uitgave {number}",
                "document_id": document.pk,
                "publication_date": datetime.date(2026, 1, 1)
                + datetime.timedelta(days=number % 300),
                "esf_logos_present": True,
            }

        made = len(range(start + index, start + count, len(parents)))
        children_bulk_add(parent, PublicationPage, made, fields, themes=[theme])


def test_the_sections_cost_the_same_at_10_and_1000_publications(site_tree, settings):
    settings.PAGE_CACHE_ENABLED = False  # measure the page being built, not the cache
    parents = [site_tree.tracer, site_tree.tracer_project]
    document = factories.PublicationDocumentFactory()
    _add_publications(SMALL, start=0, parents=parents, theme=site_tree.mobility, document=document)
    one = factories.PublicationPageFactory(
        parent=site_tree.tracer, title="De ene publicatie", themes=[site_tree.mobility]
    )
    urls = [site_tree.tracer.url, site_tree.tracer_project.url, site_tree.mobility.url, one.url]
    small = [_queries(url) for url in urls]

    _bulk_add_publications(
        LARGE - SMALL, start=SMALL, parents=parents, theme=site_tree.mobility, document=document
    )
    large = [_queries(url) for url in urls]

    assert PublicationPage.objects.live().count() == LARGE + 1
    assert small == large, (small, large)
