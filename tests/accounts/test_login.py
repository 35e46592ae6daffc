"""The front-end login: in the site's style, back to the closed page after, safe `next` only,
a clear error for bad credentials, logout by POST, and the header's account links."""

from urllib.parse import quote

import pytest
from django.conf import settings
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from accounts.account_forms import INVALID_LOGIN
from tests.accounts.conftest import PASSWORD


def dutch(message: str) -> str:
    with translation.override("nl"):
        return gettext(message)


def log_in(client: Client, username: str, password: str = PASSWORD, next_url: str = ""):
    data = {"username": username, "password": password}
    if next_url:
        data["next"] = next_url
    return client.post(reverse("accounts:login"), data)


def test_the_login_page_is_the_site_s_own(db):
    response = Client().get(reverse("accounts:login"))
    content = response.content.decode()

    assert response.status_code == 200
    assert 'class="site-header"' in content
    assert 'name="username"' in content
    assert 'name="password"' in content
    assert reverse("accounts:password_reset") in content
    assert "wagtail" not in response.templates[0].name


def test_an_anonymous_visitor_of_a_closed_page_logs_in_and_comes_back(closed_world):
    client = Client()
    path = closed_world.intranet_x.url

    redirect = client.get(path)
    assert redirect.status_code == 302
    assert redirect["Location"] == f"{reverse('accounts:login')}?next={quote(path)}"

    login_page = client.get(redirect["Location"])
    assert f'name="next" value="{path}"' in login_page.content.decode()

    response = log_in(client, closed_world.member_x.username, next_url=path)
    assert response.status_code == 302
    assert response["Location"] == path
    assert client.get(path).status_code == 200


def test_without_next_a_login_leads_to_my_networks(closed_world):
    response = log_in(Client(), closed_world.member_x.username)

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:my_networks")


@pytest.mark.parametrize(
    "unsafe_next",
    ["https://evil.example/", "//evil.example/nl/", "https://evil.example@testserver/"],
)
def test_a_next_to_another_site_is_ignored(closed_world, unsafe_next):
    response = log_in(Client(), closed_world.member_x.username, next_url=unsafe_next)

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:my_networks")


def test_bad_credentials_give_the_form_again_with_a_clear_message(closed_world):
    client = Client()

    response = log_in(client, closed_world.member_x.username, password="verkeerd")

    assert response.status_code == 200
    with translation.override("nl"):
        message = str(INVALID_LOGIN)
    content = response.content.decode()
    assert escape(message) in content
    assert 'role="alert"' in content
    assert "_auth_user_id" not in client.session


def test_a_logged_in_person_asking_for_the_login_page_goes_on(closed_world, browser):
    client = browser(closed_world.member_x)
    path = closed_world.intranet_x.url

    response = client.get(f"{reverse('accounts:login')}?next={quote(path)}")

    assert response.status_code == 302
    assert response["Location"] == path


def test_a_logged_in_reader_without_access_lands_on_the_403_not_in_a_loop(closed_world):
    client = Client()
    path = closed_world.intranet_x.url

    response = log_in(client, closed_world.member_y.username, next_url=path)
    assert response["Location"] == path

    assert client.get(path).status_code == 403


def test_logout_is_by_post_only(closed_world, browser):
    client = browser(closed_world.member_x)

    assert client.get(reverse("accounts:logout")).status_code == 405
    assert client.get(reverse("accounts:my_networks")).status_code == 200

    response = client.post(reverse("accounts:logout"))

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtail_serve", args=[""])
    assert client.get(reverse("accounts:my_networks")).status_code == 302
    assert client.get(closed_world.intranet_x.url).status_code == 302


def test_the_header_offers_login_or_my_networks_and_logout(closed_world, browser):
    anonymous = Client().get(closed_world.network_x.url).content.decode()
    assert f'href="{reverse("accounts:login")}?next=' in anonymous
    assert reverse("accounts:logout") not in anonymous

    logged_in = browser(closed_world.member_x).get(closed_world.network_x.url).content.decode()
    assert f'href="{reverse("accounts:my_networks")}"' in logged_in
    assert f'action="{reverse("accounts:logout")}"' in logged_in
    assert dutch("Log out") in logged_in


@override_settings(AXES_ENABLED=True)
def test_failed_logins_are_limited_here_too(closed_world):
    username = closed_world.member_x.username
    statuses = [
        log_in(Client(), username, password="verkeerd").status_code
        for _ in range(settings.AXES_FAILURE_LIMIT)
    ]

    assert statuses == [200, 200, 200, 200, 429]
    assert log_in(Client(), username).status_code == 429


@override_settings(AXES_ENABLED=True)
def test_the_right_password_logs_in_with_rate_limiting_on(closed_world):
    assert log_in(Client(), closed_world.member_x.username).status_code == 302


def test_the_dutch_login_address_is_inloggen(closed_world):
    response = Client().get(closed_world.intranet_x.url)

    assert response["Location"].startswith("/nl/inloggen/?next=")
    assert Client().get("/nl/inloggen/").status_code == 200
