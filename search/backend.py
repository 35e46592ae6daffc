"""Wagtail's database search backend (`wagtail.search.backends.database`), with a cheaper
full-text statement on PostgreSQL; SQLite, MySQL and the fallback are Wagtail's own.

On PostgreSQL Wagtail filters on `(title || body) @@ query` and ranks every match with
`ts_rank` on the title and on the body before it takes a page of results. The body vectors
are stored out of line (TOAST, about 3 kB an entry): each one read costs about 15 µs, so a
word that nearly every page uses (9,241 of 10,000 in bench/bench_search.py) cost 150 ms for
the filter and as much again for the ranking. Two changes, same results and counts:

- The match is read from the GIN index on the stored `title || body` (`search_vector`,
  search/migrations/0005) by the SQL function `search_matching_objects`, which plans with
  sequential scans off: PostgreSQL's planner does not know what reading a body vector costs
  and chose to scan every entry for a common word. The index answers a plain query without
  reading a vector at all; a phrase (a glossary term of several words) reads the stored
  vector of the entries that have all its words, not the title and body joined anew.
  The function is read in FROM (one call for all its rows) and, for an integer key, its ids
  are compared as integers.
- Only `RANK_CANDIDATES` matches (`RANK_CANDIDATES_BROAD` for a search without filters,
  `broad_search`) are ranked in full (title and body): those with the best
  title rank (`search_rank_candidates`, small vectors kept in the row). The other matches
  come after them, the most recently created first (by id). Nothing is hidden and
  every count is exact; what changes is the order beyond the candidates of a query with
  more matches than that (docs/deploy.md, "What a search costs"). The candidates are read
  from the title's GIN index: the entries whose title matches, best title rank first, and
  when there are fewer of them the other matches, latest created first (search/migrations/
  0008). A title without the query's words ranks 0, so for one word, or words any of
  which may match, these are the matches with the best title rank as before; for words
  that must all match (two words typed, a synonym of several words), a title with only
  some of them no longer goes first.
- A slice of results in that order is read as two parts of one statement (`search_parts`):
  the candidates, looked up by key, checked for a phrase one by one (the title first) and
  ranked (each entry found by its object id, `search_indexentry_object_id`); then the
  other matches, which PostgreSQL reads only when the slice goes beyond the candidates. The
  first page of a common word neither joins nor sorts its thousands of matches.
- A count (`counting`, at most COUNT_CAP + 1 of search/selectors.py) reads the matching
  index entries from the GIN index in the statement itself (the query an InitPlan's value:
  the planner, which cannot read it, estimates few matches and keeps to the index) and
  looks each one up as a row of the queryset in turn, until the LIMIT: a common word stops
  after about a thousand look-ups, a rare word looks up its few matches only, where the
  match function gave every match to be joined with every page first. With a phrase, the
  entries with the query's one-word alternatives are counted first (no vector read), then
  the rest. A theme's count reads the theme's pages instead (they keep few of the matches).
- A search of a queryset limited to a few keys (`pk__in=[...]`, at most `LISTED_KEYS_MAX`:
  the documents anyone may find) checks each key's entry and ranks every match in full
  (`listed_keys_matching`), without the GIN index, which gives every entry with the words.

Each of these statements is built by the ORM once per shape (the queryset searched, the
query's nodes, the slice; `BoundedRankSearchResults._statement_key`) for stand-in words and
kept in the process with its words as parameters (search/statements.py): a search of a kept
shape runs its SQL from a cursor and builds the rows as Django's iterable would, where
building and compiling the querysets cost more CPU than PostgreSQL's work. The rows a kept
statement gave for some words are kept in the process too (`kept_results`), until the index
changes or the site is purged (`results_generation`): a search asked again, or the next page
of one (its count), runs no full-text statement.
"""

import copy
import re
import uuid
from collections.abc import Callable
from contextlib import contextmanager
from contextvars import ContextVar
from functools import partial

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import connection, connections, transaction
from django.db.models import (
    BigIntegerField,
    BooleanField,
    Case,
    CharField,
    Expression,
    F,
    FloatField,
    Func,
    IntegerField,
    Lookup,
    OuterRef,
    Subquery,
    Value,
    When,
)
from django.db.models.expressions import Col
from django.db.models.functions import Cast, Coalesce
from django.db.models.lookups import In
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.search.backends.database import SearchBackend as database_search_backend
from wagtail.search.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from wagtail.search.models import IndexEntry
from wagtail.search.query import And, Boost, Fuzzy, MatchAll, Not, Or, Phrase, PlainText
from wagtail.search.query import SearchQuery as QueryNode

