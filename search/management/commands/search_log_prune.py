from django.conf import settings
from django.core.management.base import BaseCommand

from search.services import search_log_prune


class Command(BaseCommand):
    help = "Delete the search log's daily counts older than SEARCH_LOG_RETENTION_DAYS days."

    def handle(self, *args, **options) -> None:
        days = settings.SEARCH_LOG_RETENTION_DAYS
        deleted = search_log_prune(days=days)
        self.stdout.write(f"Search log: {deleted} daily counts older than {days} days deleted.")
