"""Two SQL functions the PostgreSQL search statement calls (search/backend.py), and the
planner cost of `tsvector_concat` back to PostgreSQL's own. Nothing on SQLite.

`search_matching_objects(query, content_types)`: the object ids of the index entries (of
those content types) whose `title || body` match,
read from the GIN index of migration 0003. The function plans with sequential scans off: the
planner does not count what reading a stored (TOASTed) body vector costs, and for a common
word it scanned every entry and read every vector; the index answers without reading any.
A `SET` in a function's definition needs no superuser (the `ALTER FUNCTION pg_catalog...
COST 100` of 0003 did, and did not change the planner's choice: reset here).

`search_rank_candidates(query, content_types, weights, n)`: of those, the `n` with the best
title rank (`ts_rank` on the small title vector, kept in the row), which the search then
ranks in full.
"""

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION search_matching_objects(query tsquery, content_types integer[])
RETURNS SETOF varchar
LANGUAGE sql STABLE PARALLEL SAFE ROWS 1000
SET enable_seqscan = off
AS $$
    SELECT object_id FROM wagtailsearch_indexentry
    WHERE (title || body) @@ query AND content_type_id = ANY (content_types)
$$;
CREATE OR REPLACE FUNCTION search_rank_candidates(
    query tsquery, content_types integer[], weights real[], n integer
) RETURNS SETOF varchar
LANGUAGE sql STABLE PARALLEL SAFE ROWS 300
SET enable_seqscan = off
AS $$
    SELECT object_id FROM wagtailsearch_indexentry
    WHERE (title || body) @@ query AND content_type_id = ANY (content_types)
    ORDER BY ts_rank(weights, title, query) * title_norm DESC, id DESC
    LIMIT n
$$;
DO $$ BEGIN
    ALTER FUNCTION pg_catalog.tsvector_concat(tsvector, tsvector) COST 1;
EXCEPTION WHEN insufficient_privilege THEN
    NULL;
END $$;
"""
DROP = """
DROP FUNCTION IF EXISTS search_rank_candidates(tsquery, integer[], real[], integer);
DROP FUNCTION IF EXISTS search_matching_objects(tsquery, integer[]);
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies: list = [("search", "0003_index_entry_title_body_gin")]

    operations = [migrations.RunPython(create, drop)]
