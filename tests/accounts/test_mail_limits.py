"""Mail flood (#17 item 7): the password reset forms (the site's and Wagtail's admin one) and
invitations send only so many mails per requesting address and per recipient; a refusal
is a clear message with a 429, says nothing about who has an account, and saves nothing."""

from types import SimpleNamespace

from django.conf import settings
from django.core import mail
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from accounts.models import Invitation
from tests import factories, worldcache
from tests.editorial.conftest import _build_world

PROXY = "10.0.0.254"
RESET_REFUSED = (
    "Too many requests for a new password. Wait an hour and try again, or ask the DKC "
    "coordinator for help."
)
INVITATIONS_REFUSED = (
    "Too many invitations have been sent (by you, or to this address). Nothing has been "
    "sent; try again later."
)


def dutch(message: str) -> str:
    with translation.override("nl"):
        return gettext(message)


@worldcache.fixture
def world() -> SimpleNamespace:
    return _build_world()


def reset(client: Client, email: str, url: str | None = None):
    return client.post(url or reverse("accounts:password_reset"), {"email": email})


# --- Password reset -----------------------------------------------------------------------------


def test_one_address_cannot_be_flooded_with_reset_mails(world):
    """On today's main every POST mailed the member again, without end."""
    member = world.member_x
    limit, _ = settings.RATE_LIMITS["password_reset_email"]
    # From ever new addresses: the limit is the recipient's.
    statuses = [
        reset(Client(REMOTE_ADDR=f"203.0.113.{n}"), member.email).status_code
        for n in range(limit + 1)
    ]

    assert statuses == [302] * limit + [429]
    assert len(mail.outbox) == limit


def test_the_refusal_is_clear_and_the_same_for_an_unknown_address(world):
    limit, _ = settings.RATE_LIMITS["password_reset_email"]
    responses = {}
    for email in (world.member_x.email, "niemand@example.org"):
        for _ in range(limit):
            reset(Client(), email)
        responses[email] = reset(Client(), email)

    known, unknown = responses.values()
    assert known.status_code == unknown.status_code == 429
    assert escape(dutch(RESET_REFUSED)) in known.content.decode()
    assert escape(dutch(RESET_REFUSED)) in unknown.content.decode()
    assert len(mail.outbox) == limit


def test_one_requester_cannot_mail_many_addresses(world):
    limit, _ = settings.RATE_LIMITS["password_reset_address"]
    users = [factories.UserFactory(username=f"lid{n}") for n in range(limit + 1)]
    statuses = [reset(Client(REMOTE_ADDR="203.0.113.5"), user.email).status_code for user in users]

    assert statuses == [302] * limit + [429]
    assert len(mail.outbox) == limit
    # Someone else still gets their mail.
    assert reset(Client(REMOTE_ADDR="198.51.100.7"), users[-1].email).status_code == 302


@override_settings(TRUSTED_PROXY_COUNT=1, TRUSTED_PROXIES=[])
def test_behind_the_proxy_each_visitor_has_their_own_count(world):
    limit, _ = settings.RATE_LIMITS["password_reset_address"]
    users = [factories.UserFactory(username=f"lid{n}") for n in range(limit + 1)]
    for user in users[:limit]:
        reset(Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.5"), user.email)

    other_visitor = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert reset(other_visitor, users[-1].email).status_code == 302
    same_visitor = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.5")
    assert reset(same_visitor, users[-1].email).status_code == 429


def test_wagtail_s_admin_reset_form_is_limited_the_same_way(world):
    """The sibling door: Wagtail's own "forgotten password" in the admin."""
    editor = world.editor_x
    url = reverse("wagtailadmin_password_reset")
    limit, _ = settings.RATE_LIMITS["password_reset_email"]
    responses = [
        reset(Client(REMOTE_ADDR=f"203.0.113.{n}"), editor.email, url) for n in range(limit + 1)
    ]

    assert [response.status_code for response in responses] == [302] * limit + [429]
    assert escape(dutch(RESET_REFUSED)) in responses[-1].content.decode()
    assert len(mail.outbox) == limit
    # The two forms share the recipient's count.
    assert reset(Client(REMOTE_ADDR="198.51.100.7"), editor.email).status_code == 429


# --- Invitations ----------------------------------------------------------------------------


def invite(client: Client, access, email: str):
    return client.post(
        reverse("accounts_admin:network", args=[access.pk]),
        {"email": email, "first_name": "", "last_name": "", "role": "member"},
    )


def test_one_address_cannot_be_flooded_with_invitations(world, login):
    """Inviting again replaces the open invitation and mails again: on today's main, without
    end, by any editor (or by several)."""
    limit, _ = settings.RATE_LIMITS["invitation_recipient"]
    target = "doelwit@example.org"
    editors = [login(world.editor_x), login(world.coordinator)]
    statuses = [invite(editors[n % 2], world.access_x, target).status_code for n in range(limit)]

    response = invite(login(world.coordinator), world.access_y, target)

    assert statuses == [302] * limit
    assert response.status_code == 429
    assert escape(dutch(INVITATIONS_REFUSED)) in response.content.decode()
    assert len(mail.outbox) == limit
    assert Invitation.objects.filter(email=target).count() == limit


@override_settings(RATE_LIMITS={**settings.RATE_LIMITS, "invitation_inviter": (3, 3600)})
def test_one_editor_cannot_send_invitations_without_end(world, login):
    editor = login(world.editor_x)
    statuses = [invite(editor, world.access_x, f"lid{n}@example.org").status_code for n in range(4)]

    assert statuses == [302, 302, 302, 429]
    assert len(mail.outbox) == 3
    assert not Invitation.objects.filter(email="lid3@example.org").exists()
    # Another editor is not held back by it.
    assert invite(login(world.coordinator), world.access_x, "lid3@example.org").status_code == 302
