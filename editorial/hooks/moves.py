"""Who may read a page never changes by a move without the coordinator.

Wagtail lets an editor move a draft page they may delete to any page they may add to, and the
coordinator move anything anywhere; neither screen says that a move out of an intranet makes
a page public. Editors are refused such moves (they ask with "Request move", which offers only
places with the same readers for a closed page); the coordinator is warned in plain words on
the confirmation screen, and the bulk move asks them to confirm.
"""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter, log
from wagtail.models import Page

from access.rules import user_is_coordinator
from core.bulk_actions import page_bulk_move_destination
from editorial.selectors.moves import move_readers_change, readers_change_message

CONFIRM_FIELD = "confirm_readers_change"
READERS_CHANGED_LOG_ACTION = "dkc.move_readers_changed"
# Set by the move's check, read once the move is done (Wagtail's after hook has no destination).
_PENDING_ATTRIBUTE = "dkc_move_readers_warning"


def _log_readers_change(*, page: Page, destination: Page, change: dict, user) -> None:
    log(
        instance=page.specific,
        action=READERS_CHANGED_LOG_ACTION,
        user=user,
        data={
            "readers_change": change,
            "target": {"id": destination.pk, "title": destination.get_admin_display_title()},
        },
    )


def _editor_refusal() -> str:
    return gettext(
        "You cannot move this page there: it would change who may read it. "
        "Ask the DKC coordinator (for a published page: “Request move”)."
    )


@hooks.register("before_move_page")
def guard_readers_on_move(request, page, destination):
    change = move_readers_change(page=page, target=destination)
    if change is None:
        return None
    warning = readers_change_message(change)
    if not user_is_coordinator(request.user):
        if not page.permissions_for_user(request.user).can_move_to(destination):
            return None  # Wagtail refuses it anyway (a 403), for its own reasons
        messages.error(request, f"{_editor_refusal()} {warning}")
        return redirect("wagtailadmin_pages:move", page.pk)
    if request.method == "GET":
        messages.warning(request, warning)  # shown on the confirmation screen itself
    else:
        setattr(request, _PENDING_ATTRIBUTE, (destination, change))
    return None


@hooks.register("after_move_page")
def log_readers_change_on_move(request, page):
    pending = getattr(request, _PENDING_ATTRIBUTE, None)
    if pending is not None:
        destination, change = pending
        _log_readers_change(page=page, destination=destination, change=change, user=request.user)
    return None


@hooks.register("before_copy_page")
def guard_readers_on_copy(request, page):
    """A copy out of a closed area (and a delete request after it) is a move by other means:
    an editor's copy must land where the same people read it."""
    if request.method != "POST" or user_is_coordinator(request.user):
        return None
    destination_id = request.POST.get("new_parent_page", "")
    destination = (
        Page.objects.filter(pk=int(destination_id)).first() if destination_id.isdigit() else None
    )
    if destination is None:
        return None  # Wagtail's form says what is missing
    change = move_readers_change(page=page, target=destination)
    if change is None:
        return None
    messages.error(
        request,
        gettext(
            "You cannot copy this page there: the copy would be read by other people than the "
            "page. Ask the DKC coordinator."
        )
        + " "
        + readers_change_message(change),
    )
    return redirect("wagtailadmin_pages:copy", page.pk)


@hooks.register("before_bulk_action")
def guard_readers_on_bulk_move(request, action_type, objects, action):
    if (move := page_bulk_move_destination(action_type, action)) is None:
        return None
    form, destination = move
    changes = [
        (page, change)
        for page in objects
        if (change := move_readers_change(page=page, target=destination)) is not None
    ]
    if not changes:
        return None
    lines = [
        f"{page.get_admin_display_title()}: {readers_change_message(change)}"
        for page, change in changes
    ]
    if not user_is_coordinator(request.user):
        form.add_error(None, _editor_refusal())
        for line in lines:
            form.add_error(None, line)
        return action.form_invalid(form)
    if request.POST.get(CONFIRM_FIELD):
        # Inside the bulk action's transaction: logged only if the move happens.
        for page, change in changes:
            _log_readers_change(
                page=page, destination=destination, change=change, user=request.user
            )
        return None
    for line in lines:
        form.add_error(None, line)
    form.fields[CONFIRM_FIELD] = forms.BooleanField(
        label=gettext("Yes, I know who may read these pages changes"), required=True
    )
    return action.form_invalid(form)


@hooks.register("register_log_actions")
def register_move_log_actions(actions):
    @actions.register_action(READERS_CHANGED_LOG_ACTION)
    class MoveReadersChangedFormatter(LogFormatter):
        label = _("Move changed who may read the page")

        def format_message(self, log_entry) -> str:
            change = log_entry.data.get("readers_change")
            return readers_change_message(change) if change else str(self.label)
