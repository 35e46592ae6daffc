"""Registering for an event: capacity, waiting list, cancelling, spam and bad input, both
languages on one capacity, and never one seat too many under concurrent requests."""

import json
import re
import threading
from datetime import UTC, datetime, timedelta
from unittest import mock
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, OperationalError, connection, transaction
from django.utils import timezone, translation
from icalendar import Calendar
from wagtail.models import ModelLogEntry

from events.ics import event_ics
from events.models import Registration, RegistrationSettings, registration_token_hash
from events.selectors import registration_waitlist_position
from events.services import (
    REGISTRATION_CANCELLED_LOG_ACTION,
    REGISTRATION_CREATED_LOG_ACTION,
    REGISTRATION_PROMOTED_LOG_ACTION,
    REGISTRATION_SETTINGS_LOG_ACTION,
    RegistrationRefused,
    registration_cancel_by_token,
    registration_create,
    registration_settings_update,
)
from tests import factories
from translations.services import page_translation_save


def register_url(event) -> str:
    with translation.override(event.locale.language_code):
        return event.url + event.reverse_subpage("register")


def answers(email: str = "an@example.be", **overrides) -> dict:
    return {
        "name": "An Peeters",
        "email": email,
        "organisation": "Bakkerij Peeters",
        "organisation_size": "small",
        "function": "zaakvoerder",
        "consent": "on",
        "website": "",
        **overrides,
    }


def open_registration(event, *, capacity=None, waitlist=True, **values) -> RegistrationSettings:
    return registration_settings_update(
        event=event, user=None, capacity=capacity, waitlist_enabled=waitlist, **values
    )


def cancel_link(message) -> str:
    """The path of the personal cancel link in a mail."""
    url = re.search(r"\S+/(?:inschrijving/annuleren|registration/cancel)/\S+/", message.body)[0]
    return urlparse(url).path


def statuses(event) -> list[str]:
    return list(
        Registration.objects.filter(event_settings__event_key=event.translation_key)
        .order_by("pk")
        .values_list("status", flat=True)
    )


@pytest.fixture
def event(site_tree):
    return site_tree.network_event


# --- Capacity and the waiting list ---------------------------------------------------------


def test_registrations_are_confirmed_until_the_event_is_full_then_waitlisted(client, event):
    open_registration(event, capacity=2)

    for email in ("a@example.be", "b@example.be", "c@example.be"):
        response = client.post(register_url(event), answers(email))
        assert response.status_code == 200

    assert statuses(event) == ["confirmed", "confirmed", "waitlisted"]
    assert "nummer 1 op de wachtlijst" in response.content.decode()


def test_the_waiting_list_keeps_the_order_of_arrival(event):
    open_registration(event, capacity=1)
    positions = [
        registration_create(
            event=event, **answers_for_service(f"{name}@example.be")
        ).waitlist_position
        for name in ("first", "second", "third")
    ]

    assert positions == [None, 1, 2]


def answers_for_service(email: str) -> dict:
    return {
        "name": "Visitor",
        "email": email,
        "organisation": "",
        "organisation_size": "individual",
        "function": "",
        "language": "nl",
        "consent": True,
    }


def test_a_full_event_without_waiting_list_refuses(client, event):
    open_registration(event, capacity=1, waitlist=False)
    client.post(register_url(event), answers("a@example.be"))

    response = client.post(register_url(event), answers("b@example.be"))

    content = response.content.decode()
    assert statuses(event) == ["confirmed"]
    assert "Deze activiteit is volzet." in content
    assert 'name="email"' not in content


def test_an_event_without_capacity_takes_everyone(client, event):
    open_registration(event, capacity=None)
    for number in range(5):
        client.post(register_url(event), answers(f"p{number}@example.be"))

    assert statuses(event) == ["confirmed"] * 5


# --- The event page: its state, and no cookie -------------------------------------------


def test_the_event_page_shows_places_left_then_full_waitlist_then_closed(client, event):
    settings_record = open_registration(event, capacity=1)
    assert "1 plaats vrij" in client.get(event.url).content.decode()

    client.post(register_url(event), answers())
    content = client.get(event.url).content.decode()
    assert "Volzet – wachtlijst" in content
    assert register_url(event) in content

    registration_settings_update(event=event, user=None, closes_at=timezone.now())
    settings_record.refresh_from_db()
    content = client.get(event.url).content.decode()
    assert "Inschrijvingen afgesloten" in content
    assert register_url(event) not in content


