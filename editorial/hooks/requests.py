"""Hooks for page action requests (unpublish, delete, move).

Thin doors: the buttons ask `page_action_request_actions_available`, the menu asks who decides.
"""

from django.urls import include, path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.ui.sidebar import LinkMenuItem
from wagtail.log_actions import LogFormatter

from access.rules import user_is_coordinator
from editorial import urls
from editorial.models import (
    REQUEST_APPROVED_LOG_ACTION,
    REQUEST_LOG_ACTIONS,
    REQUEST_REJECTED_LOG_ACTION,
    PageActionRequest,
)
from editorial.selectors.moves import readers_change_message
from editorial.selectors.requests import (
    page_action_request_actions_available,
    page_action_request_move_targets,
)


@hooks.register("register_admin_urls")
def register_request_urls():
    return [path("editorial/", include((urls, "editorial"), namespace="editorial"))]


class _RequestButton(PageMenuItem):
    action = ""

    @property
    def url(self) -> str:
        return reverse("editorial:request_create", args=[self.page.pk, self.action])


class RequestUnpublishButton(_RequestButton):
    action = PageActionRequest.Action.UNPUBLISH
    label = _("Request unpublish")
    icon_name = "download"
    priority = 61  # just after Wagtail's own "Unpublish"


class RequestDeletionButton(_RequestButton):
    action = PageActionRequest.Action.DELETE
    label = _("Request deletion")
    icon_name = "bin"
    priority = 51


class RequestMoveButton(_RequestButton):
    action = PageActionRequest.Action.MOVE
    label = _("Request move")
    icon_name = "arrow-right-full"
    priority = 21


def _request_buttons(page, user):
    # One check for the three buttons: listings call this once per page.
    available = page_action_request_actions_available(user=user, page=page)
    # No dead end: a project, say, has nowhere else to go within its editor's network.
    if (
        PageActionRequest.Action.MOVE in available
        and not page_action_request_move_targets(user=user, page=page).exists()
    ):
        available.discard(PageActionRequest.Action.MOVE)
    for button_class in (RequestMoveButton, RequestDeletionButton, RequestUnpublishButton):
        if button_class.action in available:
            yield button_class(page=page)


@hooks.register("register_page_header_buttons")
def page_header_request_buttons(page, user, view_name, next_url=None):
    yield from _request_buttons(page, user)


@hooks.register("register_page_listing_more_buttons")
def page_listing_request_buttons(page, user, next_url=None):
    yield from _request_buttons(page, user)


class RequestsMenuItem(MenuItem):
    """ "Requests" for editors and coordinators; coordinators see how many await them."""

    def is_shown(self, request) -> bool:
        user = request.user
        return user_is_coordinator(user) or user_has_any_page_permission(user)

    def render_component(self, request):
        label = str(self.label)
        if user_is_coordinator(request.user):
            pending = PageActionRequest.objects.filter(
                status=PageActionRequest.Status.PENDING
            ).count()
            if pending:
                label = f"{label} ({pending})"
        return LinkMenuItem(
            self.name,
            label,
            self.url,
            icon_name=self.icon_name,
            classname=self.classname,
            attrs=self.attrs,
        )


@hooks.register("register_admin_menu_item")
def register_requests_menu_item():
    return RequestsMenuItem(
        _("Requests"),
        reverse("editorial:request_list"),
        name="editorial-requests",
        icon_name="tasks",
        order=150,
    )


class _RequestLogFormatter(LogFormatter):
    def format_comment(self, log_entry) -> str:
        return log_entry.data.get("reason", "")


def _decision_values(log_entry) -> dict[str, str]:
    data = log_entry.data
    action = data.get("action", "")
    if action in PageActionRequest.Action.values:
        action = str(PageActionRequest.Action(action).label)
    return {
        "action": action,
        "requester": data.get("requester", ""),
        "approver": data.get("approver", ""),
    }


class _DecisionLogFormatter(LogFormatter):
    def format_comment(self, log_entry) -> str:
        return log_entry.data.get("comment", "")


@hooks.register("register_log_actions")
def register_request_log_actions(actions):
    @actions.register_action(REQUEST_LOG_ACTIONS[PageActionRequest.Action.UNPUBLISH])
    class RequestUnpublishFormatter(_RequestLogFormatter):
        label = _("Request to unpublish")
        message = _("Requested to unpublish")

    @actions.register_action(REQUEST_LOG_ACTIONS[PageActionRequest.Action.DELETE])
    class RequestDeleteFormatter(_RequestLogFormatter):
        label = _("Request to delete")
        message = _("Requested to delete")

    @actions.register_action(REQUEST_LOG_ACTIONS[PageActionRequest.Action.MOVE])
    class RequestMoveFormatter(_RequestLogFormatter):
        label = _("Request to move")

        def format_message(self, log_entry) -> str:
            target = log_entry.data.get("target") or {}
            return gettext("Requested to move to “%(target)s”") % {
                "target": target.get("title", "?")
            }

    @actions.register_action(REQUEST_APPROVED_LOG_ACTION)
    class RequestApprovedFormatter(_DecisionLogFormatter):
        label = _("Request approved")

        def format_message(self, log_entry) -> str:
            message = gettext(
                "%(action)s: requested by %(requester)s, approved by %(approver)s"
            ) % _decision_values(log_entry)
            change = log_entry.data.get("readers_change")
            return f"{message}. {readers_change_message(change)}" if change else message

    @actions.register_action(REQUEST_REJECTED_LOG_ACTION)
    class RequestRejectedFormatter(_DecisionLogFormatter):
        label = _("Request rejected")

        def format_message(self, log_entry) -> str:
            return gettext(
                "%(action)s: requested by %(requester)s, rejected by %(approver)s"
            ) % _decision_values(log_entry)
