"""Admin doors to out-of-date translations: a menu item, the list's URL, a dashboard panel."""

from collections.abc import Mapping
from typing import Any

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from translations import selectors
from translations.views import stale_translation_list_view


@hooks.register("register_admin_urls")
def register_stale_translation_urls():
    return [
        path(
            "translations/out-of-date/",
            stale_translation_list_view,
            name="translations_stale_list",
        )
    ]


class StaleTranslationMenuItem(MenuItem):
    """Shown to everyone who can edit pages, with how many of theirs are out of date."""

    def is_shown(self, request) -> bool:
        return user_has_any_page_permission(request.user)

    def render_component(self, request):
        component = super().render_component(request)
        count = selectors.stale_translation_count(user=request.user)
        if count:
            component.label = f"{self.label} ({count})"
        return component


@hooks.register("register_admin_menu_item")
def register_stale_translation_menu_item() -> MenuItem:
    return StaleTranslationMenuItem(
        _("Translations out of date"),
        reverse("translations_stale_list"),
        name="dkc-stale-translations",
        icon_name="wagtail-localize-language",
        order=1060,
    )


class StaleTranslationPanel(Component):
    """A dashboard reminder, only when some of the user's translations are out of date."""

    name = "dkc_stale_translations"
    template_name = "translations/admin/stale_panel.html"
    order = 150

    def __init__(self, count: int):
        self.count = count

    def get_context_data(self, parent_context: Mapping[str, Any]) -> Mapping[str, Any]:
        return {"count": self.count, "list_url": reverse("translations_stale_list")}


@hooks.register("construct_homepage_panels")
def add_stale_translation_panel(request, panels) -> None:
    if not user_has_any_page_permission(request.user):
        return
    count = selectors.stale_translation_count(user=request.user)
    if count:
        panels.append(StaleTranslationPanel(count))
