"""Theme and network pages show their upcoming events (core.sections), without `themes` or
`networks` importing this app; an event's registration settings in the admin, reached from
its edit screen and the page listings by those `access.rules` admits."""

from django.urls import include, path, reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.log_actions import LogFormatter
from wagtail.permissions import register_permission_policy

from access.rules import user_may_manage_event_registrations, user_may_see_event_attendees
from core.sections import PAGE_SECTIONS_HOOK, Section
from events import admin_urls
from events.attendee_views import RegistrationPermissionPolicy, RegistrationViewSet
from events.models import EventPage, Registration
from events.selectors import series_context
from events.services import (
    REGISTRATION_CANCELLED_LOG_ACTION,
    REGISTRATION_CHECKED_IN_LOG_ACTION,
    REGISTRATION_CREATED_LOG_ACTION,
    REGISTRATION_PROMOTED_LOG_ACTION,
    REGISTRATION_SETTINGS_LOG_ACTION,
    REGISTRATIONS_ERASED_LOG_ACTION,
)
from networks.models import NetworkPage, ProjectPage
from themes.models import ThemePage

# Before anything asks Wagtail for Registration's policy (else it falls back to Django's).
register_permission_policy(Registration, RegistrationPermissionPolicy(Registration))

THEME_TEMPLATE = "events/includes/theme_events_section.html"
NETWORK_TEMPLATE = "events/includes/network_events_section.html"
SERIES_TEMPLATE = "events/includes/series_section.html"


@hooks.register(PAGE_SECTIONS_HOOK)
def upcoming_events_section(page, request):
    """The same for every reader, and changing with the clock (what is still to come): kept
    for as long as a stored page is fresh (core.sections). A project's series is read only
    when its section is rendered, not when it is kept."""
    if isinstance(page, ThemePage):
        return [Section(slot="main", order=20, template=THEME_TEMPLATE, shared=True, timed=True)]
    if isinstance(page, NetworkPage):
        return [Section(slot="main", order=20, template=NETWORK_TEMPLATE, shared=True, timed=True)]
    if isinstance(page, ProjectPage):
        series = SimpleLazyObject(lambda: series_context(project=page))
        return [
            Section(
                slot="main",
                order=10,
                template=SERIES_TEMPLATE,
                context={"series": series},
                shared=True,
                timed=True,
            )
        ]
    return None


@hooks.register("register_admin_urls")
def register_events_admin_urls():
    return [path("events/", include((admin_urls, "events_admin"), namespace="events_admin"))]


class RegistrationSettingsButton(PageMenuItem):
    label = _("Registration settings")
    icon_name = "date"
    priority = 70

    @property
    def url(self) -> str:
        return reverse("events_admin:registration_settings", args=[self.page.pk])


class CheckInButton(PageMenuItem):
    label = _("Check-in")
    icon_name = "tick"
    priority = 71

    @property
    def url(self) -> str:
        return reverse("registration:check_in", args=[self.page.pk])


def _registration_settings_buttons(page, user):
    # The specific class is known from the content type: no query for other pages; the rule
    # keeps the user's networks for the request, so a listing asks once, not per row.
    if not issubclass(page.specific_class or type(page), EventPage):
        return
    if user_may_manage_event_registrations(user=user, event=page):
        yield RegistrationSettingsButton(page=page)
    if user_may_see_event_attendees(user=user, event=page):
        yield CheckInButton(page=page)


@hooks.register("register_page_header_buttons")
def page_header_registration_settings_button(page, user, view_name, next_url=None):
    yield from _registration_settings_buttons(page, user)


@hooks.register("register_page_listing_more_buttons")
def page_listing_registration_settings_button(page, user, next_url=None):
    yield from _registration_settings_buttons(page, user)


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return RegistrationViewSet()


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
            if (log_entry.data or {}).get("on_behalf"):
                return gettext(
                    "A registration (%(size)s) for %(event)s was cancelled on the visitor's "
                    "behalf; their data was erased"
                ) % values(log_entry)
            return gettext(
                "A visitor (%(size)s) cancelled their registration for %(event)s; their data "
                "was erased"
            ) % values(log_entry)

    @actions.register_action(REGISTRATION_CHECKED_IN_LOG_ACTION)
    class RegistrationCheckedInFormatter(LogFormatter):
        label = _("Checked in")

        def format_message(self, log_entry) -> str:
            present = (log_entry.data or {}).get("present")
            if present is None:
                message = gettext("The check-in of an attendee (%(size)s) of %(event)s was undone")
            elif present:
                message = gettext("An attendee (%(size)s) of %(event)s was marked present")
            else:
                message = gettext("An attendee (%(size)s) of %(event)s was marked absent")
            return message % values(log_entry)

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

    @actions.register_action(REGISTRATIONS_ERASED_LOG_ACTION)
    class RegistrationsErasedFormatter(LogFormatter):
        label = _("Attendee data erased after the retention period")

        def format_message(self, log_entry) -> str:
            data = log_entry.data or {}
            return gettext(
                "Personal data erased %(months)s months after %(event)s; registrations: "
                "%(count)s (their counts are kept)"
            ) % {
                "count": data.get("registrations", 0),
                "event": data.get("event_title", ""),
                "months": data.get("months", ""),
            }
