"""The audit trail: who did what to which page when, for the coordinators, per network."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.admin.menu import admin_menu
from wagtail.log_actions import log
from wagtail.models import Collection, ModelLogEntry, Page, PageLogEntry

from editorial.models import PageActionRequest
from tests import factories
from tests.utils import page_decide, page_submit

AUDIT = "/admin/editorial/audit/"


@pytest.fixture
def world(world):
    """The editorial world, with the history of building it wiped: only the tests' acts count."""
    PageLogEntry.objects.all().delete()
    ModelLogEntry.objects.all().delete()
    return world


def audit_rows(client, **params) -> list:
    response = client.get(AUDIT, params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select("#dkc-audit tr[data-action]")


def test_the_audit_url_is_named():
    assert reverse("editorial_audit") == AUDIT


@pytest.mark.parametrize("role", ["editor_x", "editor_y"])
def test_editors_are_refused_the_audit(world, login, role):
    assert login(getattr(world, role)).get(AUDIT).status_code == 403


def test_anonymous_visitors_are_sent_to_the_login(client, world):
    response = client.get(AUDIT)

    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))


def test_filtered_on_a_network_the_audit_lists_its_submit_approve_and_publish_only(world, login):
    page_submit(world.project_x, world.editor_x)
    page_decide(world.project_x, world.coordinator, "approve", comment="Akkoord")
    page_submit(world.project_y, world.editor_y)
    client = login(world.coordinator)

    rows = audit_rows(client, network=world.network_x.pk)

    assert {int(row["data-page"]) for row in rows} == {world.project_x.pk}
    by_action = {row["data-action"]: row for row in rows}
    assert {"wagtail.workflow.start", "wagtail.workflow.approve", "wagtail.publish"} <= set(
        by_action
    )
    assert world.editor_x.get_full_name() in by_action["wagtail.workflow.start"].get_text()
    assert world.coordinator.get_full_name() in by_action["wagtail.workflow.approve"].get_text()
    assert "Akkoord" in by_action["wagtail.workflow.approve"].get_text()
    assert rows[0]["data-action"] == "wagtail.publish"  # newest first

    rows_y = audit_rows(client, network=world.network_y.pk)
    assert {int(row["data-page"]) for row in rows_y} == {world.project_y.pk}


def test_unfiltered_the_audit_lists_every_network_with_its_name(world, login):
    page_submit(world.project_x, world.editor_x)
    page_submit(world.project_y, world.editor_y)

    rows = audit_rows(login(world.coordinator))

    networks = {int(row["data-page"]): row.select("td")[4].get_text(strip=True) for row in rows}
    assert networks == {world.project_x.pk: "Tracer", world.project_y.pk: "Diamond"}


def test_the_audit_shows_fifty_entries_a_page(world, login):
    page = Page.objects.get(pk=world.project_x.pk).specific
    for number in range(55):
        page.title = f"Versie {number}"
        page.save_revision(user=world.editor_x, log_action=True)
    client = login(world.coordinator)

    assert len(audit_rows(client, network=world.network_x.pk)) == 50
    assert len(audit_rows(client, network=world.network_x.pk, p=2)) == 5


def test_request_entries_show_who_asked_and_stay_with_the_network_after_deletion(world, login):
    action_request = factories.PageActionRequestFactory(
        page=world.project_x,
        action=PageActionRequest.Action.DELETE,
        reason="Project afgelopen",
        requested_by=world.editor_x,
    )
    # Written as the request service logs it; bulk_create does not need the action registered.
    PageLogEntry.objects.bulk_create(
        [
            PageLogEntry(
                page_id=world.project_x.pk,
                content_type_id=world.project_x.content_type_id,
                label=world.project_x.title,
                action="dkc.request_delete",
                user=world.editor_x,
                timestamp=action_request.requested_at,
                data={
                    "request_id": action_request.pk,
                    "action": "delete",
                    "reason": "Project afgelopen",
                    "requester": "Redacteur Tracer",
                    "requester_id": world.editor_x.pk,
                },
            )
        ]
    )
    Page.objects.get(pk=world.project_x.pk).delete()
    client = login(world.coordinator)

    rows = audit_rows(client, network=world.network_x.pk)

    assert [row["data-action"] for row in rows] == ["wagtail.delete", "dkc.request_delete"]
    row = rows[1]
    assert "Werkend leren" in row.get_text()
    assert "Redacteur Tracer" in row.get_text()
    assert "Project afgelopen" in row.get_text()
    assert audit_rows(client, network=world.network_y.pk) == []


