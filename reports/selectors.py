"""Reads of the ESF reports: per network and period, the events held with their attendees
(the anonymous counts kept after the retention purge), and the publications with their
copies sent; the reporting deadlines and what is still missing before the next one.

The figures come from the apps that own them (`events.selectors`, `publications.selectors`,
`access.selectors`); who sees which network's report is `access.rules`.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from uuid import UUID

from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext
from wagtail.models import Locale

from access.selectors import network_page_per_key, network_pages_by_path
from events.models import Registration
from events.selectors import (
    RegistrationCounts,
    SizeCounts,
    event_list_held,
    event_list_held_deleted,
    registration_counts_for,
)
from publications.selectors import publication_list_for_period, publications_without_copies
from reports.models import ReportingDeadline
from reports.periods import Period, deadline_period

SIZES = tuple(Registration.OrganisationSize.values)


@dataclass
class EventRow:
    """One event held in the period, with its anonymous counts."""

    event: object
    counts: RegistrationCounts

    @property
    def checked_in(self) -> bool:
        """Someone was marked present: the check-in was done."""
        return self.counts.total.present > 0


@dataclass
class NetworkReport:
    """One network's figures for one period (`network_key` None: the DKC MVO's own events,
    under the agenda rather than a network)."""

    network_key: UUID | None
    name: str
    period: Period
    events: list[EventRow] = field(default_factory=list)
    publications: list = field(default_factory=list)

    def total(self, size: str | None = None) -> SizeCounts:
        """The counts of every event, for one size category or all together."""
        rows = [row.counts.total if size is None else row.counts.by_size[size] for row in self]
        return SizeCounts(
            **{
                name: sum(getattr(counts, name) for counts in rows)
                for name in ("registered", "waitlisted", "cancelled", "present")
            }
        )

    def __iter__(self):
        return iter(self.events)

    @property
    def totals_by_size(self) -> list[tuple[str, SizeCounts]]:
        labels = dict(Registration.OrganisationSize.choices)
        return [(labels[size], self.total(size)) for size in SIZES]

    @property
    def events_without_check_in(self) -> list[EventRow]:
        return [row for row in self.events if not row.checked_in]

    @property
    def copies_sent(self) -> int:
        return sum(1 for publication in self.publications if publication.copies_sent_on)


def network_names(*, keys: Iterable[UUID] | None = None) -> dict[UUID, str]:
    """Each network's short name (else title) in Dutch, in tree order; two queries."""
    pages = network_page_per_key(keys=keys, locale=Locale.get_default())
    return {key: (getattr(page, "short_name", "") or page.title) for key, page in pages.items()}


def report_for(*, network_keys: Iterable[UUID] | None, period: Period) -> list[NetworkReport]:
    """The report of `period`: one `NetworkReport` per network keyed in `network_keys`, or,
    for None (the coordinators' report across all networks), per network and one for the
    DKC MVO's own events. The same number of queries for 10 events or 1,000 and for any
    number of networks: events, their networks, the deleted events, their counts and
    publications in bulk. An event counts once whatever its languages; one whose pages are
    all deleted counts from what its registration settings kept.
    """
    all_networks = network_keys is None
    names = network_names(keys=None if all_networks else list(network_keys))
    only = None if all_networks or len(names) != 1 else next(iter(names))
    if not all_networks and not names:
        return []
    # Held: started in the period and by now (a period still running lists no plans).
    end_before = min(period.end_before, timezone.now())
    events = list(
        event_list_held(start_at=period.start_at, end_before=end_before, network_key=only)
    )
    network_of = {
        path: page.translation_key
        for path, page in network_pages_by_path(event.path for event in events).items()
    }
    # Events whose pages are all deleted: their registration settings kept title, start,
    # network and counts (only events that took registrations leave that trace).
    deleted = event_list_held_deleted(
        start_at=period.start_at, end_before=end_before, network_key=only
    )
    counts = registration_counts_for(
        event_keys=[event.translation_key for event in [*events, *deleted]]
    )
    reports = {
        key: NetworkReport(network_key=key, name=name, period=period) for key, name in names.items()
    }
    if all_networks:
        reports[None] = NetworkReport(
            network_key=None, name=gettext("DKC MVO (no network)"), period=period
        )
    for event in events:
        report = reports.get(network_of.get(event.path))
        if report is not None:
            report.events.append(EventRow(event=event, counts=counts[event.translation_key]))
    for event in deleted:
        report = reports.get(event.network_key)
        if report is not None:
            report.events.append(EventRow(event=event, counts=counts[event.translation_key]))
    if deleted:
        for report in reports.values():
            report.events.sort(key=lambda row: row.event.start)
    for publication in publication_list_for_period(
        network_key=only, start=period.start, end=period.end
    ):
        report = reports.get(publication.network_key)
        if report is not None and publication.network_key is not None:
            report.publications.append(publication)
    return list(reports.values())


# --- Deadlines ------------------------------------------------------------------------------


def _applies_to(network_key: UUID | None) -> Q:
    """Deadlines of one network: its own and every network's (None: every network's only)."""
    if network_key is None:
        return Q(network__isnull=True)
    return Q(network__isnull=True) | Q(network__translation_key=network_key)


def deadline_list(*, network_key: UUID | None = None) -> QuerySet:
    """The deadlines of one network (its own and every network's), or every deadline."""
    deadlines = ReportingDeadline.objects.select_related("network")
    if network_key is not None:
        deadlines = deadlines.filter(_applies_to(network_key))
    return deadlines.order_by("date", "pk")


def deadline_previous(*, deadline: ReportingDeadline) -> ReportingDeadline | None:
    """The last deadline before `deadline` of the same networks (see `deadline_period`)."""
    key = deadline.network.translation_key if deadline.network_id else None
    return (
        ReportingDeadline.objects.filter(_applies_to(key), date__lt=deadline.date)
        .order_by("-date", "-pk")
        .first()
    )


def deadline_next(*, network_key: UUID, today: date | None = None) -> ReportingDeadline | None:
    """The network's first deadline on or after `today`."""
    today = today or timezone.localdate()
    return deadline_list(network_key=network_key).filter(date__gte=today).first()


@dataclass
class DeadlineStatus:
    """A network's next deadline and what its report still lacks: the events held so far in
    the deadline's period without check-in, and publications whose copies are not sent."""

    network_key: UUID
    name: str
    deadline: ReportingDeadline | None
    period: Period | None
    events_without_check_in: list
    publications_without_copies: list


def deadline_status_list(*, network_keys: Iterable[UUID]) -> list[DeadlineStatus]:
    """`DeadlineStatus` of each network keyed in `network_keys`, in tree order."""
    now = timezone.now()
    unsent: dict[UUID, list] = {}
    for publication in publications_without_copies(network_key=None):
        unsent.setdefault(publication.network_key, []).append(publication)
    statuses = []
    for key, name in network_names(keys=list(network_keys)).items():
        deadline = deadline_next(network_key=key, today=timezone.localdate(now))
        period = deadline_period(deadline=deadline) if deadline is not None else None
        missing = []
        if period is not None:
            held = event_list_held(start_at=period.start_at, end_before=now, network_key=key)
            held = list(held.filter(end__lt=now))
            counts = registration_counts_for(event_keys=[event.translation_key for event in held])
            missing = [e for e in held if counts[e.translation_key].total.present == 0]
        statuses.append(
            DeadlineStatus(
                network_key=key,
                name=name,
                deadline=deadline,
                period=period,
                events_without_check_in=missing,
                publications_without_copies=unsent.get(key, []),
            )
        )
    return statuses
