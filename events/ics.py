"""An event as an iCalendar file (RFC 5545), made with the `icalendar` library."""

from django.utils import timezone
from icalendar import Calendar, Event
from wagtail.models import Page

PRODID = "-//DKC MVO//Agenda//NL"


def event_ics(*, event: Page) -> str:
    """One VEVENT for `event`, in the site's time zone (Europe/Brussels) with its VTIMEZONE,
    so calendars show the right hour on either side of a daylight-saving change."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    entry = Event()
    entry.add("uid", f"{event.translation_key}@dkc-mvo")
    entry.add("dtstamp", timezone.now())
    entry.add("dtstart", timezone.localtime(event.start))
    entry.add("dtend", timezone.localtime(event.end))
    entry.add("summary", event.title)
    if getattr(event, "location", ""):
        entry.add("location", event.location)
    url = event.get_full_url()
    if url:
        entry.add("url", url)
    calendar.add_component(entry)
    calendar.add_missing_timezones()
    return calendar.to_ical().decode()
