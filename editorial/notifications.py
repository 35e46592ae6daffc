"""Wagtail's workflow e-mails (submitted, approved, rejected) in the recipient's language.

Wagtail renders each one under the recipient's preferred admin language, but a recipient
without a preference gets the language active at that moment: the sender's admin language.
These notifiers render for each recipient under `user_language`, the rule of every other mail
of the site (Wagtail's own override then finds the same language), and also put the HTML
alternative, which Wagtail renders outside its override, in that language.
"""

from collections import defaultdict

from django.utils import translation
from wagtail.admin.mail import (
    GroupApprovalTaskStateSubmissionEmailNotifier,
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
    WorkflowStateSubmissionEmailNotifier,
)
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

from editorial.selectors import user_language


class RecipientLanguageMixin:
    def send_emails(self, template_set, context, recipients, **kwargs) -> bool:
        by_language = defaultdict(list)
        for recipient in recipients:
            by_language[user_language(recipient)].append(recipient)
        sent = True
        for language, group in by_language.items():
            with translation.override(language):
                sent = super().send_emails(template_set, context, group, **kwargs) and sent
        return sent


class TaskSubmissionNotifier(RecipientLanguageMixin, GroupApprovalTaskStateSubmissionEmailNotifier):
    pass


class WorkflowSubmissionNotifier(RecipientLanguageMixin, WorkflowStateSubmissionEmailNotifier):
    pass


class WorkflowApprovalNotifier(RecipientLanguageMixin, WorkflowStateApprovalEmailNotifier):
    pass


class WorkflowRejectionNotifier(RecipientLanguageMixin, WorkflowStateRejectionEmailNotifier):
    pass


# Wagtail's receivers (wagtail.admin.signal_handlers), by the dispatch_uid they connect with.
NOTIFIERS = [
    (
        task_submitted,
        TaskState,
        "group_approval_task_submitted_email_notification",
        TaskSubmissionNotifier(),
    ),
    (
        workflow_submitted,
        WorkflowState,
        "workflow_state_submitted_email_notification",
        WorkflowSubmissionNotifier(),
    ),
    (
        workflow_rejected,
        WorkflowState,
        "workflow_state_rejected_email_notification",
        WorkflowRejectionNotifier(),
    ),
    (
        workflow_approved,
        WorkflowState,
        "workflow_state_approved_email_notification",
        WorkflowApprovalNotifier(),
    ),
]


def workflow_notifiers_connect() -> None:
    """Take the places of Wagtail's notifiers, whichever app is ready first.

    Django skips a receiver whose dispatch_uid is already connected: when this runs before
    wagtail.admin is ready (editorial comes first in INSTALLED_APPS), Wagtail's own never
    connect; when it runs after, they are disconnected here.
    """
    for signal, sender, dispatch_uid, notifier in NOTIFIERS:
        signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)
        signal.connect(notifier, sender=sender, dispatch_uid=dispatch_uid)
