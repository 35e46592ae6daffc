"""Lets network and theme pages show their events without their apps importing events, and
the event page and the agenda link their calendars (events.ics, events.structured_data)."""

from dataclasses import dataclass

from django import template
from django.utils.translation import gettext

from core.addresses import absolute_url
from events.selectors import agenda_for, event_list_for
from events.structured_data import event_structured_data, json_ld_script
from networks.selectors import network_list

register = template.Library()

LISTED_EVENTS = 5


@register.inclusion_tag("events/includes/event_list.html", takes_context=True)
def upcoming_events(context, network=None, theme=None, limit=LISTED_EVENTS):
    page, request = context.get("page"), context.get("request")
    events = event_list_for(
        locale=page.locale,
        network=network,
        theme=theme,
        limit=limit,
        lens=getattr(request, "lens", None),
    )
    return {"events": events, "request": request}


@register.simple_tag(takes_context=True)
def event_json_ld(context) -> str:
    """The event page's schema.org `Event` as a JSON-LD script (events.structured_data)."""
    data = event_structured_data(
        event=context["page"],
        state=context.get("registration_state"),
        request=context.get("request"),
    )
    return json_ld_script(data)


@dataclass(frozen=True)
class CalendarFeed:
    label: str
    url: str  # absolute: it is pasted into calendar apps


def _route_url(page, request, name: str, **kwargs) -> str:
    """The path of a page's sub-route, or "" where the page has no address (a preview)."""
    url = page.get_url(request=request)
    return url + page.reverse_subpage(name, kwargs=kwargs) if url else ""


def _feed_url(agenda, request, network=None) -> str:
    if network is not None:
        url = _route_url(agenda, request, "ical_network", network_slug=network.slug)
    else:
        url = _route_url(agenda, request, "ical")
    return absolute_url(url) if url else ""


@register.simple_tag(takes_context=True)
def agenda_calendar_feeds(context) -> list[CalendarFeed]:
    """The agenda's iCal feeds: all its events, then each network's (events.views)."""
    agenda, request = context["page"], context.get("request")
    if not _feed_url(agenda, request):
        return []
    feeds = [CalendarFeed(gettext("All events"), _feed_url(agenda, request))]
    for network in network_list(locale=agenda.locale):
        label = network.short_name or network.title
        feeds.append(CalendarFeed(label, _feed_url(agenda, request, network)))
    return feeds


@register.simple_tag(takes_context=True)
def calendar_url(context, page) -> str:
    """The path of an event's `.ics` or of the agenda's feed, or "" (a page in preview)."""
    return _route_url(page, context.get("request"), "ical")


@register.simple_tag(takes_context=True)
def network_calendar_feed_url(context, network) -> str:
    """The address of `network`'s iCal feed on the agenda in its language, or ""."""
    agenda = agenda_for(locale=network.locale)
    if agenda is None:
        return ""
    if agenda.locale_id != network.locale_id:
        # The agenda is not translated: its feed names the network as its language does.
        network = (
            network_list(locale=agenda.locale)
            .filter(translation_key=network.translation_key)
            .first()
        )
        if network is None:
            return ""
    return _feed_url(agenda, context.get("request"), network)
