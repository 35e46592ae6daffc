"""The thesis submissions in the admin (menu, list, inspect, winner), their permission policy
(the rule in `access.rules`), and the wording of their log entries (never the student)."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.permissions import register_permission_policy

from thesisprize.admin_views import SubmissionPermissionPolicy, SubmissionViewSet
from thesisprize.models import ThesisSubmission
from thesisprize.services import (
    SUBMISSION_CREATED_LOG_ACTION,
    SUBMISSION_WINNER_LOG_ACTION,
    SUBMISSIONS_ERASED_LOG_ACTION,
)

# Before anything asks Wagtail for the model's policy (else it falls back to Django's).
register_permission_policy(ThesisSubmission, SubmissionPermissionPolicy(ThesisSubmission))


@hooks.register("register_admin_viewset")
def register_submission_viewset():
    return SubmissionViewSet()


@hooks.register("register_log_actions")
def register_submission_log_actions(actions):
    def call_title(log_entry) -> str:
        return (log_entry.data or {}).get("call_title", "")

    @actions.register_action(SUBMISSION_CREATED_LOG_ACTION)
    class SubmissionCreatedFormatter(LogFormatter):
        label = _("Thesis submitted")

        def format_message(self, log_entry) -> str:
            return gettext("A student submitted a thesis for %(call)s") % {
                "call": call_title(log_entry)
            }

    @actions.register_action(SUBMISSION_WINNER_LOG_ACTION)
    class SubmissionWinnerFormatter(LogFormatter):
        label = _("Thesis prize winner marked")

        def format_message(self, log_entry) -> str:
            values = {"call": call_title(log_entry), "number": log_entry.object_id}
            if (log_entry.data or {}).get("winner"):
                return gettext("Submission %(number)s marked as a winner of %(call)s") % values
            return gettext("The winner mark of submission %(number)s for %(call)s taken back") % (
                values
            )

    @actions.register_action(SUBMISSIONS_ERASED_LOG_ACTION)
    class SubmissionsErasedFormatter(LogFormatter):
        label = _("Thesis submissions erased after the retention period")

        def format_message(self, log_entry) -> str:
            data = log_entry.data or {}
            return gettext(
                "Personal data and theses erased %(months)s months after the award of "
                "%(call)s; submissions: %(count)s"
            ) % {
                "call": data.get("call_title", ""),
                "count": data.get("submissions", 0),
                "months": data.get("months", ""),
            }
