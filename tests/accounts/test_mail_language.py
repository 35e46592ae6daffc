"""The account mails' language: a password reset in the language of the page it was asked on,
an invitation in the site's first language (Dutch), whatever the inviter's admin shows."""

import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation

from accounts.services import invitation_create


def reset_url(language: str) -> str:
    with translation.override(language):
        return reverse("accounts:password_reset")


@pytest.mark.parametrize(
    ("language", "subject", "sentence"),
    [
        (
            "en",
            "A new password for the DKC MVO website",
            "Choose your new password through this link:",
        ),
        (
            "nl",
            "Een nieuw wachtwoord voor de website van het DKC MVO",
            "Kies uw nieuwe wachtwoord via deze link:",
        ),
    ],
)
def test_a_password_reset_mail_is_in_the_language_of_the_page(
    closed_world, language, subject, sentence
):
    url = reset_url(language)
    assert url.startswith(f"/{language}/")

    Client().post(url, {"email": closed_world.member_x.email})

    (message,) = mail.outbox
    assert message.subject == subject
    assert sentence in message.body
    link = re.search(r"http://testserver(/\S+)", message.body).group(1)
    assert link.startswith(f"/{language}/")  # the new password is chosen in the same language


def test_an_invitation_is_in_dutch_even_from_an_english_admin(closed_world):
    with translation.override("en"):
        invitation_create(
            user=closed_world.editor_x,
            access=closed_world.access_x,
            email="nieuw.lid@example.org",
            role="member",
            first_name="An",
        )

    (message,) = mail.outbox
    assert message.subject == "Uitnodiging: word lid van Tracer (DKC MVO)"
    assert message.body.startswith("Beste An,\n\n")
    assert "nodigt u uit als lid van het lerend netwerk Tracer" in message.body
    assert re.search(r"http://testserver/nl/\S+", message.body)
