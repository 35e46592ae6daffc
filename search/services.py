"""Writes of the search log: a visitor's query counted per day, and old days pruned.

A worker counts its searches in memory and writes them together at most every
`SEARCH_LOG_WRITE_SECONDS` (`search_hits_write`: at the first search or request after that,
and when the worker stops; 0 writes each search at once): a search served from the page
cache then costs no statement at all most of the time (one upsert a hit halved the stored
search page's requests per second, bench/bench_pages.py). What a worker killed without
warning had counted in its last seconds is lost; the counts are a report, not a register.
"""

import datetime
import re
import threading
import time
from collections import Counter

from django.conf import settings
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


# A search counted: (the logged text, the language, the day, whether it found anything).
Hit = tuple[str, str, datetime.date, bool]
# At most this many different searches wait in a worker's memory: more are written at once.
PENDING_MAX = 1000
_pending: Counter[Hit] = Counter()
_pending_lock = threading.Lock()
_written_at = [time.monotonic()]


def search_hit_record(*, text: str, language: str, found: bool) -> None:
    """Count one search for `text` today, and, when it `found` nothing, one search without
    results in `language`. Only the scrubbed text and daily counts are stored: in this
    worker's memory until `search_hits_write` (due after `SEARCH_LOG_WRITE_SECONDS`)."""
    logged = search_log_text(text)
    if not logged:
        return
    # The site's day (Brussels), as the zero-result log below: Wagtail's default is UTC's.
    hit = (logged, language[:8], timezone.localdate(), found)
    if settings.SEARCH_LOG_WRITE_SECONDS <= 0:
        _hits_write({hit: 1})
        return
    with _pending_lock:
        _pending[hit] += 1
        due = len(_pending) >= PENDING_MAX or _write_due()
    if due:
        search_hits_write()


def _write_due() -> bool:
    return time.monotonic() - _written_at[0] >= settings.SEARCH_LOG_WRITE_SECONDS


def search_hits_write() -> int:
    """Write the searches this worker counted and has not written; how many. When the
    database refuses them they wait for the next write (as many as PENDING_MAX different
    ones), and the error is raised."""
    with _pending_lock:
        hits = dict(_pending)
        _pending.clear()
        _written_at[0] = time.monotonic()
    if not hits:
        return 0
    counted = sum(hits.values())
    try:
        _hits_write(hits)
    except Exception:
        with _pending_lock:
            for hit, count in hits.items():  # those not written
                if hit in _pending or len(_pending) < PENDING_MAX:
                    _pending[hit] += count
        raise
    return counted


def search_hits_due() -> bool:
    """Whether searches wait to be written and `SEARCH_LOG_WRITE_SECONDS` have passed since
    the last write (this process's memory alone: asked after every request)."""
    return bool(_pending) and _write_due()


def _hits_write(hits: dict[Hit, int]) -> None:
    """Upserts (`INSERT ... ON CONFLICT`): on PostgreSQL one statement a search counted,
    elsewhere one a row. Each statement is atomic; two workers writing at once both count.
    On PostgreSQL, out of any transaction, the statement does not wait for the disk
    (`synchronous_commit` off for it alone: ~0.7 ms instead of ~6 ms here): a crash of
    PostgreSQL may lose the last fraction of a second of counts, never anything else.
    Each search written leaves `hits`: on an error it holds those not written (none
    counted twice)."""
    with connection.cursor() as cursor:
        for hit, count in list(hits.items()):
            logged, language, date, found = hit
            statements = _search_hit_statements(
                logged=logged, language=language, date=date, found=found, hits=count
            )
            for sql, params in statements:
                cursor.execute(sql, params)
            del hits[hit]


# The upserts of the log, on the tables of `Query`, `QueryDailyHits` and `ZeroResultQuery`.
QUERY_UPSERT = (
    "INSERT INTO wagtailsearchpromotions_query (query_string) VALUES (%s) "
    "ON CONFLICT (query_string) DO UPDATE SET query_string = EXCLUDED.query_string"
)
DAILY_UPSERT = (
    "INSERT INTO wagtailsearchpromotions_querydailyhits (query_id, date, hits) VALUES "
    "((SELECT id FROM wagtailsearchpromotions_query WHERE query_string = %s), %s, %s) "
    "ON CONFLICT (query_id, date) DO UPDATE "
    "SET hits = wagtailsearchpromotions_querydailyhits.hits + excluded.hits"
)
ZERO_UPSERT = (
    "INSERT INTO search_zeroresultquery (query_string, language, date, hits) "
    "VALUES (%s, %s, %s, %s) ON CONFLICT (query_string, language, date) DO UPDATE "
    "SET hits = search_zeroresultquery.hits + excluded.hits"
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
    "SELECT id, %s, %s FROM logged CROSS JOIN no_disk_wait ON CONFLICT (query_id, date) "
    "DO UPDATE SET hits = wagtailsearchpromotions_querydailyhits.hits + excluded.hits"
)
POSTGRESQL_ZERO_HIT = (
    "logged AS (INSERT INTO wagtailsearchpromotions_query (query_string) VALUES (%s) "
    "ON CONFLICT (query_string) DO UPDATE SET query_string = EXCLUDED.query_string "
    "RETURNING id), "
    "zero AS (INSERT INTO search_zeroresultquery (query_string, language, date, hits) "
    "VALUES (%s, %s, %s, %s) ON CONFLICT (query_string, language, date) DO UPDATE "
    "SET hits = search_zeroresultquery.hits + excluded.hits) "
    "INSERT INTO wagtailsearchpromotions_querydailyhits (query_id, date, hits) "
    "SELECT id, %s, %s FROM logged CROSS JOIN no_disk_wait ON CONFLICT (query_id, date) "
    "DO UPDATE SET hits = wagtailsearchpromotions_querydailyhits.hits + excluded.hits"
)


def _search_hit_statements(
    *, logged: str, language: str, date: datetime.date, found: bool, hits: int = 1
) -> list[tuple[str, list]]:
    if connection.vendor == "postgresql":
        # Local to the statement's own transaction: never a caller's, never the connection's.
        prefix = DISK_WAIT if connection.in_atomic_block else NO_DISK_WAIT
        if found:
            return [(prefix + POSTGRESQL_HIT, [logged, date, hits])]
        return [
            (
                prefix + POSTGRESQL_ZERO_HIT,
                [logged, logged, language, date, hits, date, hits],
            )
        ]
    date = date.isoformat()  # SQLite keeps dates as text
    zero_params = [logged, language, date, hits]
    statements = [(QUERY_UPSERT, [logged]), (DAILY_UPSERT, [logged, date, hits])]
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
