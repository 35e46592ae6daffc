"""Invitations: a network's editors invite and remove its members and partners.

The editorial world (tests/editorial/conftest.py) has network X (Tracer) and Y (Diamond), and
one user per role. Pages are requested in Dutch (/nl/); expected messages are looked up with
gettext in Dutch, so they hold before and after the strings are translated.
"""

import re
import threading
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.contrib.auth import authenticate, get_user_model, password_validation
from django.contrib.auth.models import Group
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test import Client, RequestFactory
from django.urls import reverse, reverse_lazy
from django.utils import timezone, translation
from django.utils.http import urlencode
from django.utils.translation import gettext
from wagtail.admin.utils import get_user_display_name
from wagtail.models import ModelLogEntry

from access import roles
from accounts.models import (
    INVITATION_ACCEPTED_LOG_ACTION,
    INVITATION_CREATED_LOG_ACTION,
    INVITATION_REVOKED_LOG_ACTION,
    MEMBERSHIP_REMOVED_LOG_ACTION,
    Invitation,
    invitation_token_hash,
)
from accounts.services import invitation_accept, invitation_create, membership_remove
from tests import factories, worldcache
from tests.editorial.conftest import _build_world

User = get_user_model()
NEW_EMAIL = "nieuw.lid@example.org"
STRONG_PASSWORD = "groene-fietsen-op-de-werkvloer-2026"


@worldcache.fixture
def world() -> SimpleNamespace:
    return _build_world()


def dutch(message: str) -> str:
    with translation.override("nl"):
        return gettext(message)


def network_url(access) -> str:
    return reverse("accounts_admin:network", args=[access.pk])


def invite(client: Client, access, **data):
    return client.post(
        network_url(access),
        {"email": NEW_EMAIL, "first_name": "An", "last_name": "Peeters", "role": "member", **data},
    )


def accept_path(message) -> str:
    """The accept page's path, from the link in the e-mail."""
    match = re.search(r"http://testserver(/\S+/)", message.body)
    assert match, message.body
    return match.group(1)


def token_of(path: str) -> str:
    return path.rstrip("/").rsplit("/", 1)[-1]


@pytest.fixture
def invited(world, login) -> SimpleNamespace:
    """Editor X has invited NEW_EMAIL as a member of X; the mail is in the outbox."""
    response = invite(login(world.editor_x), world.access_x)
    assert response.status_code == 302
    [message] = mail.outbox
    path = accept_path(message)
    return SimpleNamespace(
        path=path,
        token=token_of(path),
        invitation=Invitation.objects.get(email=NEW_EMAIL),
        message=message,
    )


# Where the acceptance goes on once the link from the mail is opened (its token in the session).
OPEN_PATH = reverse_lazy("accounts:invitation_accept", args=["open"])


def open_link(path: str, client: Client | None = None):
    """Open the link from the mail as a browser does: on to the token-free address."""
    return (client or Client()).get(path, follow=True)


def accept(path: str, password: str = STRONG_PASSWORD, client: Client | None = None):
    """Open the link, then post the form of the page it leads to (or return the refusal)."""
    client = client or Client()
    opened = client.get(path)
    if opened.status_code != 302:
        return opened
    return client.post(opened.url, {"new_password1": password, "new_password2": password})


# --- Inviting -------------------------------------------------------------------------------


def test_an_editor_invites_a_member_of_their_network_by_email(world, invited):
    invitation = invited.invitation
    assert invitation.access == world.access_x
    assert invitation.role == Invitation.Role.MEMBER
    assert invitation.created_by == world.editor_x
    assert invitation.is_open
    assert invitation.expires_at - timezone.now() > timedelta(days=13)

    message = invited.message
    assert message.to == [NEW_EMAIL]
    assert "Tracer" in message.subject
    assert "Tracer" in message.body and "lid" in message.body
    # Only the token's digest is stored: the database alone opens nothing.
    assert invitation.token_hash == invitation_token_hash(invited.token)
    assert invited.token not in invitation.token_hash
    assert invited.path == reverse("accounts:invitation_accept", args=[invited.token])
    assert ModelLogEntry.objects.filter(
        action=INVITATION_CREATED_LOG_ACTION, object_id=str(invitation.pk), user=world.editor_x
    ).exists()


