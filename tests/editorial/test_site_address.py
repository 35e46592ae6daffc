"""One public address (SITE_URL) for every mail and absolute link, never the request's host."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core import mail
from wagtail.models import Site

from accounts.services import invitation_create
from core.addresses import absolute_url, site_address_sync
from tests.utils import page_decide, page_submit

PUBLIC = "https://dkc-mvo.example.be"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def public_address(settings, db):
    settings.SITE_URL = PUBLIC
    settings.WAGTAILADMIN_BASE_URL = PUBLIC
    site_address_sync()
    return PUBLIC


def test_the_default_site_takes_the_public_address(public_address):
    site = Site.objects.get(is_default_site=True)

    assert (site.hostname, site.port) == ("dkc-mvo.example.be", 443)
    assert site.root_url == PUBLIC
    assert absolute_url("/nl/") == f"{PUBLIC}/nl/"
    assert absolute_url("https://elders.example/x") == "https://elders.example/x"


def test_a_development_address_keeps_its_port(settings, db):
    settings.SITE_URL = "http://127.0.0.1:8765"

    assert site_address_sync()
    assert Site.objects.get(is_default_site=True).root_url == "http://127.0.0.1:8765"
    assert not site_address_sync()  # nothing left to change


def test_the_sitemap_and_robots_name_the_public_address_whatever_the_host(
    client, site_tree, public_address
):
    xml = client.get("/sitemap.xml").content.decode()
    robots = client.get("/robots.txt").content.decode()

    assert f"<loc>{PUBLIC}/nl/netwerken/tracer/</loc>" in xml
    assert "testserver" not in xml
    assert f"Sitemap: {PUBLIC}/sitemap.xml" in robots


def test_share_tags_name_the_public_address(client, site_tree, public_address):
    html = client.get(site_tree.tracer.url).content.decode()

    assert f'<meta property="og:url" content="{PUBLIC}{site_tree.tracer.url}">' in html


def test_the_invitation_links_to_the_public_address(public_address, world, mailoutbox):
    invitation_create(
        user=world.editor_x, access=world.access_x, email="nieuw@example.org", role="member"
    )

    (message,) = mail.outbox
    assert f"{PUBLIC}/nl/" in message.body
    assert "127.0.0.1" not in message.body and "localhost" not in message.body


def test_submission_and_approval_mails_link_to_the_public_address(
    public_address, world, mailoutbox
):
    page_submit(world.project_x, world.editor_x)
    page_decide(world.project_x, world.coordinator, "approve")

    bodies = "\n".join(message.body for message in mail.outbox)
    assert f"{PUBLIC}/admin/" in bodies  # the coordinator's link to review
    assert f"{PUBLIC}/nl/" in bodies  # the editor's link to the live page
    assert "localhost" not in bodies and "127.0.0.1" not in bodies


def _settings_import(module: str, **env: str) -> subprocess.CompletedProcess:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("SITE_URL", "DJANGO_SETTINGS_MODULE")
    }
    environment.update(env)
    return subprocess.run(  # noqa: S603 - our own interpreter and settings module
        [sys.executable, "-c", f"import {module}"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


PRODUCTION = {
    "SECRET_KEY": "x" * 50,
    "ALLOWED_HOSTS": "dkc-mvo.example.be",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/x",
}


@pytest.mark.parametrize(
    ("site_url", "error"),
    [(None, "SITE_URL must be set"), ("http://dkc-mvo.example.be", "https://")],
)
def test_production_refuses_to_start_without_its_https_address(site_url, error):
    env = dict(PRODUCTION, **({"SITE_URL": site_url} if site_url else {}))

    result = _settings_import("cms.settings.production", **env)

    assert result.returncode != 0
    assert error in result.stderr


def test_an_address_that_is_no_web_address_is_refused():
    result = _settings_import("cms.settings.dev", SITE_URL="dkc-mvo.example.be")

    assert result.returncode != 0
    assert "SITE_URL must be an http(s) address" in result.stderr
