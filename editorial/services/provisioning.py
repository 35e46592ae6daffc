"""Provisioning: the coordinators' approval workflow, and what every network gets (its groups
and collection through the access app, the workflow on its pages, closed areas and private
collections closed to their readers). `setup_editorial`, the network page signal and the demo
loader all come through here."""

from django.db import transaction
from wagtail.models import GroupApprovalTask, Page, Site, Workflow, WorkflowPage, WorkflowTask

from access import roles
from access.models import NetworkAccess
from access.services import coordinator_group_ensure, network_access_ensure, source_page
from networks.services import closed_area_restrict_subtree
from privatemedia.services import closed_area_collections_ensure


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
    access = network_access_ensure(network_page=network_page)
    for page in source_page(page=network_page).get_translations(inclusive=True):
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})
        closed_area_restrict_subtree(page=page)
    closed_area_collections_ensure(access=access)
    return access
