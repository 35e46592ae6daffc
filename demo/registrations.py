"""Registrations for the demo's events, so every registration screen has something to show:
capacities and fake attendees on the upcoming events, one full with a waiting list, one closed
early, one that opens later, one without a limit, and the most recent past event with its
check-ins (present or absent) and two cancellations. Development only.

Events are chosen by what they are (kind, upcoming or past), not by title, so the demo's
pages may move (series) without this changing. Idempotent: an event that already has
registration settings is left as it is, with its registrations.

The attendees are made up (Faker, Flemish names) and their addresses are at example.org and
example.com only. Rows are written directly, not through `registration_create`: no mail goes
out, and a past event takes no registrations through the form.
"""

import random
import secrets
import unicodedata
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import QuerySet
from faker import Faker
from wagtail.models import Locale

from events.models import EventPage, Registration, RegistrationSettings, registration_token_hash
from events.services import registration_settings_update

# Kinds of event people register for; internal meetings and deadlines take no registrations.
REGISTERING_KINDS = (
    EventPage.EventType.ROADSHOW,
    EventPage.EventType.INFO_SESSION,
    EventPage.EventType.STUDY_DAY,
    EventPage.EventType.WORKSHOP,
    EventPage.EventType.TRIP,
    EventPage.EventType.AWARD,
)
FUNCTIONS = (
    "zaakvoerder",
    "HR-verantwoordelijke",
    "preventieadviseur",
    "duurzaamheidscoördinator",
    "communicatiemedewerker",
    "projectleider",
    "aankoper",
    "directeur",
    "personeelsdienst",
    "kwaliteitsverantwoordelijke",
)
SIZES = ("small", "small", "small", "large", "large", "individual")
MAIL_DOMAINS = ("example.org", "example.com")
# Ordinary upcoming events: (capacity, confirmed), in turn.
ORDINARY = ((30, 12), (40, 27), (25, 6), (60, 41), (80, 19), (35, 33))


@dataclass(frozen=True)
class Plan:
    capacity: int | None
    confirmed: int
    waitlisted: int = 0
    cancelled: int = 0
    opens_in: timedelta | None = None  # from now; registration not open yet
    closed_since: timedelta | None = None  # before now; closed early
    check_in: bool = False


FULL = Plan(capacity=12, confirmed=12, waitlisted=4)
CLOSED = Plan(capacity=40, confirmed=18, closed_since=timedelta(days=2))
UNLIMITED = Plan(capacity=None, confirmed=9)
NOT_OPEN = Plan(capacity=60, confirmed=0, opens_in=timedelta(days=14))
PAST_WITH_CHECK_INS = Plan(capacity=30, confirmed=22, cancelled=2, check_in=True)


def demo_registrations_load(*, now: datetime) -> int:
    """Registration settings and attendees for the demo's events; returns how many
    registrations it added (0 on a second run)."""
    events = list(_registering_events())
    upcoming = [event for event in events if event.start > now]
    past = [event for event in events if event.end < now]
    plans: list[tuple[EventPage, Plan]] = []
    special = [FULL, CLOSED, UNLIMITED]
    for number, event in enumerate(upcoming):
        if number < len(special):
            plan = special[number]
        elif number == len(upcoming) - 1:
            plan = NOT_OPEN
        else:
            capacity, confirmed = ORDINARY[number % len(ORDINARY)]
            plan = Plan(capacity=capacity, confirmed=confirmed)
        plans.append((event, plan))
    if past:
        plans.append((past[-1], PAST_WITH_CHECK_INS))
    taken = set(RegistrationSettings.objects.values_list("event_key", flat=True))
    return sum(
        _load(event, plan, now=now) for event, plan in plans if event.translation_key not in taken
    )


def _registering_events() -> QuerySet:
    return (
        EventPage.objects.live()
        .filter(locale=Locale.get_default(), event_type__in=REGISTERING_KINDS)
        .order_by("start", "pk")
    )


def _load(event: EventPage, plan: Plan, *, now: datetime) -> int:
    values: dict = {"capacity": plan.capacity, "waitlist_enabled": True}
    if plan.opens_in is not None:
        values["opens_at"] = now + plan.opens_in
    if plan.closed_since is not None:
        values["closes_at"] = now - plan.closed_since
    record = registration_settings_update(event=event, user=None, **values)

    fake = Faker("nl_BE")
    seed = zlib.crc32(event.slug.encode())  # the same attendees on every machine
    fake.seed_instance(seed)
    rng = random.Random(seed)  # noqa: S311 - made-up attendees, nothing secret
    statuses = (
        [Registration.Status.CONFIRMED] * plan.confirmed
        + [Registration.Status.WAITLISTED] * plan.waitlisted
        + [Registration.Status.CANCELLED] * plan.cancelled
    )
    # Registered over the weeks before the event (or before now), in order of arrival.
    last = min(now, event.start) - timedelta(hours=6)
    first = last - timedelta(weeks=6)
    step = (last - first) / max(len(statuses), 1)
    emails: set[str] = set()
    rows = []
    for number, status in enumerate(statuses):
        first_name, last_name = fake.first_name(), fake.last_name()
        size = rng.choice(SIZES)
        registered_at = first + step * number
        row = Registration(
            event_settings=record,
            name=f"{first_name} {last_name}",
            email=_address(first_name, last_name, rng, emails),
            organisation="" if size == "individual" else fake.company(),
            organisation_size=size,
            function=rng.choice(FUNCTIONS),
            language="en" if rng.random() < 0.15 else "nl",
            consent_at=registered_at,
            status=status,
            cancel_token_hash=registration_token_hash(secrets.token_urlsafe(32)),
            created_at=registered_at,
        )
        if status == Registration.Status.CANCELLED:
            # As a cancellation leaves it: only the size category and the status.
            row.name = row.email = row.organisation = row.function = ""
            row.cancelled_at = row.erased_at = registered_at + timedelta(days=3)
        elif plan.check_in:
            row.present = number % 5 != 3  # one in five did not come
            row.checked_in_at = event.start + timedelta(minutes=rng.randint(-20, 30))
        rows.append(row)
    Registration.objects.bulk_create(rows)
    return len(rows)


def _address(first_name: str, last_name: str, rng: random.Random, taken: set[str]) -> str:
    """first.last@example.org (never a real domain), unique within the event."""
    local = ".".join(_ascii(part) for part in (first_name, last_name))
    domain = rng.choice(MAIL_DOMAINS)
    address, number = f"{local}@{domain}", 1
    while address in taken:
        number += 1
        address = f"{local}{number}@{domain}"
    taken.add(address)
    return address


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(char for char in plain.lower() if char.isalnum())