from core.fragments import shared_value, shared_value_forget
from search.statements import (
    UNKEPT,
    Unkeyable,
    instances,
    kept_results,
    kept_statements,
    leaf_forms,
    query_leaves,
    query_shape,
    queryset_key,
    standin_query,
    statement_built,
    statement_run,
    tsquery_value,
)

# How many matches are ranked in full (title and body); the rest follow, latest created
# first. The candidates are chosen before the search's filters: a search narrowed to a theme,
# a network, a kind or an audience keeps few of them, and ranks what it keeps.
RANK_CANDIDATES = 300
# The same for a broad search (`broad_search`: no filter but the reader's language and
# access), which keeps nearly every candidate: its first pages come from the best of them.
# Each candidate's body vector is read out of line (about 13 µs): 100 instead of 300 is half
# a new search's ranking statement. On the bench site (bench/bench_pages.py) the first 31
# results of "duurzaamheid" are the same in both languages either way.
RANK_CANDIDATES_BROAD = 100
_broad = ContextVar("search_broad", default=False)


@contextmanager
def broad_search(broad: bool = True):
    """Searches run inside rank `RANK_CANDIDATES_BROAD` candidates in full when `broad` (the
    caller's searches have no filter that keeps few of the matches), else `RANK_CANDIDATES`.
    Only the order beyond the ranked candidates changes: nothing is hidden, no count
    changes."""
    token = _broad.set(broad)
    try:
        yield
    finally:
        _broad.reset(token)


def rank_candidates() -> int:
    """How many matches a search run now ranks in full (`broad_search`)."""
    return RANK_CANDIDATES_BROAD if _broad.get() else RANK_CANDIDATES


# A search of a queryset that names at most this many keys (`pk__in=[...]`: the documents
# anyone may find, kept as their keys) checks those keys' entries one by one and ranks every
# match in full (`listed_keys_matching`); the GIN index would give every entry of every type
# with the words (a common word: thousands of pages) to find a few of them.
LISTED_KEYS_MAX = 50


class _ObjectIds(Func):
    """`(SELECT m FROM function(query, content types, ...) AS m)`: the object ids of the index
    entries a set-returning SQL function of search/migrations/0005 gives, as text, or as
    integers for a model with an integer primary key (compared without a cast a row).

    The function is read in FROM, where PostgreSQL calls it once for all its rows; called in
    the select list it was called once a row, each call setting and resetting the function's
    `enable_seqscan` (search/migrations/0004): 136 of a 237 ms count (bench/bench_search.py).
    """

    def __init__(self, search_query, content_types: list[int], *extra, integer: bool = False):
        super().__init__(
            search_query,
            Func(Value(content_types), template="%(expressions)s::integer[]"),
            *extra,
            output_field=BigIntegerField() if integer else CharField(),
            column="m::bigint" if integer else "m",
        )


class MatchingObjects(_ObjectIds):
    template = "SELECT %(column)s FROM search_matching_objects(%(expressions)s) AS m"


class RankCandidates(_ObjectIds):
    template = "SELECT %(column)s FROM search_rank_candidates(%(expressions)s) AS m"

    def __init__(
        self,
        search_query,
        content_types: list[int],
        weights: str,
        count: int,
        *,
        integer: bool = False,
    ):
        super().__init__(
            search_query,
            content_types,
            Func(Value(weights), template="%(expressions)s::real[]"),
            Value(count),
            integer=integer,
        )


class SqlTemplate(Expression):
    """SQL written as `template` around its compiled `expressions` (`{0}`, `{1}`...), for the
    few forms Django's expressions do not write."""

    template = ""

    def __init__(self, *expressions):
        super().__init__()
        self.expressions = list(expressions)

    def get_source_expressions(self):
        return self.expressions

    def set_source_expressions(self, expressions):
        self.expressions = list(expressions)

    def as_sql(self, compiler, connection):
        compiled = [compiler.compile(expression) for expression in self.expressions]
        params = [param for _sql, expression_params in compiled for param in expression_params]
        return self.template.format(*(sql for sql, _params in compiled)), params


