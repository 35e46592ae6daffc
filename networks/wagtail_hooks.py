"""Doors of the networks app: copied closed areas get their new network's readers, no chooser
shows another network's closed areas, and theme pages list the networks' projects."""

from wagtail import hooks

from access.rules import pages_viewable, user_is_coordinator
from core.sections import PAGE_SECTIONS_HOOK, Section
from networks.models import ClosedAreaPage
from networks.services import closed_area_restrict_subtree
from themes.models import ThemePage

THEME_PROJECTS_TEMPLATE = "networks/includes/theme_projects_section.html"


@hooks.register("after_copy_page")
def restrict_copied_closed_areas(request, page, new_page):
    """A copied closed area gets its new network's readers, not the original's as well."""
    closed_area_restrict_subtree(page=new_page)


@hooks.register("construct_page_chooser_queryset")
def hide_closed_areas_from_outsiders(pages, request):
    """The admin page chooser never shows another network's closed areas or their titles."""
    if user_is_coordinator(request.user):
        return pages
    areas = list(ClosedAreaPage.objects.all())
    enterable = {area.pk for area in pages_viewable(pages=areas, user=request.user)}
    for area in areas:
        if area.pk not in enterable:
            pages = pages.exclude(path__startswith=area.path)
    return pages


@hooks.register(PAGE_SECTIONS_HOOK)
def theme_projects_section(page, request):
    """A theme page lists the networks' projects on the theme."""
    if isinstance(page, ThemePage):
        return [Section(slot="main", order=10, template=THEME_PROJECTS_TEMPLATE)]
    return None
