"""The site search: one search query with every filter inside it, and what a result shows.

Locale, live, public, theme, network, type and audience are all conditions of the queryset
the search backend runs (subqueries, never a list of page ids in Python), so the work per
search does not grow with the site outside the search engine.

Also the reads of the search log and of the promoted results.
"""

import datetime
import functools
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any
from urllib.parse import urlencode

from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Case, F, Lookup, OuterRef, Q, QuerySet, Subquery, Sum, When
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from core.documents import documents_published
from core.fragments import shared_value, shared_values_together
from core.localization import (
    in_language,
    page_locale,
    pages_locale_attach,
    translation_places,
    tree_kept_q,
    tree_places_q,
)
from core.search_text import highlight
from core.visibility import restricted_paths_kept
from events.selectors import FilterChoice
from glossary.selectors import term_expansions
from search.backend import KeyListed, broad_search
from search.forms import ContentKind
from search.highlight import headlines
from search.models import ZeroResultQuery
from search.query import SearchExpression, TermUse, search_expression

RESULTS_PER_PAGE = 10
# A search counts its results only as far as its pager reaches from the page read
# (`count_cap`): beyond that the page says "more than 200 results" (or 1,000) and pages
# through the first 200 (or 1,000). Each result counted is an index entry looked up as a page
# with the search's filters: counting the 9,000 matches of a common word cost more than
# finding the ten shown, and a first page that counts to 1,000 spends a third of a new
# search's SQL on results hardly anyone pages to.
COUNT_CAP = 1000
# The filters (besides a theme) that make a search narrow: the backend then ranks more of
# the matches in full (search.backend.broad_search).
BROAD_UNLESS = ("network", "kind", "audience")
# The count of the first pages, those within three quarters of it (pages 1 to 15): their
# pager reaches page 20, and from page 16 on the count goes on to COUNT_CAP.
NEAR_COUNT_CAP = 200


@dataclass
class SearchResults:
    page: PaginatorPage | None
    # At most the page's `count_cap`: `count_capped` says there are more.
    count: int
    # With a theme chosen: how many more the same search finds outside it (at most
    # NEAR_COUNT_CAP: `elsewhere_capped` says there are more).
    elsewhere_count: int = 0
    # The glossary terms the search used (their synonyms searched for too).
    terms: tuple[TermUse, ...] = ()
    count_capped: bool = False
    elsewhere_capped: bool = False


def count_cap(number: int | None) -> int:
    """How far the count of results page `number` goes: NEAR_COUNT_CAP for a page within its
    first three quarters, COUNT_CAP beyond. So the pager of a first page still reaches
    pages the reader has not seen, and a reader who goes that far gets the longer count."""
    if (number or 1) * RESULTS_PER_PAGE <= NEAR_COUNT_CAP * 3 // 4:
        return NEAR_COUNT_CAP
    return COUNT_CAP


def count_at_most(found, cap: int | None = None, *, from_pages: bool = False) -> int:
    """How many of the search results `found` there are, counting at most `cap` + 1 of them
    (COUNT_CAP + 1 unless given: a count that stops there, + 1 meaning "more than").

    `from_pages`: the search's filters keep few of its matches (a theme): on PostgreSQL the
    count then reads the pages that pass them, not each match in turn
    (`BoundedRankSearchResults.counted_from_pages`)."""
    cap = COUNT_CAP if cap is None else cap
    if isinstance(found, FavouredResults):
        return found.count_at_most(cap, from_pages=from_pages)
    if from_pages and hasattr(found, "counted_from_pages"):
        found = found.counted_from_pages()
    return found[: cap + 1].count()


class CappedPaginator(Paginator):
    """A paginator over search results whose count stops at `cap` + 1 (COUNT_CAP unless
    given): the pages reach the first `cap` results, and `capped` says there are more.
    `counted_from_pages`: when the results are counted, the same results in another
    statement, which the count reads from the pages (`count_at_most`'s `from_pages`)."""

    def __init__(
        self,
        object_list,
        per_page,
        *,
        counted_from_pages: Callable | None = None,
        cap: int | None = None,
        **kwargs,
    ):
        super().__init__(object_list, per_page, **kwargs)
        self.counted_from_pages = counted_from_pages
        self.cap = COUNT_CAP if cap is None else cap

    @cached_property
    def counted(self) -> int:
        if self.counted_from_pages is not None:
            return count_at_most(self.counted_from_pages(), self.cap, from_pages=True)
        return count_at_most(self.object_list, self.cap)

    @cached_property
    def count(self) -> int:
        return min(self.counted, self.cap)

    @property
    def capped(self) -> bool:
        return self.counted > self.cap


