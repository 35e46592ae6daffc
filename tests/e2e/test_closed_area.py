"""A member logs in on the front end, reads the intranet, downloads a private document, logs
out; the same document URL then refuses."""

import re
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect
from wagtail.models import PageViewRestriction
from wagtail.rich_text import RichText

from networks.models import ClosedAreaPage
from privatemedia.selectors import closed_area_collections_for
from tests import factories

# The live server needs committed data, so this test is transactional.
pytestmark = pytest.mark.e2e

PASSWORD = "e2e-wachtwoord-123"
INTRANET_TITLE = "Intranet van Netwerk X"
CONTENT = b"Notulen van de stuurgroep: alleen voor leden.\n"


def test_member_reads_intranet_downloads_and_logs_out(new_page, live_server, media_root, site_root):
    access = factories.NetworkAccessFactory(
        network_page__title="Netwerk X", intranet__title=INTRANET_TITLE
    )
    intranet = access.intranet
    document = factories.DocumentFactory(
        title="Notulen stuurgroep",
        file__filename="notulen.txt",
        file__data=CONTENT,
        collection=closed_area_collections_for(access=access)[ClosedAreaPage.INTRANET],
    )
    intranet.body = [
        (
            "paragraph",
            RichText(f'<p><a linktype="document" id="{document.pk}">Notulen downloaden</a></p>'),
        )
    ]
    intranet.save_revision().publish()
    assert PageViewRestriction.objects.filter(page=intranet).exists()
    member = factories.RoleUserFactory(
        username="lid-x", password=PASSWORD, access=access, role="members"
    )
    with translation.override("nl"):
        login_path = reverse("accounts:login")
    intranet_url = intranet.url

    page = new_page()
    # Anonymous: the intranet sends to the site's own login page, not the admin's.
    page.goto(intranet_url)
    expect(page).to_have_url(re.compile(rf"{re.escape(login_path)}\?next="))
    expect(page.locator("h1")).not_to_have_text(INTRANET_TITLE)
    form = page.locator(f"form[action='{login_path}']")
    form.locator("input[name=username]").fill(member.username)
    form.locator("input[name=password]").fill(PASSWORD)
    form.locator("button[type=submit]").click()

    # Back on the intranet, which links the private document.
    expect(page).to_have_url(f"{live_server.url}{intranet_url}")
    expect(page.locator("h1")).to_have_text(INTRANET_TITLE)
    link = page.get_by_role("link", name="Notulen downloaden")
    document_url = link.get_attribute("href")
    assert document_url == document.url
    with page.expect_download() as download_info:
        link.click()
    assert download_info.value.suggested_filename == "notulen.txt"
    assert Path(download_info.value.path()).read_bytes() == CONTENT
    # The same URL with the browser's cookies. (Its /media/ URL is not tried here: Django's
    # live server answers MEDIA_URL itself, from MEDIA_ROOT, before any view of ours.)
    response = page.request.get(document_url, max_redirects=0)
    assert response.status == 200
    assert response.body() == CONTENT
    assert response.headers["cache-control"] == "private, no-store"

    # Log out with the header's button; the same document URL then refuses.
    page.locator(".account-nav__logout button[type=submit]").click()
    expect(page.locator(".account-nav__logout")).to_have_count(0)
    response = page.request.get(document_url, max_redirects=0)
    assert response.status in (302, 403)
    assert CONTENT not in response.body()
    if response.status == 302:
        assert response.headers["location"].startswith(f"{login_path}?next=")
    assert response.headers["cache-control"] == "private, no-store"
    page.goto(intranet_url)
    expect(page).to_have_url(re.compile(rf"{re.escape(login_path)}\?next="))
