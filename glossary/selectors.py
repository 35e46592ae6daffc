"""Reads of the glossary: the terms a query mentions (for search) and the glossary page."""

import functools
import re
from dataclasses import dataclass, field

from django.core.cache import cache
from wagtail.models import Locale

from glossary.text import synonyms_split, term_normalize
from themes.selectors import theme_list_by_keys

CACHE_KEY = "glossary:expansions:{locale_id}"
CACHE_SECONDS = 24 * 60 * 60


@dataclass(frozen=True)
class Expansion:
    """A glossary term a query mentions: its preferred term and every synonym, to OR in."""

    term: str
    synonyms: tuple[str, ...]
    slug: str
    matched: str  # the word or phrase of the query that matched, as the glossary writes it

    @property
    def words(self) -> tuple[str, ...]:
        return (self.term, *self.synonyms)


@dataclass
class GlossaryEntry:
    term: str
    slug: str
    synonyms: list[str]
    definition: str
    content_language: str
    themes: list = field(default_factory=list)


def _terms_in_language(*, locale: Locale) -> list:
    """The terms in `locale`, plus Dutch terms without a translation in it, in one query.

    Dutch stands in where no translation exists, as on every English listing of the site.
    """
    from glossary.models import GlossaryTerm

    default = Locale.get_default()
    terms = list(
        GlossaryTerm.objects.filter(locale_id__in={locale.pk, default.pk}).select_related("locale")
    )
    translated = {term.translation_key for term in terms if term.locale_id == locale.pk}
    return [
        term
        for term in terms
        if term.locale_id == locale.pk or term.translation_key not in translated
    ]


def _expansion_table(*, locale: Locale) -> list[tuple[str, str, tuple[str, ...]]]:
    """(slug, preferred term, synonyms) of every term in `locale`, cached until a term
    changes (glossary.services.glossary_cache_clear)."""
    key = CACHE_KEY.format(locale_id=locale.pk)
    table = cache.get(key)
    if table is None:
        table = [
            (term.slug, term.term, tuple(synonyms_split(term.synonyms)))
            for term in _terms_in_language(locale=locale)
        ]
        cache.set(key, table, CACHE_SECONDS)
    return table


def term_expansions(*, text: str, locale: Locale) -> list["Expansion"]:
    """The glossary terms whose preferred term or a synonym occurs in `text` as a whole word or
    phrase (case and accents ignored), each with all its words, in the glossary's order.

    At most one database query (none while the glossary is cached).
    """
    query = f" {term_normalize(text)} "
    if not query.strip():
        return []
    expansions = []
    for slug, term, synonyms, patterns in _term_patterns(tuple(_expansion_table(locale=locale))):
        for word, pattern in patterns:
            if pattern.search(query):
                expansions.append(Expansion(term=term, synonyms=synonyms, slug=slug, matched=word))
                break
    return expansions


# A process keeps the patterns of the last few glossaries (a language's, until a term changes).
@functools.lru_cache(maxsize=8)
def _term_patterns(table: tuple) -> tuple:
    """Each term of an `_expansion_table` with its words (the preferred term first) as
    patterns of their normalized form as a whole word: built once per glossary, not for each
    word of each search (that cost a search 0.4 ms at 22 terms)."""
    return tuple(
        (
            slug,
            term,
            synonyms,
            tuple(
                (word, re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)"))
                for word in (term, *synonyms)
                if (needle := term_normalize(word))
            ),
        )
        for slug, term, synonyms in table
    )


def term_slugs(*, locale: Locale) -> dict[str, str]:
    """Every preferred term and synonym in `locale` (Dutch where untranslated), normalized
    (text.term_normalize), with the slug of its term's entry. From the cached glossary: at most
    one query (none while cached)."""
    slugs: dict[str, str] = {}
    for slug, term, synonyms in _expansion_table(locale=locale):
        for word in (term, *synonyms):
            slugs.setdefault(term_normalize(word), slug)
    return slugs


def glossary_list(*, locale: Locale) -> list[GlossaryEntry]:
    """The glossary in `locale` (Dutch where untranslated), alphabetical, each term with its
    live themes in `locale`. A constant number of queries, however many terms."""
    from glossary.models import GlossaryTerm

    terms = _terms_in_language(locale=locale)
    # Themes are chosen on the Dutch term; a translation has them too when it was saved with
    # them. Either way they are shown in the reader's language, by translation key.
    theme_keys: dict[object, list] = {}
    sources = GlossaryTerm.objects.filter(
        translation_key__in=[term.translation_key for term in terms]
    ).prefetch_related("themes")
    for source in sources:
        keys = theme_keys.setdefault(source.translation_key, [])
        keys.extend(theme.translation_key for theme in source.themes.all())
    themes = theme_list_by_keys(
        keys={key for keys in theme_keys.values() for key in keys}, locale=locale
    )
    theme_by_key = {theme.translation_key: theme for theme in themes}
    entries = []
    for term in terms:
        keys = dict.fromkeys(theme_keys.get(term.translation_key, []))
        entries.append(
            GlossaryEntry(
                term=term.term,
                slug=term.slug,
                synonyms=synonyms_split(term.synonyms),
                definition=term.definition,
                content_language=term.locale.language_code,
                themes=[theme_by_key[key] for key in keys if key in theme_by_key],
            )
        )
    entries.sort(key=lambda entry: term_normalize(entry.term))
    return entries


def glossary_letters(entries: list[GlossaryEntry]) -> list[tuple[str, list[GlossaryEntry]]]:
    """The entries grouped by first letter (accents ignored; digits and signs under "#")."""
    groups: dict[str, list[GlossaryEntry]] = {}
    for entry in entries:
        first = term_normalize(entry.term)[:1].upper()
        letter = first if "A" <= first <= "Z" else "#"
        groups.setdefault(letter, []).append(entry)
    return sorted(groups.items(), key=lambda item: (item[0] == "#", item[0]))
