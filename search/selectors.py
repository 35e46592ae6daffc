"""Reads of the search log and of the promoted results."""

import datetime
from dataclasses import dataclass

from django.db.models import QuerySet, Sum
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from core.localization import in_language
from search.models import ZeroResultQuery

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
    """
    query_string = normalise_query_string(text)
    if not query_string:
        return []
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
