"""Reads for the audit per network: Wagtail's page history, one network's or all of it."""

from django.db.models import Exists, OuterRef, Q, QuerySet, Subquery
from wagtail.models import Page, PageLogEntry

from access.selectors import network_translations
from editorial.models import PageActionRequest
from editorial.selectors.dashboards import subtree_filter


def page_log_entry_list(*, network: Page | None = None) -> QuerySet:
    """Wagtail's page history, newest first; only one network's subtree when one is given.

    A deleted page has left the tree, so its entries are found through the requests made on
    it (their log data names the request, the request names the network). Pages a
    coordinator deleted without a request cannot be placed and show only unfiltered.
    """
    entries = PageLogEntry.objects.select_related("user").order_by("-timestamp", "-pk")
    if network is None:
        return entries
    translations = network_translations(network=network)
    request_ids = PageActionRequest.objects.filter(
        network__translation_key=network.translation_key
    ).values_list("pk", flat=True)
    requested_pages = PageLogEntry.objects.filter(
        action__startswith="dkc.request", data__request_id__in=list(request_ids)
    ).values("page_id")
    deleted_in_network = Q(page_id__in=Subquery(requested_pages)) & ~Exists(
        Page.objects.filter(pk=OuterRef("page_id"))
    )
    # Page ids rather than a join: a join would drop the entries of deleted pages.
    in_subtree = Q(
        page_id__in=Page.objects.filter(subtree_filter(network_pages=translations)).values("pk")
    )
    return entries.filter(in_subtree | deleted_in_network)
