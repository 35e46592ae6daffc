"""Writes for the editorial set-up: roles, the approval workflow, network provisioning.

Hooks, the demo loader and the `setup_editorial` command all come through here, so each
rule ("who may publish", "what a network gets") lives in exactly one function.
"""

import logging
from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Case, QuerySet, When
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, override
from wagtail.actions.delete_page import DeletePageAction
from wagtail.actions.move_page import MovePageAction
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.admin.utils import get_user_display_name
from wagtail.log_actions import log
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    PageViewRestriction,
    Revision,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)
from wagtail.permissions import policy_registry
from wagtail_localize.models import Translation, TranslationSource

from editorial import roles
from editorial.models import NetworkAccess, PageActionRequest
from editorial.selectors import user_is_coordinator, user_language
from privatemedia.services import closed_area_collections_ensure
from translations.services import translation_draft_save


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
        for closed_area in _closed_areas_of(page):
            closed_area_restrict(closed_area=closed_area)
    closed_area_collections_ensure(access=access)
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


# --- Page action requests: an editor asks, a coordinator decides. ---------------------------

logger = logging.getLogger(__name__)

REQUEST_LOG_ACTIONS = {
    PageActionRequest.Action.UNPUBLISH: "dkc.request_unpublish",
    PageActionRequest.Action.DELETE: "dkc.request_delete",
    PageActionRequest.Action.MOVE: "dkc.request_move",
}
REQUEST_APPROVED_LOG_ACTION = "dkc.request_approved"
REQUEST_REJECTED_LOG_ACTION = "dkc.request_rejected"


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
    """Where `user` may ask to move `page`: pages they may add to that accept its type.

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
    allowed = [target.pk for target in candidates if specific_page.can_move_to(target)]
    return Page.objects.filter(pk__in=allowed).order_by("path")


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

    from networks.models import NetworkPage

    try:
        with transaction.atomic():
            action_request = PageActionRequest.objects.create(
                page=page,
                page_title=page.get_admin_display_title()[:255],
                network=NetworkPage.objects.ancestor_of(page, inclusive=True).first(),
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


def page_action_request_can_decide(*, user: AbstractBaseUser) -> bool:
    """Coordinators (and superusers) approve or reject requests: the one rule, in selectors."""
    return user_is_coordinator(user)


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
        # Logged before the action: a deleted page keeps its log entries, not its row.
        log(
            instance=page,
            action=REQUEST_APPROVED_LOG_ACTION,
            user=user,
            data=_request_log_data(action_request),
        )
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
    if not page_action_request_can_decide(user=user):
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
    if not page_action_request_can_decide(user=user):
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
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(name, args=args)


def _send(*, template: str, context: dict, recipients: Iterable[AbstractBaseUser]) -> None:
    """Send one e-mail per recipient, in their language; a mail failure never undoes the
    decision."""
    for recipient in recipients:
        with override(user_language(recipient)):
            subject = " ".join(
                render_to_string(f"editorial/emails/{template}_subject.txt", context).split()
            )
            body = render_to_string(f"editorial/emails/{template}.txt", context)
        try:
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [recipient.email])
        except Exception:
            logger.exception("Could not send %s to %s", template, recipient.email)


def _mail_coordinators_new_request(action_request: PageActionRequest) -> None:
    coordinators = (
        get_user_model()
        .objects.filter(groups__name=roles.COORDINATOR_GROUP, is_active=True)
        .exclude(email="")
        .exclude(pk=action_request.requested_by_id)
        .select_related("wagtail_userprofile")
        .distinct()
    )
    context = {
        "action_request": action_request,
        "requester": _display_name(action_request.requested_by),
        "network_title": action_request.network.title if action_request.network else "",
        "target_title": (
            action_request.target_parent.title if action_request.target_parent else ""
        ),
        "review_url": _admin_url("editorial:request_detail", action_request.pk),
        "page_url": _admin_url("wagtailadmin_pages:edit", action_request.page_id),
    }
    _send(
        template="request_created",
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
    _send(
        template="request_approved" if approved else "request_rejected",
        context=context,
        recipients=[requester],
    )


# --- Closed areas: who reads a network's intranet and extranet. -----------------------------


def _closed_areas_of(network_page: Page) -> QuerySet:
    from networks.models import ClosedAreaPage

    return ClosedAreaPage.objects.child_of(network_page)


def closed_area_readers(*, closed_area: Page) -> list[Group]:
    """Who reads a closed area: its network's members (intranet) or partners (extranet),
    the network's editors, and the DKC coordinators.

    A closed area outside every provisioned network is left to the coordinators alone, so a
    set-up mistake closes a page rather than opens it.
    """
    readers, _ = _closed_area_groups(closed_area=closed_area.specific)
    return readers


def _closed_area_groups(*, closed_area: Page) -> tuple[list[Group], set[Group]]:
    """The area's readers, and the network's role group for the other kind of area."""
    from networks.models import ClosedAreaPage

    coordinators = _group_named(roles.COORDINATOR_GROUP)
    access = network_access_for(page=closed_area)
    if access is None:
        return [coordinators], set()
    if closed_area.area == ClosedAreaPage.INTRANET:
        return [access.members, access.editors, coordinators], {access.partners}
    return [access.partners, access.editors, coordinators], {access.members}


@transaction.atomic
def closed_area_restrict(*, closed_area: Page) -> PageViewRestriction:
    """Close a network's intranet or extranet to everyone but its readers (idempotent).

    The page keeps one "users in specific groups" restriction holding its readers; groups a
    coordinator added stay, but the network's role group of the other kind of area goes (an
    intranet turned extranet changes hands). A page made public, or restricted another way,
    is closed again: provisioning never leaves a closed area open. Wagtail logs each change
    (`wagtail.view_restriction.create` / `edit` / `delete`, without a user); a run that
    changes nothing writes nothing.
    """
    closed_area = closed_area.specific
    readers, other_area_groups = _closed_area_groups(closed_area=closed_area)
    restrictions = list(
        PageViewRestriction.objects.filter(page=closed_area).order_by(
            Case(When(restriction_type=PageViewRestriction.GROUPS, then=0), default=1), "pk"
        )
    )
    for extra in restrictions[1:]:
        # Wagtail applies every restriction of a page: a stray password would lock readers out.
        extra.delete(user=None)

    if not restrictions:
        restriction = PageViewRestriction(
            page=closed_area, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.save()  # logged as "wagtail.view_restriction.create"
        restriction.groups.set(readers)
        return restriction

    restriction = restrictions[0]
    changed = restriction.restriction_type != PageViewRestriction.GROUPS
    restriction.restriction_type = PageViewRestriction.GROUPS
    restriction.password = ""
    current = set(restriction.groups.all())
    if current & other_area_groups:
        restriction.groups.remove(*(current & other_area_groups))
        changed = True
    missing = [group for group in readers if group not in current]
    if missing:
        restriction.groups.add(*missing)
        changed = True
    if changed:
        restriction.save()  # logged as "wagtail.view_restriction.edit"
    return restriction


def closed_area_restrict_subtree(*, page: Page) -> None:
    """Restrict every closed area at or below `page`: after a copy or a translation.

    Wagtail copies a page's restrictions after the copy was saved (and restricted on
    creation); this folds the two into one again.
    """
    from networks.models import ClosedAreaPage

    for closed_area in ClosedAreaPage.objects.descendant_of(page, inclusive=True):
        closed_area_restrict(closed_area=closed_area)


# --- Translations: an English page goes live the way any change does. -----------------------
#
# wagtail-localize checks little more than the edit permission and publishes where it sees
# fit; these functions are the rules its views are held to (editorial.hooks.translations).


def root_translation_workflow_ensure(*, page: Page) -> None:
    """Put a new translation of a site's home page (the English home) under the approval
    workflow, and with it every page that will ever be added below it."""
    if page.depth != 2:
        return
    if Site.objects.filter(root_page__translation_key=page.translation_key).exists():
        approval_workflow_ensure()


def page_translation_for(*, page: Page) -> Translation | None:
    """The enabled wagtail-localize translation that `page` is the target of, if any."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key,
            target_locale_id=page.locale_id,
            enabled=True,
        )
        .select_related("source", "target_locale")
        .first()
    )


