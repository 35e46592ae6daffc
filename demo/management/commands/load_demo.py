from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.loader import demo_load


class Command(BaseCommand):
    help = "Build the demo DKC MVO site from the seed minutes (development only, idempotent)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "load_demo only runs with DEBUG on: it is demo content, never for production."
            )
        report = demo_load()
        created = ", ".join(f"{n} {name}" for name, n in sorted(report.created.items()))
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready ({created or 'nothing new'}; "
                f"{report.accounts} new accounts); "
                f"dates shifted by {report.shift.weeks} weeks."
            )
        )
