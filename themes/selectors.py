from collections.abc import Iterable

from django.db.models import QuerySet
from wagtail.models import Locale, Page

from core.localization import in_language, tree_q


def theme_list(*, locale: Locale) -> QuerySet:
    """Live, public themes in one language (Dutch where untranslated), in the editors' order."""
    from themes.models import ThemePage

    themes = ThemePage.objects.live().public()
    return (
        in_language(themes, locale=locale).order_by("source_path").select_related("listing_image")
    )


def theme_list_by_keys(*, keys: Iterable, locale: Locale) -> QuerySet:
    """The live themes with these translation keys, in `locale` where translated."""
    from themes.models import ThemePage

    themes = ThemePage.objects.live().public().filter(translation_key__in=list(keys))
    return in_language(themes, locale=locale).order_by("source_path")


def knowledge_page_list(*, theme: Page) -> QuerySet:
    """The theme's knowledge pages in its language (Dutch where untranslated)."""
    pages = Page.objects.filter(tree_q(theme, children_only=True)).live().public()
    return in_language(pages, locale=theme.locale).order_by("source_path").specific()