def page_translation_check(
    *, user: AbstractBaseUser, page: Page, locales: Iterable[Locale]
) -> None:
    """May `user` have wagtail-localize translate `page` into `locales`?

    Only a page they may edit (never another network's). And only where the parent page
    already has its translation, unless they may publish the parent: wagtail-localize
    would otherwise copy the missing parents as live aliases, pages outside the editor's
    network that nobody approved.

    Raises PermissionDenied, or ValidationError with a message for the user.
    """
    if not page.permissions_for_user(user).can_edit():
        raise PermissionDenied
    parent = page.get_parent()
    if parent.is_root() or parent.permissions_for_user(user).can_publish():
        return
    for locale in locales:
        if parent.get_translation_or_none(locale) is None:
            raise ValidationError(
                gettext(
                    "“%(parent)s” has no %(language)s version yet. Ask a DKC coordinator to "
                    "translate it first; then you can translate “%(page)s”."
                )
                % {
                    "parent": parent.get_admin_display_title(),
                    "language": locale.get_display_name(),
                    "page": page.get_admin_display_title(),
                },
                code="parent_not_translated",
            )


def translation_update_check(
    *, user: AbstractBaseUser, source: TranslationSource, publish: bool
) -> None:
    """May `user` sync the translations of `source` ("Sync translated pages"), and publish them?

    Syncing is for those who edit the source page; publishing the results at once is for
    those who may publish every translation, the others submit each one for approval.

    Raises PermissionDenied, or ValidationError with a message for the user.
    """
    try:
        instance = source.get_source_instance()
    except ObjectDoesNotExist as error:  # the source page is gone: nothing to sync from
        raise PermissionDenied from error
    if not isinstance(instance, Page):
        return
    if not instance.permissions_for_user(user).can_edit():
        raise PermissionDenied
    if not publish:
        return
    for translation in source.translations.filter(enabled=True).select_related("target_locale"):
        target = Page.objects.filter(
            translation_key=source.object_id, locale_id=translation.target_locale_id
        ).first()
        if target is not None and not target.permissions_for_user(user).can_publish():
            raise ValidationError(
                gettext(
                    "Only a DKC coordinator can publish translations at once. Sync without "
                    "“Publish immediately”, then submit each translation for approval."
                ),
                code="cannot_publish",
            )


