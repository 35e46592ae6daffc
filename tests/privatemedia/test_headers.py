"""A private file keeps the strict policy of the stored files' view under the site-wide
Content-Security-Policy middleware, for its reader and in the refusals."""

import pytest


@pytest.mark.parametrize("kind", ["intranet_document", "intranet_image", "intranet_rendition"])
def test_a_private_file_keeps_its_strict_policy(kind, networks, files, browser):
    stored = getattr(files, kind)
    response = browser(networks.users["member_x"]).get(f"/media/{stored.file.name}")
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "private, no-store"
    assert "camera=()" in response["Permissions-Policy"]


def test_a_refused_private_file_has_a_policy_too(networks, files, browser):
    response = browser(networks.users["member_y"]).get(
        f"/media/{files.intranet_document.file.name}"
    )
    assert response.status_code == 403
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
