"""Who is asking, and how often: the client's address behind the trusted proxies, and rate
limits kept in Django's cache (shared by every process when the cache is Redis).

The address is the one django-axes locks on (`AXES_CLIENT_IP_CALLABLE`) and the one every
mail-sending form counts on. `X-Forwarded-For` is read only when the site runs behind
proxies it trusts (`TRUSTED_PROXY_COUNT`, optionally `TRUSTED_PROXIES`; see docs/deploy.md):
any visitor can send that header, so without a configured proxy it is ignored.
"""

import hashlib
import ipaddress
import time
from collections.abc import Callable, Iterable
from functools import wraps

from django.conf import settings
from django.core import checks
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse


def _address(value: str) -> str | None:
    """A bare IPv4 or IPv6 address, or None; a port some proxies add (`1.2.3.4:5678`) goes."""
    value = value.strip().strip('"')
    if value.startswith("[") and "]" in value:  # "[2001:db8::1]:443"
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:
        value = value.split(":", 1)[0]
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return None


def _from_trusted_proxy(remote_addr: str) -> bool:
    networks = getattr(settings, "TRUSTED_PROXIES", [])
    if not networks:
        return True
    address = _address(remote_addr)
    if address is None:
        return False
    ip = ipaddress.ip_address(address)
    return any(ip in ipaddress.ip_network(network, strict=False) for network in networks)


def client_ip(request: HttpRequest) -> str:
    """The visitor's address: REMOTE_ADDR, or, behind `TRUSTED_PROXY_COUNT` proxies, the
    address the outermost trusted proxy saw (that many entries from the right of
    X-Forwarded-For; whatever the visitor put before it is not believed).

    A request that did not come through the proxies as configured (too few entries, or not
    from `TRUSTED_PROXIES`) counts on REMOTE_ADDR: never on a header nobody vouches for.
    """
    remote_addr = request.META.get("REMOTE_ADDR", "") or ""
    proxy_count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxy_count <= 0 or not _from_trusted_proxy(remote_addr):
        return remote_addr
    hops = [hop for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    if len(hops) < proxy_count:
        return remote_addr
    return _address(hops[-proxy_count]) or remote_addr


def _cache():
    return caches[getattr(settings, "RATE_LIMIT_CACHE", "default")]


def _limit(scope: str) -> tuple[int, int]:
    count, seconds = settings.RATE_LIMITS[scope]
    return int(count), int(seconds)


def _cache_key(scope: str, key: str, window: int) -> str:
    bucket = int(time.time() // window)
    digest = hashlib.sha256(f"{scope}\0{key.casefold()}".encode()).hexdigest()
    return f"dkc-ratelimit:{scope}:{digest}:{bucket}"


def rate_limit_reached(*, scope: str, key: str) -> bool:
    """Whether `key` has used up `scope` in this window, without counting a use."""
    limit, window = _limit(scope)
    return int(_cache().get(_cache_key(scope, key, window), 0)) >= limit


def rate_limit_hit(*, scope: str, key: str) -> bool:
    """Count one use of `scope` by `key`; True when that is more than the scope allows in its
    window (`RATE_LIMITS[scope] = (count, seconds)`). A fixed window, counted atomically.
    """
    limit, window = _limit(scope)
    cache_key = _cache_key(scope, key, window)
    cache = _cache()
    if cache.add(cache_key, 1, timeout=window):
        return limit < 1
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr: this is the window's first use
        cache.add(cache_key, 1, timeout=window)
        count = 1
    return count > limit


def rate_limits_hit(checks: Iterable[tuple[str, str]]) -> bool:
    """Count every (scope, key) and say whether any of them is over its limit.

    All are counted, even after the first refusal: an address that keeps asking keeps its
    own counter full, and so does a recipient that keeps being asked for.
    """
    hits = [rate_limit_hit(scope=scope, key=key) for scope, key in checks if key]
    return any(hits)


TOO_MANY_ATTEMPTS_TEMPLATE = "core/too_many_attempts.html"


def failed_posts_limited(scope: str) -> Callable:
    """Wrap a password form's view (Wagtail's shared page and collection passwords): only so
    many wrong answers per visitor address (`RATE_LIMITS[scope]`), then a 429 until the
    window ends. Counted per address, never per page: a stranger cannot lock others out.
    A redirect is a right answer; anything else (the form again) counts as a wrong one.
    """

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def limited(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if request.method != "POST":
                return view(request, *args, **kwargs)
            address = client_ip(request)
            if rate_limit_reached(scope=scope, key=address):
                return TemplateResponse(request, TOO_MANY_ATTEMPTS_TEMPLATE, status=429)
            response = view(request, *args, **kwargs)
            if not 300 <= response.status_code < 400:
                rate_limit_hit(scope=scope, key=address)
            return response

        return limited

    return decorator


@checks.register(checks.Tags.security, deploy=True)
def check_client_address_settings(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    """`manage.py check --deploy`: warn when the limits would count the wrong thing."""
    messages = []
    if getattr(settings, "SECURE_PROXY_SSL_HEADER", None) and not getattr(
        settings, "TRUSTED_PROXY_COUNT", 0
    ):
        messages.append(
            checks.Warning(
                "The site trusts a proxy's X-Forwarded-Proto but TRUSTED_PROXY_COUNT is 0: "
                "failed logins and mail limits count the proxy's address, shared by every "
                "visitor.",
                hint="Set TRUSTED_PROXY_COUNT (docs/deploy.md, 'Logins, lockouts and unlocking').",
                id="dkc.W001",
            )
        )
    backend = settings.CACHES.get(getattr(settings, "RATE_LIMIT_CACHE", "default"), {}).get(
        "BACKEND", ""
    )
    if backend.endswith(("LocMemCache", "DummyCache")):
        messages.append(
            checks.Warning(
                "Rate limits are kept in a per-process cache: each web process counts alone.",
                hint="Set REDIS_URL (docs/deploy.md).",
                id="dkc.W002",
            )
        )
    return messages
