"""What several browser tests do the same way."""

from playwright.sync_api import Page

PASSWORD = "e2e-wachtwoord-123"


def admin_log_in(page: Page, username: str, password: str = PASSWORD) -> None:
    """Log in through Wagtail's admin login form and wait for the dashboard."""
    page.goto("/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.press("input[name=password]", "Enter")
    page.wait_for_url("**/admin/")
