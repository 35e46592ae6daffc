"""Lockout as a weapon (#17 item 6): failed logins are counted on the visitor's real address
behind the trusted proxy, never lock out the other people at one address, and a stranger
cannot lock a person out of their own account: a browser that logged in before still gets
in (the device cookie), and an operator can unlock an account."""

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.core.management import call_command
from django.test import Client, RequestFactory, override_settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from accounts.devices import DEVICE_COOKIE_NAME, device_cookie_make
from core.ratelimit import client_ip
from tests import factories

LOGIN = "/admin/login/"
PASSWORD = "test-password"  # core.factories.UserFactory's
PROXY = "10.0.0.254"
LIMIT = 5  # settings.AXES_FAILURE_LIMIT
DEVICE_HINT = (
    "A browser in which you have logged in to this account before is not blocked: log in "
    "there, or ask the DKC coordinator to unblock your account."
)


def dutch(message: str) -> str:
    with translation.override("nl"):
        return gettext(message)


behind_proxy = override_settings(AXES_ENABLED=True, TRUSTED_PROXY_COUNT=1, TRUSTED_PROXIES=[])


@pytest.fixture
def coordinator(db):
    return factories.CoordinatorFactory(username="coordinator")


def browser(address: str, *, proxy: str | None = PROXY) -> Client:
    """A browser at `address`; through the reverse proxy unless `proxy` is None."""
    if proxy is None:
        return Client(REMOTE_ADDR=address)
    return Client(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR=address)


def attempt(client: Client, username: str, password: str = PASSWORD, url: str = LOGIN):
    return client.post(url, {"username": username, "password": password})


def fail(client: Client, username: str, times: int = LIMIT) -> list[int]:
    return [attempt(client, username, "verkeerd").status_code for _ in range(times)]


# --- The visitor's address -------------------------------------------------------------------


def request_from(remote_addr: str, forwarded_for: str | None = None):
    meta = {"REMOTE_ADDR": remote_addr}
    if forwarded_for is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return RequestFactory().get("/", **meta)


@override_settings(TRUSTED_PROXY_COUNT=0, TRUSTED_PROXIES=[])
def test_without_a_trusted_proxy_x_forwarded_for_is_ignored():
    assert client_ip(request_from("198.51.100.7", "203.0.113.5")) == "198.51.100.7"


@override_settings(TRUSTED_PROXY_COUNT=1, TRUSTED_PROXIES=[])
def test_behind_one_proxy_the_address_it_saw_counts_not_what_the_visitor_wrote():
    assert client_ip(request_from(PROXY, "203.0.113.5")) == "203.0.113.5"
    # A visitor's own X-Forwarded-For is kept by the proxy, which appends the real address.
    assert client_ip(request_from(PROXY, "1.2.3.4, 203.0.113.5")) == "203.0.113.5"
    assert client_ip(request_from(PROXY, "203.0.113.5:51234")) == "203.0.113.5"
    assert client_ip(request_from(PROXY, "[2001:db8::1]:443")) == "2001:db8::1"


@override_settings(TRUSTED_PROXY_COUNT=2, TRUSTED_PROXIES=[])
def test_behind_two_proxies_the_outer_proxy_s_view_counts():
    assert client_ip(request_from(PROXY, "1.2.3.4, 203.0.113.5, 10.0.0.9")) == "203.0.113.5"
    # Fewer entries than proxies: not through the proxies as configured.
    assert client_ip(request_from(PROXY, "203.0.113.5")) == PROXY


@override_settings(TRUSTED_PROXY_COUNT=1, TRUSTED_PROXIES=["10.0.0.0/24"])
def test_x_forwarded_for_counts_only_from_the_trusted_proxies():
    assert client_ip(request_from(PROXY, "203.0.113.5")) == "203.0.113.5"
    assert client_ip(request_from("198.51.100.7", "203.0.113.5")) == "198.51.100.7"


@override_settings(TRUSTED_PROXY_COUNT=1, TRUSTED_PROXIES=[])
def test_garbage_in_x_forwarded_for_falls_back_to_the_connection():
    assert client_ip(request_from(PROXY, "unknown")) == PROXY
    assert client_ip(request_from(PROXY, "")) == PROXY


