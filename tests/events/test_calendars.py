"""Calendars: the agenda's iCal feeds, an event's `.ics` download, and its schema.org JSON-LD."""

import calendar as month_calendar
import json
import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from events.models import EventPage
from events.services import registration_create, registration_settings_update
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
    # After a first request: adding events forgets the parts pages share (core.fragments),
    # which the first request after a change reads again, at any number of events.
    assert client.get(url).status_code == 200
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


# --- Links to the calendars ------------------------------------------------------------------


def test_the_agenda_links_its_feeds(client, site_tree):
    body = client.get("/nl/agenda/").content.decode()

    assert '<link rel="alternate" type="text/calendar"' in body
    assert 'href="/nl/agenda/ical/"' in body
    assert "Abonneren op deze kalender" in body
    for url in ("/nl/agenda/ical/", "/nl/agenda/ical/tracer/", "/nl/agenda/ical/diamond/"):
        assert f'href="http://testserver{url}"' in body
        assert client.get(url).status_code == 200


def test_the_english_agenda_links_its_english_feeds(client, site_tree, english):
    body = client.get("/en/events/").content.decode()

    assert "Subscribe to this calendar" in body
    assert 'href="http://testserver/en/events/ical/tracer/"' in body
    assert 'href="/en/events/ical/"' in body


def test_a_network_page_links_its_feed(client, site_tree):
    body = client.get(site_tree.tracer.url).content.decode()

    assert 'href="http://testserver/nl/agenda/ical/tracer/"' in body
    assert "Abonneer u op deze activiteiten in uw agenda" in body


def test_an_event_page_links_its_ics(client, site_tree):
    event = site_tree.agenda_event

    body = client.get(event.url).content.decode()

    assert f'href="{event.url}ical/"' in body
    assert "Toevoegen aan mijn agenda (.ics)" in body


# --- schema.org Event ------------------------------------------------------------------------


def open_registration(event, *, capacity=None, waitlist=True, **values) -> None:
    registration_settings_update(
        event=event, user=None, capacity=capacity, waitlist_enabled=waitlist, **values
    )


JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def structured_data(client, page) -> dict:
    response = client.get(page.url)
    assert response.status_code == 200
    (script,) = JSON_LD.findall(response.content.decode())
    return json.loads(script)


def fill(event, count: int) -> None:
    for number in range(count):
        registration_create(
            event=event,
            name=f"Deelnemer {number}",
            email=f"deelnemer{number}@example.be",
            organisation="",
            organisation_size="individual",
            function="",
            language="nl",
            consent=True,
        )


def test_an_event_page_describes_itself_as_a_schema_org_event(client, site_tree):
    event = site_tree.network_event
    start = at_ten_in_brussels(last_sunday(timezone.now().year + 1, 3))
    event.start, event.end = start, start + timedelta(hours=6, minutes=30)
    event.intro = "Een dag over leren op de werkvloer."
    event.location = "ICC Gent, Van Rysselberghedreef 2"
    event.save_revision().publish()

    data = structured_data(client, event)

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Event"
    assert data["name"] == event.title
    assert data["startDate"] == f"{start.year}-03-{start.day:02d}T10:00:00+02:00"
    assert data["endDate"] == f"{start.year}-03-{start.day:02d}T16:30:00+02:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"] == {
        "@type": "Place",
        "name": "ICC Gent, Van Rysselberghedreef 2",
        "address": "ICC Gent, Van Rysselberghedreef 2",
    }
    assert data["organizer"] == {
        "@type": "Organization",
        "name": "Tracer",
        "alternateName": "TRACER",
        "url": "http://testserver" + site_tree.tracer.url,
    }
    assert data["description"] == "Een dag over leren op de werkvloer."
    assert data["url"] == "http://testserver" + event.url
    assert data["inLanguage"] == "nl"
    assert "offers" not in data  # it takes no registrations


def test_the_dkc_mvo_organises_the_agendas_own_events_in_winter_time(client, site_tree):
    event = site_tree.agenda_event
    start = at_ten_in_brussels(last_sunday(timezone.now().year + 1, 10))
    event.start, event.end = start, start + timedelta(hours=2)
    event.save_revision().publish()

    data = structured_data(client, event)

    assert data["organizer"] == {
        "@type": "Organization",
        "name": "DKC MVO",
        "url": "http://testserver/",
    }
    assert data["startDate"].endswith("T10:00:00+01:00")


def test_the_english_event_page_describes_itself_in_english(client, site_tree, english):
    data = structured_data(client, english["event"])

    assert (data["name"], data["inLanguage"]) == ("Diversity roadshow", "en")
    assert data["url"] == "http://testserver" + english["event"].url


