"""core.ratelimit: counting in fixed windows, and the deploy check on its settings."""

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.test import override_settings

from core.ratelimit import (
    check_client_address_settings,
    rate_limit_hit,
    rate_limit_reached,
    rate_limits_hit,
)

LIMITS = {"probe": (2, 60), "other": (1, 60)}


@override_settings(RATE_LIMITS=LIMITS)
def test_a_scope_allows_its_count_per_key_then_refuses():
    assert [rate_limit_hit(scope="probe", key="a@example.org") for _ in range(3)] == [
        False,
        False,
        True,
    ]
    # Keys are compared without case; another key has its own count.
    assert rate_limit_reached(scope="probe", key="A@Example.org")
    assert not rate_limit_reached(scope="probe", key="b@example.org")


@override_settings(RATE_LIMITS=LIMITS)
def test_every_check_is_counted_even_after_a_refusal():
    assert not rate_limits_hit([("probe", "x"), ("other", "y")])
    assert rate_limits_hit([("probe", "x"), ("other", "y")])
    assert rate_limit_reached(scope="probe", key="x")
    # An empty key (no address known) is not counted.
    assert not rate_limits_hit([("other", "")])


@override_settings(
    SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"),
    TRUSTED_PROXY_COUNT=0,
    CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
)
def test_the_deploy_check_warns_of_an_untrusted_proxy_and_a_per_process_cache():
    assert {message.id for message in check_client_address_settings()} == {
        "dkc.W001",
        "dkc.W002",
    }


@override_settings(
    SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"),
    TRUSTED_PROXY_COUNT=1,
    CACHES={"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache"}},
)
def test_the_deploy_check_is_quiet_when_configured():
    assert check_client_address_settings() == []


@override_settings(SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"))
def test_the_deploy_check_runs_with_check_deploy():
    with pytest.raises(SystemCheckError, match="dkc.W001"):
        call_command("check", "--deploy", "--fail-level", "WARNING", "--tag", "security")