def _kind_models(kind: str) -> list:
    return [apps.get_model(app_label, model) for app_label, model in ContentKind.MODELS[kind]]


def live_public_pages() -> QuerySet:
    """Every live page outside the view-restricted sections (`access.rules.pages_public`, the
    rule listings use too, with the restricted paths kept between requests)."""
    return _live_public_pages(restricted_paths_kept())


def _live_public_pages(restricted_paths: tuple[str, ...]) -> QuerySet:
    from access.rules import pages_public

    return pages_public(Page.objects.live(), restricted_paths=restricted_paths)


def _in_search_language(live: QuerySet, *, locale: Locale) -> QuerySet:
    """`live` in `locale`, and in Dutch where a page has no translation in `locale`."""
    # The default locale by its code, a condition of the statement (no look-up of its own).
    default_code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    if locale.language_code == default_code:
        return live.filter(locale=locale)
    translated_keys = live.filter(locale=locale).order_by().values("translation_key")
    default_locale = Locale.objects.filter(language_code=default_code).values("pk")
    return live.filter(
        Q(locale=locale) | (Q(locale__in=default_locale) & ~Q(translation_key__in=translated_keys))
    )


class KeptPagesCondition(Lookup):
    """A condition on pages written as one SQL fragment, compiled once per database and key
    and kept in the process (`_kept_condition_sql`), where building and compiling its nested
    querysets cost a search about 0.5 ms a statement (a theme's: 1 ms), two to four statements
    a search. `rhs` names the condition and its key: ("searchable", ...) the pages a search
    may find (`searchable_pages`), ("theme", ...) a theme's (`theme_q`). Each key holds all
    the condition depends on, read from values every purge forgets (the restricted paths, a
    theme's places), so that a change is a new key, compiled anew; the keys no longer read
    drop out of the small cache.

    A lookup on the page's key, so that the search backend's check of the filters accepts it,
    and a statement that reads the pages under another alias (as a subquery: a theme's
    count) relabels it; that alias is part of the kept SQL's key."""

    lookup_name = "kept_condition"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        return _kept_condition_sql(connection.alias, self.rhs, self.lhs.alias)


def _kept_condition_pages(condition: tuple) -> QuerySet:
    name, key = condition
    if name == "searchable":
        locale_pk, language_code, restricted_paths = key
        locale = Locale(pk=locale_pk, language_code=language_code)
        return _in_search_language(_live_public_pages(restricted_paths), locale=locale)
    if name == "theme":
        translation_key, places, tags_listed = key
        return Page.objects.filter(_theme_condition(translation_key, places, tags_listed))
    raise ValueError(name)


# The few languages' and themes' conditions (a theme's for every language), under the page
# table's own alias or a subquery's, a few times over when restrictions or places change
# between two restarts.
@functools.lru_cache(maxsize=64)
def _kept_condition_sql(database: str, condition: tuple, alias: str) -> tuple[str, tuple]:
    query = _kept_condition_pages(condition).query
    compiler = query.get_compiler(using=database)
    where = query.where
    table = Page._meta.db_table
    if alias != table:
        # Read from a subquery's alias (U0...), written unquoted as Django writes it there.
        where = where.relabeled_clone({table: alias})
        compiler.quote_cache[alias] = alias
    sql, params = compiler.compile(where)
    return f"({sql})", tuple(params)


def searchable_pages(
    *,
    locale: Locale,
    theme: "Page | FilterChoice | None" = None,
    network: "Page | FilterChoice | None" = None,
    kind: str = "",
    audience: str = "",
) -> QuerySet:
    """Live public pages in `locale` (Dutch where untranslated) that pass the filters: a
    queryset the search backend turns into one SQL statement with the full-text match. The
    condition of the language and of what is public is compiled once and kept
    (`KeptPagesCondition`)."""
    from django.contrib.contenttypes.models import ContentType

    from events.models import Audience, EventPage
    from publications.models import PublicationPage

    key = (locale.pk, locale.language_code, restricted_paths_kept())
    pages = Page.objects.filter(KeptPagesCondition(F("pk"), ("searchable", key)))
    if theme is not None:
        pages = pages.filter(theme_q(theme))
    if network is not None:
        pages = pages.filter(tree_kept_q(network))
    if kind and kind != ContentKind.DOCUMENTS:
        content_types = ContentType.objects.get_for_models(*_kind_models(kind)).values()
        pages = pages.filter(content_type__in=[ct.pk for ct in content_types])
    if audience:
        # Events and publications for another audience drop out; those for everyone and
        # other pages stay.
        for model in (EventPage, PublicationPage):
            other = model.objects.exclude(audience__in=[audience, Audience.EVERYONE])
            pages = pages.exclude(pk__in=other.order_by().values("pk"))
    return pages


