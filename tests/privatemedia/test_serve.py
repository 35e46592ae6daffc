"""Who gets which stored file: documents, original images and renditions, by URL and role."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth.models import Group
from django.http import HttpResponse
from django.shortcuts import resolve_url
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import resolve
from wagtail.models import Collection, CollectionViewRestriction

from privatemedia.access import front_end_login_url
from privatemedia.middleware import PrivateFileCacheMiddleware
from tests import factories

ROLES = ("anonymous", "member_x", "partner_x", "editor_x", "editor_y", "member_y", "coordinator")

# The URL of each file as a page would link it: a document's Wagtail URL and its storage URL,
# an image's original and one rendition.
URLS = {
    "intranet document /documents/": lambda f: f.intranet_document.url,
    "intranet document /media/": lambda f: f.intranet_document.file.url,
    "intranet image original": lambda f: f.intranet_image.file.url,
    "intranet image rendition": lambda f: f.intranet_rendition.url,
    "extranet document /documents/": lambda f: f.extranet_document.url,
    "extranet document /media/": lambda f: f.extranet_document.file.url,
    "extranet image rendition": lambda f: f.extranet_rendition.url,
    "public document /documents/": lambda f: f.public_document.url,
    "public document /media/": lambda f: f.public_document.file.url,
    "public image original": lambda f: f.public_image.file.url,
    "public image rendition": lambda f: f.public_rendition.url,
}

OK, LOGIN, DENIED = 200, "login", 403
# fmt: off
#           anonymous member_x partner_x editor_x editor_y member_y coordinator
INTRANET = (LOGIN,    OK,      DENIED,   OK,      DENIED,  DENIED,  OK)
EXTRANET = (LOGIN,    DENIED,  OK,       OK,      DENIED,  DENIED,  OK)
PUBLIC   = (OK,       OK,      OK,       OK,      OK,      OK,      OK)
# fmt: on
MATRIX = {
    "intranet document /documents/": INTRANET,
    "intranet document /media/": INTRANET,
    "intranet image original": INTRANET,
    "intranet image rendition": INTRANET,
    "extranet document /documents/": EXTRANET,
    "extranet document /media/": EXTRANET,
    "extranet image rendition": EXTRANET,
    "public document /documents/": PUBLIC,
    "public document /media/": PUBLIC,
    "public image original": PUBLIC,
    "public image rendition": PUBLIC,
}


def outcome(response, url: str):
    """200, "login" (a redirect to the front-end login that comes back here), or the status."""
    if response.status_code == 200:
        b"".join(response.streaming_content)
        return OK
    if response.status_code == 302:
        location = urlsplit(response["Location"])
        if location.path == resolve_url(front_end_login_url()) and parse_qs(location.query).get(
            "next"
        ) == [url]:
            return LOGIN
        return f"302 to {response['Location']}"
    return response.status_code


@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix(role, networks, files, browser):
    client = browser(networks.users[role])
    actual, expected = {}, {}
    for column, url_of in URLS.items():
        url = url_of(files)
        actual[column] = outcome(client.get(url), url)
        expected[column] = MATRIX[column][ROLES.index(role)]
    assert actual == expected


def test_the_urls_are_the_ones_the_matrix_means(files):
    assert files.intranet_document.url.startswith("/documents/")
    # Stored apart from public files (privatemedia/storage.py), still under our checked view.
    assert files.intranet_document.file.url.startswith("/media/private/documents/")
    assert files.intranet_image.file.url.startswith("/media/private/original_images/")
    assert files.intranet_rendition.url.startswith("/media/private/images/")
    assert files.public_document.file.url.startswith("/media/documents/")
    assert files.public_rendition.url.startswith("/media/images/")


def test_superuser_reads_everything(networks, files, browser):
    client = browser(factories.UserFactory(superuser=True))
    for url_of in URLS.values():
        assert client.get(url_of(files)).status_code == 200


@pytest.mark.parametrize(
    "column",
    ["intranet document /documents/", "intranet document /media/", "intranet image rendition"],
)
def test_restricted_files_are_never_cached(column, networks, files, browser):
    url = URLS[column](files)
    for role in ("member_x", "anonymous", "member_y"):  # served, redirected, refused
        response = browser(networks.users[role]).get(url)
        assert response["Cache-Control"] == "private, no-store", (role, response.status_code)


@pytest.mark.parametrize(
    "column", ["public document /documents/", "public document /media/", "public image original"]
)
def test_public_files_are_cached_for_an_hour(column, networks, files, browser):
    response = browser(networks.users["anonymous"]).get(URLS[column](files))
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=3600"


def test_an_image_is_shown_inline_with_its_type(networks, files, browser):
    response = browser(networks.users["member_x"]).get(files.intranet_rendition.url)
    assert response["Content-Type"] == "image/png"
    assert response["Content-Disposition"].startswith("inline")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"
    with files.intranet_rendition.file.open("rb") as stored:
        assert b"".join(response.streaming_content) == stored.read()


def test_a_document_is_downloaded_under_its_own_name(networks, files, browser):
    response = browser(networks.users["member_x"]).get(files.intranet_document.file.url)
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="verslag-intranet.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == b"%PDF-1.4 minutes"


def test_an_unknown_media_path_is_not_found(networks, files, client):
    assert client.get("/media/documents/bestaat-niet.pdf").status_code == 404
    assert client.get("/media/elders/foto.png").status_code == 404


def test_a_file_on_disk_that_no_object_owns_is_not_served(networks, files, media_root, client):
    (media_root / "documents" / "los.pdf").write_bytes(b"%PDF-1.4 nobody's")
    (media_root / "original_images" / "los.png").write_bytes(b"not listed")
    assert client.get("/media/documents/los.pdf").status_code == 404
    assert client.get("/media/original_images/los.png").status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/media/../geheim.txt",
        "/media/documents/../../geheim.txt",
        "/media/documents/%2e%2e/%2e%2e/geheim.txt",
        "/media/documents/..%2f..%2fgeheim.txt",
        "/media/documents/..%5c..%5cgeheim.txt",
        "/media/documents//verslag-public.pdf",
        "/media/./documents/verslag-public.pdf",
    ],
)
def test_path_traversal_is_not_found(path, networks, files, media_root, client):
    (media_root.parent / "geheim.txt").write_text("secret")
    assert client.get(path).status_code == 404


def test_an_owned_file_missing_from_disk_is_not_found(networks, files, client):
    files.public_document.file.storage.delete(files.public_document.file.name)
    assert client.get(files.public_document.file.url).status_code == 404


def test_only_reading_methods_are_allowed(networks, files, browser):
    client = browser(networks.users["member_x"])
    assert client.head(files.intranet_rendition.url).status_code == 200
    assert client.post(files.intranet_rendition.url).status_code == 405


def test_a_private_image_on_a_public_page_stays_private(networks, files, browser):
    """{% image %} renders a /media/ URL; what is checked is the file, not the page."""
    html = Template("{% load wagtailimages_tags %}{% image image fill-100x100 %}").render(
        Context({"image": files.intranet_image})
    )
    src = html.split('src="', 1)[1].split('"', 1)[0]
    assert src == files.intranet_rendition.url
    assert outcome(browser(networks.users["anonymous"]).get(src), src) == LOGIN
    assert browser(networks.users["partner_x"]).get(src).status_code == 403
    assert browser(networks.users["member_x"]).get(src).status_code == 200


def test_moving_a_file_into_a_closed_area_protects_it_at_once(networks, files, browser):
    anonymous = browser(networks.users["anonymous"])
    assert anonymous.get(files.public_rendition.url).status_code == 200
    files.public_image.collection = Collection.objects.get(pk=files.intranet_image.collection_id)
    old_url = files.public_rendition.url
    files.public_image.save()
    # The file moved to the private storage (privatemedia/storage.py): its old address is
    # nobody's, its new one asks for a login.
    files.public_rendition.refresh_from_db()
    assert files.public_rendition.url != old_url
    assert anonymous.get(old_url).status_code == 404
    assert outcome(anonymous.get(files.public_rendition.url), files.public_rendition.url) == LOGIN


def test_a_collection_below_a_closed_area_is_closed_too(networks, files, browser):
    below = Collection.objects.get(pk=files.intranet_image.collection_id).add_child(name="Notulen")
    files.public_document.collection = below
    files.public_document.save()
    assert browser(networks.users["partner_x"]).get(files.public_document.url).status_code == 403
    assert browser(networks.users["member_x"]).get(files.public_document.url).status_code == 200


def test_a_password_restriction_asks_for_the_password(networks, files, browser):
    restriction = CollectionViewRestriction.objects.create(
        collection=Collection.get_first_root_node().add_child(name="Met wachtwoord"),
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="geheim",  # noqa: S106
    )
    files.public_image.collection = restriction.collection
    files.public_image.save()
    url = files.public_image.file.url
    client = browser(networks.users["member_y"])
    response = client.get(url)
    assert response.status_code == 200
    assert b'name="password"' in response.content
    assert response["Cache-Control"] == "private, no-store"
    response = client.post(
        f"/documents/authenticate_with_password/{restriction.pk}/",
        {"password": "geheim", "return_url": url},
    )
    assert response.status_code == 302
    assert client.get(url)["Content-Type"] == "image/png"


def test_checking_a_file_costs_a_few_queries(
    networks, files, browser, django_assert_max_num_queries
):
    member = browser(networks.users["member_x"])
    anonymous = browser(networks.users["anonymous"])
    # The file's owner and its restrictions with their groups; session, user and user's groups.
    with django_assert_max_num_queries(6):
        assert member.get(files.intranet_rendition.url).status_code == 200
    # A public file touches neither the session nor the user.
    with django_assert_max_num_queries(2):
        response = anonymous.get(files.public_rendition.url)
    assert response.status_code == 200
    assert "Cookie" not in response.get("Vary", "")


def test_a_document_response_nobody_decided_on_is_private(networks, files):
    request = RequestFactory().get(files.public_document.url)
    request.resolver_match = resolve(files.public_document.url)
    response = PrivateFileCacheMiddleware(lambda request: HttpResponse(b"file"))(request)
    assert response["Cache-Control"] == "private, no-store"


def test_group_membership_is_what_counts(networks, files, browser):
    """Adding someone to the members' group opens the intranet's files to them."""
    user = networks.users["member_y"]
    client = browser(user)
    assert client.get(files.intranet_rendition.url).status_code == 403
    user.groups.add(Group.objects.get(pk=networks.access_x.members_id))
    assert client.get(files.intranet_rendition.url).status_code == 200
