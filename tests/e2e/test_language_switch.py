"""A reader switches a network page from Dutch to English and back, in a real browser, and
lands on the counterpart each time (not on a home page)."""

import pytest
from playwright.sync_api import expect

from tests import factories
from translations.services import page_translation_save

pytestmark = pytest.mark.e2e


def test_reader_switches_network_page_nl_en_nl(new_page, live_server, site_root):
    home = factories.home_page()
    network_index = factories.NetworkIndexPageFactory(parent=home)
    network = factories.NetworkPageFactory(
        parent=network_index,
        title="Duurzaam Veranderen",
        short_name="Duurzaam Veranderen",
        aim="Organisaties helpen duurzaam te veranderen.",
    )
    page_translation_save(page=home, strings={"title": "Home", "slug": "home"})
    page_translation_save(page=network_index, strings={"title": "Networks", "slug": "networks"})
    page_translation_save(
        page=network,
        strings={
            "title": "Sustainable Change",
            "slug": "sustainable-change",
            "short_name": "Sustainable Change",
            "aim": "Helping organisations change sustainably.",
        },
    )

    page = new_page()
    page.goto("/nl/netwerken/duurzaam-veranderen/")
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.get_by_text("Organisaties helpen duurzaam te veranderen.")).to_be_visible()

    page.get_by_role("navigation", name="Taal").get_by_role("link", name="English").click()
    expect(page).to_have_url(f"{live_server.url}/en/networks/sustainable-change/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Sustainable Change")
    expect(page.get_by_text("Helping organisations change sustainably.")).to_be_visible()

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Nederlands").click()
    expect(page).to_have_url(f"{live_server.url}/nl/netwerken/duurzaam-veranderen/")
    expect(page.locator("html")).to_have_attribute("lang", "nl")
