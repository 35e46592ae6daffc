"""The dashboards: what waits for a coordinator, an editor's own work, where the explorer opens.

Uses the editorial world of tests/editorial/conftest.py: networks X (Tracer) and Y (Diamond),
a live project in each, an editor per network and a coordinator.
"""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.admin.menu import admin_menu
from wagtail.models import Locale, Page, TaskState

from editorial.models import PageActionRequest
from editorial.panels import ApprovalQueuePanel, EditorWorkPanel
from editorial.services.provisioning import network_provision
from tests import factories
from tests.utils import page_submit

DASHBOARD = "/admin/"


def publish(page: Page, user) -> None:
    """Give a page a live revision, so that there is a live version to compare with."""
    Page.objects.get(pk=page.pk).specific.save_revision(user=user).publish(user=user)


def submitted_at(page: Page, moment) -> None:
    TaskState.objects.filter(
        workflow_state__object_id=str(page.pk), status=TaskState.STATUS_IN_PROGRESS
    ).update(started_at=moment)


def dashboard(client) -> BeautifulSoup:
    response = client.get(DASHBOARD)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def queue_rows(soup: BeautifulSoup, network: Page) -> list[int]:
    table = soup.select_one(f'#dkc-approval-queue-section table[data-network="{network.pk}"]')
    return [int(row["data-page"]) for row in table.select("tr[data-page]")] if table else []


def test_the_coordinator_sees_a_submission_under_its_network_with_review_and_compare_links(
    world, login
):
    publish(world.project_x, world.coordinator)
    page = page_submit(world.project_x, world.editor_x, title="Werkend leren (nieuw)")
    revision_id = page.get_latest_revision().pk
    client = login(world.coordinator)

    soup = dashboard(client)

    assert queue_rows(soup, world.network_x) == [world.project_x.pk]
    assert queue_rows(soup, world.network_y) == []
    row = soup.select_one(f'#dkc-approval-queue-section tr[data-page="{world.project_x.pk}"]')
    assert "Werkend leren (nieuw)" in row.get_text()
    assert world.editor_x.get_full_name() in row.get_text()
    links = {a["href"] for a in row.select("a")}
    compare_url = reverse(
        "wagtailadmin_pages:revisions_compare", args=[page.pk, "live", revision_id]
    )
    assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in links
    assert compare_url in links
    assert client.get(compare_url).status_code == 200


def test_a_new_page_waiting_for_approval_has_no_compare_link(world, login):
    new_page = factories.ContentPageFactory(parent=world.network_x, title="Nieuwe oproep")
    new_page.unpublish()
    page_submit(new_page, world.editor_x)

    soup = dashboard(login(world.coordinator))

    row = soup.select_one(f'#dkc-approval-queue-section tr[data-page="{new_page.pk}"]')
    assert row is not None
    assert not [a for a in row.select("a") if "/revisions/compare/" in a["href"]]


def test_the_approval_queue_is_oldest_first_and_the_longest_waiting_network_first(world, login):
    now = timezone.now()
    extra_x = factories.ContentPageFactory(parent=world.network_x, title="Contact Tracer")
    # Submitted in the opposite order to the tree, so the order can only come from the dates.
    page_submit(extra_x, world.editor_x)
    page_submit(world.project_x, world.editor_x)
    page_submit(world.project_y, world.editor_y)
    submitted_at(extra_x, now - timedelta(hours=1))
    submitted_at(world.project_x, now - timedelta(days=2))
    submitted_at(world.project_y, now - timedelta(days=3))

    soup = dashboard(login(world.coordinator))

    assert queue_rows(soup, world.network_x) == [world.project_x.pk, extra_x.pk]
    tables = soup.select("#dkc-approval-queue-section table[data-network]")
    assert [table["data-network"] for table in tables] == [
        str(world.network_y.pk),
        str(world.network_x.pk),
    ]


def test_pending_requests_are_listed_oldest_first_with_a_link_to_decide(world, login):
    newer = factories.PageActionRequestFactory(
        page=world.project_y, action=PageActionRequest.Action.DELETE, requested_by=world.editor_y
    )
    older = factories.PageActionRequestFactory(
        page=world.project_x,
        action=PageActionRequest.Action.UNPUBLISH,
        requested_by=world.editor_x,
    )
    PageActionRequest.objects.filter(pk=older.pk).update(
        requested_at=timezone.now() - timedelta(days=1)
    )
    factories.PageActionRequestFactory(
        page=world.intranet_x,
        action=PageActionRequest.Action.MOVE,
        requested_by=world.editor_x,
        status=PageActionRequest.Status.REJECTED,
    )

    soup = dashboard(login(world.coordinator))

    rows = soup.select("#dkc-pending-requests tr[data-request]")
    assert [int(row["data-request"]) for row in rows] == [older.pk, newer.pk]
    assert "Tracer" in rows[0].get_text()
    try:
        detail_url = reverse("editorial:request_detail", args=[older.pk])
    except NoReverseMatch:  # the request views are not installed yet
        detail_url = None
    if detail_url:
        assert rows[0].select_one("a")["href"] == detail_url


