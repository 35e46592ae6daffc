from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

from core.localization import in_language
from search.logging import search_request_log
from search.query import MAX_QUERY_LENGTH, search_query_clean
from search.selectors import search_promotion_list

RESULTS_PER_PAGE = 10


def search(request: HttpRequest) -> HttpResponse:
    """Site search in the visitor's language; only live, public pages are searched.

    In English, Dutch pages without an English translation are searched too (and marked as
    Dutch in the results), as every English listing shows them.
    """
    cleaned = search_query_clean(request.GET.get("q", ""))
    query = cleaned.text
    results = None
    promotions = []
    if query:
        in_reader_language = in_language(Page.objects.live().public(), locale=Locale.get_active())
        page_ids = list(in_reader_language.values_list("pk", flat=True))
        pages = Page.objects.live().public().filter(pk__in=page_ids).specific()
        results = Paginator(pages.search(query), RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        search_request_log(request, text=query, found=results.paginator.count > 0)
        promotions = search_promotion_list(text=query, locale=Locale.get_active())
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "search_results": results,
            "search_promotions": promotions,
            "query_shortened": cleaned.shortened,
            "max_query_length": MAX_QUERY_LENGTH,
        },
    )