def test_an_event_without_registration_settings_has_no_form(client, event):
    assert register_url(event) not in client.get(event.url).content.decode()
    response = client.get(register_url(event))
    assert 'name="email"' not in response.content.decode()
    assert "geen inschrijvingen" in response.content.decode()


def test_viewing_the_event_page_sets_no_cookie(client, event):
    open_registration(event, capacity=10)

    response = client.get(event.url)

    assert response.status_code == 200
    assert "Set-Cookie" not in str(response.headers)
    assert not response.cookies


# --- Closed registration ---------------------------------------------------------------------


def test_after_closing_the_form_is_replaced_by_a_message(client, event):
    open_registration(event, capacity=10, closes_at=timezone.now() - timedelta(minutes=1))

    shown = client.get(register_url(event)).content.decode()
    posted = client.post(register_url(event), answers()).content.decode()

    assert 'name="email"' not in shown
    assert "Inschrijvingen afgesloten" in shown
    assert "De inschrijvingen voor deze activiteit zijn afgesloten." in posted
    assert 'name="email"' not in posted
    assert statuses(event) == []
    assert mail.outbox == []


def test_once_the_event_has_started_registration_is_closed(client, site_tree):
    now = timezone.now()
    running = factories.EventPageFactory(
        parent=site_tree.agenda, start=now - timedelta(hours=1), end=now + timedelta(hours=1)
    )
    open_registration(running, capacity=10)

    client.post(register_url(running), answers())

    assert statuses(running) == []


def test_before_opening_the_visitor_is_told_when_it_opens(client, event):
    open_registration(event, capacity=10, opens_at=timezone.now() + timedelta(days=1))

    content = client.get(register_url(event)).content.decode()
    client.post(register_url(event), answers())

    assert "Inschrijven kan vanaf" in content
    assert statuses(event) == []


# --- Bad input ---------------------------------------------------------------------------------


def test_the_same_address_twice_gets_a_message_and_no_second_row(client, event):
    open_registration(event, capacity=10)
    client.post(register_url(event), answers("an@example.be"))

    response = client.post(register_url(event), answers("AN@Example.be", name="An again"))

    content = response.content.decode()
    assert "al ingeschreven" in content
    assert 'value="An again"' in content
    assert statuses(event) == ["confirmed"]


@pytest.mark.both_databases  # a unique index on Lower("email"), each database's own
def test_the_database_refuses_a_second_active_row_for_one_address(event):
    record = open_registration(event, capacity=10)
    first = registration_create(event=event, **answers_for_service("an@example.be"))

    # Past the service's own check, the unique constraint still says no (any capitals).
    with pytest.raises(IntegrityError), transaction.atomic():
        Registration.objects.create(
            event_settings=record,
            email="AN@Example.be",
            organisation_size="small",
            status="waitlisted",
            cancel_token_hash="x" * 64,
        )
    # ... and a race the check missed becomes the same friendly message.
    with (
        mock.patch("events.services.Registration.objects.create", side_effect=IntegrityError),
        pytest.raises(RegistrationRefused) as refused,
    ):
        registration_create(event=event, **answers_for_service("other@example.be"))
    assert refused.value.code == "duplicate"
    assert list(record.registrations.all()) == [first.registration]


def test_consent_is_required_and_the_other_answers_stay(client, event):
    open_registration(event, capacity=10)
    form = answers()
    del form["consent"]

    response = client.post(register_url(event), form)

    content = response.content.decode()
    assert "Geef toestemming" in content
    assert 'value="Bakkerij Peeters"' in content
    assert statuses(event) == []


def test_every_invalid_field_gets_its_message_beside_it(client, event):
    open_registration(event, capacity=10)

    response = client.post(
        register_url(event), answers(email="not-an-address", name="", organisation_size="")
    )

    content = response.content.decode()
    assert response.status_code == 200
    assert "Vul uw naam in." in content
    assert "geldig e-mailadres" in content
    assert "Kies de grootte van uw organisatie." in content
    assert 'value="not-an-address"' in content
    assert statuses(event) == []


def test_the_honeypot_stores_and_mails_nothing(client, event):
    open_registration(event, capacity=10)

    response = client.post(register_url(event), answers(website="http://spam.example"))

    assert response.status_code == 200
    assert statuses(event) == []
    assert mail.outbox == []


