"""Security headers on every response: the Content-Security-Policy (django-csp) and
Permissions-Policy.

The public site runs no inline script, so its policy (`CONTENT_SECURITY_POLICY`) allows
scripts from our own origin only. Wagtail's admin writes inline scripts and styles of its own
(widgets, inline panels), so it gets its own, looser policy (`CONTENT_SECURITY_POLICY_ADMIN`),
which also lets the admin frame itself: the editor's preview is a same-origin iframe of an
admin URL; the preview itself, rendered for the page's own URL, keeps the public policy
with that one exception. A response that already carries a policy keeps it: the stored
files' view sets `default-src 'none'` (privatemedia.views).
"""

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.http import HttpRequest, HttpResponseBase
from django.urls import reverse


def admin_path_prefix() -> str:
    return reverse("wagtailadmin_home")


def is_admin_request(request: HttpRequest) -> bool:
    return request.path_info.startswith(admin_path_prefix())


class SecurityHeadersMiddleware(CSPMiddleware):
    """django-csp's middleware with the admin's policy for admin URLs, and Permissions-Policy."""

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        admin_policy = getattr(settings, "CONTENT_SECURITY_POLICY_ADMIN", None)
        if report_only or parts.config is not None:
            return parts
        if admin_policy and is_admin_request(request):
            parts.config = default_config(admin_policy["DIRECTIVES"])
        elif getattr(request, "is_preview", False):
            # Wagtail renders a preview by running the page's own URL through the middleware
            # again (a dummy request): the public policy, but the admin may frame it.
            parts.replace = {**(parts.replace or {}), "frame-ancestors": ["'self'"]}
        return parts

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        response = super().process_response(request, response)
        permissions_policy = getattr(settings, "PERMISSIONS_POLICY", "")
        if permissions_policy and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = permissions_policy
        return response
