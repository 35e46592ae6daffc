"""The demo content, read from the YAML files in demo/data/ (one per section of the site).

Dates and times are YAML timestamps: `2006-03-14` reads as a date, `2006-03-14 14:00:00` as
a naive datetime (local time in Brussels, as the loader takes it).
"""

from functools import cache
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"


@cache
def demo_content(section: str) -> Any:
    """One section's data (`themes`, `networks`, `events`, ...), read once per process.

    Callers must not change what they get: it is shared.
    """
    text = (DATA_DIR / f"{section}.yaml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=yaml.CSafeLoader)
