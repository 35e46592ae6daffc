"""A page's slug never hides, or is hidden by, an address the site serves itself: a closed
area's search sub-route (zoeken/, search/) and the network folder's PDF (/nl/folder/pdf/)."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext
from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html

from core.models import ContentPage
from networks.models import NetworkPage
from tests import factories

RESERVED = (
    "The site already uses the address “%(slug)s/” here for something of its own "
    "(a search, a form or a PDF). Choose another slug."
)


def dutch_refusal(slug: str) -> str:
    with translation.override("nl"):
        return escape(gettext(RESERVED) % {"slug": slug})


def add_page(client, *, model: str, parent: Page, fields: dict[str, str]):
    """Fill in the admin's "add page" form of `model` (app.model) under `parent` and save."""
    url = f"/admin/pages/add/{model.replace('.', '/')}/{parent.pk}/"
    form = client.get(url)
    assert form.status_code == 200
    data = querydict_from_html(form.content.decode(), form_id="page-edit-form")
    data.update({"body-count": "0", **fields})  # the StreamField widget is drawn by JavaScript
    return client.post(url, data)


@pytest.mark.parametrize("slug", ["zoeken", "search"])
def test_a_child_of_a_closed_area_may_not_take_its_search_address(
    superuser_client, site_tree, slug
):
    response = add_page(
        superuser_client,
        model="core.contentpage",
        parent=site_tree.intranet,
        fields={"title": "Zoeken in documenten", "slug": slug},
    )

    assert response.status_code == 200  # the form again, with the message on the slug
    assert dutch_refusal(slug) in response.content.decode()
    assert not ContentPage.objects.child_of(site_tree.intranet).filter(slug=slug).exists()


def test_a_child_of_a_closed_area_with_another_slug_is_saved(superuser_client, site_tree):
    response = add_page(
        superuser_client,
        model="core.contentpage",
        parent=site_tree.intranet,
        fields={"title": "Zoektips", "slug": "zoektips"},
    )

    assert response.status_code == 302
    assert ContentPage.objects.child_of(site_tree.intranet).filter(slug="zoektips").exists()


def test_a_page_elsewhere_may_be_slugged_search(site_tree):
    page = factories.ContentPageFactory(parent=site_tree.tracer, slug="zoeken")

    assert page.pk is not None


def test_a_network_may_not_be_slugged_pdf(superuser_client, site_tree):
    response = add_page(
        superuser_client,
        model="networks.networkpage",
        parent=site_tree.network_index,
        fields={
            "title": "PDF-netwerk",
            "slug": "pdf",
            "aim": "Een doel.",
            "coordinator_name": "An Coördinator",
            "contact_email": "an@example.be",
        },
    )

    assert response.status_code == 200
    assert dutch_refusal("pdf") in response.content.decode()
    assert not NetworkPage.objects.filter(slug="pdf").exists()


def test_renaming_a_page_to_a_reserved_slug_is_refused_on_save(site_tree):
    network = NetworkPage.objects.get(pk=site_tree.diamond.pk)
    network.slug = "pdf"
    with pytest.raises(ValidationError) as refused:
        network.save()
    assert "slug" in refused.value.message_dict

    page = factories.ContentPageFactory(parent=site_tree.intranet, slug="zoektips")
    page.slug = "search"
    with pytest.raises(ValidationError):
        page.save()


def test_the_edit_form_refuses_a_reserved_slug(superuser_client, site_tree):
    page = factories.ContentPageFactory(parent=site_tree.intranet, slug="zoektips")
    url = f"/admin/pages/{page.pk}/edit/"
    form = superuser_client.get(url)
    data = querydict_from_html(form.content.decode(), form_id="page-edit-form")
    data.update({"slug": "zoeken", "body-count": "0"})

    response = superuser_client.post(url, data)

    assert response.status_code == 200
    assert dutch_refusal("zoeken") in response.content.decode()
    page.refresh_from_db()
    assert page.slug == "zoektips"
