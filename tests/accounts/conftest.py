"""A world with closed areas: networks X (Tracer) and Y (Diamond) from the editorial world,
X's intranet and extranet, Y's intranet, and one user per role including a member of Y."""

from collections.abc import Callable
from types import SimpleNamespace

import pytest
from django.test import Client

from networks.models import ClosedAreaPage
from tests import factories, worldcache
from tests.editorial.conftest import _build_world

PASSWORD = "test-password"  # tests.factories.UserFactory's


def build_closed_world() -> SimpleNamespace:
    world = _build_world()
    world.intranet_x.intro = "Verslagen van de stuurgroep en de planning van het netwerk."
    world.intranet_x.save_revision().publish()
    world.intranet_y = factories.ClosedAreaPageFactory(
        parent=world.network_y, area=ClosedAreaPage.INTRANET, title="Werkruimte Diamond"
    )
    world.outsider = factories.UserFactory(username="buitenstaander")
    return world


@worldcache.fixture
def closed_world() -> SimpleNamespace:
    return build_closed_world()


@pytest.fixture
def browser(db) -> Callable[..., Client]:
    """A separate browser per user, logged in unless the user is None."""

    def client_for(user=None) -> Client:
        client = Client()
        if user is not None:
            client.force_login(user)
        return client

    return client_for
