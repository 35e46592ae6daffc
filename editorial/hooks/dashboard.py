"""Hooks for the dashboard panels and the audit view."""

from django.urls import path, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.sidebar import PageExplorerMenuItem
from wagtail.models import Page
from wagtail.permissions import policy_registry

from access.rules import user_is_coordinator, user_is_network_editor
from editorial.panels import ApprovalQueuePanel, EditorWorkPanel
from editorial.selectors.dashboards import network_explorer_start
from editorial.views.audit import audit_view


@hooks.register("construct_homepage_panels")
def add_editorial_panels(request, panels) -> None:
    if user_is_coordinator(request.user):
        panels.append(ApprovalQueuePanel())
    if user_is_network_editor(request.user):
        panels.append(EditorWorkPanel())


@hooks.register("register_admin_urls")
def register_audit_url():
    # Its own prefix, beside the request views' "editorial/" include.
    return [path("editorial/audit/", audit_view, name="editorial_audit")]


class CoordinatorMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return user_is_coordinator(request.user)


@hooks.register("register_admin_menu_item")
def register_audit_menu_item() -> MenuItem:
    return CoordinatorMenuItem(
        _("Audit per network"),
        reverse("editorial_audit"),
        name="dkc-audit",
        icon_name="history",
        order=1050,
    )


class NetworkExplorerMenuItem(MenuItem):
    """Wagtail's "Pages" item, opening at a start page of our choosing."""

    def __init__(self, item: MenuItem, start_page: Page):
        super().__init__(item.label, item.url, name=item.name, icon_name=item.icon_name)
        self.order = item.order
        self.classname = item.classname
        self.start_page = start_page

    def render_component(self, request):
        return PageExplorerMenuItem(
            self.name,
            self.label,
            reverse("wagtailadmin_explore", args=[self.start_page.pk]),
            self.start_page.pk,
            icon_name=self.icon_name,
            classname=self.classname,
        )


@hooks.register("construct_main_menu")
def open_explorer_at_own_network(request, menu_items) -> None:
    """A network editor's explorer opens at their network, also once translations exist.

    Wagtail starts at the common ancestor of the pages a user may edit: the network page
    while it exists in one language, the tree root once it has a translation.
    """
    user = request.user
    if user_is_coordinator(user):
        return
    wagtail_start = policy_registry.get_by_type(Page).explorable_root_instance(user)
    if wagtail_start is None or not wagtail_start.is_root():
        return
    start_page = network_explorer_start(user=user, language_code=get_language())
    if start_page is None:
        return
    for index, item in enumerate(menu_items):
        if item.name == "explorer":
            menu_items[index] = NetworkExplorerMenuItem(item, start_page)
