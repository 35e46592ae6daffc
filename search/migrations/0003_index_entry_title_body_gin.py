"""A GIN index on the search index's `title || body`, the expression Wagtail's PostgreSQL
search filters on (`(title || body) @@ query`), so that a search reads the matching entries
from the index instead of joining every entry's two vectors (bench/bench_search.py: 87 ms
for a count over 2,000 pages without it, 3 ms with it). Nothing on SQLite.

The planner thinks `||` on tsvectors costs nothing and so prefers a sequential scan for a
common word; `COST 100` tells it what the concatenation costs (about 40 µs an entry). That
needs the database owner's rights on pg_catalog (a superuser): without them the migration
says so in a notice and the index alone still serves rare words; docs/deploy.md has the
statement to run once as superuser.
"""

from django.db import migrations

CREATE = """
CREATE INDEX IF NOT EXISTS search_indexentry_title_body_gin
    ON wagtailsearch_indexentry USING gin ((title || body));
DO $$ BEGIN
    ALTER FUNCTION pg_catalog.tsvector_concat(tsvector, tsvector) COST 100;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'tsvector_concat COST 100 needs a superuser: see docs/deploy.md (search)';
END $$;
"""
DROP = """
DROP INDEX IF EXISTS search_indexentry_title_body_gin;
DO $$ BEGIN
    ALTER FUNCTION pg_catalog.tsvector_concat(tsvector, tsvector) COST 1;
EXCEPTION WHEN insufficient_privilege THEN
    NULL;
END $$;
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies: list = [
        ("search", "0002_dutch_text_search_configuration"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
