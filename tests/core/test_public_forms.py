"""The one guard of the forms visitors send (core.forms), as both forms use it: the trap field
last, and the order of the checks (limit, trap, a complete form)."""

import pytest
from django import forms
from django.core.cache import caches
from django.test import RequestFactory

from core.forms import TRAP_FIELD, Outcome, PublicForm, public_form_outcome
from events.forms import RegistrationForm
from thesisprize.forms import ThesisSubmissionForm


class NameForm(PublicForm):
    name = forms.CharField()


@pytest.fixture
def limited(settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "test_form": (2, 60)}
    for alias in settings.CACHES:
        caches[alias].clear()


@pytest.mark.parametrize("form_class", [RegistrationForm, ThesisSubmissionForm])
def test_the_trap_is_the_last_field_and_hidden_from_the_keyboard(form_class):
    form = form_class()

    assert list(form.fields)[-1] == TRAP_FIELD
    assert form.fields[TRAP_FIELD].widget.attrs == {"autocomplete": "off", "tabindex": "-1"}
    assert form.fields["email"].widget.attrs["autocomplete"] == "email"


def test_a_filled_trap_and_a_complete_form_count_a_mistake_does_not(limited):
    request = RequestFactory().post("/", REMOTE_ADDR="192.0.2.7")

    def outcome(data):
        return public_form_outcome(request, form=NameForm(data), scope="test_form")

    assert outcome({"name": ""}) == Outcome.INVALID  # not counted
    assert outcome({"name": "An", TRAP_FIELD: "http://spam.example"}) == Outcome.SPAM
    assert outcome({"name": "An"}) == Outcome.VALID
    assert outcome({"name": "An"}) == Outcome.THROTTLED