def theme_q(theme: "Page | FilterChoice", *, tags_listed: bool = False) -> Q:
    """The pages of `theme`: tagged with it (tags point at the Dutch theme page: matched by
    key), and the theme's own subtree in every language (its places kept until the next
    purge: no query once kept). Compiled once per theme, places and form
    (`KeptPagesCondition`).

    `tags_listed` (PostgreSQL only): each tag table's pages as a list of keys
    (`key = ANY (ARRAY(...))`), which PostgreSQL looks up in the pages' index, where a
    subquery (`key IN (...)`) is tested on each page read: for a statement that reads the
    theme's pages from the page table (the count of a theme's results), not one that tests a
    few pages against the theme (a long list is read through for each)."""
    places = tuple(translation_places(theme.translation_key))
    key = (theme.translation_key, places, tags_listed)
    return Q(KeptPagesCondition(F("pk"), ("theme", key)))


def _theme_condition(translation_key, places: tuple[tuple[str, int], ...], tags_listed: bool) -> Q:
    from events.models import EventPage
    from networks.models import NetworkPage, ProjectPage
    from publications.models import PublicationPage

    # Read from each type's tag table alone: the tagged page's key is in it, and the theme
    # pages with the key are one index look-up (no join with the type's and the theme's
    # tables to build, compile and plan four times over).
    theme_pages = Page.objects.filter(translation_key=translation_key).values("pk")
    tagged = Q(pk__in=[])
    for model in (EventPage, NetworkPage, ProjectPage, PublicationPage):
        field = model._meta.get_field("themes")
        tags = field.remote_field.through.objects.filter(
            **{f"{field.m2m_reverse_field_name()}__in": theme_pages}
        )
        keys = tags.order_by().values(field.m2m_field_name())
        tagged |= Q(KeyListed(F("pk"), Subquery(keys))) if tags_listed else Q(pk__in=keys)
    return tagged | tree_places_q(places)


def filter_query(form_data: dict[str, Any], *, without: str = "") -> str:
    """The chosen filters, URL-encoded, for the pager's links (the query goes as `q`)."""
    values = {
        "theme": form_data["theme"].slug if form_data.get("theme") else "",
        "network": form_data["network"].slug if form_data.get("network") else "",
        "kind": form_data.get("kind", ""),
        "audience": form_data.get("audience", ""),
        "order": form_data.get("order", ""),
    }
    return urlencode({key: value for key, value in values.items() if value and key != without})


