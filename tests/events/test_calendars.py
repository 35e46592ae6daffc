"""Calendars: the agenda's iCal feeds, an event's `.ics` download, and its schema.org JSON-LD."""

import calendar as month_calendar
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from tests import factories
from translations.services import page_translation_save

BRUSSELS = ZoneInfo("Europe/Brussels")


def feed(client, url: str) -> Calendar:
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def summaries(calendar: Calendar) -> list[str]:
    return [str(event["summary"]) for event in calendar.walk("VEVENT")]


def by_summary(calendar: Calendar) -> dict:
    return {str(event["summary"]): event for event in calendar.walk("VEVENT")}


def last_sunday(year: int, month: int) -> date:
    last_day = month_calendar.monthrange(year, month)[1]
    day = date(year, month, last_day)
    return day - timedelta(days=(day.weekday() - 6) % 7)


def at_ten_in_brussels(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=BRUSSELS)


@pytest.fixture
def english(site_tree):
    """English translations of the home page, the agenda, Tracer and one event."""

    def translate(page, title, slug):
        return page_translation_save(page=page, strings={"title": title, "slug": slug})

    translate(site_tree.home, "Home", "home")
    translate(site_tree.network_index, "Networks", "networks")
    return {
        "agenda": translate(site_tree.agenda, "Events", "events"),
        "tracer": translate(site_tree.tracer, "Tracer network", "tracer"),
        "event": translate(site_tree.agenda_event, "Diversity roadshow", "diversity-roadshow"),
    }


# --- The agenda's feeds ----------------------------------------------------------------------


def test_the_agenda_feed_lists_upcoming_public_events_soonest_first(client, site_tree):
    calendar = feed(client, "/nl/agenda/ical/")

    assert summaries(calendar) == [site_tree.network_event.title, site_tree.agenda_event.title]
    assert str(calendar["x-wr-calname"]) == "DKC MVO – Agenda"
    assert str(calendar["method"]) == "PUBLISH"


def test_a_network_feed_lists_only_that_networks_events(client, site_tree):
    project_event = factories.EventPageFactory(
        parent=site_tree.tracer_project, title="Projectdag", start=timezone.now() + timedelta(1)
    )
    factories.EventPageFactory(parent=site_tree.diamond, title="Diamantdag")

    tracer = feed(client, "/nl/agenda/ical/tracer/")
    diamond = feed(client, "/nl/agenda/ical/diamond/")

    assert summaries(tracer) == [project_event.title, site_tree.network_event.title]
    assert summaries(diamond) == ["Diamantdag"]
    assert str(tracer["x-wr-calname"]) == "DKC MVO – Agenda – TRACER"


def test_each_event_carries_what_a_calendar_shows(client, site_tree):
    site_tree.network_event.intro = "Een dag over leren op de werkvloer."
    site_tree.network_event.location = "Gent, ICC"
    site_tree.network_event.save_revision().publish()

    events = by_summary(feed(client, "/nl/agenda/ical/"))

    network_event = events[site_tree.network_event.title]
    url = "http://testserver" + site_tree.network_event.url
    assert str(network_event["uid"]) == f"{site_tree.network_event.translation_key}@testserver"
    assert str(network_event["url"]) == url
    assert str(network_event["location"]) == "Gent, ICC"
    assert str(network_event["description"]).startswith("Een dag over leren op de werkvloer.")
    assert url in str(network_event["description"])
    assert network_event.categories == ["TRACER"]
    assert str(network_event["organizer"]) == f"mailto:{site_tree.tracer.contact_email}"
    assert network_event["organizer"].params["cn"] == "TRACER"
    assert network_event.decoded("dtstamp").tzinfo is not None
    assert events[site_tree.agenda_event.title].categories == ["DKC MVO"]
    assert "organizer" not in events[site_tree.agenda_event.title]


