from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.log_actions import LogFormatter
from wagtail.models import CollectionViewRestriction

from access.rules import user_may_move_file
from privatemedia.access import denial_response, mark_request
from privatemedia.forms import MOVE_REFUSED
from privatemedia.selectors import view_restrictions_for
from privatemedia.services import (
    COLLECTION_PRIVACY_LOG_ACTION,
    FILE_MOVED_LOG_ACTION,
    FILE_REPLACED_LOG_ACTION,
    file_move_log,
    stored_file_place_sync,
)


# Before Wagtail's own check (order 0), so that a logged-in user without access gets a 403
# instead of Wagtail's redirect to a login page they have already passed.
@hooks.register("before_serve_document", order=-1)
def check_document_access(document, request: HttpRequest) -> HttpResponse | None:
    restrictions = view_restrictions_for(collections=(document.collection,))
    mark_request(request, restricted=bool(restrictions))
    return denial_response(request, restrictions)


@hooks.register("before_bulk_action")
def guard_bulk_add_to_collection(request: HttpRequest, action_type: str, objects, action):
    """The bulk "Add to collection" of images and documents moves files with a plain UPDATE:
    the same rule as the edit forms (privatemedia/forms.py), then one log entry per file."""
    if action_type != "add_to_collection" or action.model not in (
        get_image_model(),
        get_document_model(),
    ):
        return None
    form = action.cleaned_form
    target = form.cleaned_data["collection"]
    refused = [
        file_object
        for file_object in objects
        if not user_may_move_file(user=request.user, source=file_object.collection, target=target)
    ]
    if refused:
        for file_object in refused:
            form.add_error(
                "collection",
                MOVE_REFUSED % {"source": file_object.collection.name, "target": target.name},
            )
        return action.form_invalid(form)
    for file_object in objects:
        file_move_log(
            file_object=file_object, source=file_object.collection, target=target, user=request.user
        )
    return None


@hooks.register("after_bulk_action")
def place_files_after_bulk_add_to_collection(
    request: HttpRequest, action_type: str, objects, action
):
    """The bulk move is a plain UPDATE (no save signal): each file to its storage after it."""
    if action_type != "add_to_collection" or action.model not in (
        get_image_model(),
        get_document_model(),
    ):
        return None
    for file_object in action.model.objects.filter(
        pk__in=[file_object.pk for file_object in objects]
    ).select_related("collection"):
        stored_file_place_sync(file_object=file_object)
    return None


def _file_move_values(log_entry) -> dict[str, str]:
    data = log_entry.data
    return {
        "source": (data.get("source") or {}).get("name", "?"),
        "target": (data.get("target") or {}).get("name", "?"),
    }


@hooks.register("register_log_actions")
def register_file_log_actions(actions):
    @actions.register_action(FILE_MOVED_LOG_ACTION)
    class FileMovedFormatter(LogFormatter):
        label = _("File moved to another collection")

        def format_message(self, log_entry) -> str:
            if log_entry.data.get("readers_changed"):
                return gettext(
                    "Moved from “%(source)s” to “%(target)s”; who may read it changed"
                ) % _file_move_values(log_entry)
            return gettext("Moved from “%(source)s” to “%(target)s”") % _file_move_values(log_entry)

    @actions.register_action(FILE_REPLACED_LOG_ACTION)
    class FileReplacedFormatter(LogFormatter):
        label = _("File replaced")

        def format_message(self, log_entry) -> str:
            data = log_entry.data
            return gettext("Replaced the file “%(old)s” with “%(new)s”") % {
                "old": data.get("old_file", "?"),
                "new": data.get("new_file", "?"),
            }

    @actions.register_action(COLLECTION_PRIVACY_LOG_ACTION)
    class CollectionPrivacyFormatter(LogFormatter):
        label = _("Privacy of a collection changed")

        def format_message(self, log_entry) -> str:
            data = log_entry.data
            values = {
                "collection": (data.get("collection") or {}).get("name", "?"),
                "groups": ", ".join(data.get("groups") or []),
            }
            change = data.get("change")
            if change == "opened":
                return (
                    gettext("Privacy of “%(collection)s” removed: everyone can read its files")
                    % values
                )
            if change == "readers_added":
                return gettext("Readers of “%(collection)s” added: %(groups)s") % values
            if change == "readers_removed":
                return gettext("Readers of “%(collection)s” removed: %(groups)s") % values
            kinds = dict(CollectionViewRestriction.RESTRICTION_CHOICES)
            values["kind"] = kinds.get(data.get("restriction_type"), "?")
            return gettext("Privacy of “%(collection)s” set: %(kind)s") % values
