"""The attendees of events in the admin: who reaches every URL (the matrix, editor X / editor
Y / coordinator / member / partner / anonymous), the ESF export parsed back, check-in,
cancelling on someone's behalf, filters and search, and a list whose cost does not grow."""

import csv
import io
from types import SimpleNamespace
from unittest import mock

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from events.models import Registration
from events.services import (
    REGISTRATION_CANCELLED_LOG_ACTION,
    REGISTRATION_CHECKED_IN_LOG_ACTION,
    REGISTRATION_PROMOTED_LOG_ACTION,
    registration_create,
    registration_settings_update,
)
from tests import factories, worldcache
from tests.editorial.conftest import _build_world

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "member_x", "partner_x", "editor_x", "editor_y", "coordinator")
ALLOWED_ON_X = {"editor_x", "coordinator"}
ESF_HEADINGS = ["Event", "Date", "Network", "Name", "Organisation", "Organisation size", "Present"]


def answers(name: str, email: str, **overrides) -> dict:
    return {
        "name": name,
        "email": email,
        "organisation": f"Organisatie {name}",
        "organisation_size": "small",
        "function": "zaakvoerder",
        "language": "nl",
        "consent": True,
        **overrides,
    }


def register(event, name: str, **overrides) -> Registration:
    email = name.lower().replace(" ", ".") + "@example.be"
    return registration_create(event=event, **answers(name, email, **overrides)).registration


@worldcache.fixture
def world() -> SimpleNamespace:
    world = _build_world()
    world.event_x = factories.EventPageFactory(parent=world.network_x, title="Studiedag Tracer")
    world.event_y = factories.EventPageFactory(parent=world.network_y, title="Infosessie Diamond")
    world.agenda_event = factories.EventPageFactory(title="Roadshow Limburg")
    world.settings_x = registration_settings_update(event=world.event_x, user=None, capacity=2)
    world.settings_y = registration_settings_update(event=world.event_y, user=None, capacity=5)
    world.settings_agenda = registration_settings_update(
        event=world.agenda_event, user=None, capacity=5
    )
    world.an = register(world.event_x, "An Peeters")
    world.bart = register(world.event_x, "Bart Claes", organisation_size="large")
    world.cis = register(world.event_x, "Cis Waitlist")  # full: on the waiting list
    world.yves = register(world.event_y, "Yves Diamant")
    world.roel = register(world.agenda_event, "Roel Roadshow", organisation_size="individual")
    mail.outbox.clear()
    return world


def client_for(world, role) -> Client:
    client = Client()
    if role != "anonymous":
        client.force_login(world.users[role])
    return client


def index_url(**params) -> str:
    url = reverse("registration:index")
    if params:
        url += "?" + "&".join(f"{key}={value}" for key, value in params.items())
    return url


def check_in_url(event) -> str:
    return reverse("registration:check_in", args=[event.pk])


def cancel_url(registration) -> str:
    return reverse("registration:cancel", args=[registration.pk])


def inspect_url(registration) -> str:
    return reverse("registration:inspect", args=[registration.pk])


def in_admin_language(response, messages: list[str]) -> list[str]:
    """`messages` as the admin gave them (in the language of that answer)."""
    with translation.override(response.get("Content-Language") or "nl"):
        return [translation.gettext(message) for message in messages]


def body(response) -> str:
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def assert_refused(response, role) -> None:
    """Anonymous: Wagtail's login page. Members and partners have no admin access: the login
    page too (with "no permission"). Another network's editor: a 403, never a redirect."""
    if role in ("anonymous", "member_x", "partner_x"):
        assert response.status_code == 302, role
        assert response["Location"].startswith(reverse("wagtailadmin_login")), role
    else:
        assert response.status_code == 403, role
    if not getattr(response, "streaming", False):
        shown = response.content.decode()
        assert "An Peeters" not in shown
        assert "Studiedag Tracer" not in shown


