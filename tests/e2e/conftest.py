"""Browser tests: Playwright driving Debian's Chromium against pytest-django's live server.

Without /usr/bin/chromium the browser tests are skipped, so `make test` works on a fresh
machine; in CI (CI=true, set by .ci/run, which installs Chromium) a missing browser fails.
Playwright's own browser downloads are never used.
"""

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

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


# One Chromium for the browser tests a process runs in a row (issue #21: one per module cost
# a launch each); not one per session: its event loop must not outlive tests/e2e, since the
# tests after them in the same process may run their own (async_to_sync, asyncio.run).
@pytest.fixture(scope="package")
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