# --- Behind the proxy --------------------------------------------------------------------------


@behind_proxy
def test_behind_the_proxy_one_visitor_s_failures_lock_nobody_else(db):
    """Today's main counted on REMOTE_ADDR: the proxy's. Five failures locked every visitor."""
    factories.UserFactory(username="aagje")
    factories.UserFactory(username="bert")

    assert fail(browser("203.0.113.5"), "aagje") == [200, 200, 200, 200, 429]

    assert attempt(browser("198.51.100.7"), "bert").status_code == 302
    assert AccessAttempt.objects.get().ip_address == "203.0.113.5"


@behind_proxy
def test_two_people_behind_one_address_one_s_failures_do_not_lock_the_other(db):
    """Five wrong passwords for one account from an office lock that account there, not the
    office: a colleague at the same address still logs in."""
    factories.UserFactory(username="aagje")
    factories.UserFactory(username="bert")
    office = "203.0.113.5"

    assert fail(browser(office), "aagje") == [200, 200, 200, 200, 429]

    assert attempt(browser(office), "bert").status_code == 302
    assert attempt(browser(office), "aagje").status_code == 429


@behind_proxy
def test_a_spoofed_x_forwarded_for_does_not_escape_the_count(db):
    """The proxy appends the real address: varying the header's start changes nothing."""
    factories.UserFactory(username="aagje")
    statuses = [
        attempt(browser(f"192.0.2.{n}, 203.0.113.5"), "aagje", "verkeerd").status_code
        for n in range(LIMIT)
    ]

    assert statuses == [200, 200, 200, 200, 429]
    assert attempt(browser("203.0.113.5"), "aagje").status_code == 429


