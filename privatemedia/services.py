"""Writes for private media: each network's intranet and extranet collections.

Files uploaded into them are served only to the readers of the matching closed area; the
serving side (views.py, wagtail_hooks.py) reads the restriction set here.
"""

from django.db import transaction
from wagtail.models import Collection, CollectionViewRestriction

from access.models import NetworkAccess
from access.rules import closed_area_readers
from access.services import restriction_groups_sync
from privatemedia.selectors import (
    CLOSED_AREAS,
    closed_area_collection_name,
    closed_area_collections_for,
)


@transaction.atomic
def closed_area_collections_ensure(*, access: NetworkAccess) -> dict[str, Collection]:
    """Create (idempotently) the network's "— intranet" and "— extranet" child collections,
    each restricted to the readers of that closed area (the same rule and the same groups as
    the area's page: `access.services.restriction_groups_sync`); returns them keyed by area.
    Running this again repairs drift.
    Editors need no extra permission: Wagtail applies their permissions on the network's
    collection to its children.
    """
    existing = closed_area_collections_for(access=access)
    # A fresh parent: treebeard computes the new child's path from the parent's numchild.
    network_collection = Collection.objects.get(pk=access.collection_id)
    collections = {}
    for area in CLOSED_AREAS:
        collection = existing.get(area)
        if collection is None:
            collection = network_collection.add_child(
                name=closed_area_collection_name(network_collection=network_collection, area=area)
            )
            network_collection.refresh_from_db()
        _restriction_ensure(collection=collection, access=access, area=area)
        collections[area] = collection
    return collections


def _restriction_ensure(*, collection: Collection, access: NetworkAccess, area: str) -> None:
    readers, others = closed_area_readers(access=access, kind=area)
    restrictions = list(
        CollectionViewRestriction.objects.filter(collection=collection).order_by("pk")
    )
    restriction = (
        restrictions[0] if restrictions else CollectionViewRestriction(collection=collection)
    )
    for extra in restrictions[1:]:
        # Every restriction applies: a stray one would lock readers out, or let nobody in.
        extra.delete()
    existing = restriction.pk is not None  # a new one is saved by the sync itself
    if (
        restriction_groups_sync(restriction=restriction, readers=readers, others=others)
        and existing
    ):
        restriction.save()
