"""Browser tests: Playwright driving Debian's Chromium against pytest-django's live server.

Without /usr/bin/chromium the browser tests are skipped, so `make test` works on a fresh
machine; in CI (CI=true, set by .ci/run, which installs Chromium) a missing browser fails.
Playwright's own browser downloads are never used.
"""

import os
from collections.abc import Callable, Iterator
from importlib import import_module
from pathlib import Path

import pytest
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from playwright.sync_api import Browser, Page, expect, sync_playwright
from wagtail.models import Collection, Locale
from wagtail.models import Page as WagtailPage

from editorial.services.provisioning import editorial_setup

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-gpu",
    "--disable-component-update",
    "--no-first-run",
]
TIMEOUT_MS = 15_000


def _skip_or_fail(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}; CI must run the browser tests", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not os.access(CHROMIUM, os.X_OK):
        _skip_or_fail(f"browser tests need Chromium at {CHROMIUM} (apt-get install chromium)")
    expect.set_options(timeout=TIMEOUT_MS)
    with pytest.MonkeyPatch.context() as env:
        # Playwright's sync API keeps an event loop running in this thread, so Django would
        # refuse ORM calls from the test; the test itself is synchronous, so this is safe.
        env.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            yield browser
            browser.close()


@pytest.fixture
def new_page(browser: Browser, live_server) -> Iterator[Callable[[], Page]]:
    """Opens a page in a fresh browser context (its own cookies: one per user)."""
    contexts = []

    def open_page() -> Page:
        context = browser.new_context(base_url=live_server.url, locale="nl-BE")
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def site_root(transactional_db) -> None:
    """The rows of the data migrations (root page and collection, locales, home page, site).

    A transactional test that ran before (another browser test, or the concurrent
    invitation test on PostgreSQL) flushed them.
    """
    if WagtailPage.objects.filter(depth=2).exists():
        return
    dutch, _ = Locale.objects.get_or_create(language_code="nl")
    if not WagtailPage.objects.filter(depth=1).exists():
        WagtailPage.add_root(instance=WagtailPage(title="Root", slug="root", locale=dutch))
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    loader = MigrationLoader(connection)
    migration = "0002_create_locales_and_homepage"
    state = loader.project_state(("home", migration))
    import_module(f"home.migrations.{migration}").create_locales_and_homepage(state.apps, None)
    # wagtail-localize makes its "submit translation" permission in a migration, not in a
    # model's Meta, so the flush's post_migrate does not bring it back.
    migration = "0006_create_submit_translation_permission"
    state = loader.project_state(("wagtail_localize", migration))
    import_module(f"wagtail_localize.migrations.{migration}").create_submit_translation_permission(
        state.apps, None
    )
    editorial_setup()