def test_the_invitation_page_shows_network_and_role_and_is_private(invited):
    response = open_link(invited.path)

    assert response.status_code == 200
    content = response.content.decode()
    assert "Tracer" in content
    assert 'name="new_password1"' in content
    assert '<meta name="robots" content="noindex">' in content
    cache_control = response["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control
    # Opening the link changes nothing.
    invited.invitation.refresh_from_db()
    assert invited.invitation.is_open


def test_a_coordinator_can_invite_into_any_network(world, login):
    response = invite(login(world.coordinator), world.access_y, role="partner")

    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert (invitation.access, invitation.role) == (world.access_y, Invitation.Role.PARTNER)
    assert len(mail.outbox) == 1


def test_an_editor_of_x_cannot_invite_into_y(world, login):
    response = invite(login(world.editor_x), world.access_y)

    assert response.status_code == 403
    assert not Invitation.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize("role", ["editor", "coordinator", "admin"])
def test_an_editor_cannot_invite_with_more_than_member_or_partner(world, login, role):
    response = invite(login(world.editor_x), world.access_x, role=role)

    assert response.status_code == 200
    assert (
        dutch(
            "Choose member or partner: editor and coordinator rights cannot be given by invitation."
        )
        in response.content.decode()
    )
    assert not Invitation.objects.exists()
    assert mail.outbox == []


def test_the_service_refuses_other_roles_and_other_networks_too(world):
    with pytest.raises(ValidationError) as refused:
        invitation_create(
            user=world.editor_x, access=world.access_x, email=NEW_EMAIL, role="editor"
        )
    assert refused.value.error_dict["role"][0].code == "invalid_role"

    with pytest.raises(PermissionDenied):
        invitation_create(
            user=world.editor_x, access=world.access_y, email=NEW_EMAIL, role="member"
        )
    assert not Invitation.objects.exists()


def test_a_bad_address_or_an_existing_member_is_refused_with_a_message(world, login):
    client = login(world.editor_x)

    bad = invite(client, world.access_x, email="geen-adres")
    existing = invite(client, world.access_x, email=world.member_x.email)

    assert dutch("Enter a valid e-mail address.") in bad.content.decode()
    assert (
        dutch("%(email)s is already a member of this network.") % {"email": world.member_x.email}
        in existing.content.decode()
    )
    assert not Invitation.objects.exists()
    assert mail.outbox == []


def test_inviting_again_replaces_the_open_invitation(world, login, invited):
    response = invite(login(world.editor_x), world.access_x)

    assert response.status_code == 302
    invited.invitation.refresh_from_db()
    assert invited.invitation.revoked_at is not None
    assert open_link(invited.path).status_code == 410
    assert accept(accept_path(mail.outbox[-1])).status_code == 302


# --- Accepting ------------------------------------------------------------------------------


def test_accepting_sets_the_password_and_joins_the_network(world, invited):
    client = Client()

    response = accept(invited.path, client=client)

    assert response.status_code == 302
    assert response.url == reverse("accounts:my_networks")
    user = User.objects.get(email=NEW_EMAIL)
    assert (user.username, user.first_name, user.last_name) == (NEW_EMAIL, "An", "Peeters")
    assert set(user.groups.all()) == {world.access_x.members}
    # Logged in straight away, and the chosen password works from now on.
    assert client.session["_auth_user_id"] == str(user.pk)
    request = RequestFactory().post("/")
    assert authenticate(request, username=NEW_EMAIL, password=STRONG_PASSWORD) == user
    invited.invitation.refresh_from_db()
    assert invited.invitation.accepted_at is not None
    assert invited.invitation.accepted_user == user


def test_a_used_link_is_refused_and_makes_no_second_account(invited):
    assert accept(invited.path).status_code == 302

    again = accept(invited.path, password="een-ander-lang-wachtwoord-42")
    opened = open_link(invited.path)

    for response in (again, opened):
        assert response.status_code == 410
        assert dutch("This invitation has already been used") in response.content.decode()
        assert "private" in response["Cache-Control"]
    assert User.objects.filter(email=NEW_EMAIL).count() == 1


def test_an_expired_link_is_refused_with_a_clear_message(invited):
    Invitation.objects.filter(pk=invited.invitation.pk).update(
        expires_at=timezone.now() - timedelta(minutes=1)
    )

    opened = open_link(invited.path)
    posted = accept(invited.path)

    for response in (opened, posted):
        assert response.status_code == 410
        content = response.content.decode()
        assert dutch("This invitation has expired") in content
        assert dutch(
            "Need access? Ask an editor of %(network)s to send you a new invitation."
        ).replace("%(network)s", "Tracer") in " ".join(content.split())
    assert not User.objects.filter(email=NEW_EMAIL).exists()


def test_a_revoked_link_is_refused(world, login, invited):
    client = login(world.editor_x)
    revoke_url = reverse("accounts_admin:revoke", args=[world.access_x.pk, invited.invitation.pk])

    assert client.post(revoke_url).status_code == 302

    response = accept(invited.path)
    assert response.status_code == 410
    assert dutch("This invitation has been withdrawn") in response.content.decode()
    assert not User.objects.filter(email=NEW_EMAIL).exists()


def test_an_unknown_link_is_not_found(world):
    response = Client().get(reverse("accounts:invitation_accept", args=["onbekend-token"]))

    assert response.status_code == 404
    assert dutch("This invitation link is not valid") in response.content.decode()


def test_a_weak_password_is_refused_with_the_validators_message(invited):
    response = accept(invited.path, password="1234")

    assert response.status_code == 200
    with translation.override("nl"), pytest.raises(ValidationError) as weak:
        password_validation.validate_password("1234")
    content = response.content.decode()
    for message in weak.value.messages:
        assert message in content
    assert not User.objects.filter(email=NEW_EMAIL).exists()
    invited.invitation.refresh_from_db()
    assert invited.invitation.is_open


def test_an_existing_account_logs_in_then_confirms_and_keeps_its_password(world, login):
    """Choice: an address with an account joins only once its owner is logged in and confirms."""
    login(world.editor_x).post(
        network_url(world.access_x), {"email": world.editor_y.email.upper(), "role": "partner"}
    )
    path = accept_path(mail.outbox[0])
    password_before = User.objects.get(pk=world.editor_y.pk).password

    visitor = Client()
    page = open_link(path, visitor)
    forged = visitor.post(OPEN_PATH, {})

    content = page.content.decode()
    assert page.status_code == 200
    assert 'name="new_password1"' not in content
    login_url = reverse("accounts:login") + "?" + urlencode({"next": str(OPEN_PATH)})
    assert login_url.replace("&", "&amp;") in content
    assert forged.status_code == 403
    assert not world.editor_y.groups.filter(pk=world.access_x.partners.pk).exists()
    assert Invitation.objects.get(email__iexact=world.editor_y.email).is_open

    owner = login(world.editor_y)
    confirm_page = open_link(path, owner)
    response = owner.post(OPEN_PATH, {})

    assert get_user_display_name(world.editor_y) in confirm_page.content.decode()
    assert response.status_code == 302
    assert response.url == reverse("accounts:my_networks")
    editor_y = User.objects.get(pk=world.editor_y.pk)
    assert editor_y.groups.filter(pk=world.access_x.partners.pk).exists()
    assert editor_y.password == password_before
    assert User.objects.filter(email__iexact=world.editor_y.email).count() == 1


def test_the_login_page_comes_back_to_the_invitation(world, login, invited):
    User.objects.create_user(username="an", email=NEW_EMAIL, password=STRONG_PASSWORD)
    client = Client()
    assert client.get(invited.path).url == OPEN_PATH
    login_url = reverse("accounts:login") + "?" + urlencode({"next": str(OPEN_PATH)})

    response = client.post(login_url, {"username": "an", "password": STRONG_PASSWORD})

    assert response.status_code == 302
    assert response.url == OPEN_PATH
    # The invitation is still there after logging in (the session kept its token).
    assert client.get(OPEN_PATH).status_code == 200


def _editor_y_takes_the_address(login, world, email: str) -> None:
    """Editor Y types the invited address into the e-mail field of their admin account page."""
    response = account_page_post(login(world.editor_y), email=email)
    assert response.status_code == 302, response.content.decode()[:2000]
    world.editor_y.refresh_from_db()
    assert world.editor_y.email == email


def account_page_post(client: Client, *, email: str):
    user = User.objects.get(pk=int(client.session["_auth_user_id"]))
    return client.post(
        reverse("wagtailadmin_account"),
        {
            "name_email-first_name": user.first_name,
            "name_email-last_name": user.last_name,
            "dkc_email-email": email,
            "locale-preferred_language": "nl",
            "locale-current_time_zone": "",
            "theme-theme": "system",
            "theme-density": "default",
            "theme-contrast": "system",
            "theme-keyboard_shortcuts": "on",
        },
    )


def test_issue_17_editor_y_cannot_take_over_an_invitation_into_x(world, login, invited):
    """The attack of issue #17 item 5: editor Y sets their own e-mail to the invited address
    (Wagtail's account page does not verify it); the invitee then accepts."""
    _editor_y_takes_the_address(login, world, NEW_EMAIL)

    page = open_link(invited.path)
    response = accept(invited.path)

    assert dutch("Log in") in page.content.decode()
    assert 'name="new_password1"' not in page.content.decode()
    assert response.status_code == 403
    assert not world.editor_y.groups.filter(pk=world.access_x.members.pk).exists()
    assert Invitation.objects.get(pk=invited.invitation.pk).is_open
    # Nor through the service, whatever the caller passes.
    with pytest.raises(ValidationError) as refused:
        invitation_accept(token=invited.token, password=STRONG_PASSWORD)
    assert refused.value.code == "login_required"
    assert not world.editor_y.groups.filter(pk=world.access_x.members.pk).exists()


def test_an_address_taken_before_the_invitation_is_no_way_in_either(world, login):
    """Same attack, the other order: editor Y takes the address, then X invites it."""
    _editor_y_takes_the_address(login, world, NEW_EMAIL)
    invite(login(world.editor_x), world.access_x)
    path = accept_path(mail.outbox[-1])

    response = accept(path)

    assert response.status_code == 403
    assert not world.editor_y.groups.filter(pk=world.access_x.members.pk).exists()


def test_a_logged_in_account_with_another_address_joins_itself_after_confirming(
    world, login, invited
):
    """Choice: the link went to the invited mailbox, so its holder may join the account they
    are logged in to (and only that one) once they confirm on the page naming it."""
    someone = factories.UserFactory(username="an-prive", email="an@prive.example")
    # The new-account form offers it to a visitor not yet logged in.
    login_url = reverse("accounts:login") + "?" + urlencode({"next": str(OPEN_PATH)})
    assert login_url.replace("&", "&amp;") in open_link(invited.path).content.decode()
    client = login(someone)

    page = open_link(invited.path, client)
    response = client.post(OPEN_PATH, {})

    assert "an@prive.example" in page.content.decode()
    assert response.status_code == 302
    assert someone.groups.filter(pk=world.access_x.members.pk).exists()
    assert not User.objects.filter(email=NEW_EMAIL).exists()
    entry = ModelLogEntry.objects.get(action=INVITATION_ACCEPTED_LOG_ACTION)
    assert entry.data["member_id"] == someone.pk
    assert entry.data["new_account"] is False


def test_an_address_in_use_cannot_make_a_second_account(world, invited):
    User.objects.create_user(username="oud-account", email=NEW_EMAIL.upper(), is_active=False)

    response = accept(invited.path)

    assert response.status_code == 403
    assert User.objects.filter(email__iexact=NEW_EMAIL).count() == 1


def test_invitation_log_entries_name_the_network(world, login, invited):
    """The audit per network places model log entries by data.network_key."""
    key = str(world.access_x.translation_key)
    assert accept(invited.path).status_code == 302
    invitation_create(
        user=world.editor_x, access=world.access_x, email="b@example.org", role="partner"
    )
    open_invitation = Invitation.objects.get(email="b@example.org")
    login(world.editor_x).post(
        reverse("accounts_admin:revoke", args=[world.access_x.pk, open_invitation.pk])
    )
    membership_remove(user=world.editor_x, access=world.access_x, member=world.member_x)

    for action in (
        INVITATION_CREATED_LOG_ACTION,
        INVITATION_ACCEPTED_LOG_ACTION,
        INVITATION_REVOKED_LOG_ACTION,
        MEMBERSHIP_REMOVED_LOG_ACTION,
    ):
        entries = ModelLogEntry.objects.filter(action=action)
        assert entries.exists(), action
        assert all(entry.data["network_key"] == key for entry in entries), action


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="concurrent writes need a real database server"
)
def test_two_simultaneous_accepts_make_one_account(site_root):
    world = _build_world()
    invitation_create(user=world.editor_x, access=world.access_x, email=NEW_EMAIL, role="member")
    token = token_of(accept_path(mail.outbox[0]))
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def accept_once() -> None:
        barrier.wait()
        try:
            invitation_accept(token=token, password=STRONG_PASSWORD)
            outcomes.append("accepted")
        except ValidationError as error:
            outcomes.append(error.code)
        finally:
            connection.close()

    threads = [threading.Thread(target=accept_once) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == ["accepted", "used"]
    assert User.objects.filter(email=NEW_EMAIL).count() == 1


# --- Removing and the admin pages -----------------------------------------------------------


def test_an_editor_removes_a_member_of_their_network(world, login):
    remove_url = reverse(
        "accounts_admin:remove", args=[world.access_x.pk, world.member_x.pk, "member"]
    )

    response = login(world.editor_x).post(remove_url)

    assert response.status_code == 302
    assert not world.member_x.groups.filter(pk=world.access_x.members.pk).exists()
    assert User.objects.filter(pk=world.member_x.pk, is_active=True).exists()
    assert ModelLogEntry.objects.filter(
        action=MEMBERSHIP_REMOVED_LOG_ACTION, object_id=str(world.member_x.pk)
    ).exists()


def test_an_editor_of_x_cannot_remove_a_member_of_y(world, login):
    member_y = world.member_y

    response = login(world.editor_x).post(
        reverse("accounts_admin:remove", args=[world.access_y.pk, member_y.pk, "member"])
    )

    assert response.status_code == 403
    assert member_y.groups.filter(pk=world.access_y.members.pk).exists()


def test_removing_never_touches_editors_or_coordinators(world, login):
    coordinators = Group.objects.get(name=roles.COORDINATOR_GROUP)
    client = login(world.editor_x)

    as_editor = client.post(
        reverse("accounts_admin:remove", args=[world.access_x.pk, world.editor_x.pk, "editor"])
    )
    not_a_member = client.post(
        reverse("accounts_admin:remove", args=[world.access_x.pk, world.coordinator.pk, "member"])
    )

    assert (as_editor.status_code, not_a_member.status_code) == (403, 403)
    assert world.editor_x.groups.filter(pk=world.access_x.editors.pk).exists()
    assert world.coordinator.groups.filter(pk=coordinators.pk).exists()
    with pytest.raises(PermissionDenied):
        membership_remove(user=world.editor_x, access=world.access_x, member=world.editor_x)


def test_the_network_page_lists_members_partners_and_invitations(world, login, invited):
    response = login(world.editor_x).get(network_url(world.access_x))

    assert response.status_code == 200
    content = response.content.decode()
    for shown in (world.member_x.email, world.partner_x.email, NEW_EMAIL):
        assert shown in content
    assert world.editor_x.email not in content  # editors are not managed here
    assert (
        reverse("accounts_admin:remove", args=[world.access_x.pk, world.member_x.pk, "member"])
        in content
    )
    assert (
        reverse("accounts_admin:revoke", args=[world.access_x.pk, invited.invitation.pk]) in content
    )


def test_the_menu_item_shows_for_editors_and_coordinators_only(world, login):
    index_url = reverse("accounts_admin:index")

    for user in (world.editor_x, world.coordinator):
        assert index_url in login(user).get(reverse("wagtailadmin_home")).content.decode()
    # The coordinator chooses among all networks; an editor of one goes straight to it.
    overview = login(world.coordinator).get(index_url)
    assert overview.status_code == 200
    assert network_url(world.access_x) in overview.content.decode()
    assert network_url(world.access_y) in overview.content.decode()
    assert login(world.editor_x).get(index_url).url == network_url(world.access_x)


ACTIONS = ("view", "invite", "remove", "revoke")


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        ("anonymous", False),
        ("member_x", False),
        ("partner_x", False),
        ("editor_y", False),
        ("editor_x", True),
        ("coordinator", True),
    ],
)
def test_who_may_manage_network_x(world, login, role, allowed, action):
    """Role x action on network X; a refusal writes nothing and sends nothing."""
    open_invitation = factories.InvitationFactory(
        access=world.access_x,
        role="member",
        email="open@example.org",
        token="open",
        created_by=world.editor_x,
    )
    user = world.users[role]
    client = Client() if role == "anonymous" else login(user)
    requests = {
        "view": lambda: client.get(network_url(world.access_x)),
        "invite": lambda: invite(client, world.access_x),
        "remove": lambda: client.post(
            reverse("accounts_admin:remove", args=[world.access_x.pk, world.member_x.pk, "member"])
        ),
        "revoke": lambda: client.post(
            reverse("accounts_admin:revoke", args=[world.access_x.pk, open_invitation.pk])
        ),
    }

    response = requests[action]()

    if allowed:
        assert response.status_code in (200, 302)
        assert response.status_code == 200 or "login" not in response.url
        return
    if role in ("anonymous", "member_x", "partner_x"):
        # No admin access at all: Wagtail sends them to the admin login before any view runs.
        assert response.status_code == 302 and response.url.startswith(
            reverse("wagtailadmin_login")
        )
    else:
        assert response.status_code == 403
    assert not Invitation.objects.exclude(pk=open_invitation.pk).exists()
    assert mail.outbox == []
    assert world.member_x.groups.filter(pk=world.access_x.members.pk).exists()
    open_invitation.refresh_from_db()
    assert open_invitation.is_open


