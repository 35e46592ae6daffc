"""Shared passwords of pages and collections (Wagtail's privacy option "password"): guessing
them is limited per visitor address, like logins (#17 item 6, the sibling door without any
limit on today's main); another visitor is never locked out by it."""

import pytest
from django.conf import settings
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from tests import factories

SECRET = "geheim"  # noqa: S105
REFUSED = (
    "Too many wrong passwords were entered from your address. Try again in 15 minutes or ask "
    "the DKC coordinator for the password."
)


def dutch(message: str) -> str:
    with translation.override("nl"):
        return gettext(message)


@pytest.fixture
def protected_page(home_page):
    page = factories.ContentPageFactory(parent=home_page, title="Met wachtwoord")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=SECRET
    )
    return page, restriction


def page_password(client: Client, page, restriction, password: str):
    with translation.override("nl"):
        url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    return client.post(url, {"password": password, "return_url": page.url})


def test_the_page_password_form_still_lets_the_right_password_in(protected_page):
    page, restriction = protected_page
    client = Client()

    assert b'name="password"' in client.get(page.url).content
    assert page_password(client, page, restriction, SECRET).status_code == 302
    assert client.get(page.url).status_code == 200


def test_guessing_a_page_password_is_limited_per_address(protected_page):
    page, restriction = protected_page
    limit, _ = settings.RATE_LIMITS["shared_password_address"]
    guesser = Client(REMOTE_ADDR="203.0.113.5")
    statuses = [
        page_password(guesser, page, restriction, f"gok{n}").status_code for n in range(limit)
    ]

    response = page_password(guesser, page, restriction, SECRET)

    assert statuses == [200] * limit
    assert response.status_code == 429
    assert dutch(REFUSED) in response.content.decode()
    # Someone else, elsewhere, is not locked out by the guesser.
    assert (
        page_password(Client(REMOTE_ADDR="198.51.100.7"), page, restriction, SECRET).status_code
        == 302
    )


@override_settings(TRUSTED_PROXY_COUNT=1, TRUSTED_PROXIES=[])
def test_behind_the_proxy_the_guesser_s_own_address_counts(protected_page):
    page, restriction = protected_page
    limit, _ = settings.RATE_LIMITS["shared_password_address"]
    for n in range(limit):
        guesser = Client(REMOTE_ADDR="10.0.0.254", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, 203.0.113.5")
        page_password(guesser, page, restriction, f"gok{n}")

    visitor = Client(REMOTE_ADDR="10.0.0.254", HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert page_password(visitor, page, restriction, SECRET).status_code == 302
    guesser = Client(REMOTE_ADDR="10.0.0.254", HTTP_X_FORWARDED_FOR="203.0.113.5")
    assert page_password(guesser, page, restriction, SECRET).status_code == 429


def test_guessing_a_collection_password_is_limited_per_address(db, media_root):
    restriction = CollectionViewRestriction.objects.create(
        collection=Collection.get_first_root_node().add_child(name="Met wachtwoord"),
        restriction_type=CollectionViewRestriction.PASSWORD,
        password=SECRET,
    )
    document = factories.DocumentFactory(collection=restriction.collection)
    url = f"/documents/authenticate_with_password/{restriction.pk}/"
    limit, _ = settings.RATE_LIMITS["shared_password_address"]
    guesser = Client(REMOTE_ADDR="203.0.113.5")
    statuses = [
        guesser.post(url, {"password": f"gok{n}", "return_url": document.url}).status_code
        for n in range(limit)
    ]

    response = guesser.post(url, {"password": SECRET, "return_url": document.url})

    assert statuses == [200] * limit
    assert response.status_code == 429
    other = Client(REMOTE_ADDR="198.51.100.7")
    assert other.post(url, {"password": SECRET, "return_url": document.url}).status_code == 302
