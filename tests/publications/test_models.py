"""The publication page: where it may live, what it shows, how it is translated."""

import pytest
from django.test import Client
from wagtail.models import Locale
from wagtail_localize.fields import SynchronizedField, TranslatableField, get_translatable_fields

from networks.models import NetworkPage, ProjectPage
from publications.models import PublicationPage
from tests import factories
from tests.utils import assert_creatable_only_under

pytestmark = pytest.mark.usefixtures("media_root")


def test_publication_page_tree_rules(page_test):
    assert_creatable_only_under(page_test, PublicationPage, {NetworkPage, ProjectPage})
    page_test.assertAllowedSubpageTypes(PublicationPage, set())


def test_a_publication_is_routable_and_renderable_under_a_network_and_a_project(
    page_test, site_tree
):
    for parent in (site_tree.tracer, site_tree.tracer_project):
        publication = factories.PublicationPageFactory(parent=parent)
        page_test.assertPageIsRoutable(publication)
        page_test.assertPageIsRenderable(publication)


def test_a_publication_knows_its_network(site_tree):
    publication = factories.PublicationPageFactory(parent=site_tree.tracer_project)
    assert publication.network_page == site_tree.tracer


def test_the_page_shows_file_type_size_themes_date_audience_and_language(site_tree):
    publication = factories.PublicationPageFactory(
        parent=site_tree.tracer,
        title="Checklist duurzaam pendelen",
        kind="checklist",
        document__file__data=b"%PDF-1.4 " + b"x" * 2048,
        publication_date="2026-03-15",
        audience="small",
        publication_language="en",
        themes=[site_tree.mobility],
    )

    html = Client().get(publication.url).content.decode()

    assert "Checklist duurzaam pendelen" in html
    assert publication.document.url in html
    assert "PDF, 2,0\xa0KB" in html
    assert "Mobiliteit" in html
    assert "15 maart 2026" in html
    assert "Kleine organisaties" in html
    assert "Engels" in html
    assert "Checklist" in html
    assert "TRACER" in html


def test_the_file_may_differ_per_language_and_the_facts_may_not():
    fields = {field.field_name: field for field in get_translatable_fields(PublicationPage)}
    assert isinstance(fields["document"], SynchronizedField)
    assert fields["document"].overridable
    for name in ("esf_logos_present", "publication_date", "kind", "audience"):
        assert isinstance(fields[name], SynchronizedField)
        assert not fields[name].overridable
    for name in ("title", "intro", "body"):
        assert isinstance(fields[name], TranslatableField)


def test_the_english_publication_is_shown_in_english(site_tree):
    publication = factories.PublicationPageFactory(parent=site_tree.tracer, title="Brochure")
    english = Locale.objects.get(language_code="en")
    translated = publication.copy_for_translation(english, copy_parents=True)
    translated.title = "Leaflet"
    translated.save_revision().publish()

    html = Client().get(translated.url).content.decode()

    assert translated.url.startswith("/en/")
    assert "Leaflet" in html
    assert "About this publication" in html
    assert publication.document.url in html
