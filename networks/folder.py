"""The network folder: every live network on one leaflet, in print and as a PDF.

Built from the network pages at each request (nothing retyped), the same for every reader:
the page cache keeps the HTML and the PDF for anonymous readers and forgets them on every
publish (pagecache.signals). The PDF is the same HTML, printed on the server (core.pdf).
"""

import re

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from core.cdn import paths_in_every_language
from core.pdf import pdf_response
from networks.selectors import network_folder_list, network_list_all_languages

TEMPLATE = "networks/folder.html"
# The slugs Wagtail allows (Unicode letters, digits, "-" and "_").
UNICODE_SLUG = re.compile(r"[-\w]+")


def _context(*, slug: str | None) -> dict:
    if slug is not None and not UNICODE_SLUG.fullmatch(slug):
        # Whatever a visitor types (a NUL byte PostgreSQL refuses, say) is a 404, never a 500.
        raise Http404
    networks = network_folder_list(locale=Locale.get_active(), slug=slug)
    if slug is not None and not networks:
        raise Http404
    network = networks[0] if slug is not None else None
    return {"networks": networks, "network": network}


def _filename(network) -> str:
    if network is None:
        # Translators: the name of the folder's PDF file: lower case, no spaces.
        return f"dkc-mvo-{gettext('network-folder')}.pdf"
    return f"dkc-mvo-{gettext('network-folder')}-{network.slug}.pdf"


@require_safe
def folder(request: HttpRequest, slug: str | None = None) -> HttpResponse:
    """Every network (or the one with `slug`), as a web page that prints as an A4 leaflet."""
    return TemplateResponse(request, TEMPLATE, _context(slug=slug))


@require_safe
def folder_pdf(request: HttpRequest, slug: str | None = None) -> HttpResponse:
    """The same page as a PDF. A query string is dropped by a redirect: each PDF has one
    address, so a made-up query cannot make the server print it again and again."""
    if request.META.get("QUERY_STRING"):
        return HttpResponseRedirect(request.path)
    context = _context(slug=slug)
    return pdf_response(
        request, template_name=TEMPLATE, context=context, filename=_filename(context["network"])
    )


def folder_paths() -> list[str]:
    """Every address of the folder in every language: the whole folder and each live, public
    network's (by its slug in any language), as a page and as a PDF (one query)."""
    slugs = sorted(set(network_list_all_languages().values_list("slug", flat=True)))
    return [
        *paths_in_every_language("network_folder"),
        *paths_in_every_language("network_folder_pdf"),
        *paths_in_every_language("network_folder_single", args_list=[(slug,) for slug in slugs]),
        *paths_in_every_language(
            "network_folder_single_pdf", args_list=[(slug,) for slug in slugs]
        ),
    ]
