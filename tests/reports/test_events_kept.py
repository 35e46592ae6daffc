"""An event counts once in the report whatever its languages, and still counts, with its
kept title, date and figures, after its pages are deleted and after the retention purge."""

import importlib
import uuid
from datetime import date

import pytest
from django.apps import apps
from django.test import Client
from wagtail.models import Locale

from events.models import Registration, RegistrationSettings
from events.services import registration_erase_expired
from reports.periods import quarter_period, year_period
from reports.selectors import report_for
from tests import factories
from tests.reports.conftest import moment, registrations_add
from tests.reports.test_figures import SIZES, figures

ROWS = [
    ("small", "confirmed", True),
    ("small", "confirmed", True),
    ("large", "confirmed", False),
    ("individual", "waitlisted", None),
]


def english(page):
    """The live English translation of `page` (its parents translated on the way)."""
    translation = page.copy_for_translation(
        Locale.objects.get(language_code="en"), copy_parents=True
    )
    translation.save_revision().publish()
    return translation


def network_x_report(world, period=None):
    period = period or quarter_period(year=2025, quarter=4)
    (report,) = report_for(network_keys=[world.keys["x"]], period=period)
    return report


def test_a_deleted_event_stays_in_its_networks_report_with_its_figures(report_world):
    event = factories.EventPageFactory(
        parent=report_world.network_x,
        title="Netwerkdag november",
        start=moment(date(2025, 11, 5)),
        end=moment(date(2025, 11, 5), 16),
    )
    registrations_add(event, ROWS)
    event.save_revision().publish()  # the publish copies its network and start
    translation = english(event)
    periods = [quarter_period(year=2025, quarter=4), year_period(year=2025)]
    before = [figures(network_x_report(report_world, period)) for period in periods]
    assert "Netwerkdag november" in before[0]["events"]
    assert before[0]["registered"] == {"small": 2, "large": 1, "individual": 0}
    assert before[0]["present"] == {"small": 2, "large": 0, "individual": 0}

    translation.delete()
    event.delete()

    after = [figures(network_x_report(report_world, period)) for period in periods]
    assert after == before
    (row,) = [r for r in network_x_report(report_world) if r.event.title == "Netwerkdag november"]
    assert row.event.start == moment(date(2025, 11, 5))
    assert row.event.deleted
    # Not in another network's report, nor in the DKC MVO's own.
    reports = report_for(network_keys=None, period=periods[0])
    others = [r for r in reports if r.network_key != report_world.keys["x"]]
    assert all("Netwerkdag november" not in figures(r)["events"] for r in others)

    assert registration_erase_expired(now=moment(date(2030, 1, 1))).registrations > 0
    purged = [figures(network_x_report(report_world, period)) for period in periods]
    assert purged == before


