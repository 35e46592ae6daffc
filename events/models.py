"""Events of the networks and the DKC MVO: sessions, roadshows, study days, meetings.

An event lives under the network that organises it (so that network's editors can manage it)
or directly under the agenda for the DKC MVO's own events; the agenda lists them all.
"""

from typing import ClassVar

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.http import QueryDict
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BaseStreamBlock
from core.models import BasePage
from events import selectors


class EventIndexPage(RoutablePageMixin, BasePage):
    """The agenda: upcoming events first, past ones on the archive page, filterable."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels: ClassVar[list] = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types: ClassVar[list[str]] = ["home.HomePage"]
    subpage_types: ClassVar[list[str]] = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("agenda")

    def counterpart_query(self, query: QueryDict, *, source: Page) -> QueryDict:
        """The query string of `source` (this agenda in another language) for this one."""
        return selectors.filter_query_translate(
            query=query, source=source.locale, target=self.locale
        )

    @path("")
    def upcoming(self, request):
        context = selectors.agenda_context(request=request, agenda=self, past=False)
        return self.render(request, context_overrides=context)

    @path(_("archive/"), name="archive")
    def archive(self, request):
        context = selectors.agenda_context(request=request, agenda=self, past=True)
        return self.render(request, context_overrides=context)


class EventPage(BasePage):
    class EventType(models.TextChoices):
        MEETING = "meeting", _("Meeting")
        STUDY_DAY = "study_day", _("Study day")
        INFO_SESSION = "info_session", _("Information session")
        ROADSHOW = "roadshow", _("Roadshow")
        WORKSHOP = "workshop", _("Workshop")
        DEADLINE = "deadline", _("Deadline")
        AWARD = "award", _("Award ceremony")
        TRIP = "trip", _("Study trip")

    event_type = models.CharField(
        _("kind of event"), max_length=20, choices=EventType.choices, default=EventType.MEETING
    )
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    location = models.CharField(_("location"), max_length=255, blank=True)
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    themes = ParentalManyToManyField(
        "themes.ThemePage", verbose_name=_("themes"), blank=True, related_name="events"
    )

    content_panels: ClassVar[list] = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("event_type"),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("location"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
    ]

    search_fields: ClassVar[list] = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("location"),
        index.FilterField("start"),
        index.FilterField("end"),
    ]

    parent_page_types: ClassVar[list[str]] = [
        "events.EventIndexPage",
        "networks.NetworkPage",
        "networks.ProjectPage",
    ]
    subpage_types: ClassVar[list[str]] = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    @cached_property
    def network_page(self):
        """The organising network (an ancestor), or None for the DKC MVO's own events."""
        return selectors.network_of(event=self)

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("An event cannot end before it starts.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["event_themes"] = selectors.event_theme_list(event=self)
        return context
