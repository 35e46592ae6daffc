"""Wagtail's bulk actions on pages, as our `before_bulk_action` hooks read them."""

from django import forms
from wagtail.models import Page


def page_bulk_move_destination(action_type: str, action) -> tuple[forms.Form, Page] | None:
    """For a bulk move of pages: its validated form (where a hook adds its refusals) and the
    page they would move under; None for every other bulk action."""
    if action_type != "move" or not issubclass(action.model, Page):
        return None
    form = action.cleaned_form
    return form, form.cleaned_data["chooser"]
