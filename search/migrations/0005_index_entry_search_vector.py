"""The search index's `title || body` stored in its own column, `search_vector`, with its own
GIN index, and the two SQL functions of 0004 reading it. Nothing on SQLite.

A phrase (a glossary term of several words: `maatschappelijk <-> verantwoord <-> ondernemen`)
cannot be answered by the GIN index alone: PostgreSQL reads the vector of every entry the
index offers again (the recheck), and with the expression index of 0003 that meant
decompressing the title and the body and joining them, about 55 µs an entry (537 ms for a
synonym search over 10,000 pages in bench/bench_search.py). The stored vector is read once,
compressed with lz4 where the server has it (about half the time of pglz).

The column is generated (`GENERATED ALWAYS AS (title || body) STORED`): Wagtail's indexing
writes `title` and `body` as before and PostgreSQL keeps `search_vector` with them, so
`update_index`, page saves and bulk indexing need no change. Adding it rewrites
wagtailsearch_indexentry once (seconds for 10,000 entries); the table's owner may do that, no
superuser is needed.
"""

from django.db import migrations

COLUMN = """
ALTER TABLE wagtailsearch_indexentry ADD COLUMN search_vector tsvector
    {compression} GENERATED ALWAYS AS (title || body) STORED;
"""
# The two functions of 0004, matching on `{vector}`: the stored column, or (to migrate back)
# the expression of 0003.
FUNCTIONS = """
CREATE OR REPLACE FUNCTION search_matching_objects(query tsquery, content_types integer[])
RETURNS SETOF varchar
LANGUAGE sql STABLE PARALLEL SAFE ROWS 1000
SET enable_seqscan = off
AS $$
    SELECT object_id FROM wagtailsearch_indexentry
    WHERE {vector} @@ query AND content_type_id = ANY (content_types)
$$;
CREATE OR REPLACE FUNCTION search_rank_candidates(
    query tsquery, content_types integer[], weights real[], n integer
) RETURNS SETOF varchar
LANGUAGE sql STABLE PARALLEL SAFE ROWS 300
SET enable_seqscan = off
AS $$
    SELECT object_id FROM wagtailsearch_indexentry
    WHERE {vector} @@ query AND content_type_id = ANY (content_types)
    ORDER BY ts_rank(weights, title, query) * title_norm DESC, id DESC
    LIMIT n
$$;
"""
CREATE = """
CREATE INDEX search_indexentry_vector_gin ON wagtailsearch_indexentry
    USING gin (search_vector);
DROP INDEX IF EXISTS search_indexentry_title_body_gin;
""" + FUNCTIONS.format(vector="search_vector")
DROP = (
    """
CREATE INDEX IF NOT EXISTS search_indexentry_title_body_gin
    ON wagtailsearch_indexentry USING gin ((title || body));
"""
    + FUNCTIONS.format(vector="(title || body)")
    + """
DROP INDEX IF EXISTS search_indexentry_vector_gin;
ALTER TABLE wagtailsearch_indexentry DROP COLUMN IF EXISTS search_vector;
"""
)


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            "SELECT 'lz4' = ANY (enumvals) FROM pg_settings "
            "WHERE name = 'default_toast_compression'"
        )
        row = cursor.fetchone()
    # A server built without lz4 keeps its default compression (pglz).
    schema_editor.execute(COLUMN.format(compression="COMPRESSION lz4" if row and row[0] else ""))
    schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies: list = [("search", "0004_search_entry_functions")]

    operations = [migrations.RunPython(create, drop)]
