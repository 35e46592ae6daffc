"""An invited person gets in from the mail alone: opens the link, chooses a password, lands
on their networks and reads the intranet, in a real browser (the test client sends no Origin,
so only a browser shows whether the form survives Django's CSRF check)."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from accounts.services import invitation_create
from tests import factories

pytestmark = pytest.mark.e2e

PASSWORD = "een-lang-en-sterk-wachtwoord-2026"
INTRANET_TITLE = "Werkruimte van Netwerk X"


def test_a_new_member_accepts_the_invitation_from_the_mail_and_enters_the_intranet(
    new_page, live_server, site_root, settings
):
    settings.SITE_URL = live_server.url
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    access = factories.NetworkAccessFactory(
        network_page__title="Netwerk X", intranet__title=INTRANET_TITLE
    )
    editor = factories.RoleUserFactory(username="redacteur-x", access=access, role="editors")
    invitation_create(user=editor, access=access, email="nieuw.lid@example.org", role="member")
    (message,) = mail.outbox
    link = re.search(rf"{re.escape(live_server.url)}/\S+", message.body)[0]

    page = new_page()
    page.goto(link)

    # The token is gone from the address before the form is shown.
    expect(page).to_have_url(re.compile(r"/uitnodiging/open/$"))
    page.locator("input[name=new_password1]").fill(PASSWORD)
    page.locator("input[name=new_password2]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()

    expect(page).to_have_url(re.compile(r"/mijn-netwerken/$"))
    expect(page.locator("main")).not_to_contain_text("CSRF")
    page.get_by_role("link", name=INTRANET_TITLE).click()
    expect(page.locator("h1")).to_have_text(INTRANET_TITLE)
