"""Writes of the thesis prize: a student's submission (its PDF in the network's private thesis
collection, the confirmation mail), the jury's winner mark, and erasure after the award."""

import secrets
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from wagtail.documents import get_document_model
from wagtail.log_actions import log
from wagtail.models import Collection, CollectionViewRestriction, Page

from access.models import NetworkAccess
from access.rules import thesis_submission_readers, user_may_see_thesis_submissions
from access.selectors import network_access_for
from access.services import restriction_groups_sync
from core.mail import MailTemplates, mail_send
from events.services import months_before
from thesisprize.models import ThesisCallPage, ThesisSubmission
from thesisprize.selectors import call_award_moment, source_call

SUBMISSION_CREATED_LOG_ACTION = "dkc.thesis_submission_created"
SUBMISSION_WINNER_LOG_ACTION = "dkc.thesis_submission_winner"
SUBMISSIONS_ERASED_LOG_ACTION = "dkc.thesis_submissions_erased"
THESIS_COLLECTION_SUFFIX = "scriptieprijs"


class SubmissionRefused(Exception):
    """The submission was not taken; `message` says why, in the student's language."""

    def __init__(self, message: str, code: str):
        super().__init__(message)
        self.message = message
        self.code = code


def thesis_collection_name(*, network_collection: Collection) -> str:
    return f"{network_collection.name} — {THESIS_COLLECTION_SUFFIX}"


@transaction.atomic
def thesis_collection_ensure(*, access: NetworkAccess) -> Collection:
    """The network's private collection for thesis submissions (made when missing), restricted
    to its readers (`access.rules.thesis_submission_readers`: the network's editors and the
    coordinators; its members and partners are kept out). Running it again repairs drift.

    Its files are served through the checked views (privatemedia), hidden in the admin from
    everyone the restriction does not admit (`access.rules.media_admin_visible`) and never in
    a public listing or search (`access.rules.documents_public`).
    """
    network_collection = Collection.objects.get(pk=access.collection_id)
    name = thesis_collection_name(network_collection=network_collection)
    collection = Collection.objects.child_of(network_collection).filter(name=name).first()
    if collection is None:
        collection = network_collection.add_child(name=name)
    restrictions = list(
        CollectionViewRestriction.objects.filter(collection=collection).order_by("pk")
    )
    for extra in restrictions[1:]:
        extra.delete()
    restriction = (
        restrictions[0] if restrictions else CollectionViewRestriction(collection=collection)
    )
    existing = restriction.pk is not None
    if (
        restriction_groups_sync(
            restriction=restriction,
            readers=thesis_submission_readers(access=access),
            others={access.members, access.partners},
        )
        and existing
    ):
        restriction.save()
    return collection


def _log_data(*, call: Page | None, submission: ThesisSubmission, **extra) -> dict:
    # No name, address or thesis title: log entries outlive the erasure of a submission.
    access = network_access_for(page=call) if call is not None else None
    return {
        "network_key": str(access.translation_key) if access is not None else "",
        "call_key": str(submission.call_key),
        "call_title": submission.call_title,
        **extra,
    }


@dataclass(frozen=True)
class SubmissionData:
    name: str
    email: str
    school: str
    supervisor: str
    thesis_title: str
    abstract: str


def submission_create(
    *,
    call: ThesisCallPage,
    data: SubmissionData,
    thesis_file: UploadedFile,
    language: str,
    consent: bool,
    now: datetime | None = None,
) -> ThesisSubmission:
    """Take a student's submission to `call` (any language of it) until its deadline: the PDF
    goes into the network's private thesis collection as a document, the rest into a
    `ThesisSubmission`, and the student gets a confirmation mail. After the deadline, or
    without consent, nothing is stored (`SubmissionRefused`). The form checks the file's type
    and size; this is the rule's last word on time and consent.
    """
    now = now or timezone.now()
    if not consent:
        raise SubmissionRefused(
            gettext("Please agree to the use of your data to take part."), "consent"
        )
    if not call.is_open(now):
        raise SubmissionRefused(
            gettext("The submissions for this prize closed on %(deadline)s.")
            % {"deadline": _deadline_text(call)},
            "closed",
        )
    access = network_access_for(page=call)
    if access is None:
        raise SubmissionRefused(gettext("This call takes no submissions."), "no_network")
    source = source_call(call.translation_key) or call
    with transaction.atomic():
        collection = thesis_collection_ensure(access=access)
        submission = ThesisSubmission.objects.create(
            call_key=call.translation_key,
            call_title=source.title,
            name=data.name.strip(),
            email=data.email.strip(),
            school=data.school.strip(),
            supervisor=data.supervisor.strip(),
            thesis_title=data.thesis_title.strip(),
            abstract=data.abstract.strip(),
            language=language,
            consent_at=now,
            created_at=now,
            call_deadline=call.deadline,
        )
        # Neither the document's title nor its file name names the student.
        thesis_file.name = f"thesis-{submission.pk}-{secrets.token_hex(8)}.pdf"
        document = get_document_model()(
            title=gettext("Thesis submission %(number)s") % {"number": submission.pk},
            collection=collection,
            file=thesis_file,
        )
        document.file_size = thesis_file.size
        document._set_file_hash()
        document.save()
        submission.document = document
        submission.save(update_fields=["document"])
        log(
            instance=submission,
            action=SUBMISSION_CREATED_LOG_ACTION,
            user=None,
            data=_log_data(call=call, submission=submission),
        )
    _confirmation_mail(submission=submission, call=call)
    return submission