# --- The matrix --------------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_who_reaches_every_attendee_url_of_network_x(world, role):
    client = client_for(world, role)
    event_filter = {"event": world.settings_x.pk}
    reads = {
        "list": index_url(**event_filter),
        "results": reverse("registration:index_results") + f"?event={world.settings_x.pk}",
        "csv": index_url(**event_filter, export="csv"),
        "xlsx": index_url(**event_filter, export="xlsx"),
        "inspect": inspect_url(world.an),
        "check-in": check_in_url(world.event_x),
        "cancel confirm": cancel_url(world.an),
    }
    allowed = role in ALLOWED_ON_X

    for name, url in reads.items():
        response = client.get(url)
        if allowed:
            assert response.status_code == 200, name
            if name not in ("xlsx",):
                assert "An Peeters" in body(response), name
            if name == "list":
                # Filtered on one event, the list leads to its check-in page.
                assert check_in_url(world.event_x) in body(response)
        else:
            assert_refused(response, role)

    checked = client.post(
        check_in_url(world.event_x), {"registration": world.an.pk, "present": "present"}
    )
    cancelled = client.post(cancel_url(world.bart))

    world.an.refresh_from_db()
    world.bart.refresh_from_db()
    if allowed:
        assert checked.status_code == 302
        assert world.an.present is True
        assert cancelled.status_code == 302
        assert world.bart.status == Registration.Status.CANCELLED
    else:
        assert_refused(checked, role)
        assert_refused(cancelled, role)
        assert world.an.present is None
        assert world.bart.status == Registration.Status.CONFIRMED
        assert not ModelLogEntry.objects.filter(
            action__in=[REGISTRATION_CHECKED_IN_LOG_ACTION, REGISTRATION_CANCELLED_LOG_ACTION]
        ).exists()


@pytest.mark.parametrize("role", ["editor_x", "editor_y", "coordinator"])
def test_the_agendas_events_are_the_coordinators_alone(world, role):
    client = client_for(world, role)
    urls = [
        index_url(event=world.settings_agenda.pk),
        inspect_url(world.roel),
        check_in_url(world.agenda_event),
        cancel_url(world.roel),
    ]
    for url in urls:
        response = client.get(url)
        if role == "coordinator":
            assert response.status_code == 200, url
        else:
            assert response.status_code == 403, url


@pytest.mark.parametrize("role", ["editor_x", "editor_y", "coordinator"])
def test_the_list_and_export_hold_only_the_events_one_may_see(world, role):
    client = client_for(world, role)

    listing = body(client.get(index_url()))
    exported = body(client.get(index_url(export="csv")))

    expected = {
        "editor_x": {"An Peeters", "Bart Claes"},
        "editor_y": {"Yves Diamant"},
        "coordinator": {"An Peeters", "Bart Claes", "Yves Diamant", "Roel Roadshow"},
    }[role]
    for name in ("An Peeters", "Bart Claes", "Yves Diamant", "Roel Roadshow"):
        assert (name in listing) == (name in expected), name
        assert (name in exported) == (name in expected), name


def test_the_menu_item_shows_to_editors_and_coordinators_only(world):
    for role, shown in (("editor_x", True), ("coordinator", True)):
        response = client_for(world, role).get(reverse("wagtailadmin_home"))
        assert (reverse("registration:index") in response.content.decode()) == shown
    # An account with admin access but no network: no menu item, and the list is refused.
    outsider = factories.UserFactory(username="buitenstaander")
    from django.contrib.auth.models import Permission

    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client = Client()
    client.force_login(outsider)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("registration:index") not in dashboard
    assert client.get(index_url()).status_code == 403


def test_there_is_no_add_edit_or_delete_screen():
    for name in ("add", "edit", "delete", "copy", "history", "usage"):
        with pytest.raises(Exception):  # noqa: B017 - NoReverseMatch
            reverse(f"registration:{name}", args=[1] if name != "add" else [])


# --- Export ------------------------------------------------------------------------------


