"""Reads for page action requests: what an editor may ask for, where a page may be moved to,
what waits for a decision, and who hears of it."""

from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.contenttypes.models import ContentType
from django.db.models import QuerySet
from wagtail.models import Page
from wagtail.permissions import policy_registry

from access import roles
from access.rules import page_readers_key, targets_keeping_readers
from editorial.models import PageActionRequest


def page_action_request_can_create(*, user: AbstractBaseUser, page: Page, action: str) -> bool:
    """May `user` ask a coordinator to do `action` on `page`?

    Only someone who edits the page but may not do the action directly (a network editor),
    only once per page and action at a time, and never on the root or the home page.
    """
    return action in page_action_request_actions_available(user=user, page=page)


def page_action_request_actions_available(*, user: AbstractBaseUser, page: Page) -> set[str]:
    """All the actions `user` may ask for on `page`, in one go (one query for open requests)."""
    if page.depth <= 2:
        return set()
    permissions = page.permissions_for_user(user)
    if not permissions.can_edit():
        return set()
    available = set()
    if page.live and not permissions.can_unpublish():
        available.add(PageActionRequest.Action.UNPUBLISH.value)
    if not permissions.can_delete():
        available.add(PageActionRequest.Action.DELETE.value)
    if not permissions.can_move():
        available.add(PageActionRequest.Action.MOVE.value)
    if available:
        available -= set(
            PageActionRequest.objects.filter(
                page=page, action__in=available, status=PageActionRequest.Status.PENDING
            ).values_list("action", flat=True)
        )
    return available


def page_action_request_move_targets(*, user: AbstractBaseUser, page: Page) -> QuerySet[Page]:
    """Where `user` may ask to move `page`: pages they may add to that accept its type, and,
    for a page in a closed area, only places where the same people read it.

    Wagtail's `can_move_to` without the rules a coordinator's approval stands in for (that
    the requester may delete the page and publish at the destination).
    """
    page_class = page.specific_class
    if page_class is None:
        return Page.objects.none()
    addable = policy_registry.get_by_type(Page).instances_user_has_any_permission_for(user, {"add"})
    parent_types = ContentType.objects.get_for_models(
        *page_class.allowed_parent_page_models()
    ).values()
    candidates = (
        addable.filter(content_type__in=list(parent_types))
        .not_descendant_of(page, inclusive=True)
        .exclude(path=page.path[: -page.steplen])  # its current parent
        .order_by("path")
    )
    # The last rules (language, `max_count_per_parent`) need the specific page; few remain.
    specific_page = page.specific
    allowed = [target for target in candidates if specific_page.can_move_to(target)]
    if page_readers_key(page=page):
        # A page in a closed area (or behind any restriction) is only offered places where the
        # same people read it: an editor never asks to make it public or to hand it to others.
        allowed = targets_keeping_readers(page=page, targets=allowed)
    return Page.objects.filter(pk__in=[target.pk for target in allowed]).order_by("path")


def pending_request_list() -> QuerySet:
    """Editors' unpublish, delete and move requests that wait for a decision, oldest first."""
    return (
        PageActionRequest.objects.filter(status=PageActionRequest.Status.PENDING)
        .select_related("requested_by", "network", "page")
        .order_by("requested_at", "pk")
    )


def coordinator_list() -> QuerySet:
    """The active coordinators with an e-mail address: who hears of a new request."""
    return (
        get_user_model()
        .objects.filter(groups__name=roles.COORDINATOR_GROUP, is_active=True)
        .exclude(email="")
        .select_related("wagtail_userprofile")
        .distinct()
    )
