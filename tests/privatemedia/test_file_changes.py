"""Files of live or closed pages changed by editors (#17 item 3): who may move a document or
image to another collection, or replace its file, and the audit entry every change leaves.

Network X (Tracer) has a public collection and its intranet and extranet collections; an
editor of X has every media permission on them. A move that changes who may read a file, and
a new file for one that is live or private, are the coordinator's alone, on every path: the
edit forms, the multiple uploader's edit forms, the bulk "Add to collection" and the
collections admin.
"""

from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.translation import override
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, ModelLogEntry

from networks.models import ClosedAreaPage
from tests import factories

Document = get_document_model()
Image = get_image_model()


def png_upload(name: str = "nieuw.png") -> SimpleUploadedFile:
    buffer = BytesIO()
    PILImage.new("RGB", (20, 20), "red").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def pdf_upload(name: str = "nieuw.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, b"%PDF-1.4 other minutes", content_type="application/pdf")


def entries(file_object, action: str) -> list[ModelLogEntry]:
    return list(
        ModelLogEntry.objects.for_instance(file_object).filter(action=action).order_by("pk")
    )


@pytest.fixture
def places(networks):
    return {
        "public": networks.access_x.collection,
        "intranet": networks.collections_x[ClosedAreaPage.INTRANET],
        "extranet": networks.collections_x[ClosedAreaPage.EXTRANET],
    }


@pytest.fixture
def stored(networks, places, media_root):
    """A document and an image in each of X's three collections."""
    found = {}
    for place, collection in places.items():
        found[f"{place}_document"] = factories.DocumentFactory(
            title=f"Verslag {place}",
            file__filename=f"verslag-{place}.pdf",
            file__data=b"%PDF-1.4 minutes",
            collection=collection,
        )
        found[f"{place}_image"] = factories.ImageFactory(
            title=f"Foto {place}", file__filename=f"foto-{place}.png", collection=collection
        )
    return found


def document_edit(client, document, *, collection, file=None):
    data = {"title": document.title, "collection": collection.pk, "tags": ""}
    if file is not None:
        data["file"] = file
    return client.post(reverse("wagtaildocs:edit", args=[document.pk]), data)


def image_edit(client, image, *, collection, file=None):
    data = {"title": image.title, "collection": collection.pk, "tags": ""}
    if file is not None:
        data["file"] = file
    return client.post(reverse("wagtailimages:edit", args=[image.pk]), data)


def assert_refused(response) -> None:
    """A 403 or 404 (an object outside the user's permissions is not found; the locale
    middleware redirects that to the front end's 404), or Wagtail's "no permission" redirect
    to the dashboard. The response is followed."""
    chain = [url for url, _status in response.redirect_chain]
    assert response.status_code in (403, 404) or (
        chain and chain[-1] == reverse("wagtailadmin_home")
    ), f"not refused: {response.status_code} {chain}"


def collection_of(file_object) -> int:
    return type(file_object).objects.get(pk=file_object.pk).collection_id


# --- Moving a file: the edit forms -----------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("intranet", "public"),
        ("extranet", "public"),
        ("intranet", "extranet"),
        ("extranet", "intranet"),
        ("public", "intranet"),
    ],
)
def test_an_editor_cannot_change_who_reads_a_document(
    networks, places, stored, login, source, target
):
    document = stored[f"{source}_document"]

    response = document_edit(login(networks.editor_x), document, collection=places[target])

    assert response.status_code == 200  # the form again, with the error on the field
    errors = response.context["form"].errors["collection"]
    assert "Alleen de DKC-coördinator kan dat" in errors[0]
    assert collection_of(document) == places[source].pk
    assert entries(document, "dkc.file_moved") == []


@pytest.mark.parametrize(("source", "target"), [("intranet", "public"), ("intranet", "extranet")])
def test_an_editor_cannot_change_who_reads_an_image(
    networks, places, stored, login, source, target
):
    image = stored[f"{source}_image"]

    response = image_edit(login(networks.editor_x), image, collection=places[target])

    assert response.status_code == 200
    assert response.context["form"].errors["collection"]
    assert collection_of(image) == places[source].pk


def test_a_refused_move_keeps_the_file_private_to_anonymous_visitors(
    networks, places, stored, login, client
):
    document = stored["intranet_document"]
    document_edit(login(networks.editor_x), document, collection=places["public"])

    response = client.get(reverse("wagtaildocs_serve", args=[document.pk, "verslag-intranet.pdf"]))

    assert response.status_code == 302  # to the login, never the file
    assert "public" not in response.get("Cache-Control", "")


