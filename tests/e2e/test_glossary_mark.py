"""An editor marks a term with the toolbar button, in a browser; the page links it."""

import json
import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Page

from tests import factories
from tests.e2e.helpers import PASSWORD, admin_log_in
from tests.glossary.factories import GlossaryTermFactory

pytestmark = pytest.mark.e2e

EDITOR = ".Draftail-Editor [contenteditable=true]"


def test_the_glossary_button_marks_a_term_that_the_page_then_links(
    new_page, live_server, site_root
):
    GlossaryTermFactory(term="MVO", slug="mvo", synonyms="CSR")
    body = json.dumps([{"type": "paragraph", "value": "<p>CSR</p>"}])
    content_page = factories.ContentPageFactory(
        parent=factories.home_page(), title="Over MVO", body=body
    )
    content_page.save_revision().publish()
    coordinator = factories.CoordinatorFactory(username="coordinator", password=PASSWORD)

    browser_page = new_page()
    admin_log_in(browser_page, coordinator.username)
    browser_page.goto(f"/admin/pages/{content_page.pk}/edit/")
    editor = browser_page.locator(EDITOR).first
    editor.click()
    browser_page.keyboard.press("ControlOrMeta+a")
    browser_page.locator("button[name=GLOSSARY]").first.click()
    expect(editor.locator("span[style*=dotted]")).to_have_text("CSR")
    # Draftail writes its state to the form a moment later, as it does after any change.
    expect(browser_page.locator("input[name=body-0-value]")).to_have_value(re.compile("GLOSSARY"))
    browser_page.locator("footer button.action-save").first.click()
    expect(browser_page.locator(".messages .success")).to_be_visible()
    expect(browser_page.locator(".messages .warning")).to_have_count(0)

    revision = Page.objects.get(pk=content_page.pk).specific.get_latest_revision_as_object()
    assert "<dfn>CSR</dfn>" in revision.body[0].value.source
    revision.save_revision().publish()
    browser_page.goto(content_page.url)
    link = browser_page.locator("a.glossary-link")
    expect(link).to_have_attribute("href", "/nl/begrippen/#mvo")
    expect(link.locator("dfn")).to_have_text("CSR")