def test_the_link_goes_on_at_an_address_without_its_token(invited):
    client = Client()

    opened = client.get(invited.path)
    page = client.get(opened.url)

    assert opened.status_code == 302
    assert opened.url == OPEN_PATH
    assert invited.token not in opened.url
    assert invited.token not in page.content.decode()
    assert page["Referrer-Policy"] == "same-origin"
    assert "no-store" in page["Cache-Control"]


def test_the_token_free_address_without_an_opened_link_is_refused(db):
    response = Client().get(OPEN_PATH)

    assert response.status_code == 404
    with translation.override("nl"):
        assert gettext("This invitation link is not valid") in response.content.decode()


def test_a_post_to_the_link_itself_accepts_nothing(world, invited):
    response = Client().post(
        invited.path, {"new_password1": STRONG_PASSWORD, "new_password2": STRONG_PASSWORD}
    )

    assert response.status_code == 302
    assert not User.objects.filter(email=NEW_EMAIL).exists()
    assert Invitation.objects.get(pk=invited.invitation.pk).is_open


def test_the_form_is_checked_against_csrf_like_any_other(world, invited):
    client = Client(enforce_csrf_checks=True)
    client.get(invited.path)

    response = client.post(
        OPEN_PATH, {"new_password1": STRONG_PASSWORD, "new_password2": STRONG_PASSWORD}
    )

    assert response.status_code == 403
    assert not User.objects.filter(email=NEW_EMAIL).exists()
