"""The one way a form visitors send (registering for an event, submitting a thesis) is guarded:
a hidden trap field for bots and a rate limit per address (core.ratelimit)."""

from enum import StrEnum
from typing import ClassVar

from django import forms
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from core.ratelimit import client_ip, rate_limit_hit, rate_limit_reached

TRAP_FIELD = "website"


class PublicForm(forms.Form):
    """A visitor's form: the trap field (always last), each field's own messages from
    `error_messages` and the browser's autofill hints from `autocomplete`."""

    error_messages: ClassVar[dict[str, dict[str, str]]] = {}
    autocomplete: ClassVar[dict[str, str]] = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field_name, messages in self.error_messages.items():
            self.fields[field_name].error_messages.update(messages)
        for field_name, hint in self.autocomplete.items():
            self.fields[field_name].widget.attrs["autocomplete"] = hint
        # Hidden from people (and from screen readers, core/includes/form_trap.html); bots
        # that fill every field fill this one.
        self.fields[TRAP_FIELD] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )

    @property
    def is_spam(self) -> bool:
        return bool(self.data.get(TRAP_FIELD, "").strip())


class Outcome(StrEnum):
    THROTTLED = "throttled"  # over the address's limit: nothing read, answer 429
    SPAM = "spam"  # the trap was filled: tell the bot what a person would be told
    INVALID = "invalid"  # the form again, with its messages
    VALID = "valid"  # go ahead


def public_form_outcome(request: HttpRequest, *, form: PublicForm, scope: str) -> Outcome:
    """What to do with a visitor's POST of `form`. A bot's attempt and a complete form count
    against the address in `scope`; correcting a typo is not an attempt."""
    address = client_ip(request)
    if rate_limit_reached(scope=scope, key=address):
        return Outcome.THROTTLED
    if form.is_spam:
        rate_limit_hit(scope=scope, key=address)
        return Outcome.SPAM
    if not form.is_valid():
        return Outcome.INVALID
    rate_limit_hit(scope=scope, key=address)
    return Outcome.VALID
