"""The editor manual (docs/handleiding.md) in the admin: who sees the menu item and the page,
who is refused, and that the demo no longer makes it a page of the site."""

import re

import pytest
from django.urls import reverse

from demo.content import demo_content
from editorial.views.manual import MANUAL_PATH

MANUAL_URL = "/admin/manual/"


def manual_headings() -> list[str]:
    """The second-level headings of the Markdown file, as an editor reads them."""
    return re.findall(r"^## (.+)$", MANUAL_PATH.read_text(encoding="utf-8"), re.MULTILINE)


def test_the_manual_url():
    assert reverse("editorial_manual") == MANUAL_URL


@pytest.mark.usefixtures("shared_world")
class TestWhoReadsTheManual:
    @pytest.mark.parametrize("role", ["editor_x", "editor_y", "coordinator"])
    def test_the_admin_menu_has_the_manual(self, shared_world, login, role):
        response = login(getattr(shared_world, role)).get(reverse("wagtailadmin_home"))

        assert response.status_code == 200
        content = response.content.decode()
        assert f'"url": "{MANUAL_URL}"' in content
        assert '"label": "Handleiding"' in content
        assert '"icon_name": "help"' in content

    @pytest.mark.parametrize("role", ["editor_x", "coordinator"])
    def test_the_manual_shows_the_file_with_a_table_of_contents(self, shared_world, login, role):
        response = login(getattr(shared_world, role)).get(MANUAL_URL)

        assert response.status_code == 200
        content = response.content.decode()
        headings = manual_headings()
        assert "Uw persoonlijke account" in headings
        for heading in headings:
            assert f">{heading}</h2>" in content, heading
        # The table of contents links to each heading.
        assert 'href="#uw-persoonlijke-account"' in content
        assert 'id="uw-persoonlijke-account"' in content
        assert "<table>" in content  # the closed-areas table of the Markdown file
        assert "## " not in content

    @pytest.mark.parametrize("role", ["member_x", "partner_x"])
    def test_a_user_without_admin_access_is_refused(self, shared_world, login, role):
        response = login(getattr(shared_world, role)).get(MANUAL_URL)

        assert response.status_code == 302
        assert response.url.startswith(reverse("wagtailadmin_login"))
        assert "Uw persoonlijke account" not in response.content.decode()

    def test_an_anonymous_visitor_is_sent_to_the_admin_login(self, db, client):
        response = client.get(MANUAL_URL)

        assert response.status_code == 302
        assert response.url == f"{reverse('wagtailadmin_login')}?next={MANUAL_URL}"


def test_the_demo_content_has_no_manual_page():
    slugs = [page["slug"] for page in demo_content("pages")["pages"]]

    assert "handleiding" not in slugs
    assert slugs == ["over-dkc-mvo", "contact", "esf", "privacy", "toegankelijkheid"]
