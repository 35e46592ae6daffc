"""PDFs made on the server from a page's own HTML (WeasyPrint), never fetching from the network.

A template that extends `base.html` prints with the site's print stylesheets, so the PDF
carries the ESF and Flemish logos and the co-financing line of the footer like every page.
WeasyPrint needs Pango (and HarfBuzz, fontconfig) from the system: see docs/deploy.md.

Every stylesheet and image the HTML names is read from disk or storage by `LocalFileFetcher`:
static files (the logos' fallbacks, the stylesheets) and Wagtail's image renditions (the
logos uploaded in the footer settings; through the site's media view, so only those an
anonymous reader may see). Any other address (another host, `file:`, `data:`, a page of the
site) is refused: a PDF never makes the server ask the network for anything.
"""

import mimetypes
import posixpath
from urllib.parse import unquote, urljoin, urlsplit

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.urls import Resolver404, resolve
from django.utils.http import content_disposition_header

# Wagtail writes renditions here (originals are in "original_images/", never fetched).
RENDITIONS_FOLDER = "images/"
PDF_CONTENT_TYPE = "application/pdf"


class RefusedAddress(ValueError):
    """An address a PDF may not fetch; WeasyPrint leaves the resource out and goes on."""


def _safe_name(path: str, prefix: str) -> str:
    name = unquote(path[len(prefix) :])
    normalised = posixpath.normpath(name)
    if not name or normalised != name or normalised.startswith(("/", "..")) or "\\" in name:
        raise RefusedAddress(f"Not a plain file name: {path}")
    return name


def _weasyprint():
    # Imported when a PDF is made: the site runs (and its other tests pass) without Pango.
    import weasyprint

    return weasyprint


def local_file_fetcher(*, base_url: str):
    """A WeasyPrint URL fetcher that serves static files and renditions from storage only."""
    weasyprint = _weasyprint()
    static_prefix = urljoin(base_url, settings.STATIC_URL)
    media_prefix = urljoin(base_url, settings.MEDIA_URL) + RENDITIONS_FOLDER

    class LocalFileFetcher(weasyprint.URLFetcher):
        def fetch(self, url, headers=None):
            # Only our own static and rendition addresses, matched on the whole prefix
            # (scheme, host and port): anything else is refused before any request is made.
            split = urlsplit(url)
            address = f"{split.scheme}://{split.netloc}{split.path}"
            if split.scheme in ("http", "https") and address.startswith(static_prefix):
                name = _safe_name(split.path, urlsplit(static_prefix).path)
                return _response(url, name, _static_bytes(name))
            if split.scheme in ("http", "https") and address.startswith(media_prefix):
                name = RENDITIONS_FOLDER + _safe_name(split.path, urlsplit(media_prefix).path)
                return _response(url, name, _media_bytes(split.path))
            raise RefusedAddress(f"A PDF fetches no other address: {url}")

    return LocalFileFetcher()


def _response(url: str, name: str, body: bytes):
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return _weasyprint().urls.URLFetcherResponse(url, body, {"Content-Type": content_type})


def _media_bytes(path: str) -> bytes:
    """A stored image as an anonymous reader gets it: through the site's own media view
    (privatemedia's check), called in this process. A PDF anyone may download never holds an
    image of a closed area, whatever the footer settings point at."""
    request = HttpRequest()
    request.method = "GET"
    request.path = request.path_info = path
    request.META = {"SERVER_NAME": "localhost", "SERVER_PORT": "80"}
    request.user = AnonymousUser()
    request.session = {}
    try:
        match = resolve(path)
        response = match.func(request, *match.args, **match.kwargs)
    except (Resolver404, Http404, PermissionDenied) as error:
        raise RefusedAddress(f"Not a public file: {path}") from error
    try:
        if response.status_code != 200 or "private" in response.get("Cache-Control", ""):
            raise RefusedAddress(f"Not a public file: {path}")
        return b"".join(response.streaming_content) if response.streaming else response.content
    finally:
        # Not response.close(): it sends `request_finished`, which closes the database
        # connection of the request printing the PDF.
        stream = getattr(response, "file_to_stream", None)
        if stream is not None:
            stream.close()


def _static_bytes(name: str) -> bytes:
    """A static file: collected (production, hashed names) or found in the apps (development)."""
    if staticfiles_storage.exists(name):
        with staticfiles_storage.open(name, "rb") as collected:
            return collected.read()
    found = finders.find(name)
    if not found:
        raise RefusedAddress(f"No such static file: {name}")
    with open(found, "rb") as source:
        return source.read()


def html_to_pdf(html: str, *, base_url: str) -> bytes:
    """The PDF of `html` as printed (its `@media print` rules), resources from storage only."""
    weasyprint = _weasyprint()
    document = weasyprint.HTML(
        string=html, base_url=base_url, url_fetcher=local_file_fetcher(base_url=base_url)
    )
    return document.write_pdf()


def pdf_response(
    request: HttpRequest, *, template_name: str, context: dict, filename: str
) -> HttpResponse:
    """The template rendered for `request` as HTML, then as a PDF to read or save."""
    html = render_to_string(template_name, context, request=request)
    pdf = html_to_pdf(html, base_url=request.build_absolute_uri("/"))
    response = HttpResponse(pdf, content_type=PDF_CONTENT_TYPE)
    response.headers["Content-Disposition"] = content_disposition_header(False, filename)
    return response