def page_translation_can_convert_to_alias(*, user: AbstractBaseUser, page: Page) -> bool:
    """Turning a translation back into an alias shows the source page's text at once, live:
    only someone who may publish the page may do that."""
    return page.permissions_for_user(user).can_publish()


def page_translation_draft_save(*, page: Page, user: AbstractBaseUser | None) -> Revision:
    """Save the current wagtail-localize translation of `page` as a new draft revision;
    what readers see stays as it is (see translations.services.translation_draft_save)."""
    translation = page_translation_for(page=page)
    if translation is None:
        raise PermissionDenied
    return translation_draft_save(translation=translation, user=user)


@transaction.atomic
def page_translation_submit(*, page: Page, user: AbstractBaseUser) -> WorkflowState:
    """Put the current translation of `page` before the DKC coordinators.

    Like "Submit for moderation" in Wagtail's page editor: a workflow that needs changes is
    resumed, otherwise the page's workflow starts. Nothing goes live until it is approved.
    """
    page = Page.objects.get(pk=page.pk).specific
    permissions = page.permissions_for_user(user)
    if not (permissions.can_edit() and permissions.can_submit_for_moderation()):
        raise PermissionDenied
    page_translation_draft_save(page=page, user=user)
    page = Page.objects.get(pk=page.pk).specific
    workflow_state = page.current_workflow_state
    if workflow_state and workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        workflow_state.resume(user)
        return workflow_state
    return page.get_workflow().start(page, user)


@transaction.atomic
def page_translation_publish(*, page: Page, user: AbstractBaseUser) -> Revision:
    """Publish the current translation of `page` at once, for those who may publish it.

    wagtail-localize publishes after the commit and without the user, so its history would
    not say who published; this publishes in the request, logged as `user`. A workflow the
    page was waiting in is cancelled, as Wagtail does on publish.
    """
    page = Page.objects.get(pk=page.pk).specific
    permissions = page.permissions_for_user(user)
    if not permissions.can_publish() or permissions.page_locked():
        raise PermissionDenied
    revision = page_translation_draft_save(page=page, user=user)
    revision.publish(user=user)
    return revision


def page_translation_is_complete(*, page: Page) -> bool:
    """Does every text of the source have a translation (no Dutch text left on the page)?"""
    translation = page_translation_for(page=page)
    if translation is None:
        return False
    return not (
        translation.source.stringsegment_set.all()
        .annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .exists()
    )
