"""Admin views of the translations app: what needs translating (out of date, not yet done)."""

from typing import Any

from django.core.exceptions import PermissionDenied
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied
from django.views.generic import TemplateView
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from translations import selectors

UPDATE_PERMISSION = "wagtail_localize.submit_translation"


class StaleTranslationListView(WagtailAdminTemplateMixin, TemplateView):
    """Translations whose Dutch source changed since their last sync, per network; below,
    the Dutch pages not translated yet."""

    template_name = "translations/admin/stale_list.html"
    page_title = _("Translations out of date")
    header_icon = "wagtail-localize-language"

    def dispatch(self, request, *args, **kwargs):
        if not user_has_any_page_permission(request.user):
            # A plain 403 rather than Wagtail's redirect to the dashboard: nothing to retry.
            return permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self) -> list[dict]:
        return [
            *self.breadcrumbs_items,
            {"url": reverse_lazy("translations_stale_list"), "label": self.page_title},
        ]

    def get_context_data(self, **kwargs) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        groups = selectors.stale_translation_list(user=self.request.user)
        # wagtail-localize's update view asks for this permission; without it the link 403s.
        can_update = self.request.user.has_perm(UPDATE_PERMISSION)
        back_to_list = reverse("translations_stale_list")
        for group in groups:
            for item in group.items:
                item.update_url = (
                    reverse(
                        "wagtail_localize:update_translations", args=[item.translation_source_id]
                    )
                    + f"?next={back_to_list}"
                    if can_update
                    else None
                )
        untranslated = selectors.untranslated_page_list(user=self.request.user)
        context.update(
            groups=groups,
            total=sum(len(group.items) for group in groups),
            untranslated_groups=untranslated,
            untranslated_total=sum(len(group.pages) for group in untranslated),
            can_translate=can_update,
        )
        return context


stale_translation_list_view = StaleTranslationListView.as_view()
