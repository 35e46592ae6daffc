"""Snippets with the searched words marked: Python's `highlight` (in `core.search_text`, shared
with the closed areas' own search) and PostgreSQL's headlines for the site search."""

import functools
import re
from collections.abc import Iterable

from django.conf import settings
from django.db import connection
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from core.search_text import highlight

# PostgreSQL marks the words with two private-use characters that are first removed from the
# page text, so nothing in the text or the query can become markup: the headline is escaped
# as a whole and only these two become <mark> and </mark>.
START_SENTINEL = "\ue000"
STOP_SENTINEL = "\ue001"
HEADLINE_OPTIONS = (
    f'StartSel="{START_SENTINEL}", StopSel="{STOP_SENTINEL}", '
    "MaxWords=40, MinWords=20, ShortWord=2, MaxFragments=0"
)
HEADLINE_SQL = """
SELECT ts_headline(%s::regconfig, text, websearch_to_tsquery(%s::regconfig, %s), %s)
FROM unnest(%s::text[]) WITH ORDINALITY AS snippet(text, position)
ORDER BY position
"""


def _headline_config() -> str | None:
    """The text-search configuration of Wagtail's database backend on PostgreSQL, or None
    where another database or search engine runs (Python's `highlight` then)."""
    backend = settings.WAGTAILSEARCH_BACKENDS.get("default", {})
    if connection.vendor != "postgresql":
        return None
    if backend.get("BACKEND", "") not in ("search.backend", "wagtail.search.backends.database"):
        return None
    return backend.get("SEARCH_CONFIG") or None


def headlines(texts: list[str], query: str, *, phrases: Iterable[str] = ()) -> list[SafeString]:
    """A snippet per text with the searched words and `phrases` (the glossary's words a search
    added) marked: PostgreSQL's `ts_headline` with the search's own configuration (so
    "ondernemingen" is marked for "onderneming"), one query for all of them; elsewhere
    `highlight`."""
    config = _headline_config()
    words = [word for word in re.findall(r"\w+", query) if word.lower() != "or"]
    # Each phrase as a quoted websearch phrase of its words only (no quote can slip in).
    words += [f'"{" ".join(found)}"' for phrase in phrases if (found := re.findall(r"\w+", phrase))]
    if config is None or not words or not any(texts):
        return [highlight(text, query, phrases=phrases) for text in texts]
    sentinels = {ord(START_SENTINEL): None, ord(STOP_SENTINEL): None}
    cleaned = tuple(text.translate(sentinels) for text in texts)
    marked = headline_marks(config, " or ".join(words), cleaned)
    return [_safe_headline(text, headline) for text, headline in zip(cleaned, marked, strict=True)]


# A headline depends on nothing but the configuration, the words and the text: the same
# search asked again (a common query, the next reader) marks its snippets without a query.
# Per process, the last searches' (about 5 kB each).
@functools.lru_cache(maxsize=512)
def headline_marks(config: str, words: str, texts: tuple[str, ...]) -> tuple[str, ...]:
    with connection.cursor() as cursor:
        cursor.execute(HEADLINE_SQL, [config, config, words, HEADLINE_OPTIONS, list(texts)])
        return tuple(row[0] or "" for row in cursor.fetchall())


def _safe_headline(text: str, headline: str) -> SafeString:
    if not text:
        return mark_safe("")  # noqa: S308 - empty
    plain = headline.replace(START_SENTINEL, "").replace(STOP_SENTINEL, "").strip()
    escaped = escape(headline.strip())
    escaped = escaped.replace(START_SENTINEL, "<mark>").replace(STOP_SENTINEL, "</mark>")
    # The headline is a stretch of the text (tags dropped): "…" where the text goes on.
    position = text.find(plain)
    prefix = "… " if position > 0 and text[:position].strip() else ""
    rest = text[position + len(plain) :] if position >= 0 else ""
    suffix = " …" if rest.strip(" .") else ""
    return mark_safe(prefix + escaped + suffix)  # noqa: S308 - escaped, then our two tags
