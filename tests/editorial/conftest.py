"""An editorial world: two networks, a theme, the home page, and one user per role.

Network X (Tracer) has a live project, an intranet and an extranet; network Y (Diamond) has a
live project. Every user has an e-mail address, so workflow mail can be checked per person.
"""

from collections.abc import Callable, Iterator
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.db import transaction
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from access import roles
from editorial.services.provisioning import network_provision
from networks.models import ClosedAreaPage
from tests import factories


def _user(username: str, *groups: Group):
    user = factories.UserFactory(username=username, email=f"{username}@example.org")
    user.groups.add(*groups)
    return user


def _build_world() -> SimpleNamespace:
    home = factories.home_page()
    world = SimpleNamespace(home=home)

    theme_index = factories.ThemeIndexPageFactory(parent=home)
    world.theme = factories.ThemePageFactory(parent=theme_index, title="Mobiliteit")

    network_index = factories.NetworkIndexPageFactory(parent=home)
    world.network_x = factories.NetworkPageFactory(
        parent=network_index, title="Tracer", short_name="TRACER"
    )
    world.network_y = factories.NetworkPageFactory(
        parent=network_index, title="Diamond", short_name="DIAMOND"
    )
    world.project_x = factories.ProjectPageFactory(
        parent=world.network_x, title="Werkend leren", intro="Leerlingen leren op de werkvloer."
    )
    world.project_y = factories.ProjectPageFactory(parent=world.network_y, title="Woon-werkverkeer")
    world.intranet_x = factories.ClosedAreaPageFactory(
        parent=world.network_x, area=ClosedAreaPage.INTRANET
    )
    world.extranet_x = factories.ClosedAreaPageFactory(
        parent=world.network_x, area=ClosedAreaPage.EXTRANET
    )

    # Provisioning also runs on save (editorial.signals); calling it is idempotent.
    world.access_x = network_provision(network_page=world.network_x)
    world.access_y = network_provision(network_page=world.network_y)
    coordinators = Group.objects.get(name=roles.COORDINATOR_GROUP)

    world.users = {
        "anonymous": AnonymousUser(),
        "member_x": _user("lid-tracer", world.access_x.members),
        "partner_x": _user("partner-tracer", world.access_x.partners),
        "editor_x": _user("redacteur-tracer", world.access_x.editors),
        "editor_y": _user("redacteur-diamond", world.access_y.editors),
        "coordinator": _user("coordinator", coordinators),
    }
    for role, user in world.users.items():
        setattr(world, role, user)
    return world


@pytest.fixture
def world(db) -> SimpleNamespace:
    """A fresh editorial world per test, for tests that write."""
    return _build_world()


@pytest.fixture
def published_world(world) -> SimpleNamespace:
    """The world with its theme and projects published through Wagtail (a live revision each)."""
    for page in (world.theme, world.project_x, world.project_y):
        page.save_revision().publish()
    return world


@pytest.fixture(scope="class")
def shared_world(django_db_setup, django_db_blocker) -> Iterator[SimpleNamespace]:
    """One editorial world for a whole test class of read-only checks, rolled back after it.

    Each test still runs in its own savepoint (request `db`), so a test that writes by
    mistake cannot leak into the next one.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        yield _build_world()
        transaction.set_rollback(True)


@pytest.fixture
def login(db) -> Callable[..., Client]:
    """A separate browser per user: `login(world.editor_x)`."""

    def client_for(user) -> Client:
        client = Client()
        client.force_login(user)
        return client

    return client_for


@pytest.fixture
def edit_form_data() -> Callable:
    """The page's admin edit form as `client` gets it, with `changes` filled in.

    `edit_form_data(client, page, intro="...")` returns POST data; add "action-submit" etc.
    """

    def form_data(client: Client, page, **changes):
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200
        data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
        # The StreamField widget is drawn by JavaScript; the pages here have an empty body.
        data["body-count"] = "0"
        data.update(changes)
        return data

    return form_data


@pytest.fixture
def assert_refused() -> Callable:
    """A 403, or Wagtail's "no permission" redirect to the dashboard."""

    def check(response) -> None:
        assert response.status_code == 403 or (
            response.status_code == 302 and response.url == reverse("wagtailadmin_home")
        ), f"not refused: {response.status_code} {response.get('Location', '')}"

    return check