def test_an_editor_may_move_a_file_where_the_same_people_read_it_and_it_is_logged(
    networks, places, stored, login
):
    sub = Collection.objects.get(pk=places["public"].pk).add_child(name="Tracer — foto's")
    image = stored["public_image"]

    response = image_edit(login(networks.editor_x), image, collection=sub)

    assert response.status_code == 302
    assert collection_of(image) == sub.pk
    (entry,) = entries(image, "dkc.file_moved")
    assert entry.user_id == networks.editor_x.pk
    assert entry.data["network_key"] == str(networks.access_x.translation_key)
    assert entry.data["readers_changed"] is False
    assert entry.data["source"]["name"] == "Tracer"
    assert entry.data["target"]["name"] == "Tracer — foto's"


def test_the_coordinator_may_move_a_file_out_of_the_intranet_and_it_is_logged(
    networks, places, stored, login
):
    document = stored["intranet_document"]

    response = document_edit(login(networks.coordinator), document, collection=places["public"])

    assert response.status_code == 302
    assert collection_of(document) == places["public"].pk
    (entry,) = entries(document, "dkc.file_moved")
    assert entry.user_id == networks.coordinator.pk
    assert entry.data["network_key"] == str(networks.access_x.translation_key)
    assert entry.data["readers_changed"] is True
    with override("en"):
        assert "who may read it changed" in entry.message


def test_a_move_between_two_networks_is_logged_for_both(networks, stored, login):
    document = stored["public_document"]

    document_edit(login(networks.coordinator), document, collection=networks.access_y.collection)

    keys = {entry.data["network_key"] for entry in entries(document, "dkc.file_moved")}
    assert keys == {str(networks.access_x.translation_key), str(networks.access_y.translation_key)}


# --- Moving a file: the multiple uploader and the bulk action --------------------------------


def test_the_multiple_uploaders_edit_form_refuses_an_editor_too(networks, places, stored, login):
    document = stored["intranet_document"]
    prefix = f"doc-{document.pk}"

    response = login(networks.editor_x).post(
        reverse("wagtaildocs:edit_multiple", args=[document.pk]),
        {f"{prefix}-title": document.title, f"{prefix}-collection": places["public"].pk},
    )

    assert response.status_code == 200
    assert response.json()["success"] is False
    assert collection_of(document) == places["intranet"].pk

    image = stored["intranet_image"]
    prefix = f"image-{image.pk}"
    response = login(networks.editor_x).post(
        reverse("wagtailimages:edit_multiple", args=[image.pk]),
        {f"{prefix}-title": image.title, f"{prefix}-collection": places["extranet"].pk},
    )
    assert response.json()["success"] is False
    assert collection_of(image) == places["intranet"].pk


@pytest.mark.parametrize(
    ("model_path", "kind"), [("wagtaildocs/document", "document"), ("wagtailimages/image", "image")]
)
def test_the_bulk_add_to_collection_refuses_an_editor(
    networks, places, stored, login, model_path, kind
):
    private = stored[f"intranet_{kind}"]
    public = stored[f"public_{kind}"]
    url = f"/admin/bulk/{model_path}/add_to_collection/?id={private.pk}&id={public.pk}"

    response = login(networks.editor_x).post(url, {"collection": places["public"].pk})

    assert response.status_code == 200
    assert "Alleen de DKC-coördinator kan dat" in response.content.decode()
    assert collection_of(private) == places["intranet"].pk
    assert entries(private, "dkc.file_moved") == []


def test_the_coordinators_bulk_move_is_logged_per_file(networks, places, stored, login):
    private = stored["intranet_image"]
    url = f"/admin/bulk/wagtailimages/image/add_to_collection/?id={private.pk}"

    response = login(networks.coordinator).post(url, {"collection": places["extranet"].pk})

    assert response.status_code == 302
    assert collection_of(private) == places["extranet"].pk
    (entry,) = entries(private, "dkc.file_moved")
    assert entry.data["network_key"] == str(networks.access_x.translation_key)
    assert entry.data["target"]["id"] == places["extranet"].pk


# --- Replacing a file ---------------------------------------------------------------------


def test_an_editor_cannot_replace_an_image_shown_on_a_live_page(networks, stored, login):
    image = stored["public_image"]
    project = networks.project_x
    project.listing_image = image
    project.save_revision().publish()
    old_name = Image.objects.get(pk=image.pk).file.name

    response = image_edit(
        login(networks.editor_x), image, collection=image.collection, file=png_upload()
    )

    assert response.status_code == 200
    assert (
        "Alleen de DKC-coördinator kan het vervangen" in response.context["form"].errors["file"][0]
    )
    assert Image.objects.get(pk=image.pk).file.name == old_name
    assert entries(image, "dkc.file_replaced") == []


def test_an_editor_cannot_replace_a_file_in_a_closed_area(networks, stored, login):
    document = stored["intranet_document"]
    old_name = Document.objects.get(pk=document.pk).file.name

    response = document_edit(
        login(networks.editor_x), document, collection=document.collection, file=pdf_upload()
    )

    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert Document.objects.get(pk=document.pk).file.name == old_name


