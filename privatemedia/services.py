"""Writes for private media: each network's intranet and extranet collections.

Files uploaded into them are served only to the readers of the matching closed area; the
serving side (views.py, wagtail_hooks.py) reads the restriction set here.
"""

from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.log_actions import get_active_log_context, log
from wagtail.models import Collection, CollectionViewRestriction

from access.models import NetworkAccess
from access.rules import closed_area_readers, file_move_changes_readers
from access.selectors import network_access_for_collection
from access.services import restriction_groups_sync
from privatemedia.selectors import (
    CLOSED_AREAS,
    closed_area_collection_name,
    closed_area_collections_for,
    collection_is_private,
)
from privatemedia.storage import name_is_private, private_name, public_name


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


FILE_MOVED_LOG_ACTION = "dkc.file_moved"
FILE_REPLACED_LOG_ACTION = "dkc.file_replaced"


def _collection_data(collection: Collection) -> dict:
    return {"id": collection.pk, "name": collection.name}


def _network_keys(*collections: Collection) -> list[str]:
    """The translation keys of the networks owning these collections, each once, in order."""
    keys: list[str] = []
    for collection in collections:
        access = network_access_for_collection(collection=collection)
        if access is not None and str(access.translation_key) not in keys:
            keys.append(str(access.translation_key))
    return keys


def _log_per_network(*, file_object, action: str, user, data: dict, keys: list[str]) -> None:
    # One entry per network concerned, so that each network's audit shows it; a file outside
    # every network is still logged, on its own history.
    for key in keys or [None]:
        entry_data = dict(data) if key is None else {**data, "network_key": key}
        log(instance=file_object, action=action, user=user, data=entry_data)


def file_move_log(*, file_object, source: Collection, target: Collection, user) -> None:
    """Log that a document or image went from `source` to `target` (by anyone, the coordinator
    too), on the file, for the network(s) owning either collection."""
    if source.pk == target.pk:
        return
    data = {
        "title": file_object.title,
        "source": _collection_data(source),
        "target": _collection_data(target),
        "readers_changed": file_move_changes_readers(source=source, target=target),
    }
    _log_per_network(
        file_object=file_object,
        action=FILE_MOVED_LOG_ACTION,
        user=user,
        data=data,
        keys=_network_keys(source, target),
    )


def file_replace_log(*, file_object, old_name: str, new_name: str, user) -> None:
    """Log that the stored file of a document or image was replaced by a new upload."""
    data = {
        "title": file_object.title,
        "old_file": old_name.rsplit("/", 1)[-1],
        "new_file": new_name.rsplit("/", 1)[-1],
        "collection": _collection_data(file_object.collection),
    }
    _log_per_network(
        file_object=file_object,
        action=FILE_REPLACED_LOG_ACTION,
        user=user,
        data=data,
        keys=_network_keys(file_object.collection),
    )


COLLECTION_PRIVACY_LOG_ACTION = "dkc.collection_privacy_changed"


def collection_privacy_log(*, collection: Collection, change: str, **details) -> None:
    """Log a change of who may read a collection's files (its view restriction), on the
    collection, for the network owning it. `change` is "restricted", "opened", "readers_added"
    or "readers_removed".

    Only changes someone makes in the admin (Wagtail's log context names them) are logged:
    provisioning repairs a closed area's collections to the rule, which changes nothing anyone
    decided, and would fill the audit with set-up noise.
    """
    user = get_active_log_context().user
    if user is None:
        return
    _log_per_network(
        file_object=collection,
        action=COLLECTION_PRIVACY_LOG_ACTION,
        user=user,
        data={"collection": _collection_data(collection), "change": change, **details},
        keys=_network_keys(collection),
    )


def _stored_name_move(*, model, pk: int, field_file, private: bool) -> bool:
    """Move one stored file to the public or the private storage; True if it moved.

    The copy is written and the row updated (a plain UPDATE: no signal, no new log entry)
    inside the caller's transaction; the old file is deleted once that commits, so a rollback
    leaves the row pointing at a file that is still there.
    """
    old_name = field_file.name
    if not old_name or name_is_private(old_name) == private:
        return False
    storage = field_file.storage
    target = private_name(old_name) if private else public_name(old_name)
    with storage.open(old_name, "rb") as content:
        new_name = storage.save(target, content, max_length=field_file.field.max_length)
    model._base_manager.filter(pk=pk).update(file=new_name)
    field_file.name = new_name
    transaction.on_commit(lambda: storage.delete(old_name))
    return True


def stored_file_place_sync(*, file_object) -> int:
    """Store a document or image (and an image's renditions) where its collection says:
    apart from public files when the collection, or one above it, is restricted.

    Called on every save of a document or image (an upload, a coordinator's move) and for
    each file of a collection whose privacy changed (`collection_files_place_sync`).
    """
    private = collection_is_private(collection=file_object.collection)
    moved = _stored_name_move(
        model=type(file_object), pk=file_object.pk, field_file=file_object.file, private=private
    )
    renditions = getattr(file_object, "renditions", None)
    for rendition in renditions.all() if renditions is not None else ():
        moved += _stored_name_move(
            model=type(rendition), pk=rendition.pk, field_file=rendition.file, private=private
        )
    return moved


def collection_files_place_sync(*, collection: Collection) -> int:
    """After a change of who may read `collection` (its view restriction made, changed or
    removed): every document and image in it and below it to its place. Returns how many
    stored files moved."""
    return _files_place_sync(collections=collection.get_descendants(inclusive=True))


def stored_files_place_sync() -> int:
    """Every document and image (and rendition) to its place: after the upgrade that stores
    private files apart, and after a collection was moved (`manage.py media_place_files`)."""
    return _files_place_sync(collections=Collection.objects.all())


def _files_place_sync(*, collections) -> int:
    moved = 0
    for model in (get_document_model(), get_image_model()):
        for file_object in model.objects.filter(collection__in=collections).select_related(
            "collection"
        ):
            with transaction.atomic():
                moved += stored_file_place_sync(file_object=file_object)
    return moved
