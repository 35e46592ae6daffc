"""Every page fits a phone: nothing scrolls sideways at 320 and 390 px (WCAG 1.4.10 reflow),
and the menu, the search field, the language switch and logging in are all within reach."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

WIDTHS = [320, 390]

# Elements wider than the viewport, by tag and class: what to fix when this test fails.
OVERFLOWING = """() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll("body *")]
        .filter((element) => element.getBoundingClientRect().right > width + 1)
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
}"""


def _within_view(page, locator) -> None:
    expect(locator).to_be_visible()
    box = locator.bounding_box()
    width = page.viewport_size["width"]
    assert box["x"] >= 0 and box["x"] + box["width"] <= width, (box, width)


@pytest.mark.parametrize("width", WIDTHS)
def test_public_pages_fit_a_phone_with_everything_in_reach(
    new_page, live_server, site_root, site_tree, width
):
    paths = [
        site_tree.home.url,
        site_tree.theme_index.url,
        site_tree.mobility.url,
        site_tree.network_index.url,
        site_tree.tracer.url,
        site_tree.tracer_project.url,
        site_tree.agenda.url,
        site_tree.network_event.url,
        site_tree.news_index.url,
        site_tree.content_page.url,
        "/nl/zoeken/?q=mobiliteit",
        "/en/search/?q=mobility",
        "/nl/inloggen/",
    ]
    page = new_page()
    page.set_viewport_size({"width": width, "height": 844})
    for path in paths:
        page.goto(path)
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= width, (path, scroll_width, page.evaluate(OVERFLOWING))
        header = page.locator("header.site-header")
        _within_view(page, header.locator(".main-nav a").first)
        _within_view(page, header.locator(".language-switcher a").first)
        _within_view(page, header.locator(".account-nav__link"))
        search = header.locator("#header-search-q")
        if search.count():
            _within_view(page, search)
            assert search.bounding_box()["width"] >= 150, path
