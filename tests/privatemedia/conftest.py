"""Two networks with their closed-area collections, one user per role, and stored files.

Files land in a temporary MEDIA_ROOT, never in the repository.
"""

from collections.abc import Callable
from types import SimpleNamespace

import pytest
from django.test import Client
from wagtail.models import Collection

from networks.models import ClosedAreaPage
from privatemedia.selectors import closed_area_collections_for
from tests import factories, worldcache
from tests.editorial.conftest import _build_world


@worldcache.fixture
def networks() -> SimpleNamespace:
    """The editorial world's networks and users (tests/editorial/conftest.py), with the
    closed-area collections `network_provision` made for each network."""
    world = _build_world()
    world.collections_x = closed_area_collections_for(access=world.access_x)
    world.collections_y = closed_area_collections_for(access=world.access_y)
    return world


@pytest.fixture
def files(networks, media_root) -> SimpleNamespace:
    """A document and an image (with a rendition) in X's intranet, X's extranet and the root."""
    places = {
        "intranet": networks.collections_x[ClosedAreaPage.INTRANET],
        "extranet": networks.collections_x[ClosedAreaPage.EXTRANET],
        "public": Collection.get_first_root_node(),
    }
    stored = SimpleNamespace()
    for place, collection in places.items():
        document = factories.DocumentFactory(
            title=f"Verslag {place}",
            file__filename=f"verslag-{place}.pdf",
            file__data=b"%PDF-1.4 minutes",
            collection=collection,
        )
        image = factories.ImageFactory(
            title=f"Foto {place}", file__filename=f"foto-{place}.png", collection=collection
        )
        setattr(stored, f"{place}_document", document)
        setattr(stored, f"{place}_image", image)
        setattr(stored, f"{place}_rendition", image.get_rendition("fill-100x100"))
    return stored


@pytest.fixture
def browser(db) -> Callable[..., Client]:
    """A separate browser per user; anonymous gets a client without a session."""

    def client_for(user) -> Client:
        client = Client()
        if user.is_authenticated:
            client.force_login(user)
        return client

    return client_for
