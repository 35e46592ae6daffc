"""The search expression with the glossary's synonyms (`search_expression`). What a visitor
typed is made safe to search for by `core.search_text` (shared with the closed areas' search)."""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wagtail.search.query import And, Or, Phrase, PlainText
from wagtail.search.query import SearchQuery as QueryNode

from core.search_text import search_query_clean
from glossary.text import term_normalize

if TYPE_CHECKING:
    from glossary.selectors import Expansion


@dataclass(frozen=True)
class TermUse:
    """A glossary term a search used: the words of it the visitor typed and the ones added."""

    term: str
    slug: str
    typed: tuple[str, ...]  # as the glossary writes them
    added: tuple[str, ...]  # the term's other words, searched for too

    @property
    def typed_preferred(self) -> bool:
        return self.term in self.typed

    @property
    def typed_synonym(self) -> str:
        """The first synonym the visitor typed ("" when they typed the preferred term)."""
        return next((word for word in self.typed if word != self.term), "")


@dataclass(frozen=True)
class SearchExpression:
    """What `.search()` is given for a visitor's text, and what the result page shows of it."""

    query: "str | QueryNode"
    # The visitor's words that are no glossary term (searched for as typed, all of them).
    rest: str
    terms: tuple[TermUse, ...] = ()
    # Every word and phrase of the terms used, to mark as whole words in snippets.
    phrases: tuple[str, ...] = ()


def _fold(text: str) -> tuple[str, list[int]]:
    """`text` folded as the glossary compares words (glossary.text.term_normalize, character
    by character), and for each folded character the index of the character it came from."""
    folded: list[str] = []
    origin: list[int] = []
    for index, character in enumerate(text):
        piece = term_normalize(character) if not character.isspace() else " "
        folded.append(piece)
        origin.extend([index] * len(piece))
    return "".join(folded), origin


def _searchable(word: str) -> str:
    """A glossary word as the backends may be given it: cleaned like a query, or ""."""
    cleaned = search_query_clean(word).text
    return cleaned if _WORD.search(cleaned) else ""


# A letter or digit: what both backends index (an underscore is a word break to SQLite).
_WORD = re.compile(r"[^\W_]")
_EDGES = re.compile(r"^\W+|\W+$")
CLAIMED = "\x00"


def search_expression(text: str, expansions: Sequence["Expansion"]) -> SearchExpression:
    """The search for a cleaned query `text` with the glossary `expansions` found in it: each
    glossary word or phrase in the text becomes Or(Phrase(preferred term), Phrase(synonym)...),
    ANDed with the visitor's other words (PlainText, as without a glossary).

    Longer phrases win where two overlap ("maatschappelijk verantwoord ondernemen" before
    "ondernemen"). Without a glossary word the text itself is the query, as it always was.
    A phrase (not separate words) on both backends: SQLite FTS5 quotes it, PostgreSQL uses
    phraseto_tsquery with the Dutch configuration, so stemming applies there.
    """
    if not expansions or not text:
        return SearchExpression(query=text, rest=text)
    folded, origin = _fold(text)
    claimed = [False] * len(text)
    typed: dict[int, list[str]] = {}
    phrases = {index: _phrases(expansion) for index, expansion in enumerate(expansions)}
    candidates = sorted(
        (
            (term_normalize(word), index, word)
            for index, expansion in enumerate(expansions)
            if phrases[index]
            for word in expansion.words
        ),
        key=lambda candidate: len(candidate[0]),
        reverse=True,
    )
    for needle, index, word in candidates:
        if not needle:
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", folded):
            start, end = origin[match.start()], origin[match.end() - 1] + 1
            if any(claimed[start:end]):
                continue
            claimed[start:end] = [True] * (end - start)
            if word not in typed.setdefault(index, []):
                typed[index].append(word)
    if not typed:
        return SearchExpression(query=text, rest=text)
    rest = " ".join(_rest_words(text, claimed))
    uses = []
    parts: list[QueryNode] = []
    for index, expansion in enumerate(expansions):
        if index not in typed:
            continue
        typed_words = tuple(word for word in expansion.words if word in typed[index])
        uses.append(
            TermUse(
                term=expansion.term,
                slug=expansion.slug,
                typed=typed_words,
                added=tuple(word for word in expansion.words if word not in typed_words),
            )
        )
        alternatives = [Phrase(phrase) for phrase in phrases[index]]
        parts.append(alternatives[0] if len(alternatives) == 1 else Or(alternatives))
    if rest:
        parts.append(PlainText(rest, operator="and"))
    return SearchExpression(
        query=parts[0] if len(parts) == 1 else And(parts),
        rest=rest,
        terms=tuple(uses),
        phrases=tuple(phrase for index in typed for phrase in phrases[index]),
    )


def _phrases(expansion: "Expansion") -> list[str]:
    """The term's words the backends can search for, each once, the preferred term first."""
    seen: set[str] = set()
    phrases = []
    for word in expansion.words:
        phrase = _searchable(word)
        if phrase and term_normalize(phrase) not in seen:
            seen.add(term_normalize(phrase))
            phrases.append(phrase)
    return phrases


def _rest_words(text: str, claimed: list[bool]) -> list[str]:
    """The visitor's words outside the glossary phrases. What a phrase leaves of a word
    ("-beleid" of "MVO-beleid") stays when it has two letters or more ("'s" of "KO's" goes),
    and a word without any letter or digit goes (it would make the search match nothing)."""
    marked = "".join(
        CLAIMED if is_claimed else character
        for character, is_claimed in zip(text, claimed, strict=True)
    )
    words = []
    for token in marked.split():
        if CLAIMED not in token:
            if _WORD.search(token):
                words.append(token)
            continue
        for piece in token.split(CLAIMED):
            piece = _EDGES.sub("", piece)
            if len(_WORD.findall(piece)) >= 2:
                words.append(piece)
    return words
