"""Reads of the publications register: the public listings and the coordinator's ESF lists."""

from datetime import date
from uuid import UUID

from django.db.models import F, OuterRef, QuerySet, Subquery
from django.db.models.functions import Substr
from wagtail.models import Locale, Page

from access.selectors import network_keys


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
    return (
        PublicationPage.objects.live()
        .filter(locale=Locale.get_default())
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


def _network_filter(publications: QuerySet, network_key: UUID | None) -> QuerySet:
    if network_key is None:
        return publications
    return publications.filter(network_key=network_key)
