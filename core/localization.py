"""Pages in the reader's language, with the Dutch source standing in where no translation is live.

English pages are translations of Dutch ones, and not every Dutch page has one. A listing on an
English page therefore shows the English page where it is live and the Dutch page otherwise;
each page carries `content_language` so templates can mark a Dutch title with `lang="nl"`.
Lists are ordered by the source page's place in the Dutch tree (`source_path`), so both
languages keep the editors' order.
"""

from collections.abc import Iterable

from django.conf import settings
from django.db.models import F, OuterRef, Q, QuerySet, Subquery
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page


def default_language() -> str:
    """The source language's code (Dutch): `Locale.get_default()` without its query."""
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def _locales_by_id() -> dict[int, Locale]:
    from core.fragments import shared_value

    return shared_value(
        "locales", (), lambda: {locale.pk: locale for locale in Locale.objects.all()}
    )


def locale_active() -> Locale:
    """`Locale.get_active()` from the few locales kept in the cache (core.fragments): the
    locale of the active language, no query once kept."""
    try:
        language = get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return Locale.get_active()
    for locale in _locales_by_id().values():
        if locale.language_code == language:
            return locale
    return Locale.get_active()


def page_locale(page: Page) -> Locale:
    """`page.locale`, from the few locales kept in the cache (core.fragments) instead of a
    query per page object; set on the page, so that `page.locale` costs nothing after."""
    field = Page._meta.get_field("locale")
    if field.is_cached(page):
        return page.locale
    locale = _locales_by_id().get(page.locale_id)
    if locale is None:
        return page.locale
    field.set_cached_value(page, locale)
    return locale


def pages_locale_attach(pages: list) -> None:
    """`page_locale` for many pages: the kept locales read once, not once a page (each read
    unpickles them: a search's ten results paid ten)."""
    field = Page._meta.get_field("locale")
    locales = None
    for page in pages:
        if field.is_cached(page):
            continue
        if locales is None:
            locales = _locales_by_id()
        locale = locales.get(page.locale_id)
        if locale is not None:
            field.set_cached_value(page, locale)


def page_language_known(page: Page) -> str | None:
    """The language of `page` when it is known without a query (its locale already read, as
    for the page being served), else None."""
    if Page._meta.get_field("locale").is_cached(page):
        return page.locale.language_code
    return None


def in_language(queryset: QuerySet, *, locale: Locale) -> QuerySet:
    """`queryset`'s pages in `locale`, plus source-language pages without a counterpart in it.

    A counterpart counts when it passes the same filters (say, live and public); one SQL
    query, annotated with `content_language` and `source_path`.
    """
    default = default_language()
    if locale.language_code == default:
        # Source pages are their own source: no subquery on the (most common) Dutch listings.
        return queryset.filter(locale=locale).annotate(
            content_language=F("locale__language_code"), source_path=F("path")
        )
    annotated = queryset.annotate(
        content_language=F("locale__language_code"),
        source_path=Subquery(
            Page.objects.filter(
                translation_key=OuterRef("translation_key"), locale__language_code=default
            )
            .order_by()
            .values("path")[:1]
        ),
    )
    translated_keys = queryset.filter(locale=locale).order_by().values("translation_key")
    return annotated.filter(
        Q(locale=locale)
        | (Q(locale__language_code=default) & ~Q(translation_key__in=translated_keys))
    )


def translation_places(translation_key, *, kept: bool = True) -> list[tuple[str, int]]:
    """(path, depth) of the page with `translation_key` in every language it exists in, read
    in one query; `kept` in the cache until the site changes (core.fragments: a publish, move
    or delete purges; a page's place changes only by a move), so no query once kept."""

    def places() -> list[tuple[str, int]]:
        return list(
            Page.objects.filter(translation_key=translation_key)
            .order_by("path")
            .values_list("path", "depth")
        )

    if not kept:
        return places()
    from core.fragments import shared_value

    return shared_value("translation_places", (translation_key,), places)


def tree_places_q(places: Iterable[tuple[str, int]], *, children_only: bool = False) -> Q:
    """The descendants (or children) of the pages at `places` ((path, depth) pairs, as
    `translation_places` gives them)."""
    condition = Q(pk__in=[])
    for path, depth in places:
        if children_only:
            condition |= Q(path__startswith=path, depth=depth + 1)
        else:
            condition |= Q(path__startswith=path, depth__gt=depth)
    return condition


def tree_q(page: Page, *, children_only: bool = False) -> Q:
    """Matches the descendants (or children) of `page` in every language it exists in.

    One query for the paths of `page`'s translations; a search backend's filter takes this
    form. Database listings use `tree_kept_q` (no query once kept).
    """
    return tree_places_q(
        translation_places(page.translation_key, kept=False), children_only=children_only
    )


def tree_kept_q(page: Page, *, children_only: bool = False) -> Q:
    """`tree_q` from the translations' places kept between requests: no query of its own
    once kept, and prefixes (`path LIKE '0001000A%'`) the path index serves, so a listing
    reads the page's subtree only instead of testing every page of the site."""
    return tree_places_q(translation_places(page.translation_key), children_only=children_only)
