"""The closed area's own search (a sub-route of the area page, behind its privacy)."""

from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from access.responses import mark_private
from core.search_text import MAX_QUERY_LENGTH
from networks.area_search import AreaSearchForm, area_search


@require_safe
def area_search_view(request: HttpRequest, *, area) -> HttpResponse:
    """Only ever called by `ClosedAreaPage.search`, after Wagtail's privacy check admitted
    the reader to `area`. Never cached, never indexed, never logged."""
    form = AreaSearchForm(request.GET)
    query, page_number = form.search_data()
    results = area_search(
        area=area, query=query, page_number=page_number, locale=Locale.get_active(), request=request
    )
    response = TemplateResponse(
        request,
        "networks/closed_area_search.html",
        {
            "page": area,
            "self": area,
            "form": form,
            # Not `search_query`: the header's site search would show (and send) it.
            "area_query": query,
            "area_results": results,
            "query_shortened": form.query_shortened,
            "max_query_length": MAX_QUERY_LENGTH,
        },
    )
    return mark_private(response, request=request)
