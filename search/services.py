"""Writes of the search log: a visitor's query counted per day, and old days pruned."""

import datetime
import re

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

from search.models import QUERY_TEXT_MAX_LENGTH, ZeroResultQuery

EMAIL_MARKER = "[e-mail]"
NUMBER_MARKER = "[nummer]"
# Anything around an @ is taken for an e-mail address; six digits or more (phone, national
# register, account numbers) for a personal number. Both are logged as a marker only.
EMAIL = re.compile(r"\S*@\S*")
LONG_NUMBER = re.compile(r"\d[\d .\-/]{4,}\d")


def search_log_text(text: str) -> str:
    """`text` as the log keeps it: e-mail addresses and long numbers replaced by a marker,
    lowercase, whitespace collapsed, at most 255 characters."""
    text = EMAIL.sub(EMAIL_MARKER, text)
    text = LONG_NUMBER.sub(
        lambda match: NUMBER_MARKER if sum(c.isdigit() for c in match[0]) >= 6 else match[0],
        text,
    )
    return normalise_query_string(" ".join(text.split()))[:QUERY_TEXT_MAX_LENGTH]


@transaction.atomic
def search_hit_record(*, text: str, language: str, found: bool) -> None:
    """Count one search for `text` today, and, when it `found` nothing, one search without
    results in `language`. Only the scrubbed text and daily counts are stored."""
    logged = search_log_text(text)
    if not logged:
        return
    # The site's day (Brussels), as the zero-result log below: Wagtail's default is UTC's.
    Query.get(logged).add_hit(date=timezone.localdate())
    if found:
        return
    today = timezone.localdate()
    row, _ = ZeroResultQuery.objects.get_or_create(
        query_string=logged, language=language[:8], date=today
    )
    ZeroResultQuery.objects.filter(pk=row.pk).update(hits=F("hits") + 1)


@transaction.atomic
def search_log_prune(*, days: int) -> int:
    """Delete the daily counts older than `days` days, and the queries left without counts or
    promotions. Returns the number of daily rows deleted."""
    cutoff = timezone.localdate() - datetime.timedelta(days=days)
    hits, _ = QueryDailyHits.objects.filter(date__lt=cutoff).delete()
    zero, _ = ZeroResultQuery.objects.filter(date__lt=cutoff).delete()
    Query.garbage_collect()
    return hits + zero