class SqlCondition(SqlTemplate):
    """A condition written as `template` around its compiled `expressions`."""

    output_field = BooleanField()
    conditional = True


class KeyAmong(SqlCondition):
    """`key = ANY (ARRAY(subquery))`: the rows whose `key` the subquery (a few hundred rank
    candidates) gives, looked up by the key's index one by one, where `key IN (subquery)`
    let PostgreSQL scan and hash every page to join them."""

    template = "{0} = ANY (ARRAY({1}))"


class KeyIn(SqlCondition):
    """`key IN (subquery)`."""

    template = "{0} IN ({1})"


class KeyListed(Lookup):
    """`key = ANY (ARRAY(subquery))` as a lookup of the key's column (a filter Wagtail's
    search accepts): the rows the subquery lists, which PostgreSQL finds in the key's index
    (a bitmap it can OR with others), where `key IN (subquery)` is tested on each row read."""

    lookup_name = "listed"

    def as_sql(self, compiler, connection):
        key_sql, key_params = self.process_lhs(compiler, connection)
        keys_sql, keys_params = self.process_rhs(compiler, connection)
        return f"{key_sql} = ANY (ARRAY{keys_sql})", [*key_params, *keys_params]


class CheckedInTurn(SqlCondition):
    """`(condition) IS TRUE`: the same test, which PostgreSQL keeps as a filter of the rows
    (a hashed subplan for `key IN (subquery)`, a subplan a row for a scalar subquery)
    instead of turning it into a join; filters run cheapest first, so the costly one sees
    only the rows the cheap ones pass, and a LIMIT stops both."""

    template = "({0}) IS TRUE"


class IndexMatches(SqlCondition):
    """`vector @@ (SELECT query)`: the index entries that match, read from the GIN index on
    the stored vector. The query is an InitPlan's value, which the planner cannot read: it
    estimates a few matches (PostgreSQL's default for a query it does not know) and so reads
    the index, never every entry's stored vector, whatever the word; the index is read
    anyway, and the heap only as far as the statement's LIMIT asks."""

    template = "{0} @@ (SELECT {1})"


class TsqueryWithout(SqlTemplate):
    """`(query) && !!(other)`: what matches `query` and not `other`."""

    template = "(({0}) && !!({1}))"


def _stored_vector() -> Col:
    """The index entry's `search_vector` (search/migrations/0005: a column of the table that
    Wagtail's model does not declare), as a column Django relabels in a subquery."""
    field = SearchVectorField()
    field.set_attributes_from_name("search_vector")
    field.model = IndexEntry
    return Col(IndexEntry._meta.db_table, field)


_WORD = re.compile(r"[^\W_]+")


def _without_phrases(query: QueryNode) -> QueryNode | None:
    """`query` as if no entry had any of its phrases of several words: the part the GIN index
    answers without reading a vector (a subset of `query`'s matches), or None when nothing is
    left; `query` itself when it has no such phrase. Under a Not the query is left as it is
    (there a phrase left out would match more, not fewer)."""
    if isinstance(query, Phrase):
        return None if len(_WORD.findall(query.query_string)) > 1 else query
    if isinstance(query, (And, Or)):
        parts = [_without_phrases(subquery) for subquery in query.subqueries]
        if all(part is subquery for part, subquery in zip(parts, query.subqueries, strict=True)):
            return query
        if isinstance(query, And):
            return None if any(part is None for part in parts) else And(parts)
        kept = [part for part in parts if part is not None]
        if not kept:
            return None
        return kept[0] if len(kept) == 1 else Or(kept)
    if isinstance(query, Boost):
        subquery = _without_phrases(query.subquery)
        if subquery is query.subquery:
            return query
        return None if subquery is None else Boost(subquery, query.boost)
    return query


