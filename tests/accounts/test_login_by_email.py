"""People log in with their e-mail address or their username, on the site and in the admin,
as the invitation and the login page promise; failures count against the account either way."""

import pytest
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation

from tests import factories

PASSWORD = "een-sterk-wachtwoord-2026"


@pytest.fixture
def member(db):
    return factories.UserFactory(
        username="an.peeters", email="An.Peeters@example.org", password=PASSWORD
    )


def site_login_url() -> str:
    with translation.override("nl"):
        return reverse("accounts:login")


@pytest.mark.parametrize(
    "typed", ["an.peeters", "an.peeters@example.org", "AN.PEETERS@EXAMPLE.ORG"]
)
def test_the_site_login_takes_the_address_or_the_username(member, typed):
    client = Client()

    response = client.post(site_login_url(), {"username": typed, "password": PASSWORD})

    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == member.pk


def test_the_admin_login_takes_the_address_too(db):
    editor = factories.UserFactory(
        username="redacteur", email="redacteur@example.org", password=PASSWORD, is_superuser=True
    )
    client = Client()

    response = client.post(
        reverse("wagtailadmin_login"), {"username": "redacteur@example.org", "password": PASSWORD}
    )

    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == editor.pk


def test_the_login_page_says_what_to_type(db):
    content = Client().get(site_login_url()).content.decode()
    admin = Client().get(reverse("wagtailadmin_login")).content.decode()

    assert "E-mailadres of gebruikersnaam" in content
    assert "Gebruikersnaam</label>" not in content
    assert "E-mailadres of gebruikersnaam" in admin


def test_a_wrong_password_by_address_is_refused_with_a_clear_message(member):
    response = Client().post(
        site_login_url(), {"username": "an.peeters@example.org", "password": "fout"}
    )

    assert response.status_code == 200
    assert "horen niet bij een account" in response.content.decode()


@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=3)
def test_failures_by_address_and_by_username_count_against_one_account(member):
    for typed in ("an.peeters", "an.peeters@example.org", "AN.PEETERS@example.org"):
        Client().post(site_login_url(), {"username": typed, "password": "fout"})

    response = Client().post(site_login_url(), {"username": "an.peeters", "password": PASSWORD})

    assert "_auth_user_id" not in response.wsgi_request.session
