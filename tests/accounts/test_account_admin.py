"""Who changes whose rights in Wagtail's users admin, and one e-mail address per account.

Issue #17 item 8: Wagtail shows the "Administrator" box to anyone who may change users, so a
coordinator could make any account (their own second one, say) a superuser. Only a superuser
grants or removes it, and only a superuser changes, (de)activates or deletes a superuser's
account. Item 5: every path that sets an e-mail address refuses one another account uses.
Item 10: changes to who may read or edit are logged per network (data.network_key).
"""

from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.admin.utils import get_user_display_name
from wagtail.models import ModelLogEntry

from access.selectors import coordinator_group
from accounts.models import (
    ACCOUNT_DEACTIVATED_LOG_ACTION,
    ACCOUNT_GROUP_ADDED_LOG_ACTION,
    ACCOUNT_GROUP_REMOVED_LOG_ACTION,
    SUPERUSER_GRANTED_LOG_ACTION,
    SUPERUSER_REVOKED_LOG_ACTION,
)
from tests import factories, worldcache
from tests.accounts.test_invitations import account_page_post
from tests.editorial.conftest import _build_world

User = get_user_model()
STRONG_PASSWORD = "groene-fietsen-op-de-werkvloer-2026"


@worldcache.fixture
def world() -> SimpleNamespace:
    world = _build_world()
    world.superuser = factories.UserFactory(username="beheerder", superuser=True)
    return world


def dutch(message: str) -> str:
    with translation.override("nl"):
        return gettext(message)


def edit_url(user) -> str:
    return reverse("wagtailusers_users:edit", args=[user.pk])


