"""The rank candidates of a page of results read from the titles that match, and each
candidate's index entry found by its object id alone. Nothing on SQLite.

`search_rank_candidates(query, content_types, weights, n)` (0004/0005) ranked the title of
every match to keep the `n` best: 9,886 entries read and ranked for a word that nearly every
page uses (bench/bench_search.py, 10,000 pages), though only a title with the query's words
ranks above 0. It now reads, from the GIN index on the title vector (Wagtail's own), the
entries whose title matches, keeps the `n` best of those by the same title rank, and only
when there are fewer than `n` fills up with the other matches, the most recently created
first (by id: what an entry whose title ranks 0 came after before). For a word, or words any
of which may match, that is the same set as before; for words that must all match (two words
typed, a synonym of several words), a title with some of them no longer goes before the
other matches (search/backend.py, docs/deploy.md "What a search costs"). A title that matches implies a match of `title || body` for a query
without a negation; with one (`!` in the query) the match is checked as well.

The function plans with index scans off as well as sequential scans: the fill is read from
the stored vector's GIN index and sorted, never by walking the primary key backwards and
reading every entry's stored vector (the planner does not count that).

The title's GIN index gets `fastupdate = off` and its pending list merged, as 0006 did for
the stored vector's: new entries waited in a list that every search read in full until a
vacuum (245 pages after indexing 10,000 pages), and the planner, counting it, scanned every
entry instead.

`search_indexentry_object_id`: the full rank and the phrase check of a candidate look its
entry up by `object_id = page id AND content_type_id = ANY (the page types)`; the unique
index on `(content_type_id, object_id)` took one descent for each of the 15 page types.
"""

from django.db import migrations

TABLE = "wagtailsearch_indexentry"
FUNCTION_HEAD = """
CREATE OR REPLACE FUNCTION search_rank_candidates(
    query tsquery, content_types integer[], weights real[], n integer
) RETURNS SETOF varchar
LANGUAGE sql STABLE PARALLEL UNSAFE ROWS 300
"""
TITLE_FIRST = (
    FUNCTION_HEAD
    + f"""SET enable_seqscan = off SET enable_indexscan = off
AS $$
    (SELECT object_id FROM {TABLE}
     WHERE title @@ query AND content_type_id = ANY (content_types)
         AND ((SELECT query::text NOT LIKE '%!%') OR search_vector @@ query)
     ORDER BY ts_rank(weights, title, query) * title_norm DESC, id DESC
     LIMIT n)
    UNION ALL
    (SELECT object_id FROM {TABLE}
     WHERE search_vector @@ query AND NOT title @@ query
         AND content_type_id = ANY (content_types)
     ORDER BY id DESC
     LIMIT n)
    LIMIT n
$$;
"""
)
# 0005's function (PARALLEL UNSAFE since 0007), to migrate back.
EVERY_MATCH = (
    FUNCTION_HEAD
    + f"""SET enable_seqscan = off
AS $$
    SELECT object_id FROM {TABLE}
    WHERE search_vector @@ query AND content_type_id = ANY (content_types)
    ORDER BY ts_rank(weights, title, query) * title_norm DESC, id DESC
    LIMIT n
$$;
"""
)
# The GIN index on the title vector alone, whatever Wagtail's version named it.
TITLE_GIN = f"""
DO $$
DECLARE
    title_index regclass;
BEGIN
    FOR title_index IN
        SELECT i.indexrelid::regclass FROM pg_index i
        JOIN pg_class c ON c.oid = i.indexrelid
        JOIN pg_am am ON am.oid = c.relam
        JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
        WHERE i.indrelid = '{TABLE}'::regclass AND am.amname = 'gin'
            AND i.indnatts = 1 AND a.attname = 'title'
    LOOP
        EXECUTE format('ALTER INDEX %s {{action}}', title_index);
        {{then}}
    END LOOP;
END $$;
"""
FORWARD = (
    f"CREATE INDEX IF NOT EXISTS search_indexentry_object_id ON {TABLE} (object_id);\n"
    + TITLE_GIN.format(
        action="SET (fastupdate = off)", then="PERFORM gin_clean_pending_list(title_index);"
    )
    + TITLE_FIRST
)
BACKWARD = (
    EVERY_MATCH
    + TITLE_GIN.format(action="RESET (fastupdate)", then="")
    + "DROP INDEX IF EXISTS search_indexentry_object_id;\n"
)


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        # No parameters: the `%` in the SQL is PostgreSQL's, not a placeholder.
        schema_editor.execute(FORWARD, params=None)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD, params=None)


class Migration(migrations.Migration):
    dependencies: list = [("search", "0007_search_functions_parallel_unsafe")]

    operations = [migrations.RunPython(forward, backward)]
