"""/healthz answers 200 when the database and the cache work and 503 when one does not,
without a session, a cookie or a cache header that lets anyone keep the answer."""

from unittest import mock

import pytest
from django.db import OperationalError

pytestmark = pytest.mark.django_db


def test_healthy(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok"}
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")


def test_a_logged_in_visitor_gets_the_same_answer_without_a_session_read(client, db):
    from tests import factories

    client.force_login(factories.UserFactory())
    with mock.patch(
        "django.contrib.sessions.backends.db.SessionStore.load",
        side_effect=AssertionError("the health check read the session"),
    ):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert not response.cookies


def test_the_database_failing_is_a_503(client):
    with mock.patch("core.health.connection.cursor", side_effect=OperationalError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"database": "failing", "cache": "ok"}
    assert "no-store" in response["Cache-Control"]


def test_the_cache_failing_is_a_503(client):
    with mock.patch("core.health.cache.set", side_effect=ConnectionError("redis down")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"database": "ok", "cache": "failing"}


def test_a_cache_that_drops_writes_is_failing(client, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    response = client.get("/healthz")
    assert response.status_code == 503


def test_only_reading_methods(client):
    assert client.post("/healthz").status_code == 405
