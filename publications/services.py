"""Writes of the publications register: the coordinator's record of the copies sent."""

from datetime import date

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext
from wagtail.log_actions import log

from access.rules import user_may_record_publication_copies
from access.selectors import network_access_for
from publications.models import PublicationCopies, PublicationPage

COPIES_RECORDED_LOG_ACTION = "dkc.publication_copies_recorded"


def publication_copies_record(
    *, publication: PublicationPage, sent_on: date, user: AbstractBaseUser, note: str = ""
) -> PublicationCopies:
    """Record (or correct) the day the two copies of `publication` (any of its languages) went
    to the ESF agency: at once, outside the page's revisions, logged in the page's history.

    Raises PermissionDenied for anyone but a coordinator, ValidationError for a day after
    today (copies are recorded once sent).
    """
    if not user_may_record_publication_copies(user):
        raise PermissionDenied
    if sent_on > timezone.localdate():
        raise ValidationError(
            {"sent_on": gettext("Copies are recorded once sent: the day cannot be in the future.")}
        )
    with transaction.atomic():
        record, created = PublicationCopies.objects.select_for_update().get_or_create(
            publication_key=publication.translation_key,
            defaults={"sent_on": sent_on, "note": note, "recorded_by": user},
        )
        if not created:
            record.sent_on, record.note, record.recorded_by = sent_on, note, user
            record.save()
        access = network_access_for(page=publication)
        log(
            instance=publication,
            action=COPIES_RECORDED_LOG_ACTION,
            user=user,
            data={
                "network_key": str(access.translation_key) if access is not None else "",
                "publication_key": str(publication.translation_key),
                "sent_on": sent_on.isoformat(),
                "corrected": not created,
            },
        )
    return record
