"""The search index's rows kept narrow, and its full-text index without a pending list, so that
reading the matches of a common word costs what the matches cost. Nothing on SQLite.

The search reads the index entries the GIN index offers (their `object_id`, their title
vector for the rank candidates). An entry row held its `body_text` (about 1.8 kB, Wagtail's
copy of the text) inline: 10,000 entries filled 2,126 pages, and a word that most pages use
read all of them (30 ms of a search at 10,000 pages, bench/bench_search.py). With
`toast_tuple_target = 512` PostgreSQL moves the long values out of line when it writes a row
(the title vector and text, about 100 bytes, stay): 363 pages, a third of the time. The rows
already written are rewritten once here (`CLUSTER`: seconds for 10,000 entries, the table
locked meanwhile); rows Wagtail writes later follow the setting.

`fastupdate = off` on the stored vector's GIN index: with it on, new entries wait in a
pending list that every search reads in full until a vacuum merges it (up to
`gin_pending_list_limit`, 4 MB; 201 pages after indexing 10,000 pages). A page's indexing
then updates the index at once, a few ms more for the editor who publishes.
"""

from django.db import migrations

TABLE = "wagtailsearch_indexentry"
FORWARD = f"""
ALTER TABLE {TABLE} SET (toast_tuple_target = 512);
ALTER INDEX search_indexentry_vector_gin SET (fastupdate = off);
CLUSTER {TABLE} USING {TABLE}_pkey;
ALTER TABLE {TABLE} SET WITHOUT CLUSTER;
"""
BACKWARD = f"""
ALTER TABLE {TABLE} RESET (toast_tuple_target);
ALTER INDEX search_indexentry_vector_gin RESET (fastupdate);
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies: list = [("search", "0005_index_entry_search_vector")]

    operations = [migrations.RunPython(forward, backward)]
