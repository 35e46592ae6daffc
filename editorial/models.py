"""The requests editors make for actions they may not do (unpublish, delete, move)."""

from typing import ClassVar

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PageActionRequest(models.Model):
    """An editor's request to unpublish, delete or move a page, for a coordinator to decide."""

    class Action(models.TextChoices):
        UNPUBLISH = "unpublish", _("Unpublish")
        DELETE = "delete", _("Delete")
        MOVE = "move", _("Move")

    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting approval")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        CANCELLED = "cancelled", _("Cancelled")

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="action_requests",
    )
    # Kept so the record still reads well after the page is deleted.
    page_title = models.CharField(_("page title"), max_length=255)
    network = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("network"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    target_parent = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("move to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.TextField(_("reason"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="page_action_requests",
    )
    requested_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        verbose_name = _("page action request")
        verbose_name_plural = _("page action requests")
        ordering: ClassVar[list[str]] = ["requested_at"]
        constraints: ClassVar[list] = [
            models.UniqueConstraint(
                fields=["page", "action"],
                condition=models.Q(status="pending"),
                name="one_pending_request_per_page_and_action",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_action_display()}: {self.page_title}"


# Wagtail log actions of requests and their decisions (registered in editorial.hooks.requests).
REQUEST_LOG_ACTIONS = {
    PageActionRequest.Action.UNPUBLISH: "dkc.request_unpublish",
    PageActionRequest.Action.DELETE: "dkc.request_delete",
    PageActionRequest.Action.MOVE: "dkc.request_move",
}
REQUEST_APPROVED_LOG_ACTION = "dkc.request_approved"
REQUEST_REJECTED_LOG_ACTION = "dkc.request_rejected"
