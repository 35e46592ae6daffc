"""The test database, migrated once per `make test` and copied into every test process.

Issue #21: migrating an empty database (~260 migrations, most of the time spent rendering
model states) costs ~30 s of CPU, and every test process did it: two xdist workers per pass,
two passes, two databases. `make test` now migrates one template (`python -m tests.testdb
create`, which prints its name), passes its name in DKC_TEST_DB_TEMPLATE, and each process
copies it: PostgreSQL with `CREATE DATABASE ... TEMPLATE`, SQLite into the usual in-memory
test database with SQLite's backup API. The copy holds exactly what the migrations made (data
migrations included), as if the process had migrated it itself.

Without DKC_TEST_DB_TEMPLATE (a plain `pytest`), or with pytest-django's --reuse-db or
--nomigrations, each process makes its own database as pytest-django does.
"""

import hashlib
import os
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ENVIRONMENT = "DKC_TEST_DB_TEMPLATE"


def _is_sqlite(connection) -> bool:
    return connection.vendor == "sqlite"


def template_name() -> str:
    """The template's database name (PostgreSQL) or file (SQLite), one per checkout."""
    from django.conf import settings
    from django.db import connection

    if _is_sqlite(connection):
        checkout = hashlib.sha256(str(settings.BASE_DIR).encode()).hexdigest()[:12]
        return str(Path(tempfile.gettempdir()) / f"dkc-test-template-{checkout}.sqlite3")
    return f"test_{connection.settings_dict['NAME']}_template"


def create() -> str:
    """Migrates a new template (replacing an old one) and returns its name."""
    from django.db import connection

    name = template_name()
    drop(name)
    connection.settings_dict["TEST"]["NAME"] = name
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    connection.close()
    return name


def drop(name: str) -> None:
    from django.db import connection

    if _is_sqlite(connection):
        Path(name).unlink(missing_ok=True)
        return
    with connection.creation._nodb_cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {connection.ops.quote_name(name)}")


def _copy(connection, template: str) -> None:
    """Points `connection` at its test database, a copy of `template`."""
    from django.apps import apps
    from django.conf import settings
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command

    test_name = connection.creation._get_test_db_name()
    if _is_sqlite(connection):
        if not connection.creation.is_in_memory_db(test_name):
            raise RuntimeError(f"{ENVIRONMENT} copies into the in-memory test database only")
    else:
        quote = connection.ops.quote_name
        with connection.creation._nodb_cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {quote(test_name)}")
            cursor.execute(f"CREATE DATABASE {quote(test_name)} WITH TEMPLATE {quote(template)}")
    connection.close()
    settings.DATABASES[connection.alias]["NAME"] = test_name
    connection.settings_dict["NAME"] = test_name
    connection.ensure_connection()
    if _is_sqlite(connection):
        source = sqlite3.connect(template)
        try:
            source.backup(connection.connection)
        finally:
            source.close()
    call_command("createcachetable", database=connection.alias)
    # migrate's post_migrate handlers leave every content type cached; so does the copy, so
    # that the first test of a process counts the same queries as before.
    ContentType.objects.clear_cache()
    ContentType.objects.db_manager(connection.alias).get_for_models(
        *apps.get_models(), for_concrete_models=False
    )


def setup(request, blocker, *, keepdb: bool, use_migrations: bool) -> Iterator[None]:
    """The body of the `django_db_setup` fixture (tests/conftest.py)."""
    from django.db import connections
    from django.test.utils import setup_databases, teardown_databases
    from pytest_django.fixtures import _disable_migrations, _get_databases_for_setup

    template = os.environ.get(ENVIRONMENT)
    aliases, serialized_aliases = _get_databases_for_setup(request.session.items)
    verbosity = request.config.option.verbose
    if template and use_migrations and not keepdb and not serialized_aliases:
        old_names = []
        with blocker.unblock():
            for alias in sorted(aliases):
                old_names.append((connections[alias], connections[alias].settings_dict["NAME"]))
                _copy(connections[alias], template)
        yield
        with blocker.unblock():
            for connection, old_name in old_names:
                connection.creation.destroy_test_db(old_name, verbosity=0)
        return

    # pytest-django's own set-up (pytest_django.fixtures.django_db_setup).
    if not use_migrations:
        _disable_migrations()
    with blocker.unblock():
        config = setup_databases(
            verbosity=verbosity,
            interactive=False,
            aliases=aliases,
            serialized_aliases=serialized_aliases,
            keepdb=keepdb,
        )
    yield
    if not keepdb:
        with blocker.unblock():
            teardown_databases(config, verbosity=verbosity)


def main(arguments: list[str]) -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
    django.setup()
    if arguments == ["create"]:
        print(create())  # noqa: T201 - the name, for the Makefile
    elif len(arguments) == 2 and arguments[0] == "drop":
        drop(arguments[1])
    else:
        sys.exit("usage: python -m tests.testdb create | drop NAME")


if __name__ == "__main__":
    main(sys.argv[1:])