def test_the_csv_export_is_the_esf_list_of_confirmed_attendees(world):
    client = client_for(world, "editor_x")
    client.post(check_in_url(world.event_x), {"registration": world.an.pk, "present": "present"})
    client.post(check_in_url(world.event_x), {"registration": world.bart.pk, "present": "absent"})

    response = client.get(index_url(event=world.settings_x.pk, export="csv"))

    rows = list(csv.reader(io.StringIO(body(response))))
    assert rows[0] == in_admin_language(response, ESF_HEADINGS)
    date = timezone.localtime(world.event_x.start).date().isoformat()
    small, large, present, absent = in_admin_language(
        response,
        [
            "Small organisation (fewer than 50 staff)",
            "Large organisation (50 staff or more)",
            "Present",
            "Absent",
        ],
    )
    assert sorted(rows[1:]) == [
        [
            "Studiedag Tracer",
            date,
            "TRACER",
            "An Peeters",
            "Organisatie An Peeters",
            small,
            present,
        ],
        [
            "Studiedag Tracer",
            date,
            "TRACER",
            "Bart Claes",
            "Organisatie Bart Claes",
            large,
            absent,
        ],
    ]
    # The waiting list is no attendee.
    assert "Cis Waitlist" not in body(client.get(index_url(export="csv")))


def test_the_xlsx_export_holds_the_same_rows(world):
    client = client_for(world, "coordinator")

    response = client.get(index_url(event=world.settings_x.pk, export="xlsx"))

    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert len(rows[0]) == len(ESF_HEADINGS)
    names = sorted(row[3] for row in rows[1:])
    assert names == ["An Peeters", "Bart Claes"]
    first = next(row for row in rows[1:] if row[3] == "An Peeters")
    assert first[0] == "Studiedag Tracer"
    exported_date = first[1].date() if hasattr(first[1], "date") else first[1]
    assert exported_date == timezone.localtime(world.event_x.start).date()
    assert first[2] == "TRACER"
    assert first[6] in ("", None)  # not checked in yet


def test_erased_registrations_never_show_as_people(world):
    client = client_for(world, "coordinator")
    client.post(cancel_url(world.an))
    erased = Registration.objects.get(pk=world.an.pk)
    assert erased.erased_at is not None

    listing = body(client.get(index_url()))
    exported = body(client.get(index_url(export="csv")))

    assert f'data-object-pk="{erased.pk}"' not in listing
    assert "An Peeters" not in listing + exported
    assert client.get(inspect_url(erased), follow=True).status_code == 404
    assert client.get(cancel_url(erased), follow=True).status_code == 404


# --- Filters and search ------------------------------------------------------------------


def test_filters_and_search(world):
    client = client_for(world, "coordinator")

    everyone = ("An Peeters", "Bart Claes", "Cis Waitlist", "Yves Diamant", "Roel Roadshow")

    def names(**params) -> set[str]:
        response = client.get(index_url(**params))
        assert response.status_code == 200
        return {name for name in everyone if name in response.content.decode()}

    client.post(check_in_url(world.event_x), {"registration": world.an.pk, "present": "present"})
    assert names(event=world.settings_x.pk) == {"An Peeters", "Bart Claes", "Cis Waitlist"}
    assert names(status="waitlisted") == {"Cis Waitlist"}
    assert names(organisation_size="large") == {"Bart Claes"}
    assert names(organisation_size="individual") == {"Roel Roadshow"}
    assert names(present="yes") == {"An Peeters"}
    assert "An Peeters" not in names(present="unknown")
    assert names(q="diamant") == {"Yves Diamant"}
    assert names(q="cis.waitlist@example") == {"Cis Waitlist"}
    assert names(q="Organisatie Bart") == {"Bart Claes"}


def test_the_event_filter_offers_only_visible_events(world):
    response = client_for(world, "editor_y").get(index_url())

    choices = response.context["filters"].form.fields["event"].queryset
    assert [record.pk for record in choices] == [world.settings_y.pk]
    assert "Studiedag Tracer" not in response.content.decode()


