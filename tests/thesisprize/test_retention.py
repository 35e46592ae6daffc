"""Erasure after the award: the student's data and the PDF (document and stored file) go
THESISPRIZE_RETENTION_MONTHS after the award event's end (else the deadline); the row and
the winner mark stay; idempotent; a dry run changes nothing; the command says counts only."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.models import ModelLogEntry

from events.services import months_before
from thesisprize.models import ThesisSubmission
from thesisprize.services import SUBMISSIONS_ERASED_LOG_ACTION, submission_erase_expired

from .conftest import submission_of

pytestmark = pytest.mark.django_db


def test_submissions_are_erased_months_after_the_award(world, settings):
    settings.THESISPRIZE_RETENTION_MONTHS = 12
    submission = submission_of(world.call)
    submission.winner = True
    submission.save()
    document = submission.document
    storage, name = document.file.storage, document.file.name
    award_end = world.award_event.end

    # A day before the term ends: kept.
    early = months_before(award_end, -12) - timedelta(days=1)
    assert submission_erase_expired(now=early).submissions == 0
    submission.refresh_from_db()
    assert submission.name == "Griet Grutto"

    late = months_before(award_end, -12) + timedelta(days=1)
    dry = submission_erase_expired(now=late, dry_run=True)
    assert dry.submissions == 1
    assert ThesisSubmission.objects.get().erased_at is None

    result = submission_erase_expired(now=late)
    assert result.submissions == 1
    submission.refresh_from_db()
    assert submission.erased_at is not None
    for field in ("name", "email", "school", "supervisor", "thesis_title", "abstract"):
        assert getattr(submission, field) == "", field
    assert submission.document is None
    assert submission.winner is True
    assert not get_document_model().objects.filter(pk=document.pk).exists()
    assert not storage.exists(name)
    entry = ModelLogEntry.objects.get(action=SUBMISSIONS_ERASED_LOG_ACTION)
    assert entry.data["submissions"] == 1
    assert "Grutto" not in str(entry.data)
    # Idempotent.
    assert submission_erase_expired(now=late).submissions == 0


def test_without_an_award_event_the_deadline_counts(world, settings):
    settings.THESISPRIZE_RETENTION_MONTHS = 6
    world.call.award_event = None
    world.call.save_revision().publish()
    submission_of(world.call)
    after = months_before(world.call.deadline, -6) + timedelta(hours=1)
    assert submission_erase_expired(now=after).submissions == 1


def test_a_call_whose_pages_are_gone_is_erased_by_its_kept_deadline(world, settings):
    settings.THESISPRIZE_RETENTION_MONTHS = 6
    submission_of(world.call)
    deadline = world.call.deadline
    world.call.delete()
    assert (
        submission_erase_expired(now=months_before(deadline, -6) + timedelta(hours=1)).submissions
        == 1
    )


def test_the_command_prints_counts_never_a_student(world, monkeypatch):
    submission_of(world.call)
    out = StringIO()
    call_command("thesisprize_erase_expired_submissions", "--dry-run", stdout=out)
    assert "Grutto" not in out.getvalue()
    assert "0" in out.getvalue()
