"""The site's one mail function: each message in its recipient's language, delivered as a task,
so a slow or failing mail server never breaks what the sender was doing."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import override_settings
from django_tasks_db.models import DBTaskResult
from wagtail.users.models import UserProfile

from accounts.models import Invitation
from accounts.services import invitation_create
from core.mail import MailTemplates, mail_send, user_language
from editorial.models import PageActionRequest
from editorial.services.requests import page_action_request_create
from tests import factories, worldcache
from tests.editorial.conftest import _build_world

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
MAIL_TASK = "core.mail.mail_deliver"
FAILING_MAIL = "tests.core.test_mail.FailingEmailBackend"
TEMPLATES = MailTemplates.named("editorial/emails/request_created")


class FailingEmailBackend:
    """A mail server that is down."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


@worldcache.fixture
def world():
    return _build_world()


def _request_context(world) -> dict:
    return {
        "action_request": PageActionRequest(page=world.project_x, action="unpublish"),
        "requester": "Redacteur",
        "network_title": "Tracer",
        "target_title": "",
        "review_url": "https://example.org/review",
        "page_url": "https://example.org/page",
    }


def test_each_recipient_gets_the_message_in_their_language(world):
    english = factories.UserFactory(username="english-coordinator", email="en@example.org")
    UserProfile.get_for_user(english).__class__.objects.filter(user=english).update(
        preferred_language="en"
    )
    english.refresh_from_db()
    assert user_language(english) == "en"
    assert user_language(world.coordinator) == "nl"

    sent = mail_send(
        templates=TEMPLATES,
        context=_request_context(world),
        recipients=[world.coordinator, english, "iemand@example.org"],
    )
    assert sent == 3
    dutch, english_message, address = mail.outbox
    assert dutch.to == [world.coordinator.email]
    assert english_message.to == ["en@example.org"]
    assert address.to == ["iemand@example.org"]
    assert dutch.subject != english_message.subject  # same message, two languages
    assert address.subject == dutch.subject  # a bare address gets the site's first language
    assert dutch.extra_headers["Auto-Submitted"] == "auto-generated"


def test_recipients_without_an_address_are_skipped(world):
    world.coordinator.email = ""
    assert mail_send(templates=TEMPLATES, context=_request_context(world), recipients=[""]) == 0
    assert mail.outbox == []


@override_settings(TASKS=DATABASE_TASKS)
def test_with_the_database_backend_mail_waits_for_the_worker(site_root):
    world = _build_world()
    action_request = page_action_request_create(
        user=world.editor_x, page=world.project_x, action="unpublish", reason="Verouderd"
    )
    assert PageActionRequest.objects.filter(pk=action_request.pk).exists()
    assert mail.outbox == []  # nothing sent inside the request
    assert DBTaskResult.objects.filter(status="READY", task_path=MAIL_TASK).count() == 1

    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
    [message] = mail.outbox
    assert message.to == [world.coordinator.email]
    assert not DBTaskResult.objects.filter(status="READY", task_path=MAIL_TASK).exists()


@override_settings(EMAIL_BACKEND=FAILING_MAIL)
def test_a_failing_mail_server_never_undoes_a_request(world, caplog):
    action_request = page_action_request_create(
        user=world.editor_x, page=world.project_x, action="unpublish", reason="Verouderd"
    )
    assert PageActionRequest.objects.filter(pk=action_request.pk).exists()
    assert "Could not send" in caplog.text


@override_settings(EMAIL_BACKEND=FAILING_MAIL)
def test_an_invitation_whose_mail_fails_keeps_nothing(world):
    with pytest.raises(ValidationError) as refused:
        invitation_create(
            user=world.editor_x, access=world.access_x, email="nieuw@example.org", role="member"
        )
    assert refused.value.code == "mail_failed"
    assert not Invitation.objects.exists()
