"""`/healthz`: may a load balancer send this process requests? 200 when the database and the
cache answer, 503 when either does not. It reads no session or user and is never cached."""

import logging
import uuid

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)

HEALTH_CACHE_KEY = "healthz"


def database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        logger.exception("Health check: the database does not answer")
        return False


def cache_ok() -> bool:
    # A value of our own, so a cache that silently drops writes (or answers stale) fails too.
    token = uuid.uuid4().hex
    try:
        cache.set(HEALTH_CACHE_KEY, token, timeout=10)
        return cache.get(HEALTH_CACHE_KEY) == token
    except Exception:  # the client's own errors differ per backend (redis, memcached)
        logger.exception("Health check: the cache does not answer")
        return False


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    checks = {"database": database_ok(), "cache": cache_ok()}
    healthy = all(checks.values())
    return JsonResponse(
        {name: "ok" if ok else "failing" for name, ok in checks.items()},
        status=200 if healthy else 503,
    )
