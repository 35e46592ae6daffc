"""Logging in: failed attempts are limited, passwords must be strong, sessions end."""

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation

from tests import factories

LOGIN = "/admin/login/"
PASSWORD = "een-lang-en-sterk-wachtwoord"
LOCKOUT_MESSAGE = (
    "Te veel mislukte aanmeldpogingen. Probeer het over 15 minuten opnieuw "
    "of vraag de DKC-coördinator om hulp."
)


@pytest.fixture
def editor(db):
    return factories.UserFactory(username="redacteur", password=PASSWORD, is_staff=False)


def attempt(username: str, password: str, ip: str = "10.0.0.1"):
    return Client(REMOTE_ADDR=ip).post(LOGIN, {"username": username, "password": password})


def fail_five_times(username: str, ip: str = "10.0.0.1") -> None:
    statuses = [
        attempt(username, "verkeerd", ip).status_code for _ in range(settings.AXES_FAILURE_LIMIT)
    ]
    # The form again with its error, until the fifth failure locks the login.
    assert statuses == [200, 200, 200, 200, 429]


@override_settings(AXES_ENABLED=True)
def test_the_right_password_logs_in(editor):
    response = attempt("redacteur", PASSWORD)

    assert response.status_code == 302


@override_settings(AXES_ENABLED=True)
def test_after_five_wrong_passwords_even_the_right_one_is_refused_in_dutch(editor):
    fail_five_times("redacteur")

    response = attempt("redacteur", PASSWORD)

    assert response.status_code == 429
    assert LOCKOUT_MESSAGE in response.content.decode()
    assert AccessAttempt.objects.filter(username="redacteur").exists()


@override_settings(AXES_ENABLED=True)
def test_the_locked_account_is_locked_from_another_address_too(editor):
    fail_five_times("redacteur", ip="10.0.0.1")

    assert attempt("redacteur", PASSWORD, ip="10.0.0.99").status_code == 429


@override_settings(AXES_ENABLED=True)
def test_one_account_s_failures_do_not_lock_the_address_for_other_accounts(editor):
    # Everyone behind one office address would be locked out by one person's typing (or by
    # a stranger's guessing): only many accounts tried lock an address (tests/accounts/
    # test_lockout.py).
    other = factories.UserFactory(username="collega", password=PASSWORD)
    fail_five_times("redacteur", ip="10.0.0.1")

    assert attempt(other.username, PASSWORD, ip="10.0.0.1").status_code == 302
    assert attempt("redacteur", PASSWORD, ip="10.0.0.1").status_code == 429


@override_settings(AXES_ENABLED=True)
def test_four_wrong_passwords_do_not_lock(editor):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        attempt("redacteur", "verkeerd")

    assert attempt("redacteur", PASSWORD).status_code == 302


def test_password_validators_refuse_a_short_or_common_password(editor):
    assert settings.AUTH_PASSWORD_VALIDATORS
    for weak in ("kort1", "password", "12345678901"):
        with pytest.raises(ValidationError):
            password_validation.validate_password(weak, user=editor)
    password_validation.validate_password(PASSWORD, user=editor)


def test_sessions_end_within_a_working_day_and_with_the_browser():
    assert settings.SESSION_COOKIE_AGE <= 12 * 60 * 60
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE
    assert settings.SESSION_COOKIE_HTTPONLY


@override_settings(AXES_ENABLED=True)
def test_a_lockout_on_the_english_login_page_is_explained_in_english(editor):
    with translation.override("en"):
        login_url = reverse("accounts:login")
    client = Client(REMOTE_ADDR="10.0.0.7")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = client.post(login_url, {"username": "redacteur", "password": "verkeerd"})

    assert response.status_code == 429
    content = response.content.decode()
    assert '<html lang="en">' in content
    assert "Too many failed login attempts. Try again in 15 minutes" in content
    assert f'href="{login_url}"' in content  # back to the login that refused
