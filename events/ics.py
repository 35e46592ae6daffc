"""Events as iCalendar (RFC 5545), made with the `icalendar` library.

One function builds an event's VEVENT (`event_vevent`); the single-event file (the page's
`.ics` download and the confirmation mail's attachment) and the agenda's feeds wrap it.
Times are given in the site's time zone (Europe/Brussels) with its VTIMEZONE, so calendars
show the right hour on either side of a daylight-saving change.
"""

from collections.abc import Iterable
from datetime import date, datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event, vCalAddress
from wagtail.models import Page

from core.addresses import absolute_url

PRODID = "-//DKC MVO//Agenda//NL"
ORGANISER_NAME = "DKC MVO"


def event_uid(event: Page) -> str:
    """The same in every language and after every edit: calendars update, never duplicate."""
    return f"{event.translation_key}@{urlsplit(settings.SITE_URL).hostname}"


def event_vevent(
    *, event: Page, url: str, network: Page | None, stamp: datetime | None = None
) -> Event:
    """The VEVENT of `event`; `url` is its absolute address, `network` its organiser (or None
    for the DKC MVO's own events)."""
    zone = timezone.get_default_timezone()
    entry = Event()
    entry.add("uid", event_uid(event))
    entry.add("dtstamp", stamp or timezone.now())
    if event.last_published_at:
        entry.add("last-modified", event.last_published_at)
    entry.add("dtstart", timezone.localtime(event.start, zone))
    entry.add("dtend", timezone.localtime(event.end, zone))
    entry.add("summary", event.title)
    description = "\n\n".join(part for part in (event.intro.strip(), url) if part)
    if description:
        entry.add("description", description)
    if event.location:
        entry.add("location", event.location)
    if url:
        entry.add("url", url)
    organiser = (network.short_name or network.title) if network is not None else ORGANISER_NAME
    entry.add("categories", [organiser])
    if network is not None and network.contact_email:
        address = vCalAddress(f"mailto:{network.contact_email}")
        address.params["cn"] = organiser
        entry.add("organizer", address)
    return entry


def calendar_ics(*, entries: Iterable[Event], name: str = "") -> str:
    """A calendar of `entries` with the VTIMEZONE they need, as text."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("name", name)  # RFC 7986
        calendar.add("x-wr-calname", name)  # what most calendar apps read
        calendar.add("x-wr-timezone", settings.TIME_ZONE)
    years = set()
    for entry in entries:
        calendar.add_component(entry)
        years.update(entry.decoded(name).year for name in ("dtstart", "dtend"))
    if years:
        # The time zone's rules for the years the events need, not 1970-2038 in every file.
        calendar.add_missing_timezones(
            first_date=date(min(years) - 1, 1, 1), last_date=date(max(years) + 2, 1, 1)
        )
    return calendar.to_ical().decode()


def event_url(event: Page, *, request=None) -> str:
    """The event's address at the site's public address (SITE_URL), or "" if it has none."""
    url = event.get_url(request=request)
    return absolute_url(url) if url else ""


def event_ics(*, event: Page, request=None) -> str:
    """One event as a calendar file: the page's download and the confirmation mail's file."""
    entry = event_vevent(
        event=event, url=event_url(event, request=request), network=event.network_page
    )
    return calendar_ics(entries=[entry])


def events_feed_ics(*, events: list, name: str, request=None) -> str:
    """A feed of `events` (each with `network_page` attached: no query per event)."""
    stamp = timezone.now()
    return calendar_ics(
        name=name,
        entries=(
            event_vevent(
                event=event,
                url=event_url(event, request=request),
                network=event.network_page,
                stamp=stamp,
            )
            for event in events
        ),
    )