@pytest.mark.parametrize(
    ("capacity", "waitlist", "taken", "availability"),
    [
        (None, True, 0, "InStock"),
        (20, True, 3, "InStock"),
        (20, True, 16, "LimitedAvailability"),
        (2, True, 2, "SoldOut"),
        (2, False, 2, "SoldOut"),
    ],
)
def test_the_offer_follows_the_registration_state(
    client, site_tree, capacity, waitlist, taken, availability
):
    event = site_tree.agenda_event
    open_registration(event, capacity=capacity, waitlist=waitlist)
    fill(event, taken)

    offer = structured_data(client, event)["offers"]

    assert offer["@type"] == "Offer"
    assert offer["availability"] == f"https://schema.org/{availability}"
    register = "http://testserver" + event.url + event.reverse_subpage("register")
    # Joining the waiting list is done on the form; a full event without one has no form.
    assert offer.get("url") == (register if waitlist or taken < (capacity or 1) else None)


def test_the_offer_of_a_registration_that_opens_later_is_a_pre_order(client, site_tree):
    event = site_tree.agenda_event
    opens = timezone.now() + timedelta(days=2)
    open_registration(event, capacity=10, opens_at=opens)

    offer = structured_data(client, event)["offers"]

    assert offer["availability"] == "https://schema.org/PreOrder"
    assert datetime.fromisoformat(offer["validFrom"]) == opens.replace(microsecond=0)


def test_the_offer_of_a_closed_registration_is_out_of_stock(client, site_tree):
    event = site_tree.agenda_event
    open_registration(event, capacity=10, closes_at=timezone.now() - timedelta(minutes=1))

    offer = structured_data(client, event)["offers"]

    assert offer["availability"] == "https://schema.org/OutOfStock"
    assert "url" not in offer


def test_a_title_cannot_break_out_of_the_json_ld_script(client, site_tree):
    event = site_tree.agenda_event
    title = "Sessie </script><script>alert('x')</script> & <!-- meer"
    event.title = title
    event.intro = "</SCRIPT >tekst"
    event.location = "Zaal <b>1</b>"
    event.save_revision().publish()

    body = client.get(event.url).content.decode()

    assert "<script>alert" not in body
    assert body.count('<script type="application/ld+json">') == 1
    (script,) = JSON_LD.findall(body)
    assert "<" not in script and ">" not in script
    data = json.loads(script)
    assert data["name"] == title
    assert data["description"] == "</SCRIPT >tekst"
    assert data["location"]["name"] == "Zaal <b>1</b>"


def test_the_event_page_with_its_calendar_links_still_sets_no_cookie(client, site_tree):
    open_registration(site_tree.agenda_event, capacity=5)

    for url in (site_tree.agenda_event.url, "/nl/agenda/", site_tree.tracer.url):
        response = client.get(url)
        assert response.status_code == 200
        assert not response.cookies, url


@pytest.mark.parametrize("routable", [True, False])
def test_a_new_event_in_preview_renders_with_or_without_an_address(site_tree, routable):
    agenda = site_tree.agenda
    event = EventPage(
        title="Nieuwe sessie",
        slug="nieuwe-sessie",
        start=timezone.now() + timedelta(days=3),
        end=timezone.now() + timedelta(days=3, hours=1),
        locale=agenda.locale,
        depth=agenda.depth + 1,
        path=agenda.path + "9999",
    )
    if routable:
        event.set_url_path(agenda)
    else:
        event.url_path = "/buiten-de-site/nieuwe-sessie/"

    response = event.make_preview_request()

    assert response.status_code == 200
    body = response.content.decode()
    assert ("/nl/agenda/nieuwe-sessie/ical/" in body) is routable
    assert json.loads(JSON_LD.search(body)[1])["name"] == "Nieuwe sessie"


def test_the_confirmation_mail_carries_the_same_event_as_the_feed(client, site_tree, mailoutbox):
    event = site_tree.network_event
    open_registration(event, capacity=10)
    fill(event, 1)

    (_name, content, mimetype) = mailoutbox[0].attachments[0]
    assert mimetype == "text/calendar"
    (attached,) = Calendar.from_ical(content).walk("VEVENT")
    in_feed = by_summary(feed(client, "/nl/agenda/ical/tracer/"))[event.title]
    for field in ("uid", "summary", "url", "location", "organizer"):
        assert attached[field] == in_feed[field], field
    assert attached.decoded("dtstart") == in_feed.decoded("dtstart")
