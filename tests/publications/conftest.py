"""The editorial world (tests/editorial/conftest.py: networks Tracer (X) and Diamond (Y), one
user per role) with a superuser, and the admin edit form helper, for the publications tests."""

from collections.abc import Callable
from types import SimpleNamespace

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from tests import factories, worldcache
from tests.editorial.conftest import _build_world


@worldcache.fixture
def publications_world() -> SimpleNamespace:
    """Built once for consecutive tests that ask for it (tests/worldcache.py), before the
    test's `media_root`: what it stores goes to temporary directories removed once built."""
    with worldcache.stored_elsewhere():
        return build_publications_world()


@pytest.fixture
def world(publications_world, media_root) -> SimpleNamespace:
    """The publications' world; what a test stores goes to its own temporary MEDIA_ROOT."""
    return publications_world


def build_publications_world() -> SimpleNamespace:
    world = _build_world()
    world.superuser = factories.UserFactory(username="beheerder", superuser=True)
    world.users["superuser"] = world.superuser
    return world


@pytest.fixture
def edit_form_data() -> Callable:
    """The page's admin edit form as `client` gets it, with `changes` filled in."""

    def form_data(client: Client, page, **changes):
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200
        data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
        data["body-count"] = "0"  # the StreamField widget is drawn by JavaScript
        # A ticked box without a value attribute: a browser sends "on", the helper "".
        if data.get("esf_logos_present") == "":
            data["esf_logos_present"] = "on"
        data.update(changes)
        return data

    return form_data
