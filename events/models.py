"""Events of the networks and the DKC MVO: sessions, roadshows, study days, meetings.

An event lives under the network that organises it (so that network's editors can manage it)
or directly under the agenda for the DKC MVO's own events; the agenda lists them all.
"""

import hashlib
from typing import ClassVar

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.http import QueryDict
from django.utils import timezone
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BaseStreamBlock
from core.cdn import subpage_paths_in_every_language
from core.models import Audience, BasePage
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

    def get_cached_paths(self) -> list[str]:
        """What a CDN keeps of the agenda, forgotten with it (pagecache.store): the page, its
        archive and its calendar feeds, all events' and each network's."""
        slugs = selectors.agenda_feed_network_slugs(agenda=self)
        return [
            "/",
            *subpage_paths_in_every_language(self, "archive"),
            *subpage_paths_in_every_language(self, "ical"),
            *subpage_paths_in_every_language(
                self, "ical_network", args_list=[(slug,) for slug in slugs]
            ),
        ]

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

    # Calendar feeds (events.views): "ical" names a format, the same word in both languages.
    @path("ical/", name="ical")
    @path("ical/<str:network_slug>/", name="ical_network")
    def ical(self, request, network_slug: str | None = None):
        from events.views import agenda_ical_view

        return agenda_ical_view(request, agenda=self, network_slug=network_slug)


class EventPage(RoutablePageMixin, BasePage):
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
    audience = models.CharField(
        _("audience"),
        max_length=10,
        choices=Audience.choices,
        default=Audience.EVERYONE,
        help_text=_(
            "Whom the event is made for. Nobody is refused: this only helps visitors find it."
        ),
    )

    content_panels: ClassVar[list] = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("event_type"),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("location"),
                FieldPanel("audience"),
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

    def get_cached_paths(self) -> list[str]:
        """What a CDN keeps of the event, forgotten with it (pagecache.store): the page and its
        calendar file. (The registration form is never kept: events.views.)"""
        return ["/", *subpage_paths_in_every_language(self, "ical")]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only when the page's kept content is rendered again (event_page.html).
        context["event_themes"] = SimpleLazyObject(lambda: selectors.event_theme_list(event=self))
        context["registration_state"] = SimpleLazyObject(
            lambda: selectors.registration_state_for(event=self)
        )
        context["series"] = SimpleLazyObject(lambda: selectors.event_series_context(event=self))
        return context

    # The form lives on a sub-route: the event page itself sets no session or CSRF cookie,
    # so it stays cacheable for anonymous readers.
    @path(_("register/"), name="register")
    def register(self, request):
        from events.views import registration_view

        return registration_view(request, event=self)

    @path("ical/", name="ical")
    def ical(self, request):
        from events.views import event_ical_view

        return event_ical_view(request, event=self)


def registration_token_hash(token: str) -> str:
    """Only this digest of a cancel link is stored: a leaked database cancels nobody."""
    return hashlib.sha256(token.encode()).hexdigest()


class RegistrationSettings(models.Model):
    """Whether and how visitors register for one event, in every language at once.

    Keyed to the event's translation key, so the Dutch page and its English translation share
    one capacity and one list. Not a page field: it never enters revisions or translation
    sources, and a change (capacity, closing now) takes effect at once, logged, without a
    workflow round. Its row is also the lock that keeps two registrations from taking one
    seat (`events.services.registration_create`).
    """

    event_key = models.UUIDField(_("event"), unique=True, editable=False)
    # Off: the event takes no registrations and shows no form; those already taken are kept
    # (check-in, counts, cancel links, retention).
    enabled = models.BooleanField(
        _("registration on"),
        default=True,
        help_text=_("Off: the event page shows no registration. Registrations are kept."),
    )
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    opens_at = models.DateTimeField(_("registration opens"), null=True, blank=True)
    closes_at = models.DateTimeField(_("registration closes"), null=True, blank=True)
    waitlist_enabled = models.BooleanField(_("waiting list"), default=True)
    # The published event's end and Dutch title, copied when the settings are made and when
    # the event is published: retention and the ESF counts need them after its pages are gone.
    event_ends_at = models.DateTimeField(_("event ends"), null=True, blank=True, editable=False)
    event_title = models.CharField(_("event title"), max_length=255, blank=True, editable=False)
    # Also copied on publish: when the event's pages are all deleted, the ESF report still
    # counts it, in its period and under its network (None: the DKC MVO's own event).
    event_starts_at = models.DateTimeField(_("event starts"), null=True, blank=True, editable=False)
    event_network_key = models.UUIDField(_("network"), null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(_("changed at"), auto_now=True)

    class Meta:
        verbose_name = _("registration settings")
        verbose_name_plural = _("registration settings")

    def __str__(self) -> str:
        return gettext("Registration for event %(key)s") % {"key": self.event_key}

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("Registration cannot close before it opens.")})


class Registration(models.Model):
    """One visitor's registration for an event: confirmed, on the waiting list, or cancelled.

    A cancelled registration keeps only what the ESF counts need (its size category and
    status); its personal fields are emptied at once (`erased_at`).
    """

    class OrganisationSize(models.TextChoices):
        SMALL = "small", _("Small organisation (fewer than 50 staff)")
        LARGE = "large", _("Large organisation (50 staff or more)")
        INDIVIDUAL = "individual", _("Individual")

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITLISTED = "waitlisted", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    event_settings = models.ForeignKey(
        RegistrationSettings,
        verbose_name=_("event"),
        on_delete=models.PROTECT,
        related_name="registrations",
    )
    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    organisation_size = models.CharField(
        _("organisation size"), max_length=20, choices=OrganisationSize.choices
    )
    function = models.CharField(_("function"), max_length=200, blank=True)
    language = models.CharField(_("language"), max_length=10, default="nl")
    consent_at = models.DateTimeField(_("consent given at"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    cancel_token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("registered at"), default=timezone.now)
    promoted_at = models.DateTimeField(_("moved off the waiting list at"), null=True, blank=True)
    # Check-in on the day: None until someone marks the attendee present or absent. Kept after
    # erasure: the ESF counts of who was present per size category need it.
    present = models.BooleanField(_("present"), null=True, blank=True)
    checked_in_at = models.DateTimeField(_("checked in at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    erased_at = models.DateTimeField(_("personal data erased at"), null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        # The waiting list's order is the order of arrival (ids grow under the event's lock).
        ordering: ClassVar[list[str]] = ["created_at", "pk"]
        constraints: ClassVar[list] = [
            models.UniqueConstraint(
                "event_settings",
                Lower("email"),
                # Erased rows have no address left to be unique.
                condition=~Q(status="cancelled") & Q(erased_at__isnull=True),
                name="events_registration_one_active_per_email",
            )
        ]
        indexes: ClassVar[list] = [
            models.Index(fields=["event_settings", "status"], name="events_reg_event_status")
        ]

    def __str__(self) -> str:
        # Never the person: this text is copied into log entries, which outlive erasure.
        return gettext("Registration %(number)s") % {"number": self.pk}
