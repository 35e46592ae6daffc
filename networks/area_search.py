"""A closed area's own search: its live pages and its private documents, for its readers only.

Served by the area page's `search/` sub-route (`ClosedAreaPage.search`), so Wagtail's privacy
check and `access.wagtail_hooks` (login, 403, never cached) decide before anything here runs:
the outcome is exactly that of opening the area itself. Below the area, a page or collection
with its own extra restriction is left out for whoever it refuses, inside the search query.

Not the site search (`search/`, which may not be imported here) and not its log: a query in a
closed area may hold confidential words, so it is never counted (`search/logging.py`).
"""

from dataclasses import dataclass

from django import forms
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page

from access.rules import collections_refused_below, pages_refused_below
from access.selectors import network_access_for
from core.search_text import MAX_QUERY_LENGTH, highlight, search_query_clean
from privatemedia.selectors import closed_area_collections_for

RESULTS_PER_PAGE = 10


class AreaSearchForm(forms.Form):
    """What a reader may ask an area's search: words and a page number, nothing else."""

    q = forms.CharField(label=_("Search this area"), required=False, strip=False)
    page = forms.IntegerField(required=False, min_value=1)

    query_shortened = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["q"].widget = forms.TextInput(
            attrs={"type": "search", "maxlength": MAX_QUERY_LENGTH}
        )
        # A NUL byte is a word break to `search_query_clean`, not an error for the reader.
        self.fields["q"].validators = []

    def clean_q(self) -> str:
        cleaned = search_query_clean(self.cleaned_data.get("q") or "")
        self.query_shortened = cleaned.shortened
        return cleaned.text

    def search_data(self) -> tuple[str, int]:
        """The query and the page number; an invalid page number is page 1, never a 500."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return data.get("q", ""), data.get("page") or 1


@dataclass(frozen=True)
class AreaSearchHit:
    """One result as the reader sees it: a page of the area or one of its documents."""

    title: str
    url: str
    kind: str  # the page type's name, or "Document (PDF)"
    snippet: str
    content_language: str = ""  # the page's language code (for core's lang marks); "" for documents
    is_document: bool = False


class _Chained:
    """The area's pages, then its documents, as one sequence a `Paginator` can slice: two
    count queries and at most two searches for any page of results."""

    def __init__(self, pages, documents):
        self.pages = pages
        self.documents = documents

    def count(self) -> int:
        if not hasattr(self, "_counts"):
            self._counts = (self.pages.count(), self.documents.count())
        return sum(self._counts)

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, window: slice) -> list:
        self.count()
        page_count = self._counts[0]
        start, stop = window.start or 0, window.stop
        items = []
        if start < page_count:
            items.extend(self.pages[start : min(stop, page_count)])
        if stop > page_count:
            items.extend(self.documents[max(start - page_count, 0) : stop - page_count])
        return items


def area_pages(*, area: Page, locale: Locale, request: HttpRequest):
    """Live pages below `area` (every language version of it) in `locale`, Dutch where no
    translation is live, without those an extra restriction below the area refuses."""
    versions = list(Page.objects.filter(translation_key=area.translation_key).only("path", "depth"))
    below = Q(pk__in=[])
    for version in versions:
        below |= Q(path__startswith=version.path, depth__gt=version.depth)
    live = (
        Page.objects.live()
        .filter(below)
        .exclude(pages_refused_below(roots=versions, request=request))
    )
    default = Locale.get_default()
    if locale.pk == default.pk:
        return live.filter(locale=locale)
    translated_keys = live.filter(locale=locale).order_by().values("translation_key")
    return live.filter(
        Q(locale=locale) | (Q(locale=default) & ~Q(translation_key__in=translated_keys))
    )


def area_documents(*, area: Page, request: HttpRequest):
    """The documents in the area's own collection and its child collections, without those
    an extra restriction on a child collection refuses; none when the area has no collection.
    """
    document_model = get_document_model()
    access = network_access_for(page=area)
    collection = (
        closed_area_collections_for(access=access).get(area.area) if access is not None else None
    )
    if collection is None:
        return document_model.objects.none()
    inside = document_model.objects.filter(collection__path__startswith=collection.path).exclude(
        collections_refused_below(roots=[collection], request=request)
    )
    # The search backends filter on indexed fields: the id, with the collection in a subquery.
    return document_model.objects.filter(pk__in=inside.order_by().values("pk"))


def area_search(
    *, area: Page, query: str, page_number: int, locale: Locale, request: HttpRequest
) -> PaginatorPage | None:
    """One page of the area's results for `query` (pages first, then documents, each by
    relevance), or None without a query. A fixed number of queries for any number of results.
    """
    if not query:
        return None
    pages = area_pages(area=area, locale=locale, request=request).search(query)
    documents = area_documents(area=area, request=request).search(query)
    results = Paginator(_Chained(pages, documents), RESULTS_PER_PAGE).get_page(page_number)
    results.object_list = _hits(list(results.object_list), query=query, request=request)
    return results


def _hits(found: list, *, query: str, request: HttpRequest) -> list[AreaSearchHit]:
    page_ids = [item.pk for item in found if isinstance(item, Page)]
    # The pages as their own types (for their text): one query per page type shown.
    specific = Page.objects.filter(pk__in=page_ids).specific().in_bulk() if page_ids else {}
    languages = dict(Locale.objects.values_list("pk", "language_code")) if page_ids else {}
    hits = []
    for item in found:
        if isinstance(item, Page):
            page = specific.get(item.pk)
            if page is None:
                continue
            hits.append(
                AreaSearchHit(
                    title=page.title,
                    url=page.get_url(request=request) or "",
                    kind=str(page.get_verbose_name()),
                    snippet=highlight(_page_text(page), query),
                    content_language=languages.get(page.locale_id, ""),
                )
            )
        else:
            extension = item.file_extension.upper()
            hits.append(
                AreaSearchHit(
                    title=item.title,
                    url=item.url,
                    kind=(
                        _("Document (%(extension)s)") % {"extension": extension}
                        if extension
                        else str(_("Document"))
                    ),
                    snippet="",
                    is_document=True,
                )
            )
    return hits


def _page_text(page: Page) -> str:
    for field in ("intro", "search_description", "listing_summary"):
        text = getattr(page, field, "")
        if text:
            return strip_tags(str(text))
    return ""
