"""A reporting world: two networks, events with attendees in several quarters, publications
with and without their copies sent, made from one table so each test can say what it expects."""

import tempfile
import uuid
from datetime import date, datetime, time
from types import SimpleNamespace

import pytest
from django.test import override_settings
from django.utils import timezone

from events.models import Registration, RegistrationSettings
from publications.models import PublicationCopies, PublicationPage
from tests import factories, worldcache
from tests.editorial.conftest import _build_world

# (title, network ("x", "y" or None: under the agenda), start date,
#  [(size, status, present), ...])
EVENTS = [
    (
        "Studiedag februari",
        "x",
        date(2025, 2, 10),
        [("small", "confirmed", True), ("small", "confirmed", None), ("large", "confirmed", True)],
    ),
    (
        "Infosessie mei",
        "x",
        date(2025, 5, 15),
        [
            ("small", "confirmed", True),
            ("small", "confirmed", True),
            ("small", "confirmed", False),
            ("individual", "waitlisted", None),
            ("large", "cancelled", None),
        ],
    ),
    ("Roadshow augustus", "x", date(2025, 8, 20), [("large", "confirmed", None)]),
    ("Werkbezoek januari", "x", date(2026, 1, 10), [("individual", "confirmed", True)]),
    ("Diamond-dag mei", "y", date(2025, 5, 1), [("small", "confirmed", True)]),
    ("Roadshow DKC mei", None, date(2025, 5, 2), [("large", "confirmed", True)]),
]

# (title, network, publication date, copies sent on)
PUBLICATIONS = [
    ("Brochure werkend leren", "x", date(2025, 4, 10), date(2025, 4, 20)),
    ("Checklist mobiliteit", "x", date(2025, 8, 1), None),
    ("Studie diversiteit", "y", date(2025, 5, 5), None),
]


def moment(day: date, hour: int = 10) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(hour)))


def registrations_add(event, rows) -> None:
    """Registrations as visitors leave them (counted rows; names only for the purge)."""
    record, _ = RegistrationSettings.objects.get_or_create(
        event_key=event.translation_key,
        defaults={"event_ends_at": event.end, "event_title": event.title},
    )
    Registration.objects.bulk_create(
        Registration(
            event_settings=record,
            name=f"Deelnemer {number}",
            email=f"deelnemer{number}-{uuid.uuid4().hex[:8]}@example.be",
            organisation="Bakkerij Peeters",
            organisation_size=size,
            status=status,
            present=present,
            cancel_token_hash=uuid.uuid4().hex + uuid.uuid4().hex,
        )
        for number, (size, status, present) in enumerate(rows)
    )


def publication_add(parent, *, title: str, on: date, copies_sent_on: date | None):
    document = factories.DocumentFactory(title=f"Bestand {title}")
    publication = parent.add_child(
        instance=PublicationPage(
            title=title, document=document, publication_date=on, esf_logos_present=True
        )
    )
    if copies_sent_on is not None:
        PublicationCopies.objects.create(
            publication_key=publication.translation_key, sent_on=copies_sent_on
        )
    return publication


@worldcache.fixture
def report_base() -> SimpleNamespace:
    """The reporting world's rows, built once for consecutive tests that ask for it, each test
    in its own transaction (tests/worldcache.py). It is built before the test's `media_root`:
    its publications' files go to a temporary directory of their own, removed once built (the
    reports read the rows, never the files)."""
    with tempfile.TemporaryDirectory() as media, override_settings(MEDIA_ROOT=media):
        return _build_report_world()


@pytest.fixture
def report_world(report_base, media_root) -> SimpleNamespace:
    """The reporting world; what a test stores goes to its own temporary MEDIA_ROOT."""
    return report_base


def _build_report_world() -> SimpleNamespace:
    world = _build_world()
    world.networks = {"x": world.network_x, "y": world.network_y}
    world.keys = {"x": world.network_x.translation_key, "y": world.network_y.translation_key}
    world.agenda = factories.EventIndexPageFactory(parent=world.home)
    world.events = []
    for title, network, day, rows in EVENTS:
        event = factories.EventPageFactory(
            parent=world.networks[network] if network else world.agenda,
            title=title,
            start=moment(day),
            end=moment(day, 16),
        )
        registrations_add(event, rows)
        world.events.append((event, network, rows))
    world.publications = [
        (
            publication_add(world.networks[network], title=title, on=day, copies_sent_on=sent),
            network,
        )
        for title, network, day, sent in PUBLICATIONS
    ]
    return world