def test_an_editor_may_replace_an_unused_public_file_and_it_is_logged(networks, stored, login):
    document = stored["public_document"]

    response = document_edit(
        login(networks.editor_x), document, collection=document.collection, file=pdf_upload()
    )

    assert response.status_code == 302
    (entry,) = entries(document, "dkc.file_replaced")
    assert entry.data["network_key"] == str(networks.access_x.translation_key)
    assert entry.data["old_file"] == "verslag-public.pdf"
    assert entry.data["new_file"].startswith("nieuw")
    with override("en"):
        assert "Replaced the file “verslag-public.pdf” with “nieuw" in entry.message


def test_the_coordinator_may_replace_a_live_image_and_it_is_logged(networks, stored, login):
    image = stored["public_image"]
    project = networks.project_x
    project.listing_image = image
    project.save_revision().publish()

    response = image_edit(
        login(networks.coordinator), image, collection=image.collection, file=png_upload()
    )

    assert response.status_code == 302
    (entry,) = entries(image, "dkc.file_replaced")
    assert entry.user_id == networks.coordinator.pk


def test_an_editor_cannot_replace_an_image_a_live_pages_pending_change_uses(
    networks, stored, login
):
    image = stored["public_image"]
    project = networks.project_x
    project.save_revision().publish()
    project.listing_image = image
    project.save_revision()  # awaits approval; the live page does not show the image yet

    response = image_edit(
        login(networks.editor_x), image, collection=image.collection, file=png_upload()
    )

    assert response.status_code == 200
    assert response.context["form"].errors["file"]


def test_a_draft_pages_use_does_not_make_a_file_live(networks, stored, login):
    image = stored["public_image"]
    draft = factories.ContentPageFactory(parent=networks.project_x, title="Concept", live=False)
    draft.listing_image = image
    draft.save()

    response = image_edit(
        login(networks.editor_x), image, collection=image.collection, file=png_upload()
    )

    assert response.status_code == 302


# --- The collections admin -----------------------------------------------------------------


@pytest.mark.parametrize("view", ["edit", "delete", "set_privacy"])
def test_an_editor_cannot_move_delete_or_open_a_collection(networks, places, login, view):
    client = login(networks.editor_x)
    url = reverse(f"wagtailadmin_collections:{view}", args=[places["intranet"].pk])

    assert_refused(client.get(url, follow=True))
    response = client.post(
        url, {"restriction_type": "none", "name": "open", "parent": 1}, follow=True
    )
    assert_refused(response)
    assert Collection.objects.filter(pk=places["intranet"].pk).exists()
    assert Collection.objects.get(pk=places["intranet"].pk).get_view_restrictions().exists()


# --- A collection's privacy ------------------------------------------------------------------


def privacy_entries(collection) -> list[ModelLogEntry]:
    return entries(collection, "dkc.collection_privacy_changed")


def test_setting_up_the_closed_area_collections_writes_no_privacy_entries(networks, places):
    assert privacy_entries(places["intranet"]) == []


@pytest.fixture
def admin(db):
    """Only a superuser may set a collection's privacy: coordinators have no collection rights."""
    return factories.UserFactory(username="beheerder", superuser=True)


def test_a_coordinator_cannot_set_a_collections_privacy_either(networks, places, login):
    url = reverse("wagtailadmin_collections:set_privacy", args=[places["intranet"].pk])

    assert_refused(login(networks.coordinator).get(url, follow=True))


def test_changing_a_collections_privacy_is_logged(networks, places, login, admin):
    client = login(admin)
    url = reverse("wagtailadmin_collections:set_privacy", args=[places["public"].pk])

    response = client.post(url, {"restriction_type": "login", "password": ""})
    assert response.status_code == 200
    (restricted,) = privacy_entries(places["public"])
    assert restricted.user_id == admin.pk
    assert restricted.data["network_key"] == str(networks.access_x.translation_key)
    assert restricted.data["change"] == "restricted"

    client.post(url, {"restriction_type": "none", "password": ""})

    opened = privacy_entries(places["public"])[-1]
    assert opened.data["change"] == "opened"
    with override("en"):
        assert "everyone can read its files" in opened.message


def test_removing_readers_of_the_intranet_files_is_logged(networks, places, login, admin):
    intranet = places["intranet"]
    restriction = intranet.get_view_restrictions().get()
    keep = [group.pk for group in restriction.groups.all() if group != networks.access_x.members]

    login(admin).post(
        reverse("wagtailadmin_collections:set_privacy", args=[intranet.pk]),
        {"restriction_type": "groups", "password": "", "groups": keep},
    )

    (removed,) = [
        entry for entry in privacy_entries(intranet) if entry.data["change"] != "restricted"
    ]
    assert removed.data["change"] == "readers_removed"
    assert removed.data["groups"] == ["Tracer leden"]


