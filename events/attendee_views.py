"""The attendees of events in the Wagtail admin: a `ModelViewSet` on `Registration` (list,
search, filters, CSV/XLSX export in the ESF layout, inspect), the check-in page of one event
and "cancel on someone's behalf".

Who sees which attendees is `access.rules.user_may_see_event_attendees` (and its database
filter for lists), not Django's model permissions: the viewset's permission policy asks the
rule, so the network's editors need no extra permission and every refusal is a 403. The
writes are `events.services` (check-in, cancel). Nobody adds, edits or deletes a registration
here: registrations come from visitors with their consent, a cancellation (which erases and
promotes) replaces deletion, and check-in is the only change made on the day.
"""

from datetime import date

import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import Button
from wagtail.models import Page
from wagtail.permission_policies import BasePermissionPolicy

from access.rules import user_may_see_event_attendees, user_sees_some_event_attendees
from core.spreadsheets import csv_safe
from core.views import ForbiddenMixin
from core.viewsets import ReadOnlyModelViewSet
from events import selectors, services
from events.models import EventPage, Registration, RegistrationSettings

FORBIDDEN_MESSAGE = _(
    "You may not see the attendees of this event. The editors of the event's network and "
    "the DKC coordinators may."
)


def registration_event(registration: Registration) -> Page | None:
    """The Dutch source page of the registration's event (None when all its pages are gone)."""
    return services.source_event(registration.event_settings.event_key)


def user_may_see_registration(*, user, registration: Registration) -> bool:
    return user_may_see_event_attendees(user=user, event=registration_event(registration))


