from collections.abc import Iterable

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import QuerySet
from wagtail.models import Locale, Page

from access.selectors import network_keys
from core.fragments import shared_value
from core.localization import in_language, tree_kept_q
from core.visibility import public_pages
from themes.selectors import attach_theme_lists, tagged_with_q


def network_list(*, locale: Locale) -> QuerySet:
    """Live, public networks in one language (Dutch where untranslated), in the editors' order."""
    from networks.models import NetworkPage

    networks = public_pages(NetworkPage.objects.live())
    return (
        in_language(networks, locale=locale).order_by("source_path").select_related("listing_image")
    )


PROJECTS_PER_PAGE = 12


def project_list(*, network: Page, page_number: str | None = None) -> PaginatorPage:
    """One page of the network's projects in its language (Dutch where untranslated), themes
    attached: the same queries however many projects the network has."""
    from networks.models import ProjectPage

    projects = public_pages(
        ProjectPage.objects.filter(tree_kept_q(network, children_only=True)).live()
    )
    projects = (
        in_language(projects, locale=network.locale)
        .order_by("source_path")
        .defer_streamfields()  # a listing shows no body
        .prefetch_related("themes")
    )
    page = Paginator(projects, PROJECTS_PER_PAGE).get_page(page_number)
    page.object_list = attach_theme_lists(list(page.object_list), locale=network.locale)
    return page


def project_list_for_theme(*, theme: Page, page_number: str | None = None) -> PaginatorPage:
    """One page of the projects tagged with a theme, each with `.network_page` set: the same
    queries however many projects carry the theme."""
    from networks.models import ProjectPage

    projects = public_pages(ProjectPage.objects.live()).filter(
        tagged_with_q(ProjectPage, theme=theme)
    )
    projects = in_language(projects, locale=theme.locale).order_by("source_path")
    projects = projects.defer_streamfields()  # a listing shows no body
    page = Paginator(projects, PROJECTS_PER_PAGE).get_page(page_number)
    page.object_list = attach_network_pages(list(page.object_list), locale=theme.locale)
    return page


def _network_pages() -> list[Page]:
    """Every network page (each language, live or not, specific), kept between requests
    until the site changes (core.fragments; a network's access record purges too:
    networks/signals.py). A few dozen pages, read for every listing that names networks."""

    def network_pages() -> list[Page]:
        return list(
            Page.objects.filter(translation_key__in=network_keys())
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    return shared_value("network_pages", (), network_pages)


def attach_network_pages(pages: list, *, locale: Locale | None = None) -> list:
    """Set `.network_page` on each page (the network it lies in, or None): no query once the
    networks are kept (`_network_pages`).

    With `locale`, the network is given in that language where it is translated (a Dutch-only
    project on an English page names the English network page).
    """
    networks = _network_pages()
    # The network a page lies in: the network page itself or an ancestor (as the access
    # app's `network_pages_by_path` reads it).
    by_path = {network.path: network for network in networks}
    translated = (
        {
            network.translation_key: network
            for network in networks
            if network.live and network.locale_id == locale.pk
        }
        if locale is not None
        else {}
    )
    steplen = Page.steplen
    for page in pages:
        network = None
        for length in range(len(page.path), 0, -steplen):
            network = by_path.get(page.path[:length])
            if network is not None:
                break
        if network is not None:
            network = translated.get(network.translation_key, network)
        page.network_page = network
    return pages


def project_pages_by_path(paths: Iterable[str], *, locale: Locale | None = None) -> dict:
    """The live project page at each of `paths` (those that are one), in `locale` where it is
    translated: two queries at most, whatever the number of paths."""
    from networks.models import ProjectPage

    paths = set(paths)
    if not paths:
        return {}
    # With their locale: the `lang` marks of a listing read it (core language_marks).
    projects = ProjectPage.objects.live().select_related("locale")
    by_path = {project.path: project for project in projects.filter(path__in=paths)}
    others = {p.translation_key for p in by_path.values() if locale and p.locale_id != locale.pk}
    if others:
        translated = {
            project.translation_key: project
            for project in projects.filter(locale=locale, translation_key__in=others)
        }
        by_path = {
            path: translated.get(project.translation_key, project)
            for path, project in by_path.items()
        }
    return by_path


def network_folder_list(*, locale: Locale, slug: str | None = None) -> list:
    """The networks of the printed folder, in `locale` (Dutch where untranslated), each with
    `.theme_list`: live and public only, read from the network pages (three queries).

    With `slug` (of the network in any language), only that network: none when no live,
    public network has it.
    """
    networks = network_list(locale=locale).prefetch_related("themes")
    if slug is not None:
        keys = network_list_all_languages().filter(slug=slug).values("translation_key")
        networks = networks.filter(translation_key__in=keys)
    return attach_theme_lists(list(networks), locale=locale)


def network_list_all_languages() -> QuerySet:
    """Live, public networks in every language."""
    from networks.models import NetworkPage

    return NetworkPage.objects.live().public()
