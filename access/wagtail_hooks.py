"""Closed pages (a page with view restrictions, or below one) on the front end.

Wagtail itself sends an anonymous visitor to the login page (`WAGTAIL_FRONTEND_LOGIN_URL`)
and back. It would send a logged-in reader without access there too, who then lands on the
page again: a login loop. They get a clear 403 in the site's style instead. Every answer
for a closed page (the page, the redirect to login, the 403) is never cached or indexed.
"""

from django.shortcuts import render
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from access import audit
from access.responses import PRIVATE_PAGE_ATTRIBUTE, mark_private
from access.rules import (
    Refusal,
    pages_public,
    pages_restricted_paths_and_aliases,
    view_refusal,
)


@hooks.register("before_serve_page")
def refuse_readers_without_access(page, request, serve_args, serve_kwargs):
    restrictions = list(page.get_view_restrictions())
    if not restrictions:
        return None
    setattr(request, PRIVATE_PAGE_ATTRIBUTE, True)
    refusal = view_refusal(restrictions=restrictions, request=request)
    if refusal is not None and refusal[0] == Refusal.FORBIDDEN:
        return mark_private(render(request, "403.html", {"closed_page": True}, status=403))
    # Wagtail itself sends the anonymous to the login page and asks for a shared password.
    return None


# Registered before Wagtail's own `check_view_restrictions`, so it wraps it and also marks
# Wagtail's redirect to the login page.
@hooks.register("on_serve_page", order=-1)
def keep_closed_pages_private(serve):
    def inner(page, request, serve_args, serve_kwargs):
        response = serve(page, request, serve_args, serve_kwargs)
        if getattr(request, PRIVATE_PAGE_ATTRIBUTE, False):
            mark_private(response)
        return response

    return inner


def _names(names) -> str:
    return ", ".join(names) or "—"


@hooks.register("register_log_actions")
def register_privacy_log_actions(actions):
    @actions.register_action(audit.PRIVACY_GROUPS_CHANGED)
    class PrivacyGroupsFormatter(LogFormatter):
        label = _("Readers changed")

        def format_message(self, log_entry) -> str:
            data = log_entry.data
            return gettext("Groups that may read: added %(added)s; removed %(removed)s") % {
                "added": _names(data.get("added", [])),
                "removed": _names(data.get("removed", [])),
            }


# The one rule of what every visitor may see listed, for core's listings (core.visibility),
# which cannot import this app; the restricted paths it needs, kept by core with the aliases'
# that serving needs (core.routing).
hooks.register("dkc_public_pages", pages_public)
hooks.register("dkc_restricted_paths", pages_restricted_paths_and_aliases)