def _menu_names(user) -> set[str]:
    request = RequestFactory().get("/admin/")
    request.user = user
    return {item.name for item in admin_menu.menu_items_for_request(request)}


def test_the_audit_is_in_the_coordinators_menu_only(world):
    assert "dkc-audit" in _menu_names(world.coordinator)
    assert "dkc-audit" not in _menu_names(world.editor_x)


def test_the_coordinators_dashboard_links_to_the_audit(world, login):
    response = login(world.coordinator).get("/admin/")

    assert f'href="{AUDIT}"' in response.content.decode()


def _audit_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(AUDIT).status_code == 200
    return len(queries)


def test_the_audit_costs_the_same_queries_for_few_entries_as_for_many(world, login):
    client = login(world.coordinator)
    page_submit(world.project_x, world.editor_x)
    few = _audit_queries(client)
    page_decide(world.project_x, world.coordinator, "approve")
    page_submit(world.project_y, world.editor_y)
    for page in (world.intranet_x, world.extranet_x, world.network_y):
        Page.objects.get(pk=page.pk).specific.save_revision(user=world.editor_x, log_action=True)

    assert _audit_queries(client) == few


def _closed_collection(access, area: str) -> Collection:
    return Collection.objects.child_of(access.collection).get(name__endswith=area)


def test_a_collection_privacy_change_is_in_its_networks_audit_with_the_groups(world, login):
    collection = _closed_collection(world.access_x, "intranet")
    admin = factories.UserFactory(is_superuser=True, first_name="Beheerder", last_name="Site")
    client = login(admin)

    response = client.post(
        reverse("wagtailadmin_collections:set_privacy", args=[collection.pk]),
        {"restriction_type": "login"},
    )

    assert response.status_code == 200
    rows = audit_rows(client, network=world.network_x.pk)
    assert {row["data-action"] for row in rows} == {"dkc.collection_privacy_changed"}
    assert all(row["data-object"] == f"wagtailcore.collection:{collection.pk}" for row in rows)
    text = " ".join(row.get_text() for row in rows)
    assert "leden" in text  # the members' group no longer listed as readers
    assert "Beheerder Site" in text
    assert rows[0].select("td")[4].get_text(strip=True) == "Tracer"
    assert audit_rows(client, network=world.network_y.pk) == []


def test_a_page_restrictions_groups_are_logged_on_the_page(world, login):
    restriction = world.intranet_x.view_restrictions.get()

    restriction.groups.add(world.access_x.partners)

    rows = audit_rows(login(world.coordinator), network=world.network_x.pk)
    assert [row["data-action"] for row in rows] == ["dkc.privacy_groups_changed"]
    assert int(rows[0]["data-page"]) == world.intranet_x.pk
    assert world.access_x.partners.name in rows[0].get_text()


def test_entries_on_files_and_pages_are_one_list_newest_first_with_a_link(world, login):
    document = factories.DocumentFactory(
        title="Verslag", collection=_closed_collection(world.access_x, "intranet")
    )
    page_submit(world.project_x, world.editor_x)
    log(
        instance=document,
        action="dkc.privacy_groups_changed",
        user=world.coordinator,
        data={"network_key": str(world.network_x.translation_key), "added": ["x"]},
    )
    log(instance=document, action="dkc.privacy_groups_changed", data={"added": ["y"]})
    client = login(world.coordinator)

    rows = audit_rows(client, network=world.network_x.pk)

    assert [row["data-action"] for row in rows] == [
        "dkc.privacy_groups_changed",
        "wagtail.workflow.start",
    ]
    assert rows[0]["data-object"] == f"wagtaildocs.document:{document.pk}"
    link = rows[0].select_one("td.title a")
    assert link["href"] == reverse("wagtaildocs:edit", args=[document.pk])
    # Without a network key an entry shows only in the unfiltered audit.
    assert len(audit_rows(client)) == 3


def test_model_entries_of_a_deleted_object_or_with_a_bad_key_still_show(world, login):
    document = factories.DocumentFactory(title="Weg")
    log(instance=document, action="dkc.privacy_groups_changed", data={"network_key": "kapot"})
    document.delete()

    rows = audit_rows(login(world.coordinator))

    assert [row["data-action"] for row in rows] == ["dkc.privacy_groups_changed"]
    assert "Weg" in rows[0].get_text()
    assert rows[0].select_one("td.title a") is None
