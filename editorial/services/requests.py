"""Page action requests: an editor asks to unpublish, delete or move a page; a coordinator
decides, and Wagtail's own actions carry it out in the coordinator's name. Both sides get
an e-mail (core.mail)."""

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import gettext
from wagtail.actions.delete_page import DeletePageAction
from wagtail.actions.move_page import MovePageAction
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.admin.utils import get_user_display_name
from wagtail.log_actions import log
from wagtail.models import Page

from access.rules import user_is_coordinator
from access.selectors import network_page_for
from core.addresses import absolute_url
from core.mail import MailTemplates, mail_send
from core.ratelimit import rate_limit_hit
from editorial.models import (
    REQUEST_APPROVED_LOG_ACTION,
    REQUEST_LOG_ACTIONS,
    REQUEST_REJECTED_LOG_ACTION,
    PageActionRequest,
)
from editorial.selectors.moves import move_readers_change, readers_change_message
from editorial.selectors.requests import (
    coordinator_list,
    page_action_request_can_create,
    page_action_request_move_targets,
)


def page_action_request_create(
    *,
    user: AbstractBaseUser,
    page: Page,
    action: str,
    reason: str = "",
    target_parent: Page | None = None,
) -> PageActionRequest:
    """Ask the coordinators to unpublish, delete or move a page; they get an e-mail."""
    if not page_action_request_can_create(user=user, page=page, action=action):
        raise PermissionDenied
    if action == PageActionRequest.Action.MOVE:
        if target_parent is None:
            raise ValidationError(
                {"target_parent": gettext("Choose where the page should be moved to.")}
            )
        targets = page_action_request_move_targets(user=user, page=page)
        if not targets.filter(pk=target_parent.pk).exists():
            raise ValidationError(
                {"target_parent": gettext("The page cannot be moved there.")}, code="invalid_target"
            )
        if _slug_taken(page=page, parent=target_parent):
            raise ValidationError({"target_parent": _slug_taken_message(page)}, code="slug_taken")
    else:
        target_parent = None
    # Each request mails every coordinator: an editor's account cannot flood their inboxes.
    if rate_limit_hit(scope="page_request_requester", key=str(user.pk)):
        raise ValidationError(
            gettext("You have sent too many requests in a short time. Try again later."),
            code="throttled",
        )

    try:
        with transaction.atomic():
            action_request = PageActionRequest.objects.create(
                page=page,
                page_title=page.get_admin_display_title()[:255],
                network=network_page_for(page=page),
                action=action,
                target_parent=target_parent,
                reason=reason.strip(),
                requested_by=user,
            )
            log(
                instance=page,
                action=REQUEST_LOG_ACTIONS[action],
                user=user,
                data=_request_log_data(action_request),
            )
    except IntegrityError as error:
        # Another request for the same page and action got in first.
        raise PermissionDenied from error
    _mail_coordinators_new_request(action_request)
    return action_request


def page_action_request_approve(
    *, action_request: PageActionRequest, user: AbstractBaseUser, comment: str = ""
) -> PageActionRequest:
    """Carry the requested action out as the coordinator, and tell the requester.

    Wagtail's own actions do the work, so its history shows the coordinator; our log entry
    beside it names both the requester and the coordinator.
    """
    with transaction.atomic():
        action_request = _lock_pending_request(action_request=action_request, user=user)
        page = action_request.page.specific if action_request.page else None
        _check_still_possible(action_request=action_request, page=page, user=user)
        action_request.status = PageActionRequest.Status.APPROVED
        action_request.decided_by = user
        action_request.decided_at = timezone.now()
        action_request.comment = comment.strip()
        action_request.save()
        data = _request_log_data(action_request)
        if action_request.action == PageActionRequest.Action.MOVE:
            # The audit shows that the coordinator approved a change of who may read the page.
            change = move_readers_change(page=page, target=action_request.target_parent)
            if change is not None:
                data["readers_change"] = change
        # Logged before the action: a deleted page keeps its log entries, not its row.
        log(instance=page, action=REQUEST_APPROVED_LOG_ACTION, user=user, data=data)
        try:
            _carry_out(action_request=action_request, page=page, user=user)
        except PermissionDenied as error:
            raise ValidationError(
                gettext("You may not do this on this page; nothing has been changed.")
            ) from error
    if action_request.action == PageActionRequest.Action.DELETE:
        action_request.page = None  # the row's reference was cleared with the page
    _mail_requester_decision(action_request)
    return action_request


def page_action_request_reject(
    *, action_request: PageActionRequest, user: AbstractBaseUser, comment: str
) -> PageActionRequest:
    """Turn a request down with a comment for the requester; the page stays as it is."""
    if not user_is_coordinator(user):
        raise PermissionDenied
    if not (comment or "").strip():
        raise ValidationError(
            {"comment": gettext("Tell the editor why the request is rejected.")}, code="required"
        )
    with transaction.atomic():
        action_request = _lock_pending_request(action_request=action_request, user=user)
        action_request.status = PageActionRequest.Status.REJECTED
        action_request.decided_by = user
        action_request.decided_at = timezone.now()
        action_request.comment = comment.strip()
        action_request.save()
        if action_request.page is not None:
            log(
                instance=action_request.page.specific,
                action=REQUEST_REJECTED_LOG_ACTION,
                user=user,
                data=_request_log_data(action_request),
            )
    _mail_requester_decision(action_request)
    return action_request


def _lock_pending_request(
    *, action_request: PageActionRequest, user: AbstractBaseUser
) -> PageActionRequest:
    if not user_is_coordinator(user):
        raise PermissionDenied
    # Locked so that two coordinators deciding at once cannot both carry the action out.
    locked = PageActionRequest.objects.select_for_update().get(pk=action_request.pk)
    if locked.status != PageActionRequest.Status.PENDING:
        raise PermissionDenied
    return locked


