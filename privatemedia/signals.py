"""Thin doors: a change of a collection's view restriction (Wagtail's "Privacy" of a
collection) is logged for the audit (privatemedia.services.collection_privacy_log) and moves
its files to the public or the private storage; so does saving a document or image
(privatemedia.services.stored_file_place_sync)."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from privatemedia.services import (
    collection_files_place_sync,
    collection_privacy_log,
    stored_file_place_sync,
)


@receiver(post_save, sender=get_document_model())
@receiver(post_save, sender=get_image_model())
def place_saved_file(sender, instance, raw: bool = False, **kwargs) -> None:
    if not raw:
        stored_file_place_sync(file_object=instance)


@receiver(post_save, sender=CollectionViewRestriction)
def log_restriction_saved(sender, instance: CollectionViewRestriction, **kwargs) -> None:
    collection_privacy_log(
        collection=instance.collection,
        change="restricted",
        restriction_type=instance.restriction_type,
    )
    collection_files_place_sync(collection=instance.collection)


@receiver(post_delete, sender=CollectionViewRestriction)
def log_restriction_deleted(sender, instance: CollectionViewRestriction, **kwargs) -> None:
    # Gone with its collection: the collection's own deletion is what Wagtail logs.
    collection = Collection.objects.filter(pk=instance.collection_id).first()
    if collection is not None:
        collection_privacy_log(collection=collection, change="opened")
        collection_files_place_sync(collection=collection)


@receiver(m2m_changed, sender=CollectionViewRestriction.groups.through)
def log_restriction_groups(sender, instance, action: str, reverse: bool, pk_set, **kwargs) -> None:
    if reverse or action not in ("post_add", "post_remove") or not pk_set:
        return
    names = sorted(
        instance.groups.model.objects.filter(pk__in=pk_set).values_list("name", flat=True)
    )
    collection_privacy_log(
        collection=instance.collection,
        change="readers_added" if action == "post_add" else "readers_removed",
        groups=names,
    )
