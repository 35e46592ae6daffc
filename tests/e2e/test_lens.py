"""A reader chooses the KO/GO lens and switches it off again with the keyboard only: the
small organisations' nuance comes first, the page says which lens is on, and "Lens uit"
brings the page back as it was."""

import pytest
from playwright.sync_api import expect

from tests import factories
from tests.core.test_blocks import KO_GO_BODY

pytestmark = pytest.mark.e2e

SMALL = "In een kleine firma vraagt de zaakvoerder het op een teamoverleg."
LARGE = "Een grote organisatie bevraagt per vestiging, met de ondernemingsraad."
ORDER = """([first, second]) => {
    const text = document.querySelector(".ko-go").innerHTML;
    return text.indexOf(first) < text.indexOf(second);
}"""


def tab_to(page, name: str, *, limit: int = 80) -> None:
    """Presses Tab until the link called `name` has the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == name:
            return
    raise AssertionError(f"Tab never reached {name!r}")


def test_reader_turns_the_lens_on_and_off_with_the_keyboard(new_page, live_server, site_root):
    home = factories.home_page()
    theme = factories.ThemePageFactory(parent=home, title="Mobiliteit", body=KO_GO_BODY)
    page = new_page()
    page.goto(theme.url)
    notice = page.locator(".lens-notice")
    expect(notice).to_have_count(0)
    assert page.evaluate(ORDER, [SMALL, LARGE])

    page.goto(theme.url)
    tab_to(page, "Grote organisatie")
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{live_server.url}{theme.url}")
    expect(notice).to_contain_text("U bekijkt deze site met de lens: grote organisaties")
    lens_nav = page.get_by_role("navigation", name="Lens")
    expect(lens_nav.get_by_role("link", name="Grote organisatie")).to_have_attribute(
        "aria-current", "true"
    )
    assert page.evaluate(ORDER, [LARGE, SMALL])
    # The other nuance is one click (or Enter) away.
    expect(page.get_by_text(SMALL)).to_be_hidden()
    tab_to(page, "Voor kleine organisaties (KO)")
    page.keyboard.press("Enter")
    expect(page.get_by_text(SMALL)).to_be_visible()

    page.goto(theme.url)
    tab_to(page, "Lens uit")
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{live_server.url}{theme.url}")
    expect(notice).to_have_count(0)
    assert page.evaluate(ORDER, [SMALL, LARGE])
    expect(page.locator("details")).to_have_count(0)
    assert not [c for c in page.context.cookies() if c["name"] == "dkc_lens"]