def search_results(
    *,
    form_data: dict[str, Any],
    locale: Locale,
    lens: str | None = None,
    expression: SearchExpression | None = None,
) -> SearchResults:
    """One page of results for the form's cleaned data, or no page without a query; with the
    reader's KO/GO `lens`, the results for that audience first (`search_favouring_lens`).
    `expression` is the query's `search_query_expression` when the caller has it already."""
    query = form_data.get("q", "")
    if not query or form_data.get("kind") == ContentKind.DOCUMENTS:
        return SearchResults(page=None, count=0)
    if expression is None:
        expression = search_query_expression(text=query, locale=locale)
    theme = form_data.get("theme")
    # The theme's condition read once (its subtrees' paths) for its results and the count
    # outside it.
    everywhere = searchable_pages(
        locale=locale,
        network=form_data.get("network"),
        kind=form_data.get("kind", ""),
        audience=form_data.get("audience", ""),
    )
    in_theme = theme_q(theme) if theme is not None else None
    pages = everywhere if in_theme is None else everywhere.filter(in_theme)
    found = search_favouring_lens(
        pages, lens=lens, search=lambda subset: _ordered_search(subset, expression.query, form_data)
    )
    counted_from_pages = None
    if theme is not None and connection.vendor == "postgresql":
        # A theme keeps few of a common word's matches: its count reads the theme's pages
        # (looked up by key and by place), then which of them match.
        counted_from_pages = partial(_theme_search, everywhere, theme, expression.query)
    # Without a filter nearly every match the backend ranks is a result: fewer ranked.
    broad = theme is None and not any(form_data.get(name) for name in BROAD_UNLESS)
    with broad_search(broad):
        page = results_page(found, form_data.get("page"), counted_from_pages=counted_from_pages)
        rows = list(page.object_list)  # read here: a later page's rows are read lazily
    page.object_list = search_results_attach(
        rows,
        query=expression.rest,
        locale=locale,
        phrases=expression.phrases,
    )
    elsewhere = 0
    if in_theme is not None:
        # One count query, stopping at NEAR_COUNT_CAP + 1 (a link's label, "more than 200
        # results in other themes"): the same search and filters, outside the theme.
        elsewhere = count_at_most(
            everywhere.exclude(in_theme).search(expression.query), NEAR_COUNT_CAP
        )
    return SearchResults(
        page=page,
        count=page.paginator.count,
        elsewhere_count=min(elsewhere, NEAR_COUNT_CAP),
        terms=expression.terms,
        count_capped=page.paginator.capped,
        elsewhere_capped=elsewhere > NEAR_COUNT_CAP,
    )


def _theme_search(pages: QuerySet, theme: Page, query):
    """`pages` of `theme` searched for `query`, in no order, the theme's tagged pages listed
    (`theme_q`'s `tags_listed`): for a count that reads the theme's pages."""
    return pages.filter(theme_q(theme, tags_listed=True)).search(query, order_by_relevance=False)


def results_page(
    found, number: int | None, *, counted_from_pages: Callable | None = None
) -> PaginatorPage:
    """Page `number` of the search results `found`. The first page reads one result more than
    it shows: when that one is not there, the page holds every result and the count needs no
    full-text statement of its own (a count runs only for a full first page, or page 2 on).
    The count stops at `count_cap(number)` + 1 (`CappedPaginator`, `counted_from_pages` as
    there)."""
    paginator = CappedPaginator(
        found,
        RESULTS_PER_PAGE,
        counted_from_pages=counted_from_pages,
        cap=count_cap(number),
    )
    if (number or 1) != 1:
        return paginator.get_page(number)
    rows = list(found[: RESULTS_PER_PAGE + 1])
    if len(rows) <= RESULTS_PER_PAGE:
        paginator.counted = len(rows)  # a cached_property: set, not counted
    return paginator._get_page(rows[:RESULTS_PER_PAGE], 1, paginator)


def search_query_expression(*, text: str, locale: Locale) -> SearchExpression:
    """The search for `text` with the synonyms of the glossary terms in it, from the glossary
    in `locale` (Dutch where a term is not translated). At most one query (none when cached)."""
    return search_expression(text, term_expansions(text=text, locale=locale))


def _ordered_search(pages: QuerySet, query: str, form_data: dict[str, Any]):
    """`pages` searched for `query`, by relevance or (order "date") newest first."""
    if form_data.get("order") == "date":
        return pages.order_by(*_date_order()).search(query, order_by_relevance=False)
    return pages.search(query)


def _date_order() -> list:
    """Newest first: an event by its start, any other page by its last publication.

    Wagtail's database backends order search results by any expression (their compilers set
    HANDLES_ORDER_BY_EXPRESSIONS), so the event's start comes from a subquery inside the one
    search statement. Elasticsearch/OpenSearch sort only on indexed fields: there the order is
    the publication date alone.
    """
    from events.models import EventPage

    if not getattr(
        get_search_backend().query_compiler_class, "HANDLES_ORDER_BY_EXPRESSIONS", False
    ):
        return ["-last_published_at"]
    # No ordering in the subquery: the event model's own (by path) cost a join and a sort for
    # every match (80 of 200 ms at 10,000 pages, bench/bench_search.py).
    start = EventPage.objects.filter(pk=OuterRef("pk")).order_by().values("start")[:1]
    # Looked up for the event pages only (their content types, kept by Django: no query): an
    # event has a row of its type, another page none. One look-up a match was 4,548 for
    # "afval" at 10,000 pages, 1,310 of them events.
    event_types = get_descendants_content_types_pks(EventPage)
    date = Case(
        When(content_type__in=event_types, then=Subquery(start)),
        default=F("last_published_at"),
    )
    return [date.desc(nulls_last=True), F("pk").desc()]