# --- Check-in ----------------------------------------------------------------------------


def test_check_in_marks_present_and_absent_and_is_logged(world):
    client = client_for(world, "editor_x")

    page = client.get(check_in_url(world.event_x))
    shown = page.content.decode()
    assert "An Peeters" in shown and "Bart Claes" in shown
    assert "Cis Waitlist" not in shown  # only confirmed attendees
    assert 'name="csrfmiddlewaretoken"' in shown

    response = client.post(
        check_in_url(world.event_x), {"registration": world.an.pk, "present": "present"}
    )
    assert response.status_code == 302
    assert response["Location"].endswith(f"#registration-{world.an.pk}")
    world.an.refresh_from_db()
    assert world.an.present is True
    assert world.an.checked_in_at is not None
    entry = ModelLogEntry.objects.get(action=REGISTRATION_CHECKED_IN_LOG_ACTION)
    assert entry.user_id == world.editor_x.pk
    assert entry.data["present"] is True
    assert "An Peeters" not in str(entry.data) and "an.peeters" not in str(entry.data)
    assert entry.message

    client.post(check_in_url(world.event_x), {"registration": world.an.pk, "present": "absent"})
    world.an.refresh_from_db()
    assert world.an.present is False
    client.post(check_in_url(world.event_x), {"registration": world.an.pk, "present": "clear"})
    world.an.refresh_from_db()
    assert world.an.present is None and world.an.checked_in_at is None
    assert ModelLogEntry.objects.filter(action=REGISTRATION_CHECKED_IN_LOG_ACTION).count() == 3


def test_check_in_refuses_the_waiting_list_and_other_events(world):
    client = client_for(world, "coordinator")

    waitlisted = client.post(
        check_in_url(world.event_x), {"registration": world.cis.pk, "present": "present"}
    )
    other_event = client.post(
        check_in_url(world.event_x),
        {"registration": world.yves.pk, "present": "present"},
        follow=True,
    )
    nonsense = client.post(
        check_in_url(world.event_x), {"registration": "abc", "present": "present"}, follow=True
    )

    assert waitlisted.status_code == 302
    assert other_event.status_code == 404
    assert nonsense.status_code == 404
    assert not Registration.objects.filter(present__isnull=False).exists()


def test_the_check_in_page_of_the_english_translation_is_the_same_list(world):
    from translations.services import page_translation_save

    def translate(page, title, slug):
        return page_translation_save(page=page, strings={"title": title, "slug": slug})

    translate(world.home, "Home", "home")
    translate(world.network_x.get_parent().specific, "Networks", "networks")
    translate(world.network_x, "Tracer", "tracer")
    english = translate(world.event_x, "Study day Tracer", "study-day-tracer")

    assert client_for(world, "editor_y").get(check_in_url(english)).status_code == 403
    response = client_for(world, "editor_x").get(check_in_url(english))
    assert response.status_code == 200
    assert "An Peeters" in response.content.decode()


@pytest.mark.parametrize("role", ["editor_x", "coordinator"])
def test_the_check_in_button_is_on_the_event_and_in_the_listing(world, role):
    client = client_for(world, role)
    url = check_in_url(world.event_x)

    edit = client.get(reverse("wagtailadmin_pages:edit", args=[world.event_x.pk]))
    listing = client.get(reverse("wagtailadmin_explore", args=[world.network_x.pk]))

    assert url in edit.content.decode()
    assert url in listing.content.decode()
    other = client_for(world, "editor_y").get(
        reverse("wagtailadmin_explore", args=[world.network_y.pk])
    )
    assert url not in other.content.decode()