def _phrases_as_words(query: QueryNode) -> QueryNode:
    """`query` with each phrase searched as its words in any order, for choosing the rank
    candidates only: the GIN index answers that without reading a vector, where a phrase
    (`a <-> b`) reads the stored vector of every entry that has all its words (a synonym
    search over 10,000 pages read it twice: once to match, once for the candidates). The
    match itself keeps the phrase; a candidate that is no match is never shown (the statement
    ranks only the matches), so at worst fewer than `rank_candidates()` are ranked in full."""
    if isinstance(query, Phrase):
        return PlainText(query.query_string, operator="and")
    if isinstance(query, (And, Or)):
        return type(query)([_phrases_as_words(subquery) for subquery in query.subqueries])
    if isinstance(query, Boost):
        return Boost(_phrases_as_words(query.subquery), query.boost)
    # Under a Not the words would match fewer entries, not more: left as it is.
    return query


def _integer_key(model) -> bool:
    """Whether `model`'s primary key (a page type's: its page's) is an integer."""
    key = model._meta.pk
    return isinstance(key.target_field if key.is_relation else key, IntegerField)


def _has_node(query: QueryNode, kind: type) -> bool:
    """Whether `query` is a `kind` or has one among its words (not under a negation)."""
    if isinstance(query, kind):
        return True
    if isinstance(query, (And, Or)):
        return any(_has_node(subquery, kind) for subquery in query.subqueries)
    if isinstance(query, Boost):
        return _has_node(query.subquery, kind)
    return False


def _has_phrase(query: QueryNode) -> bool:
    return _has_node(query, Phrase)


def _has_negation(query: QueryNode) -> bool:
    return _has_node(query, Not)


class EntryMatches(Expression):
    """Whether the index entry of the row (`object_id`, any of `content_types`) whose stored
    vector matches `search_query`: the match of one row, for the few rank candidates whose
    phrase must be checked (the candidates are chosen by the phrase's words).

    `title_first`: the entry's title vector (small, kept in the row) is asked first, and the
    stored vector of title and body (about 3 kB out of line, ~10 µs to read) only when the
    title does not match. The same answer for a query without a negation (a match of the
    title is a match of `title || body`); a rank candidate's title mostly matches (the
    candidates are the titles that match first: search/migrations/0008)."""

    output_field = BooleanField()
    conditional = True

    def __init__(
        self, object_id, search_query, content_types: list[int], *, title_first: bool = False
    ):
        super().__init__()
        self.object_id = object_id
        self.search_query = search_query
        self.content_types = content_types
        self.title_first = title_first

    def get_source_expressions(self):
        return [self.object_id, self.search_query]

    def set_source_expressions(self, expressions):
        self.object_id, self.search_query = expressions

    def as_sql(self, compiler, connection):
        object_sql, object_params = compiler.compile(self.object_id)
        query_sql, query_params = compiler.compile(self.search_query)
        # Compiled SQL of our own expressions, with their parameters: nothing of the text.
        # A scalar subquery, not EXISTS: PostgreSQL would turn an EXISTS into a hash of
        # every matching entry, reading every vector.
        test, test_params = f"e.search_vector @@ {query_sql}", list(query_params)
        if self.title_first:
            # OR is evaluated left to right and stops at the first true.
            test = f"e.title @@ {query_sql} OR {test}"
            test_params = [*query_params, *test_params]
        sql = (
            f"(SELECT {test} FROM wagtailsearch_indexentry e "  # noqa: S608
            "WHERE e.content_type_id = ANY (%s::integer[]) "
            f"AND e.object_id = ({object_sql})::text LIMIT 1)"
        )
        return sql, [*test_params, self.content_types, *object_params]


def listed_keys(queryset) -> list | None:
    """The keys `queryset` is limited to by a `pk__in=[...]` of at most LISTED_KEYS_MAX values
    among its conditions (all of which must hold), or None."""
    where = queryset.query.where
    if where.connector != "AND" or where.negated:
        return None
    pk = queryset.model._meta.pk
    for condition in where.children:
        if (
            isinstance(condition, In)
            and getattr(condition.lhs, "target", None) == pk
            and isinstance(condition.rhs, (list, tuple))
            and len(condition.rhs) <= LISTED_KEYS_MAX
        ):
            return list(condition.rhs)
    return None


