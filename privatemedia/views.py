"""The one view for everything under MEDIA_URL: a file is served only after its check."""

from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.views.decorators.http import require_safe

from privatemedia.access import (
    PRIVATE_CACHE_CONTROL,
    PUBLIC_CACHE_CONTROL,
    denial_response,
    mark_request,
)
from privatemedia.selectors import stored_file_for, view_restrictions_for


@require_safe
def serve_media(request: HttpRequest, path: str) -> HttpResponse:
    """Stream the document, image or rendition stored as `path`, if the request may read it.

    A path that no document, image or rendition names is a 404, even if a file of that name
    lies in MEDIA_ROOT; the storage is opened with the name the database holds, never with a
    name built from the URL.
    """
    stored = stored_file_for(name=path) if _is_plain_relative(path) else None
    if stored is None:
        raise Http404
    restrictions = view_restrictions_for(collections=stored.collections)
    restricted = bool(restrictions)
    mark_request(request, restricted=restricted)

    denial = denial_response(request, restrictions)
    if denial is not None:
        denial["Cache-Control"] = PRIVATE_CACHE_CONTROL
        return denial

    try:
        file = stored.storage.open(stored.name, "rb")
    except FileNotFoundError as error:
        raise Http404 from error
    response = FileResponse(
        file,
        as_attachment=stored.is_document,
        filename=stored.download_name,
        content_type=stored.content_type,
    )
    response["Cache-Control"] = PRIVATE_CACHE_CONTROL if restricted else PUBLIC_CACHE_CONTROL
    response["X-Content-Type-Options"] = "nosniff"
    # An SVG or HTML-like file opened on our own domain must not run scripts.
    response["Content-Security-Policy"] = "default-src 'none'"
    return response


def _is_plain_relative(path: str) -> bool:
    """No `..`, `.`, empty, absolute or backslashed parts: nothing that could leave MEDIA_ROOT."""
    if path.startswith("/") or "\\" in path or "\x00" in path:
        return False
    return all(part not in ("", ".", "..") for part in path.split("/"))