@override_settings(AXES_ENABLED=True, TRUSTED_PROXY_COUNT=0, TRUSTED_PROXIES=[])
def test_without_a_proxy_a_forged_header_cannot_rotate_the_address(db):
    users = [factories.UserFactory(username=f"lid{n}") for n in range(12)]
    for n, user in enumerate(users[: settings.LOGIN_ACCOUNTS_PER_ADDRESS_LIMIT]):
        forged = Client(REMOTE_ADDR="198.51.100.7", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
        attempt(forged, user.username, "verkeerd")

    assert attempt(browser("198.51.100.7", proxy=None), users[-1].username).status_code == 429


# --- What keeps working: per account, per address ------------------------------------------


@behind_proxy
def test_one_account_guessed_from_many_addresses_is_locked(db):
    factories.UserFactory(username="aagje")
    statuses = [
        attempt(browser(f"203.0.113.{n}"), "aagje", "verkeerd").status_code for n in range(LIMIT)
    ]

    assert statuses == [200, 200, 200, 200, 429]
    assert attempt(browser("198.51.100.99"), "aagje").status_code == 429


@behind_proxy
def test_many_accounts_tried_from_one_address_lock_that_address(db):
    limit = settings.LOGIN_ACCOUNTS_PER_ADDRESS_LIMIT
    users = [factories.UserFactory(username=f"lid{n}") for n in range(limit + 1)]
    statuses = [
        attempt(browser("203.0.113.5"), user.username, "verkeerd").status_code
        for user in users[:limit]
    ]

    assert statuses == [200] * (limit - 1) + [429]
    assert attempt(browser("203.0.113.5"), users[-1].username).status_code == 429
    assert attempt(browser("198.51.100.7"), users[-1].username).status_code == 302


# --- The coordinator under attack -----------------------------------------------------------


@behind_proxy
def test_the_coordinator_under_attack_from_many_addresses_still_gets_in_from_their_browser(
    coordinator,
):
    own_browser = browser("198.51.100.7")
    assert attempt(own_browser, "coordinator").status_code == 302
    assert DEVICE_COOKIE_NAME in own_browser.cookies
    own_browser.post(reverse("wagtailadmin_logout"))

    # Strangers keep guessing, from ever new addresses.
    for n in range(3 * LIMIT):
        attempt(browser(f"203.0.113.{n}"), "coordinator", "verkeerd")
    refused = attempt(browser("192.0.2.1"), "coordinator")
    assert refused.status_code == 429
    assert dutch(DEVICE_HINT) in refused.content.decode()

    response = attempt(own_browser, "coordinator")

    assert response.status_code == 302
    assert own_browser.get(reverse("wagtailadmin_home")).status_code == 200


@behind_proxy
def test_a_known_browser_at_the_attacked_address_gets_in_too(coordinator):
    own_browser = browser("203.0.113.5")
    attempt(own_browser, "coordinator")
    own_browser.post(reverse("wagtailadmin_logout"))
    fail(browser("203.0.113.5"), "coordinator")

    assert attempt(own_browser, "coordinator").status_code == 302


@behind_proxy
def test_the_device_cookie_counts_its_own_failures_and_then_stops_helping(coordinator):
    own_browser = browser("198.51.100.7")
    attempt(own_browser, "coordinator")
    own_browser.post(reverse("wagtailadmin_logout"))
    fail(browser("203.0.113.5"), "coordinator")

    # A stolen cookie is no licence to guess: its failures are counted, and once it is used
    # up the account's lockout applies to this browser too.
    limit = settings.LOGIN_DEVICE_FAILURE_LIMIT
    statuses = fail(own_browser, "coordinator", times=limit)

    assert statuses == [200] * (limit - 1) + [429]
    assert attempt(own_browser, "coordinator").status_code == 429


@behind_proxy
def test_a_device_cookie_works_only_for_its_own_account_and_with_its_signature(coordinator):
    aagje = factories.UserFactory(username="aagje")
    fail(browser("203.0.113.5"), "coordinator")

    others = browser("198.51.100.7")
    others.cookies[DEVICE_COOKIE_NAME] = device_cookie_make(user=aagje)
    assert attempt(others, "coordinator").status_code == 429

    forged = browser("198.51.100.8")
    forged.cookies[DEVICE_COOKIE_NAME] = device_cookie_make(user=coordinator)[:-2] + "xx"
    assert attempt(forged, "coordinator").status_code == 429

    genuine = browser("198.51.100.9")
    genuine.cookies[DEVICE_COOKIE_NAME] = device_cookie_make(user=coordinator)
    assert attempt(genuine, "coordinator").status_code == 302


@behind_proxy
def test_a_new_password_voids_the_account_s_device_cookies(coordinator):
    old_browser = browser("198.51.100.7")
    attempt(old_browser, "coordinator")
    old_browser.post(reverse("wagtailadmin_logout"))
    coordinator.set_password("een-heel-nieuw-wachtwoord-2026")
    coordinator.save()
    fail(browser("203.0.113.5"), "coordinator")

    response = attempt(old_browser, "coordinator", "een-heel-nieuw-wachtwoord-2026")

    assert response.status_code == 429


@override_settings(AXES_ENABLED=True)
def test_the_device_cookie_is_httponly_lax_and_long_lived_after_a_site_login(coordinator):
    client = Client()

    response = attempt(client, "coordinator", url=reverse("accounts:login"))

    assert response.status_code == 302
    cookie = response.cookies[DEVICE_COOKIE_NAME]
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"
    assert int(cookie["max-age"]) == settings.LOGIN_DEVICE_COOKIE_DAYS * 24 * 60 * 60


@override_settings(AXES_ENABLED=True, SESSION_COOKIE_SECURE=True)
def test_the_device_cookie_is_secure_where_the_session_is(coordinator):
    response = attempt(Client(), "coordinator")

    assert response.cookies[DEVICE_COOKIE_NAME]["secure"]


@behind_proxy
def test_an_operator_unlocks_an_account_with_axes_reset_username(coordinator):
    fail(browser("203.0.113.5"), "coordinator")
    assert attempt(browser("198.51.100.7"), "coordinator").status_code == 429

    call_command("axes_reset_username", "coordinator", verbosity=0)

    assert attempt(browser("198.51.100.7"), "coordinator").status_code == 302
