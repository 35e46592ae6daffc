from django.db.models import QuerySet
from wagtail.models import Locale, Page

from access.selectors import network_pages_by_path
from core.localization import in_language, tree_q
from themes.selectors import theme_list_by_keys


def network_list(*, locale: Locale) -> QuerySet:
    """Live, public networks in one language (Dutch where untranslated), in the editors' order."""
    from networks.models import NetworkPage

    networks = NetworkPage.objects.live().public()
    return (
        in_language(networks, locale=locale).order_by("source_path").select_related("listing_image")
    )


def project_list(*, network: Page) -> list:
    """The network's projects in its language (Dutch where untranslated), themes attached."""
    from networks.models import ProjectPage

    projects = ProjectPage.objects.filter(tree_q(network, children_only=True)).live().public()
    projects = list(
        in_language(projects, locale=network.locale)
        .order_by("source_path")
        .prefetch_related("themes")
    )
    return attach_theme_lists(projects, locale=network.locale)


def project_list_for_theme(*, theme: Page) -> list:
    """Projects tagged with a theme, each with `.network_page` set: two queries in all."""
    from networks.models import ProjectPage

    projects = (
        ProjectPage.objects.live().public().filter(themes__translation_key=theme.translation_key)
    )
    projects = in_language(projects, locale=theme.locale).order_by("source_path").distinct()
    return attach_network_pages(list(projects), locale=theme.locale)


def attach_network_pages(pages: list, *, locale: Locale | None = None) -> list:
    """Set `.network_page` on each page (its network ancestor or None) in two queries.

    With `locale`, the network is given in that language where it is translated (a Dutch-only
    project on an English page names the English network page).
    """
    from networks.models import NetworkPage

    # The network a page lies in is the access app's rule; it is never the page itself here.
    steplen = Page.steplen
    networks = {
        network.path: network
        for network in network_pages_by_path(page.path[:-steplen] for page in pages).values()
    }
    if locale is not None and networks:
        translated = {
            n.translation_key: n
            for n in NetworkPage.objects.live().filter(
                locale=locale,
                translation_key__in=[n.translation_key for n in networks.values()],
            )
        }
        networks = {path: translated.get(n.translation_key, n) for path, n in networks.items()}
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


def attach_theme_lists(pages: list, *, locale: Locale) -> list:
    """Set `.theme_list` on each page: its live themes in `locale`, one query for all pages.

    Tags point at the Dutch theme pages (wagtail-localize copies the relation as it is), so
    they are matched to the reader's language by translation key.
    """
    keys_per_page = {
        page.pk: [theme.translation_key for theme in page.themes.all()] for page in pages
    }
    themes = theme_list_by_keys(
        keys=[key for keys in keys_per_page.values() for key in keys], locale=locale
    )
    by_key = {theme.translation_key: theme for theme in themes}
    for page in pages:
        page.theme_list = [by_key[key] for key in keys_per_page[page.pk] if key in by_key]
        page.theme_list.sort(key=lambda theme: theme.source_path)
    return pages


def theme_list_for(*, page) -> list:
    """The live themes a network, project or event is tagged with, in the reader's language."""
    keys = [theme.translation_key for theme in page.themes.all()]
    return list(theme_list_by_keys(keys=keys, locale=page.locale))
