"""The registration settings of an event in the Wagtail admin: capacity, opening and closing
moments, the waiting list and "close registration now". Who may is `access.rules`; the change
itself is `events.services.registration_settings_update` (at once, logged, no workflow round:
the settings are not page content)."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import OperationalError
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from access.rules import user_may_manage_event_registrations
from core.views import ForbiddenMixin
from events import selectors, services
from events.forms import RegistrationSettingsForm
from events.models import EventPage, Registration

CLOSE_NOW = "close_now"


def _database_busy(error: OperationalError) -> bool:
    return "locked" in str(error).lower()


def _busy_message() -> str:
    return gettext("Many people are registering right now. Please try again in a moment.")


class RegistrationSettingsView(ForbiddenMixin, WagtailAdminTemplateMixin, FormView):
    template_name = "events/admin/registration_settings.html"
    forbidden_message = _(
        "You may not change the registrations of this event. The editors of the event's "
        "network and the DKC coordinators may."
    )
    form_class = RegistrationSettingsForm
    header_icon = "date"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.event = get_object_or_404(Page, pk=kwargs["page_id"]).specific
        if not isinstance(self.event, EventPage):
            raise Http404

    def check_allowed(self, request):
        if not user_may_manage_event_registrations(user=request.user, event=self.event):
            raise PermissionDenied

    def get_page_title(self):
        return gettext("Registration settings")

    def get_page_subtitle(self):
        return self.event.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.event.pk]),
                "label": self.event.get_admin_display_title(),
            },
            {"url": "", "label": gettext("Registration settings")},
        ]

    def get_initial(self):
        record = selectors.registration_settings_for(event=self.event)
        if record is None:
            return {"enabled": True, "waitlist_enabled": True}
        return {
            "enabled": record.enabled,
            "capacity": record.capacity,
            "opens_at": record.opens_at,
            "closes_at": record.closes_at,
            "waitlist_enabled": record.waitlist_enabled,
        }

    def get_success_url(self):
        return reverse("events_admin:registration_settings", args=[self.event.pk])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        record = selectors.registration_settings_for(event=self.event)
        counts = {Registration.Status.CONFIRMED: 0, Registration.Status.WAITLISTED: 0}
        if record is not None:
            for row in (
                record.registrations.filter(status__in=counts)
                .values("status")
                .annotate(count=Count("pk"))
            ):
                counts[row["status"]] = row["count"]
        confirmed = counts[Registration.Status.CONFIRMED]
        places_left = None
        if record is not None and record.capacity is not None:
            places_left = max(record.capacity - confirmed, 0)
        context.update(
            event=self.event,
            settings_record=record,
            switched_off=record is not None and not record.enabled,
            confirmed=confirmed,
            waitlisted=counts[Registration.Status.WAITLISTED],
            places_left=places_left,
            state=selectors.registration_state_for(event=self.event),
            close_now=CLOSE_NOW,
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.event.pk]),
        )
        return context

    def post(self, request, *args, **kwargs):
        if CLOSE_NOW in request.POST:
            return self.close_now()
        return super().post(request, *args, **kwargs)

    def close_now(self):
        now = timezone.now()
        values = {"closes_at": now}
        record = selectors.registration_settings_for(event=self.event)
        if record is not None and record.opens_at is not None and record.opens_at >= now:
            # Not open yet: closing now means it never opens.
            values["opens_at"] = None
        try:
            services.registration_settings_update(
                event=self.event, user=self.request.user, **values
            )
        except OperationalError as error:
            if not _database_busy(error):
                raise
            messages.error(self.request, _busy_message())
        else:
            messages.success(self.request, gettext("Registration for this event is now closed."))
        return redirect(self.get_success_url())

    def form_valid(self, form):
        try:
            services.registration_settings_update(
                event=self.event, user=self.request.user, **form.cleaned_data
            )
        except ValidationError as error:
            for field, errors in error.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
            return self.form_invalid(form)
        except OperationalError as error:
            # SQLite: many registrations hold the write lock. A "try again", never a 500.
            if not _database_busy(error):
                raise
            form.add_error(None, _busy_message())
            return self.form_invalid(form)
        messages.success(self.request, gettext("The registration settings are saved."))
        return redirect(self.get_success_url())


registration_settings_view = RegistrationSettingsView.as_view()
