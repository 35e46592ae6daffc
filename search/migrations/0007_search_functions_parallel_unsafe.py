"""The two match functions of 0004/0005 marked PARALLEL UNSAFE, so that no statement that
calls them is planned in parallel. Nothing on SQLite.

A page of results is read as `(candidates ... LIMIT n) UNION ALL (other matches ... LIMIT n)
LIMIT n` (search/backend.py, `search_parts`): PostgreSQL's Append reads its parts in turn,
so the candidates come first and the other matches are not read at all when the candidates
fill the page. A parallel Append (a large page table could make the planner choose one)
would mix the parts' rows. A statement with an unsafe function is never parallel; the
search's statements are small and gained nothing from workers.
"""

from django.db import migrations

FUNCTIONS = (
    "search_matching_objects(tsquery, integer[])",
    "search_rank_candidates(tsquery, integer[], real[], integer)",
)


def _mark(schema_editor, marking: str) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    for function in FUNCTIONS:
        schema_editor.execute(f"ALTER FUNCTION {function} PARALLEL {marking}")


def forward(apps, schema_editor):
    _mark(schema_editor, "UNSAFE")


def backward(apps, schema_editor):
    _mark(schema_editor, "SAFE")


class Migration(migrations.Migration):
    dependencies: list = [("search", "0006_index_entry_narrow_rows")]

    operations = [migrations.RunPython(forward, backward)]