class FavouredResults:
    """Two searches read as one list, for Django's Paginator: the favoured results, then the
    rest. The count is one count query of the `whole` search (both parts); a page is one slice
    of one search, or of both at the boundary; no ids pass through Python. The favoured part
    is counted only when a slice starts beyond its end (a short slice tells where it ends),
    and only up to COUNT_CAP + 1: slices within the first COUNT_CAP results (what
    `CappedPaginator` reads) need no more."""

    def __init__(self, favoured, rest, whole):
        self.favoured = favoured
        self.rest = rest
        self.whole = whole

    @cached_property
    def favoured_count(self) -> int:
        # Where the favoured part ends, as far as a pager reads (COUNT_CAP): beyond that
        # its count stops.
        return count_at_most(self.favoured)

    @cached_property
    def total(self) -> int:
        return self.whole.count()

    def count(self) -> int:
        return self.total

    def count_at_most(self, cap: int, *, from_pages: bool = False) -> int:
        return count_at_most(self.whole, cap, from_pages=from_pages)

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, key: slice) -> list:
        if not isinstance(key, slice) or key.step is not None:
            raise TypeError("FavouredResults reads slices only")
        start = key.start or 0
        stop = key.stop if key.stop is not None else self.count()
        if stop <= start:
            return []
        if "favoured_count" not in self.__dict__:
            found = list(self.favoured[start:stop])
            if len(found) == stop - start:
                return found  # all favoured: where the part ends does not matter here
            if found or start == 0:
                self.favoured_count = start + len(found)
                return found + list(self.rest[0 : stop - self.favoured_count])
        boundary = self.favoured_count
        found = list(self.favoured[start : min(stop, boundary)]) if start < boundary else []
        if stop > boundary:
            found += list(self.rest[max(start - boundary, 0) : stop - boundary])
        return found


def search_favouring_lens(pages: QuerySet, *, lens: str | None, search: Callable):
    """`search(pages)`, or with a KO/GO lens on, `search` over the pages for that audience
    (events and publications for it or for everyone, and every other page) followed by
    `search` over the events and publications for the other audience: nothing hidden, the
    count unchanged, each part in the order `search` gives."""
    from events.selectors import event_audience_after_lens

    other_audience = event_audience_after_lens(lens)
    if other_audience is None:
        return search(pages)
    from events.models import EventPage
    from publications.models import PublicationPage

    other = Q(pk__in=EventPage.objects.filter(audience=other_audience).order_by().values("pk"))
    other |= Q(
        pk__in=PublicationPage.objects.filter(audience=other_audience).order_by().values("pk")
    )
    return FavouredResults(search(pages.exclude(other)), search(pages.filter(other)), search(pages))


# A result's own fields that its snippet may come from, in this order (`search_description`,
# on every page, is read from the search's own row).
SNIPPET_FIELDS = ("intro", "search_description", "listing_summary", "aim")


def _lookup_from_page(model: type[Page]) -> str:
    """The lookup from `Page` to `model`'s own row (`eventpage`, or through its parents)."""
    names = []
    while model is not Page:
        parent, link = next(iter(model._meta.parents.items()))
        names.append(link.related_query_name())
        model = parent
    return "__".join(reversed(names))


def _own_field_names(model: type[Page]) -> list[str]:
    """The fields a result shows that `model` adds to `Page`: snippet texts, `start`, `themes`."""
    names = []
    for name in (*SNIPPET_FIELDS, "start", "themes"):
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if field.model is not Page and (field.concrete or field.many_to_many):
            names.append(name)
    return names


def _result_fields(pages: list) -> dict[int, dict[str, Any]]:
    """Each result's own fields (snippet texts, an event's `start`) and the translation keys
    of its themes, by page id: one statement for any number of results of any types, a left
    join to each type's own table (a page has a row in one of them: its themes do not
    multiply with another type's)."""
    columns: dict[str, str] = {}  # lookup -> field name
    for model in {page.specific_class for page in pages} - {Page, None}:
        prefix = _lookup_from_page(model)
        for name in _own_field_names(model):
            lookup = f"{prefix}__{name}"
            columns[f"{lookup}__translation_key" if name == "themes" else lookup] = name
    fields: dict[int, dict[str, Any]] = {page.pk: {"theme_keys": []} for page in pages}
    rows = Page.objects.filter(pk__in=list(fields)).order_by().values("pk", *columns)
    for row in rows:
        own = fields[row["pk"]]
        for lookup, name in columns.items():
            value = row[lookup]
            if value is None or value == "":
                continue
            if name == "themes":
                if value not in own["theme_keys"]:
                    own["theme_keys"].append(value)
            else:
                own[name] = value
    return fields


