"""Theme and network pages show their upcoming events (core.sections), without `themes` or
`networks` importing this app."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from core.sections import PAGE_SECTIONS_HOOK, Section
from events.models import Registration
from events.services import (
    REGISTRATION_CANCELLED_LOG_ACTION,
    REGISTRATION_CREATED_LOG_ACTION,
    REGISTRATION_PROMOTED_LOG_ACTION,
    REGISTRATION_SETTINGS_LOG_ACTION,
)
from networks.models import NetworkPage
from themes.models import ThemePage

THEME_TEMPLATE = "events/includes/theme_events_section.html"
NETWORK_TEMPLATE = "events/includes/network_events_section.html"


@hooks.register(PAGE_SECTIONS_HOOK)
def upcoming_events_section(page, request):
    if isinstance(page, ThemePage):
        return [
            Section(slot="main", order=20, template="events/includes/theme_events_section.html")
        ]
    if isinstance(page, NetworkPage):
        return [
            Section(slot="main", order=20, template="events/includes/network_events_section.html")
        ]
    return None


@hooks.register("register_log_actions")
def register_registration_log_actions(actions):
    # Messages name the event and the size category, never the person (logs outlive erasure).
    def values(log_entry) -> dict:
        data = log_entry.data or {}
        sizes = dict(Registration.OrganisationSize.choices)
        return {
            "event": data.get("event_title", ""),
            "size": sizes.get(data.get("organisation_size"), ""),
        }

    @actions.register_action(REGISTRATION_CREATED_LOG_ACTION)
    class RegistrationCreatedFormatter(LogFormatter):
        label = _("Registered for an event")

        def format_message(self, log_entry) -> str:
            if (log_entry.data or {}).get("status") == Registration.Status.WAITLISTED:
                return gettext(
                    "A visitor (%(size)s) joined the waiting list of %(event)s"
                ) % values(log_entry)
            return gettext("A visitor (%(size)s) registered for %(event)s") % values(log_entry)

    @actions.register_action(REGISTRATION_CANCELLED_LOG_ACTION)
    class RegistrationCancelledFormatter(LogFormatter):
        label = _("Registration cancelled")

        def format_message(self, log_entry) -> str:
            return gettext(
                "A visitor (%(size)s) cancelled their registration for %(event)s; their data "
                "was erased"
            ) % values(log_entry)

    @actions.register_action(REGISTRATION_PROMOTED_LOG_ACTION)
    class RegistrationPromotedFormatter(LogFormatter):
        label = _("Moved off the waiting list")

        def format_message(self, log_entry) -> str:
            return gettext(
                "A visitor (%(size)s) on the waiting list got a freed place at %(event)s"
            ) % values(log_entry)

    @actions.register_action(REGISTRATION_SETTINGS_LOG_ACTION)
    class RegistrationSettingsFormatter(LogFormatter):
        label = _("Registration settings changed")

        def format_message(self, log_entry) -> str:
            changes = (log_entry.data or {}).get("changes", {})
            return gettext("Changed the registration of %(event)s: %(changes)s") % {
                "event": (log_entry.data or {}).get("event_title", ""),
                "changes": ", ".join(f"{field} = {value}" for field, value in changes.items()),
            }
