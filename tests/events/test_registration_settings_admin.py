"""The registration settings of an event in the admin: who may (the rule's matrix, on every
role, GET and POST), what it checks, and that a change takes effect at once and is logged."""

from datetime import timedelta
from types import SimpleNamespace
from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.db import OperationalError
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import ModelLogEntry

from events.models import RegistrationSettings
from events.services import (
    REGISTRATION_SETTINGS_LOG_ACTION,
    registration_create,
    registration_settings_update,
)
from tests import factories, worldcache
from tests.editorial.conftest import _build_world
from translations.services import page_translation_save

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "member_x", "partner_x", "editor_x", "editor_y", "coordinator", "superuser")
# role: (may manage an event of network X, may manage an event under the agenda)
ALLOWED = {
    "anonymous": (False, False),
    "member_x": (False, False),
    "partner_x": (False, False),
    "editor_x": (True, False),
    "editor_y": (False, False),
    "coordinator": (True, True),
    "superuser": (True, True),
}


@worldcache.fixture
def world() -> SimpleNamespace:
    world = _build_world()
    world.users["superuser"] = factories.UserFactory(username="beheerder", superuser=True)
    world.event_x = factories.EventPageFactory(parent=world.network_x, title="Studiedag Tracer")
    world.agenda_event = factories.EventPageFactory(title="Roadshow Limburg")
    return world


def settings_url(page) -> str:
    return reverse("events_admin:registration_settings", args=[page.pk])


def client_for(world, role) -> Client:
    client = Client()
    if role != "anonymous":
        client.force_login(world.users[role])
    return client


def assert_refused(response, role) -> None:
    if role == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))
    elif role in ("member_x", "partner_x"):
        # No admin access at all: Wagtail's own refusal, before our view.
        assert response.status_code in (302, 403)
        if response.status_code == 302:
            assert not response["Location"].startswith(settings_url(SimpleNamespace(pk=0))[:-1])
    else:
        assert response.status_code == 403


def in_admin_language(response, message: str) -> str:
    """`message` as the admin showed it (in the language of that answer)."""
    with translation.override(response.get("Content-Language") or "nl"):
        return translation.gettext(message)


def form_data(**overrides) -> dict:
    return {
        "enabled": "on",
        "capacity": "20",
        "opens_at": "",
        "closes_at": "",
        "waitlist_enabled": "on",
        **overrides,
    }


def answers(email: str) -> dict:
    return {
        "name": "Visitor",
        "email": email,
        "organisation": "",
        "organisation_size": "individual",
        "function": "",
        "language": "nl",
        "consent": True,
    }


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("which", ["event_x", "agenda_event"])
def test_who_sees_and_changes_the_registration_settings(world, role, which):
    event = getattr(world, which)
    allowed = ALLOWED[role][which == "agenda_event"]
    client = client_for(world, role)

    shown = client.get(settings_url(event))
    posted = client.post(settings_url(event), form_data(capacity="7"))

    if allowed:
        assert shown.status_code == 200
        assert posted.status_code == 302
        assert RegistrationSettings.objects.get(event_key=event.translation_key).capacity == 7
    else:
        assert_refused(shown, role)
        assert_refused(posted, role)
        assert event.title not in shown.content.decode()
        assert not RegistrationSettings.objects.exists()


@pytest.mark.parametrize("role", ["editor_y", "editor_x"])
def test_close_now_is_refused_to_those_the_rule_refuses(world, role):
    registration_settings_update(event=world.agenda_event, user=None, capacity=5)

    response = client_for(world, role).post(settings_url(world.agenda_event), {"close_now": "1"})

    assert response.status_code == 403
    assert RegistrationSettings.objects.get().closes_at is None


def test_a_page_that_is_no_event_is_not_found(world):
    client = client_for(world, "coordinator")
    missing = reverse("events_admin:registration_settings", args=[999999])

    # (Django's LocaleMiddleware first tries the same path under /nl/: follow it.)
    assert client.get(settings_url(world.project_x), follow=True).status_code == 404
    assert client.post(settings_url(world.project_x), form_data(), follow=True).status_code == 404
    assert client.get(missing, follow=True).status_code == 404
    assert not RegistrationSettings.objects.exists()


def test_the_screen_shows_the_current_counts(world):
    registration_settings_update(event=world.event_x, user=None, capacity=2)
    for email in ("a@example.be", "b@example.be", "c@example.be"):
        registration_create(event=world.event_x, **answers(email))

    response = client_for(world, "editor_x").get(settings_url(world.event_x))

    body = response.content.decode()
    assert 'data-count="confirmed">2<' in body
    assert 'data-count="waitlisted">1<' in body
    assert 'data-count="places-left">0<' in body
    assert response.context["form"].initial["capacity"] == 2


