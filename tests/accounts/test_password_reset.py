"""Password reset by e-mail: a Dutch mail with a one-time link; the link sets a new password."""

import re

from django.contrib.auth import authenticate
from django.core import mail
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from tests.accounts.conftest import PASSWORD

NEW_PASSWORD = "fietsen-naar-de-werkvloer-2026"


def dutch(message: str) -> str:
    with translation.override("nl"):
        return gettext(message)


def can_log_in(username: str, password: str) -> bool:
    # django-axes wants the request (AXES_ENABLED is off in tests, the backend still asks).
    return authenticate(RequestFactory().get("/"), username=username, password=password) is not None


def test_the_reset_page_renders(db):
    response = Client().get(reverse("accounts:password_reset"))

    assert response.status_code == 200
    assert 'name="email"' in response.content.decode()


def test_a_reset_mail_carries_a_link_that_sets_a_new_password(closed_world):
    member = closed_world.member_x
    client = Client()

    response = client.post(reverse("accounts:password_reset"), {"email": member.email})

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:password_reset_done")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [member.email]
    assert message.subject == "Een nieuw wachtwoord voor de website van het DKC MVO"
    assert "Kies uw nieuwe wachtwoord via deze link" in message.body
    assert member.username in message.body
    link = re.search(r"http://testserver(/\S+)", message.body).group(1)
    assert link.startswith(reverse("accounts:password_reset"))

    # Django swaps the token for a session marker and redirects to the form.
    form_url = client.get(link)["Location"]
    form = client.get(form_url)
    assert form.status_code == 200
    assert 'name="new_password1"' in form.content.decode()

    response = client.post(form_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:password_reset_complete")
    assert can_log_in(member.username, NEW_PASSWORD)
    assert not can_log_in(member.username, PASSWORD)
    # The link works once.
    used = Client().get(link, follow=True)
    assert dutch("This link no longer works.") in used.content.decode()


def test_a_weak_new_password_is_refused_with_the_validators_message(closed_world):
    client = Client()
    client.post(reverse("accounts:password_reset"), {"email": closed_world.member_x.email})
    link = re.search(r"http://testserver(/\S+)", mail.outbox[0].body).group(1)
    form_url = client.get(link)["Location"]

    response = client.post(form_url, {"new_password1": "12345678", "new_password2": "12345678"})

    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()
    assert can_log_in(closed_world.member_x.username, PASSWORD)


def test_an_unknown_address_sends_nothing_and_says_the_same(db):
    response = Client().post(reverse("accounts:password_reset"), {"email": "niemand@example.org"})

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:password_reset_done")
    assert mail.outbox == []


def test_a_forged_link_is_refused_clearly(closed_world):
    url = reverse("accounts:password_reset_confirm", kwargs={"uidb64": "MQ", "token": "vals-token"})

    response = Client().get(url)

    assert response.status_code == 200
    assert dutch("This link no longer works.") in response.content.decode()
    assert 'name="new_password1"' not in response.content.decode()
