"""Which way the Python imports between our apps run (see docs/architecture.md)."""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OUR_APPS = {
    "accounts",
    "cms",
    "core",
    "editorial",
    "events",
    "home",
    "networks",
    "news",
    "privatemedia",
    "search",
    "themes",
    "translations",
}
# "app.Model" and "app.module" strings: parent_page_types, lazy relations, settings.
MODEL_STRING = re.compile(r"([a-z_]+)\.[A-Za-z_.]+")


def apps_named_by(app: str, *, strings: bool) -> dict[str, set[str]]:
    """Our other apps that `app`'s Python code imports (and, with `strings`, names in a string)."""
    named: dict[str, set[str]] = {}
    for path in sorted((ROOT / app).rglob("*.py")):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
            elif strings and isinstance(node, ast.Constant) and isinstance(node.value, str):
                match = MODEL_STRING.fullmatch(node.value)
                modules = [match.group(1)] if match else []
            else:
                continue
            for module in modules:
                other = module.split(".")[0]
                if other in OUR_APPS - {app}:
                    named.setdefault(other, set()).add(str(path.relative_to(ROOT)))
    return named


def test_core_names_no_other_app_of_ours():
    assert apps_named_by("core", strings=True) == {}


@pytest.mark.parametrize("above", sorted(OUR_APPS - {"core", "themes"}))
def test_themes_imports_no_app_above_it(above):
    assert above not in apps_named_by("themes", strings=False)
