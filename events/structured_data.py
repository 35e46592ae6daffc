"""An event page as a schema.org `Event` in JSON-LD: what search engines show as an event.

https://schema.org/Event; the offer's availability follows the registration state, so a full
event is never announced as having places.
"""

import json

from django.http import HttpRequest
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Page

from core.addresses import absolute_url, site_url
from events.selectors import RegistrationState

SCHEMA = "https://schema.org/"
ORGANISER_NAME = "DKC MVO"
# Up to this many places left, the offer says "limited availability".
FEW_PLACES_LEFT = 5
AVAILABILITY = {
    "waitlist": "SoldOut",  # a place on the waiting list is not a place
    "full": "SoldOut",
    "not_open": "PreOrder",
    "closed": "OutOfStock",
}
# What JSON may contain but an HTML <script> must not: "</script>" ends the element, "<!--"
# changes how it is parsed. The same escapes as Django's `json_script`.
SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def event_structured_data(
    *, event: Page, state: RegistrationState | None, request: HttpRequest | None = None
) -> dict:
    """The schema.org `Event` of `event` in its language, with `state`'s offer (if any)."""
    zone = timezone.get_default_timezone()
    url = event.get_url(request=request)
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "startDate": timezone.localtime(event.start, zone).isoformat(timespec="seconds"),
        "endDate": timezone.localtime(event.end, zone).isoformat(timespec="seconds"),
        "eventStatus": SCHEMA + "EventScheduled",
        "eventAttendanceMode": SCHEMA + "OfflineEventAttendanceMode",
        "inLanguage": event.locale.language_code,
        "organizer": _organiser(event.network_page, request=request),
    }
    if url:
        data["url"] = absolute_url(url)
    description = event.intro.strip() or event.search_description.strip()
    if description:
        data["description"] = description
    if event.location:
        data["location"] = {"@type": "Place", "name": event.location, "address": event.location}
    offer = _offer(event=event, state=state, request=request)
    if offer:
        data["offers"] = offer
    return data


def _organiser(network: Page | None, *, request: HttpRequest | None) -> dict:
    if network is None:
        return {"@type": "Organization", "name": ORGANISER_NAME, "url": site_url() + "/"}
    organiser = {"@type": "Organization", "name": network.title}
    if network.short_name:
        organiser["alternateName"] = network.short_name
    url = network.get_url(request=request)
    if url:
        organiser["url"] = absolute_url(url)
    return organiser


def _offer(*, event: Page, state: RegistrationState | None, request: HttpRequest | None) -> dict:
    """Registering as an offer; none for an event that takes no registrations."""
    if state is None or state.status == "none":
        return {}
    if state.status == "open":
        few = state.places_left is not None and state.places_left <= FEW_PLACES_LEFT
        availability = "LimitedAvailability" if few else "InStock"
    else:
        availability = AVAILABILITY[state.status]
    offer = {"@type": "Offer", "availability": SCHEMA + availability}
    url = event.get_url(request=request)
    if url and (state.accepts or state.status == "not_open"):
        # Only where the form is (or will be): a closed or full event's page links no form.
        offer["url"] = absolute_url(url + event.reverse_subpage("register"))
    if state.opens_at is not None:
        offer["validFrom"] = timezone.localtime(
            state.opens_at, timezone.get_default_timezone()
        ).isoformat(timespec="seconds")
    return offer


def json_ld_script(data: dict) -> SafeString:
    """`data` in a `<script type="application/ld+json">` that no text in it can leave."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=False).translate(SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308
