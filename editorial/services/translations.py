"""Translation approval: an English page goes live the way any change does.

wagtail-localize checks little more than the edit permission and publishes where it sees
fit; these writes, with the checks in `editorial.selectors.translations`, are the rules its
views are held to (editorial.views.translations).
"""

from collections.abc import Mapping
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import PermissionDenied
from django.db import transaction
from wagtail.log_actions import log
from wagtail.models import Page, Revision, Site, WorkflowState
from wagtail_localize.models import Translation

from editorial.selectors.translations import page_translation_for, translation_target_page
from editorial.services.provisioning import approval_workflow_ensure
from translations.services import translation_draft_save

# What a person changes in a translation, logged on the translated page (its history, and
# the audit per network): the texts, the overrides, a PO file, machine translation, a sync
# from the source, and stopping or restarting the sync.
STRING_EDITED_LOG_ACTION = "dkc.translation_string_edit"
STRING_DELETED_LOG_ACTION = "dkc.translation_string_delete"
OVERRIDE_EDITED_LOG_ACTION = "dkc.translation_override_edit"
OVERRIDE_DELETED_LOG_ACTION = "dkc.translation_override_delete"
PO_UPLOADED_LOG_ACTION = "dkc.translation_po_upload"
MACHINE_TRANSLATED_LOG_ACTION = "dkc.translation_machine"
SYNCED_LOG_ACTION = "dkc.translation_sync"
STOPPED_LOG_ACTION = "dkc.translation_stop"
RESTARTED_LOG_ACTION = "dkc.translation_restart"

LOGGED_TEXT_LENGTH = 200


def logged_text(text: str) -> str:
    """A text as the log keeps it: short enough to read in a history."""
    text = " ".join(str(text).split())
    return text if len(text) <= LOGGED_TEXT_LENGTH else text[: LOGGED_TEXT_LENGTH - 1] + "…"


def translation_change_log(
    *,
    translation: Translation,
    user: AbstractBaseUser | None,
    action: str,
    data: Mapping[str, Any] | None = None,
) -> None:
    """Log a change to what `translation` says on its translated page (a PageLogEntry),
    with the language it is in and the language it is translated from."""
    page = translation_target_page(translation=translation)
    if page is None:
        return
    log(
        instance=page.specific,
        action=action,
        user=user,
        data={
            "language": translation.target_locale.language_code,
            "source_language": translation.source.locale.language_code,
            **(data or {}),
        },
    )


def root_translation_workflow_ensure(*, page: Page) -> None:
    """Put a new translation of a site's home page (the English home) under the approval
    workflow, and with it every page that will ever be added below it."""
    if page.depth != 2:
        return
    if Site.objects.filter(root_page__translation_key=page.translation_key).exists():
        approval_workflow_ensure()


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
