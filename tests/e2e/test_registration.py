"""A visitor registers for an event in a real browser, gets the confirmation mail, cancels
through its link and sees the place freed; a mistake in the form keeps every other answer."""

import re
from datetime import timedelta
from urllib.parse import urlparse

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import Page, expect

from events.models import Registration
from events.services import registration_settings_update
from tests import factories

pytestmark = pytest.mark.e2e

SIZE_SMALL = "Kleine organisatie (minder dan 50 medewerkers)"


@pytest.fixture
def event(site_root):
    event = factories.EventPageFactory(
        title="Infosessie duurzaam aankopen", start=timezone.now() + timedelta(days=10)
    )
    registration_settings_update(event=event, user=None, capacity=3, waitlist_enabled=True)
    return event


def open_form(page: Page, event) -> None:
    page.goto(event.url)
    status = page.locator(".registration-status")
    expect(status).to_contain_text("3 plaatsen vrij")
    status.get_by_role("link", name="Inschrijven").click()
    expect(page.locator("form.registration-form")).to_be_visible()


def fill_form(page: Page, *, email: str, consent: bool = True) -> None:
    page.locator("#id_name").fill("Lotte Van Damme")
    page.locator("#id_email").fill(email)
    page.locator("#id_organisation").fill("Drukkerij Van Damme")
    page.get_by_label(SIZE_SMALL).check()
    page.locator("#id_function").fill("preventieadviseur")
    if consent:
        page.locator("#id_consent").check()


def submit(page: Page) -> None:
    page.locator("form.registration-form button[type=submit]").click()


def test_register_read_the_mail_cancel_through_its_link_and_the_place_is_free_again(
    new_page, event
):
    page = new_page()
    open_form(page, event)
    fill_form(page, email="lotte.vandamme@example.org")
    submit(page)

    expect(page.get_by_role("status")).to_contain_text("Bedankt, u bent ingeschreven")
    page.goto(event.url)
    expect(page.locator(".registration-status")).to_contain_text("2 plaatsen vrij")

    (message,) = mail.outbox
    assert message.to == ["lotte.vandamme@example.org"]
    calendars = [a for a in message.attachments if a[0].endswith(".ics")]
    assert len(calendars) == 1
    assert calendars[0][2] == "text/calendar"
    assert "BEGIN:VCALENDAR" in calendars[0][1]
    link = re.search(r"\S+/inschrijving/annuleren/\S+/", message.body)[0]

    page.goto(urlparse(link).path)
    expect(page.locator("main")).to_contain_text("U bent ingeschreven voor deze activiteit")
    page.get_by_role("button", name="Mijn inschrijving annuleren").click()
    expect(page.get_by_role("status")).to_contain_text("Uw inschrijving is geannuleerd")

    page.goto(event.url)
    expect(page.locator(".registration-status")).to_contain_text("3 plaatsen vrij")
    assert list(Registration.objects.values_list("status", "email")) == [("cancelled", "")]


def test_an_invalid_field_gets_its_message_and_every_other_answer_stays(new_page, event):
    page = new_page()
    open_form(page, event)
    fill_form(page, email="lotte.vandamme-at-example.org")
    submit(page)

    expect(page.locator("#id_email_error")).to_be_visible()
    expect(page.locator("#id_email")).to_have_value("lotte.vandamme-at-example.org")
    expect(page.locator("#id_name")).to_have_value("Lotte Van Damme")
    expect(page.locator("#id_organisation")).to_have_value("Drukkerij Van Damme")
    expect(page.get_by_label(SIZE_SMALL)).to_be_checked()
    expect(page.locator("#id_function")).to_have_value("preventieadviseur")
    expect(page.locator("#id_consent")).to_be_checked()
    assert not Registration.objects.exists()
    assert mail.outbox == []

    # Corrected, the same form goes through.
    page.locator("#id_email").fill("lotte.vandamme@example.org")
    submit(page)
    expect(page.get_by_role("status")).to_contain_text("Bedankt, u bent ingeschreven")
