"""The coordinators' audit trail: Wagtail's log of pages and files, one network at a time."""

from typing import Any
from uuid import UUID

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.urls import NoReverseMatch, reverse, reverse_lazy
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied
from django.views.generic import TemplateView
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Page, PageLogEntry

from access.rules import user_is_coordinator
from access.selectors import network_page_per_key, network_pages_by_path
from editorial.selectors.audit import audit_entries, audit_entry_rows

PAGE_SIZE = 50

# What the request actions ("dkc.request_*") keep in their log data, in display order.
REQUEST_DATA_LABELS = {
    "requester": _("Requested by"),
    "approver": _("Decided by"),
    "reason": _("Reason"),
    "comment": _("Comment"),
}


class NetworkFilterForm(forms.Form):
    network = forms.TypedChoiceField(label=_("Network"), required=False, coerce=int)

    def __init__(self, *args, networks: list[Page], **kwargs):
        super().__init__(*args, **kwargs)
        self.networks = {network.pk: network for network in networks}
        self.fields["network"].choices = [
            ("", _("All pages")),
            *((network.pk, network.title) for network in networks),
        ]

    @property
    def selected_network(self) -> Page | None:
        if not self.is_valid():
            return None
        return self.networks.get(self.cleaned_data["network"])


def request_data_summary(entry) -> list[tuple[str, str]]:
    """(label, value) pairs from a request action's log data, beyond its message and comment."""
    data = entry.data or {}
    summary = [
        (str(label), str(data[key]))
        for key, label in REQUEST_DATA_LABELS.items()
        if data.get(key) and str(data[key]) != str(entry.comment)
    ]
    target = data.get("target")
    if isinstance(target, dict) and target.get("title"):
        summary.append((str(_("Move to")), str(target["title"])))
    return summary


def _request_detail_url(data: dict) -> str | None:
    # The request views are another module's; the audit works without them.
    request_id = (data or {}).get("request_id")
    if not request_id:
        return None
    try:
        return reverse("editorial:request_detail", args=[request_id])
    except NoReverseMatch:
        return None


class AuditView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "editorial/audit.html"
    page_title = _("Audit per network")
    header_icon = "history"
    _breadcrumbs_tail = [{"url": reverse_lazy("editorial_audit"), "label": _("Audit per network")}]

    def dispatch(self, request, *args, **kwargs):
        if not user_is_coordinator(request.user):
            # A plain 403 rather than Wagtail's redirect to the dashboard: nothing to retry.
            return permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, *self._breadcrumbs_tail]

    def get_context_data(self, **kwargs) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        form = NetworkFilterForm(
            self.request.GET or None, networks=list(network_page_per_key().values())
        )
        network = form.selected_network
        paginator = Paginator(audit_entry_rows(network=network), PAGE_SIZE)
        rows = paginator.get_page(self.request.GET.get("p"))
        entries = audit_entries(rows)
        page_entries = [entry for entry in entries if isinstance(entry, PageLogEntry)]

        # The pages still in the tree, and their networks: two queries for the whole page.
        pages = Page.objects.only("pk", "path", "title", "draft_title").in_bulk(
            {entry.page_id for entry in page_entries}
        )
        networks = network_pages_by_path(page.path for page in pages.values())
        for entry in page_entries:
            page = pages.get(entry.page_id)
            entry.current_page = page
            entry.network = networks.get(page.path) if page else None
            entry.subject_url = (
                reverse("wagtailadmin_pages:history", args=[entry.page_id]) if page else None
            )
        self._model_entries_place([e for e in entries if not isinstance(e, PageLogEntry)])
        for entry in entries:
            entry.action_label = self._action_label(entry)
            is_request = entry.action.startswith("dkc.request")
            entry.data_summary = request_data_summary(entry) if is_request else []
            entry.request_url = _request_detail_url(entry.data) if is_request else None

        context.update(
            {
                "form": form,
                "network": network,
                "entries": entries,
                "rows": rows,
                "elided_page_range": paginator.get_elided_page_range(rows.number),
            }
        )
        return context

    def _model_entries_place(self, entries: list) -> None:
        """Files, collections, invitations: their network from the log data, a link to them."""
        keys = set()
        for entry in entries:
            key = (entry.data or {}).get("network_key")
            entry.network_key = _uuid(key)
            if entry.network_key:
                keys.add(entry.network_key)
        networks = network_page_per_key(keys=keys) if keys else {}
        finder = AdminURLFinder(self.request.user)
        for entry in entries:
            entry.current_page = None
            entry.network = networks.get(entry.network_key)
            entry.kind = capfirst(entry.content_type.name) if entry.content_type else ""
            entry.subject_url = finder.get_edit_url(entry.instance) if entry.instance else None

    @staticmethod
    def _action_label(entry) -> str:
        formatter = entry.formatter
        return str(formatter.label) if formatter and formatter.label else entry.action


def _uuid(value) -> UUID | None:
    try:
        return UUID(str(value)) if value else None
    except ValueError:
        return None


audit_view = AuditView.as_view()
