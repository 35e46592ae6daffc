"""Private files are stored apart from public ones (issue #21): a document, image or rendition
of a closed area's collection lies in PRIVATE_MEDIA_ROOT, never under MEDIA_ROOT, and is still
served only through the checked view; a move or a change of a collection's privacy moves the
file to its place."""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from tests import factories
from tests.privatemedia.test_file_changes import (
    Document,
    Image,
    document_edit,
    image_edit,
    pdf_upload,
    png_upload,
)
from tests.privatemedia.test_serve import LOGIN, OK, outcome


def stored_names(root) -> set[str]:
    root = Path(root)
    return {path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_file()}


def assert_private(file_object, media_root) -> None:
    name = file_object.file.name
    assert name.startswith("private/"), name
    assert (Path(settings.PRIVATE_MEDIA_ROOT) / name.removeprefix("private/")).is_file()
    assert not any(Path(name).name in stored for stored in stored_names(media_root))


def assert_public(file_object, media_root) -> None:
    name = file_object.file.name
    assert not name.startswith("private/"), name
    assert (Path(media_root) / name).is_file()
    assert not any(
        Path(name).name in stored for stored in stored_names(settings.PRIVATE_MEDIA_ROOT)
    )


@pytest.fixture
def places(networks):
    from networks.models import ClosedAreaPage

    return {
        "public": networks.access_x.collection,
        "intranet": networks.collections_x[ClosedAreaPage.INTRANET],
    }


def test_a_file_uploaded_into_a_closed_area_is_stored_apart_and_served_only_to_its_readers(
    networks, places, login, browser, media_root, django_capture_on_commit_callbacks
):
    client = login(networks.editor_x)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtaildocs_chooser:create"),
            {
                "document-chooser-upload-title": "Nieuwe notulen",
                "document-chooser-upload-file": pdf_upload("notulen.pdf"),
                "document-chooser-upload-collection": places["intranet"].pk,
            },
        )
        client.post(
            reverse("wagtailimages_chooser:create"),
            {
                "image-chooser-upload-title": "Nieuwe foto",
                "image-chooser-upload-file": png_upload("foto.png"),
                "image-chooser-upload-collection": places["intranet"].pk,
            },
        )
    document = Document.objects.get(title="Nieuwe notulen")
    image = Image.objects.get(title="Nieuwe foto")

    assert_private(document, media_root)
    assert_private(image, media_root)
    assert not stored_names(media_root)
    url = document.file.url
    assert url == f"/media/{document.file.name}"
    assert outcome(browser(networks.users["anonymous"]).get(url), url) == LOGIN
    assert browser(networks.users["member_y"]).get(url).status_code == 403
    assert browser(networks.users["partner_x"]).get(url).status_code == 403
    member = browser(networks.users["member_x"])
    assert b"".join(member.get(url).streaming_content) == b"%PDF-1.4 other minutes"
    assert outcome(member.get(document.url), document.url) == OK
    # The name without its place is nobody's file.
    public_url = url.replace("/media/private/", "/media/")
    assert member.get(public_url).status_code == 404


def test_renditions_of_a_private_image_are_stored_apart(networks, places, media_root, browser):
    image = factories.ImageFactory(
        title="Foto", file__filename="foto.png", collection=places["intranet"]
    )
    single = image.get_rendition("fill-100x100")
    # Several at once: Wagtail writes them with bulk_create, which sends no signal.
    several = image.get_renditions("fill-50x50", "width-30", "max-40x40")

    for rendition in [single, *several.values()]:
        assert rendition.file.name.startswith("private/images/"), rendition.file.name
        assert Path(rendition.file.path).is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT))
    assert not stored_names(media_root)
    assert outcome(browser(networks.users["anonymous"]).get(single.url), single.url) == LOGIN
    assert outcome(browser(networks.users["member_x"]).get(single.url), single.url) == OK


def test_the_coordinators_move_to_a_public_collection_moves_the_file_back(
    networks, places, login, browser, media_root, django_capture_on_commit_callbacks
):
    document = factories.DocumentFactory(
        title="Verslag", file__filename="verslag.pdf", collection=places["intranet"]
    )
    image = factories.ImageFactory(
        title="Foto", file__filename="foto.png", collection=places["intranet"]
    )
    rendition = image.get_rendition("fill-100x100")
    assert_private(document, media_root)
    coordinator = login(networks.coordinator)

    with django_capture_on_commit_callbacks(execute=True):
        assert document_edit(coordinator, document, collection=places["public"]).status_code == 302
        assert image_edit(coordinator, image, collection=places["public"]).status_code == 302

    document.refresh_from_db()
    image.refresh_from_db()
    rendition.refresh_from_db()
    for file_object in (document, image, rendition):
        assert_public(file_object, media_root)
    assert not stored_names(settings.PRIVATE_MEDIA_ROOT)
    anonymous = browser(networks.users["anonymous"])
    assert outcome(anonymous.get(document.file.url), document.file.url) == OK
    assert outcome(anonymous.get(rendition.url), rendition.url) == OK


def test_the_coordinators_bulk_move_moves_the_files(
    networks, places, login, media_root, django_capture_on_commit_callbacks
):
    image = factories.ImageFactory(
        title="Foto", file__filename="foto.png", collection=places["public"]
    )
    url = f"/admin/bulk/wagtailimages/image/add_to_collection/?id={image.pk}"

    with django_capture_on_commit_callbacks(execute=True):
        response = login(networks.coordinator).post(url, {"collection": places["intranet"].pk})

    assert response.status_code == 302
    image.refresh_from_db()
    assert_private(image, media_root)


def test_a_collection_turning_private_and_public_moves_its_files(
    networks, places, login, browser, media_root, django_capture_on_commit_callbacks
):
    admin = factories.UserFactory(superuser=True)
    document = factories.DocumentFactory(
        title="Verslag", file__filename="verslag.pdf", collection=places["public"]
    )
    image = factories.ImageFactory(
        title="Foto", file__filename="foto.png", collection=places["public"]
    )
    rendition = image.get_rendition("fill-100x100")
    privacy_url = reverse("wagtailadmin_collections:set_privacy", args=[places["public"].pk])
    client = login(admin)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(privacy_url, {"restriction_type": "login", "password": ""})
    for file_object in (document, image, rendition):
        file_object.refresh_from_db()
        assert_private(file_object, media_root)
    anonymous = browser(networks.users["anonymous"])
    assert outcome(anonymous.get(document.file.url), document.file.url) == LOGIN
    # The files of the closed areas' collections below it stay where they were: private.
    assert not stored_names(media_root)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(privacy_url, {"restriction_type": "none", "password": ""})
    for file_object in (document, image, rendition):
        file_object.refresh_from_db()
        assert_public(file_object, media_root)
    assert outcome(anonymous.get(document.file.url), document.file.url) == OK


def test_the_command_moves_files_stored_before_the_split(
    networks, places, media_root, django_capture_on_commit_callbacks
):
    from django.core.management import call_command
    from wagtail.models import CollectionViewRestriction

    document = factories.DocumentFactory(
        title="Verslag", file__filename="verslag.pdf", collection=places["public"]
    )
    # A restriction written without signals: the file lies where it lay before this release.
    CollectionViewRestriction.objects.bulk_create(
        [CollectionViewRestriction(collection=places["public"], restriction_type="login")]
    )
    assert_public(document, media_root)

    with django_capture_on_commit_callbacks(execute=True):
        call_command("media_place_files", stdout=open(os.devnull, "w"))  # noqa: SIM115

    document.refresh_from_db()
    assert_private(document, media_root)
