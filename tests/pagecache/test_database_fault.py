"""A database fault: a restart costs no error (kept connections are checked first); during an
outage anonymous readers still get the stored pages and every other request a 503 in the
site's style with Retry-After, never Django's 500; writes accepted before it are kept."""

import io
import sqlite3
from contextlib import contextmanager
from unittest import mock

import psycopg
import pytest
from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler
from django.db import OperationalError, ProgrammingError, connection, connections
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import translation

from core.fragments import shared_fragments_purge
from events.models import Registration
from events.services import registration_create, registration_settings_update
from pagecache.middleware import PageCacheMiddleware
from pagecache.outage import DATABASE_DOWN_KEY, database_known_down, database_unreachable
from pagecache.store import stored_pages_cache
from tests.events.test_registrations import answers, register_url


@contextmanager
def database_down():
    """Every new query fails as it does while PostgreSQL is stopped; gives the mock that
    counts the attempts to connect (each would wait for the connect timeout if it hung)."""
    error = OperationalError("connection to server failed: Connection refused")
    with mock.patch.object(
        connections["default"], "ensure_connection", side_effect=error
    ) as connecting:
        yield connecting


def test_kept_connections_are_checked_before_use():
    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True
    assert settings.DATABASES["default"]["CONN_MAX_AGE"] == 60


def test_during_an_outage_stored_pages_are_served_and_the_rest_is_503(
    client, site_tree, django_assert_num_queries
):
    theme_url = site_tree.mobility.url
    client.get(theme_url)

    with django_assert_num_queries(0), database_down():
        stored = client.get(theme_url)
        not_stored = client.get(site_tree.diversity.url)
        english = client.get("/en/search/")
        posted = client.post(theme_url)

    assert stored.status_code == 200 and stored["X-Cache"] == "hit"
    for response in (not_stored, english, posted):
        assert response.status_code == 503
        assert response["Retry-After"] == "30"
        assert "no-store" in response["Cache-Control"]
    assert "Tijdelijk niet beschikbaar" in not_stored.content.decode()
    assert '<html lang="nl">' in not_stored.content.decode()
    assert "Temporarily unavailable" in english.content.decode()
    assert '<html lang="en">' in english.content.decode()


def test_during_an_outage_a_logged_in_reader_and_the_admin_get_503(client, site_tree, login):
    from tests import factories

    reader = login(factories.UserFactory())
    editor = login(factories.UserFactory(superuser=True))
    for browser in (client, reader, editor):
        # As in production: the error Django noticed is not raised into the test.
        browser.raise_request_exception = False
    client.get(site_tree.mobility.url)

    with database_down():
        page = reader.get(site_tree.mobility.url)
        admin = editor.get("/admin/")
        login_page = client.get("/nl/login/")

    for response in (page, admin, login_page):
        assert response.status_code == 503, response
        assert response["Retry-After"] == "30"


def test_an_expired_page_is_still_served_during_an_outage(client, site_tree, settings):
    settings.PAGE_CACHE_SECONDS = 0  # stored, but never fresh
    client.get(site_tree.mobility.url)

    with database_down():
        response = client.get(site_tree.mobility.url)

    assert response.status_code == 200 and response["X-Cache"] == "stale"


def test_an_error_that_is_no_outage_stays_an_error():
    middleware = PageCacheMiddleware(lambda request: HttpResponse())
    request = RequestFactory().get("/nl/")

    assert middleware.process_exception(request, ProgrammingError("no such table")) is None
    assert middleware.process_exception(request, OperationalError("down")).status_code == 503


def _raised_from(cause: Exception) -> OperationalError:
    """Django's error for `cause` as its database wrapper raises it (the driver's error as
    `__cause__`)."""
    try:
        try:
            raise cause
        except Exception as error:
            raise OperationalError(str(error)) from error
    except OperationalError as error:
        return error