def _check_still_possible(
    *, action_request: PageActionRequest, page: Page | None, user: AbstractBaseUser
) -> None:
    """Refuse, with a message a coordinator understands, what can no longer be done."""
    if page is None:
        raise ValidationError(gettext("The page no longer exists."), code="page_gone")
    permissions = page.permissions_for_user(user)
    if action_request.action == PageActionRequest.Action.UNPUBLISH:
        if not page.live:
            raise ValidationError(gettext("The page is no longer published."), code="not_live")
        if not permissions.can_unpublish():
            raise ValidationError(
                gettext("You may not unpublish this page (is it locked?)."), code="forbidden"
            )
    elif action_request.action == PageActionRequest.Action.DELETE:
        if not permissions.can_delete():
            raise ValidationError(gettext("You may not delete this page."), code="forbidden")
    else:
        target = action_request.target_parent
        if target is None:
            raise ValidationError(
                gettext("The page the request moves to no longer exists."), code="target_gone"
            )
        if page.is_child_of(target):
            raise ValidationError(gettext("The page is already there."), code="already_there")
        if _slug_taken(page=page, parent=target):
            raise ValidationError(_slug_taken_message(page), code="slug_taken")
        if not permissions.can_move_to(target):
            raise ValidationError(
                gettext("The page can no longer be moved to “%(target)s”.")
                % {"target": target.get_admin_display_title()},
                code="invalid_target",
            )


def _slug_taken(*, page: Page, parent: Page) -> bool:
    """Would the page's URL clash with a page already under `parent` (as Wagtail's move checks)?"""
    return parent.get_children().filter(slug=page.slug).exclude(pk=page.pk).exists()


def _slug_taken_message(page: Page) -> str:
    return gettext(
        "A page with the same slug (“%(slug)s”) already exists there; rename one of them first."
    ) % {"slug": page.slug}


def _carry_out(*, action_request: PageActionRequest, page: Page, user: AbstractBaseUser) -> None:
    if action_request.action == PageActionRequest.Action.UNPUBLISH:
        UnpublishPageAction(page, user=user).execute()
    elif action_request.action == PageActionRequest.Action.DELETE:
        # The page's other open requests go with it.
        PageActionRequest.objects.filter(
            page=page, status=PageActionRequest.Status.PENDING
        ).exclude(pk=action_request.pk).update(
            status=PageActionRequest.Status.CANCELLED, decided_by=user, decided_at=timezone.now()
        )
        DeletePageAction(page, user=user).execute()
    else:
        MovePageAction(page, action_request.target_parent, pos="last-child", user=user).execute()


def _request_log_data(action_request: PageActionRequest) -> dict:
    data = {
        "request_id": action_request.pk,
        "action": action_request.action,
        "reason": action_request.reason,
        "requester": _display_name(action_request.requested_by),
        "requester_id": action_request.requested_by_id,
    }
    if action_request.decided_by is not None:
        data.update(
            approver=_display_name(action_request.decided_by),
            approver_id=action_request.decided_by_id,
            comment=action_request.comment,
        )
    if action_request.target_parent is not None:
        data["target"] = {
            "id": action_request.target_parent.pk,
            "title": action_request.target_parent.get_admin_display_title(),
        }
    return data


def _display_name(user: AbstractBaseUser | None) -> str:
    return get_user_display_name(user) if user is not None else ""


def _admin_url(name: str, *args) -> str:
    return absolute_url(reverse(name, args=args))


_lazy_readers_change_message = lazy(readers_change_message, str)


def _mail_coordinators_new_request(action_request: PageActionRequest) -> None:
    coordinators = coordinator_list().exclude(pk=action_request.requested_by_id)
    change = None
    if action_request.action == PageActionRequest.Action.MOVE:
        change = move_readers_change(page=action_request.page, target=action_request.target_parent)
    context = {
        # Worded when each message is rendered, in its recipient's language.
        "readers_warning": (_lazy_readers_change_message(change) if change is not None else ""),
        "action_request": action_request,
        "requester": _display_name(action_request.requested_by),
        "network_title": action_request.network.title if action_request.network else "",
        "target_title": (
            action_request.target_parent.title if action_request.target_parent else ""
        ),
        "review_url": _admin_url("editorial:request_detail", action_request.pk),
        "page_url": _admin_url("wagtailadmin_pages:edit", action_request.page_id),
    }
    mail_send(
        templates=MailTemplates.named("editorial/emails/request_created"),
        context=context,
        recipients=coordinators,
    )


def _mail_requester_decision(action_request: PageActionRequest) -> None:
    requester = action_request.requested_by
    if (
        requester is None
        or not requester.email
        or not requester.is_active
        or requester.pk == action_request.decided_by_id
    ):
        return
    approved = action_request.status == PageActionRequest.Status.APPROVED
    page_exists = action_request.page_id is not None
    context = {
        "action_request": action_request,
        "requester": _display_name(requester),
        "decider": _display_name(action_request.decided_by),
        "target_title": (
            action_request.target_parent.title if action_request.target_parent else ""
        ),
        "request_url": _admin_url("editorial:request_detail", action_request.pk),
        "page_url": (
            _admin_url("wagtailadmin_pages:edit", action_request.page_id) if page_exists else ""
        ),
    }
    template = "request_approved" if approved else "request_rejected"
    mail_send(
        templates=MailTemplates.named(f"editorial/emails/{template}"),
        context=context,
        recipients=[requester],
    )
