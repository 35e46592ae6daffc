"""Every mail to an editor or coordinator is in the recipient's admin language, Dutch by default.

Uses the editorial world of `tests/editorial/conftest.py`. A recipient without a preference
gets Dutch even when the person who caused the mail works in English.
"""

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from core.mail import user_language
from editorial.models import PageActionRequest
from editorial.services.requests import page_action_request_create, page_action_request_reject
from tests import factories
from tests.utils import page_decide, page_submit


def prefers(user, language: str):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def mail_to(mailoutbox, user) -> list:
    return [message for message in mailoutbox if user.email in message.to]


@pytest.fixture
def english_coordinator(world):
    return prefers(factories.CoordinatorFactory(username="coordinator-en"), "en")


# --- The rule ---------------------------------------------------------------------------------


def test_the_mail_language_is_the_preferred_admin_language_else_dutch(world):
    assert user_language(world.coordinator) == "nl"  # no profile at all
    assert user_language(prefers(world.editor_y, "")) == "nl"  # a profile without preference
    assert user_language(prefers(world.editor_x, "en")) == "en"


# --- Page action requests -----------------------------------------------------------------------


def test_an_english_coordinator_gets_the_request_in_english_and_the_others_in_dutch(
    world, english_coordinator, login, mailoutbox
):
    prefers(world.editor_x, "en")  # the admin the request is sent from is in English

    response = login(world.editor_x).post(
        reverse("editorial:request_create", args=[world.project_x.pk, "unpublish"]),
        {"reason": "Het project is afgelopen."},
    )

    assert response.status_code == 302
    (english,) = mail_to(mailoutbox, english_coordinator)
    assert english.subject == "Request to unpublish: Werkend leren"
    assert 'asks to unpublish the page "Werkend leren" (network Tracer).' in english.body
    assert "Reason: Het project is afgelopen." in english.body
    assert "Kind regards,\nthe DKC MVO website" in english.body
    (dutch,) = mail_to(mailoutbox, world.coordinator)
    assert dutch.subject == "Aanvraag om te depubliceren: Werkend leren"
    assert 'vraagt om de pagina "Werkend leren" (netwerk Tracer) te depubliceren.' in dutch.body
    assert "Met vriendelijke groet,\nde website van het DKC MVO" in dutch.body


def test_an_english_editor_gets_the_decision_on_their_request_in_english(world, mailoutbox):
    prefers(world.editor_x, "en")
    action_request = page_action_request_create(
        user=world.editor_x,
        page=world.project_x,
        action=PageActionRequest.Action.DELETE,
        reason="",
    )
    mailoutbox.clear()

    page_action_request_reject(
        user=world.coordinator, action_request=action_request, comment="Nog nodig."
    )

    (message,) = mail_to(mailoutbox, world.editor_x)
    assert message.subject == "Your request has been rejected: Werkend leren"
    assert 'rejected your request to delete the page "Werkend leren". The page stays as it is.' in (
        message.body
    )
    assert "Nog nodig." in message.body


# --- Wagtail's workflow notifications ---------------------------------------------------------


def test_an_english_editor_gets_the_approval_in_english(world, mailoutbox):
    prefers(world.editor_x, "en")
    page_submit(world.project_x, world.editor_x)
    mailoutbox.clear()

    page_decide(world.project_x, world.coordinator, "approve", comment="Mooi werk.")

    (message,) = mailoutbox
    assert message.subject == 'Approved: "Werkend leren"'
    assert message.body.startswith("Hello ")  # Wagtail's greeting, in English too
    assert 'The page "Werkend leren" was approved in' in message.body
    assert 'Comment: "Mooi werk."' in message.body
    assert "You can view the page at:" in message.body


def test_an_english_editor_gets_the_rejection_in_english(world, mailoutbox):
    prefers(world.editor_x, "en")
    page = page_submit(world.project_x, world.editor_x)
    mailoutbox.clear()

    page_decide(page, world.coordinator, "reject", comment="Graag een bron.")

    (message,) = mailoutbox
    assert message.subject == 'Rejected: "Werkend leren"'
    assert 'The page "Werkend leren" was not approved in' in message.body
    assert 'Comment: "Graag een bron."' in message.body
    assert "Edit the page here and submit it again:" in message.body


def test_a_submission_from_an_english_admin_reaches_each_coordinator_in_their_language(
    world, english_coordinator, mailoutbox
):
    # Wagtail's admin views run in the user's language; its own notifiers would hand that
    # language to every coordinator without a preference.
    with translation.override("en"):
        page_submit(world.project_x, world.editor_x)

    (dutch,) = mail_to(mailoutbox, world.coordinator)
    assert dutch.subject == 'Ter goedkeuring: "Werkend leren"'
    assert 'De pagina "Werkend leren" is ingediend ter goedkeuring' in dutch.body
    (english,) = mail_to(mailoutbox, english_coordinator)
    assert english.subject == 'For approval: "Werkend leren"'
    assert 'The page "Werkend leren" was submitted for approval' in english.body
    assert "Review (approve or reject):" in english.body


@override_settings(WAGTAILADMIN_NOTIFICATION_USE_HTML=True)
def test_the_html_alternative_is_in_the_recipients_language_too(world, mailoutbox):
    # Wagtail renders the HTML part outside its language override.
    prefers(world.editor_x, "en")
    page_submit(world.project_x, world.editor_x)
    mailoutbox.clear()

    page_decide(world.project_x, world.coordinator, "approve")

    (message,) = mailoutbox
    ((html, mimetype),) = message.alternatives
    assert mimetype == "text/html"
    assert "was approved in" in html
    assert 'lang="en"' in html