@dataclass(frozen=True)
class ResultDisplay:
    """What a page shows as a search result but its title and its snippet's marks, the same
    for every search: kept per page and language (`search_results_attach`). `url_parts`:
    Wagtail's `get_url_parts` of the page (None where it lies in more than one site: the
    reader's site then decides, `search_tags.search_result_url`)."""

    type_name: str
    content_language: str
    theme_titles: tuple[str, ...]
    network_title: str | None
    event_start: datetime.datetime | None
    snippet_text: str
    url_parts: tuple | None


def search_results_attach(
    pages: list, *, query: str, locale: Locale, phrases: tuple[str, ...] = ()
) -> list:
    """Set what a result shows on each of the search's `Page` rows: `type_name`,
    `content_language`, `theme_titles`, `network_title`, `event_start`, `url_parts`
    (`ResultDisplay`) and `search_snippet`.

    The display of each page is kept until the next purge (core.fragments: a publish, move
    or restriction changes it), per language, and read for the whole page of results in one
    cache read; the pages not kept are read together (`_results_display`: one statement for
    any number and any types of result). Then the snippets' headlines: one statement on
    PostgreSQL, whatever the number of results."""
    if not pages:
        return pages
    by_pk = {page.pk: page for page in pages}
    displays = shared_values_together(
        "search_result",
        {page.pk: (locale.pk, translation.get_language(), page.pk) for page in pages},
        lambda missing: _results_display([by_pk[pk] for pk in missing], locale=locale),
        # Another search finds other pages: not read ahead by the next search.
        read_ahead=False,
    )
    for page in pages:
        display = displays[page.pk]
        page.type_name = display.type_name
        page.content_language = display.content_language
        page.theme_titles = display.theme_titles
        page.network_title = display.network_title
        page.event_start = display.event_start
        page.url_parts = display.url_parts
    texts = [displays[page.pk].snippet_text for page in pages]
    snippets = headlines(texts, query, phrases=phrases)
    for page, snippet in zip(pages, snippets, strict=True):
        page.search_snippet = snippet
    return pages


def _results_display(pages: list, *, locale: Locale) -> dict[int, ResultDisplay]:
    """Each page's `ResultDisplay` by page id: its own fields and themes in one statement
    (`_result_fields`), the locales, themes and networks kept."""
    from networks.selectors import attach_network_pages
    from themes.selectors import theme_list_by_keys

    fields = _result_fields(pages)
    themes = theme_list_by_keys(
        keys={key for own in fields.values() for key in own["theme_keys"]}, locale=locale
    )  # no query once the themes are kept
    by_key = {theme.translation_key: theme for theme in themes}
    attach_network_pages(pages, locale=locale)
    pages_locale_attach(pages)
    displays = {}
    for page in pages:
        own = fields[page.pk]
        model = page.specific_class or Page
        own.setdefault("search_description", page.search_description)
        theme_list = sorted(
            (by_key[key] for key in own["theme_keys"] if key in by_key),
            key=lambda theme: theme.source_path,
        )
        displays[page.pk] = ResultDisplay(
            type_name=str(model.get_verbose_name()),
            content_language=page_locale(page).language_code,
            theme_titles=tuple(theme.title for theme in theme_list),
            network_title=page.network_page.title if page.network_page else None,
            event_start=own.get("start"),
            snippet_text=_snippet_text(own),
            url_parts=_url_parts(page),
        )
    return displays


def _url_parts(page: Page) -> tuple | None:
    """`page.get_url_parts()` where the page lies in one site only (where it lies in several,
    the reader's site picks one: computed for each reader)."""
    sites = {root.site_id for root in page._get_relevant_site_root_paths()}
    return page.get_url_parts() if len(sites) == 1 else None


def _snippet_text(own: dict[str, Any]) -> str:
    for field in SNIPPET_FIELDS:
        text = own.get(field, "")
        if text:
            return strip_tags(str(text))
    return ""


REPORT_DAYS = 30
REPORT_ROWS = 100


