"""The coordinators' report of what people search for: the most frequent queries and the
queries that found nothing, over the last 30 days, each one click from promoting a result."""

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from access.rules import user_is_coordinator
from core.views import ForbiddenMixin
from search.selectors import (
    REPORT_DAYS,
    search_frequent_query_list,
    search_zero_result_query_list,
)


class SearchLogReportView(ForbiddenMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "search/admin/report.html"
    forbidden_message = _("Only a DKC coordinator sees what people search for.")
    page_title = _("What people search for")
    header_icon = "search"

    def check_allowed(self, request: HttpRequest) -> None:
        if not user_is_coordinator(request.user):
            raise PermissionDenied

    def get_breadcrumbs_items(self) -> list[dict]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        context.update(
            days=REPORT_DAYS,
            frequent_queries=search_frequent_query_list(),
            zero_result_queries=search_zero_result_query_list(),
        )
        return context
