"""The one rule for serving a stored file, shared by the /media/ view and Wagtail's document view.

Every view restriction on the file's collection (or its ancestors) must accept the request.
If one does not: an anonymous visitor is sent to the front-end login, a logged-in user without
access gets a 403 (Wagtail's own document check would send them to the login page again), and
a password restriction shows Wagtail's password form.
"""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.views.defaults import permission_denied
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import CollectionViewRestriction

from access.rules import Refusal, view_refusal

PRIVATE_CACHE_CONTROL = "private, no-store"
PUBLIC_CACHE_CONTROL = "public, max-age=3600"

# Set on the request by whoever decided about a file; PrivateFileCacheMiddleware reads it.
RESTRICTED_ATTRIBUTE = "privatemedia_restricted"


def mark_request(request: HttpRequest, *, restricted: bool) -> None:
    setattr(request, RESTRICTED_ATTRIBUTE, restricted)


def request_marked_restricted(request: HttpRequest) -> bool | None:
    """True or False once a file was decided on in this request, None if none was."""
    return getattr(request, RESTRICTED_ATTRIBUTE, None)


def front_end_login_url() -> str:
    configured = getattr(settings, "WAGTAIL_FRONTEND_LOGIN_URL", None)
    if configured:
        return configured
    try:
        return reverse("accounts:login")
    except NoReverseMatch:
        return settings.LOGIN_URL


def denial_response(
    request: HttpRequest, restrictions: list[CollectionViewRestriction]
) -> HttpResponse | None:
    """The response that refuses the file, or None when every restriction accepts the request
    (the rule is `access.rules.view_refusal`, the same as for closed pages)."""
    refusal = view_refusal(restrictions=restrictions, request=request)
    if refusal is None:
        return None
    reason, restriction = refusal
    if reason == Refusal.PASSWORD:
        return _password_form(request, restriction)
    if reason == Refusal.LOGIN:
        return redirect_to_login(request.get_full_path(), front_end_login_url())
    return permission_denied(request, PermissionDenied())


def _password_form(
    request: HttpRequest, restriction: CollectionViewRestriction
) -> TemplateResponse:
    # Wagtail's document password view marks the restriction as passed for the session and
    # returns to `return_url`, which works for any file in the collection.
    form = PasswordViewRestrictionForm(
        instance=restriction, initial={"return_url": request.get_full_path()}
    )
    template = getattr(
        settings, "WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE", "wagtaildocs/password_required.html"
    )
    context = {
        "form": form,
        "action_url": reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk]),
    }
    return TemplateResponse(request, template, context)
