from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from access.rules import user_sees_some_report
from reports import admin_urls
from reports.models import ReportingDeadline
from reports.panels import ReportingDeadlinesPanel


@hooks.register("register_admin_urls")
def register_reports_admin_urls():
    return [path("reports/", include(admin_urls, namespace="reports"))]


class ReportsMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return user_sees_some_report(user=request.user)


@hooks.register("register_admin_menu_item")
def register_reports_menu_item() -> MenuItem:
    return ReportsMenuItem(
        _("Reports"), reverse("reports:report"), name="dkc-reports", icon_name="table", order=1060
    )


@hooks.register("construct_homepage_panels")
def add_reporting_deadlines_panel(request, panels) -> None:
    if user_sees_some_report(user=request.user):
        panels.append(ReportingDeadlinesPanel())


class ReportingDeadlineViewSet(SnippetViewSet):
    """The deadlines the coordinators enter (Django's model permissions: theirs alone)."""

    model = ReportingDeadline
    icon = "date"
    menu_label = _("Reporting deadlines")
    list_display = ("date", "label", "network", "period_start")
    ordering = ("-date",)


register_snippet(ReportingDeadlineViewSet)
