"""Admin hooks for a network's members and partners: thin doors into `accounts.services`."""

from django.urls import include, path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.account import BaseSettingsPanel
from wagtail.log_actions import LogFormatter

from access.rules import user_manages_any_network
from accounts import admin_urls
from accounts.account_forms import AccountEmailForm
from accounts.admin_users import BULK_ACTIONS
from accounts.models import (
    ACCOUNT_ACTIVATED_LOG_ACTION,
    ACCOUNT_DEACTIVATED_LOG_ACTION,
    ACCOUNT_GROUP_ADDED_LOG_ACTION,
    ACCOUNT_GROUP_REMOVED_LOG_ACTION,
    INVITATION_ACCEPTED_LOG_ACTION,
    INVITATION_CREATED_LOG_ACTION,
    INVITATION_REVOKED_LOG_ACTION,
    MEMBERSHIP_REMOVED_LOG_ACTION,
    SUPERUSER_GRANTED_LOG_ACTION,
    SUPERUSER_REVOKED_LOG_ACTION,
    Invitation,
)
from accounts.selectors import NetworkClosedAreas, network_closed_areas
from core.sections import PAGE_SECTIONS_HOOK, Section
from networks.models import NetworkPage


@hooks.register("register_admin_urls")
def register_network_people_urls():
    return [
        path("network-people/", include((admin_urls, "accounts_admin"), namespace="accounts_admin"))
    ]


class NetworkPeopleMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return user_manages_any_network(user=request.user)


@hooks.register("register_admin_menu_item")
def register_network_people_menu_item() -> MenuItem:
    return NetworkPeopleMenuItem(
        _("Members and partners"),
        reverse("accounts_admin:index"),
        name="network-people",
        icon_name="group",
        order=160,
    )


def _invitation_values(log_entry) -> dict[str, str]:
    data = log_entry.data
    role = data.get("role", "")
    if role in Invitation.Role.values:
        role = str(Invitation.Role(role).label).lower()
    return {"email": data.get("email", ""), "role": role, "network": data.get("network", "")}


@hooks.register("register_log_actions")
def register_invitation_log_actions(actions):
    @actions.register_action(INVITATION_CREATED_LOG_ACTION)
    class InvitationCreatedFormatter(LogFormatter):
        label = _("Invitation sent")

        def format_message(self, log_entry) -> str:
            return gettext("Invited %(email)s as %(role)s of %(network)s") % _invitation_values(
                log_entry
            )

    @actions.register_action(INVITATION_ACCEPTED_LOG_ACTION)
    class InvitationAcceptedFormatter(LogFormatter):
        label = _("Invitation accepted")

        def format_message(self, log_entry) -> str:
            return gettext(
                "%(email)s accepted the invitation as %(role)s of %(network)s"
            ) % _invitation_values(log_entry)

    @actions.register_action(INVITATION_REVOKED_LOG_ACTION)
    class InvitationRevokedFormatter(LogFormatter):
        label = _("Invitation withdrawn")

        def format_message(self, log_entry) -> str:
            return gettext(
                "Withdrew the invitation of %(email)s as %(role)s of %(network)s"
            ) % _invitation_values(log_entry)

    @actions.register_action(MEMBERSHIP_REMOVED_LOG_ACTION)
    class MembershipRemovedFormatter(LogFormatter):
        label = _("Removed from a network")

        def format_message(self, log_entry) -> str:
            data = log_entry.data
            return gettext("Removed %(member)s from %(groups)s") % {
                "member": data.get("member", ""),
                "groups": ", ".join(data.get("groups", [])),
            }


ROLE_NAMES = {
    "editors": _("editor"),
    "members": _("member"),
    "partners": _("partner"),
    "coordinators": _("DKC coordinator"),
}


def _account_values(log_entry) -> dict[str, str]:
    data = log_entry.data
    role = data.get("role", "")
    return {
        "member": data.get("member", ""),
        "role": str(ROLE_NAMES.get(role, role)),
        "network": data.get("network", ""),
    }


@hooks.register("register_log_actions")
def register_account_log_actions(actions):
    @actions.register_action(ACCOUNT_GROUP_ADDED_LOG_ACTION)
    class AccountGroupAddedFormatter(LogFormatter):
        label = _("Role given")

        def format_message(self, log_entry) -> str:
            return gettext("Made %(member)s %(role)s of %(network)s") % _account_values(log_entry)

    @actions.register_action(ACCOUNT_GROUP_REMOVED_LOG_ACTION)
    class AccountGroupRemovedFormatter(LogFormatter):
        label = _("Role taken away")

        def format_message(self, log_entry) -> str:
            if log_entry.data.get("account_deleted"):
                return gettext(
                    "Deleted the account of %(member)s, %(role)s of %(network)s"
                ) % _account_values(log_entry)
            return gettext("%(member)s is no longer %(role)s of %(network)s") % _account_values(
                log_entry
            )

    @actions.register_action(ACCOUNT_ACTIVATED_LOG_ACTION)
    class AccountActivatedFormatter(LogFormatter):
        label = _("Account activated")

        def format_message(self, log_entry) -> str:
            return gettext("Activated the account of %(member)s") % _account_values(log_entry)

    @actions.register_action(ACCOUNT_DEACTIVATED_LOG_ACTION)
    class AccountDeactivatedFormatter(LogFormatter):
        label = _("Account deactivated")

        def format_message(self, log_entry) -> str:
            return gettext("Deactivated the account of %(member)s") % _account_values(log_entry)

    @actions.register_action(SUPERUSER_GRANTED_LOG_ACTION)
    class SuperuserGrantedFormatter(LogFormatter):
        label = _("Administrator rights given")

        def format_message(self, log_entry) -> str:
            return gettext("Made %(member)s an administrator (superuser)") % _account_values(
                log_entry
            )

    @actions.register_action(SUPERUSER_REVOKED_LOG_ACTION)
    class SuperuserRevokedFormatter(LogFormatter):
        label = _("Administrator rights taken away")

        def format_message(self, log_entry) -> str:
            return gettext(
                "%(member)s is no longer an administrator (superuser)"
            ) % _account_values(log_entry)


# Registered after wagtail.users' own (order): the same action types, with our rules.
for _bulk_action in BULK_ACTIONS:
    hooks.register("register_bulk_action", _bulk_action, order=100)


class AccountEmailSettingsPanel(BaseSettingsPanel):
    """The e-mail address on Wagtail's account page (WAGTAIL_EMAIL_MANAGEMENT_ENABLED is off,
    so Wagtail's own panel keeps the name only): refused when another account uses it."""

    name = "dkc_email"
    title = _("E-mail address")
    order = 110
    form_class = AccountEmailForm


@hooks.register("register_account_settings_panel")
def register_account_email_panel(request, user, profile):
    return AccountEmailSettingsPanel(request, user, profile)


@hooks.register(PAGE_SECTIONS_HOOK)
def closed_areas_section(page, request):
    """A network page says which closed areas it has and links those the visitor may enter."""
    if not isinstance(page, NetworkPage):
        return None
    user = getattr(request, "user", None)
    closed_areas = (
        network_closed_areas(network=page, user=user) if user is not None else NetworkClosedAreas()
    )
    return [
        Section(
            slot="aside",
            order=10,
            template="accounts/includes/network_closed_areas.html",
            context={"closed_areas": closed_areas},
        )
    ]
