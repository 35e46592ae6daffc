"""`make test MARK=...` stops on an unknown marker with a message of its own (tests/marks.py),
before any database is made: pytest-xdist turned pytest's error into an INTERNALERROR."""

import subprocess
import sys
from pathlib import Path

from tests.marks import known_markers, unknown_markers

ROOT = Path(__file__).resolve().parent.parent


def test_ours_the_plugins_and_pytests_markers_are_known():
    known = known_markers()

    assert {"both_databases", "e2e", "serial", "django_db", "skipif"} <= known
    assert unknown_markers("both_databases and not (e2e or serial)", known) == []
    assert unknown_markers("both_database or e2ee", known) == ["both_database", "e2ee"]


def test_an_unknown_marker_is_said_plainly_and_stops_make_test():
    checked = subprocess.run(
        [sys.executable, "-m", "tests.marks", "both_database"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    makefile = (ROOT / "Makefile").read_text()

    assert checked.returncode == 2
    assert "unknown marker(s) both_database" in checked.stderr
    assert "Traceback" not in checked.stderr
    assert '@set -e; $(if $(MARK),$(BIN)/python -m tests.marks "$(MARK)";)' in makefile