def test_registrations_from_one_address_are_rate_limited(client, event, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "event_registration_address": (2, 3600)}
    open_registration(event, capacity=10)
    for number in range(2):
        assert client.post(register_url(event), answers(f"p{number}@example.be")).status_code == 200

    response = client.post(register_url(event), answers("third@example.be"))

    assert response.status_code == 429
    assert statuses(event) == ["confirmed", "confirmed"]
    assert 'value="third@example.be"' in response.content.decode()


def test_a_locked_database_asks_to_try_again_instead_of_an_error(client, event):
    open_registration(event, capacity=10)

    with mock.patch(
        "events.models.Registration.objects.create",
        side_effect=OperationalError("database is locked"),
    ):
        response = client.post(register_url(event), answers())

    assert response.status_code == 409
    assert "Probeer het zo opnieuw" in response.content.decode()
    assert statuses(event) == []


# --- The confirmation mail, cancelling, promotion --------------------------------------------


def test_the_confirmation_mail_has_the_calendar_file_and_a_personal_cancel_link(client, event):
    open_registration(event, capacity=10)

    client.post(register_url(event), answers())

    (message,) = mail.outbox
    assert message.to == ["an@example.be"]
    assert "Inschrijving bevestigd" in message.subject
    (attachment,) = message.attachments
    name, content, mimetype = attachment
    assert (name, mimetype) == ("event.ics", "text/calendar")
    (vevent,) = Calendar.from_ical(content).walk("VEVENT")
    assert vevent["summary"] == event.title
    assert vevent.decoded("dtstart") == event.start.replace(microsecond=0)
    assert vevent["dtstart"].params["TZID"] == "Europe/Brussels"
    assert Calendar.from_ical(content).walk("VTIMEZONE")
    token = cancel_link(message).rstrip("/").rsplit("/", 1)[-1]
    registration = Registration.objects.get()
    assert registration.cancel_token_hash == registration_token_hash(token)
    assert not Registration.objects.filter(cancel_token_hash=token).exists()


def test_cancelling_frees_the_seat_for_the_first_on_the_waiting_list_and_mails_them(client, event):
    open_registration(event, capacity=1)
    client.post(register_url(event), answers("first@example.be", name="Eerste"))
    client.post(register_url(event), answers("second@example.be", name="Tweede"))
    client.post(register_url(event), answers("third@example.be", name="Derde"))
    link = cancel_link(mail.outbox[0])
    mail.outbox.clear()

    shown = client.get(link)
    assert shown.status_code == 200
    assert statuses(event) == ["confirmed", "waitlisted", "waitlisted"]  # GET changes nothing

    response = client.post(link)

    assert response.status_code == 200
    assert "geannuleerd" in response.content.decode()
    assert statuses(event) == ["cancelled", "confirmed", "waitlisted"]
    cancelled = Registration.objects.order_by("pk").first()
    assert (cancelled.name, cancelled.email, cancelled.organisation, cancelled.function) == (
        "",
        "",
        "",
        "",
    )
    assert cancelled.organisation_size == "small"  # kept for the ESF counts
    assert cancelled.erased_at is not None
    (promotion,) = mail.outbox
    assert promotion.to == ["second@example.be"]
    assert "plaats vrijgekomen" in promotion.subject
    assert promotion.attachments[0][0] == "event.ics"
    # The promoted visitor's new link cancels their registration.
    client.post(cancel_link(promotion))
    assert statuses(event) == ["cancelled", "cancelled", "confirmed"]


def test_an_invalid_cancel_link_is_a_friendly_404(client, site_tree):
    response = client.get("/nl/inschrijving/annuleren/not-a-token/")

    assert response.status_code == 404
    assert "niet geldig" in response.content.decode()
    assert client.post("/nl/inschrijving/annuleren/not-a-token/").status_code == 404


def test_a_used_cancel_link_says_so_and_changes_nothing(client, event):
    open_registration(event, capacity=1)
    client.post(register_url(event), answers("first@example.be"))
    client.post(register_url(event), answers("second@example.be"))
    link = cancel_link(mail.outbox[0])
    client.post(link)

    response = client.post(link)

    assert response.status_code == 200
    assert "al geannuleerd" in response.content.decode()
    assert statuses(event) == ["cancelled", "confirmed"]


# --- Both languages, one capacity ------------------------------------------------------------


