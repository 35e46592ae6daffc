"""Reads of the publications register: the public listings and the coordinator's ESF lists."""

from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from django.conf import settings
from django.db.models import F, OuterRef, QuerySet, Subquery
from django.db.models.functions import Substr
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page

from access.selectors import network_keys, network_page_per_key
from core.localization import in_language, tree_kept_q
from core.visibility import public_pages
from networks.selectors import attach_network_pages
from themes.selectors import tagged_with_q, theme_list_for


def _network_key_subquery() -> Subquery:
    """The translation key of the network a page lies in, as a subquery of the page's row:
    the provisioned page whose tree path begins the page's path."""
    return Subquery(
        Page.objects.filter(
            translation_key__in=network_keys(),
            path=Substr(OuterRef("path"), 1, F("depth") * Page.steplen),
        )
        .order_by("-depth")
        .values("translation_key")[:1]
    )


def _source_publications() -> QuerySet:
    """Live publications in the source language (Dutch): one per publication, with the
    network's translation key and the date the copies were recorded as sent."""
    from publications.models import PublicationCopies, PublicationPage

    copies = PublicationCopies.objects.filter(publication_key=OuterRef("translation_key"))
    # The source language by its code, a condition of the statement (no look-up of its own).
    source_language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    return (
        PublicationPage.objects.live()
        .filter(locale__language_code=source_language)
        .annotate(
            network_key=_network_key_subquery(),
            copies_sent_on=Subquery(copies.values("sent_on")[:1]),
        )
    )


def publication_list_for_period(*, network_key: UUID | None, start: date, end: date) -> QuerySet:
    """The live publications (Dutch source pages) dated from `start` to `end` inclusive, of one
    network (by its translation key; None for every network), oldest first. Each carries
    `network_key` and `copies_sent_on` (None while the copies are not recorded). One query."""
    publications = _source_publications().filter(
        publication_date__gte=start, publication_date__lte=end
    )
    return _network_filter(publications, network_key).order_by("publication_date", "path")


def publications_without_copies(*, network_key: UUID | None = None) -> QuerySet:
    """The live publications (Dutch source pages) whose copies are not yet recorded as sent to
    the ESF agency, of one network or all, in tree order (so grouped per network)."""
    publications = _source_publications().filter(copies_sent_on__isnull=True)
    return _network_filter(publications, network_key).order_by("path")


@dataclass(frozen=True)
class NetworkPublications:
    network: Page | None  # None: a publication outside every network (moved there by hand)
    publications: list


def publications_without_copies_per_network() -> list[NetworkPublications]:
    """The coordinator's list: per network (in tree order), its live publications whose copies
    are not yet recorded as sent. Three queries however many networks and publications."""
    publications = list(publications_without_copies())
    networks = network_page_per_key(keys={p.network_key for p in publications if p.network_key})
    grouped: dict = {}
    for publication in publications:
        grouped.setdefault(publication.network_key, []).append(publication)
    rows = [
        NetworkPublications(network=network, publications=grouped[key])
        for key, network in networks.items()
        if key in grouped
    ]
    if None in grouped:
        rows.append(NetworkPublications(network=None, publications=grouped[None]))
    return rows


def publication_copies_recent(*, limit: int = 20) -> list:
    """The copies recorded last, each with its publication (Dutch source) where it still
    exists, for the coordinator to check or correct: two queries."""
    from publications.models import PublicationCopies, PublicationPage

    records = list(
        PublicationCopies.objects.select_related("recorded_by").order_by("-recorded_at")[:limit]
    )
    pages = {
        page.translation_key: page
        for page in PublicationPage.objects.filter(
            translation_key__in=[record.publication_key for record in records],
            locale=Locale.get_default(),
        )
    }
    for record in records:
        record.publication = pages.get(record.publication_key)
    return records


def publication_copies_for(*, publication: Page):
    """The copies record of `publication` (any language), or None."""
    from publications.models import PublicationCopies

    return PublicationCopies.objects.filter(publication_key=publication.translation_key).first()


def _network_filter(publications: QuerySet, network_key: UUID | None) -> QuerySet:
    if network_key is None:
        return publications
    return publications.filter(network_key=network_key)


# --- Public listings ------------------------------------------------------------------------

# How many publications a network, project or theme page lists (the newest first).
LISTED_PUBLICATIONS = 5


def publication_list(*, locale: Locale) -> QuerySet:
    """Live, public publications in one language; untranslated ones in Dutch. Newest first."""
    from publications.models import PublicationPage

    publications = public_pages(PublicationPage.objects.live())
    return in_language(publications, locale=locale).order_by("-publication_date", "source_path")


def publication_list_for(
    *,
    locale: Locale,
    network: Page | None = None,
    theme: Page | None = None,
    limit: int | None = LISTED_PUBLICATIONS,
) -> list:
    """The newest publications below a network or project (any language of it), or tagged with
    a theme, each with its file and its network: the same five queries however many there are
    (the list, the network pages, their translations; files joined)."""
    from publications.models import PublicationPage

    # A listing shows no body.
    publications = publication_list(locale=locale).select_related("document").defer_streamfields()
    if network is not None:
        publications = publications.filter(tree_kept_q(network))
    if theme is not None:
        publications = publications.filter(tagged_with_q(PublicationPage, theme=theme))
    if limit:
        publications = publications[:limit]
    return attach_network_pages(list(publications), locale=locale)


def publication_detail_context(*, publication: Page) -> dict[str, Any]:
    """What a publication's own page shows beside its text: themes, network, the file."""
    document = publication.document
    return {
        "publication_themes": theme_list_for(page=publication),
        "publication_network": publication.network_page,
        "publication_file": {
            "url": document.url,
            "type": document.file_extension.upper(),
            # As stored on upload (no look at the disk, no write on a visitor's request).
            "size": document.file_size,
        },
    }
