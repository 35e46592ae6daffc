"""Upload limits: which documents and images an editor may upload, how large, and the clear
refusal (in the editor's language) of anything else, on every upload path of the admin."""

import io
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.users.models import UserProfile

from tests import factories

pytestmark = pytest.mark.django_db

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.cookie)</script></svg>"
)


def png(name: str = "foto.png", size: tuple[int, int] = (20, 20)) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    PILImage.new("RGB", size, "teal").save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


@pytest.fixture
def editor_client(client, media_root):
    user = factories.UserFactory(superuser=True)
    UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(
        preferred_language="nl"
    )
    client.force_login(user)
    return client


@pytest.fixture
def english_editor_client(client, media_root):
    user = factories.UserFactory(superuser=True)
    UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(
        preferred_language="en"
    )
    client.force_login(user)
    return client


def add_document(client, upload):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": "Verslag", "file": upload, "collection": Collection.get_first_root_node().pk},
    )


def add_image(client, upload):
    return client.post(
        reverse("wagtailimages:add"),
        {"title": "Foto", "file": upload, "collection": Collection.get_first_root_node().pk},
    )


def field_errors(response, field: str = "file") -> str:
    return " ".join(str(error) for error in response.context["form"].errors.get(field, []))


def test_an_allowed_document_is_stored(editor_client):
    response = add_document(editor_client, SimpleUploadedFile("verslag.pdf", b"%PDF-1.4 x"))
    assert response.status_code == 302
    assert get_document_model().objects.filter(title="Verslag").exists()


@pytest.mark.parametrize("name", ["logo.svg", "pagina.html", "script.js", "setup.exe", "a.pdf.svg"])
def test_other_document_types_are_refused_in_dutch(editor_client, name):
    response = add_document(editor_client, SimpleUploadedFile(name, SVG))
    assert response.status_code == 200
    errors = field_errors(response)
    assert "is niet toegestaan" in errors
    assert "pdf" in errors  # the allowed types are named
    assert not get_document_model().objects.exists()


def test_the_refusal_is_in_english_for_an_english_editor(english_editor_client):
    response = add_document(english_editor_client, SimpleUploadedFile("logo.svg", SVG))
    assert "is not allowed" in field_errors(response)


def test_a_too_large_document_is_refused(editor_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    response = add_document(editor_client, SimpleUploadedFile("groot.pdf", b"%PDF" + b"x" * 2048))
    assert response.status_code == 200
    assert "te groot" in field_errors(response)
    assert not get_document_model().objects.exists()


def test_the_document_limit_is_ten_megabytes(settings):
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 10 * 1024 * 1024


def test_an_allowed_image_is_stored(editor_client):
    response = add_image(editor_client, png())
    assert response.status_code == 302
    assert get_image_model().objects.filter(title="Foto").exists()


def test_an_svg_image_is_refused(editor_client, settings):
    response = add_image(editor_client, SimpleUploadedFile("logo.svg", SVG, "image/svg+xml"))
    assert response.status_code == 200
    errors = field_errors(response)
    assert "SVG" not in settings.WAGTAILIMAGES_EXTENSIONS
    assert "PNG" in errors  # the refusal names the formats that are supported
    assert not get_image_model().objects.exists()


def test_an_svg_image_is_refused_by_the_multiple_uploader(editor_client):
    response = editor_client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": SimpleUploadedFile("logo.svg", SVG, "image/svg+xml")},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.json()["success"] is False
    assert not get_image_model().objects.exists()


def test_an_svg_renamed_to_png_is_refused(editor_client):
    response = add_image(editor_client, SimpleUploadedFile("logo.png", SVG, "image/png"))
    assert response.status_code == 200
    assert field_errors(response)
    assert not get_image_model().objects.exists()


def test_a_too_large_image_is_refused(editor_client):
    # Noise does not compress: about 10.8 MB of PNG, over the 10 MB limit.
    noise = PILImage.frombytes("RGB", (2000, 1800), os.urandom(2000 * 1800 * 3))
    buffer = io.BytesIO()
    noise.save(buffer, format="PNG", compress_level=0)
    response = add_image(editor_client, SimpleUploadedFile("groot.png", buffer.getvalue()))
    assert response.status_code == 200
    assert "te groot" in field_errors(response)
    assert not get_image_model().objects.exists()


def test_an_image_with_too_many_pixels_is_refused(editor_client):
    # 42 megapixels of one bit each: a small file, over the 40 megapixel limit.
    buffer = io.BytesIO()
    PILImage.new("1", (7000, 6000)).save(buffer, format="PNG")
    response = add_image(editor_client, SimpleUploadedFile("breed.png", buffer.getvalue()))
    assert response.status_code == 200
    assert "pixels" in field_errors(response)
    assert not get_image_model().objects.exists()
