"""The agenda's cost does not grow with the number of events: the registration state, the
network and the series of the listed events are fetched in bulk, not per event."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events.models import EventPage, Registration, RegistrationSettings, registration_token_hash
from tests import factories
from tests.budgets import children_bulk_add, second_render_tables

# A page of 10 events costs as much as a page of 10 out of 200; the first, short page (fewer
# events than a page holds) shows that no event adds a query of its own.
SHORT, SMALL, LARGE = 3, 10, 200


def add_events(
    numbers: range, *, agenda, network, project, theme, past: bool = False, bulk: bool = False
) -> None:
    """Events numbered `numbers`, spread over the agenda, a network and a project (a series);
    half have registration settings (some full), each of those with registrations. `bulk`:
    the pages written as a publish leaves them, in a few statements (tests/budgets.py)."""
    now = timezone.now()
    parents = (agenda, network, project)

    def fields(number: int) -> dict:
        days = number + 1
        start = now - timedelta(days=days) if past else now + timedelta(days=days)
        return {
            "title": f"Activiteit {'voorbij' if past else 'komend'} {number}",
            "start": start,
            "audience": ("everyone", "small", "large")[number % 3],
        }

    made = []
    if bulk:
        for index, parent in enumerate(parents):
            own = [number for number in numbers if number % 3 == index]
            each = iter(own)

            def bulk_fields(_step: int, each=each) -> dict:
                own_fields = fields(next(each))
                return {**own_fields, "end": own_fields["start"] + timedelta(hours=2)}

            pages = children_bulk_add(parent, EventPage, len(own), bulk_fields, themes=[theme])
            made += zip(own, pages, strict=True)
    else:
        made = [
            (
                number,
                factories.EventPageFactory(
                    parent=parents[number % 3], themes=[theme], **fields(number)
                ),
            )
            for number in numbers
        ]
    for number, event in made:
        if number % 2:
            continue
        record = RegistrationSettings.objects.create(
            event_key=event.translation_key, capacity=3 if number % 4 else 20
        )
        Registration.objects.bulk_create(
            Registration(
                event_settings=record,
                name="Demo",
                email=f"p{seat}@e{record.pk}.be",
                organisation_size="small",
                status="confirmed" if seat < 3 else "waitlisted",
                cancel_token_hash=registration_token_hash(f"{record.pk}-{seat}"),
            )
            for seat in range(4)
        )


def queries_of(client, url: str, params: dict | None = None) -> int:
    assert client.get(url, params or {}).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params or {})
    assert response.status_code == 200
    return len(queries)


@pytest.fixture
def grow(site_tree):
    project = factories.ProjectPageFactory(parent=site_tree.tracer, title="Roadshows")
    made = {"count": 0}

    def to(total: int, *, past: bool = False) -> None:
        add_events(
            range(made["count"], total),
            agenda=site_tree.agenda,
            network=site_tree.tracer,
            project=project,
            theme=site_tree.mobility,
            past=past,
            # Up to SMALL as the editors make them; the rest in a few statements.
            bulk=total > SMALL,
        )
        made["count"] = total

    to.project = project
    return to


@pytest.mark.parametrize(
    ("url", "params", "past"),
    [
        ("/nl/agenda/", {}, False),
        ("/nl/agenda/", {"audience": "small", "network": "tracer"}, False),
        ("/nl/agenda/archief/", {}, True),
    ],
)
def test_the_agenda_costs_the_same_at_10_and_200_events(client, grow, url, params, past):
    counts = []
    for size in (SHORT, SMALL, LARGE):
        grow(size, past=past)
        counts.append(queries_of(client, url, params))

    assert counts[0] == counts[1] == counts[2]


def test_the_sections_and_series_cost_the_same_at_10_and_200_events(client, site_tree, grow):
    urls = [site_tree.tracer.url, site_tree.mobility.url, grow.project.url]
    counts = []
    for size in (SHORT, SMALL, LARGE):
        grow(size)
        counts.append([queries_of(client, url) for url in urls])

    assert counts[0] == counts[1] == counts[2]


def test_an_event_page_costs_the_same_with_3_or_30_other_dates(client, site_tree):
    project = factories.ProjectPageFactory(parent=site_tree.tracer, title="Reeks")
    now = timezone.now()

    def add(numbers: range) -> None:
        for number in numbers:
            event = factories.EventPageFactory(
                parent=project, title=f"Halte {number}", start=now + timedelta(days=number - 5)
            )
            RegistrationSettings.objects.create(event_key=event.translation_key, capacity=9)

    add(range(1, 4))
    shown = EventPage.objects.child_of(project).first()
    with_three = queries_of(client, shown.url)
    add(range(4, 31))
    with_thirty = queries_of(client, shown.url)

    assert with_thirty == with_three


@pytest.mark.parametrize("past", [False, True])
def test_the_lens_costs_no_query(client, grow, past):
    """The reader's KO/GO lens reorders the agenda inside the same query."""
    url = "/nl/agenda/archief/" if past else "/nl/agenda/"
    grow(SMALL, past=past)
    without = queries_of(client, url)
    counts = []
    for lens in ("ko", "go"):
        client.cookies["dkc_lens"] = lens
        counts.append(queries_of(client, url))

    assert counts == [without, without]


def test_the_agenda_and_an_event_keep_the_budget_at_10_and_1000_events(client, site_tree):
    """Issue #21: at most 12 queries, in Dutch and English, the same count and about the same
    size with 10 and with 1,000 events (10 a page)."""
    from tests.budgets import assert_budget_at_both_sizes, english_versions

    english = english_versions(site_tree)
    urls = [
        site_tree.agenda.url,
        english["agenda"].url,
        site_tree.network_event.url,
        english["event"].url,
    ]

    assert_budget_at_both_sizes(client, site_tree, urls)


def test_a_second_render_of_the_agenda_reads_no_event(client, site_tree, settings):
    """The unfiltered list is kept as HTML (core.fragments) until the next purge."""
    settings.PAGE_CACHE_ENABLED = False

    assert second_render_tables(client, site_tree.agenda.url, ["events_eventpage"]) == []


def test_a_kept_agenda_shows_a_new_event_and_a_filter_is_never_kept(client, site_tree, settings):
    settings.PAGE_CACHE_ENABLED = False
    url = site_tree.agenda.url
    assert site_tree.agenda_event.title in client.get(url).content.decode()

    factories.EventPageFactory(
        parent=site_tree.agenda, title="Pas gepubliceerd", start=timezone.now() + timedelta(1)
    )

    assert ">Pas gepubliceerd<" in client.get(url).content.decode()
    filtered = client.get(url, {"audience": "small"}).content.decode()
    assert ">Pas gepubliceerd<" in filtered  # for everyone: kept by the audience filter
    assert "small" in client.get(url, {"audience": "small"}).content.decode()


def test_the_unfiltered_filter_form_is_kept_and_a_new_network_shows_at_once(
    client, site_tree, settings
):
    settings.PAGE_CACHE_ENABLED = False
    url = site_tree.agenda.url
    assert second_render_tables(client, url, ["networks_networkpage", "themes_themepage"]) == []

    factories.NetworkPageFactory(
        parent=site_tree.network_index, title="Nieuw netwerk", short_name="NIEUW"
    )

    assert '<option value="' in client.get(url).content.decode()
    assert ">NIEUW</option>" in client.get(url).content.decode()
    filtered = client.get(url, {"network": "tracer"}).content.decode()
    assert '<option value="tracer" selected>' in filtered  # a filter's own form, never kept
