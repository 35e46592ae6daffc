"""With the Content-Security-Policy on, the public pages and the admin (its editor and the
preview it frames) run without a single violation in a real browser."""

import json

import pytest
from playwright.sync_api import Page, expect

from tests import factories
from tests.e2e.helpers import PASSWORD, admin_log_in

pytestmark = pytest.mark.e2e

# In every frame: report each violation on the console, where the test collects it.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
    console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`
        + ` (${event.sourceFile}:${event.lineNumber})`);
});
"""


def watch(page: Page) -> list[str]:
    """The CSP violations the page and its frames report, as they come."""
    violations: list[str] = []
    page.add_init_script(REPORT_VIOLATIONS)

    def on_console(message) -> None:
        text = message.text
        if "CSP violation" in text or "Content Security Policy" in text:
            violations.append(text)

    page.on("console", on_console)
    return violations


def test_public_pages_run_without_a_violation(new_page, live_server, site_root):
    home = factories.home_page()
    theme_index = factories.ThemeIndexPageFactory(parent=home)
    theme = factories.ThemePageFactory(parent=theme_index, title="Mobiliteit")
    agenda = factories.EventIndexPageFactory(parent=home)
    event = factories.EventPageFactory(parent=agenda, title="Roadshow", themes=[theme])
    page = new_page()
    violations = watch(page)

    for url in (home.url, theme.url, agenda.url, event.url, "/nl/zoeken/?q=mobiliteit"):
        response = page.goto(url)
        assert response.status == 200, url
        assert "script-src 'self'" in response.headers["content-security-policy"]
        page.wait_for_load_state("load")

    # The event's structured data is a data block: CSP leaves it alone and it still parses.
    page.goto(event.url)
    structured = page.locator('script[type="application/ld+json"]')
    expect(structured).to_have_count(1)
    assert json.loads(structured.text_content())["name"] == "Roadshow"
    # The site's stylesheet applied (a blocked one would leave the header unstyled).
    assert (
        page.evaluate("getComputedStyle(document.querySelector('.site-header')).display")
        != "inline"
    )
    assert violations == []


def test_the_admin_and_its_preview_run_without_a_violation(new_page, live_server, site_root):
    home = factories.home_page()
    theme_index = factories.ThemeIndexPageFactory(parent=home)
    theme = factories.ThemePageFactory(parent=theme_index, title="Mobiliteit")
    coordinator = factories.CoordinatorFactory(username="coordinator", password=PASSWORD)
    page = new_page()
    violations = watch(page)

    admin_log_in(page, coordinator.username)
    page.goto("/admin/pages/")
    page.goto(f"/admin/pages/{theme.pk}/edit/")
    expect(page.locator("[name=title]")).to_have_value("Mobiliteit")
    # The preview panel frames the page from the admin's own origin.
    page.click("[data-side-panel-toggle=preview]")
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.locator("h1")).to_contain_text("Mobiliteit")
    page.goto("/admin/images/")
    page.goto("/admin/documents/")
    assert violations == []