class RegistrationPermissionPolicy(BasePermissionPolicy):
    """Registrations are seen ("view") by those `access.rules` admits, per event; nobody adds,
    changes or deletes them through the generic views."""

    def user_has_permission(self, user, action):
        return action == "view" and user_sees_some_event_attendees(user=user)

    def user_has_any_permission(self, user, actions):
        return "view" in actions and self.user_has_permission(user, "view")

    def user_has_permission_for_instance(self, user, action, instance):
        return action == "view" and user_may_see_registration(user=user, registration=instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return "view" in actions and self.user_has_permission_for_instance(user, "view", instance)

    def instances_user_has_any_permission_for(self, user, actions):
        if "view" not in actions:
            return Registration.objects.none()
        return selectors.registration_admin_list(user=user)

    def users_with_any_permission(self, actions):
        # Nobody is notified or listed by this permission; the rule answers per person.
        return get_user_model().objects.none()


# --- Filters -----------------------------------------------------------------------------


class EventChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        title = obj.page_title or obj.event_title or str(obj)
        if obj.page_start is None:
            return title
        start = date_format(timezone.localtime(obj.page_start), "SHORT_DATE_FORMAT")
        return f"{title} ({start})"


class EventChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = EventChoiceField


PRESENT_CHOICES = [
    ("yes", _("Present")),
    ("no", _("Absent")),
    ("unknown", _("Not checked in")),
]


class RegistrationFilterSet(WagtailFilterSet):
    event = EventChoiceFilter(
        label=_("Event"), field_name="event_settings", queryset=RegistrationSettings.objects.none()
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[
            (Registration.Status.CONFIRMED, Registration.Status.CONFIRMED.label),
            (Registration.Status.WAITLISTED, Registration.Status.WAITLISTED.label),
        ],
    )
    organisation_size = django_filters.ChoiceFilter(
        label=_("Organisation size"), choices=Registration.OrganisationSize.choices
    )
    present = django_filters.ChoiceFilter(
        label=_("Present"), choices=PRESENT_CHOICES, method="filter_present"
    )

    class Meta:
        model = Registration
        fields: tuple = ()

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        if request is not None:
            self.filters["event"].queryset = selectors.registration_settings_admin_list(
                user=request.user
            )

    def filter_present(self, queryset, name, value):
        if value == "unknown":
            return queryset.filter(present__isnull=True)
        return queryset.filter(present=(value == "yes"))


# --- The list and its export -----------------------------------------------------------


def _present_label(present: bool | None) -> str:
    if present is None:
        return ""
    return gettext("Present") if present else gettext("Absent")


def _event_date(registration) -> date | None:
    start = registration.event_start
    return timezone.localtime(start).date() if start is not None else None


class AttendeeIndexView(ForbiddenMixin, IndexView):
    forbidden_message = FORBIDDEN_MESSAGE
    any_permission_required = ["view"]
    default_ordering = "-event_start"
    page_title = _("Registrations")
    # The ESF layout: one row per confirmed attendee.
    list_export = [
        "event_title",
        "event_date",
        "event_network",
        "name",
        "organisation",
        "organisation_size",
        "present",
    ]
    export_headings = {
        "event_title": _("Event"),
        "event_date": _("Date"),
        "event_network": _("Network"),
        "name": _("Name"),
        "organisation": _("Organisation"),
        "organisation_size": _("Organisation size"),
        "present": _("Present"),
    }

    def check_allowed(self, request):
        # A list filtered on someone else's event is refused outright, not shown empty.
        event = request.GET.get("event", "")
        if event.isdigit() and RegistrationSettings.objects.filter(pk=event).exists():
            visible = selectors.registration_settings_admin_list(user=request.user)
            if not visible.filter(pk=event).exists():
                raise PermissionDenied

    def get_base_queryset(self):
        return selectors.registration_admin_list(user=self.request.user)

    def order_queryset(self, queryset):
        queryset = super().order_queryset(queryset)
        return queryset.order_by(*queryset.query.order_by, "status", "name", "pk")

    def get_filename(self):
        return gettext("attendees") + "-" + timezone.localdate().isoformat()

    @cached_property
    def columns(self):
        return [
            self._get_title_column("name"),
            Column("event_title", label=_("Event"), sort_key="event_title"),
            DateColumn("event_start", label=_("Date"), sort_key="event_start"),
            Column("event_network", label=_("Network")),
            Column("organisation", label=_("Organisation"), sort_key="organisation"),
            Column("get_organisation_size_display", label=_("Organisation size")),
            Column("get_status_display", label=_("Status"), sort_key="status"),
            Column("present", label=_("Present"), accessor=lambda r: _present_label(r.present)),
        ]

    def paginate_queryset(self, queryset, page_size):
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        page.object_list = selectors.registrations_attach_networks(list(object_list))
        return paginator, page, page.object_list, is_paginated

    def as_spreadsheet(self, queryset, spreadsheet_format):
        # The ESF list: confirmed attendees only (the waiting list never had a seat; a
        # cancelled registration is erased). The page's filters and search still apply.
        rows = selectors.registrations_attach_networks(
            list(queryset.filter(status=Registration.Status.CONFIRMED))
        )
        return super().as_spreadsheet(rows, spreadsheet_format)

    def get_heading(self, queryset, field):
        return str(self.export_headings[field])

    def write_csv_row(self, writer, row_dict):
        return super().write_csv_row(
            writer, {field: csv_safe(value) for field, value in row_dict.items()}
        )

    def to_row_dict(self, item):
        return {
            "event_title": item.event_title or item.event_settings.event_title,
            "event_date": _event_date(item),
            "event_network": item.event_network,
            "name": item.name,
            "organisation": item.organisation,
            "organisation_size": item.get_organisation_size_display(),
            "present": _present_label(item.present),
        }

    def get_list_more_buttons(self, instance):
        buttons = list(super().get_list_more_buttons(instance))
        if instance.event_page_id is not None and instance.status == Registration.Status.CONFIRMED:
            buttons.append(
                MenuItem(
                    gettext("Check in"),
                    url=reverse("registration:check_in", args=[instance.event_page_id]),
                    icon_name="tick",
                    priority=40,
                )
            )
        buttons.append(
            MenuItem(
                gettext("Cancel on their behalf"),
                url=reverse("registration:cancel", args=[instance.pk]),
                icon_name="cross",
                priority=50,
            )
        )
        return buttons

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        event = self.filters.form.cleaned_data.get("event") if self.is_filtering else None
        if event is not None:
            page = EventPage.objects.filter(translation_key=event.event_key).first()
            if page is not None:
                buttons.append(
                    Button(
                        gettext("Check in"),
                        url=reverse("registration:check_in", args=[page.pk]),
                        icon_name="tick",
                        priority=10,
                    )
                )
        return buttons


class RegistrationObjectMixin:
    """Finds the registration of the URL; a registration of an event the user may not see is
    refused (403) before anything of it is shown, an erased one is not found."""

    def get_registration(self) -> Registration:
        registration = get_object_or_404(
            Registration.objects.select_related("event_settings"), pk=self.kwargs["pk"]
        )
        if not user_may_see_registration(user=self.request.user, registration=registration):
            raise PermissionDenied
        if registration.erased_at is not None:
            raise Http404
        return registration


class AttendeeInspectView(ForbiddenMixin, RegistrationObjectMixin, InspectView):
    forbidden_message = FORBIDDEN_MESSAGE
    any_permission_required = ["view"]

    def get_object(self, queryset=None):
        return self.get_registration()

    def get_page_subtitle(self):
        event = registration_event(self.object)
        return f"{self.object.name} – {event.title}" if event is not None else self.object.name


# --- Check-in on the day ---------------------------------------------------------------


class CheckInView(ForbiddenMixin, WagtailAdminTemplateMixin, TemplateView):
    """The confirmed attendees of one event with a big present / absent button each: plain
    POST forms (no script needed), usable on a phone."""

    template_name = "events/admin/check_in.html"
    forbidden_message = FORBIDDEN_MESSAGE
    header_icon = "tick"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        page = get_object_or_404(Page, pk=kwargs["page_id"]).specific
        if not isinstance(page, EventPage):
            raise Http404
        self.event = services.source_event(page.translation_key) or page

    def check_allowed(self, request):
        if not user_may_see_event_attendees(user=request.user, event=self.event):
            raise PermissionDenied

    def get_page_title(self):
        return gettext("Check-in")

    def get_page_subtitle(self):
        return self.event.get_admin_display_title()

    def attendees(self) -> list[Registration]:
        record = selectors.registration_settings_for(event=self.event)
        if record is None:
            return []
        return list(
            record.registrations.filter(
                status=Registration.Status.CONFIRMED, erased_at__isnull=True
            ).order_by("name", "pk")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        attendees = self.attendees()
        record = selectors.registration_settings_for(event=self.event)
        context.update(
            event=self.event,
            settings_record=record,
            attendees=attendees,
            present_count=sum(1 for attendee in attendees if attendee.present),
            list_url=reverse("registration:index") + (f"?event={record.pk}" if record else ""),
        )
        return context

    def post(self, request, *args, **kwargs):
        record = selectors.registration_settings_for(event=self.event)
        number = request.POST.get("registration", "")
        registration = get_object_or_404(
            Registration.objects.filter(event_settings=record),
            pk=int(number) if number.isdigit() else 0,
        )
        present = {"present": True, "absent": False, "clear": None}.get(
            request.POST.get("present", ""), "?"
        )
        if present == "?":
            messages.error(request, gettext("Choose present or absent."))
        else:
            try:
                services.registration_check_in(
                    registration=registration, present=present, user=request.user
                )
            except services.RegistrationRefused as refusal:
                messages.error(request, refusal.message)
        url = reverse("registration:check_in", args=[self.kwargs["page_id"]])
        return redirect(f"{url}#registration-{registration.pk}")


# --- Cancel on someone's behalf ------------------------------------------------------------


class CancelView(ForbiddenMixin, RegistrationObjectMixin, WagtailAdminTemplateMixin, TemplateView):
    """Asks first (GET), then cancels (POST) as the visitor's own link would: the data is
    erased at once, the first on the waiting list gets the place and a mail."""

    template_name = "events/admin/cancel_registration.html"
    forbidden_message = FORBIDDEN_MESSAGE
    header_icon = "cross"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.request = request
        self.registration = self.get_registration()
        self.event = registration_event(self.registration)

    def get_page_title(self):
        return gettext("Cancel a registration")

    def get_page_subtitle(self):
        return self.registration.name

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            registration=self.registration,
            event=self.event,
            index_url=self.index_url(),
        )
        return context

    def index_url(self) -> str:
        return reverse("registration:index") + f"?event={self.registration.event_settings_id}"

    def post(self, request, *args, **kwargs):
        try:
            services.registration_cancel(registration=self.registration, user=request.user)
        except services.RegistrationRefused as refusal:
            messages.error(request, refusal.message)
        else:
            messages.success(
                request,
                gettext(
                    "The registration is cancelled and its personal data erased. The first "
                    "person on the waiting list, if any, got the place and a mail."
                ),
            )
        return redirect(self.index_url())


# --- The viewset ---------------------------------------------------------------------------


class RegistrationViewSet(ReadOnlyModelViewSet):
    model = Registration
    name = "registration"
    url_prefix = "registrations"
    icon = "group"
    menu_label = _("Registrations")
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = AttendeeIndexView
    inspect_view_class = AttendeeInspectView
    filterset_class = RegistrationFilterSet
    search_fields = ["name", "email", "organisation"]
    search_backend_name = None
    list_per_page = 50
    inspect_view_fields = [
        "name",
        "email",
        "organisation",
        "organisation_size",
        "function",
        "language",
        "status",
        "created_at",
        "promoted_at",
        "present",
        "checked_in_at",
    ]

    def action_urlpatterns(self) -> list:
        return [
            path("event/<int:page_id>/check-in/", CheckInView.as_view(), name="check_in"),
            path("cancel/<int:pk>/", CancelView.as_view(), name="cancel"),
        ]
