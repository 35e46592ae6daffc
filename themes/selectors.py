from collections.abc import Iterable

from django.db.models import F, Prefetch, Q, QuerySet
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from core.fragments import shared_value
from core.localization import default_language, in_language, tree_kept_q
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


def _themes_kept() -> list[Page]:
    """Every theme page (each language, live or not), with `language_code` and `is_public`;
    kept between requests until the site changes (core.fragments). A few dozen pages that
    every listing with theme tags names."""
    from themes.models import ThemePage

    def themes() -> list[Page]:
        kept = list(
            ThemePage.objects.annotate(language_code=F("locale__language_code"))
            .defer_streamfields()
            .order_by("path")
        )
        public = set(public_pages(ThemePage.objects.all()).values_list("pk", flat=True))
        for theme in kept:
            theme.is_public = theme.pk in public
        return kept

    return shared_value("themes", (), themes)


def theme_list_by_keys(*, keys: Iterable, locale: Locale) -> list:
    """The live, public themes with these translation keys, in `locale` where translated
    (else the Dutch one), in the editors' order: `theme_list` of these keys, with the same
    `content_language` and `source_path`, from the kept themes (no query once kept)."""
    keys = set(keys)
    if not keys:
        return []
    default = default_language()
    kept = _themes_kept()
    source_paths = {
        theme.translation_key: theme.path for theme in kept if theme.language_code == default
    }
    visible = [
        theme for theme in kept if theme.translation_key in keys and theme.live and theme.is_public
    ]
    chosen = {
        theme.translation_key: theme
        for theme in visible
        if theme.language_code == locale.language_code
    }
    for theme in visible:
        if theme.language_code == default and theme.translation_key not in chosen:
            chosen[theme.translation_key] = theme
    for theme in chosen.values():
        theme.content_language = theme.language_code
        theme.source_path = source_paths.get(theme.translation_key)
    return sorted(
        chosen.values(), key=lambda theme: (theme.source_path is None, theme.source_path or "")
    )


def knowledge_page_list(*, theme: Page) -> QuerySet:
    """The theme's knowledge pages in its language (Dutch where untranslated)."""
    pages = public_pages(Page.objects.filter(tree_kept_q(theme, children_only=True)).live())
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
    )  # no query once the themes are kept
    by_key = {theme.translation_key: theme for theme in themes}
    for page in pages:
        page.theme_list = [by_key[key] for key in keys_per_page[page.pk] if key in by_key]
        page.theme_list.sort(key=lambda theme: theme.source_path)
    return pages


def theme_list_for(*, page: Page) -> list:
    """The live themes a network, project or event is tagged with, in the reader's language."""
    keys = [theme.translation_key for theme in page.themes.all()]
    return list(theme_list_by_keys(keys=keys, locale=page.locale))


def tagged_with_q(model: type[Page], *, theme: Page) -> Q:
    """The pages of `model` tagged with `theme` in whichever language: tags point at the Dutch
    theme page (wagtail-localize copies the relation as it is), matched by translation key.
    A subquery of ids, so a listing needs no DISTINCT over whole rows (their text included)."""
    field = model._meta.get_field("themes")
    tags = field.remote_field.through.objects.filter(
        **{f"{field.m2m_reverse_field_name()}__translation_key": theme.translation_key}
    )
    return Q(pk__in=tags.values(field.m2m_field_name()))
