import atexit
import contextlib

from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Search"

    def ready(self) -> None:
        from search import signals  # noqa: F401

        atexit.register(_search_hits_written)


def _search_hits_written() -> None:
    """A process that ends writes the searches it counted and has not written
    (search/services.py; gunicorn's `worker_exit` does it first: nothing is left then)."""
    from search.services import search_hits_write

    with contextlib.suppress(Exception):  # no database: those counts are lost
        search_hits_write()
