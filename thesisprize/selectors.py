"""Reads of the thesis prize: calls and who sees which submissions."""

from django.db.models import QuerySet
from wagtail.models import Locale, Page

from access.rules import thesis_submissions_visible
from thesisprize.models import ThesisCallPage, ThesisSubmission


def call_pages() -> QuerySet:
    """Every call page, any language (what the access rules filter on)."""
    return ThesisCallPage.objects.all()


def source_call(call_key) -> ThesisCallPage | None:
    """The call in the site's source language (Dutch) when it exists, else any language of
    it, else None (all its pages are gone)."""
    calls = ThesisCallPage.objects.filter(translation_key=call_key)
    return calls.filter(locale=Locale.get_default()).first() or calls.order_by("pk").first()


def submission_admin_list(*, user) -> QuerySet:
    """The submissions `user` may read (`access.rules.user_may_see_thesis_submissions`), not
    erased, newest first; the filter stays in the database."""
    rows = ThesisSubmission.objects.filter(erased_at__isnull=True).select_related("document")
    return thesis_submissions_visible(rows, user=user, calls=call_pages())


def call_award_moment(call: Page) -> object:
    """When the prize is awarded: the award event's end, else the deadline."""
    event = call.award_event
    return event.end if event is not None else call.deadline
