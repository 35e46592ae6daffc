"""Writes of the search log: a visitor's query counted per day, and old days pruned."""

import datetime
import re

from django.db import connection, transaction
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


def search_hit_record(*, text: str, language: str, found: bool) -> None:
    """Count one search for `text` today, and, when it `found` nothing, one search without
    results in `language`. Only the scrubbed text and daily counts are stored.

    Upserts (`INSERT ... ON CONFLICT`): on PostgreSQL one statement for all of it, elsewhere
    one a row. Each statement is atomic; two searches at once both count. On PostgreSQL, out
    of any transaction, the statement does not wait for the disk (`synchronous_commit` off
    for it alone: ~0.7 ms instead of ~6 ms here, and each search served from the page cache
    pays it): a crash of PostgreSQL may lose the last fraction of a second of counts, never
    anything else."""
    logged = search_log_text(text)
    if not logged:
        return
    # The site's day (Brussels), as the zero-result log below: Wagtail's default is UTC's.
    today = timezone.localdate()
    statements = _search_hit_statements(
        logged=logged, language=language[:8], date=today, found=found
    )
    with connection.cursor() as cursor:
        for sql, params in statements:
            cursor.execute(sql, params)


# The upserts of the log, on the tables of `Query`, `QueryDailyHits` and `ZeroResultQuery`.
QUERY_UPSERT = (
    "INSERT INTO wagtailsearchpromotions_query (query_string) VALUES (%s) "
    "ON CONFLICT (query_string) DO UPDATE SET query_string = EXCLUDED.query_string"
)
DAILY_UPSERT = (
    "INSERT INTO wagtailsearchpromotions_querydailyhits (query_id, date, hits) VALUES "
    "((SELECT id FROM wagtailsearchpromotions_query WHERE query_string = %s), %s, 1) "
    "ON CONFLICT (query_id, date) DO UPDATE "
    "SET hits = wagtailsearchpromotions_querydailyhits.hits + 1"
)
ZERO_UPSERT = (
    "INSERT INTO search_zeroresultquery (query_string, language, date, hits) "
    "VALUES (%s, %s, %s, 1) ON CONFLICT (query_string, language, date) DO UPDATE "
    "SET hits = search_zeroresultquery.hits + 1"
)
# PostgreSQL: all in one statement (data-modifying WITH), with the zero count or without.
# Prefixed with NO_DISK_WAIT (read by the final INSERT's `CROSS JOIN no_disk_wait`, so that
# it runs) out of a transaction; else with an empty `no_disk_wait`.
NO_DISK_WAIT = "WITH no_disk_wait AS (SELECT set_config('synchronous_commit', 'off', true)), "
DISK_WAIT = "WITH no_disk_wait AS (SELECT 1), "
POSTGRESQL_HIT = (
    "logged AS (INSERT INTO wagtailsearchpromotions_query (query_string) VALUES (%s) "
    "ON CONFLICT (query_string) DO UPDATE SET query_string = EXCLUDED.query_string "
    "RETURNING id) "
    "INSERT INTO wagtailsearchpromotions_querydailyhits (query_id, date, hits) "
    "SELECT id, %s, 1 FROM logged CROSS JOIN no_disk_wait ON CONFLICT (query_id, date) DO UPDATE "
    "SET hits = wagtailsearchpromotions_querydailyhits.hits + 1"
)
POSTGRESQL_ZERO_HIT = (
    "logged AS (INSERT INTO wagtailsearchpromotions_query (query_string) VALUES (%s) "
    "ON CONFLICT (query_string) DO UPDATE SET query_string = EXCLUDED.query_string "
    "RETURNING id), "
    "zero AS (INSERT INTO search_zeroresultquery (query_string, language, date, hits) "
    "VALUES (%s, %s, %s, 1) ON CONFLICT (query_string, language, date) DO UPDATE "
    "SET hits = search_zeroresultquery.hits + 1) "
    "INSERT INTO wagtailsearchpromotions_querydailyhits (query_id, date, hits) "
    "SELECT id, %s, 1 FROM logged CROSS JOIN no_disk_wait ON CONFLICT (query_id, date) DO UPDATE "
    "SET hits = wagtailsearchpromotions_querydailyhits.hits + 1"
)


def _search_hit_statements(
    *, logged: str, language: str, date: datetime.date, found: bool
) -> list[tuple[str, list]]:
    if connection.vendor == "postgresql":
        # Local to the statement's own transaction: never a caller's, never the connection's.
        prefix = DISK_WAIT if connection.in_atomic_block else NO_DISK_WAIT
        if found:
            return [(prefix + POSTGRESQL_HIT, [logged, date])]
        return [(prefix + POSTGRESQL_ZERO_HIT, [logged, logged, language, date, date])]
    date = date.isoformat()  # SQLite keeps dates as text
    zero_params = [logged, language, date]
    statements = [(QUERY_UPSERT, [logged]), (DAILY_UPSERT, [logged, date])]
    if not found:
        statements.append((ZERO_UPSERT, zero_params))
    return statements


@transaction.atomic
def search_log_prune(*, days: int) -> int:
    """Delete the daily counts older than `days` days, and the queries left without counts or
    promotions. Returns the number of daily rows deleted."""
    cutoff = timezone.localdate() - datetime.timedelta(days=days)
    hits, _ = QueryDailyHits.objects.filter(date__lt=cutoff).delete()
    zero, _ = ZeroResultQuery.objects.filter(date__lt=cutoff).delete()
    Query.garbage_collect()
    return hits + zero
