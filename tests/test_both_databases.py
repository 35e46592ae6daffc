"""CI runs on SQLite only the tests marked `both_databases` (tests/conftest.py, .ci/run): a
file named there that was moved or renamed would drop out of that pass without a word."""

from pathlib import Path

import pytest

from tests.conftest import BOTH_DATABASES

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("path", BOTH_DATABASES)
def test_every_path_marked_for_both_databases_exists(path):
    assert (ROOT / path).exists(), path
