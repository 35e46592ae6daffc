"""Writes of the role model: the groups and their permissions, and the view restrictions that
say who reads a closed area (its page and its files alike, through one rule)."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Case, When
from wagtail.models import (
    BaseViewRestriction,
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    PageViewRestriction,
)

from access import roles
from access.models import NetworkAccess
from access.rules import closed_area_readers
from access.selectors import network_access_for


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def page_permissions_grant(*, group: Group, page: Page, codenames: tuple[str, ...]) -> None:
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=_permission("wagtailcore", codename)
        )


def collection_permissions_grant(
    *, group: Group, collection: Collection, permissions: tuple[tuple[str, str], ...]
) -> None:
    for app_label, codename in permissions:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=_permission(app_label, codename)
        )


def model_permissions_grant(*, group: Group, permissions: tuple[tuple[str, str], ...]) -> None:
    group.permissions.add(*(_permission(app, codename) for app, codename in permissions))


def group_ensure(*, name: str) -> Group:
    group, _ = Group.objects.get_or_create(name=name[:150])
    return group


def coordinator_group_ensure() -> Group:
    """The DKC coordinators: edit, publish and approve anywhere; manage accounts."""
    group = group_ensure(name=roles.COORDINATOR_GROUP)
    model_permissions_grant(group=group, permissions=roles.COORDINATOR_MODEL_PERMISSIONS)
    page_permissions_grant(
        group=group, page=Page.get_first_root_node(), codenames=roles.COORDINATOR_PAGE_PERMISSIONS
    )
    collection_permissions_grant(
        group=group,
        collection=Collection.get_first_root_node(),
        permissions=roles.COORDINATOR_MEDIA_PERMISSIONS,
    )
    return group


def source_page(*, page: Page) -> Page:
    """The page in the site's source language (Dutch) when it exists, else the page itself."""
    return page.get_translation_or_none(Locale.get_default()) or page


@transaction.atomic
def network_access_ensure(*, network_page: Page) -> NetworkAccess:
    """Create (idempotently) a network's groups and collection, and its editors' rights.

    The editors get page permissions on the network page in every language it exists in, so
    they can also edit their own translations; publishing stays with the coordinators.
    """
    source = source_page(page=network_page)
    access = NetworkAccess.objects.filter(translation_key=source.translation_key).first()
    if access is None:
        root_collection = Collection.get_first_root_node()
        collection = root_collection.get_children().filter(name=source.title).first()
        if collection is None:
            collection = root_collection.add_child(name=source.title)
        access = NetworkAccess.objects.create(
            translation_key=source.translation_key,
            editors=group_ensure(name=f"{source.title} {roles.EDITORS_SUFFIX}"),
            members=group_ensure(name=f"{source.title} {roles.MEMBERS_SUFFIX}"),
            partners=group_ensure(name=f"{source.title} {roles.PARTNERS_SUFFIX}"),
            collection=collection,
        )
    model_permissions_grant(group=access.editors, permissions=roles.EDITOR_MODEL_PERMISSIONS)
    collection_permissions_grant(
        group=access.editors, collection=access.collection, permissions=roles.MEDIA_PERMISSIONS
    )
    for page in source.get_translations(inclusive=True):
        page_permissions_grant(
            group=access.editors, page=page, codenames=roles.EDITOR_PAGE_PERMISSIONS
        )
    return access


def restriction_groups_sync(
    *, restriction: BaseViewRestriction, readers: list[Group], others: set[Group]
) -> bool:
    """Make `restriction` a "users in specific groups" one that admits `readers` and not
    `others`; groups a coordinator added stay. Returns whether anything changed (unsaved).

    The one way a closed area's page restriction and its collections' restrictions are set,
    so both always admit the same people.
    """
    changed = restriction.restriction_type != BaseViewRestriction.GROUPS or bool(
        restriction.password
    )
    restriction.restriction_type = BaseViewRestriction.GROUPS
    restriction.password = ""
    if restriction.pk is None:
        restriction.save()
        restriction.groups.set(readers)
        return True
    current = set(restriction.groups.all())
    if current & others:
        restriction.groups.remove(*(current & others))
        changed = True
    missing = [group for group in readers if group not in current]
    if missing:
        restriction.groups.add(*missing)
        changed = True
    return changed


@transaction.atomic
def closed_area_restrict(*, page: Page, kind: str) -> PageViewRestriction:
    """Close a network's intranet or extranet page to everyone but its readers (idempotent).

    The page keeps one "users in specific groups" restriction holding its readers. A page made
    public, or restricted another way, is closed again: provisioning never leaves a closed
    area open. Wagtail logs each change (`wagtail.view_restriction.create` / `edit` /
    `delete`, without a user); a run that changes nothing writes nothing.
    """
    readers, others = closed_area_readers(access=network_access_for(page=page), kind=kind)
    restrictions = list(
        PageViewRestriction.objects.filter(page=page).order_by(
            Case(When(restriction_type=PageViewRestriction.GROUPS, then=0), default=1), "pk"
        )
    )
    for extra in restrictions[1:]:
        # Wagtail applies every restriction of a page: a stray password would lock readers out.
        extra.delete(user=None)
    if not restrictions:
        restriction = PageViewRestriction(page=page)
        restriction_groups_sync(restriction=restriction, readers=readers, others=others)
        return restriction  # saved, and logged as "wagtail.view_restriction.create"
    restriction = restrictions[0]
    if restriction_groups_sync(restriction=restriction, readers=readers, others=others):
        restriction.save()  # logged as "wagtail.view_restriction.edit"
    return restriction
