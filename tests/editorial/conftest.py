"""An editorial world: two networks, a theme, the home page, and one user per role.

Network X (Tracer) has a live project, an intranet and an extranet; network Y (Diamond) has a
live project. The users are X's member, partner and editor, Y's editor and member, and a
coordinator. Every user has an e-mail address, so workflow mail can be checked per person.
"""

from collections.abc import Callable, Iterator
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from tests import factories, worldcache


def _build_world() -> SimpleNamespace:
    home = factories.home_page()
    world = SimpleNamespace(home=home)

    theme_index = factories.ThemeIndexPageFactory(parent=home)
    world.theme = factories.ThemePageFactory(parent=theme_index, title="Mobiliteit")

    world.access_x = factories.NetworkAccessFactory(
        network_page__title="Tracer",
        network_page__short_name="TRACER",
        intranet=True,
        extranet=True,
    )
    world.access_y = factories.NetworkAccessFactory(
        network_page__title="Diamond", network_page__short_name="DIAMOND"
    )
    # Collections are kept in name order: Diamond's went in before Tracer's, moving it.
    world.access_x.refresh_from_db()
    world.network_x = world.access_x.network_page
    world.network_y = world.access_y.network_page
    world.project_x = factories.ProjectPageFactory(
        parent=world.network_x, title="Werkend leren", intro="Leerlingen leren op de werkvloer."
    )
    world.project_y = factories.ProjectPageFactory(parent=world.network_y, title="Woon-werkverkeer")
    world.intranet_x = world.access_x.intranet
    world.extranet_x = world.access_x.extranet

    world.users = {
        "anonymous": AnonymousUser(),
        "member_x": factories.RoleUserFactory(
            username="lid-tracer", access=world.access_x, role="members"
        ),
        "partner_x": factories.RoleUserFactory(
            username="partner-tracer", access=world.access_x, role="partners"
        ),
        "editor_x": factories.RoleUserFactory(
            username="redacteur-tracer", access=world.access_x, role="editors"
        ),
        "editor_y": factories.RoleUserFactory(
            username="redacteur-diamond", access=world.access_y, role="editors"
        ),
        "member_y": factories.RoleUserFactory(
            username="lid-diamond", access=world.access_y, role="members"
        ),
        "coordinator": factories.CoordinatorFactory(username="coordinator"),
    }
    for role, user in world.users.items():
        setattr(world, role, user)
    return world


@worldcache.fixture
def world() -> SimpleNamespace:
    """A fresh editorial world per test, for tests that write (its rows built once for
    consecutive tests that ask for it, each test in its own transaction: tests/worldcache.py)."""
    return _build_world()


@pytest.fixture
def published_world(world) -> SimpleNamespace:
    """The world with its theme and projects published through Wagtail (a live revision each)."""
    return world_pages_publish(world)


def world_pages_publish(world: SimpleNamespace) -> SimpleNamespace:
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
