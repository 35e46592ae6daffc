"""The mainstream team's thesis prize ("het EI van MVO"): the call page, with its submission
form on the `submit/` sub-route, and the submissions.

A submission is personal data: it lives in its own model, never in a page field, a revision
or a translation source, and is erased a set time after the award
(`services.submission_erase_expired`). Its PDF is a Wagtail document in the network's private
thesis collection, read only by those `access.rules.thesis_submission_readers` names.
"""

from datetime import datetime
from typing import ClassVar

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model_string
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BaseStreamBlock
from core.models import BasePage


class ThesisCallPage(RoutablePageMixin, BasePage):
    """The call for a thesis prize: its text, the deadline and the award event in the agenda."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("call text"), blank=True)
    deadline = models.DateTimeField(
        _("submission deadline"),
        help_text=_("The form closes by itself at this moment (Brussels time)."),
    )
    award_event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("award event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The award ceremony in the agenda; submissions are erased after it."),
    )

    content_panels: ClassVar[list] = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("deadline"), PageChooserPanel("award_event", "events.EventPage")],
            heading=_("Deadline and award"),
        ),
    ]

    search_fields: ClassVar[list] = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("deadline"),
    ]

    parent_page_types: ClassVar[list[str]] = ["networks.NetworkPage"]
    subpage_types: ClassVar[list[str]] = []

    class Meta:
        verbose_name = _("thesis prize call")
        verbose_name_plural = _("thesis prize calls")

    def is_open(self, now: datetime | None = None) -> bool:
        """Submissions are taken until the deadline, not at or after it."""
        return (now or timezone.now()) < self.deadline

    @cached_property
    def live_award_event(self) -> Page | None:
        """The award event when it is live (a draft or unpublished event is not linked), in the
        active language where it is translated."""
        event = self.award_event
        if event is None:
            return None
        # In the reader's language where it is translated (the link is the same in both).
        event = event.localized
        return event if event.live else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["call_open"] = self.is_open()
        context["award_event"] = self.live_award_event
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # A stored copy must not offer the form after the deadline: close to it, nothing
        # keeps this page (the form itself, on `submit/`, is never stored).
        margin = settings.PAGE_CACHE_SECONDS + settings.PAGE_CACHE_MAX_AGE
        remaining = (self.deadline - timezone.now()).total_seconds()
        if 0 <= remaining <= margin:
            add_never_cache_headers(response)
        return response

    # The form lives on a sub-route: the call page itself sets no session or CSRF cookie,
    # so it stays cacheable for anonymous readers.
    @path(_("submit/"), name="submit")
    def submit(self, request):
        from thesisprize.views import submission_view

        return submission_view(request, call=self)


class ThesisSubmission(models.Model):
    """One student's entry for a thesis prize call (every language of the call shares them:
    keyed by the call's translation key). Its personal fields and file are erased
    `THESISPRIZE_RETENTION_MONTHS` after the award (`erased_at`); the row, the winner mark
    and the dates stay."""

    call_key = models.UUIDField(_("call"), db_index=True, editable=False)
    # The Dutch title of the call, kept for the list and the logs after its pages are gone.
    call_title = models.CharField(_("call"), max_length=255, blank=True, editable=False)
    name = models.CharField(_("student"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    school = models.CharField(_("school"), max_length=200, blank=True)
    supervisor = models.CharField(_("supervisor"), max_length=200, blank=True)
    thesis_title = models.CharField(_("thesis title"), max_length=300, blank=True)
    abstract = models.TextField(_("abstract"), blank=True)
    document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("thesis (PDF)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    language = models.CharField(_("language"), max_length=10, default="nl")
    consent_at = models.DateTimeField(_("consent given at"), null=True, blank=True)
    created_at = models.DateTimeField(_("submitted at"), default=timezone.now)
    # The call's deadline when it was submitted: the erasure's fallback when the call and its
    # award event are gone.
    call_deadline = models.DateTimeField(_("deadline"), null=True, blank=True, editable=False)
    winner = models.BooleanField(_("winner"), default=False)
    winner_marked_at = models.DateTimeField(_("marked as winner at"), null=True, blank=True)
    erased_at = models.DateTimeField(_("personal data erased at"), null=True, blank=True)

    class Meta:
        verbose_name = _("thesis submission")
        verbose_name_plural = _("thesis submissions")
        ordering: ClassVar[list[str]] = ["-created_at", "-pk"]

    def __str__(self) -> str:
        # Never the student: this text is copied into log entries, which outlive erasure.
        return gettext("Thesis submission %(number)s") % {"number": self.pk}