class BoundedRankQueryCompiler(PostgresSearchQueryCompiler):
    """Wagtail's PostgreSQL compiler with the match read from the GIN index and the full
    ranking bounded to `RANK_CANDIDATES` matches (see the module's docstring)."""

    @property
    def bounded(self) -> bool:
        """Whether this search takes the path of this class (a query of words or phrases over
        the index), not Wagtail's own (fuzzy, match-all, chosen fields)."""
        return (
            self.fields is None
            and not isinstance(self.query, (MatchAll, Fuzzy))
            and not (isinstance(self.query, Not) and isinstance(self.query.subquery, MatchAll))
        )

    def matching(self, config):
        """The queryset's rows that match, in no order (the count's statement)."""
        model = self.queryset.model
        search_query = self.build_tsquery(self.query, config=config)
        if search_query is None:  # no word to search for (a query of dashes only)
            return self.queryset.none()
        integer = _integer_key(model)
        queryset = self.queryset.annotate(_search_object=Cast("pk", CharField(max_length=50)))
        matching = MatchingObjects(
            search_query, get_descendants_content_types_pks(model), integer=integer
        )
        return queryset.filter(**{"pk__in" if integer else "_search_object__in": matching})

    def counting(self, config, *, from_pages: bool = False):
        """The rows a count reads (`_do_count` slices and counts them, a count that stops at
        COUNT_CAP + 1), for a model with an integer key: read from the matching index
        entries, each looked up as a row of the queryset in turn (its key, then its filters),
        so that a count of a common word stops after about as many look-ups as it counts and
        one of a rare word looks up its few matches, where `matching` joined every match with
        every row. With a phrase (a glossary term's alternatives alone), the entries with its
        alternatives of one word are counted first (no vector read); the others (the rest of
        the query, read again in the index) have the phrase checked on their stored vector
        only while the count goes on.

        `from_pages`: for a queryset that keeps few of the matches (a theme), where looking up
        each match would look up nearly all of them: the queryset's rows that are among the
        matches, all read from the index at once (no function: nothing set up a row)."""
        model = self.queryset.model
        if not _integer_key(model):
            return self.matching(config)
        search_query = self.build_tsquery(self.query, config=config)
        if search_query is None:  # no word to search for
            return self.queryset.none()
        entries = IndexEntry._default_manager.filter(
            content_type_id__in=get_descendants_content_types_pks(model)
        ).order_by()
        if from_pages:
            keys = entries.filter(IndexMatches(_stored_vector(), search_query)).values(
                _key=Cast("object_id", BigIntegerField())
            )
            return self.queryset.filter(pk__in=keys).order_by()
        # A scalar subquery, kept a subplan a row (a semi-join let PostgreSQL hash every row of
        # the queryset first); its subqueries (the view restrictions) are read once.
        row = (
            self.queryset.filter(pk=Cast(OuterRef("object_id"), BigIntegerField()))
            .order_by()
            .values(_counted=Value(True))[:1]
        )
        counted = CheckedInTurn(Subquery(row, output_field=BooleanField()))
        queries = [search_query]
        # Split a glossary term's alternatives alone (its one-word ones reach the cap
        # themselves for a common term); with the visitor's other words beside it the second
        # part would read their (often common) words in the index again, for few results.
        exact = None if isinstance(self.query, And) else _without_phrases(self.query)
        if exact is not None and exact is not self.query:
            exact_query = self.build_tsquery(exact, config=config)
            # Disjoint, and together the matches: the exact part, then the rest.
            queries = [exact_query, TsqueryWithout(search_query, exact_query)]
        parts = [
            entries.filter(IndexMatches(_stored_vector(), query), counted).values("pk")
            for query in queries
        ]
        # UNION ALL: read in turn, the second only when the first is counted up to the LIMIT.
        return parts[0] if len(parts) == 1 else parts[0].union(*parts[1:], all=True)

    @property
    def listed(self) -> bool:
        """Whether this search takes `listed_keys_matching` (a few keys named, words or
        phrases)."""
        return self.bounded and listed_keys(self.queryset) is not None

    def listed_keys_matching(self, config, *, ranked: bool):
        """The rows of a queryset limited to a few keys (`listed_keys`) that match, each key's
        entry checked in turn (the unique index on content type and object id; a phrase as
        well); `ranked`: in their full rank (Wagtail's, title and body), best first, as the
        bounded order gives when every match is a candidate. Otherwise in the queryset's own
        order."""
        model = self.queryset.model
        search_query = self.build_tsquery(self.query, config=config)
        if search_query is None:  # no word to search for
            return self.queryset.none()
        content_types = get_descendants_content_types_pks(model)
        rows = self.queryset.annotate(_search_object=Cast("pk", CharField(max_length=50))).filter(
            CheckedInTurn(EntryMatches(F("_search_object"), search_query, content_types))
        )
        if not ranked:
            return rows
        return rows.annotate(_search_rank=self._full_rank(config, content_types)).order_by(
            F("_search_rank").desc(nulls_last=True), F("pk").desc()
        )

    def _full_rank(self, config, content_types: list[int]) -> Subquery:
        """A row's rank on its title and body (Wagtail's), read from its index entry."""
        entry = IndexEntry._default_manager.filter(
            content_type_id__in=content_types, object_id=OuterRef("_search_object")
        )
        vectors = [(F("title"), F("title_norm")), (F("body"), 1.0)]
        return Subquery(
            entry.annotate(_rank=self._build_rank_expression(vectors, config)).values("_rank")[:1],
            output_field=FloatField(),
        )

    def _candidate_condition(self, config, content_types: list[int], integer: bool) -> dict:
        candidates = RankCandidates(
            self.build_tsquery(_phrases_as_words(self.query), config=config),
            content_types,
            self.sql_weights,
            rank_candidates(),
            integer=integer,
        )
        return {"pk__in" if integer else "_search_object__in": candidates}

    def search(self, config, start, stop, score_field=None, backend=None):
        """The whole search as one statement (what `count` and Wagtail's API see); a page of
        results in relevance order is read by `search_parts` instead."""
        if not self.bounded:
            return super().search(config, start, stop, score_field, backend)
        model = self.queryset.model
        content_types = get_descendants_content_types_pks(model)
        integer = _integer_key(model)
        queryset = self.matching(config)
        if queryset.query.is_empty():  # no word to search for
            return queryset
        if not self.order_by_relevance:
            # Every match is sorted (the queryset's own order): the match tested on each row
            # from one hash of the matching keys, not joined with them (deduplicated, hashed
            # and joined: 2-3 of the 20 ms of a date ordered page at 10,000 pages).
            search_query = self.build_tsquery(self.query, config=config)
            matches = MatchingObjects(search_query, content_types, integer=integer)
            queryset = self.queryset.annotate(
                _search_object=Cast("pk", CharField(max_length=50))
            ).filter(CheckedInTurn(KeyIn(F("pk" if integer else "_search_object"), matches)))
            return self._apply_ordering_and_scoring(queryset, F("pk"), start, stop, score_field)
        full_rank = self._full_rank(config, content_types)
        candidate = self._candidate_condition(config, content_types, integer)
        # The candidates by their full rank, then the other matches, latest created first.
        rank = Case(When(**candidate, then=full_rank), default=None)
        queryset = queryset.order_by(rank.desc(nulls_last=True), F("pk").desc())
        if score_field is not None:
            queryset = queryset.annotate(**{score_field: Coalesce(rank, Value(0.0))})
        return queryset[start:stop]

    def search_parts(self, config, start: int, stop: int | None, score_field=None):
        """The queryset of rows `start` to `stop` of `search`'s order, read in two parts: the
        matching rank candidates in their full rank (at most `rank_candidates()` rows: no other
        match is read, and a phrase is checked on these rows only), then, only when the slice
        goes beyond them, the other matches, latest created first. A first page of a common
        word is the first statement alone: the matches are neither all joined nor sorted."""
        model = self.queryset.model
        content_types = get_descendants_content_types_pks(model)
        integer = _integer_key(model)
        search_query = self.build_tsquery(self.query, config=config)
        if search_query is None:  # no word to search for
            return self.queryset.none()
        rows = self.queryset.annotate(_search_object=Cast("pk", CharField(max_length=50)))
        candidate = self._candidate_condition(config, content_types, integer)
        ((key, candidates),) = candidate.items()
        ranked = rows.filter(KeyAmong(F(key.removesuffix("__in")), candidates))
        if _has_phrase(self.query):
            # The candidates have the phrase's words; the phrase itself is checked on them.
            ranked = ranked.filter(
                EntryMatches(
                    F("_search_object"),
                    search_query,
                    content_types,
                    title_first=not _has_negation(self.query),
                )
            )
        full_rank = self._full_rank(config, content_types)
        ranked = ranked.annotate(_search_rank=full_rank).order_by(
            F("_search_rank").desc(nulls_last=True), F("pk").desc()
        )
        others = (
            rows.filter(
                **{
                    "pk__in" if integer else "_search_object__in": MatchingObjects(
                        search_query, content_types, integer=integer
                    )
                }
            )
            .exclude(**candidate)
            .order_by(F("pk").desc())
        )
        others = others.annotate(_search_rank=Value(None, output_field=FloatField()))
        if score_field is not None:
            ranked = ranked.annotate(**{score_field: Coalesce("_search_rank", Value(0.0))})
            others = others.annotate(**{score_field: Value(0.0)})
        # One statement: PostgreSQL's Append reads its parts in turn and stops at the LIMIT,
        # so the other matches are read only when the slice goes beyond the candidates.
        if stop is not None:
            ranked, others = ranked[:stop], others[:stop]
        return ranked.union(others, all=True)[start:stop]