def test_the_capacity_cannot_drop_below_the_confirmed(world):
    registration_settings_update(event=world.event_x, user=None, capacity=5)
    for email in ("a@example.be", "b@example.be", "c@example.be"):
        registration_create(event=world.event_x, **answers(email))

    response = client_for(world, "editor_x").post(
        settings_url(world.event_x), form_data(capacity="2")
    )

    assert response.status_code == 200
    errors = response.context["form"].errors["capacity"]
    assert (
        errors
        == [
            "3 people are already confirmed: the capacity cannot be lower. Cancel registrations "
            "first."
        ]
        or "3" in errors[0]
    )
    assert RegistrationSettings.objects.get().capacity == 5
    # The other answers stay filled in.
    assert response.context["form"].data["waitlist_enabled"] == "on"


def test_the_capacity_may_equal_the_confirmed(world):
    registration_settings_update(event=world.event_x, user=None, capacity=5)
    for email in ("a@example.be", "b@example.be"):
        registration_create(event=world.event_x, **answers(email))

    response = client_for(world, "editor_x").post(
        settings_url(world.event_x), form_data(capacity="2")
    )

    assert response.status_code == 302
    assert RegistrationSettings.objects.get().capacity == 2


@pytest.mark.parametrize("capacity", ["-1", "veel"])
def test_a_capacity_that_is_no_count_is_refused_with_a_message(world, capacity):
    response = client_for(world, "editor_x").post(
        settings_url(world.event_x), form_data(capacity=capacity)
    )

    assert response.status_code == 200
    assert response.context["form"].errors["capacity"]
    assert not RegistrationSettings.objects.exists()


def test_registration_cannot_close_before_it_opens(world):
    response = client_for(world, "editor_x").post(
        settings_url(world.event_x),
        form_data(opens_at="2030-05-10 10:00", closes_at="2030-05-09 10:00"),
    )

    assert response.status_code == 200
    assert response.context["form"].errors["closes_at"]
    assert not RegistrationSettings.objects.exists()


def test_a_saved_change_takes_effect_at_once_and_is_logged_with_the_network(world):
    client = client_for(world, "editor_x")

    response = client.post(settings_url(world.event_x), form_data(capacity="12"), follow=True)

    assert response.status_code == 200
    assert [str(m).strip() for m in response.context["messages"]] == [
        in_admin_language(response, "The registration settings are saved.")
    ]
    record = RegistrationSettings.objects.get(event_key=world.event_x.translation_key)
    assert record.capacity == 12
    entry = ModelLogEntry.objects.get(action=REGISTRATION_SETTINGS_LOG_ACTION)
    assert entry.user_id == world.editor_x.pk
    assert entry.data["network_key"] == str(world.network_x.translation_key)
    assert entry.data["changes"]["capacity"] == "12"
    # No workflow round: the event page itself has no new revision.
    world.event_x.refresh_from_db()
    assert not world.event_x.has_unpublished_changes


def test_an_agenda_event_is_logged_without_a_network(world):
    client_for(world, "coordinator").post(settings_url(world.agenda_event), form_data())

    entry = ModelLogEntry.objects.get(action=REGISTRATION_SETTINGS_LOG_ACTION)
    assert entry.data["network_key"] == ""


def register_url(event) -> str:
    with translation.override(event.locale.language_code):
        return event.url + event.reverse_subpage("register")


def test_close_now_closes_the_public_form_at_once(world, client):
    registration_settings_update(event=world.event_x, user=None, capacity=10)
    before = client.get(register_url(world.event_x))
    assert before.context["form"] is not None

    response = client_for(world, "editor_x").post(settings_url(world.event_x), {"close_now": "1"})

    assert response.status_code == 302
    after = client.get(register_url(world.event_x))
    assert after.context["form"] is None
    assert after.context["registration_state"].status == "closed"
    refused = client.post(
        register_url(world.event_x),
        {
            "name": "An",
            "email": "an@example.be",
            "organisation_size": "small",
            "consent": "on",
            "website": "",
        },
    )
    assert refused.status_code == 200
    assert not RegistrationSettings.objects.get().registrations.exists()
    entry = ModelLogEntry.objects.get(
        action=REGISTRATION_SETTINGS_LOG_ACTION, user_id=world.editor_x.pk
    )
    assert "closes_at" in entry.data["changes"]


def test_close_now_before_opening_means_it_never_opens(world, client):
    later = timezone.now() + timedelta(days=2)
    registration_settings_update(event=world.event_x, user=None, opens_at=later)

    client_for(world, "editor_x").post(settings_url(world.event_x), {"close_now": "1"})

    assert client.get(register_url(world.event_x)).context["registration_state"].status == "closed"


BUTTON_LABEL = "Registration settings"


@pytest.mark.parametrize("role", ["editor_x", "editor_y", "coordinator", "superuser"])
@pytest.mark.parametrize("which", ["event_x", "agenda_event"])
def test_the_button_shows_only_to_those_the_rule_admits(world, role, which):
    event = getattr(world, which)
    client = client_for(world, role)
    url = settings_url(event)

    edit = client.get(reverse("wagtailadmin_pages:edit", args=[event.pk]))
    listing = client.get(reverse("wagtailadmin_explore", args=[event.get_parent().pk]))

    shown = ALLOWED[role][which == "agenda_event"]
    if shown:
        assert edit.status_code == 200
        assert listing.status_code == 200
    for response in (edit, listing):
        body = response.content.decode() if response.status_code == 200 else ""
        assert (url in body) == shown


