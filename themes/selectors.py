from collections.abc import Iterable

from django.db.models import Prefetch, QuerySet
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from core.localization import in_language, tree_subquery_q
from core.visibility import public_pages

# The rendition the theme cards show (themes/theme_index_page.html, home/home_page.html).
THEME_CARD_RENDITION = "fill-480x270"


def theme_list(*, locale: Locale) -> QuerySet:
    """Live, public themes in one language (Dutch where untranslated), in the editors' order."""
    from themes.models import ThemePage

    themes = public_pages(ThemePage.objects.live())
    return in_language(themes, locale=locale).order_by("source_path")


def theme_card_list(*, locale: Locale) -> QuerySet:
    """`theme_list` for the theme cards: listing images with their card renditions prefetched.

    Three queries however many themes (one for the pages, one for the images, one for the
    renditions).
    """
    images = get_image_model().objects.prefetch_renditions(THEME_CARD_RENDITION)
    return theme_list(locale=locale).prefetch_related(Prefetch("listing_image", queryset=images))


def theme_list_by_keys(*, keys: Iterable, locale: Locale) -> QuerySet:
    """The live themes with these translation keys, in `locale` where translated."""
    from themes.models import ThemePage

    themes = public_pages(ThemePage.objects.live()).filter(translation_key__in=list(keys))
    return in_language(themes, locale=locale).order_by("source_path")


def knowledge_page_list(*, theme: Page) -> QuerySet:
    """The theme's knowledge pages in its language (Dutch where untranslated)."""
    pages = public_pages(Page.objects.filter(tree_subquery_q(theme, children_only=True)).live())
    return in_language(pages, locale=theme.locale).order_by("source_path").specific()


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


def theme_list_for(*, page: Page) -> list:
    """The live themes a network, project or event is tagged with, in the reader's language."""
    keys = [theme.translation_key for theme in page.themes.all()]
    return list(theme_list_by_keys(keys=keys, locale=page.locale))
