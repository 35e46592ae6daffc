"""Forms for inviting members and partners, and for accepting an invitation."""

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import Invitation


class InvitationForm(forms.Form):
    """An editor's invitation; the role is member or partner, never more."""

    email = forms.EmailField(
        label=_("E-mail address"),
        error_messages={
            "required": _("Enter the e-mail address to send the invitation to."),
            "invalid": _("Enter a valid e-mail address."),
        },
    )
    first_name = forms.CharField(label=_("First name"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Last name"), max_length=150, required=False)
    role = forms.ChoiceField(
        label=_("Role"),
        choices=Invitation.Role.choices,
        initial=Invitation.Role.MEMBER,
        widget=forms.RadioSelect,
        help_text=_(
            "Members read the network's intranet, partners its extranet. Editor rights are "
            "given by a DKC coordinator, not by invitation."
        ),
        error_messages={
            "required": _("Choose member or partner."),
            "invalid_choice": _(
                "Choose member or partner: editor and coordinator rights cannot be given by "
                "invitation."
            ),
        },
    )


class InvitationJoinForm(forms.Form):
    """For an address that already has an account: only a confirmation, no password."""
