"""An id typed into one's own page must not make the editor show another network's closed
page or private file: a page that names one is refused on save (#17 item 9, sibling path)."""

import json

import pytest
from django.urls import reverse
from wagtail.models import Page

from networks.models import ClosedAreaPage
from privatemedia.selectors import closed_area_collections_for
from tests import factories


def paragraph_with(entity_type: str, data: dict) -> str:
    """A rich-text paragraph, as Draftail posts it, with one link (to a page or document)."""
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "a1b2c",
                    "text": "lees dit",
                    "type": "unstyled",
                    "depth": 0,
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": 8, "key": 0}],
                    "data": {},
                }
            ],
            "entityMap": {"0": {"type": entity_type, "mutability": "MUTABLE", "data": data}},
        }
    )


def with_body(data, paragraph: str):
    data.update(
        {
            "body-count": "1",
            "body-0-type": "paragraph",
            "body-0-value": paragraph,
            "body-0-deleted": "",
            "body-0-order": "0",
            "body-0-id": "",
        }
    )
    return data


@pytest.fixture
def secret_document(world):
    collection = closed_area_collections_for(access=world.access_x)[ClosedAreaPage.INTRANET]
    return factories.DocumentFactory(title="Geheime notulen", collection=collection)


def test_a_link_to_another_networks_intranet_is_refused(world, login, edit_form_data):
    client = login(world.editor_y)
    data = with_body(
        edit_form_data(client, world.project_y),
        paragraph_with("LINK", {"id": world.intranet_x.pk}),
    )

    response = client.post(reverse("wagtailadmin_pages:edit", args=[world.project_y.pk]), data)

    assert response.status_code == 200
    assert "Verwijder die link" in response.content.decode()
    assert (
        world.intranet_x.slug
        not in Page.objects.get(pk=world.project_y.pk)
        .get_latest_revision_as_object()
        .body.raw_data.__str__()
    )


def test_a_link_to_another_networks_private_document_is_refused(
    world, login, edit_form_data, secret_document
):
    client = login(world.editor_y)
    data = with_body(
        edit_form_data(client, world.project_y),
        paragraph_with("DOCUMENT", {"id": secret_document.pk}),
    )

    response = client.post(reverse("wagtailadmin_pages:edit", args=[world.project_y.pk]), data)

    assert response.status_code == 200
    assert "Verwijder die link" in response.content.decode()


def test_links_to_ones_own_closed_area_and_to_public_pages_are_saved(
    world, login, edit_form_data, secret_document
):
    client = login(world.editor_x)
    data = with_body(
        edit_form_data(client, world.project_x),
        paragraph_with("LINK", {"id": world.intranet_x.pk}),
    )

    response = client.post(reverse("wagtailadmin_pages:edit", args=[world.project_x.pk]), data)

    assert response.status_code == 302
    for_y = login(world.editor_y)
    public = with_body(
        edit_form_data(for_y, world.project_y), paragraph_with("LINK", {"id": world.project_x.pk})
    )
    assert (
        for_y.post(
            reverse("wagtailadmin_pages:edit", args=[world.project_y.pk]), public
        ).status_code
        == 302
    )
