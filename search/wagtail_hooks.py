"""The search log report in the admin's Reports menu, for the coordinators only.

Wagtail wraps the URLs of `register_admin_urls` in its admin-access check (anonymous visitors
go to the login); the view itself refuses everyone but a coordinator.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from access.rules import user_is_coordinator
from search.admin_views import SearchLogReportView


class CoordinatorMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return user_is_coordinator(request.user)


@hooks.register("register_admin_urls")
def register_search_log_url():
    return [path("search-log/", SearchLogReportView.as_view(), name="search_log_report")]


@hooks.register("register_reports_menu_item")
def register_search_log_menu_item() -> MenuItem:
    return CoordinatorMenuItem(
        _("What people search for"),
        reverse("search_log_report"),
        name="search-log",
        icon_name="search",
        order=1310,
    )
