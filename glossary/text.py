"""How glossary terms are compared: case-, accent- and spacing-insensitive."""

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def term_normalize(text: str) -> str:
    """`text` folded for comparison: no accents, case-folded, single spaces, trimmed."""
    decomposed = unicodedata.normalize("NFKD", text)
    without_accents = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _SPACES.sub(" ", without_accents.casefold()).strip()


def synonyms_split(text: str) -> list[str]:
    """The synonyms written one per line, trimmed, without empty lines or repeats (the first
    spelling kept)."""
    seen: set[str] = set()
    synonyms: list[str] = []
    for line in text.splitlines():
        synonym = _SPACES.sub(" ", line).strip()
        key = term_normalize(synonym)
        if key and key not in seen:
            seen.add(key)
            synonyms.append(synonym)
    return synonyms
