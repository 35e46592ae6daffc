from django.core.management.base import BaseCommand

from privatemedia.services import stored_files_place_sync


class Command(BaseCommand):
    help = (
        "Move every document, image and rendition to the storage its collection asks for "
        "(private files apart from public ones). Safe to repeat; run it once after upgrading "
        "to the release that stores private files apart, and after moving a collection."
    )

    def handle(self, *args, **options):
        moved = stored_files_place_sync()
        self.stdout.write(f"{moved} stored files moved to their place.")
