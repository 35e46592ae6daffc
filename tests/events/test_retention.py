"""Retention of attendees' personal data: erased N months after the event by a command, the
anonymous ESF counts kept, and never copied into page revisions or translation sources."""

import json
from datetime import datetime, timedelta
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import ModelLogEntry, PageLogEntry, Revision

from events.models import Registration, RegistrationSettings
from events.selectors import SizeCounts, registration_counts
from events.services import (
    REGISTRATIONS_ERASED_LOG_ACTION,
    months_before,
    registration_cancel_by_token,
    registration_create,
    registration_erase_expired,
    registration_settings_update,
)
from translations.services import page_translation_save

BRUSSELS = ZoneInfo("Europe/Brussels")
PERSONAL = ("name", "email", "organisation", "function")


@pytest.fixture
def event(site_tree):
    return site_tree.network_event


def open_registration(event, **values) -> RegistrationSettings:
    return registration_settings_update(event=event, user=None, capacity=2, **values)


def register(event, email: str, size: str = "small", **extra):
    return registration_create(
        event=event,
        name=extra.get("name", f"Persoon {email.split('@')[0]}"),
        email=email,
        organisation=extra.get("organisation", "Bakkerij Peeters"),
        organisation_size=size,
        function="zaakvoerder",
        language=extra.get("language", "nl"),
        consent=True,
    )


def after_retention(event, *, months: int = 24, extra=timedelta(days=1)) -> datetime:
    """A moment `extra` past the end of the event's retention period."""
    end = timezone.localtime(event.end)
    month_index = end.year * 12 + end.month - 1 + months
    year, month = divmod(month_index, 12)
    return end.replace(year=year, month=month + 1, day=min(end.day, 28)) + extra


@pytest.fixture
def attended(event):
    """An event for two: two confirmed (one present, one absent), two on the waiting list,
    one who left the waiting list (cancelled)."""
    open_registration(event)
    first = register(event, "an@example.be", name="An Peeters")
    second = register(event, "bert@example.be", size="large", name="Bert Claes")
    waiting = register(event, "cis@example.be", size="individual", name="Cis Janssens")
    cancelled = register(event, "dirk@example.be", size="individual", name="Dirk Maes")
    registration_cancel_by_token(token=cancelled.token)
    late = register(event, "els@example.be", size="large", name="Els Wouters")
    Registration.objects.filter(pk=first.registration.pk).update(present=True)
    Registration.objects.filter(pk=second.registration.pk).update(present=False)
    return {"first": first, "second": second, "waiting": waiting, "late": late}


# --- Erasure ------------------------------------------------------------------------------


def test_personal_fields_are_erased_and_the_counts_stay(event, attended):
    before = registration_counts(event=event)
    consent = Registration.objects.get(pk=attended["first"].registration.pk).consent_at

    result = registration_erase_expired(now=after_retention(event))

    assert result.registrations == 4  # the cancelled one was erased when it was cancelled
    assert [erased.event_title for erased in result.events] == [event.title]
    for registration in Registration.objects.all():
        assert all(getattr(registration, field) == "" for field in PERSONAL)
        assert registration.erased_at is not None
    assert registration_counts(event=event) == before
    assert before.by_size["small"] == SizeCounts(registered=1, present=1)
    assert before.by_size["large"] == SizeCounts(registered=1, waitlisted=1)
    assert before.by_size["individual"] == SizeCounts(waitlisted=1, cancelled=1)
    first = Registration.objects.get(pk=attended["first"].registration.pk)
    assert (first.organisation_size, first.status, first.present) == ("small", "confirmed", True)
    # The moment consent was given proves the record was lawful; alone it names nobody.
    assert first.consent_at == consent


def test_the_erasure_is_logged_per_event_with_a_count_and_never_a_person(event, attended):
    registration_erase_expired(now=after_retention(event))

    entry = ModelLogEntry.objects.get(action=REGISTRATIONS_ERASED_LOG_ACTION)
    assert entry.data["registrations"] == 4
    assert entry.data["network_key"] == str(event.get_parent().translation_key)
    assert entry.data["event_key"] == str(event.translation_key)
    with translation.override("en"):
        message = entry.formatter.format_message(entry)
    assert "registrations: 4" in message
    assert event.title in message
    stored = json.dumps(entry.data) + message
    for person in ("An Peeters", "an@example.be", "Bert Claes", "Bakkerij Peeters"):
        assert person not in stored


def test_a_second_run_erases_nothing_and_logs_nothing(event, attended):
    registration_erase_expired(now=after_retention(event))

    again = registration_erase_expired(now=after_retention(event, extra=timedelta(days=30)))

    assert (again.registrations, again.events) == (0, ())
    assert ModelLogEntry.objects.filter(action=REGISTRATIONS_ERASED_LOG_ACTION).count() == 1


