"""The editor manual (docs/handleiding.md), shown inside the Wagtail admin to everyone who may
enter it, on every install: it is part of the product, not demo content.

The Markdown file is read and rendered once per process; a deploy brings a new one.
"""

from functools import cache
from pathlib import Path
from typing import Any

import markdown
from django.conf import settings
from django.urls import reverse_lazy
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

MANUAL_PATH = Path(settings.BASE_DIR) / "docs" / "handleiding.md"


@cache
def manual_html() -> tuple[SafeString, SafeString]:
    """The manual's body and its table of contents (its second- and third-level headings)."""
    converter = markdown.Markdown(
        extensions=["tables", "sane_lists", "toc"],
        extension_configs={"toc": {"toc_depth": "2-3", "permalink": False}},
        output_format="html",
    )
    body = converter.convert(MANUAL_PATH.read_text(encoding="utf-8"))
    # Our own file from the repository, never input from a user.
    return mark_safe(body), mark_safe(converter.toc)  # noqa: S308


class ManualView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "editorial/manual.html"
    page_title = _("Manual")
    header_icon = "help"
    _breadcrumbs_tail = [{"url": reverse_lazy("editorial_manual"), "label": _("Manual")}]

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, *self._breadcrumbs_tail]

    def get_context_data(self, **kwargs) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["manual_body"], context["manual_toc"] = manual_html()
        return context


manual_view = ManualView.as_view()
