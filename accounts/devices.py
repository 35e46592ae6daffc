"""Device cookies: a browser that has logged in to an account keeps getting in while
strangers have that account locked (OWASP, "Slow down online guessing attacks with device
cookies").

After every successful login, on the site or in the admin, the browser gets a signed,
long-lived, HttpOnly cookie naming the account, with a random nonce and a mark of the
account's password (a new password voids the account's cookies). A login attempt for that
account that presents it is let past the lockout of the account, of the account at this
address and of the address (`device_cookie_admits`, axes' whitelist callable); its failures
are counted per cookie instead, and after `LOGIN_DEVICE_FAILURE_LIMIT` of them the cookie no
longer lets anyone past: a stolen cookie is not a way to guess without limit.
"""

import secrets
from collections.abc import Callable

from axes.helpers import get_client_username
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core import signing
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse
from django.utils.crypto import constant_time_compare, salted_hmac

DEVICE_COOKIE_NAME = "dkc_device"
DEVICE_COOKIE_SALT = "accounts.devices.device-cookie"
_NEW_COOKIE_ATTRIBUTE = "_dkc_device_cookie"


def device_cookie_max_age() -> int:
    return int(settings.LOGIN_DEVICE_COOKIE_DAYS) * 24 * 60 * 60


def _password_mark(user) -> str:
    # A new password (a reset after a break-in, say) voids every device cookie of the account.
    return salted_hmac(DEVICE_COOKIE_SALT, user.password, algorithm="sha256").hexdigest()[:16]


def device_cookie_make(*, user) -> str:
    """A new signed cookie value for `user`, with its own nonce."""
    payload = {"u": user.get_username(), "n": secrets.token_urlsafe(18), "p": _password_mark(user)}
    return signing.dumps(payload, salt=DEVICE_COOKIE_SALT)


def device_cookie_read(request: HttpRequest) -> dict | None:
    """The cookie's account and nonce, if it carries a valid, unexpired signature."""
    raw = request.COOKIES.get(DEVICE_COOKIE_NAME, "")
    if not raw:
        return None
    try:
        payload = signing.loads(raw, salt=DEVICE_COOKIE_SALT, max_age=device_cookie_max_age())
    except signing.BadSignature:
        return None
    if not isinstance(payload, dict) or not all(
        isinstance(payload.get(field), str) for field in ("u", "n", "p")
    ):
        return None
    return payload


def _failures_key(nonce: str) -> str:
    return f"dkc-device-failures:{nonce}"


def _cache():
    return caches[getattr(settings, "RATE_LIMIT_CACHE", "default")]


def device_cookie_failures(nonce: str) -> int:
    return int(_cache().get(_failures_key(nonce), 0))


def device_cookie_for(request: HttpRequest, username: str | None) -> dict | None:
    """The request's device cookie if it was given to `username` and still works."""
    payload = device_cookie_read(request)
    if payload is None or not username:
        return None
    if payload["u"].casefold() != str(username).casefold():
        return None
    if device_cookie_failures(payload["n"]) >= settings.LOGIN_DEVICE_FAILURE_LIMIT:
        return None
    user_model = get_user_model()
    try:
        user = user_model._default_manager.get_by_natural_key(payload["u"])
    except user_model.DoesNotExist:
        return None
    if not user.is_active or not constant_time_compare(payload["p"], _password_mark(user)):
        return None
    return payload


def device_cookie_admits(request: HttpRequest, credentials: dict | None = None) -> bool:
    """axes' whitelist callable: a working device cookie for the account being logged in to."""
    return device_cookie_for(request, get_client_username(request, credentials)) is not None


def _count_device_failure(sender, credentials: dict, request: HttpRequest | None = None, **kwargs):
    if request is None:
        return
    payload = device_cookie_for(request, get_client_username(request, credentials))
    if payload is None:
        return
    key, cache = _failures_key(payload["n"]), _cache()
    # Kept as long as the cookie itself lasts: a cookie used up is used up for good.
    if not cache.add(key, 1, timeout=device_cookie_max_age()):
        try:
            cache.incr(key)
        except ValueError:
            cache.add(key, 1, timeout=device_cookie_max_age())


def _give_device_cookie(sender, request: HttpRequest | None, user, **kwargs):
    if request is not None:
        setattr(request, _NEW_COOKIE_ATTRIBUTE, device_cookie_make(user=user))


def device_signals_connect() -> None:
    user_login_failed.connect(_count_device_failure, dispatch_uid="accounts.device_failure")
    user_logged_in.connect(_give_device_cookie, dispatch_uid="accounts.device_cookie")


class DeviceCookieMiddleware:
    """Puts the cookie a login made (see `_give_device_cookie`) on the response."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        value = getattr(request, _NEW_COOKIE_ATTRIBUTE, None)
        if value:
            response.set_cookie(
                DEVICE_COOKIE_NAME,
                value,
                max_age=device_cookie_max_age(),
                secure=request.is_secure() or getattr(settings, "SESSION_COOKIE_SECURE", False),
                httponly=True,
                samesite="Lax",
            )
        return response
