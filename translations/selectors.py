"""Reads: which translated pages are out of date with their Dutch source.

An English page is *out of date* when its Dutch source page (same `translation_key`, default
locale) was published (`last_published_at`) after the translation was last synced, where

    synced_at = min(TranslationSource.last_updated_at, english_page.last_published_at)

`TranslationSource.last_updated_at` is when wagtail-localize last read the Dutch page (the
first translation or a "Sync translated pages"). Readers see the synced text only once the
English page is published after that sync: a sync that waits for approval still leaves them
with the old text, hence the English publication date when it is earlier. An English page
re-published without a sync stays behind, hence the sync date when that is earlier. An English
page never published through a revision (no `last_published_at`) counts from the sync alone.

Only pages that wagtail-localize manages count: a live Dutch source, a TranslationSource for
it and an enabled translation into the page's locale. Aliases and pages translated by hand (no
TranslationSource) are never out of date. Both the reader's notice and the editors' list use
the same query, so they cannot disagree.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import F, OuterRef, Q, QuerySet, Subquery
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.models import TranslationSource

from access.rules import user_is_coordinator
from access.selectors import network_pages_by_path
from core.fragments import shared_value
from core.localization import page_language_known

User = AbstractBaseUser | AnonymousUser


@dataclass
class StaleInfo:
    """One out-of-date translation: the page, its Dutch source, and the two dates."""

    page: Page
    source_page: Page
    source_updated_at: datetime
    synced_at: datetime
    translation_source_id: int
    network: Page | None = None


@dataclass
class StaleGroup:
    """The out-of-date translations of one network; `network` is None for site-wide pages."""

    network: Page | None
    items: list[StaleInfo] = field(default_factory=list)


def _source_language_code() -> str:
    # The default locale's language code without a query (Locale.get_default() costs one).
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def _stale_queryset(pages: QuerySet) -> QuerySet:
    """`pages` narrowed to out-of-date translations, annotated with their sync state."""
    source_language = _source_language_code()
    source_pages = Page.objects.filter(
        translation_key=OuterRef("translation_key"),
        locale__language_code=source_language,
        live=True,
    )
    translation_sources = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"),
        locale__language_code=source_language,
        translations__target_locale=OuterRef("locale"),
        translations__enabled=True,
    )
    return (
        pages.filter(live=True, alias_of__isnull=True)
        .exclude(locale__language_code=source_language)
        .annotate(
            source_page_id=Subquery(source_pages.values("pk")[:1]),
            source_updated_at=Subquery(source_pages.values("last_published_at")[:1]),
            translation_source_id=Subquery(translation_sources.values("pk")[:1]),
            source_synced_at=Subquery(translation_sources.values("last_updated_at")[:1]),
        )
        .filter(source_synced_at__isnull=False, source_updated_at__isnull=False)
        # source_updated_at > min(synced, published), written without Least(): Least()
        # returns NULL on SQLite as soon as one side is NULL, and PostgreSQL ignores it.
        .filter(
            Q(source_updated_at__gt=F("source_synced_at"))
            | Q(source_updated_at__gt=F("last_published_at"))
        )
    )


def _synced_at(page: Page) -> datetime:
    published = page.last_published_at
    synced = page.source_synced_at
    return synced if published is None else min(synced, published)


def translation_staleness(*, page: Page | None) -> StaleInfo | None:
    """The Dutch source of `page` and when it was updated, if `page` is out of date.

    None for a Dutch page, a page without a managed Dutch source, and an up-to-date
    translation. No query while kept (see below); when out of date, one for the source page.
    """
    if not isinstance(page, Page) or page.pk is None:
        return None
    if page_language_known(page) == _source_language_code():
        return None  # the source itself (a page being served knows its language): no query
    # Kept until the site changes (core.fragments, purged with the page cache: a publish of
    # the source or of the translation is what changes the answer), so an up-to-date page,
    # the common case, costs no query.
    row = shared_value("translation_staleness", (page.pk,), lambda: _staleness_row(page.pk))
    if row is None:
        return None
    source_page_id, source_updated_at, synced_at, translation_source_id = row
    source_page = Page.objects.select_related("locale").filter(pk=source_page_id).first()
    if source_page is None:
        return None
    return StaleInfo(
        page=page,
        source_page=source_page,
        source_updated_at=source_updated_at,
        synced_at=synced_at,
        translation_source_id=translation_source_id,
    )


def _staleness_row(page_pk: int) -> tuple | None:
    stale = _stale_queryset(Page.objects.filter(pk=page_pk)).first()
    if stale is None:
        return None
    return (
        stale.source_page_id,
        stale.source_updated_at,
        _synced_at(stale),
        stale.translation_source_id,
    )


def _pages_for_user(user: User | None) -> QuerySet:
    if user is None or user_is_coordinator(user):
        return Page.objects.all()
    if not user.is_authenticated:
        return Page.objects.none()
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(user, {"change"})
    return Page.objects.filter(pk__in=editable.values("pk"))


def stale_translation_count(*, user: User | None = None) -> int:
    """How many out-of-date translations `user` may edit (all of them without a user)."""
    return _stale_queryset(_pages_for_user(user)).count()


def stale_translation_list(*, user: User | None = None) -> list[StaleGroup]:
    """Out-of-date translations per network of their Dutch source, the longest waiting first.

    Within a network, the Dutch update that waits longest comes first; the networks are in
    the order of their longest wait, and pages outside every network come last. A network
    editor gets only the pages they may edit; coordinators, superusers and `user=None` get
    all. A fixed number of queries, whatever the number of pages.
    """
    stale_pages = list(
        _stale_queryset(_pages_for_user(user))
        .select_related("locale")
        .order_by("source_updated_at", "path")
    )
    source_pages = Page.objects.select_related("locale").in_bulk(
        {page.source_page_id for page in stale_pages}
    )
    networks = network_pages_by_path(source.path for source in source_pages.values())

    groups: dict = {}
    for page in stale_pages:
        source_page = source_pages.get(page.source_page_id)
        if source_page is None:  # unpublished or deleted between the two queries
            continue
        network = networks.get(source_page.path)
        group = groups.setdefault(network.pk if network else None, StaleGroup(network=network))
        group.items.append(
            StaleInfo(
                page=page,
                source_page=source_page,
                source_updated_at=page.source_updated_at,
                synced_at=_synced_at(page),
                translation_source_id=page.translation_source_id,
                network=network,
            )
        )
    return sorted(groups.values(), key=lambda group: group.network is None)


@dataclass
class UntranslatedGroup:
    """The live Dutch pages of one network without a translation; `network` None: site-wide."""

    network: Page | None
    pages: list[Page] = field(default_factory=list)


def untranslated_page_list(*, user: User | None = None) -> list[UntranslatedGroup]:
    """Live Dutch pages that exist in no other language yet, per network, in tree order.

    What is left to translate; a network editor gets only the pages they may edit. Two
    queries, whatever the number of pages.
    """
    source_language = _source_language_code()
    translated_keys = Page.objects.exclude(locale__language_code=source_language).values(
        "translation_key"
    )
    pages = list(
        _pages_for_user(user)
        .filter(live=True, locale__language_code=source_language, depth__gt=1)
        .exclude(translation_key__in=translated_keys)
        .select_related("content_type")
        .order_by("path")
    )
    networks = network_pages_by_path(page.path for page in pages)
    groups: dict = {}
    for page in pages:
        network = networks.get(page.path)
        group = groups.setdefault(network.pk if network else None, UntranslatedGroup(network))
        group.pages.append(page)
    return sorted(groups.values(), key=lambda group: group.network is None)
