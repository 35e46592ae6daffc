"""Mail flood (#17 item 7), editors' side: requests to unpublish, delete or move and Wagtail's
workflow submissions each mail every coordinator; one editor's account cannot turn that into
a flood. What is refused says so; a workflow step is never lost, only its excess mail."""

import pytest
from django.conf import settings
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.urls import reverse
from django.utils.html import escape
from django.utils.translation import gettext
from wagtail.models import Page, WorkflowState

from editorial.models import PageActionRequest
from editorial.services.requests import page_action_request_create
from tests import factories
from tests.utils import page_submit

REQUESTS_REFUSED = "You have sent too many requests in a short time. Try again later."


def mail_to(user) -> list:
    return [message for message in mail.outbox if user.email in message.to]


@override_settings(RATE_LIMITS={**settings.RATE_LIMITS, "page_request_requester": (2, 3600)})
def test_an_editor_cannot_flood_the_coordinators_with_requests(world, login):
    pages = [world.project_x] + [
        factories.ProjectPageFactory(parent=world.network_x, title=f"Project {n}") for n in (2, 3)
    ]
    for page in pages[:2]:
        page_action_request_create(
            user=world.editor_x, page=page, action=PageActionRequest.Action.UNPUBLISH
        )

    with pytest.raises(ValidationError) as refused:
        page_action_request_create(
            user=world.editor_x, page=pages[2], action=PageActionRequest.Action.UNPUBLISH
        )

    assert refused.value.code == "throttled"
    assert len(mail_to(world.coordinator)) == 2
    assert PageActionRequest.objects.count() == 2
    # Through the admin form: the form again, with the reason.
    response = login(world.editor_x).post(
        reverse("editorial:request_create", args=[pages[2].pk, "unpublish"]), {"reason": ""}
    )
    assert response.status_code == 200
    assert escape(gettext(REQUESTS_REFUSED)) in response.content.decode()
    assert PageActionRequest.objects.count() == 2


@override_settings(RATE_LIMITS={**settings.RATE_LIMITS, "workflow_mail": (2, 3600)})
def test_submitting_and_cancelling_again_and_again_mails_the_coordinator_only_so_often(world):
    for submission in range(3):
        page = page_submit(world.project_x, world.editor_x)
        if submission < 2:
            Page.objects.get(pk=page.pk).current_workflow_state.cancel(user=world.editor_x)

    assert len(mail_to(world.coordinator)) == 2
    # The third submission itself is there, waiting for the coordinator.
    state = Page.objects.get(pk=world.project_x.pk).current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
