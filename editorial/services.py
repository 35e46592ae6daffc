"""Writes for the editorial set-up: roles, the approval workflow, network provisioning.

Hooks, the demo loader and the `setup_editorial` command all come through here, so each
rule ("who may publish", "what a network gets") lives in exactly one function.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from editorial import roles
from editorial.models import NetworkAccess


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _grant_page_permissions(group: Group, page: Page, codenames: tuple[str, ...]) -> None:
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=_permission("wagtailcore", codename)
        )


def _grant_collection_permissions(
    group: Group, collection: Collection, permissions: tuple[tuple[str, str], ...]
) -> None:
    for app_label, codename in permissions:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=_permission(app_label, codename)
        )


def _grant_model_permissions(group: Group, permissions: tuple[tuple[str, str], ...]) -> None:
    group.permissions.add(*(_permission(app, codename) for app, codename in permissions))


def coordinator_group_ensure() -> Group:
    """The DKC coordinators: edit, publish and approve anywhere; manage accounts."""
    group, _ = Group.objects.get_or_create(name=roles.COORDINATOR_GROUP)
    _grant_model_permissions(group, roles.COORDINATOR_MODEL_PERMISSIONS)
    _grant_page_permissions(group, Page.get_first_root_node(), roles.COORDINATOR_PAGE_PERMISSIONS)
    _grant_collection_permissions(
        group, Collection.get_first_root_node(), roles.COORDINATOR_MEDIA_PERMISSIONS
    )
    return group


def approval_workflow_ensure() -> Workflow:
    """The one workflow, "Goedkeuring door DKC-coördinator", on every site's whole tree."""
    coordinators = coordinator_group_ensure()
    workflow, _ = Workflow.objects.get_or_create(name=roles.WORKFLOW_NAME)
    task = GroupApprovalTask.objects.filter(name=roles.TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=roles.TASK_NAME)
    task.groups.add(coordinators)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for site in Site.objects.select_related("root_page"):
        for home in site.root_page.get_translations(inclusive=True):
            WorkflowPage.objects.get_or_create(page=home, defaults={"workflow": workflow})
    return workflow


@transaction.atomic
def editorial_setup() -> Workflow:
    """Idempotently create the coordinators' group and the approval workflow."""
    return approval_workflow_ensure()


@transaction.atomic
def network_provision(*, network_page: Page) -> NetworkAccess:
    """Create (idempotently) what a network needs: groups, permissions, collection, workflow.

    The groups get permissions on the network page in every language it exists in, so a
    network's editors can also edit their own translations.
    """
    workflow = editorial_setup()
    source = _source_page(network_page)
    access = NetworkAccess.objects.filter(translation_key=source.translation_key).first()
    if access is None:
        root_collection = Collection.get_first_root_node()
        collection = root_collection.get_children().filter(name=source.title).first()
        if collection is None:
            collection = root_collection.add_child(name=source.title)
        access = NetworkAccess.objects.create(
            translation_key=source.translation_key,
            editors=_group_named(f"{source.title} {roles.EDITORS_SUFFIX}"),
            members=_group_named(f"{source.title} {roles.MEMBERS_SUFFIX}"),
            partners=_group_named(f"{source.title} {roles.PARTNERS_SUFFIX}"),
            collection=collection,
        )
    _grant_model_permissions(access.editors, roles.EDITOR_MODEL_PERMISSIONS)
    _grant_collection_permissions(access.editors, access.collection, roles.MEDIA_PERMISSIONS)
    for page in source.get_translations(inclusive=True):
        _grant_page_permissions(access.editors, page, roles.EDITOR_PAGE_PERMISSIONS)
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})
    return access


def network_access_for(*, page: Page) -> NetworkAccess | None:
    """The access record of the network a page belongs to (the page itself or an ancestor)."""
    keys = page.get_ancestors(inclusive=True).values_list("translation_key", flat=True)
    return (
        NetworkAccess.objects.filter(translation_key__in=list(keys))
        .select_related("editors", "members", "partners", "collection")
        .first()
    )


def _source_page(page: Page) -> Page:
    """The page in the site's source language (Dutch) when it exists, else the page itself."""
    from wagtail.models import Locale

    default = Locale.get_default()
    return page.get_translation_or_none(default) or page


def _group_named(name: str) -> Group:
    group, _ = Group.objects.get_or_create(name=name[:150])
    return group