@pytest.mark.parametrize(
    ("cause", "unreachable"),
    [
        (psycopg.OperationalError("connection to server failed: Connection refused"), True),
        (psycopg.errors.AdminShutdown("terminating connection"), True),
        (psycopg.errors.ConnectionFailure("connection failure"), True),
        (psycopg.errors.DeadlockDetected("deadlock detected"), False),
        (psycopg.errors.SerializationFailure("could not serialize access"), False),
        (psycopg.errors.QueryCanceled("canceling statement due to statement timeout"), False),
        (psycopg.errors.LockNotAvailable("could not obtain lock"), False),
    ],
)
def test_only_a_database_out_of_reach_is_remembered_as_down(cause, unreachable):
    """A deadlock or a statement timeout gets the same 503 (a retry helps) but is no outage:
    it would have served every stored search uncounted for PAGE_CACHE_RETRY_AFTER."""
    stored_pages_cache().delete(DATABASE_DOWN_KEY)
    error = _raised_from(cause)

    def view(request):
        raise error

    middleware = PageCacheMiddleware(view)
    request = RequestFactory().get("/nl/")
    # What Django's handler does with a view's exception: the middleware's hook answers.
    response = middleware.process_exception(request, error)
    middleware(request)

    assert database_unreachable(error) is unreachable
    assert response.status_code == 503 and response["Retry-After"] == "30"
    assert database_known_down() is unreachable
    stored_pages_cache().delete(DATABASE_DOWN_KEY)


def test_a_busy_sqlite_database_is_no_outage():
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorname = "SQLITE_BUSY"
    gone = sqlite3.OperationalError("unable to open database file")

    assert database_unreachable(_raised_from(busy)) is False
    assert database_unreachable(_raised_from(gone)) is True


def test_a_registration_accepted_before_an_outage_is_there_after_it(client, site_tree):
    event = site_tree.network_event
    registration_settings_update(event=event, user=None, capacity=10, waitlist_enabled=True)
    assert client.post(register_url(event), answers("before@example.be")).status_code == 200

    with database_down():
        refused = client.post(register_url(event), answers("during@example.be"))
    assert refused.status_code == 503

    emails = set(Registration.objects.values_list("email", flat=True))
    assert emails == {"before@example.be"}
    assert client.post(register_url(event), answers("after@example.be")).status_code == 200
    assert Registration.objects.count() == 2


# --- A real restart: the connection killed under the app (PostgreSQL) ----------------------


def _serve(path: str) -> int:
    """One request through the WSGI handler, as gunicorn calls it (with Django's connection
    handling at the start and end of each request, which the test client switches off)."""
    environ = RequestFactory().get(path).environ
    environ["wsgi.input"] = io.BytesIO()
    statuses = []
    body = WSGIHandler()(environ, lambda status, headers: statuses.append(status))
    b"".join(body)
    body.close()
    return int(statuses[0].split()[0])


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="a server to restart: PostgreSQL only"
)
def test_a_connection_killed_under_the_app_costs_no_error(site_root, settings):
    import psycopg

    from tests import factories

    settings.PAGE_CACHE_ENABLED = False  # every request goes to the database
    page = factories.ThemePageFactory(title="Mobiliteit")
    event = factories.EventPageFactory(title="Studiedag")
    registration_settings_update(event=event, user=None, capacity=10, waitlist_enabled=True)
    registration_create(
        event=event,
        name="An",
        email="before@example.be",
        organisation="",
        organisation_size="individual",
        function="",
        language="nl",
        consent=True,
    )
    with translation.override("nl"):
        url = page.url
    assert _serve(url) == 200
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    kept_connection = connection.connection

    params = connection.get_connection_params()
    with psycopg.connect(**{**params, "autocommit": True}) as killer:
        killer.execute("SELECT pg_terminate_backend(%s)", [pid])
    shared_fragments_purge()  # nothing kept (core.fragments): the page reads the database

    assert _serve(url) == 200  # the dead connection was found, dropped and replaced
    assert connection.connection is not kept_connection
    assert _serve(url) == 200
    assert Registration.objects.filter(email="before@example.be").exists()
