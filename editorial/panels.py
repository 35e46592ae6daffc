"""Dashboard panels: the coordinators' approval queue and a network editor's own work."""

from collections.abc import Mapping
from typing import Any

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from editorial.selectors import dashboards
from editorial.selectors.requests import pending_request_list


def _request_detail_url(pk: int) -> str | None:
    # The request views may not be installed yet; the panel works without them.
    try:
        return reverse("editorial:request_detail", args=[pk])
    except NoReverseMatch:
        return None


def _request_list_url() -> str | None:
    try:
        return reverse("editorial:request_list")
    except NoReverseMatch:
        return None


class ApprovalQueuePanel(Component):
    """What awaits a coordinator's decision: submitted pages per network, and requests."""

    name = "dkc_approval_queue"
    template_name = "editorial/panels/approval_queue.html"
    order = 100

    def get_context_data(self, parent_context: Mapping[str, Any]) -> Mapping[str, Any]:
        requests = list(pending_request_list())
        for action_request in requests:
            action_request.detail_url = _request_detail_url(action_request.pk)
        return {
            "request": parent_context["request"],
            "queues": dashboards.approval_queue(),
            "action_requests": requests,
            "request_list_url": _request_list_url(),
            "audit_url": reverse("editorial_audit"),
        }


class EditorWorkPanel(Component):
    """A network editor's drafts and submissions, with where each one stands."""

    name = "dkc_editor_work"
    template_name = "editorial/panels/editor_work.html"
    order = 100

    state_labels: Mapping[str, str] = {
        dashboards.DRAFT: _("Draft"),
        dashboards.AWAITING: _("Awaiting approval"),
        dashboards.REJECTED: _("Rejected"),
    }

    def get_context_data(self, parent_context: Mapping[str, Any]) -> Mapping[str, Any]:
        request = parent_context["request"]
        items = dashboards.editor_item_list(user=request.user)
        for item in items:
            item.state_label = self.state_labels[item.state]
        return {"request": request, "items": items}
