"""`make test MARK=...` checks its marker expression before the tests run: with an unknown
marker, pytest's own error ("Unknown marker(s) in '-m' expression", `--strict-markers`) came
from each pytest-xdist worker as an INTERNALERROR with a traceback.

    python -m tests.marks "both_databases and not e2e"
"""

import re
import subprocess
import sys

OPERATORS = {"and", "or", "not"}


def known_markers() -> set[str]:
    """The markers pytest knows here: ours (pyproject.toml), the plugins' and its own."""
    listed = subprocess.run(
        [sys.executable, "-m", "pytest", "--markers", "-p", "no:cacheprovider"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return set(re.findall(r"^@pytest\.mark\.(\w+)", listed, re.MULTILINE))


def unknown_markers(expression: str, known: set[str]) -> list[str]:
    names = set(re.findall(r"[A-Za-z_]\w*", expression)) - OPERATORS
    return sorted(names - known)


def main(expression: str) -> int:
    known = known_markers()
    unknown = unknown_markers(expression, known)
    if unknown:
        print(
            f"MARK={expression!r}: unknown marker(s) {', '.join(unknown)}. "
            f"Ours: both_databases, e2e, serial (pyproject.toml); all: pytest --markers.",
            file=sys.stderr,
        )
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(" ".join(sys.argv[1:])))
