"""`make test`'s one pass (tests/scheduling.py): each worker runs its transactional tests after
all its others, and the slowest files are handed out first."""

from types import SimpleNamespace

import pytest

from tests import scheduling

SLOWEST, SECOND = scheduling.SLOW_FILES[:2]


class Checks:
    pass


def _item(nodeid: str, *, serial: bool = False, world: str | None = None, cls=None):
    marker = pytest.mark.serial.mark if serial else None
    return SimpleNamespace(
        nodeid=nodeid,
        get_closest_marker=lambda name: marker if name == "serial" else None,
        world=world,
        cls=cls,
    )


def _world(item) -> str | None:
    return item.world


def test_transactional_tests_go_last_and_the_slowest_files_first():
    items = [
        _item("tests/a.py::test_one"),
        _item("tests/a.py::test_flushes", serial=True),
        _item("tests/a.py::test_two"),
        _item("tests/b.py::test_one"),
        _item("tests/b.py::test_two"),
        _item("tests/b.py::test_three"),
        _item("tests/b.py::test_four"),
        _item(f"{SECOND}::test_one"),
        _item(f"{SLOWEST}::test_one"),
        _item("tests/e2e/test_browser.py::test_one", serial=True),
    ]

    scheduling.order(items, _world)

    assert [item.nodeid for item in items] == [
        f"{SLOWEST}::test_one",
        f"{SECOND}::test_one",
        # then the most tests first, a file's tests in their order
        "tests/b.py::test_one",
        "tests/b.py::test_two",
        "tests/b.py::test_three",
        "tests/b.py::test_four",
        "tests/a.py::test_one",
        "tests/a.py::test_two",
        "tests/a.py::test_flushes",
        "tests/e2e/test_browser.py::test_one",
    ]


def test_a_files_tests_that_get_the_same_world_follow_each_other_within_their_class():
    items = [
        _item("tests/a.py::test_one", world="site"),
        _item("tests/a.py::test_own_data"),
        _item("tests/a.py::test_two", world="editorial"),
        _item("tests/a.py::test_three", world="site"),
        _item("tests/a.py::Checks::test_one", world="site", cls=Checks),
        _item("tests/a.py::Checks::test_two", world="editorial", cls=Checks),
        _item("tests/a.py::Checks::test_three", world="site", cls=Checks),
        _item("tests/a.py::test_four", world="editorial"),
    ]

    scheduling.order(items, _world)

    assert [item.nodeid for item in items] == [
        "tests/a.py::test_one",
        "tests/a.py::test_three",
        "tests/a.py::test_own_data",
        "tests/a.py::test_two",
        "tests/a.py::test_four",
        "tests/a.py::Checks::test_one",
        "tests/a.py::Checks::test_three",
        "tests/a.py::Checks::test_two",
    ]


class Worker:
    def __init__(self, name: str, sent: list) -> None:
        self.gateway = SimpleNamespace(id=name)
        self.shutting_down = False
        self.sent = sent

    def send_runtest_some(self, indices: list[int]) -> None:
        self.sent.append((self.gateway.id, indices))

    def shutdown(self) -> None:
        self.shutting_down = True


def test_the_files_go_out_in_order_and_a_files_transactional_tests_as_a_unit_of_their_own():
    collection = [
        "tests/slow.py::test_one",
        "tests/slow.py::test_two",
        "tests/mixed.py::test_one",
        "tests/small.py::test_one",
        "tests/mixed.py::test_flushes",
        "tests/e2e/test_browser.py::test_one",
    ]
    config = SimpleNamespace(
        getvalue=lambda name: ["2*popen"] if name == "tx" else None,
        option=SimpleNamespace(loadscopereorder=True),
    )
    scheduler = scheduling.RunScheduling(config)
    sent = []
    workers = [Worker("gw0", sent), Worker("gw1", sent)]
    for worker in workers:
        scheduler.add_node(worker)
        scheduler.add_node_collection(worker, collection)

    scheduler.schedule()
    # A worker that finished its tests gets more.
    for worker in workers:
        for name, indices in list(sent):
            for index in indices if name == worker.gateway.id else ():
                scheduler.mark_test_complete(worker, index)

    # Every unit in the collection's order (tests/scheduling.py puts the transactional tests
    # last); mixed.py's transactional test is a unit of its own, handed out after small.py.
    assert [(name, [collection[index] for index in indices]) for name, indices in sent] == [
        ("gw0", ["tests/slow.py::test_one", "tests/slow.py::test_two"]),
        ("gw1", ["tests/mixed.py::test_one"]),
        ("gw0", ["tests/small.py::test_one"]),
        ("gw1", ["tests/mixed.py::test_flushes"]),
        ("gw0", ["tests/e2e/test_browser.py::test_one"]),
    ]
