"""The order of the tests, and how `make test` hands them to its processes (issue #21).

`make test` runs the whole suite in one pytest session, one process per core (pytest-xdist,
`--dist loadfile`), the transactional ("serial") tests included. Two rules:

- Every process runs its transactional tests after all its other tests: a transactional test
  ends with a flush that empties the rows of the data migrations (home page, locales, groups),
  which the non-transactional tests after it would miss. `order` puts them at the end of the
  collection, and `RunScheduling` hands out the work in that order, so that a process is
  given its first transactional test only once every other test has gone to a process; the
  transactional tests put those rows back first (`site_root`).
- The slowest files go first: a process takes a file at a time, and a slow file handed out
  near the end kept one process busy long after the other had finished. pytest-xdist's own
  order (most tests first) sent the few slow query-budget tests last. SLOW_FILES lists the
  files that took longest (measured on PostgreSQL with coverage); the others follow, most
  tests first.
"""

from collections import Counter
from collections.abc import Callable

import pytest
from xdist.scheduler import LoadScopeScheduling

# The slowest files, slowest first (seconds with coverage on PostgreSQL, 2 cores, under load:
# relative figures; the next file took 45 s). A file missing here only goes later.
SLOW_FILES = (
    "tests/editorial/test_translation_workflow.py",  # 291
    "tests/demo/test_load_demo.py",  # 211
    "tests/networks/test_folder.py",  # 119
    "tests/events/test_agenda_queries.py",  # 103
    "tests/search/test_cost.py",  # 100
    "tests/events/test_calendars.py",  # 99
    "tests/events/test_attendee_admin.py",  # 98
    "tests/closedareas/test_admin_leaks.py",  # 81
    "tests/publications/test_approval.py",  # 80
    "tests/home/test_home_queries.py",  # 80
    "tests/search/test_documents.py",  # 76
    "tests/privatemedia/test_serve.py",  # 67
    "tests/search/test_search_queries.py",  # 66
    "tests/translations/test_stale.py",  # 61
    "tests/events/test_registrations.py",  # 59
    "tests/home/test_views.py",  # 52
    "tests/networks/test_area_search.py",  # 51
    "tests/privatemedia/test_file_changes.py",  # 50
    "tests/search/test_core.py",  # 49
    # the transactional ones (wall time, mostly the browser's)
    "tests/e2e/test_accessibility.py",  # 241
    "tests/e2e/test_reflow.py",  # 61
    "tests/e2e/test_content_security_policy.py",  # 41
    "tests/e2e/test_translation_editor.py",  # 39
    "tests/e2e/test_admin_workflow.py",  # 38
)


def _file(nodeid: str) -> str:
    return nodeid.split("::", 1)[0]


def order(items: list[pytest.Item], world: Callable[[pytest.Item], str | None]) -> None:
    """Sorts `items` in place: the transactional tests last, the slowest files first; in a
    file, the tests of one class that get the same cached world (`world(item)`:
    tests/worldcache.py) one after the other, so that it is built once for them, not again
    after each test that asks for another; otherwise a file's tests keep pytest's order."""
    slow = {path: rank for rank, path in enumerate(SLOW_FILES)}
    sizes = Counter(_file(item.nodeid) for item in items)
    groups: dict[tuple, int] = {}
    group_of: dict[str, int] = {}
    for position, item in enumerate(items):
        group = (_file(item.nodeid), getattr(item, "cls", None), world(item))
        group_of[item.nodeid] = groups.setdefault(group, position)

    def key(item: pytest.Item) -> tuple:
        path = _file(item.nodeid)
        serial = item.get_closest_marker("serial") is not None
        return (serial, slow.get(path, len(slow)), -sizes[path], path, group_of[item.nodeid])

    items.sort(key=key)


class RunScheduling(LoadScopeScheduling):
    """pytest-xdist's `loadfile`, but a unit of work is a run of consecutive tests of one file
    in the collection's order (a file's transactional tests, at the end, are a unit of their
    own), and the units are handed out in that order."""

    def __init__(self, config: pytest.Config, log=None) -> None:
        super().__init__(config, log)
        self.scopes: dict[str, str] | None = None

    def _split_scope(self, nodeid: str) -> str:
        if self.scopes is None:
            self.scopes = {}
            runs: Counter = Counter()
            previous = None
            for collected in next(iter(self.registered_collections.values())):
                path = _file(collected)
                if path != previous:
                    runs[path] += 1
                    previous = path
                self.scopes[collected] = f"{path}#{runs[path]}"
        return self.scopes[nodeid]

    def schedule(self) -> None:
        # The units in the collection's order (`order`), not most tests first.
        self.config.option.loadscopereorder = False
        super().schedule()
