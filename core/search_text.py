"""Search text shared by the site search (`search/`) and a closed area's own search
(`networks/`): what a visitor typed made safe to search for, and snippets with the searched
words marked, safe whatever the page text or the query holds."""

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

MAX_QUERY_LENGTH = 200

# Characters the database backends' full-text syntax reads as operators (SQLite FTS5, and
# PostgreSQL's tsquery), never meant by a visitor as such: searched as word breaks.
OPERATOR_CHARACTERS = '"*^():{}[]<>!&|+~\\'


@dataclass(frozen=True)
class SearchQuery:
    text: str
    shortened: bool = False


def search_query_clean(raw: str) -> SearchQuery:
    """`raw` without control characters (a NUL is a database error) or full-text operators,
    whitespace collapsed, at most 200 characters cut before a word, never inside one.

    `shortened` says the query was cut, so the page can tell the visitor.
    """
    characters = (
        " "
        if unicodedata.category(character).startswith(("C", "Z"))
        or character in OPERATOR_CHARACTERS
        else character
        for character in raw
    )
    text = " ".join("".join(characters).split())
    if len(text) <= MAX_QUERY_LENGTH:
        return SearchQuery(text=text)
    cut = text[: MAX_QUERY_LENGTH + 1]
    # Up to the last whole word; one word longer than the limit is cut at the limit.
    cut = cut.rsplit(" ", 1)[0] if " " in cut else cut[:MAX_QUERY_LENGTH]
    return SearchQuery(text=cut.strip(), shortened=True)


SNIPPET_LENGTH = 240


def highlight(
    text: str, query: str, *, length: int = SNIPPET_LENGTH, phrases: Iterable[str] = ()
) -> SafeString:
    """`text` cut to about `length` characters around the first searched word, HTML-escaped,
    with every word of `query` (and words starting with it) wrapped in `<mark>`, and every
    one of `phrases` (the glossary's words and phrases a search added) where it stands as
    whole words, whatever the spaces between its words.

    Matches are found in the raw text and each piece is escaped on its own, so neither a
    query nor page text can open a tag or cut an entity in half.
    """
    if not text:
        return mark_safe("")  # noqa: S308 - empty
    searched = {term: re.escape(term) for term in query.split() if len(term) > 1}
    for phrase in phrases:
        words = phrase.split()
        if words:
            searched[phrase] = r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)"
    # Longest first, so that a phrase is marked whole rather than one of its words.
    alternatives = [searched[term] for term in sorted(searched, key=len, reverse=True)]
    pattern = re.compile("|".join(alternatives), re.IGNORECASE) if alternatives else None
    first = pattern.search(text) if pattern else None
    start = 0
    if first and first.start() > length // 3:
        start = text.rfind(" ", 0, first.start() - length // 3) + 1
    end = start + length
    if end < len(text):
        end = text.rfind(" ", start, end) if " " in text[start:end] else end
    window = text[start:end]
    pieces = []
    position = 0
    for match in pattern.finditer(window) if pattern else ():
        pieces.append(escape(window[position : match.start()]))
        pieces.append(f"<mark>{escape(match.group())}</mark>")
        position = match.end()
    pieces.append(escape(window[position:]))
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(pieces) + suffix)  # noqa: S308 - every piece escaped
