"""The ESF report in the admin: a period chooser, the figures per network, and the same
figures as CSV or XLSX (Wagtail's spreadsheet export)."""

from typing import Any
from urllib.parse import urlencode
from uuid import UUID

from django.core.exceptions import PermissionDenied
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from access.rules import (
    network_keys_reported_to,
    user_is_coordinator,
    user_may_see_network_report,
    user_sees_some_report,
)
from core.spreadsheets import csv_safe
from core.views import ForbiddenMixin
from reports.forms import ReportPeriodForm
from reports.selectors import SIZES, network_names, report_for

SIZE_HEADINGS = {
    "small": _("small organisations"),
    "large": _("large organisations"),
    "individual": _("individuals"),
    "total": _("total"),
}


def _export_columns() -> tuple[list[str], dict[str, Any]]:
    columns = ["network", "kind", "title", "date"]
    headings: dict[str, Any] = {
        "network": _("Network"),
        "kind": _("Kind"),
        "title": _("Title"),
        "date": _("Date"),
    }
    for measure, label in (("registered", _("Registered")), ("present", _("Present"))):
        for size in (*SIZES, "total"):
            columns.append(f"{measure}_{size}")
            headings[f"{measure}_{size}"] = (label, SIZE_HEADINGS[size])
    columns.append("copies_sent_on")
    headings["copies_sent_on"] = _("Copies sent to the ESF agency")
    return columns, headings


EXPORT_COLUMNS, EXPORT_HEADINGS = _export_columns()


def _counts_cells(counts_of) -> dict[str, int]:
    """The registered and present cells, from `counts_of(size)` (None: all sizes)."""
    cells = {}
    for size in (*SIZES, "total"):
        counts = counts_of(None if size == "total" else size)
        cells[f"registered_{size}"] = counts.registered
        cells[f"present_{size}"] = counts.present
    return cells


def report_rows(reports: list) -> list[dict[str, Any]]:
    """The report as spreadsheet rows: per network its events, its publications, and a
    total row (events held, attendees, publications, copies sent)."""
    rows = []
    for report in reports:
        for row in report.events:
            rows.append(
                {
                    "network": report.name,
                    "kind": gettext("Activity"),
                    "title": row.event.title,
                    "date": timezone.localtime(row.event.start).date(),
                    **_counts_cells(
                        lambda size, row=row: (
                            row.counts.total if size is None else row.counts.by_size[size]
                        )
                    ),
                    "copies_sent_on": None,
                }
            )
        for publication in report.publications:
            rows.append(
                {
                    "network": report.name,
                    "kind": gettext("Publication"),
                    "title": publication.title,
                    "date": publication.publication_date,
                    "copies_sent_on": publication.copies_sent_on,
                }
            )
        rows.append(
            {
                "network": report.name,
                "kind": gettext("Total"),
                "title": gettext(
                    "%(events)s activities, %(publications)s publications, "
                    "%(copies)s with copies sent"
                )
                % {
                    "events": len(report.events),
                    "publications": len(report.publications),
                    "copies": report.copies_sent,
                },
                "date": None,
                **_counts_cells(report.total),
                "copies_sent_on": None,
            }
        )
    return rows


class ReportView(ForbiddenMixin, SpreadsheetExportMixin, WagtailAdminTemplateMixin, TemplateView):
    """The report of one network (or, for the coordinators, all networks) and one period."""

    template_name = "reports/report.html"
    page_title = _("Reports")
    header_icon = "table"
    forbidden_message = _(
        "You may not see this report. A network's editors see their own network's report; "
        "the DKC coordinators see every report."
    )
    list_export = EXPORT_COLUMNS
    _breadcrumbs_tail = [{"url": reverse_lazy("reports:report"), "label": _("Reports")}]

    def check_allowed(self, request):
        if not user_sees_some_report(user=request.user):
            raise PermissionDenied
        network = request.GET.get("network")
        if network is None:
            return
        # Another network's report is refused outright, not shown as a form error.
        if network == "":
            if not user_is_coordinator(request.user):
                raise PermissionDenied
            return
        try:
            key = UUID(network)
        except ValueError:
            return  # not a network: the form says so
        if not user_may_see_network_report(user=request.user, network_key=key):
            raise PermissionDenied

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + self._breadcrumbs_tail

    def get(self, request, *args, **kwargs):
        all_networks = user_is_coordinator(request.user)
        networks = network_names(keys=network_keys_reported_to(user=request.user))
        data = request.GET if "kind" in request.GET else None
        if data is None:
            data = ReportPeriodForm.initial_data(networks=networks, all_networks=all_networks)
        self.form = ReportPeriodForm(data, networks=networks, all_networks=all_networks)
        self.reports = []
        self.period = None
        if self.form.is_valid():
            self.period = self.form.period()
            key = self.form.network_key
            self.reports = report_for(
                network_keys=None if key is None else [key], period=self.period
            )
            if self.is_export:
                return self.as_spreadsheet(report_rows(self.reports), request.GET["export"])
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        export_urls = {}
        if self.period is not None:
            params = {name: self.form.data.get(name, "") for name in self.form.fields}
            export_urls = {fmt: "?" + urlencode({**params, "export": fmt}) for fmt in self.FORMATS}
        context.update(
            form=self.form,
            period=self.period,
            reports=self.reports,
            export_urls=export_urls,
            sizes=SIZES,
        )
        return context

    def get_filename(self) -> str:
        name = gettext("report")
        if self.period is not None:
            name += "-" + slugify(self.period.label)
        return f"{name}-{self.period.start.isoformat()}-{self.period.end.isoformat()}"

    def get_heading(self, queryset, field):
        heading = EXPORT_HEADINGS[field]
        if isinstance(heading, tuple):
            return f"{heading[0]} ({heading[1]})"
        return str(heading)

    def to_row_dict(self, item):
        return {field: item.get(field) for field in self.list_export}

    def write_csv_row(self, writer, row_dict):
        return super().write_csv_row(
            writer, {field: csv_safe(value) for field, value in row_dict.items()}
        )


report_view = ReportView.as_view()
