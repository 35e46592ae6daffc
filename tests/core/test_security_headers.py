"""Security headers: the public site's strict policy, the admin's own, the preview that the
admin frames, and the stored files' policy that nothing overrides."""

import pytest
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    parsed = {}
    for part in policy.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


def assert_common_headers(response) -> None:
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_a_public_page_has_the_strict_policy(client, site_tree):
    response = client.get(site_tree.mobility.url)
    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert_common_headers(response)


@pytest.mark.parametrize("name", ["search", "accounts:login"])
def test_other_public_views_have_the_strict_policy(client, site_tree, name):
    response = client.get(reverse(name))
    assert directives(response)["script-src"] == ["'self'"]
    assert response["X-Frame-Options"] == "DENY"


def test_a_refusal_has_the_strict_policy(client, site_tree):
    response = client.get(site_tree.intranet.url)
    assert response.status_code == 302
    assert directives(response)["frame-ancestors"] == ["'none'"]


def test_the_admin_has_its_own_policy(superuser_client, site_tree):
    response = superuser_client.get(
        reverse("wagtailadmin_pages:edit", args=[site_tree.mobility.pk])
    )
    assert response.status_code == 200
    policy = directives(response)
    # Wagtail's widgets and inline panels write inline scripts.
    assert "'unsafe-inline'" in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["frame-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"
    assert_common_headers(response)


def test_the_admin_login_page_has_the_admin_policy(client, db):
    response = client.get(reverse("wagtailadmin_login"))
    assert "'unsafe-inline'" in directives(response)["script-src"]


def test_the_preview_view_may_be_framed_by_the_admin_only(superuser_client, site_tree):
    page = site_tree.mobility
    response = superuser_client.get(reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]))
    assert response.status_code == 200
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert directives(response)["frame-ancestors"] == ["'self'"]


def test_the_rendered_preview_keeps_the_public_policy_but_may_be_framed(rf, site_tree):
    # Wagtail renders the page for its own URL through the middleware once more.
    response = site_tree.mobility.make_preview_request()
    assert response.status_code == 200
    policy = directives(response)
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]


def test_a_stored_file_keeps_its_strict_policy(client, site_tree, media_root):
    image = factories.ImageFactory(title="Foto", file__filename="foto.png")
    response = client.get(f"/media/{image.file.name}")
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