def _deadline_text(call: ThesisCallPage) -> str:
    return date_format(timezone.localtime(call.deadline), "DATETIME_FORMAT")


def _confirmation_mail(*, submission: ThesisSubmission, call: ThesisCallPage) -> None:
    award_event = call.live_award_event
    if award_event is not None:
        award_event = (award_event.get_translation_or_none(call.locale) or award_event).specific
    mail_send(
        templates=MailTemplates.named("thesisprize/mail/submission_received"),
        context={
            "submission": submission,
            "call": call,
            "call_url": call.get_full_url(),
            "award_event": award_event if award_event is not None and award_event.live else None,
            "retention_months": settings.THESISPRIZE_RETENTION_MONTHS,
        },
        recipients=[submission.email],
        language=submission.language,
    )


class WinnerRefused(Exception):
    pass


def submission_winner_mark(*, submission: ThesisSubmission, winner: bool, user) -> None:
    """The jury (the call network's editors, the coordinators) marks a submission as a winner
    of its call, or takes the mark back; logged, without the student's name."""
    call = source_call(submission.call_key)
    if not user_may_see_thesis_submissions(user=user, call=call):
        raise WinnerRefused
    if submission.erased_at is not None or submission.winner == winner:
        return
    submission.winner = winner
    submission.winner_marked_at = timezone.now() if winner else None
    submission.save(update_fields=["winner", "winner_marked_at"])
    log(
        instance=submission,
        action=SUBMISSION_WINNER_LOG_ACTION,
        user=user,
        data=_log_data(call=call, submission=submission, winner=winner),
    )


@dataclass(frozen=True)
class SubmissionErasure:
    cutoff: datetime
    submissions: int
    calls: tuple[str, ...]


def submission_erase_expired(
    *, now: datetime | None = None, months: int | None = None, dry_run: bool = False
) -> SubmissionErasure:
    """Erase the personal data (name, e-mail, school, supervisor, title, abstract) and the
    PDF (document and stored file) of every submission to a call whose award (the award
    event's end, else the deadline; the deadline kept on the submission when the call is
    gone) lies more than `months` (default `THESISPRIZE_RETENTION_MONTHS`) before `now`.
    The row, its dates and the winner mark stay. One log entry per call, a count only.
    Idempotent; a dry run counts and changes nothing.
    """
    now = now or timezone.now()
    months = settings.THESISPRIZE_RETENTION_MONTHS if months is None else months
    cutoff = months_before(timezone.localtime(now), months)
    pending = ThesisSubmission.objects.filter(erased_at__isnull=True)
    expired_ids: list[int] = []
    erased_calls: list[str] = []
    for call_key in pending.order_by().values_list("call_key", flat=True).distinct():
        call = source_call(call_key)
        rows = pending.filter(call_key=call_key)
        if call is not None:
            if call_award_moment(call) < cutoff:
                expired_ids += list(rows.values_list("pk", flat=True))
                erased_calls.append(str(call_key))
            continue
        # The call is gone: each submission's own deadline decides.
        ids = list(rows.filter(call_deadline__lt=cutoff).values_list("pk", flat=True))
        if ids:
            expired_ids += ids
            erased_calls.append(str(call_key))
    if dry_run or not expired_ids:
        return SubmissionErasure(cutoff=cutoff, submissions=len(expired_ids), calls=())
    with transaction.atomic():
        rows = list(ThesisSubmission.objects.filter(pk__in=expired_ids).select_related("document"))
        for submission in rows:
            document = submission.document
            if document is not None:
                document.file.delete(save=False)
                document.delete()
        ThesisSubmission.objects.filter(pk__in=expired_ids).update(
            name="",
            email="",
            school="",
            supervisor="",
            thesis_title="",
            abstract="",
            document=None,
            erased_at=now,
        )
        counts: dict[str, int] = {}
        for submission in rows:
            counts[str(submission.call_key)] = counts.get(str(submission.call_key), 0) + 1
        for submission in rows:
            key = str(submission.call_key)
            if key not in counts:
                continue
            log(
                instance=submission,
                action=SUBMISSIONS_ERASED_LOG_ACTION,
                user=None,
                data=_log_data(
                    call=source_call(submission.call_key),
                    submission=submission,
                    submissions=counts.pop(key),
                    months=months,
                ),
            )
    return SubmissionErasure(cutoff=cutoff, submissions=len(expired_ids), calls=tuple(erased_calls))
