"""Reads for the editorial dashboards: what waits for the coordinators per network, an
editor's own work, and where an editor's page explorer opens.

Every listing here costs a fixed number of queries, whatever its length: pages are fetched in
bulk and their network is found from their tree paths, never page by page.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import CharField, Exists, OuterRef, Q
from django.db.models.functions import Cast
from wagtail.models import (
    Locale,
    Page,
    TaskState,
    WorkflowState,
    get_default_page_content_type,
)

from access import roles
from access.selectors import network_pages_by_path, network_pages_edited_by

User = AbstractBaseUser | AnonymousUser


def subtree_filter(*, network_pages: Iterable[Page]) -> Q:
    """A page filter: the given pages and everything below them."""
    condition = Q(pk__in=[])
    for page in network_pages:
        condition |= Q(path__startswith=page.path)
    return condition


@dataclass
class AwaitingApproval:
    task_state: TaskState
    page: Page
    network: Page | None
    submitted_by: User | None
    submitted_at: datetime


@dataclass
class NetworkQueue:
    """What waits in one network; `network` is None for pages outside every network."""

    network: Page | None
    items: list[AwaitingApproval] = field(default_factory=list)


def approval_queue() -> list[NetworkQueue]:
    """Pages submitted to the coordinators' workflow, per network, oldest submission first.

    The network that has waited longest comes first; pages outside the networks come last.
    """
    task_states = list(
        TaskState.objects.filter(
            status=TaskState.STATUS_IN_PROGRESS,
            workflow_state__workflow__name=roles.WORKFLOW_NAME,
            workflow_state__base_content_type=get_default_page_content_type(),
        )
        .select_related("revision__user", "workflow_state__requested_by")
        .order_by("started_at", "pk")
    )
    pages = Page.objects.in_bulk([int(state.workflow_state.object_id) for state in task_states])
    networks = network_pages_by_path(page.path for page in pages.values())

    queues: dict = {}
    for state in task_states:
        page = pages.get(int(state.workflow_state.object_id))
        if page is None:
            continue
        network = networks.get(page.path)
        key = network.translation_key if network else None
        queue = queues.setdefault(key, NetworkQueue(network=network))
        queue.items.append(
            AwaitingApproval(
                task_state=state,
                page=page,
                network=network,
                submitted_by=state.revision.user or state.workflow_state.requested_by,
                submitted_at=state.started_at,
            )
        )
    return sorted(queues.values(), key=lambda queue: queue.network is None)


@dataclass
class EditorItem:
    page: Page
    network: Page | None
    state: str  # one of DRAFT, AWAITING, REJECTED
    comment: str = ""


DRAFT = "draft"


AWAITING = "awaiting"


REJECTED = "rejected"


def editor_item_list(*, user: User, limit: int = 20) -> list[EditorItem]:
    """The user's own pages in their networks with unpublished changes or in a workflow.

    "Own" means created by the user or last edited by them; newest change first.
    """
    network_pages = network_pages_edited_by(user=user)
    if not network_pages:
        return []
    in_workflow = Exists(
        WorkflowState.objects.active().filter(
            base_content_type=get_default_page_content_type(),
            object_id=Cast(OuterRef("pk"), output_field=CharField()),
        )
    )
    pages = list(
        Page.objects.filter(subtree_filter(network_pages=network_pages))
        .filter(Q(owner=user) | Q(latest_revision__user=user))
        .filter(Q(has_unpublished_changes=True) | in_workflow)
        .prefetch_workflow_states()
        .order_by("-latest_revision_created_at", "-pk")[:limit]
    )
    networks = network_pages_by_path(page.path for page in pages)
    items = []
    for page in pages:
        workflow_state = page.current_workflow_state
        if workflow_state is None:
            state, comment = DRAFT, ""
        elif workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            state, comment = REJECTED, workflow_state.current_task_state.comment
        else:
            state, comment = AWAITING, ""
        items.append(
            EditorItem(page=page, network=networks.get(page.path), state=state, comment=comment)
        )
    return items


def network_explorer_start(*, user: User, language_code: str) -> Page | None:
    """Where a network editor's page explorer opens: their network(s) in one language.

    Editors hold permissions on every translation of their network, so Wagtail's own start
    (the pages' common ancestor) is the tree root once a translation exists.
    """
    networks = network_pages_edited_by(user=user)
    if not networks:
        return None
    default_locale = Locale.get_default()
    in_language = [n for n in networks if n.locale.language_code == language_code] or [
        n for n in networks if n.locale_id == default_locale.pk
    ]
    if not in_language:
        return None
    steplen = Page.steplen
    common = in_language[0].path
    for network in in_language[1:]:
        length = 0
        while length < min(len(common), len(network.path)) and (
            common[length : length + steplen] == network.path[length : length + steplen]
        ):
            length += steplen
        common = common[:length]
    return Page.objects.filter(path=common).first() if common else None
