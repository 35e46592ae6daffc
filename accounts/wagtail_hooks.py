"""Admin hooks for a network's members and partners: thin doors into `accounts.services`."""

from django.urls import include, path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter

from access.rules import user_manages_any_network
from accounts import admin_urls
from accounts.models import (
    INVITATION_ACCEPTED_LOG_ACTION,
    INVITATION_CREATED_LOG_ACTION,
    INVITATION_REVOKED_LOG_ACTION,
    MEMBERSHIP_REMOVED_LOG_ACTION,
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