def test_the_admin_report_shows_a_deleted_event_marked_deleted(report_world):
    event = factories.EventPageFactory(
        parent=report_world.network_x,
        title="Netwerkdag november",
        start=moment(date(2025, 11, 5)),
        end=moment(date(2025, 11, 5), 16),
    )
    registrations_add(event, ROWS)
    event.save_revision().publish()
    key = event.translation_key
    event.delete()
    client = Client()
    client.force_login(report_world.users["editor_x"])
    response = client.get(
        "/admin/reports/",
        {"network": str(report_world.keys["x"]), "kind": "quarter", "year": 2025, "quarter": 4},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert f'data-event="{key}"' in html
    assert "Netwerkdag november" in html
    assert "data-deleted" in html
    # Another network's editor does not see it.
    other = Client()
    other.force_login(report_world.users["editor_y"])
    response = other.get(
        "/admin/reports/",
        {"network": str(report_world.keys["y"]), "kind": "quarter", "year": 2025, "quarter": 4},
    )
    assert "Netwerkdag november" not in response.content.decode()


def test_a_dkc_event_deleted_stays_in_the_dkc_report(report_world):
    event = factories.EventPageFactory(
        parent=report_world.agenda,
        title="Slotevent DKC",
        start=moment(date(2025, 11, 20)),
        end=moment(date(2025, 11, 20), 16),
    )
    registrations_add(event, [("large", "confirmed", True)])
    event.save_revision().publish()
    event.delete()
    reports = {
        r.network_key: r
        for r in report_for(network_keys=None, period=quarter_period(year=2025, quarter=4))
    }
    assert figures(reports[None])["events"] == ["Slotevent DKC"]
    assert reports[None].total("large").present == 1


def test_an_event_only_in_english_counts_once(report_world):
    english_network = english(report_world.network_x)
    only_english = factories.EventPageFactory(
        parent=english_network,
        title="Network day (English only)",
        start=moment(date(2025, 11, 6)),
        end=moment(date(2025, 11, 6), 16),
    )
    assert only_english.locale.language_code == "en"
    registrations_add(only_english, [("small", "confirmed", True), ("large", "confirmed", None)])
    both = factories.EventPageFactory(
        parent=report_world.network_x,
        title="Netwerkdag tweetalig",
        start=moment(date(2025, 11, 7)),
        end=moment(date(2025, 11, 7), 16),
    )
    registrations_add(both, [("individual", "confirmed", True)])
    english(both)

    report = network_x_report(report_world)
    assert figures(report)["events"] == ["Network day (English only)", "Netwerkdag tweetalig"]
    assert {size: report.total(size).registered for size in SIZES} == {
        "small": 1,
        "large": 1,
        "individual": 1,
    }
    assert report.total().present == 2


@pytest.mark.both_databases  # a data migration
def test_the_migration_gives_older_settings_their_events_start_and_network(report_world):
    migration = importlib.import_module(
        "events.migrations.0006_registration_settings_event_start_network"
    )
    event = report_world.events[0][0]  # Studiedag februari, under network x
    dkc_event = report_world.events[-1][0]  # Roadshow DKC mei, under the agenda
    orphan = RegistrationSettings.objects.create(event_key="8a6f0d0e-0000-4000-8000-000000000000")
    RegistrationSettings.objects.update(event_starts_at=None, event_network_key=None)

    migration.copy_event_start_and_network(apps, None)

    record = RegistrationSettings.objects.get(event_key=event.translation_key)
    assert (record.event_starts_at, record.event_network_key) == (
        event.start,
        report_world.keys["x"],
    )
    dkc = RegistrationSettings.objects.get(event_key=dkc_event.translation_key)
    assert (dkc.event_starts_at, dkc.event_network_key) == (dkc_event.start, None)
    orphan.refresh_from_db()
    assert orphan.event_starts_at is None


@pytest.mark.parametrize("number", [10, 1000])
def test_deleted_events_cost_no_query_each(report_world, number, django_assert_max_num_queries):
    records = RegistrationSettings.objects.bulk_create(
        RegistrationSettings(
            event_key=uuid.uuid4(),
            event_title=f"Verwijderde sessie {index}",
            event_starts_at=moment(date(2025, 10, 1 + index % 28)),
            event_ends_at=moment(date(2025, 10, 1 + index % 28), 16),
            event_network_key=report_world.keys["x"],
        )
        for index in range(number)
    )
    Registration.objects.bulk_create(
        Registration(
            event_settings=record,
            organisation_size="small",
            status="confirmed",
            present=True,
            cancel_token_hash=uuid.uuid4().hex + uuid.uuid4().hex,
        )
        for record in records
    )
    period = quarter_period(year=2025, quarter=4)
    with django_assert_max_num_queries(12):
        reports = report_for(network_keys=None, period=period)
    assert sum(report.total().present for report in reports) == number
    with django_assert_max_num_queries(13):
        report = network_x_report(report_world, period)
    assert len(report.events) == number
    assert all(row.event.deleted for row in report.events)