class BoundedRankSearchResults(PostgresSearchResults):
    def _rows(self):
        """The queryset of these results (a search that takes this module's path)."""
        compiler = self.query_compiler
        config = compiler.get_config(self.backend)
        if compiler.listed:
            rows = compiler.listed_keys_matching(config, ranked=compiler.order_by_relevance)
            if self._score_field is not None:
                ranked = compiler.order_by_relevance
                score = Coalesce("_search_rank", Value(0.0)) if ranked else Value(0.0)
                rows = rows.annotate(**{self._score_field: score})
            return rows[self.start : self.stop]
        if compiler.order_by_relevance:
            return compiler.search_parts(
                config, self.start, self.stop, score_field=self._score_field
            )
        return self.get_queryset()

    def _counted(self):
        """The queryset whose count is these results' count (a sliced one: a count that stops
        at its end), without the order: nothing ranked or sorted."""
        compiler = self.query_compiler
        config = compiler.get_config(self.backend)
        if compiler.listed:
            rows = compiler.listed_keys_matching(config, ranked=False)
        else:
            rows = compiler.counting(config, from_pages=self.count_from_pages)
        return rows.order_by()[self.start : self.stop]

    def _do_search(self):
        if not getattr(self.query_compiler, "bounded", False):
            return super()._do_search()
        kept = self._kept_run("rows", BoundedRankSearchResults._rows)
        return list(self._rows()) if kept is None else kept

    # How `_do_count` reads the matches (`BoundedRankQueryCompiler.counting`).
    count_from_pages = False

    def counted_from_pages(self) -> "BoundedRankSearchResults":
        """These results, counted from the queryset's rows (for a queryset that keeps few of
        the matches: a theme's pages)."""
        results = self._clone()
        results.count_from_pages = True
        return results

    def _clone(self):
        results = super()._clone()
        results.count_from_pages = self.count_from_pages
        return results

    def _do_count(self):
        """The count without the order: a sliced search (`results[:n].count()`, a count that
        stops at `n`) counts the matches up to `n`, never ranking or sorting any."""
        if not getattr(self.query_compiler, "bounded", False):
            return super()._do_count()
        kept = self._kept_run("count", BoundedRankSearchResults._counted)
        return self._counted().count() if kept is None else kept

    def _statement_key(self, kind: str) -> tuple:
        """All that the statement of `kind` ("rows", "count") of these results depends on
        (search/statements.py); Unkeyable when some of it cannot be read exactly."""
        compiler = self.query_compiler
        queryset = compiler.queryset
        return (
            kind,
            queryset.db,
            type(compiler),
            type(self),
            compiler.get_config(self.backend),
            compiler.sql_weights,
            compiler.fields,
            compiler.order_by_relevance,
            # A set (the statement tests membership), given in any order.
            tuple(sorted(get_descendants_content_types_pks(queryset.model))),
            # A count ranks nothing: the same inside `broad_search` and outside.
            rank_candidates() if kind == "rows" else None,
            LISTED_KEYS_MAX,
            self.start,
            self.stop,
            self._score_field,
            self.count_from_pages,
            query_shape(compiler.query),
            queryset_key(queryset),
        )

    def _kept_run(self, kind: str, build: Callable):
        """These results' rows ("rows") or count ("count") from the statement kept for their
        shape (built by `build(results)` for the same shape with stand-in words the first
        time), or None where a statement is not kept: the caller builds it with the ORM.
        The rows of a statement run with the same words are read from `kept_results` while
        the results' generation lasts (`results_generation`)."""
        compiler = self.query_compiler
        database = compiler.queryset.db
        if connections[database].vendor != "postgresql":
            return None
        try:
            key = self._statement_key(kind)
        except Unkeyable:
            return None
        config = compiler.get_config(self.backend)
        statement = kept_statements.get(key)
        if statement is None:
            statement = self._statement_built(kind, build, config)
            kept_statements.put(key, statement)
        if statement is UNKEPT:
            return None
        leaves = query_leaves(compiler.query)
        words = {}
        for slot in statement.slots:
            if (slot.leaf, slot.form) not in words:
                node = leaf_forms(leaves[slot.leaf])[slot.form]
                value = tsquery_value(compiler, database, node, slot.form, config)
                if value is None:  # no word to search for: the ORM's path says what then
                    return None
                words[slot.leaf, slot.form] = value
        kept_key = (results_generation(), key, tuple(sorted(words.items())))
        rows = kept_results.get(kept_key)
        if rows is None:
            rows = tuple(statement_run(database, statement, words))
            kept_results.put(kept_key, rows)
        if kind == "count":
            return rows[0][0]
        return instances(database, statement.rows, rows)

    def _statement_built(self, kind: str, build: Callable, config):
        """The statement of these results' shape, built by `build` for stand-in words."""
        compiler = self.query_compiler
        standin_compiler = copy.copy(compiler)
        standin_compiler.query = standin_query(compiler.query)
        standin = self._clone()
        standin.query_compiler = standin_compiler
        database = compiler.queryset.db
        forms = {}
        for index, leaf in enumerate(query_leaves(standin_compiler.query)):
            for form, node in leaf_forms(leaf).items():
                value = tsquery_value(standin_compiler, database, node, form, config)
                forms[value] = (index, form)
        try:
            return statement_built(
                database, partial(build, standin), counted=kind == "count", standin_forms=forms
            )
        except Unkeyable:
            return UNKEPT


