"""Reads for the editorial dashboards and the audit trail: who may see what, and what waits.

Every listing here costs a fixed number of queries, whatever its length: pages are fetched in
bulk and their network is found from their tree paths, never page by page.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import CharField, Exists, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Cast
from wagtail.models import (
    Locale,
    Page,
    PageLogEntry,
    TaskState,
    WorkflowState,
    get_default_page_content_type,
)

from editorial import roles
from editorial.models import NetworkAccess, PageActionRequest
from networks.models import NetworkPage

User = AbstractBaseUser | AnonymousUser


def user_is_coordinator(user: User) -> bool:
    """Coordinators decide on submissions and requests; they (and superusers) see the queue."""
    return bool(
        user.is_authenticated
        and user.is_active
        and (user.is_superuser or user.has_perm("editorial.change_pageactionrequest"))
    )


def user_language(user: AbstractBaseUser) -> str:
    """The language of every mail an editor or coordinator gets: their admin language.

    Without a preference it is the site's first language. Wagtail's own fallback, the
    language the admin happens to be showing, would be the sender's, not the recipient's.
    """
    try:
        preferred = user.wagtail_userprofile.preferred_language
    except ObjectDoesNotExist:
        preferred = ""
    return preferred or settings.LANGUAGE_CODE


def user_is_network_editor(user: User) -> bool:
    return bool(user.is_authenticated and NetworkAccess.objects.filter(editors__user=user).exists())


def network_list() -> list[NetworkPage]:
    """One page per provisioned network (the source-language one when it exists), in tree order."""
    keys = NetworkAccess.objects.values("translation_key")
    default_locale_id = Locale.get_default().pk
    chosen: dict = {}
    for network in NetworkPage.objects.filter(translation_key__in=keys).order_by("path"):
        current = chosen.get(network.translation_key)
        if current is None or (
            network.locale_id == default_locale_id and current.locale_id != default_locale_id
        ):
            chosen[network.translation_key] = network
    return sorted(chosen.values(), key=lambda network: network.path)


def network_translations(*, network: Page) -> QuerySet:
    """The network page in every language: one network's subtree spans all of them."""
    return NetworkPage.objects.filter(translation_key=network.translation_key).order_by("path")


def network_pages_edited_by(*, user: User) -> list[NetworkPage]:
    keys = NetworkAccess.objects.filter(editors__user=user).values("translation_key")
    return list(
        NetworkPage.objects.filter(translation_key__in=keys)
        .select_related("locale")
        .order_by("path")
    )


def networks_by_path(paths: Iterable[str]) -> dict[str, NetworkPage]:
    """The network each tree path lies in (the network page itself or an ancestor), one query."""
    paths = set(paths)
    steplen = Page.steplen
    prefixes = {
        path[:length] for path in paths for length in range(steplen, len(path) + 1, steplen)
    }
    networks = {network.path: network for network in NetworkPage.objects.filter(path__in=prefixes)}
    found = {}
    for path in paths:
        for length in range(steplen, len(path) + 1, steplen):
            if path[:length] in networks:
                found[path] = networks[path[:length]]
                break
    return found


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
    network: NetworkPage | None
    submitted_by: User | None
    submitted_at: datetime


@dataclass
class NetworkQueue:
    """What waits in one network; `network` is None for pages outside every network."""

    network: NetworkPage | None
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
    networks = networks_by_path(page.path for page in pages.values())

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


def pending_request_list() -> QuerySet:
    """Editors' unpublish, delete and move requests that wait for a decision, oldest first."""
    return (
        PageActionRequest.objects.filter(status=PageActionRequest.Status.PENDING)
        .select_related("requested_by", "network", "page")
        .order_by("requested_at", "pk")
    )


@dataclass
class EditorItem:
    page: Page
    network: NetworkPage | None
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
    networks = networks_by_path(page.path for page in pages)
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
