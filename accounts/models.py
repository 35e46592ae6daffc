"""Accounts: invitations that let a network's editors bring in members and partners."""

import hashlib
from datetime import datetime, timedelta
from typing import ClassVar

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

DEFAULT_INVITATION_DAYS = 14


def invitation_days() -> int:
    """How long an invitation link works (setting ACCOUNTS_INVITATION_DAYS)."""
    return getattr(settings, "ACCOUNTS_INVITATION_DAYS", DEFAULT_INVITATION_DAYS)


def invitation_expiry_default() -> datetime:
    return timezone.now() + timedelta(days=invitation_days())


def invitation_token_hash(token: str) -> str:
    """Only this digest is stored: a leaked database holds no usable invitation link."""
    return hashlib.sha256(token.encode()).hexdigest()


class Invitation(models.Model):
    """An e-mailed, single-use link to join one network as a member or a partner.

    Editor and coordinator rights are never given by invitation: the role choices, the
    services and a database constraint all stop at member and partner.
    """

    class Role(models.TextChoices):
        MEMBER = "member", _("Member")
        PARTNER = "partner", _("Partner")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        ACCEPTED = "accepted", _("Accepted")
        REVOKED = "revoked", _("Revoked")
        EXPIRED = "expired", _("Expired")

    access = models.ForeignKey(
        "access.NetworkAccess",
        verbose_name=_("network"),
        on_delete=models.CASCADE,
        related_name="invitations",
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    email = models.EmailField(_("e-mail address"))
    first_name = models.CharField(_("first name"), max_length=150, blank=True)
    last_name = models.CharField(_("last name"), max_length=150, blank=True)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("invited at"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires at"), default=invitation_expiry_default)
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)
    accepted_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("accepted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering: ClassVar[list[str]] = ["-created_at"]
        constraints: ClassVar[list] = [
            models.CheckConstraint(
                condition=models.Q(role__in=["member", "partner"]),
                name="invitation_role_member_or_partner",
            )
        ]

    def __str__(self) -> str:
        return f"{self.email} ({self.get_role_display()})"

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)

    @property
    def status(self) -> str:
        if self.accepted_at is not None:
            return self.Status.ACCEPTED
        if self.revoked_at is not None:
            return self.Status.REVOKED
        if self.expires_at <= timezone.now():
            return self.Status.EXPIRED
        return self.Status.OPEN

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN


# Wagtail log actions of invitations and memberships (registered in accounts.wagtail_hooks).
INVITATION_CREATED_LOG_ACTION = "dkc.invitation_created"
INVITATION_ACCEPTED_LOG_ACTION = "dkc.invitation_accepted"
INVITATION_REVOKED_LOG_ACTION = "dkc.invitation_revoked"
MEMBERSHIP_REMOVED_LOG_ACTION = "dkc.membership_removed"
# Who may read or edit, changed through Wagtail's users admin (logged on the account, once per
# network concerned, with its `network_key`).
ACCOUNT_GROUP_ADDED_LOG_ACTION = "dkc.account_group_added"
ACCOUNT_GROUP_REMOVED_LOG_ACTION = "dkc.account_group_removed"
ACCOUNT_ACTIVATED_LOG_ACTION = "dkc.account_activated"
ACCOUNT_DEACTIVATED_LOG_ACTION = "dkc.account_deactivated"
SUPERUSER_GRANTED_LOG_ACTION = "dkc.superuser_granted"
SUPERUSER_REVOKED_LOG_ACTION = "dkc.superuser_revoked"
