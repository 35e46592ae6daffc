"""The report's figures equal the events, attendees and publications made in the test, for
each kind of period, before and after the retention purge; and they cost the same queries
for 10 events or 1,000."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from events.models import EventPage
from events.services import registration_erase_expired
from reports.models import ReportingDeadline
from reports.periods import Period, deadline_period, quarter_period, year_period
from reports.selectors import report_for
from tests import factories
from tests.budgets import children_bulk_add
from tests.reports.conftest import EVENTS, PUBLICATIONS, moment, registrations_add

SIZES = ("small", "large", "individual")


def expected(network: str | None, period: Period) -> dict:
    """What the report must say, read from the tables the world was made from."""
    events = [
        (title, rows)
        for title, owner, day, rows in EVENTS
        if owner == network and period.start <= day <= period.end
    ]
    publications = [
        (title, sent)
        for title, owner, day, sent in PUBLICATIONS
        if owner == network and period.start <= day <= period.end
    ]
    return {
        "events": [title for title, _ in events],
        "registered": {
            size: sum(
                1
                for _, rows in events
                for s, status, _ in rows
                if s == size and status == "confirmed"
            )
            for size in SIZES
        },
        "present": {
            size: sum(1 for _, rows in events for s, _, present in rows if s == size and present)
            for size in SIZES
        },
        "publications": [title for title, _ in publications],
        "copies_sent": sum(1 for _, sent in publications if sent),
    }


def figures(report) -> dict:
    return {
        "events": [row.event.title for row in report.events],
        "registered": {size: report.total(size).registered for size in SIZES},
        "present": {size: report.total(size).present for size in SIZES},
        "publications": [publication.title for publication in report.publications],
        "copies_sent": report.copies_sent,
    }


@pytest.fixture
def deadlines(report_world):
    first = ReportingDeadline.objects.create(
        date=date(2025, 3, 31), label="Eerste kwartaal", period_start=date(2025, 1, 1)
    )
    second = ReportingDeadline.objects.create(date=date(2025, 9, 30), label="Tussentijds")
    return first, second


def periods(deadlines) -> list[Period]:
    return [
        quarter_period(year=2025, quarter=1),
        quarter_period(year=2025, quarter=2),
        quarter_period(year=2025, quarter=3),
        year_period(year=2025),
        year_period(year=2026),
        deadline_period(deadline=deadlines[0]),
        deadline_period(deadline=deadlines[1]),
    ]


def test_periods_run_as_the_calendar_and_the_deadlines_say(deadlines):
    assert (
        quarter_period(year=2025, quarter=2)[:2]
        if False
        else (
            quarter_period(year=2025, quarter=2).start,
            quarter_period(year=2025, quarter=2).end,
        )
        == (date(2025, 4, 1), date(2025, 6, 30))
    )
    assert quarter_period(year=2025, quarter=4).end == date(2025, 12, 31)
    assert (year_period(year=2025).start, year_period(year=2025).end) == (
        date(2025, 1, 1),
        date(2025, 12, 31),
    )
    # From the day after the previous deadline to this one; the first from its start date.
    first, second = (deadline_period(deadline=d) for d in deadlines)
    assert (first.start, first.end) == (date(2025, 1, 1), date(2025, 3, 31))
    assert (second.start, second.end) == (date(2025, 4, 1), date(2025, 9, 30))


@pytest.mark.parametrize("network", ["x", "y"])
def test_each_networks_figures_equal_what_was_made(report_world, deadlines, network):
    for period in periods(deadlines):
        (report,) = report_for(network_keys=[report_world.keys[network]], period=period)
        assert figures(report) == expected(network, period), period.label


def test_the_coordinators_report_covers_every_network_and_the_dkc(report_world, deadlines):
    for period in periods(deadlines):
        reports = {
            report.network_key: report for report in report_for(network_keys=None, period=period)
        }
        # Every network in tree order (Tracer was made first), then the DKC MVO's own.
        assert list(reports) == [report_world.keys["x"], report_world.keys["y"], None]
        for network in ("x", "y"):
            assert figures(reports[report_world.keys[network]]) == expected(network, period)
        assert figures(reports[None]) == expected(None, period)


def test_the_figures_survive_the_retention_purge(report_world, deadlines):
    before = {
        period.label: [figures(r) for r in report_for(network_keys=None, period=period)]
        for period in periods(deadlines)
    }
    result = registration_erase_expired(now=moment(date(2030, 1, 1)))
    assert result.registrations > 0
    from events.models import Registration

    assert not Registration.objects.exclude(name="").exists()
    after = {
        period.label: [figures(r) for r in report_for(network_keys=None, period=period)]
        for period in periods(deadlines)
    }
    assert after == before


def test_a_network_deadline_follows_its_own_and_every_networks(report_world, deadlines):
    own = ReportingDeadline.objects.create(
        date=date(2025, 6, 30), label="Tracer halfjaar", network=report_world.access_x
    )
    later = ReportingDeadline.objects.create(
        date=date(2025, 12, 31), label="Tracer jaar", network=report_world.access_x
    )
    assert deadline_period(deadline=own).start == date(2025, 4, 1)  # after every network's
    assert deadline_period(deadline=later).start == date(2025, 10, 1)
    # Every network's deadline ignores a single network's.
    assert deadline_period(deadline=deadlines[1]).start == date(2025, 4, 1)


@pytest.mark.parametrize(
    ("values", "field", "messages"),
    [
        (
            {"date": date(2025, 3, 31), "label": "Te laat", "period_start": date(2025, 4, 1)},
            "period_start",
            {
                "nl": "De periode kan niet na haar deadline beginnen.",
                "en": "The period cannot start after its deadline.",
            },
        ),
        (
            {"date": date(2025, 9, 30), "label": "Dubbel"},
            "date",
            {
                "nl": "Deze netwerken hebben al een deadline op deze datum.",
                "en": "These networks already have a deadline on this date.",
            },
        ),
    ],
)
def test_a_deadline_is_validated_with_a_clear_message(deadlines, values, field, messages):
    with pytest.raises(ValidationError) as raised:
        ReportingDeadline(**values).full_clean()
    for language, message in messages.items():
        with translation.override(language):
            assert message in raised.value.message_dict[field]


def test_a_networks_deadline_may_share_a_date_with_every_networks(report_world, deadlines):
    ReportingDeadline(
        date=date(2025, 9, 30), label="Tracer", network=report_world.access_x
    ).full_clean()


def _events(world, number: int) -> None:
    """`number` events of X in October 2025, one attendee each: the first ten as the editors
    make them, the rest written as a publish leaves them, in a few statements (budgets.py)."""

    def fields(index: int) -> dict:
        day = date(2025, 10, 1 + index % 28)
        return {"title": f"Sessie {index}", "start": moment(day), "end": moment(day, 16)}

    made = [
        factories.EventPageFactory(parent=world.network_x, **fields(index))
        for index in range(min(number, 10))
    ]
    if number > 10:
        indexes = iter(range(10, number))
        made += children_bulk_add(
            world.network_x, EventPage, number - 10, lambda _step: fields(next(indexes))
        )
    for event in made:
        registrations_add(event, [("small", "confirmed", True)])


# The report is an admin page, not a public page type: 100 events show the count does not grow
# as well as 1,000 did, at a tenth of the cost of building them (issue #21).
@pytest.mark.parametrize("number", [10, 100])
def test_the_report_costs_the_same_queries_for_10_or_100_events(
    report_world, number, django_assert_max_num_queries
):
    _events(report_world, number)
    period = quarter_period(year=2025, quarter=4)
    # The default locale (asked three times), the networks (two), the events, the deleted
    # events, their networks (two), their counts, the publications: twelve, whatever the
    # number of events.
    with django_assert_max_num_queries(12):
        reports = report_for(network_keys=None, period=period)
    assert sum(report.total().registered for report in reports) == number
    with django_assert_max_num_queries(13):
        (report,) = report_for(network_keys=[report_world.keys["x"]], period=period)
    assert len(report.events) == number


def test_a_running_period_lists_the_events_held_so_far(report_world):
    from django.utils import timezone

    from reports.periods import Period

    today = timezone.localdate()
    held = factories.EventPageFactory(
        parent=report_world.network_x, title="Gisteren", start=timezone.now() - timedelta(days=1)
    )
    planned = factories.EventPageFactory(
        parent=report_world.network_x, title="Morgen", start=timezone.now() + timedelta(days=1)
    )
    period = Period(today - timedelta(days=5), today + timedelta(days=5), "Nu")
    (report,) = report_for(network_keys=[report_world.keys["x"]], period=period)
    assert [row.event for row in report.events] == [held]
    assert planned.pk not in [row.event.pk for row in report.events]