@pytest.fixture
def english_event(site_tree):
    def translate(page, title, slug):
        return page_translation_save(page=page, strings={"title": title, "slug": slug})

    translate(site_tree.home, "Home", "home")
    translate(site_tree.agenda, "Events", "events")
    return translate(site_tree.agenda_event, "Diversity roadshow", "diversity-roadshow")


def test_english_registrations_count_against_the_same_capacity(client, site_tree, english_event):
    dutch = site_tree.agenda_event
    open_registration(english_event, capacity=1)
    client.post(register_url(dutch), answers("nl@example.be"))

    assert "Full – waiting list" in client.get(english_event.url).content.decode()
    response = client.post(register_url(english_event), answers("en@example.be"))

    assert "number 1 on the waiting list" in response.content.decode()
    assert statuses(dutch) == ["confirmed", "waitlisted"]
    assert RegistrationSettings.objects.count() == 1
    english_mail = mail.outbox[-1]
    assert english_mail.subject.startswith("On the waiting list: Diversity roadshow")
    assert cancel_link(english_mail).startswith("/en/registration/cancel/")


def test_the_english_event_page_sets_no_cookie_either(client, english_event):
    open_registration(english_event, capacity=5)

    response = client.get(english_event.url)

    assert response.status_code == 200
    assert "5 places left" in response.content.decode()
    assert not response.cookies


# --- Logged for the audit, without the person ---------------------------------------------


def test_settings_and_registrations_are_logged_with_the_network_and_without_the_person(
    client, site_tree, event
):
    from access.models import NetworkAccess

    access = NetworkAccess.objects.filter(translation_key=site_tree.tracer.translation_key).first()
    network_key = str(access.translation_key) if access else ""
    open_registration(event, capacity=1)
    client.post(register_url(event), answers("first@example.be", name="Eerste Persoon"))
    client.post(register_url(event), answers("second@example.be", name="Tweede Persoon"))
    client.post(cancel_link(mail.outbox[0]))

    for action in (
        REGISTRATION_SETTINGS_LOG_ACTION,
        REGISTRATION_CREATED_LOG_ACTION,
        REGISTRATION_CANCELLED_LOG_ACTION,
        REGISTRATION_PROMOTED_LOG_ACTION,
    ):
        entries = list(ModelLogEntry.objects.filter(action=action))
        assert entries, action
        for entry in entries:
            assert entry.data["network_key"] == network_key
            text = f"{entry.label} {entry.data}"
            assert "Persoon" not in text and "@example.be" not in text


