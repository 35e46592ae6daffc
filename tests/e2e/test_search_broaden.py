"""A reader searches from a theme page, follows "N more results in other themes", switches the
KO lens on from the header and off again: with the keyboard only (Tab, typing, Enter), after
one page load, and with the focus visible on every element that has it."""

import pytest
from playwright.sync_api import Page, expect

from tests import factories

pytestmark = pytest.mark.e2e

WORD = "fietsvergoeding"
# The element with the focus matches :focus-visible and the site's focus style shows: the
# yellow background of a focused link, or the outline of a focused field or button.
FOCUS_VISIBLE = """() => {
    const element = document.activeElement;
    if (!element || element === document.body || !element.matches(":focus-visible")) {
        return false;
    }
    const style = getComputedStyle(element);
    const yellow = style.backgroundColor === "rgb(255, 221, 0)";
    const outline = style.outlineStyle !== "none" && style.outlineWidth !== "0px"
        && style.outlineColor !== "rgba(0, 0, 0, 0)";
    return yellow || outline;
}"""


def tab_until(page: Page, condition: str, description: str, *, limit: int = 120) -> None:
    """Presses Tab until `condition` (a JavaScript expression about document.activeElement)
    holds, and checks that the focus shows on every element passed on the way."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement !== document.body"):
            label = page.evaluate("document.activeElement.outerHTML.slice(0, 120)")
            assert page.evaluate(FOCUS_VISIBLE), f"no visible focus on {label}"
        if page.evaluate(
            f"(() => {{ const element = document.activeElement; return {condition}; }})()"
        ):
            return
    raise AssertionError(f"Tab never reached {description}")


def tab_to_link(page: Page, name: str) -> None:
    tab_until(page, f"element.textContent.trim().replace(/\\s+/g, ' ') === {name!r}", repr(name))


def test_theme_search_broadens_and_the_lens_goes_on_and_off_by_keyboard(
    new_page, live_server, site_root
):
    home = factories.home_page()
    theme_index = factories.ThemeIndexPageFactory(parent=home)
    mobility = factories.ThemePageFactory(parent=theme_index, title="Mobiliteit")
    diversity = factories.ThemePageFactory(parent=theme_index, title="Diversiteit")
    inside = factories.ContentPageFactory(
        parent=mobility, title="Pendelen met de fiets", intro=f"Over de {WORD} voor pendelaars."
    )
    elsewhere = [
        factories.ContentPageFactory(
            parent=diversity, title=title, intro=f"Een {WORD} voor iedereen, ook hier."
        )
        for title in ("Inclusief pendelen", "Fietsen voor nieuwkomers")
    ]
    page = new_page()
    page.goto(mobility.url)  # the only page load by address; the rest is the keyboard's

    tab_until(page, "element.id === 'theme-search-q'", "the theme's search box")
    page.keyboard.type(WORD)
    page.keyboard.press("Enter")
    page.wait_for_url("**/zoeken/**")
    assert "theme=" in page.url
    results = page.locator(".search-result__title")
    expect(results).to_have_text([inside.title])
    broaden = "2 resultaten meer in andere thema's dan Mobiliteit"
    expect(page.locator(".search-broaden")).to_have_text(broaden)

    tab_to_link(page, broaden)
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "theme=" not in url)
    expect(results).to_have_count(3)
    titles = set(results.all_text_contents())
    assert titles == {inside.title, *(p.title for p in elsewhere)}
    searched_everywhere = page.url
    notice = page.locator(".lens-notice")
    expect(notice).to_have_count(0)

    tab_to_link(page, "Kleine organisatie")
    page.keyboard.press("Enter")
    expect(notice).to_contain_text("U bekijkt deze site met de lens: kleine organisaties")
    assert page.url == searched_everywhere  # back on the same search, lens on
    lens_nav = page.get_by_role("navigation", name="Lens")
    expect(lens_nav.get_by_role("link", name="Kleine organisatie")).to_have_attribute(
        "aria-current", "true"
    )
    expect(results).to_have_count(3)  # the lens favours, never hides
    assert [c["value"] for c in page.context.cookies() if c["name"] == "dkc_lens"] == ["ko"]

    tab_to_link(page, "Lens uit")
    page.keyboard.press("Enter")
    expect(notice).to_have_count(0)
    assert page.url == searched_everywhere
    expect(lens_nav.get_by_role("link", name="Alles")).to_have_attribute("aria-current", "true")
    expect(results).to_have_count(3)
    assert not [c for c in page.context.cookies() if c["name"] == "dkc_lens"]
