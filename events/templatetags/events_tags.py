"""Lets network and theme pages show their events without their apps importing events."""

from django import template

from events.selectors import event_list_for

register = template.Library()

LISTED_EVENTS = 5


@register.inclusion_tag("events/includes/event_list.html", takes_context=True)
def upcoming_events(context, network=None, theme=None, limit=LISTED_EVENTS):
    page = context.get("page")
    events = event_list_for(locale=page.locale, network=network, theme=theme, limit=limit)
    return {"events": events, "request": context.get("request")}
