"""Wagtail's workflow e-mails (submitted, approved, rejected) through the site's one mail
function, `core.mail.mail_send`.

Wagtail renders each one under the recipient's preferred admin language, but a recipient
without a preference gets the language active at that moment: the sender's admin language;
and it renders the HTML alternative outside that override. Sent through `mail_send`, each
message (HTML part included) is in the recipient's language like every other mail of the
site, and delivered as a task outside the request that approved or submitted.

One person's actions send another person only so many of these an hour
(`RATE_LIMITS["workflow_mail"]`): submitting, cancelling and submitting again cannot flood
the coordinators' inboxes. What is over the limit is not mailed (and logged); the task
itself still waits on the coordinator's dashboard, and the page's history keeps every step.
"""

import logging

from django.conf import settings
from wagtail.admin.mail import (
    GroupApprovalTaskStateSubmissionEmailNotifier,
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
    WorkflowStateSubmissionEmailNotifier,
)
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

from core.mail import MailTemplates, mail_send
from core.ratelimit import rate_limit_hit

logger = logging.getLogger(__name__)


class RecipientLanguageMixin:
    def send_emails(self, template_set, context, recipients, **kwargs) -> bool:
        use_html = getattr(settings, "WAGTAILADMIN_NOTIFICATION_USE_HTML", False)
        templates = MailTemplates(
            subject=template_set["subject"],
            text=template_set["text"],
            html=template_set["html"] if use_html else "",
        )
        recipients = _within_limit(list(recipients), actor=kwargs.get("user"))
        return mail_send(templates=templates, context=context, recipients=recipients) == len(
            recipients
        )


def _within_limit(recipients: list, *, actor) -> list:
    actor_key = str(actor.pk) if getattr(actor, "pk", None) else "-"
    kept = []
    for recipient in recipients:
        if rate_limit_hit(scope="workflow_mail", key=f"{actor_key}:{recipient.pk}"):
            logger.warning(
                "Workflow mail to user %s not sent: too many from %s", recipient.pk, actor_key
            )
            continue
        kept.append(recipient)
    return kept


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
