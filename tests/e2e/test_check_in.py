"""Check-in on the day, on a phone: the network's editor logs in on a 320 px wide screen, marks
one attendee present and one absent with the big buttons, and nothing scrolls sideways."""

import pytest
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from events.models import Registration
from events.services import registration_create, registration_settings_update
from tests import factories
from tests.e2e.helpers import PASSWORD, admin_log_in

pytestmark = pytest.mark.e2e

PHONE = {"width": 320, "height": 740}


def _dutch(message: str) -> str:
    with translation.override("nl"):
        return gettext(message)


def _register(event, name: str) -> Registration:
    return registration_create(
        event=event,
        name=name,
        email=name.lower().replace(" ", ".") + "@example.org",
        organisation="Voorbeeld bv",
        organisation_size="small",
        function="zaakvoerder",
        language="nl",
        consent=True,
    ).registration


def test_an_editor_checks_in_attendees_on_a_phone(new_page, live_server, site_root):
    access = factories.NetworkAccessFactory(network_page__title="Netwerk X")
    event = factories.EventPageFactory(parent=access.network_page, title="Studiedag X")
    registration_settings_update(event=event, user=None, capacity=10)
    an = _register(event, "An Peeters")
    bart = _register(event, "Bartholomeus Vandenbroucke-Verhaegen")
    factories.RoleUserFactory(
        username="redacteur", password=PASSWORD, access=access, role="editors"
    )

    page = new_page()
    page.set_viewport_size(PHONE)
    admin_log_in(page, "redacteur")
    page.goto(f"/admin/registrations/event/{event.pk}/check-in/")

    for registration, choice in ((an, "Present"), (bart, "Absent")):
        row = page.locator(f"#registration-{registration.pk}")
        button = row.get_by_role("button", name=_dutch(choice), exact=True)
        box = button.bounding_box()
        # A thumb's target, within the screen.
        assert box["height"] >= 44 and box["x"] >= 0 and box["x"] + box["width"] <= 320, box
        button.click()
        expect(page.locator(f"#registration-{registration.pk}")).to_have_attribute(
            "data-present", "yes" if choice == "Present" else "no"
        )

    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    an.refresh_from_db()
    bart.refresh_from_db()
    assert (an.present, bart.present) == (True, False)
