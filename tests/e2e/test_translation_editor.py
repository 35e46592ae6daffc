"""The translation editor as a network editor sees it, in a browser: Dutch throughout, one
primary action (submit for approval) and none of the actions they would be refused."""

import pytest
from playwright.sync_api import expect

from tests import factories
from translations.services import page_translation_save

pytestmark = pytest.mark.e2e

PASSWORD = "e2e-wachtwoord-123"


def test_an_editor_submits_a_translation_from_the_editors_footer(new_page, live_server, site_root):
    access = factories.NetworkAccessFactory(network_page__title="Netwerk X")
    page_translation_save(page=factories.home_page(), strings={"title": "Home", "slug": "home"})
    network_index = access.network_page.get_parent().specific
    page_translation_save(page=network_index, strings={"title": "Networks", "slug": "networks"})
    english = page_translation_save(
        page=access.network_page, strings={"title": "Network X", "slug": "network-x"}
    )
    english.title = "Network X, a draft"
    english.save_revision()
    editor = factories.RoleUserFactory(
        username="redacteur", password=PASSWORD, access=access, role="editors"
    )

    page = new_page()
    page.goto("/admin/login/")
    page.fill("input[name=username]", editor.username)
    page.fill("input[name=password]", PASSWORD)
    page.press("input[name=password]", "Enter")
    page.wait_for_url("**/admin/")
    page.goto(f"/admin/pages/{english.pk}/edit/")

    expect(page.get_by_text("Vertaling van Nederlands naar Engels").first).to_be_visible()
    expect(page.get_by_text("Nederlands to Engels translation")).to_have_count(0)
    footer = page.locator("#dkc-editor-footer")
    expect(footer.get_by_role("button", name="Ter goedkeuring indienen")).to_be_visible()
    for refused in ("Verwijderen", "Naar alias-pagina omzetten"):
        expect(page.get_by_role("button", name=refused)).to_have_count(0)
        expect(page.get_by_role("link", name=refused)).to_have_count(0)

    footer.get_by_role("button", name="Ter goedkeuring indienen").click()
    expect(page.locator("#dkc-translation-approval")).to_contain_text(
        "Ter goedkeuring ingediend door"
    )
