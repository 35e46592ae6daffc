"""Submit-then-approve through the real Wagtail admin, in a browser."""

import pytest
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from tests import factories
from tests.e2e.helpers import PASSWORD, admin_log_in

# The live server needs committed data, so these tests are transactional (the live_server
# fixture asks for that); pytest-django runs them after the ordinary database tests.
pytestmark = pytest.mark.e2e

ACTION_MENU_TOGGLE = "footer .w-dropdown-button .w-dropdown__toggle"
# For humans to look at after a run; a fixed, well-known path on purpose.
SCREENSHOT = "/tmp/e2e-approved.png"  # noqa: S108


def _admin_message(message: str, **params: str) -> str:
    """A Wagtail admin message as the (Dutch) admin shows it."""
    with translation.override("nl"):
        return gettext(message) % params


def test_editor_submits_and_coordinator_approves(new_page, live_server, site_root):
    access = factories.NetworkAccessFactory(network_page__title="Netwerk X")
    project = factories.ProjectPageFactory(parent=access.network_page, title="Oude titel")
    editor = factories.RoleUserFactory(
        username="redacteur", password=PASSWORD, access=access, role="editors"
    )
    coordinator = factories.CoordinatorFactory(username="coordinator", password=PASSWORD)
    public_url = project.url

    editor_page = new_page()
    admin_log_in(editor_page, editor.username)
    editor_page.goto(f"/admin/pages/{project.pk}/edit/")
    editor_page.fill("[name=title]", "Nieuwe titel")
    # "Submit for moderation" sits in the action menu's dropdown, under "Save draft".
    editor_page.click(ACTION_MENU_TOGGLE)
    editor_page.click("button[name=action-submit]")
    expect(editor_page.locator(".messages .success")).to_contain_text(
        _admin_message(
            "Page '%(page_title)s' has been submitted for moderation.", page_title="Nieuwe titel"
        )
    )

    editor_page.goto(public_url)
    expect(editor_page.locator("h1")).to_have_text("Oude titel")

    # A second browser context: the coordinator's own cookies, no log-out needed.
    coordinator_page = new_page()
    admin_log_in(coordinator_page, coordinator.username)
    coordinator_page.goto(f"/admin/pages/{project.pk}/edit/")
    coordinator_page.click(ACTION_MENU_TOGGLE)
    # "Approve and publish"; its twin with a modal_url asks for a comment first.
    coordinator_page.click(
        "button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"
    )
    expect(coordinator_page.locator(".messages .success")).to_contain_text("Nieuwe titel")
    coordinator_page.screenshot(path=SCREENSHOT, full_page=True)

    coordinator_page.goto(public_url)
    expect(coordinator_page.locator("h1")).to_have_text("Nieuwe titel")
