"""Who may read, on the record: every change to a page's or a collection's view restriction.

Wagtail logs a page restriction's own save and delete, but not the groups it admits (the
privacy form sets them after saving; `access.services.restriction_groups_sync` adds and
removes them without a save), and nothing at all about collections. These receivers log
each of those changes: on the page (the audit places it by the page's place in the tree) or
on the collection, with the network's translation key (`network_key`) in the data, so
*Audit per network* shows it. The acting user comes from Wagtail's log context (every admin
view runs in one); changes made by the site itself (provisioning) carry no user.
"""

from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.log_actions import log
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from access.selectors import network_access_for_collection

PRIVACY_GROUPS_CHANGED = "dkc.privacy_groups_changed"
COLLECTION_PRIVACY_SET = "dkc.collection_privacy_set"
COLLECTION_PRIVACY_REMOVED = "dkc.collection_privacy_removed"


def collection_log_data(*, collection: Collection, **data) -> dict:
    """Log data about `collection`, with the key of the network it belongs to, if any."""
    access = network_access_for_collection(collection=collection)
    if access is not None:
        data["network_key"] = str(access.translation_key)
    return {"collection": collection.name, **data}


def _restriction_log(*, view_restriction, action: str, **data) -> None:
    if isinstance(view_restriction, PageViewRestriction):
        page = view_restriction.page.specific_deferred
        log(instance=page, action=action, data=data)
    else:
        collection = view_restriction.collection
        log(
            instance=collection,
            action=action,
            data=collection_log_data(collection=collection, **data),
        )


def _restriction_type(restriction) -> dict:
    return {
        "type": restriction.restriction_type,
        "title": str(dict(restriction.RESTRICTION_CHOICES).get(restriction.restriction_type)),
    }


def collection_restriction_saved(sender, instance, created, raw=False, **kwargs) -> None:
    if raw:
        return
    _restriction_log(
        view_restriction=instance,
        action=COLLECTION_PRIVACY_SET,
        restriction=_restriction_type(instance),
        created=created,
    )


def collection_restriction_deleted(sender, instance, **kwargs) -> None:
    try:
        instance.collection  # noqa: B018 (gone too when its collection is deleted)
    except Collection.DoesNotExist:
        return
    _restriction_log(
        view_restriction=instance,
        action=COLLECTION_PRIVACY_REMOVED,
        restriction=_restriction_type(instance),
    )


def restriction_groups_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    """Log which groups a restriction admits from now on, added or removed, either side."""
    if action == "pre_clear":
        # The groups are gone after the clear: remember them now.
        if reverse:
            instance._dkc_cleared = list(getattr(instance, sender_side(sender)).all())
        else:
            instance._dkc_cleared = [group.pk for group in instance.groups.all()]
        return
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if action == "post_clear":
        cleared = getattr(instance, "_dkc_cleared", [])
        if reverse:
            for restriction in cleared:
                _groups_log(restriction=restriction, removed=[instance.pk])
        elif cleared:
            _groups_log(restriction=instance, removed=cleared)
        return
    if not pk_set:
        return
    key = "added" if action == "post_add" else "removed"
    if reverse:
        for restriction in model.objects.filter(pk__in=pk_set):
            _groups_log(restriction=restriction, **{key: [instance.pk]})
    else:
        _groups_log(restriction=instance, **{key: list(pk_set)})


def sender_side(sender) -> str:
    if sender is PageViewRestriction.groups.through:
        return "pageviewrestriction_set"
    return "collectionviewrestriction_set"


def _groups_log(*, restriction, added=(), removed=()) -> None:
    names = dict(Group.objects.filter(pk__in=[*added, *removed]).values_list("pk", "name"))
    _restriction_log(
        view_restriction=restriction,
        action=PRIVACY_GROUPS_CHANGED,
        added=sorted(names[pk] for pk in added if pk in names),
        removed=sorted(names[pk] for pk in removed if pk in names),
    )


def connect() -> None:
    post_save.connect(
        collection_restriction_saved,
        sender=CollectionViewRestriction,
        dispatch_uid="dkc_collection_restriction_saved",
    )
    post_delete.connect(
        collection_restriction_deleted,
        sender=CollectionViewRestriction,
        dispatch_uid="dkc_collection_restriction_deleted",
    )
    for model in (PageViewRestriction, CollectionViewRestriction):
        m2m_changed.connect(
            restriction_groups_changed,
            sender=model.groups.through,
            dispatch_uid=f"dkc_restriction_groups_{model.__name__}",
        )
