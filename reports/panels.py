"""The dashboard panel of reporting deadlines: each network's next deadline and what its
report still lacks."""

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from django.urls import reverse
from wagtail.admin.ui.components import Component

from access.rules import network_keys_reported_to
from reports.forms import DEADLINE
from reports.selectors import deadline_status_list


class ReportingDeadlinesPanel(Component):
    name = "dkc_reporting_deadlines"
    template_name = "reports/panels/deadlines.html"
    order = 150

    def get_context_data(self, parent_context: Mapping[str, Any]) -> Mapping[str, Any]:
        request = parent_context["request"]
        statuses = deadline_status_list(network_keys=network_keys_reported_to(user=request.user))
        for status in statuses:
            params = {"network": str(status.network_key)}
            if status.deadline is not None:
                params.update(kind=DEADLINE, deadline=status.deadline.pk)
            status.report_url = reverse("reports:report") + "?" + urlencode(params)
        return {"request": request, "statuses": statuses}
