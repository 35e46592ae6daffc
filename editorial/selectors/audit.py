"""Reads for the audit per network: Wagtail's log, one network's or all of it.

Two kinds of entries make the record. Page entries (edits, workflow, publishing, requests,
translations, page privacy) are placed by the page's place in the tree. Entries on anything
else (files, collections, invitations, memberships) carry the network's translation key in
their data (`network_key`), written by whoever logs them.
"""

from collections import defaultdict

from django.db.models import Exists, IntegerField, OuterRef, Q, QuerySet, Subquery, Value
from wagtail.models import ModelLogEntry, Page, PageLogEntry

from access.selectors import network_translations
from editorial.models import PageActionRequest
from editorial.selectors.dashboards import subtree_filter

# The log models of the audit, in the order their rows are told apart.
AUDIT_LOG_MODELS = (PageLogEntry, ModelLogEntry)


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


def model_log_entry_list(*, network: Page | None = None) -> QuerySet:
    """Wagtail's log of everything but pages, newest first; one network's when one is given."""
    entries = ModelLogEntry.objects.order_by("-timestamp", "-pk")
    if network is None:
        return entries
    return entries.filter(data__network_key=str(network.translation_key))


def audit_entry_rows(*, network: Page | None = None) -> QuerySet:
    """Page and model entries in one list, newest first, as rows (pk, timestamp, model).

    One union query, so paging counts and slices in the database; `audit_entries` turns a
    page of rows into the entries themselves.
    """
    querysets = (page_log_entry_list(network=network), model_log_entry_list(network=network))
    rows = [
        queryset.order_by()
        .values("pk", "timestamp")
        .annotate(log_model=Value(index, output_field=IntegerField()))
        for index, queryset in enumerate(querysets)
    ]
    # The model index keeps rows of the two tables apart, so nothing needs deduplicating.
    return rows[0].union(*rows[1:], all=True).order_by("-timestamp", "-log_model", "-pk")


def audit_entries(rows) -> list:
    """The log entries of `rows` (from `audit_entry_rows`), in their order.

    A query per log model, and one per kind of object the model entries are about, whose
    instance (None once deleted) each entry carries as `instance`.
    """
    pks = defaultdict(list)
    for row in rows:
        pks[row["log_model"]].append(row["pk"])
    found = {}
    for index, model_pks in pks.items():
        entries = AUDIT_LOG_MODELS[index].objects.select_related("user", "content_type")
        entries = entries.filter(pk__in=model_pks)
        if AUDIT_LOG_MODELS[index] is PageLogEntry:
            pairs = ((entry, None) for entry in entries)
        else:
            # What each entry is about (a file, a collection, an invitation), if it still exists.
            pairs = entries.with_instances()
        for entry, instance in pairs:
            entry.instance = instance
            found[index, entry.pk] = entry
    return [found[key] for row in rows if (key := (row["log_model"], row["pk"])) in found]
