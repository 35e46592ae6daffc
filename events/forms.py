"""The visitor's registration form for an event (served on the event page's `register/`), and
the admin form for an event's registration settings."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateTimeInput

from core.forms import PublicForm
from events.models import Registration


class RegistrationForm(PublicForm):
    name = forms.CharField(label=_("Name"), max_length=200)
    email = forms.EmailField(label=_("E-mail address"), max_length=254)
    organisation = forms.CharField(label=_("Organisation"), max_length=200, required=False)
    organisation_size = forms.ChoiceField(
        label=_("Size of your organisation"),
        choices=Registration.OrganisationSize.choices,
        widget=forms.RadioSelect,
    )
    function = forms.CharField(label=_("Function"), max_length=200, required=False)
    consent = forms.BooleanField(
        label=_(
            "I agree that the DKC MVO keeps my name, e-mail address, organisation, its size "
            "and my function for this event's attendee list."
        ),
        error_messages={"required": _("Please agree to the use of your data to register.")},
    )

    error_messages = {  # noqa: RUF012
        "name": {"required": _("Please enter your name.")},
        "email": {
            "required": _("Please enter your e-mail address."),
            "invalid": _("Please enter a valid e-mail address, like name@example.be."),
        },
        "organisation_size": {"required": _("Please choose the size of your organisation.")},
    }
    autocomplete = {"email": "email", "name": "name", "organisation": "organization"}  # noqa: RUF012

    def clean(self):
        cleaned = super().clean()
        size = cleaned.get("organisation_size")
        if (
            size
            and size != Registration.OrganisationSize.INDIVIDUAL
            and not cleaned.get("organisation", "").strip()
        ):
            self.add_error(
                "organisation", _("Please enter your organisation, or choose “Individual”.")
            )
        return cleaned


class RegistrationSettingsForm(forms.Form):
    """Capacity, opening and closing moments and the waiting list of one event (all its
    languages). The rules (closing after opening, capacity not below the confirmed) are the
    service's: it checks them under the row lock and the view puts its errors here."""

    enabled = forms.BooleanField(
        label=_("Registration on"),
        required=False,
        help_text=_(
            "Off: the event page shows no registration at all. The registrations already "
            "taken are kept, and their cancel links keep working."
        ),
    )
    capacity = forms.IntegerField(
        label=_("Capacity"),
        min_value=0,
        required=False,
        help_text=_("Leave empty for no limit."),
    )
    opens_at = forms.DateTimeField(
        label=_("Registration opens"),
        required=False,
        widget=AdminDateTimeInput,
        help_text=_("Leave empty to open at once."),
    )
    closes_at = forms.DateTimeField(
        label=_("Registration closes"),
        required=False,
        widget=AdminDateTimeInput,
        help_text=_("Leave empty to close when the event starts."),
    )
    waitlist_enabled = forms.BooleanField(
        label=_("Waiting list"),
        required=False,
        help_text=_("When the event is full, new registrations join a waiting list."),
    )

    def clean(self):
        cleaned = super().clean()
        opens_at, closes_at = cleaned.get("opens_at"), cleaned.get("closes_at")
        if opens_at and closes_at and closes_at <= opens_at:
            self.add_error("closes_at", _("Registration cannot close before it opens."))
        return cleaned
