"""What a visitor typed, made safe to search for, and what was changed to make it so."""

import unicodedata
from dataclasses import dataclass

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
