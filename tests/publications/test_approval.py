"""The ESF logo box: the coordinator's Approve (and any other way of publishing) refuses a
publication whose box is not ticked, with the reason, and nothing goes live. Through the real
admin: the edit form, the workflow's approve from the dashboard, bulk publish, the admin API."""

import html

import pytest
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from wagtail.models import Page, WorkflowState

from publications.models import PublicationPage
from tests import factories

REFUSAL_NL = "het vakje “De logo's van het ESF en Vlaanderen staan op deze publicatie”"
REFUSAL_EN = "the box “The ESF and Flemish logos are on this publication” is not ticked"


def _edit_url(page: Page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def _draft_publication(world, *, logos: bool) -> PublicationPage:
    """A new publication of network X, never published, as an editor leaves it."""
    publication = factories.PublicationPageFactory(
        parent=world.network_x,
        title="Brochure werkend leren",
        live=False,
        esf_logos_present=logos,
    )
    publication.save_revision(user=world.editor_x)
    return publication


def _submitted(world, login, edit_form_data, *, logos: bool) -> PublicationPage:
    """The editor submits it for the coordinator's approval (allowed with or without logos)."""
    publication = _draft_publication(world, logos=logos)
    editor = login(world.editor_x)
    data = edit_form_data(editor, publication)
    data["action-submit"] = "action-submit"
    response = editor.post(_edit_url(publication), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Page.objects.get(pk=publication.pk).workflow_in_progress
    return publication


def _approve_from_dashboard(client: Client, page: Page, **headers):
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    return client.post(url, {"comment": ""}, **headers)


def _messages(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def _is_live(page: Page) -> bool:
    return Page.objects.get(pk=page.pk).live


def _public_status(page: Page) -> int:
    return Client().get(page.url or "/nl/netwerken/tracer/brochure-werkend-leren/").status_code


def test_approving_from_the_dashboard_without_the_box_is_refused_with_the_reason(
    world, login, edit_form_data, mailoutbox
):
    publication = _submitted(world, login, edit_form_data, logos=False)
    mailoutbox.clear()

    response = _approve_from_dashboard(login(world.coordinator), publication)

    assert response.status_code == 302
    assert response.url == _edit_url(publication)
    [message] = _messages(response)
    assert REFUSAL_NL in message
    assert "Brochure werkend leren" in message
    assert not _is_live(publication)
    page = Page.objects.get(pk=publication.pk)
    assert page.live_revision_id is None
    # Still waiting for the coordinator: nothing was approved, nobody was told it was.
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert mailoutbox == []


def test_the_refusal_is_in_english_for_an_english_speaking_coordinator(
    world, login, edit_form_data
):
    publication = _submitted(world, login, edit_form_data, logos=False)
    coordinator = login(world.coordinator)

    response = _approve_from_dashboard(coordinator, publication, HTTP_ACCEPT_LANGUAGE="en")

    [message] = _messages(response)
    assert REFUSAL_EN in message
    assert not _is_live(publication)


def test_approving_in_the_modal_gets_the_reason_on_the_edit_screen(world, login, edit_form_data):
    publication = _submitted(world, login, edit_form_data, logos=False)

    response = _approve_from_dashboard(
        login(world.coordinator), publication, HTTP_X_REQUESTED_WITH="XMLHttpRequest"
    )

    assert response.status_code == 200
    assert response.json() == {"step": "success", "redirect": _edit_url(publication)}
    assert REFUSAL_NL in _messages(response)[0]
    assert not _is_live(publication)


def test_approving_on_the_edit_screen_without_the_box_is_refused_on_the_box(
    world, login, edit_form_data
):
    publication = _submitted(world, login, edit_form_data, logos=False)
    coordinator = login(world.coordinator)
    data = edit_form_data(coordinator, publication)
    data["action-workflow-action"] = "true"
    data["workflow-action-name"] = "approve"

    response = coordinator.post(_edit_url(publication), data)

    assert response.status_code == 200
    assert REFUSAL_NL in html.unescape(response.content.decode())
    assert not _is_live(publication)
    assert Page.objects.get(pk=publication.pk).workflow_in_progress


def test_approving_with_the_box_ticked_publishes(world, login, edit_form_data):
    publication = _submitted(world, login, edit_form_data, logos=True)

    response = _approve_from_dashboard(login(world.coordinator), publication)

    assert response.status_code == 302
    assert _is_live(publication)
    assert Client().get(Page.objects.get(pk=publication.pk).url).status_code == 200


def test_ticking_the_box_while_approving_on_the_edit_screen_publishes(world, login, edit_form_data):
    publication = _submitted(world, login, edit_form_data, logos=False)
    coordinator = login(world.coordinator)
    data = edit_form_data(coordinator, publication, esf_logos_present="on")
    data["action-workflow-action"] = "true"
    data["workflow-action-name"] = "approve"

    response = coordinator.post(_edit_url(publication), data)

    assert response.status_code == 302
    assert PublicationPage.objects.get(pk=publication.pk).live
    assert PublicationPage.objects.get(pk=publication.pk).esf_logos_present


@pytest.mark.parametrize("role", ["coordinator", "superuser"])
def test_publishing_without_the_box_is_refused(world, login, edit_form_data, role):
    publication = _draft_publication(world, logos=False)
    client = login(world.users[role])
    data = edit_form_data(client, publication)
    data["action-publish"] = "action-publish"

    response = client.post(_edit_url(publication), data)

    assert response.status_code == 200
    assert REFUSAL_NL in html.unescape(response.content.decode())
    assert not _is_live(publication)


@pytest.mark.parametrize("role", ["coordinator", "superuser"])
def test_publishing_with_the_box_ticked_is_allowed(world, login, edit_form_data, role):
    publication = _draft_publication(world, logos=False)
    client = login(world.users[role])
    data = edit_form_data(client, publication, esf_logos_present="on")
    data["action-publish"] = "action-publish"

    response = client.post(_edit_url(publication), data)

    assert response.status_code == 302
    assert _is_live(publication)


def test_an_editor_may_save_and_submit_without_the_box(world, login, edit_form_data):
    publication = _submitted(world, login, edit_form_data, logos=False)
    assert not _is_live(publication)


def test_bulk_publish_without_the_box_publishes_nothing(world, login):
    refused = _draft_publication(world, logos=False)
    fine = factories.PublicationPageFactory(parent=world.network_x, live=False)
    fine.save_revision()
    coordinator = login(world.coordinator)
    url = (
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
        + f"?id={refused.pk}&id={fine.pk}&next=/admin/pages/{world.network_x.pk}/"
    )

    response = coordinator.post(url, {"include_descendants": ""})

    assert response.status_code == 302
    assert response.url == f"/admin/pages/{world.network_x.pk}/"
    assert any(REFUSAL_NL in message for message in _messages(response))
    assert not _is_live(refused)
    assert not _is_live(fine)  # the whole bulk action is one transaction


def test_bulk_publish_of_a_network_with_its_drafts_publishes_nothing(world, login):
    refused = _draft_publication(world, logos=False)
    coordinator = login(world.coordinator)
    world.network_x.save_revision()
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + (
        f"?id={world.network_x.pk}"
    )

    response = coordinator.post(url, {"include_descendants": "on"})

    assert response.status_code == 302
    assert any(REFUSAL_NL in message for message in _messages(response))
    assert not _is_live(refused)


def test_the_admin_api_refuses_with_the_reason(world, login):
    publication = _draft_publication(world, logos=False)
    url = reverse("wagtailadmin_api:pages:action", args=[publication.pk, "publish"])

    response = login(world.coordinator).post(url, {}, content_type="application/json")

    assert response.status_code == 400
    assert REFUSAL_NL in html.unescape(response.content.decode())
    assert not _is_live(publication)


def test_a_revision_without_the_box_is_never_published_in_code(world):
    publication = _draft_publication(world, logos=False)
    with pytest.raises(Exception, match="ESF"):
        publication.get_latest_revision().publish()
    assert not _is_live(publication)


def test_a_file_from_a_closed_area_is_refused_with_a_message(world, login, edit_form_data):
    from privatemedia.selectors import closed_area_collections_for

    intranet_files = closed_area_collections_for(access=world.access_x)["intranet"]
    private = factories.DocumentFactory(collection=intranet_files, title="Interne notulen")
    publication = _draft_publication(world, logos=True)
    editor = login(world.editor_x)
    data = edit_form_data(editor, publication, document=str(private.pk))

    response = editor.post(_edit_url(publication), data)

    assert response.status_code == 200
    assert "staat in een afgeschermde collectie" in html.unescape(response.content.decode())
    assert PublicationPage.objects.get(pk=publication.pk).document_id != private.pk