def test_events_within_the_retention_period_are_untouched(site_tree, event, attended):
    later = site_tree.agenda_event  # ends ten days after `event`
    open_registration(later)
    register(later, "zoe@example.be", name="Zoë Vermeulen")

    just_before = registration_erase_expired(
        now=after_retention(event, extra=-timedelta(minutes=1))
    )
    assert just_before.registrations == 0
    assert Registration.objects.filter(email="an@example.be").exists()

    result = registration_erase_expired(now=after_retention(event, extra=timedelta(days=2)))

    assert result.registrations == 4
    kept = Registration.objects.get(event_settings__event_key=later.translation_key)
    assert (kept.name, kept.email, kept.erased_at) == ("Zoë Vermeulen", "zoe@example.be", None)


def test_the_number_of_months_is_the_setting(settings, event, attended):
    settings.EVENTS_REGISTRATION_RETENTION_MONTHS = 6

    assert registration_erase_expired(now=after_retention(event, months=6)).registrations == 4


def test_a_dry_run_counts_and_changes_nothing(event, attended):
    before = list(Registration.objects.order_by("pk").values())

    result = registration_erase_expired(now=after_retention(event), dry_run=True)

    assert (result.dry_run, result.registrations) == (True, 4)
    assert list(Registration.objects.order_by("pk").values()) == before
    assert not ModelLogEntry.objects.filter(action=REGISTRATIONS_ERASED_LOG_ACTION).exists()


def test_an_event_whose_pages_are_deleted_is_still_erased(event, attended):
    event_key = event.translation_key
    before = registration_counts(event_key=event_key)
    moment = after_retention(event)
    event.delete()

    result = registration_erase_expired(now=moment)

    assert result.registrations == 4
    assert not Registration.objects.exclude(email="").exists()
    assert registration_counts(event_key=event_key) == before
    entry = ModelLogEntry.objects.get(action=REGISTRATIONS_ERASED_LOG_ACTION)
    assert entry.data["network_key"] == ""
    assert entry.data["event_title"] == "Studiedag werkend leren"


def test_settings_without_a_known_end_are_kept_and_reported(event, attended):
    RegistrationSettings.objects.update(event_ends_at=None)

    result = registration_erase_expired(now=after_retention(event, months=240))

    assert (result.registrations, result.unknown_end) == (0, 1)
    assert Registration.objects.exclude(email="").count() == 4


def test_the_cancel_link_of_an_erased_registration_no_longer_works(client, event, attended):
    with translation.override("nl"):
        link = reverse("events:registration_cancel", args=[attended["first"].token])
    registration_erase_expired(now=after_retention(event))

    shown = client.get(link)
    posted = client.post(link)

    assert shown.status_code == posted.status_code == 404
    assert "hun annuleringslinks werken dan niet meer" in shown.content.decode()
    assert Registration.objects.get(pk=attended["first"].registration.pk).status == "confirmed"
    # Nor does the link of one cancelled before: every link of the event is retired.
    assert not Registration.objects.exclude(cancel_token_hash__startswith="erased-").exists()


def test_the_command_erases_and_prints_counts_only(event, attended, monkeypatch):
    moment = after_retention(event)
    monkeypatch.setattr(timezone, "now", lambda: moment)

    dry = StringIO()
    call_command("events_erase_expired_registrations", "--dry-run", stdout=dry)
    assert Registration.objects.exclude(email="").count() == 4
    done = StringIO()
    call_command("events_erase_expired_registrations", stdout=done)
    again = StringIO()
    call_command("events_erase_expired_registrations", stdout=again)

    assert ": 4" in dry.getvalue()
    assert ": 4" in done.getvalue()
    assert not Registration.objects.exclude(email="").exists()
    assert ": 4" not in again.getvalue()
    for output in (dry.getvalue(), done.getvalue(), again.getvalue()):
        for person in ("An Peeters", "an@example.be", "Bakkerij Peeters"):
            assert person not in output


def test_months_before_keeps_the_day_or_takes_the_months_last():
    moment = datetime(2027, 3, 31, 10, tzinfo=BRUSSELS)

    assert months_before(moment, 1) == datetime(2027, 2, 28, 10, tzinfo=BRUSSELS)
    assert months_before(moment, 24) == datetime(2025, 3, 31, 10, tzinfo=BRUSSELS)
    assert months_before(moment, 13) == datetime(2026, 2, 28, 10, tzinfo=BRUSSELS)


def test_the_counts_are_one_query(event, attended, django_assert_num_queries):
    with django_assert_num_queries(1):
        registration_counts(event_key=event.translation_key)