# The generation of the kept search results (search/statements.py's `kept_results`): a value
# kept with the site's other parts (core.fragments), so that every purge (a publish,
# unpublish, move, restriction or setting changed) gives a new one, and forgotten whenever
# the search index changes (`GenerationIndex`: a page or document saved, deleted, indexed).
RESULTS_GENERATION = "search_results_generation"


def results_generation() -> str:
    """The current generation of search results (one read with the request's kept parts).
    It lasts no longer than a stored page (`PAGE_CACHE_SECONDS`) whatever the cache: a worker
    that did not see a purge (a cache in local memory) finds nothing unpublished longer than
    it would serve a stored page."""
    return shared_value(
        RESULTS_GENERATION, (), lambda: uuid.uuid4().hex, seconds=settings.PAGE_CACHE_SECONDS
    )


def results_generation_bump() -> None:
    """A new generation of search results: now (this request and a test see their own
    change at once) and again after the transaction commits (a search in another process
    between the two may have read the index as it was, and kept it under the new one)."""
    shared_value_forget(RESULTS_GENERATION, ())
    transaction.on_commit(partial(shared_value_forget, RESULTS_GENERATION, ()))


class GenerationIndex(PostgresIndex):
    """Wagtail's PostgreSQL index, whose every change starts a new generation of the kept
    search results."""

    def add_items(self, model, objs):
        super().add_items(model, objs)
        results_generation_bump()

    def delete_item(self, item):
        super().delete_item(item)
        results_generation_bump()

    def delete_stale_model_entries(self, model):
        super().delete_stale_model_entries(model)
        results_generation_bump()

    def reset(self):
        super().reset()
        results_generation_bump()


class BoundedRankSearchBackend(PostgresSearchBackend):
    query_compiler_class = BoundedRankQueryCompiler
    results_class = BoundedRankSearchResults
    index_class = GenerationIndex


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    """Wagtail's database backend for the database in use; on PostgreSQL with the cheaper
    full-text statement."""
    if connection.vendor == "postgresql":
        return BoundedRankSearchBackend(params)
    return database_search_backend(params)
