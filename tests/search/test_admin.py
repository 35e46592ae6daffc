"""The coordinators' search log report and the promoted results' admin: who may see them."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query

from access import roles
from search.models import ZeroResultQuery
from tests import worldcache
from tests.editorial.conftest import _build_world

PROMOTION_PERMISSIONS = {"add_searchpromotion", "change_searchpromotion", "delete_searchpromotion"}


@worldcache.fixture
def world():
    return _build_world()


def client_for(world, role: str) -> Client:
    client = Client()
    if role != "anonymous":
        client.force_login(world.users[role])
    return client


def _group_codenames(group: Group) -> set[str]:
    return set(
        group.permissions.filter(content_type__app_label="wagtailsearchpromotions").values_list(
            "codename", flat=True
        )
    )


def test_only_the_coordinators_group_may_promote_results(world):
    coordinators = Group.objects.get(name=roles.COORDINATOR_GROUP)
    assert _group_codenames(coordinators) == PROMOTION_PERMISSIONS
    for access in (world.access_x, world.access_y):
        for group in (access.editors, access.members, access.partners):
            assert _group_codenames(group) == set(), group


def test_the_report_shows_frequent_and_fruitless_searches_to_a_coordinator(world):
    query = Query.get("fietsleasing")
    query.add_hit()
    query.add_hit()
    Query.get("okapiwolk").add_hit()
    ZeroResultQuery.objects.create(
        query_string="okapiwolk", language="nl", date=query.daily_hits.get().date, hits=1
    )

    response = client_for(world, "coordinator").get(reverse("search_log_report"))

    assert response.status_code == 200
    frequent = [(q.query_string, q.searches) for q in response.context["frequent_queries"]]
    assert frequent == [("fietsleasing", 2), ("okapiwolk", 1)]
    zero = response.context["zero_result_queries"]
    assert [(row["query_string"], row["searches"]) for row in zero] == [("okapiwolk", 1)]
    promote = reverse("wagtailsearchpromotions:edit", args=[Query.get("okapiwolk").pk])
    assert promote in response.content.decode()
    # The link opens the promotions of that very query.
    assert client_for(world, "coordinator").get(promote).status_code == 200


@pytest.mark.parametrize("role", ["editor_x", "editor_y"])
def test_the_report_and_promotions_are_refused_to_network_editors(world, role):
    client = client_for(world, role)

    assert client.get(reverse("search_log_report")).status_code == 403
    promotions = client.get(reverse("wagtailsearchpromotions:index"))
    assert promotions.status_code in (302, 403)
    assert promotions.get("Location", "") in ("", reverse("wagtailadmin_home"))
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("search_log_report") not in menu
    assert reverse("wagtailsearchpromotions:index") not in menu


@pytest.mark.parametrize("role", ["member_x", "partner_x"])
def test_members_and_partners_never_reach_the_report(world, role):
    response = client_for(world, role).get(reverse("search_log_report"))

    assert response.status_code in (302, 403)
    assert "fietsleasing" not in response.content.decode()
    if response.status_code == 302:
        assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_anonymous_visitors_go_to_the_login(world):
    response = client_for(world, "anonymous").get(reverse("search_log_report"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_the_coordinator_finds_the_report_and_the_promotions_in_the_menu(world):
    menu = client_for(world, "coordinator").get(reverse("wagtailadmin_home")).content.decode()

    assert reverse("search_log_report") in menu
    assert reverse("wagtailsearchpromotions:index") in menu