def test_the_feeds_leave_out_drafts_and_closed_events(client, site_tree):
    private_event = factories.EventPageFactory(parent=site_tree.tracer, title="Besloten overleg")
    PageViewRestriction.objects.create(
        page=private_event, restriction_type=PageViewRestriction.LOGIN
    )
    closed_project = factories.ProjectPageFactory(parent=site_tree.tracer, title="Intern project")
    PageViewRestriction.objects.create(
        page=closed_project, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    factories.EventPageFactory(parent=closed_project, title="Interne projectdag")
    draft = factories.EventPageFactory(parent=site_tree.agenda, title="Nog een ontwerp")
    draft.unpublish()

    for url in ("/nl/agenda/ical/", "/nl/agenda/ical/tracer/"):
        body = client.get(url).content.decode()
        for title in ("Besloten overleg", "Interne projectdag", "Nog een ontwerp"):
            assert title not in body, (url, title)
        assert private_event.slug not in body
        assert closed_project.slug not in body


def test_the_english_feed_gives_english_events_and_dutch_where_untranslated(
    client, site_tree, english
):
    calendar = feed(client, "/en/events/ical/")

    events = by_summary(calendar)
    assert list(events) == [site_tree.network_event.title, "Diversity roadshow"]
    assert str(events["Diversity roadshow"]["url"]) == "http://testserver" + english["event"].url
    assert str(calendar["x-wr-calname"]) == "DKC MVO – Events"
    dutch = by_summary(feed(client, "/nl/agenda/ical/"))
    # One event, one UID, in every language: a calendar never shows it twice.
    assert events["Diversity roadshow"]["uid"] == dutch[site_tree.agenda_event.title]["uid"]


def test_the_english_network_feed_names_the_network_by_its_english_slug(client, site_tree, english):
    calendar = feed(client, "/en/events/ical/tracer/")

    assert summaries(calendar) == [site_tree.network_event.title]
    assert str(calendar["x-wr-calname"]) == "DKC MVO – Events – TRACER"


@pytest.mark.parametrize(
    "path",
    [
        "/nl/agenda/ical/onbekend/",
        "/nl/agenda/ical/intranet/",
        "/nl/agenda/ical/%E2%9C%93/",
        "/nl/agenda/ical/tracer/extra/",
        "/nl/agenda/ical/netwerken/",
    ],
)
def test_an_unknown_network_feed_is_not_found(client, site_tree, path):
    assert client.get(path).status_code == 404


def test_a_feed_is_cacheable_and_sets_no_cookie(client, site_tree):
    response = client.get("/nl/agenda/ical/tracer/")

    assert response.status_code == 200
    assert not response.cookies
    assert "Set-Cookie" not in response
    directives = {part.strip() for part in response["Cache-Control"].split(",")}
    assert directives == {"public", "max-age=900"}
    assert "Cookie" not in response.get("Vary", "")


def events_in(site_tree, count: int) -> None:
    parents = [site_tree.agenda, site_tree.tracer, site_tree.tracer_project, site_tree.diamond]
    start = timezone.now() + timedelta(days=1)
    for number in range(count):
        factories.EventPageFactory(
            parent=parents[number % len(parents)], start=start + timedelta(hours=number)
        )


def queries_of(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", ["/nl/agenda/ical/", "/nl/agenda/ical/tracer/"])
def test_a_feed_costs_the_same_queries_at_10_and_50_events(client, site_tree, url):
    events_in(site_tree, 10)
    client.get(url)  # the site's root paths are cached after the first request
    few = queries_of(client, url)
    events_in(site_tree, 40)
    many = queries_of(client, url)

    assert len(feed(client, url).walk("VEVENT")) > 10
    assert many == few


# --- Daylight saving -------------------------------------------------------------------------


@pytest.fixture
def dst_events(site_tree):
    """10:00 in Brussels on both sides of next year's two daylight-saving changes."""
    year = timezone.now().year + 1
    spring, autumn = last_sunday(year, 3), last_sunday(year, 10)
    days = {
        "voor de zomertijd": spring - timedelta(days=1),
        "na de zomertijd": spring,
        "voor de wintertijd": autumn - timedelta(days=1),
        "na de wintertijd": autumn,
    }
    for title, day in days.items():
        start = at_ten_in_brussels(day)
        factories.EventPageFactory(
            parent=site_tree.agenda, title=title, start=start, end=start + timedelta(hours=2)
        )
    return days


EXPECTED_UTC_HOUR = {
    "voor de zomertijd": 9,
    "na de zomertijd": 8,
    "voor de wintertijd": 8,
    "na de wintertijd": 9,
}


def test_feed_times_are_brussels_time_across_daylight_saving_changes(client, dst_events):
    calendar = feed(client, "/nl/agenda/ical/")

    events = by_summary(calendar)
    # The file carries its own time zone definition, so a calendar need not know the name.
    (zone,) = calendar.walk("VTIMEZONE")
    from_file = zone.to_tz()
    for title, utc_hour in EXPECTED_UTC_HOUR.items():
        event = events[title]
        assert event["dtstart"].params["tzid"] == "Europe/Brussels"
        begins, ends = event.decoded("dtstart"), event.decoded("dtend")
        assert begins.tzinfo.key == "Europe/Brussels"
        assert (begins.date(), begins.hour, begins.minute) == (dst_events[title], 10, 0)
        assert begins.astimezone(UTC).hour == utc_hour, title
        assert ends - begins == timedelta(hours=2)
        local = begins.replace(tzinfo=None).replace(tzinfo=from_file)
        assert local.astimezone(UTC).hour == utc_hour, title


def test_the_ics_download_keeps_brussels_time_across_daylight_saving(client, site_tree, dst_events):
    event = site_tree.agenda.get_children().get(title="na de zomertijd").specific

    response = client.get(event.url + "ical/")

    (vevent,) = Calendar.from_ical(response.content).walk("VEVENT")
    begins = vevent.decoded("dtstart")
    assert (begins.hour, begins.tzinfo.key) == (10, "Europe/Brussels")
    assert begins.astimezone(UTC).hour == EXPECTED_UTC_HOUR["na de zomertijd"]


# --- One event's .ics ------------------------------------------------------------------------


def test_an_event_page_offers_its_ics_as_a_download(client, site_tree):
    event = site_tree.network_event

    response = client.get(event.url + "ical/")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{event.slug}.ics"'
    assert not response.cookies
    assert "public" in response["Cache-Control"]
    (vevent,) = Calendar.from_ical(response.content).walk("VEVENT")
    assert str(vevent["summary"]) == event.title
    assert str(vevent["url"]) == "http://testserver" + event.url
    feed_entry = by_summary(feed(client, "/nl/agenda/ical/"))[event.title]
    assert vevent["uid"] == feed_entry["uid"]


def test_a_closed_events_ics_is_refused_and_never_cached(client, site_tree):
    event = factories.EventPageFactory(parent=site_tree.tracer, title="Besloten overleg")
    PageViewRestriction.objects.create(page=event, restriction_type=PageViewRestriction.LOGIN)

    response = client.get(event.url + "ical/")

    assert response.status_code == 302
    assert "Besloten overleg" not in response.content.decode()
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_a_readers_ics_of_a_closed_event_is_private(client, site_tree):
    event = factories.EventPageFactory(parent=site_tree.tracer, title="Besloten overleg")
    PageViewRestriction.objects.create(page=event, restriction_type=PageViewRestriction.LOGIN)
    client.force_login(factories.UserFactory())

    response = client.get(event.url + "ical/")

    assert response.status_code == 200
    assert "Besloten overleg" in response.content.decode()
    directives = {part.strip().split("=")[0] for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= directives
    assert "public" not in directives
