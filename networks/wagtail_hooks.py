"""Doors of the networks app: copied closed areas get their new network's readers, and theme
pages list the networks' projects. (No admin listing shows another network's closed areas:
editorial/hooks/closed_areas.py.)"""

from wagtail import hooks

from access.responses import PRIVATE_PAGE_ATTRIBUTE
from core.cdn import CDN_PATHS_HOOK
from core.sections import PAGE_SECTIONS_HOOK, Section
from networks.folder import folder_paths
from networks.models import ClosedAreaPage
from networks.services import closed_area_restrict_subtree
from themes.models import ThemePage

THEME_PROJECTS_TEMPLATE = "networks/includes/theme_projects_section.html"
AREA_SEARCH_TEMPLATE = "networks/includes/closed_area_search_form.html"


@hooks.register("after_copy_page")
def restrict_copied_closed_areas(request, page, new_page):
    """A copied closed area gets its new network's readers, not the original's as well."""
    closed_area_restrict_subtree(page=new_page)


@hooks.register(CDN_PATHS_HOOK)
def network_folder_cdn_paths() -> list[str]:
    """The folder and each live network's folder, page and PDF: a CDN forgets them with the
    pages (any publish purges, pagecache.signals)."""
    return folder_paths()


@hooks.register(PAGE_SECTIONS_HOOK)
def theme_projects_section(page, request):
    """A theme page lists the networks' projects on the theme (the same for every reader)."""
    if isinstance(page, ThemePage):
        return [Section(slot="main", order=10, template=THEME_PROJECTS_TEMPLATE, shared=True)]
    return None


@hooks.register(PAGE_SECTIONS_HOOK)
def closed_area_search_section(page, request):
    """A page inside a closed area carries the area's own search box (the area page has it
    in its template). Public pages cost no query: only a closed page is looked at."""
    if request is None or not getattr(request, PRIVATE_PAGE_ATTRIBUTE, False):
        return None
    if isinstance(page, ClosedAreaPage):
        return None
    area = ClosedAreaPage.objects.ancestor_of(page).live().first()
    if area is None:
        return None
    return [Section(slot="search", order=10, template=AREA_SEARCH_TEMPLATE, context={"area": area})]
