"""The visitor's registration form for an event (served on the event page's `register/`)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from events.models import Registration


class RegistrationForm(forms.Form):
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
    # Hidden from people (and from screen readers); bots that fill every field fill this one.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    error_messages = {  # noqa: RUF012
        "name": {"required": _("Please enter your name.")},
        "email": {
            "required": _("Please enter your e-mail address."),
            "invalid": _("Please enter a valid e-mail address, like name@example.be."),
        },
        "organisation_size": {"required": _("Please choose the size of your organisation.")},
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field_name, messages in self.error_messages.items():
            self.fields[field_name].error_messages.update(messages)
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})
        self.fields["email"].widget.attrs.update({"autocomplete": "email"})
        self.fields["name"].widget.attrs.update({"autocomplete": "name"})
        self.fields["organisation"].widget.attrs.update({"autocomplete": "organization"})

    @property
    def is_spam(self) -> bool:
        return bool(self.data.get("website", "").strip())

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
