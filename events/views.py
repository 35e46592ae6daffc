"""The visitor's side of registering: the form on an event's `register/` sub-route and the
personal cancel link. Thin doors into `events.services`."""

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.http import content_disposition_header
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from wagtail.models import Page, Site

from core.forms import Outcome, public_form_outcome
from events import ics, selectors, services
from events.forms import RegistrationForm

REGISTER_TEMPLATE = "events/event_page_register.html"
CANCEL_TEMPLATE = "events/registration_cancel.html"
RATE_LIMIT_SCOPE = "event_registration_address"
# Calendar apps poll feeds; a shared cache may answer them for a quarter of an hour.
CALENDAR_CACHE_SECONDS = 15 * 60
CALENDAR_CONTENT_TYPE = "text/calendar; charset=utf-8"
SITE_NAME = "DKC MVO"


def registration_view(request: HttpRequest, *, event: Page) -> HttpResponse:
    """GET: the form (or why there is none). POST: register, or the form with its messages
    beside the fields and every answer kept."""
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponse(status=405, headers={"Allow": "GET, HEAD, POST"})
    state = selectors.registration_state_for(event=event)
    context = {
        "page": event,
        "self": event,
        "registration_state": state,
        "retention_months": settings.EVENTS_REGISTRATION_RETENTION_MONTHS,
    }
    status = 200
    if request.method != "POST":
        context["form"] = RegistrationForm() if state.accepts else None
    else:
        form = RegistrationForm(request.POST)
        context["form"] = form
        outcome = public_form_outcome(request, form=form, scope=RATE_LIMIT_SCOPE)
        if outcome == Outcome.THROTTLED:
            context["throttled"] = True
            status = 429
        elif outcome == Outcome.SPAM:
            # Nothing is stored or mailed.
            context["done"] = True
        elif outcome == Outcome.VALID:
            data = form.cleaned_data
            try:
                result = services.registration_create(
                    event=event,
                    name=data["name"],
                    email=data["email"],
                    organisation=data["organisation"],
                    organisation_size=data["organisation_size"],
                    function=data["function"],
                    language=event.locale.language_code,
                    consent=data["consent"],
                )
            except services.RegistrationRefused as refusal:
                state = selectors.registration_state_for(event=event)
                context["registration_state"] = state
                if state.accepts or refusal.field:
                    form.add_error(refusal.field, refusal.message)
                else:
                    # It closed or filled up while the visitor was typing: the form goes.
                    context["form"] = None
                    context["refusal"] = refusal.message
                status = 409 if refusal.code == "busy" else 200
            else:
                context["done"] = True
                context["registration"] = result.registration
                context["waitlist_position"] = result.waitlist_position
    response = TemplateResponse(request, REGISTER_TEMPLATE, context, status=status)
    add_never_cache_headers(response)
    return response


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def registration_cancel_view(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows what the link cancels (a mail scanner's visit changes nothing); POST, with
    its CSRF token, cancels."""
    registration = selectors.registration_by_token(token=token)
    if registration is None:
        return TemplateResponse(request, CANCEL_TEMPLATE, {"invalid": True}, status=404)
    event = services.source_event(registration.event_settings.event_key)
    context = {"registration": registration, "event": _in_language(event, request)}
    if request.method == "POST" and registration.status != registration.Status.CANCELLED:
        try:
            context["registration"] = services.registration_cancel_by_token(token=token)
            context["cancelled_now"] = True
        except services.RegistrationRefused as refusal:
            context["error"] = refusal.message
    return TemplateResponse(request, CANCEL_TEMPLATE, context)


def _in_language(event: Page | None, request: HttpRequest) -> Page | None:
    if event is None:
        return None
    return (
        Page.objects.live()
        .filter(
            translation_key=event.translation_key,
            locale__language_code=getattr(request, "LANGUAGE_CODE", ""),
        )
        .specific()
        .first()
    ) or event


# --- Calendars -----------------------------------------------------------------------------


def agenda_ical_view(
    request: HttpRequest, *, agenda: Page, network_slug: str | None = None
) -> HttpResponse:
    """The agenda's upcoming public events as an iCal feed: all of them, or one network's
    (by its slug in the agenda's language, as the agenda's filter names it)."""
    network = None
    if network_slug is not None:
        network = selectors.network_by_slug(locale=agenda.locale, slug=network_slug)
        if network is None:
            raise Http404
    events = selectors.event_list_for(locale=agenda.locale, network=network)
    site = Site.find_for_request(request)
    name = calendar_name(
        site_name=(site.site_name if site else "") or SITE_NAME, agenda=agenda, network=network
    )
    body = ics.events_feed_ics(events=events, name=name, request=request)
    filename = f"{agenda.slug}-{network.slug}.ics" if network else f"{agenda.slug}.ics"
    return calendar_response(body, filename=filename, as_attachment=False)


def event_ical_view(request: HttpRequest, *, event: Page) -> HttpResponse:
    """One event as a `.ics` file to add to a calendar."""
    body = ics.event_ics(event=event, request=request)
    return calendar_response(body, filename=f"{event.slug}.ics", as_attachment=True)


def calendar_name(*, site_name: str, agenda: Page, network: Page | None = None) -> str:
    """How a calendar app names a feed: "DKC MVO – Agenda", "DKC MVO – Agenda – TRACER"."""
    parts = [site_name, agenda.title]
    if network is not None:
        parts.append(network.short_name or network.title)
    return " – ".join(parts)


def calendar_response(body: str, *, filename: str, as_attachment: bool) -> HttpResponse:
    """Cacheable by anyone: a feed lists public events only and sets no cookie. (A closed
    event's own file is made private by the access app's `on_serve_page` hook.)"""
    response = HttpResponse(body, content_type=CALENDAR_CONTENT_TYPE)
    response["Content-Disposition"] = content_disposition_header(as_attachment, filename)
    patch_cache_control(response, public=True, max_age=CALENDAR_CACHE_SECONDS)
    return response