def test_the_explorer_asks_the_rule_once_not_per_event(world):
    client = client_for(world, "editor_x")
    explore = reverse("wagtailadmin_explore", args=[world.network_x.pk])
    for number in range(8):
        factories.EventPageFactory(parent=world.network_x, title=f"Sessie {number}")

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(explore)
            assert response.status_code == 200
        assert (check_in_url(world.event_x) in response.content.decode()) == buttons
        return len(queries)

    buttons = True
    with_buttons = count()
    buttons = False
    with mock.patch(
        "events.wagtail_hooks._registration_settings_buttons", lambda page, user: iter(())
    ):
        without_buttons = count()
    # Nine events: the buttons cost the user's scope once (three queries), not a query each.
    assert with_buttons - without_buttons <= 3


# --- Cancel on someone's behalf ---------------------------------------------------------


def test_cancel_on_behalf_erases_promotes_and_mails(world):
    client = client_for(world, "editor_x")

    confirm = client.get(cancel_url(world.an))
    response = client.post(cancel_url(world.an))

    assert "An Peeters" in confirm.content.decode()
    assert 'method="POST"' in confirm.content.decode()
    assert response.status_code == 302
    assert response["Location"] == index_url(event=world.settings_x.pk)
    cancelled = Registration.objects.get(pk=world.an.pk)
    assert cancelled.status == Registration.Status.CANCELLED
    assert (cancelled.name, cancelled.email, cancelled.organisation, cancelled.function) == (
        "",
        "",
        "",
        "",
    )
    assert cancelled.erased_at is not None
    world.cis.refresh_from_db()
    assert world.cis.status == Registration.Status.CONFIRMED
    assert [message.to for message in mail.outbox] == [["cis.waitlist@example.be"]]
    cancelled_entry = ModelLogEntry.objects.get(action=REGISTRATION_CANCELLED_LOG_ACTION)
    assert cancelled_entry.user_id == world.editor_x.pk
    assert cancelled_entry.data["on_behalf"] is True
    assert "An Peeters" not in str(cancelled_entry.data)
    promoted_entry = ModelLogEntry.objects.get(action=REGISTRATION_PROMOTED_LOG_ACTION)
    assert promoted_entry.object_id == str(world.cis.pk)

    # Twice: the row is gone from the admin.
    assert client.post(cancel_url(world.an), follow=True).status_code == 404


def test_a_get_of_the_cancel_screen_changes_nothing(world):
    client_for(world, "coordinator").get(cancel_url(world.an))
    world.an.refresh_from_db()
    assert world.an.status == Registration.Status.CONFIRMED


# --- Cost ----------------------------------------------------------------------------------


def test_the_list_and_export_cost_does_not_grow_with_rows(world):
    client = client_for(world, "editor_x")
    registration_settings_update(event=world.event_x, user=None, capacity=None)

    def count(url) -> int:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
            assert response.status_code == 200
            body(response)
        return len(queries)

    urls = [index_url(), index_url(export="csv"), index_url(event=world.settings_x.pk)]
    few = [count(url) for url in urls]
    for number in range(12):
        event = factories.EventPageFactory(parent=world.network_x, title=f"Sessie {number}")
        registration_settings_update(event=event, user=None, capacity=None)
        register(event, f"Persoon {number}")
        register(world.event_x, f"Extra {number}")
    many = [count(url) for url in urls]

    assert many == few


def test_what_a_visitor_typed_is_never_a_formula_in_the_exports(world):
    """CSV injection: a registration as "=HYPERLINK(...)" must reach a spreadsheet as text."""
    formula = '=HYPERLINK("https://example.org/x","Klik")'
    registration_create(
        event=world.event_y, **answers(formula, "eva@example.org", organisation="+32 ltd")
    )
    client = client_for(world, "editor_y")

    exported = body(client.get(index_url(event=world.settings_y.pk, export="csv")))
    csv_rows = list(csv.reader(io.StringIO(exported)))
    xlsx = client.get(index_url(event=world.settings_y.pk, export="xlsx"))
    sheet = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    cells = [cell for row in sheet.iter_rows() for cell in row]

    assert ["'" + formula, "'+32 ltd"] in [row[3:5] for row in csv_rows]
    assert not [cell for cell in cells if cell.data_type == "f"]
    assert formula in [cell.value for cell in cells]