def form_data(user=None, **overrides) -> dict:
    """The user form as the browser posts it: every field, with the account's current values."""
    data = {
        "username": user.username if user else "nieuw-account",
        "email": user.email if user else "nieuw.account@example.org",
        "first_name": (user.first_name if user else "") or "Nieuw",
        "last_name": (user.last_name if user else "") or "Account",
        "password1": "" if user else STRONG_PASSWORD,
        "password2": "" if user else STRONG_PASSWORD,
        "is_active": "on",
        "groups": [group.pk for group in user.groups.all()] if user else [],
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def bulk_url(action: str, *users) -> str:
    url = reverse("wagtail_bulk_action", args=["auth", "user", action])
    return url + "?" + "&".join(f"id={user.pk}" for user in users)


def entries(action: str, user) -> list[ModelLogEntry]:
    return list(ModelLogEntry.objects.filter(action=action, object_id=str(user.pk)))


# --- Item 8: the "Administrator" box ---------------------------------------------------------


def test_the_administrator_box_is_shown_to_superusers_only(world, login):
    coordinator, superuser = login(world.coordinator), login(world.superuser)
    add_url = reverse("wagtailusers_users:add")

    for url in (add_url, edit_url(world.member_x)):
        assert 'name="is_superuser"' not in coordinator.get(url).content.decode(), url
        assert 'name="is_superuser"' in superuser.get(url).content.decode(), url


def test_a_coordinator_cannot_create_a_superuser_with_a_forged_post(world, login):
    response = login(world.coordinator).post(
        reverse("wagtailusers_users:add"), form_data(is_superuser="on")
    )

    assert response.status_code == 302
    created = User.objects.get(username="nieuw-account")
    assert not created.is_superuser
    assert not ModelLogEntry.objects.filter(action=SUPERUSER_GRANTED_LOG_ACTION).exists()


def test_a_coordinator_cannot_make_an_account_superuser_with_a_forged_post(world, login):
    coordinator = login(world.coordinator)

    response = coordinator.post(
        edit_url(world.editor_x), form_data(world.editor_x, is_superuser="on")
    )
    # Nor their own account (Wagtail drops the box when editing oneself; we keep it so).
    own = coordinator.post(
        edit_url(world.coordinator), form_data(world.coordinator, is_superuser="on")
    )

    assert response.status_code == 302
    assert own.status_code == 302
    assert not User.objects.get(pk=world.editor_x.pk).is_superuser
    assert not User.objects.get(pk=world.coordinator.pk).is_superuser


def test_a_superuser_grants_and_removes_administrator_rights_and_each_network_logs_it(world, login):
    superuser = login(world.superuser)
    keys = {str(world.access_x.translation_key), str(world.access_y.translation_key)}

    granted = superuser.post(edit_url(world.editor_x), form_data(world.editor_x, is_superuser="on"))
    assert granted.status_code == 302
    assert User.objects.get(pk=world.editor_x.pk).is_superuser
    assert {
        e.data["network_key"] for e in entries(SUPERUSER_GRANTED_LOG_ACTION, world.editor_x)
    } == keys

    editor_x = User.objects.get(pk=world.editor_x.pk)
    removed = superuser.post(edit_url(editor_x), form_data(editor_x))
    assert removed.status_code == 302
    assert not User.objects.get(pk=world.editor_x.pk).is_superuser
    assert {e.data["network_key"] for e in entries(SUPERUSER_REVOKED_LOG_ACTION, editor_x)} == keys


def test_a_coordinator_cannot_change_or_delete_a_superusers_account(world, login):
    coordinator = login(world.coordinator)
    target = world.superuser
    password_before = target.password

    page = coordinator.get(edit_url(target))
    takeover = coordinator.post(
        edit_url(target),
        form_data(
            target,
            email="overname@example.org",
            password1=STRONG_PASSWORD,
            password2=STRONG_PASSWORD,
            is_active=None,
        ),
    )
    delete = coordinator.post(reverse("wagtailusers_users:delete", args=[target.pk]))

    # Wagtail's admin answers a refusal with a redirect to the dashboard and a message.
    for response in (page, takeover, delete):
        assert (response.status_code, response.url) == (302, reverse("wagtailadmin_home"))
    target = User.objects.get(pk=target.pk)
    assert (target.email, target.password, target.is_active) == (
        "beheerder@example.org",
        password_before,
        True,
    )
    listing = coordinator.get(reverse("wagtailusers_users:index")).content.decode()
    assert edit_url(world.member_x) in listing
    assert edit_url(target) not in listing
    # A superuser still edits another superuser.
    other = factories.UserFactory(username="tweede-beheerder", superuser=True)
    assert login(world.superuser).get(edit_url(other)).status_code == 200


# --- Item 8: the bulk actions on users -------------------------------------------------------


def test_bulk_actions_leave_a_superusers_account_alone_for_a_coordinator(world, login):
    coordinator = login(world.coordinator)

    coordinator.post(
        bulk_url("set_active_state", world.superuser, world.member_x), {"mark_as_active": False}
    )
    coordinator.post(bulk_url("assign_role", world.superuser), {"role": world.access_x.editors.pk})
    coordinator.post(bulk_url("delete", world.superuser), {})

    superuser = User.objects.get(pk=world.superuser.pk)
    assert superuser.is_active
    assert not superuser.groups.filter(pk=world.access_x.editors.pk).exists()
    # The others in the same action are still handled, and it is logged per network.
    assert not User.objects.get(pk=world.member_x.pk).is_active
    [deactivated] = entries(ACCOUNT_DEACTIVATED_LOG_ACTION, world.member_x)
    assert deactivated.data["network_key"] == str(world.access_x.translation_key)
    assert deactivated.user_id == world.coordinator.pk


def test_a_bulk_role_into_the_coordinators_is_logged_for_every_network(world, login):
    response = login(world.coordinator).post(
        bulk_url("assign_role", world.member_x), {"role": coordinator_group().pk}
    )

    assert response.status_code == 302
    logged = entries(ACCOUNT_GROUP_ADDED_LOG_ACTION, world.member_x)
    assert {(e.data["network_key"], e.data["role"]) for e in logged} == {
        (str(world.access_x.translation_key), "coordinators"),
        (str(world.access_y.translation_key), "coordinators"),
    }


def test_a_bulk_delete_logs_the_memberships_it_ends(world, login):
    member_x = world.member_x

    response = login(world.superuser).post(bulk_url("delete", member_x), {})

    assert response.status_code == 302
    assert not User.objects.filter(pk=member_x.pk).exists()
    [removed] = entries(ACCOUNT_GROUP_REMOVED_LOG_ACTION, member_x)
    assert removed.data["network_key"] == str(world.access_x.translation_key)
    assert removed.data["account_deleted"] is True


# --- Item 10: group changes in the user form are logged per network --------------------------


def test_group_changes_in_the_user_form_are_logged_with_the_network(world, login):
    member_y = world.member_y
    groups = [world.access_x.members.pk]  # into X's members, out of Y's

    response = login(world.coordinator).post(edit_url(member_y), form_data(member_y, groups=groups))

    assert response.status_code == 302
    [added] = entries(ACCOUNT_GROUP_ADDED_LOG_ACTION, member_y)
    [removed] = entries(ACCOUNT_GROUP_REMOVED_LOG_ACTION, member_y)
    assert (added.data["network_key"], added.data["role"]) == (
        str(world.access_x.translation_key),
        "members",
    )
    assert (removed.data["network_key"], removed.data["role"]) == (
        str(world.access_y.translation_key),
        "members",
    )
    assert added.user_id == world.coordinator.pk


def test_deleting_an_account_logs_the_memberships_it_ends(world, login):
    member_x = world.member_x

    response = login(world.coordinator).post(
        reverse("wagtailusers_users:delete", args=[member_x.pk])
    )

    assert response.status_code == 302
    [removed] = entries(ACCOUNT_GROUP_REMOVED_LOG_ACTION, member_x)
    assert removed.data["network_key"] == str(world.access_x.translation_key)


# --- Item 5: one e-mail address per account, on every path that sets one ---------------------


def test_the_account_page_refuses_an_address_another_account_uses(world, login):
    client = login(world.editor_y)

    taken = account_page_post(client, email=world.member_x.email.upper())
    own = account_page_post(client, email=world.editor_y.email)

    assert taken.status_code == 200
    assert dutch("Another account already uses this e-mail address.") in taken.content.decode()
    assert User.objects.get(pk=world.editor_y.pk).email == "redacteur-diamond@example.org"
    assert own.status_code == 302


def test_wagtails_own_email_field_on_the_account_page_is_gone(world, login):
    """WAGTAIL_EMAIL_MANAGEMENT_ENABLED is off; our panel is the only e-mail field."""
    content = login(world.editor_y).get(reverse("wagtailadmin_account")).content.decode()

    assert 'name="name_email-email"' not in content
    assert 'name="dkc_email-email"' in content


def test_the_user_forms_refuse_an_address_another_account_uses(world, login):
    coordinator = login(world.coordinator)
    taken = world.member_x.email.upper()

    created = coordinator.post(reverse("wagtailusers_users:add"), form_data(email=taken))
    edited = coordinator.post(edit_url(world.editor_y), form_data(world.editor_y, email=taken))

    for response in (created, edited):
        assert response.status_code == 200
        assert dutch("Another account already uses this e-mail address.") in (
            response.content.decode()
        )
    assert not User.objects.filter(username="nieuw-account").exists()
    assert User.objects.filter(email__iexact=taken).count() == 1


def test_a_password_reset_for_a_shared_address_sends_nothing(world):
    """Accounts from before addresses were unique may share one: no link then, as it would
    hand one of them to whoever reads the mailbox."""
    User.objects.filter(pk=world.editor_y.pk).update(email=world.member_x.email.upper())

    for url in (reverse("accounts:password_reset"), reverse("wagtailadmin_password_reset")):
        response = Client().post(url, {"email": world.member_x.email})
        assert response.status_code == 302, url
    assert mail.outbox == []


def test_a_password_reset_for_an_address_reaches_its_one_account(world):
    for url in (reverse("accounts:password_reset"), reverse("wagtailadmin_password_reset")):
        Client().post(url, {"email": world.member_x.email.upper()})

    assert [message.to for message in mail.outbox] == [[world.member_x.email]] * 2


def test_a_coordinator_cannot_edit_groups(world, login):
    """Who gets which group's rights is set per account (logged above), never on the group:
    Wagtail's group admin is for superusers only."""
    coordinator = login(world.coordinator)

    for url in (
        reverse("wagtailusers_groups:index"),
        reverse("wagtailusers_groups:edit", args=[coordinator_group().pk]),
    ):
        response = coordinator.get(url)
        assert (response.status_code, response.url) == (302, reverse("wagtailadmin_home")), url


def test_each_rights_entry_reads_as_a_sentence_in_the_history(world, login):
    superuser = login(world.superuser)
    member_y = world.member_y
    superuser.post(
        edit_url(member_y),
        form_data(member_y, groups=[world.access_x.members.pk], is_superuser="on", is_active=None),
    )
    member_y = User.objects.get(pk=member_y.pk)
    superuser.post(edit_url(member_y), form_data(member_y, groups=[], is_active="on"))

    with translation.override("en"):
        messages = {
            entry.message
            for entry in ModelLogEntry.objects.filter(
                object_id=str(member_y.pk), action__startswith="dkc."
            )
        }
    name = get_user_display_name(member_y)
    assert messages == {
        f"Made {name} member of Tracer",
        f"{name} is no longer member of Diamond",
        f"{name} is no longer member of Tracer",
        f"Deactivated the account of {name}",
        f"Activated the account of {name}",
        f"Made {name} an administrator (superuser)",
        f"{name} is no longer an administrator (superuser)",
    }


def test_a_new_account_with_a_network_group_is_logged_as_that_role(world, login):
    response = login(world.coordinator).post(
        reverse("wagtailusers_users:add"), form_data(groups=[world.access_x.partners.pk])
    )

    assert response.status_code == 302
    created = User.objects.get(username="nieuw-account")
    logged = ModelLogEntry.objects.filter(object_id=str(created.pk), action__startswith="dkc.")
    assert [(e.action, e.data["network_key"], e.data["role"]) for e in logged] == [
        (ACCOUNT_GROUP_ADDED_LOG_ACTION, str(world.access_x.translation_key), "partners")
    ]