@dataclass(frozen=True)
class Promotion:
    """A promoted result as the reader sees it: a page (in their language) or a link."""

    title: str
    description: str
    page: Page | None = None
    url: str = ""


def search_promotion_list(*, text: str, locale: Locale) -> list[Promotion]:
    """The coordinator's promoted results for `text`, in their order: pages only when live and
    public (never a closed area's page or a draft), in the reader's language where that
    translation is live (the Dutch page otherwise, as every listing does), plus external links.

    Kept until the next purge (core.fragments: any page change, and a promotion's change,
    `search.signals`): which texts have promotions, and what each shows per language. A text
    without promotions costs no query once that set is kept.
    """
    query_string = normalise_query_string(text)
    if not query_string or query_string not in _promoted_query_strings():
        return []
    key = hashlib.sha256(query_string.encode()).hexdigest()[:32]
    return shared_value(
        "search_promotions",
        (key, locale.language_code),
        lambda: _promotions_resolved(query_string, locale=locale),
    )


def _promoted_query_strings() -> frozenset[str]:
    return shared_value(
        "search_promoted_queries",
        (),
        lambda: frozenset(
            Query.objects.filter(editors_picks__isnull=False).values_list("query_string", flat=True)
        ),
    )


def _promotions_resolved(query_string: str, *, locale: Locale) -> list[Promotion]:
    promotions = list(
        SearchPromotion.objects.filter(query__query_string=query_string).select_related("page")
    )
    if not promotions:
        return []
    keys = [promotion.page.translation_key for promotion in promotions if promotion.page]
    visible = in_language(
        Page.objects.live().public().filter(translation_key__in=keys), locale=locale
    ).specific()
    by_key = {page.translation_key: page for page in visible}
    shown = []
    for promotion in promotions:
        if promotion.page is None:
            if promotion.external_link_url:
                shown.append(
                    Promotion(
                        title=promotion.external_link_text or promotion.external_link_url,
                        description=promotion.description,
                        url=promotion.external_link_url,
                    )
                )
            continue
        page = by_key.pop(promotion.page.translation_key, None)
        if page is not None:
            shown.append(Promotion(title=page.title, description=promotion.description, page=page))
    return shown


def _since(days: int) -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=days - 1)


def search_frequent_query_list(*, days: int = REPORT_DAYS) -> QuerySet:
    """The most frequent queries of the last `days` days, with `searches` (their sum)."""
    return (
        Query.objects.filter(daily_hits__date__gte=_since(days))
        .annotate(searches=Sum("daily_hits__hits"))
        .order_by("-searches", "query_string")[:REPORT_ROWS]
    )


def search_zero_result_query_list(*, days: int = REPORT_DAYS) -> list[dict]:
    """The queries that found nothing in the last `days` days, summed over days, with the
    promotions' `Query` id where one exists (to promote a result for it)."""
    rows = list(
        ZeroResultQuery.objects.filter(date__gte=_since(days))
        .values("query_string", "language")
        .annotate(searches=Sum("hits"))
        .order_by("-searches", "query_string")[:REPORT_ROWS]
    )
    ids = dict(
        Query.objects.filter(query_string__in=[row["query_string"] for row in rows]).values_list(
            "query_string", "pk"
        )
    )
    for row in rows:
        row["query_id"] = ids.get(row["query_string"])
    return rows


# --- documents ---------------------------------------------------------------------------------

# Filters that say something about pages only: a document has no theme, network or audience.
PAGE_ONLY_FILTERS = ("theme", "network", "audience")
# With every kind of result: the best documents shown next to the first page of pages.
DOCUMENTS_IN_BLOCK = 3


@dataclass
class DocumentResults:
    """The documents a search found: a page of them (`kind=documents`) or the best few
    (`block`, next to the first page of every kind), and how many in all."""

    count: int = 0
    page: PaginatorPage | None = None
    block: tuple = ()
    # `kind=documents` with a theme, network or audience chosen: nothing searched.
    excluded_by_filters: bool = False


def searchable_documents() -> QuerySet:
    """The documents anyone may find: published through a page (a live, public page of any
    language links them: `core.documents.documents_published`, so an upload is findable only
    once the coordinator has approved a page that links it) and of no restricted collection,
    nor below one (the access app's rule). Documents have no language: one set for every
    reader."""
    from wagtail.documents import get_document_model

    from access.rules import documents_public

    pages = live_public_pages()
    return documents_public(documents_published(get_document_model().objects.all(), pages=pages))


