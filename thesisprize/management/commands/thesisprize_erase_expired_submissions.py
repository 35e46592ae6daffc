"""Erase the personal data and theses of submissions whose call's award lies more than
THESISPRIZE_RETENTION_MONTHS months ago; a scheduler runs it daily (docs/deploy.md).
Prints counts only, never a person."""

from django.core.management.base import BaseCommand
from django.utils.formats import date_format
from django.utils.translation import gettext

from thesisprize.services import submission_erase_expired


class Command(BaseCommand):
    help = (
        "Erase the student's data and the PDF of thesis submissions whose award lies more "
        "than THESISPRIZE_RETENTION_MONTHS months ago (idempotent)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would be erased; change nothing."
        )

    def handle(self, *args, dry_run: bool = False, **options):
        result = submission_erase_expired(dry_run=dry_run)
        values = {
            "submissions": result.submissions,
            "cutoff": date_format(result.cutoff, "DATE_FORMAT"),
        }
        if dry_run:
            message = gettext(
                "Dry run, nothing changed. Thesis submissions to erase: %(submissions)s "
                "(award before %(cutoff)s)."
            )
        else:
            message = gettext(
                "Thesis submissions erased: %(submissions)s (award before %(cutoff)s)."
            )
        self.stdout.write(self.style.SUCCESS(message % values))
