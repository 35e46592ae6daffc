"""The KO/GO lens: a reader's own, optional preference for small or large organisations.

Nobody is asked who they are: the header offers three plain links (small, large, everything)
that set or clear one cookie and return to the page. The cookie holds only "ko" or "go"; no
session, no account, no personal data. A cache in front of the site keys a page on that one
value (three variants at most: ko, go, none), never on the other cookies.
"""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils.cache import add_never_cache_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language

LENS_COOKIE = "dkc_lens"
LENS_VALUES = ("ko", "go")
# What the header links carry to switch the lens off, per language: fixed here rather than
# translated, so that a translator changing a text can never break the address.
LENS_OFF_SLUGS = {"nl": "alles", "en": "all"}
LENS_OFF_VALUES = tuple(LENS_OFF_SLUGS.values())
LENS_COOKIE_MAX_AGE = 60 * 60 * 24 * 365


def lens_off_slug(language: str | None = None) -> str:
    """The address part of the "everything" link in `language` (the active one by default)."""
    language = (language or get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return LENS_OFF_SLUGS.get(language, LENS_OFF_SLUGS[settings.LANGUAGE_CODE.split("-")[0]])


def lens_from_request(request: HttpRequest) -> str | None:
    """The reader's lens ("ko" or "go"), or None: anything else in the cookie is no lens."""
    value = request.COOKIES.get(LENS_COOKIE)
    return value if value in LENS_VALUES else None


class LensMiddleware:
    """Puts the reader's lens on `request.lens` (None without one) for templates and views."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.lens = lens_from_request(request)
        response = self.get_response(request)
        if request.lens:
            # Tells a cache (and a reader of the headers) which of the three variants this is.
            response.headers.setdefault("X-Lens", request.lens)
        return response


def lens_set(request: HttpRequest, value: str) -> HttpResponse:
    """Sets the lens ("ko", "go") or clears it ("alles"/"all"), then goes back to `next`.

    A GET, on purpose: it changes only this browser's display preference, so a link that
    works without JavaScript is enough, and no CSRF cookie is needed (a POST form would need
    one on every page, which would make anonymous pages uncacheable). The links carry
    rel="nofollow"; the redirect is never cached. Unknown values change nothing.
    """
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = f"/{get_language() or settings.LANGUAGE_CODE}/"
    response = HttpResponseRedirect(next_url)
    if value in LENS_VALUES:
        response.set_cookie(
            LENS_COOKIE,
            value,
            max_age=LENS_COOKIE_MAX_AGE,
            samesite="Lax",
            secure=settings.SESSION_COOKIE_SECURE,
            httponly=True,
        )
    elif value in LENS_OFF_VALUES and LENS_COOKIE in request.COOKIES:
        response.delete_cookie(LENS_COOKIE, samesite="Lax")
    add_never_cache_headers(response)
    return response