# --- New files: the choosers' upload forms go through the same base form ----------------------


def test_an_editor_still_uploads_new_files_into_the_intranet_from_the_choosers(
    networks, places, login, media_root
):
    client = login(networks.editor_x)

    document_response = client.post(
        reverse("wagtaildocs_chooser:create"),
        {
            "document-chooser-upload-title": "Nieuwe notulen",
            "document-chooser-upload-file": pdf_upload("notulen.pdf"),
            "document-chooser-upload-collection": places["intranet"].pk,
        },
    )
    image_response = client.post(
        reverse("wagtailimages_chooser:create"),
        {
            "image-chooser-upload-title": "Nieuwe foto",
            "image-chooser-upload-file": png_upload("foto.png"),
            "image-chooser-upload-collection": places["intranet"].pk,
        },
    )

    assert document_response.status_code == 200
    assert image_response.status_code == 200
    assert Document.objects.get(title="Nieuwe notulen").collection_id == places["intranet"].pk
    assert Image.objects.get(title="Nieuwe foto").collection_id == places["intranet"].pk


# --- What readers see of a file: title, alternative text, focal point ---------------------


def _image_details(client, image, **changes):
    data = {"title": image.title, "collection": image.collection.pk, "tags": "", **changes}
    return client.post(reverse("wagtailimages:edit", args=[image.pk]), data)


def _shown_on_a_live_page(networks, image) -> None:
    project = networks.project_x
    project.listing_image = image
    project.save_revision().publish()


def test_an_editor_cannot_retitle_or_recrop_an_image_shown_on_a_live_page(networks, stored, login):
    image = stored["public_image"]
    _shown_on_a_live_page(networks, image)
    client = login(networks.editor_x)

    retitled = _image_details(client, image, title="Iets heel anders")
    recropped = _image_details(
        client,
        image,
        focal_point_x=1,
        focal_point_y=1,
        focal_point_width=2,
        focal_point_height=2,
    )

    for response in (retitled, recropped):
        assert response.status_code == 200
        (error,) = response.context["form"].non_field_errors()
        assert "alleen de DKC-coördinator wijzigen" in error
    image = Image.objects.get(pk=image.pk)
    assert image.title != "Iets heel anders"
    assert image.focal_point_x is None


def test_an_editor_cannot_retitle_a_document_in_a_closed_area(networks, stored, login):
    document = stored["intranet_document"]

    response = login(networks.editor_x).post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {"title": "Nieuwe titel", "collection": document.collection.pk, "tags": ""},
    )

    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert Document.objects.get(pk=document.pk).title == document.title


def test_an_unused_public_file_and_the_coordinator_keep_their_freedom(networks, stored, login):
    document = stored["public_document"]
    image = stored["public_image"]
    project = networks.project_x
    project.listing_image = image
    project.save_revision().publish()

    own = login(networks.editor_x).post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {"title": "Verslag 2026", "collection": document.collection.pk, "tags": ""},
    )
    coordinator = _image_details(login(networks.coordinator), image, title="Nieuwe titel")

    assert own.status_code == 302
    assert Document.objects.get(pk=document.pk).title == "Verslag 2026"
    assert coordinator.status_code == 302
    assert Image.objects.get(pk=image.pk).title == "Nieuwe titel"


def _document_details(client, document, **changes):
    data = {"title": document.title, "collection": document.collection.pk, "tags": "", **changes}
    return client.post(reverse("wagtaildocs:edit", args=[document.pk]), data)


def test_an_editor_cannot_retag_a_public_document_a_live_page_links(networks, stored, login):
    """A public document's tags are searched and shown under it in the site search."""
    document = stored["public_document"]
    factories.page_linking(document, parent=networks.project_x)

    response = _document_details(login(networks.editor_x), document, tags="zonnepanelen")

    assert response.status_code == 200
    (error,) = response.context["form"].non_field_errors()
    assert "alleen de DKC-coördinator wijzigen" in error and "tags" in error
    assert not Document.objects.get(pk=document.pk).tags.exists()
    coordinator = _document_details(login(networks.coordinator), document, tags="zonnepanelen")
    assert coordinator.status_code == 302
    assert [tag.name for tag in Document.objects.get(pk=document.pk).tags.all()] == ["zonnepanelen"]


def test_an_editor_still_tags_an_unused_document_and_a_live_image(networks, stored, login):
    image = stored["public_image"]
    _shown_on_a_live_page(networks, image)
    client = login(networks.editor_x)

    document_response = _document_details(client, stored["public_document"], tags="verslag")
    image_response = _image_details(client, image, tags="fiets")

    assert document_response.status_code == 302
    assert image_response.status_code == 302
    assert Image.objects.get(pk=image.pk).tags.get().name == "fiets"