# --- Never overbooked --------------------------------------------------------------------------


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="concurrent writes need a real database server"
)
@pytest.mark.parametrize("waitlist", [False, True])
def test_fifty_concurrent_requests_for_the_last_seat_confirm_exactly_one(site_root, waitlist):
    event = factories.EventPageFactory(start=timezone.now() + timedelta(days=3))
    open_registration(event, capacity=1, waitlist=waitlist)
    barrier = threading.Barrier(50)
    outcomes: list[str] = []

    def register(number: int) -> None:
        barrier.wait()
        try:
            result = registration_create(
                event=event, **answers_for_service(f"visitor{number}@example.be")
            )
            outcomes.append(result.registration.status)
        except RegistrationRefused as refusal:
            outcomes.append(refusal.code)
        finally:
            connection.close()

    threads = [threading.Thread(target=register, args=(n,)) for n in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert outcomes.count("confirmed") == 1
    assert len(outcomes) == 50
    assert Registration.objects.filter(status="confirmed").count() == 1
    if waitlist:
        assert outcomes.count("waitlisted") == 49
        positions = sorted(
            registration_waitlist_position(registration=registration)
            for registration in Registration.objects.filter(status="waitlisted")
        )
        assert positions == list(range(1, 50))
    else:
        assert outcomes.count("full") == 49


# --- Where attendee data never goes, and other doors --------------------------------------


def test_no_revision_or_translation_source_ever_holds_an_attendee(client, event):
    from wagtail_localize.models import TranslationSource

    open_registration(event, capacity=10)
    client.post(register_url(event), answers("secret.person@example.be", name="Geheime Persoon"))
    event.refresh_from_db()

    revision = event.save_revision()
    source, _created = TranslationSource.get_or_create_from_instance(event)

    for stored in (json.dumps(revision.content, cls=DjangoJSONEncoder), source.content_json):
        assert "secret.person@example.be" not in stored
        assert "Geheime Persoon" not in stored


def test_a_draft_or_unpublished_event_takes_no_registrations(client, event):
    open_registration(event, capacity=10)
    url = register_url(event)
    event.unpublish()

    response = client.post(url, answers())

    assert response.status_code == 404
    assert statuses(event) == []


def test_registering_and_cancelling_need_the_csrf_token(event):
    from django.test import Client

    open_registration(event, capacity=10)
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(register_url(event), answers()).status_code == 403
    assert statuses(event) == []

    registration_create(event=event, **answers_for_service("an@example.be"))
    link = cancel_link(mail.outbox[-1])
    assert strict.post(link).status_code == 403
    assert statuses(event) == ["confirmed"]

    form_page = strict.get(link)
    token = form_page.cookies["csrftoken"].value
    assert strict.post(link, {"csrfmiddlewaretoken": token}).status_code == 200
    assert statuses(event) == ["cancelled"]


def test_after_cancelling_the_same_address_may_register_again(client, event):
    open_registration(event, capacity=10)
    client.post(register_url(event), answers())
    client.post(cancel_link(mail.outbox[0]))

    client.post(register_url(event), answers())

    assert statuses(event) == ["cancelled", "confirmed"]


def test_correcting_mistakes_does_not_count_against_the_rate_limit(client, event, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "event_registration_address": (1, 3600)}
    open_registration(event, capacity=10)
    for _attempt in range(3):
        client.post(register_url(event), answers(email="typo"))

    assert client.post(register_url(event), answers()).status_code == 200
    assert statuses(event) == ["confirmed"]


def test_registration_cannot_close_before_it_opens(event):
    now = timezone.now()

    with pytest.raises(ValidationError):
        registration_settings_update(
            event=event, user=None, opens_at=now, closes_at=now - timedelta(days=1)
        )
    assert not RegistrationSettings.objects.exists()


@pytest.mark.parametrize(
    ("start", "utc_hour"),
    [(datetime(2027, 3, 27, 10, 0), 9), (datetime(2027, 3, 29, 10, 0), 8)],
)
def test_the_calendar_file_keeps_brussels_time_across_daylight_saving(site_tree, start, utc_hour):
    brussels = ZoneInfo("Europe/Brussels")
    event = factories.EventPageFactory(
        parent=site_tree.agenda,
        start=start.replace(tzinfo=brussels),
        end=(start + timedelta(hours=2)).replace(tzinfo=brussels),
    )

    (vevent,) = Calendar.from_ical(event_ics(event=event)).walk("VEVENT")

    begins = vevent.decoded("dtstart")
    assert (begins.hour, begins.tzinfo.key if hasattr(begins.tzinfo, "key") else "") == (
        10,
        "Europe/Brussels",
    )
    assert begins.astimezone(UTC).hour == utc_hour


def test_a_cancel_link_still_works_and_is_logged_after_the_event_page_is_deleted(client, event):
    open_registration(event, capacity=10)
    client.post(register_url(event), answers())
    link = cancel_link(mail.outbox[0])
    event.delete()

    assert client.get(link).status_code == 200
    response = client.post(link)

    assert response.status_code == 200
    registration = Registration.objects.get()
    assert (registration.status, registration.email) == ("cancelled", "")
    entry = ModelLogEntry.objects.get(action=REGISTRATION_CANCELLED_LOG_ACTION)
    assert entry.data["network_key"] == ""


# --- Registration switched off ------------------------------------------------------------


def test_a_switched_off_event_refuses_registrations_and_keeps_its_cancel_links(client, event):
    open_registration(event, capacity=1)
    first = registration_create(event=event, **answers_for_service("first@example.be"))
    waiting = registration_create(event=event, **answers_for_service("second@example.be"))
    assert register_url(event) in client.get(event.url).content.decode()
    registration_settings_update(event=event, user=None, enabled=False)

    with pytest.raises(RegistrationRefused) as refused:
        registration_create(event=event, **answers_for_service("third@example.be"))
    assert refused.value.code == "none"
    shown = client.get(event.url)
    assert shown.context["registration_state"].status == "none"
    assert register_url(event) not in shown.content.decode()

    # Those already registered keep their place and may still cancel.
    registration_cancel_by_token(token=first.token)
    assert statuses(event) == ["cancelled", "confirmed"]
    assert waiting.registration.pk == Registration.objects.get(status="confirmed").pk
