from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import patch_cache_control

from core.localization import locale_active
from core.search_text import MAX_QUERY_LENGTH
from pagecache.store import StoreTerms, response_store_terms_set
from search.forms import FILTER_FIELDS, ContentKind, SearchForm
from search.logging import SEARCH_LOG_REPLAY, search_request_log
from search.selectors import (
    document_results,
    filter_query,
    search_promotion_list,
    search_query_expression,
    search_results,
)


def search(request: HttpRequest) -> HttpResponse:
    """Site search in the visitor's language; only live, public pages are searched, and
    the documents of public collections (with every kind: the best few on the first page).

    In English, Dutch pages without an English translation are searched too (and marked as
    Dutch in the results), as every English listing shows them.
    """
    locale = locale_active()
    form = SearchForm(request.GET, locale=locale)
    form_data = form.search_data()
    lens = getattr(request, "lens", None)
    # The query parsed once for the pages and the documents (not at all without a query).
    expression = None
    if form_data["q"]:
        expression = search_query_expression(text=form_data["q"], locale=locale)
    shared = {"form_data": form_data, "locale": locale, "expression": expression}
    results = search_results(lens=lens, **shared)
    documents = document_results(**shared)
    promotions = []
    logged = {}
    if form_data["q"]:
        found = results.count > 0 or documents.count > 0
        logged = {"text": form_data["q"], "found": found, "language": translation.get_language()}
        search_request_log(request, **logged)
        if results.page is None or results.page.number == 1:
            # Above the first page only: further pages continue the list the reader is in.
            promotions = search_promotion_list(text=form_data["q"], locale=locale)
    response = TemplateResponse(
        request,
        "search/search.html",
        {
            "form": form,
            "filter_fields": form.filter_fields_html(),
            "filter_errors": [form[name] for name in FILTER_FIELDS if form[name].errors],
            "filter_query": filter_query(form_data),
            "broaden_query": filter_query(form_data, without="theme"),
            "elsewhere_count": results.elsewhere_count,
            "elsewhere_capped": results.elsewhere_capped,
            "selected_theme": form_data["theme"],
            "search_query": form_data["q"],
            "search_results": results.page,
            "search_promotions": promotions,
            "document_results": documents,
            "documents_query": filter_query({**form_data, "kind": ContentKind.DOCUMENTS}),
            "search_terms": results.terms,
            "query_shortened": form.query_shortened,
            "max_query_length": MAX_QUERY_LENGTH,
            "search_lens": lens,
        },
    )
    if request.GET:
        # No CDN or browser keeps results: each search is counted (search.logging), which
        # only the page cache can do for a stored page (search.signals replays the count).
        patch_cache_control(response, private=True)
        if form.is_valid():
            # The same for every anonymous reader (no CSRF token, no cookie but the lens):
            # kept briefly, as random queries must not push the site's pages out. A filter
            # error is rarely asked twice: not kept.
            response_store_terms_set(
                response,
                StoreTerms(
                    seconds=settings.PAGE_CACHE_SEARCH_SECONDS,
                    replay={SEARCH_LOG_REPLAY: logged} if logged else {},
                ),
            )
    return response
