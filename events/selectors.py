from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlencode
from uuid import UUID

from django import forms
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import (
    Case,
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.http import HttpRequest, QueryDict
from django.utils import timezone
from django.utils.choices import BaseChoiceIterator
from django.utils.formats import date_format
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from access.selectors import network_pages_by_path
from core.fragments import shared_value
from core.lens import lens_from_request
from core.localization import in_language, tree_kept_q
from core.visibility import public_pages
from networks.selectors import attach_network_pages, network_list, project_pages_by_path
from themes.selectors import tagged_with_q, theme_list, theme_list_for

EVENTS_PER_PAGE = 10


def event_list(*, locale: Locale) -> QuerySet:
    """Live, public events in one language; untranslated events in Dutch."""
    from events.models import EventPage

    return in_language(public_pages(EventPage.objects.live()), locale=locale)


def event_list_upcoming(*, locale: Locale, now=None, lens: str | None = None) -> QuerySet:
    """Events that have not ended yet, soonest first; with the reader's KO/GO `lens`, those
    for the other size after the rest (as the agenda lists them)."""
    now = now or timezone.now()
    events = event_list(locale=locale).filter(end__gte=now).order_by("start", "source_path")
    return _favour_lens(events, lens=lens)


def event_list_past(*, locale: Locale, now=None) -> QuerySet:
    """Events that have ended, most recent first."""
    now = now or timezone.now()
    return event_list(locale=locale).filter(end__lt=now).order_by("-start", "source_path")


def event_list_for(
    *,
    locale: Locale,
    network: Page | None = None,
    theme: Page | None = None,
    limit: int | None = None,
    lens: str | None = None,
) -> list:
    """Upcoming events of one network and/or theme, with their network attached; with the
    reader's KO/GO `lens`, those for the other size last."""
    # A listing shows no body: left out of the rows the database sorts and sends.
    upcoming = event_list_upcoming(locale=locale).defer_streamfields()
    events = _favour_lens(_filtered(upcoming, network=network, theme=theme), lens=lens)
    return event_listing_attach(list(events[:limit] if limit else events), locale=locale)


def agenda_for(*, locale: Locale):
    """The live agenda in `locale`, or the Dutch one where it is not translated (or None);
    kept between requests until the site changes (core.fragments)."""
    from events.models import EventIndexPage

    def agenda():
        agendas = public_pages(EventIndexPage.objects.live())
        return in_language(agendas, locale=locale).order_by("source_path").first()

    return shared_value("agenda", (locale.language_code,), agenda)


def network_by_slug(*, locale: Locale, slug: str):
    """The live public network the agenda in `locale` names `slug` (as its filter does)."""
    return network_list(locale=locale).filter(slug=slug).first()


def agenda_feed_network_slugs(*, agenda: Page) -> list[str]:
    """The slugs of the networks that have a calendar feed on `agenda` (`ical/<slug>/`)."""
    return list(network_list(locale=agenda.locale).values_list("slug", flat=True))


def _filtered(
    events: QuerySet, *, network: "FilterChoice | None", theme: "FilterChoice | None"
) -> QuerySet:
    """Events below a network, or tagged with a theme, in whichever language they exist."""
    if network is not None:
        events = events.filter(tree_kept_q(network))
    if theme is not None:
        events = events.filter(tagged_with_q(events.model, theme=theme))
    return events


# --- Series ----------------------------------------------------------------------------------
# The events under one project page form a series (COMPLEET's six roadshows, the monthly
# roadshow with the ministers): the project page lists its dates, each event names the others.


def attach_series(events: list, *, locale: Locale) -> list:
    """Set `.series` on each event: the live project page it lies under (in `locale` where
    translated), or None. Two queries at most, whatever the number of events."""
    steplen = Page.steplen
    by_path = project_pages_by_path((event.path[:-steplen] for event in events), locale=locale)
    for event in events:
        event.series = by_path.get(event.path[:-steplen])
    return events


def series_of(*, event: Page) -> Page | None:
    """The project page whose series `event` is part of (its live parent), or None."""
    from networks.models import ProjectPage

    return ProjectPage.objects.live().filter(path=event.path[: -Page.steplen]).first()


def series_event_list(*, project: Page, locale: Locale | None = None) -> list:
    """The live, public events of one series in `locale` (the project's by default), Dutch
    where untranslated, soonest first, each with its network and registration state: the
    same few queries however long the series."""
    from events.models import EventPage

    locale = locale or project.locale
    events = public_pages(EventPage.objects.live()).filter(tree_kept_q(project, children_only=True))
    events = list(in_language(events, locale=locale).order_by("start", "source_path"))
    attach_network_pages(events, locale=locale)
    attach_registration_states(events)
    for event in events:
        # Listed on its own series: no "part of the series" beside each date.
        event.series = None
    return events


def series_context(*, project: Page, exclude: Page | None = None) -> dict[str, Any]:
    """One series for a page: its project, its dates still to come (soonest first) and those
    past (most recent first), without `exclude` (the event being shown)."""
    events = series_event_list(project=project)
    if exclude is not None:
        events = [event for event in events if event.translation_key != exclude.translation_key]
    now = timezone.now()
    return {
        "project": project,
        "upcoming": [event for event in events if event.end >= now],
        "past": [event for event in events if event.end < now][::-1],
    }


def event_series_context(*, event: Page) -> dict[str, Any] | None:
    """The other dates of the series `event` is part of, or None when it is in none."""
    project = series_of(event=event)
    return series_context(project=project, exclude=event) if project is not None else None


def event_theme_list(*, event: Page) -> list:
    """The event's live themes in its language."""
    return theme_list_for(page=event)


def network_of(*, event: Page):
    """The network organising the event (the one above it), or None for the DKC's own: from
    the kept network pages (networks.selectors), no query while nothing changed."""
    return attach_network_pages([event])[0].network_page


@dataclass(frozen=True)
class FilterChoice:
    """A network or theme a filter form offers, with what the form, the filters and the
    headings read of its page: kept whole, the pages were a 120 kB value to unpickle on every
    filtered listing and search (bench/bench_search.py: 1-3 ms a request)."""

    pk: int
    slug: str
    title: str
    short_name: str
    translation_key: UUID

    @classmethod
    def of(cls, page: Page) -> "FilterChoice":
        return cls(
            pk=page.pk,
            slug=page.slug,
            title=page.title,
            short_name=getattr(page, "short_name", ""),
            translation_key=page.translation_key,
        )


def filter_choice_pages(
    *, locale: Locale
) -> tuple[dict[str, FilterChoice], dict[str, FilterChoice]]:
    """The networks and the themes a filter form offers in `locale`, each by slug: live,
    public, in the editors' order (`network_list`, `theme_list`). Kept per language until the
    next purge (core.fragments: every publish, move or view restriction), so a request reads
    them with no query while nothing changed."""
    return shared_value(
        "filter_choices",
        (locale.language_code,),
        lambda: (
            {network.slug: FilterChoice.of(network) for network in network_list(locale=locale)},
            {theme.slug: FilterChoice.of(theme) for theme in theme_list(locale=locale)},
        ),
    )


class ChoiceList(BaseChoiceIterator):
    """Choices that are (value, label) pairs already: a field and its widget take them as
    they are, where Django normalises a plain list twice a field (each label inspected: half
    of a filter form's cost, with a few dozen networks and themes)."""

    def __init__(self, choices: Iterable[tuple[str, Any]]):
        self.choices = list(choices)

    def __iter__(self):
        return iter(self.choices)

    def __len__(self) -> int:
        return len(self.choices)


class EventFilterForm(forms.Form):
    network = forms.ChoiceField(label=_("Network"), required=False)
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    # The values are the same in every language: the language switch keeps them as they are.
    audience = forms.ChoiceField(
        label=_("For"),
        required=False,
        help_text=_("Events for everyone are always shown: nobody is excluded."),
    )

    def __init__(self, *args, locale: Locale, **kwargs):
        from events.models import Audience

        super().__init__(*args, **kwargs)
        self.fields["audience"].choices = ChoiceList(
            [
                ("", _("Everyone")),
                (Audience.SMALL, Audience.SMALL.label),
                (Audience.LARGE, Audience.LARGE.label),
            ]
        )
        self.networks, self.themes = filter_choice_pages(locale=locale)
        all_choice = [("", _("All"))]
        self.fields["network"].choices = ChoiceList(
            all_choice + [(slug, n.short_name or n.title) for slug, n in self.networks.items()]
        )
        self.fields["theme"].choices = ChoiceList(
            all_choice + [(s, t.title) for s, t in self.themes.items()]
        )


def agenda_context(*, request: HttpRequest, agenda: Page, past: bool) -> dict[str, Any]:
    """Everything the agenda page shows: the filter form, one page of events, the pager."""
    locale = agenda.locale
    network = theme = None
    audience = ""
    if request.GET:
        form = EventFilterForm(request.GET, locale=locale)
        # A valid filter still applies when another one is unknown; errors are shown.
        form.is_valid()
        network = form.networks.get(form.cleaned_data.get("network", ""))
        theme = form.themes.get(form.cleaned_data.get("theme", ""))
        audience = form.cleaned_data.get("audience", "")
    else:
        # Unfiltered, the form's HTML is kept (event_index_page.html): built only if not.
        form = SimpleLazyObject(lambda: EventFilterForm(None, locale=locale))

    def events_page() -> PaginatorPage:
        events = event_list_past(locale=locale) if past else event_list_upcoming(locale=locale)
        events = _filtered(events, network=network, theme=theme)
        events = _for_audience(events, audience=audience)
        events = _favour_lens(events, lens=lens_from_request(request), past=past)
        page = Paginator(events, EVENTS_PER_PAGE).get_page(request.GET.get("page"))
        page.object_list = event_listing_attach(list(page.object_list), locale=locale)
        return page

    return {
        "filter_form": form,
        # Read only when the list's fragment is not kept (event_index_page.html).
        "events": SimpleLazyObject(events_page),
        "past": past,
        "selected_network": network,
        "selected_theme": theme,
        "selected_audience": dict(form.fields["audience"].choices).get(audience)
        if audience
        else None,
        "filter_query": _filter_query(network, theme, audience),
    }


def _for_audience(events: QuerySet, *, audience: str) -> QuerySet:
    """Events for one organisation size, and always those for everyone: the filter narrows
    the list, it never hides an event that is open to anyone."""
    from events.models import Audience

    if not audience:
        return events
    return events.filter(audience__in=[audience, Audience.EVERYONE])


def event_audience_after_lens(lens: str | None) -> str | None:
    """The audience whose events a listing or the search shows after the others when the
    reader's KO/GO lens is `lens` (the other size), or None without a lens."""
    from events.models import Audience

    return {"ko": Audience.LARGE, "go": Audience.SMALL}.get(lens or "")


def _favour_lens(events: QuerySet, *, lens: str | None, past: bool = False) -> QuerySet:
    """With the reader's KO/GO lens on, events made for the other size come after the rest;
    those for everyone keep their place. Nothing is hidden; still one query."""
    other = event_audience_after_lens(lens)
    if other is None:
        return events
    rank = Case(When(audience=other, then=Value(1)), default=Value(0), output_field=IntegerField())
    start = "-start" if past else "start"
    return events.annotate(lens_rank=rank).order_by("lens_rank", start, "source_path")


def event_listing_attach(events: list, *, locale: Locale) -> list:
    """What a listing shows beside each event, set in bulk: its network, the series it is
    part of, and its registration state. The same few queries for 10 events or 1,000."""
    attach_network_pages(events, locale=locale)
    attach_series(events, locale=locale)
    attach_registration_states(events)
    return events


def _filter_query(
    network: "FilterChoice | None", theme: "FilterChoice | None", audience: str = ""
) -> str:
    """The filter part of the query string, kept on pager links."""
    params = {}
    if network is not None:
        params["network"] = network.slug
    if theme is not None:
        params["theme"] = theme.slug
    if audience:
        params["audience"] = audience
    return urlencode(params)


def filter_query_translate(*, query: QueryDict, source: Locale, target: Locale) -> QueryDict:
    """The agenda's query string for the agenda in `target`: the network and theme filters
    name pages by their slug in one language, so each becomes its counterpart's slug there.

    A value that names nothing (or nothing in `target`) is dropped, as is the pager: the
    other language's list may be paged differently.
    """
    translated = query.copy()
    translated.pop("page", None)
    for name, pages in (("network", network_list), ("theme", theme_list)):
        value = query.get(name)
        if not value:
            continue
        keys = {page.slug: page.translation_key for page in pages(locale=source)}
        slugs = {page.translation_key: page.slug for page in pages(locale=target)}
        slug = slugs.get(keys.get(value))
        if slug:
            translated[name] = slug
        else:
            translated.pop(name)
    return translated


# --- Registrations -------------------------------------------------------------------------


@dataclass(frozen=True)
class RegistrationState:
    """What the event page says about registering: one of `STATUSES`, and places left.

    - "none": the event takes no registrations (no settings record, or registration is
      switched off: the page shows nothing about it, as for an event that never had any);
    - "not_open": registration opens later; "closed": it closed, or the event started;
    - "open": places left (`places_left`, None when unlimited);
    - "waitlist": full, new registrations join the waiting list; "full": full, no list.
    """

    status: str
    places_left: int | None = None
    opens_at: datetime | None = None

    @classmethod
    def of(
        cls,
        *,
        settings,
        event: Page,
        now: datetime | None = None,
        confirmed: int | None = None,
    ) -> "RegistrationState":
        """The state of `event` under `settings`. `confirmed` is its count of confirmed
        registrations when the caller counted them in bulk; otherwise it is counted here."""
        from events.models import Registration

        now = now or timezone.now()
        if settings is None or not settings.enabled:
            return cls("none")
        if settings.opens_at is not None and now < settings.opens_at:
            return cls("not_open", opens_at=settings.opens_at)
        if (settings.closes_at is not None and now >= settings.closes_at) or now >= event.start:
            return cls("closed")
        if settings.capacity is None:
            return cls("open")
        if confirmed is None:
            confirmed = settings.registrations.filter(status=Registration.Status.CONFIRMED).count()
        places_left = max(settings.capacity - confirmed, 0)
        if places_left > 0:
            return cls("open", places_left=places_left)
        return cls("waitlist" if settings.waitlist_enabled else "full", places_left=0)

    @property
    def accepts(self) -> bool:
        return self.status in ("open", "waitlist")


def registration_changes_places_shown(registration, *, deleted: bool = False) -> bool:
    """May this change to `registration` (saved, or `deleted`) have changed what pages show of
    its event (`RegistrationState`)? Only the places left depend on registrations, so only a
    change of the confirmed ones: one confirmed, or cancelled (it may have been confirmed),
    or a confirmed one deleted; and only for an event with a limit whose confirmed
    registrations now number at most the limit (one more or one fewer changed the places
    left; beyond the limit it shows full either way). A place on the waiting list, an event
    without a limit or with registration switched off: nothing a reader sees."""
    from events.models import Registration

    status = Registration.Status
    may_have_counted = (status.CONFIRMED,) if deleted else (status.CONFIRMED, status.CANCELLED)
    if registration.status not in may_have_counted:
        return False
    settings = registration.event_settings
    if not settings.enabled or settings.capacity is None:
        return False
    confirmed = settings.registrations.filter(status=status.CONFIRMED).count()
    return confirmed <= settings.capacity


def registration_settings_for(*, event: Page):
    """The registration settings shared by every language of `event`, or None."""
    from events.models import RegistrationSettings

    return RegistrationSettings.objects.filter(event_key=event.translation_key).first()


def registration_state_for(*, event: Page, now: datetime | None = None) -> RegistrationState:
    """Whether `event` (any language of it) takes registrations now, and how many places."""
    return RegistrationState.of(
        settings=registration_settings_for(event=event), event=event, now=now
    )


def registration_states_for(
    events: Iterable[Page], *, now: datetime | None = None
) -> dict[UUID, RegistrationState]:
    """The registration state of each of `events`, keyed by translation key: one query for
    their settings and confirmed counts together, whatever their number."""
    from events.models import Registration, RegistrationSettings

    events = list(events)
    if not events:
        return {}
    now = now or timezone.now()
    records = {
        record.event_key: record
        for record in RegistrationSettings.objects.filter(
            event_key__in={event.translation_key for event in events}
        ).annotate(
            confirmed_count=Count(
                "registrations",
                filter=Q(registrations__status=Registration.Status.CONFIRMED),
            )
        )
    }
    states = {}
    for event in events:
        record = records.get(event.translation_key)
        states[event.translation_key] = RegistrationState.of(
            settings=record,
            event=event,
            now=now,
            confirmed=record.confirmed_count if record is not None else None,
        )
    return states


def attach_registration_states(events: list, *, now: datetime | None = None) -> list:
    """Set `.registration_state` on each event (both languages share one) in one query."""
    states = registration_states_for(events, now=now)
    for event in events:
        event.registration_state = states[event.translation_key]
    return events


def registration_refusal(*, state: RegistrationState) -> str | None:
    """Why a registration is not taken in `state`, in the reader's language; None if it is."""
    if state.status == "none":
        return gettext("This event takes no registrations.")
    if state.status == "not_open":
        return gettext("Registration for this event opens on %(date)s.") % {
            "date": date_format(timezone.localtime(state.opens_at), "DATETIME_FORMAT")
        }
    if state.status == "closed":
        return gettext("Registration for this event is closed.")
    if state.status == "full":
        return gettext("This event is full.")
    return None


def registration_waitlist_position(*, registration) -> int | None:
    """1 for the first on the waiting list; None when the registration is not on it."""
    from events.models import Registration

    if registration.status != Registration.Status.WAITLISTED:
        return None
    ahead = Registration.objects.filter(
        event_settings_id=registration.event_settings_id,
        status=Registration.Status.WAITLISTED,
    ).filter(
        Q(created_at__lt=registration.created_at)
        | Q(created_at=registration.created_at, pk__lt=registration.pk)
    )
    return ahead.count() + 1


def registration_by_token(*, token: str):
    """The registration a cancel link names, or None."""
    from events.models import Registration, registration_token_hash

    return (
        Registration.objects.filter(cancel_token_hash=registration_token_hash(token))
        .select_related("event_settings")
        .first()
    )


# --- Attendees in the admin ----------------------------------------------------------------


def _source_event_subquery(field: str, *, key: str = "event_settings__event_key"):
    """One field of the event's Dutch source page (else any page of it), per row keyed by
    the event's translation key in `key`."""
    from django.db.models import Case, IntegerField, OuterRef, Subquery, Value, When

    from events.models import EventPage

    pages = EventPage.objects.filter(translation_key=OuterRef(key), alias_of__isnull=True).order_by(
        Case(
            When(locale_id=Locale.get_default().pk, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        ),
        "pk",
    )
    return Subquery(pages.values(field)[:1])


def registration_admin_list(*, user) -> QuerySet:
    """The registrations `user` may see in the admin (`access.rules`), people only: rows whose
    personal data is erased (cancelled, or past retention) are left out. Each row carries its
    event's title, start, page id and tree path (`event_title`, `event_start`,
    `event_page_id`, `event_path`) from the Dutch source page, in the same query."""
    from access.rules import event_attendees_visible
    from events.models import EventPage, Registration

    registrations = Registration.objects.filter(erased_at__isnull=True).exclude(
        status=Registration.Status.CANCELLED
    )
    registrations = event_attendees_visible(
        registrations,
        user=user,
        events=EventPage.objects.all(),
        key_field="event_settings__event_key",
    )
    return registrations.select_related("event_settings").annotate(
        event_title=_source_event_subquery("title"),
        event_start=_source_event_subquery("start"),
        event_page_id=_source_event_subquery("pk"),
        event_path=_source_event_subquery("path"),
    )


def registration_settings_admin_list(*, user) -> QuerySet:
    """The events with registrations whose attendees `user` may see, with their page's title
    and start (`page_title`, `page_start`), latest first: the admin's event filter."""
    from access.rules import event_attendees_visible
    from events.models import EventPage, RegistrationSettings

    def source(field: str):
        return _source_event_subquery(field, key="event_key")

    records = event_attendees_visible(
        RegistrationSettings.objects.all(), user=user, events=EventPage.objects.all()
    )
    # (Not "event_title": the settings keep their own snapshot of the title for retention.)
    return records.annotate(page_title=source("title"), page_start=source("start")).order_by(
        "-page_start", "pk"
    )


def registrations_attach_networks(registrations: list) -> list:
    """Give each registration of `registration_admin_list` its organising network's name
    (`event_network`, "" for the DKC MVO's own events); two queries for any number."""
    networks = network_pages_by_path(
        registration.event_path for registration in registrations if registration.event_path
    )
    for registration in registrations:
        network = networks.get(registration.event_path or "")
        registration.event_network = (
            (getattr(network, "short_name", "") or network.title) if network is not None else ""
        )
    return registrations


@dataclass(frozen=True)
class SizeCounts:
    """The anonymous figures of one size category: confirmed (`registered`), on the waiting
    list, cancelled, and marked present at check-in. Erased rows count alike."""

    registered: int = 0
    waitlisted: int = 0
    cancelled: int = 0
    present: int = 0


@dataclass(frozen=True)
class RegistrationCounts:
    """Per organisation size (small, large, individual: always all three), what ESF reporting
    needs of one event; the same before and after its attendees' data is erased."""

    by_size: dict[str, SizeCounts]

    @property
    def total(self) -> SizeCounts:
        return SizeCounts(
            **{
                name: sum(getattr(counts, name) for counts in self.by_size.values())
                for name in ("registered", "waitlisted", "cancelled", "present")
            }
        )


def registration_counts(*, event: Page | None = None, event_key=None) -> RegistrationCounts:
    """The anonymous counts of an event (any language of it, or its key when its pages are
    gone), in one aggregate query."""
    if event_key is None:
        if event is None:
            raise TypeError("registration_counts needs an event or an event_key")
        event_key = event.translation_key
    return registration_counts_for(event_keys=[event_key])[event_key]


def registration_counts_for(*, event_keys: Iterable) -> dict[Any, RegistrationCounts]:
    """`registration_counts` of many events at once, keyed by the keys given (an event
    without registrations counts zero everywhere): one aggregate query for any number."""
    from events.models import Registration

    event_keys = list(event_keys)
    status = Registration.Status
    rows = (
        Registration.objects.filter(event_settings__event_key__in=event_keys)
        .order_by()
        .values("event_settings__event_key", "organisation_size")
        .annotate(
            registered=Count("pk", filter=Q(status=status.CONFIRMED)),
            waitlisted=Count("pk", filter=Q(status=status.WAITLISTED)),
            cancelled=Count("pk", filter=Q(status=status.CANCELLED)),
            present=Count("pk", filter=Q(present=True)),
        )
    )
    by_event = {
        key: {size: SizeCounts() for size in Registration.OrganisationSize.values}
        for key in event_keys
    }
    for row in rows:
        key = row.pop("event_settings__event_key")
        size = row.pop("organisation_size")
        # Keys may come as UUIDs or as their text: match them either way.
        target = by_event.get(key) or by_event.get(str(key))
        if target is not None:
            target[size] = SizeCounts(**row)
    return {key: RegistrationCounts(by_size=sizes) for key, sizes in by_event.items()}


# --- Events held, for ESF reporting --------------------------------------------------------


def event_list_held(*, start_at: datetime, end_before: datetime, network_key=None) -> QuerySet:
    """The live events that started in [`start_at`, `end_before`), once each whatever their
    languages (the Dutch page, else the live page in another language: an event made only
    in English counts too), soonest first; only those under the network keyed `network_key`
    when given. Events are counted where they are held, whoever reads them: no public filter.
    """
    from events.models import EventPage

    events = EventPage.objects.live().filter(start__gte=start_at, start__lt=end_before)
    if network_key is not None:
        below = Q(pk__in=[])
        for path, depth in Page.objects.filter(translation_key=network_key).values_list(
            "path", "depth"
        ):
            below |= Q(path__startswith=path, depth__gt=depth)
        events = events.filter(below)
    default = Locale.get_default()
    first_of_event = (
        events.filter(translation_key=OuterRef("translation_key"))
        .order_by(Case(When(locale=default, then=Value(0)), default=Value(1)), "pk")
        .values("pk")[:1]
    )
    return events.filter(pk=Subquery(first_of_event)).order_by("start", "path")


@dataclass(frozen=True)
class DeletedEvent:
    """An event whose pages are all deleted, as its registration settings kept it (the
    Dutch title, start and network copied on publish). It has no page: `pk` is None."""

    translation_key: UUID
    title: str
    start: datetime
    end: datetime | None
    network_key: UUID | None
    pk: None = None
    deleted: bool = True


def event_list_held_deleted(
    *, start_at: datetime, end_before: datetime, network_key=None
) -> list[DeletedEvent]:
    """The events that started in [`start_at`, `end_before`) and whose pages are all deleted,
    soonest first; only the network keyed `network_key`'s when given. Only an event that had
    registration settings leaves this trace (one query)."""
    from events.models import RegistrationSettings

    records = RegistrationSettings.objects.filter(
        ~Exists(Page.objects.filter(translation_key=OuterRef("event_key"))),
        event_starts_at__gte=start_at,
        event_starts_at__lt=end_before,
    )
    if network_key is not None:
        records = records.filter(event_network_key=network_key)
    return [
        DeletedEvent(
            translation_key=record.event_key,
            title=record.event_title,
            start=record.event_starts_at,
            end=record.event_ends_at,
            network_key=record.event_network_key,
        )
        for record in records.order_by("event_starts_at", "pk")
    ]
