"""The approval path through the real admin: a network editor proposes, the coordinator decides.

"Goedkeuring door DKC-coördinator" covers the whole public tree: the live page changes only
when a coordinator approves, and both sides hear about it by e-mail, in Dutch.
"""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Page, WorkflowState

from access import roles

# Every page here has a live revision, published through Wagtail, to compare against.
pytestmark = pytest.mark.usefixtures("published_world")

NEW_INTRO = "Leerlingen en leerkrachten leren samen op de werkvloer."


def _edit_url(page: Page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def _public_html(page: Page) -> str:
    """The page as a visitor sees it."""
    response = Client().get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def _workflow_action(client: Client, page: Page, action: str, comment: str):
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"comment": comment})


def _assert_dutch_subject(message, title: str, *dutch: str, not_: str) -> None:
    """The subject names the page and says what happened in Dutch (any of `dutch`)."""
    subject = message.subject.lower()
    assert title.lower() in subject, message.subject
    assert any(word in subject for word in dutch), message.subject
    assert not_ not in subject, message.subject


def _submit_new_intro(world, login, edit_form_data) -> None:
    editor = login(world.editor_x)
    data = edit_form_data(editor, world.project_x, intro=NEW_INTRO)
    data["action-submit"] = "action-submit"
    response = editor.post(_edit_url(world.project_x), data)
    assert response.status_code == 302


def test_a_submitted_change_goes_live_only_after_the_coordinator_approves(
    world, login, edit_form_data, mailoutbox
):
    page = world.project_x
    old_intro = page.intro
    live_revision = Page.objects.get(pk=page.pk).live_revision_id

    _submit_new_intro(world, login, edit_form_data)

    workflow_state = Page.objects.get(pk=page.pk).current_workflow_state
    assert workflow_state.workflow.name == roles.WORKFLOW_NAME
    assert workflow_state.requested_by == world.editor_x
    assert Page.objects.get(pk=page.pk).live_revision_id == live_revision
    html = _public_html(page)
    assert old_intro in html
    assert NEW_INTRO not in html

    [to_coordinator] = mailoutbox
    assert to_coordinator.to == [world.coordinator.email]
    _assert_dutch_subject(to_coordinator, "Werkend leren", "goedkeuring", not_="submitted")
    assert f"http://testserver{_edit_url(page)}" in to_coordinator.body
    mailoutbox.clear()

    response = _workflow_action(login(world.coordinator), page, "approve", "Prima zo.")

    assert response.status_code == 302
    html = _public_html(page)
    assert NEW_INTRO in html
    assert old_intro not in html
    page.refresh_from_db()
    assert page.live_revision_id != live_revision
    assert page.current_workflow_state is None
    [to_editor] = mailoutbox
    assert to_editor.to == [world.editor_x.email]
    _assert_dutch_subject(to_editor, "Werkend leren", "goedgekeurd", not_="approved")


def test_a_rejected_change_stays_off_the_site_and_the_editor_reads_why(
    world, login, edit_form_data, mailoutbox
):
    page = world.project_x
    old_intro = page.intro
    live_revision = Page.objects.get(pk=page.pk).live_revision_id
    _submit_new_intro(world, login, edit_form_data)
    mailoutbox.clear()

    response = _workflow_action(
        login(world.coordinator), page, "reject", "Graag eerst de bron vermelden."
    )

    assert response.status_code == 302
    html = _public_html(page)
    assert old_intro in html
    assert NEW_INTRO not in html
    page.refresh_from_db()
    assert page.live_revision_id == live_revision
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    [to_editor] = mailoutbox
    assert to_editor.to == [world.editor_x.email]
    _assert_dutch_subject(to_editor, "Werkend leren", "afgewezen", "afgekeurd", not_="rejected")
    assert "Graag eerst de bron vermelden." in to_editor.body
    assert f"http://testserver{_edit_url(page)}" in to_editor.body


def test_an_editor_cannot_approve_their_own_submission(
    world, login, edit_form_data, assert_refused, mailoutbox
):
    page = world.project_x
    _submit_new_intro(world, login, edit_form_data)
    mailoutbox.clear()

    response = _workflow_action(login(world.editor_x), page, "approve", "Zelf goedgekeurd.")

    assert_refused(response)
    assert NEW_INTRO not in _public_html(page)
    assert Page.objects.get(pk=page.pk).current_workflow_state.status == (
        WorkflowState.STATUS_IN_PROGRESS
    )
    assert mailoutbox == []


@pytest.mark.parametrize("role", ["editor_x", "coordinator"])
def test_saving_a_draft_never_changes_the_live_page(world, login, edit_form_data, mailoutbox, role):
    page = world.project_x
    old_intro = page.intro
    live_revision = Page.objects.get(pk=page.pk).live_revision_id
    client = login(getattr(world, role))

    response = client.post(_edit_url(page), edit_form_data(client, page, intro=NEW_INTRO))

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live_revision_id == live_revision
    assert page.intro == old_intro
    assert page.has_unpublished_changes
    assert page.get_latest_revision_as_object().intro == NEW_INTRO
    assert page.current_workflow_state is None
    html = _public_html(page)
    assert old_intro in html
    assert NEW_INTRO not in html
    assert mailoutbox == []