def searchable_document_ids() -> tuple[int, ...]:
    """The keys of `searchable_documents()`, kept until the next purge (core.fragments: a
    page, document, collection restriction or settings change) and no longer than a search
    page is kept (PAGE_CACHE_SEARCH_SECONDS: with a task worker, Wagtail's reference index
    learns a page's links after the publish that purged). A search request then neither
    builds nor plans the subqueries of the rule, and without any findable document it runs no
    document statement at all."""
    return shared_value(
        "search_document_ids",
        (),
        lambda: tuple(searchable_documents().order_by("pk").values_list("pk", flat=True)),
        seconds=settings.PAGE_CACHE_SEARCH_SECONDS,
    )


def document_results(
    *,
    form_data: dict[str, Any],
    locale: Locale,
    expression: SearchExpression | None = None,
) -> DocumentResults:
    """The documents for the form's cleaned data: with `kind=documents` one page of them;
    with every kind the best `DOCUMENTS_IN_BLOCK` on the first page only; never with a
    theme, network or audience filter, which documents cannot meet. A fixed number of
    queries (a count, a slice, the tags of that slice) whatever the number of documents;
    none while no document is findable (`searchable_document_ids`)."""
    query = form_data.get("q", "")
    kind = form_data.get("kind", "")
    if not query or kind not in ("", ContentKind.DOCUMENTS):
        return DocumentResults()
    if any(form_data.get(name) for name in PAGE_ONLY_FILTERS):
        return DocumentResults(excluded_by_filters=kind == ContentKind.DOCUMENTS)
    findable = searchable_document_ids()
    if not findable:
        return DocumentResults()
    from wagtail.documents import get_document_model

    documents = get_document_model().objects.filter(pk__in=findable)
    if expression is None:  # the glossary's synonyms, as for pages
        expression = search_query_expression(text=query, locale=locale)
    if form_data.get("order") == "date":
        found = documents.order_by("-created_at").search(expression.query, order_by_relevance=False)
    else:
        found = documents.search(expression.query)
    if kind == ContentKind.DOCUMENTS:
        page = Paginator(found, RESULTS_PER_PAGE).get_page(form_data.get("page"))
        page.object_list = document_results_attach(list(page.object_list), expression=expression)
        return DocumentResults(count=page.paginator.count, page=page)
    if (form_data.get("page") or 1) != 1:
        return DocumentResults()
    block = tuple(document_results_attach(list(found[:DOCUMENTS_IN_BLOCK]), expression=expression))
    count = len(block) if len(block) < DOCUMENTS_IN_BLOCK else found.count()
    return DocumentResults(count=count, block=block)


def document_results_attach(documents: list, *, expression: SearchExpression) -> list:
    """Set what a document result shows: `file_type` (PDF), `file_size` (bytes, kept at
    upload; None if unknown) and `search_snippet` (its tags, the searched words marked).
    Each document's tag names are kept until the next purge (core.fragments: a document's
    change purges) and read for all in one cache read; those not kept in one query
    (`_document_tag_names`)."""
    if not documents:
        return documents
    content_type_pk = _document_content_type_pk(documents[0])
    tag_names = shared_values_together(
        "search_document_tags",
        {document.pk: (document.pk,) for document in documents},
        lambda missing: _document_tag_names(missing, content_type_pk=content_type_pk),
        read_ahead=False,  # another search finds other documents
    )
    for document in documents:
        document.file_type = document.file_extension.upper()
        tags = ", ".join(tag_names[document.pk])
        document.search_snippet = highlight(tags, expression.rest, phrases=expression.phrases)
    return documents


def _document_content_type_pk(document) -> int:
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(type(document)).pk  # kept by Django


def _document_tag_names(pks: list[int], *, content_type_pk: int) -> dict[int, tuple[str, ...]]:
    """The tag names of each document, in order, in one query: their names only (taggit's
    prefetch built a model instance per tag and cost twice the CPU)."""
    from taggit.models import TaggedItem

    names: dict[int, list[str]] = {pk: [] for pk in pks}
    rows = TaggedItem.objects.filter(
        content_type_id=content_type_pk, object_id__in=pks
    ).values_list("object_id", "tag__name")
    for object_id, name in rows:
        names[object_id].append(name)
    return {pk: tuple(sorted(found)) for pk, found in names.items()}