# --- What the visitor is told -----------------------------------------------------------


@pytest.mark.parametrize("months", [24, 18])
def test_the_consent_text_states_the_purpose_and_the_retention_setting(
    client, settings, event, months
):
    settings.EVENTS_REGISTRATION_RETENTION_MONTHS = months
    open_registration(event)
    with translation.override("nl"):
        url = event.url + event.reverse_subpage("register")

    shown = client.get(url).content.decode()

    assert "Europees Sociaal Fonds (ESF) vraagt een aanwezigheidslijst" in shown
    assert f"We bewaren ze tot {months} maanden na de activiteit en wissen ze dan" in shown


# --- The event's end, kept on its settings -------------------------------------------------


def test_the_settings_keep_the_published_end_and_a_draft_changes_nothing(event):
    record = open_registration(event)
    assert (record.event_ends_at, record.event_title) == (event.end, event.title)
    new_end = event.end + timedelta(days=100)

    event.end = new_end
    event.title = "Studiedag werkend leren (verplaatst)"
    revision = event.save_revision()
    record.refresh_from_db()
    assert record.event_ends_at != new_end

    revision.publish()
    record.refresh_from_db()
    assert record.event_ends_at == new_end
    assert record.event_title == "Studiedag werkend leren (verplaatst)"


def test_settings_made_while_a_draft_is_pending_take_the_published_end(event):
    live_end = event.end
    event.end = live_end + timedelta(days=100)
    event.save_revision()

    record = open_registration(event)

    assert record.event_ends_at == live_end


@pytest.mark.both_databases  # a data migration
def test_the_migration_gives_older_settings_their_events_end_and_title(site_tree):
    import importlib

    from django.apps import apps

    migration = importlib.import_module("events.migrations.0005_registration_switch_and_retention")
    older = RegistrationSettings.objects.create(event_key=site_tree.agenda_event.translation_key)
    orphan = RegistrationSettings.objects.create(event_key="8a6f0d0e-0000-4000-8000-000000000000")

    migration.copy_event_end_and_title(apps, None)

    older.refresh_from_db()
    orphan.refresh_from_db()
    assert (older.event_ends_at, older.event_title) == (
        site_tree.agenda_event.end,
        "Roadshow diversiteit",
    )
    assert orphan.event_ends_at is None


def test_publishing_the_english_page_keeps_the_dutch_end_and_title(site_tree):
    dutch = site_tree.agenda_event
    record = open_registration(dutch)
    page_translation_save(page=site_tree.home, strings={"title": "Home", "slug": "home"})
    page_translation_save(page=site_tree.agenda, strings={"title": "Events", "slug": "events"})
    english = page_translation_save(
        page=dutch, strings={"title": "Diversity roadshow", "slug": "diversity-roadshow"}
    )
    english.save_revision().publish()

    record.refresh_from_db()
    assert (record.event_ends_at, record.event_title) == (dutch.end, "Roadshow diversiteit")


# --- Never in page history or translation sources ------------------------------------------


def test_no_revision_or_translation_source_ever_holds_an_attendee(client, site_tree):
    from wagtail_localize.models import String, StringTranslation, TranslationSource

    dutch = site_tree.agenda_event
    page_translation_save(page=site_tree.home, strings={"title": "Home", "slug": "home"})
    page_translation_save(page=site_tree.agenda, strings={"title": "Events", "slug": "events"})
    english = page_translation_save(
        page=dutch, strings={"title": "Diversity roadshow", "slug": "diversity-roadshow"}
    )
    open_registration(dutch)
    register(dutch, "geheim@example.be", name="Geheime Persoon", organisation="Verborgen bvba")
    register(english, "secret@example.be", name="Secret Person", language="en")

    # An editor changes and publishes the Dutch page, saves a draft, and syncs the English.
    dutch.refresh_from_db()
    dutch.intro = "Nieuw programma."
    dutch.save_revision().publish()
    dutch.save_revision()
    english = page_translation_save(page=dutch, strings={"Nieuw programma.": "New programme."})
    english.save_revision()

    stored = [json.dumps(r.content, cls=DjangoJSONEncoder) for r in Revision.objects.all()]
    stored += [source.content_json for source in TranslationSource.objects.all()]
    stored += list(String.objects.values_list("data", flat=True))
    stored += list(StringTranslation.objects.values_list("data", flat=True))
    stored += [json.dumps(e.data) for e in PageLogEntry.objects.all()]
    assert len(stored) > 10
    for text in stored:
        for person in (
            "geheim@example.be",
            "Geheime Persoon",
            "Verborgen bvba",
            "secret@example.be",
            "Secret Person",
        ):
            assert person not in text
