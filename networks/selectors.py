from django.db.models import QuerySet
from wagtail.models import Locale, Page


def network_list(*, locale: Locale) -> QuerySet:
    """Live, public networks of one language, in the editors' order."""
    from networks.models import NetworkPage

    return (
        NetworkPage.objects.live()
        .public()
        .filter(locale=locale)
        .order_by("path")
        .select_related("listing_image")
    )


def network_by_slug(*, slug: str, locale: Locale):
    return network_list(locale=locale).filter(slug=slug).first()


def project_list(*, network: Page) -> QuerySet:
    from networks.models import ProjectPage

    return (
        ProjectPage.objects.child_of(network)
        .live()
        .public()
        .order_by("path")
        .prefetch_related("themes")
    )


def project_list_for_theme(*, theme: Page) -> list:
    """Projects tagged with a theme, each with `.network_page` set: two queries in all."""
    from networks.models import ProjectPage

    projects = list(ProjectPage.objects.live().public().filter(themes=theme).order_by("path"))
    return attach_network_pages(projects)


def attach_network_pages(pages: list) -> list:
    """Set `.network_page` on each page (its network ancestor or None) in one query."""
    from networks.models import NetworkPage

    steplen = Page.steplen
    prefixes = {
        page.path[:length] for page in pages for length in range(steplen, len(page.path), steplen)
    }
    networks = {n.path: n for n in NetworkPage.objects.filter(path__in=prefixes)}
    for page in pages:
        page.network_page = next(
            (
                networks[page.path[:length]]
                for length in range(steplen, len(page.path), steplen)
                if page.path[:length] in networks
            ),
            None,
        )
    return pages


def theme_list_for(*, page) -> QuerySet:
    """The live themes a network or project is tagged with, in the theme list's order."""
    return page.themes.live().public().order_by("path")