def test_a_network_editor_sees_own_draft_and_submission_with_their_state(world, login):
    draft = Page.objects.get(pk=world.project_x.pk).specific
    draft.intro = "Nieuwe inleiding"
    draft.save_revision(user=world.editor_x)
    submission = factories.ContentPageFactory(parent=world.network_x, title="Studiedag")
    page_submit(submission, world.editor_x)
    # Y's editor's draft is not X's editor's business.
    Page.objects.get(pk=world.project_y.pk).specific.save_revision(user=world.editor_y)

    soup = dashboard(login(world.editor_x))

    rows = soup.select("#dkc-editor-work-section tr[data-page]")
    states = {int(row["data-page"]): row["data-state"] for row in rows}
    assert states == {submission.pk: "awaiting", world.project_x.pk: "draft"}
    assert int(rows[0]["data-page"]) == submission.pk  # newest first
    with translation.override("nl"):
        assert gettext("Awaiting approval") in rows[0].get_text()
        assert gettext("Draft") in rows[1].get_text()
    assert soup.select_one("#dkc-approval-queue-section") is None


def test_a_rejected_submission_shows_as_rejected_with_the_coordinators_comment(world, login):
    page = page_submit(world.project_x, world.editor_x)
    task_state = page.current_workflow_task_state
    task_state.task.specific.on_action(
        task_state, world.coordinator, "reject", comment="Graag een bron vermelden."
    )

    soup = dashboard(login(world.editor_x))

    row = soup.select_one(f'#dkc-editor-work-section tr[data-page="{page.pk}"]')
    assert row["data-state"] == "rejected"
    assert "Graag een bron vermelden." in row.get_text()


def test_the_coordinator_has_no_editor_panel_and_the_other_editor_sees_nothing_of_x(world, login):
    page_submit(world.project_x, world.editor_x)

    coordinator_view = dashboard(login(world.coordinator))
    other_editor_view = dashboard(login(world.editor_y))

    assert coordinator_view.select_one("#dkc-editor-work-section") is None
    assert other_editor_view.select("#dkc-editor-work-section tr[data-page]") == []
    assert other_editor_view.select_one("#dkc-approval-queue-section") is None


@pytest.mark.parametrize("editor, network", [("editor_x", "network_x"), ("editor_y", "network_y")])
def test_a_network_editors_explorer_opens_at_their_network(world, login, editor, network):
    response = login(getattr(world, editor)).get(reverse("wagtailadmin_explore_root"))

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_explore", args=[getattr(world, network).pk])


def _explorer_start_page_id(user) -> int:
    request = RequestFactory().get(DASHBOARD)
    request.user = user
    with translation.override("nl"):
        (item,) = [i for i in admin_menu.menu_items_for_request(request) if i.name == "explorer"]
        return item.render_component(request).start_page_id


def test_the_explorer_menu_still_opens_at_the_network_once_it_is_translated(world):
    english = Locale.objects.get(language_code="en")
    world.network_x.copy_for_translation(english, copy_parents=True)
    network_provision(network_page=world.network_x)

    # Permissions on both languages' network pages would make Wagtail start at the root.
    assert _explorer_start_page_id(world.editor_x) == world.network_x.pk
    assert _explorer_start_page_id(world.coordinator) == Page.get_first_root_node().pk


def _panel_queries(panel, user) -> int:
    request = RequestFactory().get(DASHBOARD)
    request.user = user
    with CaptureQueriesContext(connection) as queries:
        html = panel.render_html({"request": request})
    assert html
    return len(queries)


def test_the_panels_cost_the_same_queries_for_one_row_as_for_many(world):
    page_submit(world.project_x, world.editor_x)
    one = (
        _panel_queries(ApprovalQueuePanel(), world.coordinator),
        _panel_queries(EditorWorkPanel(), world.editor_x),
    )
    for title in ("Studiedag", "Werkbezoek", "Nieuwsbrief"):
        page_submit(
            factories.ContentPageFactory(parent=world.network_x, title=title), world.editor_x
        )
    page_submit(world.project_y, world.editor_y)

    many = (
        _panel_queries(ApprovalQueuePanel(), world.coordinator),
        _panel_queries(EditorWorkPanel(), world.editor_x),
    )

    assert many == one
