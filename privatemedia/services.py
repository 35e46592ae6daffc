"""Writes for private media: each network's intranet and extranet collections.

Files uploaded into them are served only to the readers of the matching closed area; the
serving side (views.py, wagtail_hooks.py) reads the restriction set here.
"""

from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Collection, CollectionViewRestriction

from editorial import roles
from editorial.models import NetworkAccess
from networks.models import ClosedAreaPage
from privatemedia.selectors import (
    CLOSED_AREAS,
    closed_area_collection_name,
    closed_area_collections_for,
)


def closed_area_reader_groups(*, access: NetworkAccess, area: str) -> list[Group]:
    """Who reads a network's closed area: its members (intranet) or partners (extranet),
    its editors, and the DKC coordinators."""
    coordinators, _ = Group.objects.get_or_create(name=roles.COORDINATOR_GROUP)
    readers = access.members if area == ClosedAreaPage.INTRANET else access.partners
    return [readers, access.editors, coordinators]


@transaction.atomic
def closed_area_collections_ensure(*, access: NetworkAccess) -> dict[str, Collection]:
    """Create (idempotently) the network's "— intranet" and "— extranet" child collections,
    each restricted to the readers of that closed area; returns them keyed by area.

    The restriction's groups are set, not added to, so running this again repairs drift.
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
        _groups_restriction_ensure(
            collection=collection, groups=closed_area_reader_groups(access=access, area=area)
        )
        collections[area] = collection
    return collections


def _groups_restriction_ensure(*, collection: Collection, groups: list[Group]) -> None:
    restriction = (
        CollectionViewRestriction.objects.filter(collection=collection).order_by("pk").first()
    )
    if restriction is None:
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
    elif restriction.restriction_type != CollectionViewRestriction.GROUPS or restriction.password:
        restriction.restriction_type = CollectionViewRestriction.GROUPS
        restriction.password = ""
        restriction.save(update_fields=["restriction_type", "password"])
    restriction.groups.set(groups)
