"""Doors of the publications app: network, project and theme pages list their publications
(core.sections), and the coordinators' ESF copies view sits in the Reports menu and on each
publication's header."""

from django.urls import include, path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.log_actions import LogFormatter

from access.rules import user_may_record_publication_copies
from core.sections import PAGE_SECTIONS_HOOK, Section
from networks.models import NetworkPage, ProjectPage
from publications import admin_urls
from publications.models import PublicationPage
from publications.services import COPIES_RECORDED_LOG_ACTION
from themes.models import ThemePage

NETWORK_TEMPLATE = "publications/includes/network_publications_section.html"
THEME_TEMPLATE = "publications/includes/theme_publications_section.html"
COPIES_RULE_CACHE = "_dkc_records_publication_copies"


@hooks.register(PAGE_SECTIONS_HOOK)
def publications_section(page, request):
    # After the events (order 20) and the projects (10): what a network made lasts longest.
    # Public listings, the same for every reader: kept until the next publish (core.sections).
    if isinstance(page, ThemePage):
        return [Section(slot="main", order=30, template=THEME_TEMPLATE, shared=True)]
    if isinstance(page, NetworkPage | ProjectPage):
        return [Section(slot="main", order=30, template=NETWORK_TEMPLATE, shared=True)]
    return None


@hooks.register("register_admin_urls")
def register_publications_admin_urls():
    return [
        path(
            "publications/",
            include((admin_urls, "publications_admin"), namespace="publications_admin"),
        )
    ]


class CopiesMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return user_may_record_publication_copies(request.user)


@hooks.register("register_reports_menu_item")
def register_copies_menu_item() -> MenuItem:
    return CopiesMenuItem(
        _("ESF copies of publications"),
        reverse("publications_admin:copies"),
        name="publication-copies",
        icon_name="doc-full",
        order=1320,
    )


class CopiesButton(PageMenuItem):
    label = _("ESF copies")
    icon_name = "doc-full"
    priority = 72

    @property
    def url(self) -> str:
        return reverse("publications_admin:copies_record", args=[self.page.pk])


def _copies_buttons(page, user):
    # The class comes from the content type: no query for other pages.
    if not issubclass(page.specific_class or type(page), PublicationPage):
        return
    if not page.live:
        return
    # Kept on the user for the request: a listing of many publications asks once.
    allowed = getattr(user, COPIES_RULE_CACHE, None)
    if allowed is None:
        allowed = user_may_record_publication_copies(user)
        setattr(user, COPIES_RULE_CACHE, allowed)
    if allowed:
        yield CopiesButton(page=page)


@hooks.register("register_page_header_buttons")
def page_header_copies_button(page, user, view_name, next_url=None):
    yield from _copies_buttons(page, user)


@hooks.register("register_page_listing_more_buttons")
def page_listing_copies_button(page, user, next_url=None):
    yield from _copies_buttons(page, user)


@hooks.register("register_log_actions")
def register_copies_log_action(actions):
    @actions.register_action(COPIES_RECORDED_LOG_ACTION)
    class CopiesRecordedFormatter(LogFormatter):
        label = _("ESF copies recorded")

        def format_message(self, log_entry) -> str:
            data = log_entry.data or {}
            if data.get("corrected"):
                message = gettext("Corrected: the two copies went to the ESF agency on %(date)s")
            else:
                message = gettext("The two copies went to the ESF agency on %(date)s")
            return message % {"date": data.get("sent_on", "")}
