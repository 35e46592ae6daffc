"""Erase the personal data of attendees whose event ended more than
EVENTS_REGISTRATION_RETENTION_MONTHS months ago; a scheduler runs it daily (docs/deploy.md).
Prints counts only, never a person."""

from django.core.management.base import BaseCommand
from django.utils.formats import date_format
from django.utils.translation import gettext

from events.services import registration_erase_expired


class Command(BaseCommand):
    help = (
        "Erase name, e-mail, organisation and function of the registrations for events that "
        "ended more than EVENTS_REGISTRATION_RETENTION_MONTHS months ago (idempotent)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would be erased; change nothing."
        )

    def handle(self, *args, dry_run: bool = False, **options):
        result = registration_erase_expired(dry_run=dry_run)
        for event in result.events:
            self.stdout.write(
                f"{event.event_key} {event.event_title or '-'}: {event.registrations}"
            )
        values = {
            "registrations": result.registrations,
            "events": len(result.events),
            "cutoff": date_format(result.cutoff, "DATE_FORMAT"),
        }
        if dry_run:
            message = gettext(
                "Dry run, nothing changed. Registrations to erase: %(registrations)s, of "
                "events: %(events)s (ended before %(cutoff)s)."
            )
        else:
            message = gettext(
                "Personal data erased. Registrations: %(registrations)s, of events: "
                "%(events)s (ended before %(cutoff)s)."
            )
        self.stdout.write(self.style.SUCCESS(message % values))
        if result.unknown_end:
            self.stdout.write(
                self.style.WARNING(
                    gettext("Events with personal data but no known end, kept: %(count)s.")
                    % {"count": result.unknown_end}
                )
            )
