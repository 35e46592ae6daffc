"""PostgreSQL's `dutch` configuration with Dutch stemming but without stop words.

The stock `dutch` configuration drops stop words, so a title made of them ("Over ons") could
never be found. `dkc_dutch` stems like `dutch` and keeps every word. Nothing on SQLite.
"""

from django.db import migrations

CREATE = """
CREATE TEXT SEARCH DICTIONARY dkc_dutch_stem (TEMPLATE = snowball, Language = dutch);
CREATE TEXT SEARCH CONFIGURATION dkc_dutch (COPY = pg_catalog.dutch);
ALTER TEXT SEARCH CONFIGURATION dkc_dutch
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
    WITH dkc_dutch_stem;
"""
DROP = """
DROP TEXT SEARCH CONFIGURATION IF EXISTS dkc_dutch;
DROP TEXT SEARCH DICTIONARY IF EXISTS dkc_dutch_stem;
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies: list = [("search", "0001_zero_result_query")]

    operations = [migrations.RunPython(create, drop)]
