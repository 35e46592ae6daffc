"""The one way the site sends e-mail: requests, workflow notifications, invitations.

Each message is rendered here, in the request, in its recipient's language (an editor's
preferred admin language, else the site's first language; an address without an account
gets the language the caller names). Delivery is a task (`mail_deliver`), so with a queued
backend (`TASKS` in the settings, see docs/deploy.md) a slow or failing mail server never
slows or breaks a page save; with the immediate backend, the default, it is sent at once
and a failure is logged, never raised into the request.
"""

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ObjectDoesNotExist
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils.translation import override
from django_tasks import TaskResultStatus, task

logger = logging.getLogger(__name__)


def user_language(user: AbstractBaseUser) -> str:
    """The language of every mail a person with an account gets: their admin language.

    Without a preference it is the site's first language. Wagtail's own fallback, the
    language the admin happens to be showing, would be the sender's, not the recipient's.
    """
    try:
        preferred = user.wagtail_userprofile.preferred_language
    except ObjectDoesNotExist:
        preferred = ""
    return preferred or settings.LANGUAGE_CODE


@dataclass(frozen=True)
class MailTemplates:
    """The templates of one kind of message: subject and text, optionally an HTML part."""

    subject: str
    text: str
    html: str = ""

    @classmethod
    def named(cls, base: str) -> "MailTemplates":
        """`<base>_subject.txt` and `<base>.txt`, the site's own convention."""
        return cls(subject=f"{base}_subject.txt", text=f"{base}.txt")


@task()
def mail_deliver(
    *, subject: str, body: str, to: list[str], html: str = "", attachments: list | None = None
) -> None:
    """Hand one rendered message to the mail backend (runs as a task). `attachments` are
    (file name, text content, MIME type) triples, so the task's arguments stay JSON."""
    message = EmailMultiAlternatives(
        subject,
        body,
        settings.DEFAULT_FROM_EMAIL,
        to,
        headers={"Auto-Submitted": "auto-generated"},
    )
    if html:
        message.attach_alternative(html, "text/html")
    for filename, content, mimetype in attachments or []:
        message.attach(filename, content, mimetype)
    message.send()


def mail_send(
    *,
    templates: MailTemplates,
    context: dict,
    recipients: Iterable[AbstractBaseUser | str],
    language: str | None = None,
    raise_on_failure: bool = False,
    attachments: Iterable[tuple[str, str, str]] = (),
) -> int:
    """Render one message per recipient in their language and queue it; returns how many
    were queued (or sent). Recipients are accounts (their `email`, their language) or bare
    addresses (`language`, else the site's first language); the account is in the context
    as `user`. A failed delivery is logged; with `raise_on_failure` it raises as well, so
    a caller can keep nothing when its one message could not be sent (immediate backend).
    `attachments`: (file name, text content, MIME type), the same for every recipient.
    """
    attachments = [list(attachment) for attachment in attachments]
    queued = 0
    for recipient in recipients:
        is_account = not isinstance(recipient, str)
        address = recipient.email if is_account else recipient
        if not address:
            continue
        recipient_language = language or (
            user_language(recipient) if is_account else settings.LANGUAGE_CODE
        )
        message_context = {**context, "user": recipient} if is_account else context
        with override(recipient_language):
            subject = " ".join(render_to_string(templates.subject, message_context).split())
            body = render_to_string(templates.text, message_context).strip()
            html = render_to_string(templates.html, message_context) if templates.html else ""
        result = mail_deliver.enqueue(
            subject=subject, body=body, to=[address], html=html, attachments=attachments
        )
        if result.status == TaskResultStatus.FAILED:
            logger.error("Could not send %s to %s", templates.text, address)
            if raise_on_failure:
                raise MailNotSent(address)
            continue
        queued += 1
    return queued


class MailNotSent(Exception):
    """The message could not be handed to the mail server."""