def test_the_button_is_not_on_other_pages(world):
    client = client_for(world, "coordinator")

    edit = client.get(reverse("wagtailadmin_pages:edit", args=[world.project_x.pk]))

    assert edit.status_code == 200
    assert "/registrations/settings/" not in edit.content.decode()


def test_the_english_page_of_an_event_changes_the_same_settings_for_the_same_people(world):
    def translate(page, title, slug):
        return page_translation_save(page=page, strings={"title": title, "slug": slug})

    translate(world.home, "Home", "home")
    translate(world.network_x.get_parent().specific, "Networks", "networks")
    translate(world.network_x, "Tracer", "tracer")
    english = translate(world.event_x, "Study day Tracer", "study-day-tracer")
    registration_settings_update(event=world.event_x, user=None, capacity=5)

    refused = client_for(world, "editor_y").post(settings_url(english), form_data(capacity="1"))
    saved = client_for(world, "editor_x").post(settings_url(english), form_data(capacity="9"))

    assert refused.status_code == 403
    assert "Study day Tracer" not in refused.content.decode()
    assert saved.status_code == 302
    record = RegistrationSettings.objects.get()
    assert record.event_key == world.event_x.translation_key
    assert record.capacity == 9


def test_the_service_refuses_a_capacity_below_the_confirmed_and_keeps_the_old_one(world):
    registration_settings_update(event=world.event_x, user=None, capacity=3)
    for email in ("a@example.be", "b@example.be"):
        registration_create(event=world.event_x, **answers(email))

    with pytest.raises(ValidationError) as refused:
        registration_settings_update(event=world.event_x, user=world.editor_x, capacity=1)

    assert list(refused.value.message_dict) == ["capacity"]
    assert RegistrationSettings.objects.get().capacity == 3
    assert not ModelLogEntry.objects.filter(user_id=world.editor_x.pk).exists()
    # Unlimited is always allowed.
    assert (
        registration_settings_update(event=world.event_x, user=None, capacity=None).capacity is None
    )


@pytest.mark.parametrize("data", [form_data(capacity="4"), {"close_now": "1"}])
def test_a_locked_database_is_a_try_again_not_an_error_page(world, data):
    client = client_for(world, "editor_x")
    busy = OperationalError("database is locked")

    with mock.patch("events.services.registration_settings_update", side_effect=busy):
        response = client.post(settings_url(world.event_x), data, follow=True)

    assert response.status_code == 200
    assert not RegistrationSettings.objects.exists()
    shown = response.content.decode()
    assert (
        in_admin_language(
            response, "Many people are registering right now. Please try again in a moment."
        )
        in shown
    )


# --- Switching registration off ------------------------------------------------------------


def test_switching_registration_off_hides_it_keeps_the_registrations_and_is_logged(world, client):
    registration_settings_update(event=world.event_x, user=None, capacity=10)
    registration_create(event=world.event_x, **answers("kept@example.be"))
    editor = client_for(world, "editor_x")

    response = editor.post(settings_url(world.event_x), form_data(enabled=""), follow=True)

    assert response.status_code == 200
    record = RegistrationSettings.objects.get(event_key=world.event_x.translation_key)
    assert record.enabled is False
    assert record.capacity == 20
    assert record.registrations.filter(email="kept@example.be", status="confirmed").exists()
    entry = ModelLogEntry.objects.filter(action=REGISTRATION_SETTINGS_LOG_ACTION).latest("pk")
    assert entry.user_id == world.editor_x.pk
    assert entry.data["changes"]["enabled"] == "False"
    assert entry.data["network_key"] == str(world.network_x.translation_key)
    # The admin says it is off, and offers no "close now" for what is off.
    shown = response.content.decode()
    assert 'data-state="none"' in shown
    assert 'name="close_now"' not in shown
    assert response.context["form"].initial["enabled"] is False

    page = client.get(world.event_x.url)
    assert page.context["registration_state"].status == "none"
    assert world.event_x.reverse_subpage("register") not in page.content.decode()
    form_page = client.get(register_url(world.event_x))
    assert form_page.context["form"] is None
    refused = client.post(
        register_url(world.event_x),
        {
            "name": "Late",
            "email": "late@example.be",
            "organisation_size": "individual",
            "consent": "on",
        },
    )
    assert refused.status_code == 200
    assert not record.registrations.filter(email="late@example.be").exists()


def test_switching_registration_on_again_reopens_it(world, client):
    registration_settings_update(event=world.event_x, user=None, capacity=10, enabled=False)

    client_for(world, "editor_x").post(settings_url(world.event_x), form_data(enabled="on"))

    assert RegistrationSettings.objects.get().enabled is True
    assert client.get(register_url(world.event_x)).context["form"] is not None


def test_the_switch_is_on_for_a_new_event(world):
    response = client_for(world, "editor_x").get(settings_url(world.event_x))

    assert response.context["form"].initial["enabled"] is True
