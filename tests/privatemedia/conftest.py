"""Two networks with their closed-area collections, one user per role, and stored files.

Files land in a temporary MEDIA_ROOT, never in the repository.
"""

from collections.abc import Callable
from io import BytesIO
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.test import Client
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from access import roles
from editorial.services.provisioning import network_provision
from networks.models import ClosedAreaPage
from privatemedia.services import closed_area_collections_ensure
from tests import factories


def png_bytes(colour: str = "red") -> bytes:
    buffer = BytesIO()
    PillowImage.new("RGB", (200, 150), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def _user(username: str, *groups: Group):
    user = factories.UserFactory(username=username)
    user.groups.add(*groups)
    return user


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    # Wagtail caches renditions by image id and file hash; ids repeat between tests.
    for cache in caches.all():
        cache.clear()
    return tmp_path


@pytest.fixture
def networks(db) -> SimpleNamespace:
    home = factories.home_page()
    network_index = factories.NetworkIndexPageFactory(parent=home)
    world = SimpleNamespace()
    world.network_x = factories.NetworkPageFactory(
        parent=network_index, title="Tracer", short_name="TRACER"
    )
    world.network_y = factories.NetworkPageFactory(
        parent=network_index, title="Diamond", short_name="DIAMOND"
    )
    factories.ClosedAreaPageFactory(parent=world.network_x, area=ClosedAreaPage.INTRANET)
    factories.ClosedAreaPageFactory(parent=world.network_x, area=ClosedAreaPage.EXTRANET)
    world.access_x = network_provision(network_page=world.network_x)
    world.access_y = network_provision(network_page=world.network_y)
    # Until network_provision calls it; calling it again is harmless.
    world.collections_x = closed_area_collections_ensure(access=world.access_x)
    world.collections_y = closed_area_collections_ensure(access=world.access_y)
    coordinators = Group.objects.get(name=roles.COORDINATOR_GROUP)
    world.users = {
        "anonymous": AnonymousUser(),
        "member_x": _user("lid-tracer", world.access_x.members),
        "partner_x": _user("partner-tracer", world.access_x.partners),
        "editor_x": _user("redacteur-tracer", world.access_x.editors),
        "editor_y": _user("redacteur-diamond", world.access_y.editors),
        "member_y": _user("lid-diamond", world.access_y.members),
        "coordinator": _user("coordinator", coordinators),
    }
    return world


@pytest.fixture
def files(networks, media_root) -> SimpleNamespace:
    """A document and an image (with a rendition) in X's intranet, X's extranet and the root."""
    document_model = get_document_model()
    image_model = get_image_model()
    places = {
        "intranet": networks.collections_x[ClosedAreaPage.INTRANET],
        "extranet": networks.collections_x[ClosedAreaPage.EXTRANET],
        "public": Collection.get_first_root_node(),
    }
    stored = SimpleNamespace()
    for place, collection in places.items():
        document = document_model.objects.create(
            title=f"Verslag {place}",
            file=ContentFile(b"%PDF-1.4 minutes", name=f"verslag-{place}.pdf"),
            collection=collection,
        )
        image = image_model.objects.create(
            title=f"Foto {place}",
            file=ImageFile(BytesIO(png_bytes()), name=f"foto-{place}.png"),
            collection=collection,
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
