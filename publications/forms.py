"""The coordinator's form to record the copies sent to the ESF agency."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput


class PublicationCopiesForm(forms.Form):
    sent_on = forms.DateField(
        label=_("Copies sent on"),
        widget=AdminDateInput,
        help_text=_("The day the two copies went to the ESF agency."),
        error_messages={
            "required": _("Enter the day the copies were sent."),
            "invalid": _("Enter a valid date."),
        },
    )
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Optional: how they were sent, a reference of the agency."),
    )

    def clean_sent_on(self):
        sent_on = self.cleaned_data["sent_on"]
        if sent_on > timezone.localdate():
            raise forms.ValidationError(
                _("Copies are recorded once sent: the day cannot be in the future.")
            )
        return sent_on
