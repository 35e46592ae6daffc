"""The PostgreSQL search's statements, each built and compiled once per shape and kept in the
process: a new search of the same shape costs its words as parameters, not the ORM's work
(building the querysets of a union of ~29 columns and compiling it cost 3-5 ms a statement,
more than PostgreSQL's work for a common word).

A statement is built by the backend's own code (search/backend.py), from the same queryset,
for a query of the same shape whose words are stand-ins (`keptleaf0`, ...). Its SQL holds no
word: each parameter that is a stand-in's (a phrase's text, a group of words as a tsquery's
lexemes) is a slot, filled at each search with the same parameter computed for the query's
own words (modelsearch's own `build_tsquery_content`). The other parameters are constants of
the statement, bound into its SQL once as psycopg's client-side binding would at each
execution (a long list of restricted paths was 0.5-1 ms a statement to bind).

The key of a kept statement holds everything its SQL depends on: the database, the
statement's kind and slice, the compiler's class and configuration, the content types, the
query's shape (its nodes, a phrase of one word or several: `query_shape`) and the whole
queryset searched, read node by node (`query_key`: each filter with its values, a kept
condition with its key, a subquery with its own filters, the order). A queryset with a part
it cannot read exactly (a join, an extra, an expression of another kind) has no key: that
search is built by the ORM as before, never from a statement kept for something else.
"""

import datetime
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any
from uuid import UUID

from django.core.exceptions import EmptyResultSet, FieldError
from django.db import connections
from django.db.models import Field, Model, Q
from django.db.models.expressions import (
    Case,
    Col,
    F,
    OrderBy,
    OuterRef,
    ResolvedOuterRef,
    Subquery,
    Value,
    When,
)
from django.db.models.lookups import Lookup
from django.db.models.query import ModelIterable
from django.db.models.sql import Query
from django.db.models.sql.datastructures import BaseTable, Join
from django.db.models.sql.where import NothingNode, WhereNode
from wagtail.search.query import And, Boost, Not, Or, Phrase, PlainText
from wagtail.search.query import SearchQuery as QueryNode

# How many statements are kept: a few kinds (a page of results, a count, a theme's count...)
# for each language, filter and query shape in use, and page number. LRU.
KEPT_STATEMENTS = 256

_STANDIN = "keptleaf{}"
_STANDIN_FOUND = re.compile(r"keptleaf(\d+)")


class Unkeyable(Exception):
    """A part of a search that `query_key` or `query_shape` cannot read exactly."""


# --- the query's shape -------------------------------------------------------------------


def query_shape(query: QueryNode) -> tuple:
    """`query` without its words: its nodes, each PlainText's operator, whether each phrase
    has one word or several (search/backend.py's `_without_phrases` treats those apart), each
    boost. Two queries of one shape build the same statement but for its word parameters."""
    if isinstance(query, (And, Or)):
        return (type(query).__name__, *(query_shape(part) for part in query.subqueries))
    if isinstance(query, Not):
        return ("Not", query_shape(query.subquery))
    if isinstance(query, Boost):
        return ("Boost", float(query.boost), query_shape(query.subquery))
    if type(query) is PlainText:
        return ("PlainText", query.operator)
    if type(query) is Phrase:
        return ("Phrase", len(_WORD.findall(query.query_string)) > 1)
    raise Unkeyable(type(query).__name__)


_WORD = re.compile(r"[^\W_]+")


def query_leaves(query: QueryNode) -> list:
    """The words of `query` (its PlainText and Phrase nodes), depth first."""
    if isinstance(query, (And, Or)):
        return [leaf for part in query.subqueries for leaf in query_leaves(part)]
    if isinstance(query, (Not, Boost)):
        return query_leaves(query.subquery)
    return [query]


def standin_query(query: QueryNode) -> QueryNode:
    """A query of `query`'s shape whose words are stand-ins, `keptleaf<n>` for the n-th word
    node (twice for a phrase of several words)."""
    counter = iter(range(1_000_000))

    def rebuilt(node):
        if isinstance(node, (And, Or)):
            return type(node)([rebuilt(part) for part in node.subqueries])
        if isinstance(node, Not):
            return Not(rebuilt(node.subquery))
        if isinstance(node, Boost):
            return Boost(rebuilt(node.subquery), node.boost)
        word = _STANDIN.format(next(counter))
        if type(node) is PlainText:
            return PlainText(word, operator=node.operator)
        several = len(_WORD.findall(node.query_string)) > 1
        return Phrase(f"{word} {word}" if several else word)

    return rebuilt(query)


def leaf_forms(leaf: QueryNode) -> dict[tuple, QueryNode]:
    """The forms a word node's tsquery may take in a statement: as it is (for a phrase,
    `phraseto_tsquery`; a negation turns a PlainText's lexemes), and a phrase as its words
    (the rank candidates of search/backend.py's `_phrases_as_words`)."""
    forms = {("as_is", False): leaf, ("as_is", True): leaf}
    if type(leaf) is Phrase:
        words = PlainText(leaf.query_string, operator="and")
        forms |= {("words", False): words, ("words", True): words}
    return forms


def tsquery_value(search_compiler, database: str, node: QueryNode, form: tuple, config) -> Any:
    """The word parameter of `node`'s tsquery in `form` (modelsearch's own, compiled as in a
    statement), or None when the node has no word to search for. Kept for the last words
    searched: a search's statements share them, and compiling one is 0.1-0.3 ms."""
    key = (type(search_compiler), database, type(node), node.query_string, form, config)
    if type(node) is PlainText:
        key += (node.operator,)
    kept = _tsquery_values.get(key)
    if kept is None:
        _kind, invert = form
        tsquery = search_compiler.build_tsquery_content(node, config=config, invert=invert)
        value = None
        if tsquery is not None:
            compiler = Query(None).get_compiler(using=database)
            _sql, params = compiler.compile(tsquery)
            value = params[-1]
        kept = (value,)
        _tsquery_values.put(key, kept)
    return kept[0]


# --- the queryset's key ------------------------------------------------------------------

_PLAIN = (
    str,
    int,
    float,
    bool,
    Decimal,
    UUID,
    datetime.date,
    datetime.time,
    datetime.timedelta,
)


def _field_key(field: Field) -> tuple:
    model = getattr(field, "model", None)
    return (type(field), model._meta.label if model else None, field.name, field.column)


def value_key(value: Any) -> Any:
    """`value` (a filter's value, an expression, a subquery) as a hashable key that differs
    for any difference of the SQL it compiles to; Unkeyable for anything else."""
    if value is None or isinstance(value, _PLAIN):
        return (type(value), value)
    if isinstance(value, (list, tuple)):
        return (type(value), tuple(value_key(item) for item in value))
    if isinstance(value, (set, frozenset)):
        return (frozenset, frozenset(value_key(item) for item in value))
    if isinstance(value, Query):
        return query_key(value)
    if (
        hasattr(value, "query")
        and isinstance(value.query, Query)
        and not isinstance(value, Subquery)
    ):
        return ("QuerySet", query_key(value.query))
    if isinstance(value, Field):
        return _field_key(value)
    if isinstance(value, type) and issubclass(value, Model):
        return ("model", value._meta.label)
    return _expression_key(value)


def _expression_key(expression) -> tuple:
    kind = type(expression)
    if isinstance(expression, WhereNode):
        return (
            kind,
            expression.connector,
            expression.negated,
            tuple(value_key(child) for child in expression.children),
        )
    if isinstance(expression, NothingNode):
        return (kind,)
    if isinstance(expression, Q):
        children = tuple(
            (child[0], value_key(child[1])) if isinstance(child, tuple) else value_key(child)
            for child in expression.children
        )
        return (kind, expression.connector, expression.negated, children)
    if isinstance(expression, Lookup):
        # A lookup's SQL is its class's, around its two sides (KeptPagesCondition's right
        # side: the kept condition's name and key).
        if expression.bilateral_transforms:
            raise Unkeyable("bilateral transforms")
        return (kind, value_key(expression.lhs), value_key(expression.rhs))
    if kind is Col:
        return (kind, expression.alias, _field_key(expression.target), _output_key(expression))
    if kind is Value:
        return (kind, value_key(expression.value), _output_key(expression))
    if kind in (F, OuterRef, ResolvedOuterRef):
        return (kind, expression.name)
    if kind is OrderBy:
        return (
            kind,
            value_key(expression.expression),
            expression.descending,
            expression.nulls_first,
            expression.nulls_last,
        )
    if kind is Case:
        return (
            kind,
            tuple(value_key(case) for case in expression.cases),
            value_key(expression.default),
            _output_key(expression),
        )
    if kind is When:
        return (kind, value_key(expression.condition), value_key(expression.result))
    if kind is Subquery:
        return (kind, query_key(expression.query), _output_key(expression))
    raise Unkeyable(kind.__name__)


def _output_key(expression) -> Any:
    try:
        field = expression.output_field
    except (AttributeError, FieldError):
        return None  # the same for every search of this form
    return None if field is None else (type(field), getattr(field, "name", None))


def _alias_key(table) -> tuple:
    if type(table) is BaseTable:
        return (BaseTable, table.table_name, table.table_alias)
    if type(table) is Join and isinstance(table.join_field, Field) and not table.filtered_relation:
        return (
            Join,
            table.table_name,
            table.parent_alias,
            table.table_alias,
            table.join_type,
            _field_key(table.join_field),
            table.nullable,
        )
    raise Unkeyable(type(table).__name__)


# Query attributes that are bookkeeping of aliases, not SQL: the aliases themselves are read
# from `alias_map` and the expressions.
_QUERY_BOOKKEEPING = {"alias_refcount", "used_aliases", "table_map", "external_aliases"}


def query_key(query: Query) -> tuple:
    """A key of everything `query` compiles to: every attribute it sets (Django keeps the
    defaults on the class), each read by `value_key`."""
    if type(query) is not Query:
        raise Unkeyable(type(query).__name__)
    parts = []
    for name, value in sorted(query.__dict__.items()):
        if name in _QUERY_BOOKKEEPING:
            continue
        if name == "alias_map":
            key = tuple((alias, _alias_key(table)) for alias, table in value.items())
        elif name == "model":
            key = value._meta.label if value is not None else None
        elif name in ("annotations", "extra", "_filtered_relations"):
            if value:
                raise Unkeyable(name)
            key = ()
        elif isinstance(value, dict):  # `selected` of a subquery's values(): in order
            key = (dict, tuple((item, value_key(part)) for item, part in value.items()))
        else:
            key = value_key(value)
        parts.append((name, key))
    return (Query, tuple(parts))


def queryset_key(queryset) -> tuple:
    """The key of a queryset searched: its query, and nothing read besides its rows."""
    if (
        queryset._iterable_class is not ModelIterable
        or queryset._prefetch_related_lookups
        or queryset._known_related_objects
        or queryset._fields is not None
    ):
        raise Unkeyable("queryset")
    return (queryset.model._meta.label, queryset.db, query_key(queryset.query))


# --- the kept statements -----------------------------------------------------------------


@dataclass(frozen=True)
class Slot:
    """A word parameter of a kept statement: its place, the word node and its form."""

    position: int
    leaf: int
    form: tuple


@dataclass(frozen=True)
class Rows:
    """How a statement's rows become model instances (as Django's ModelIterable makes them)."""

    model: type[Model]
    init_list: tuple[str, ...]
    start: int
    end: int
    annotations: tuple[tuple[str, int], ...]
    # The selected expressions when any of them has a converter (none on PostgreSQL for a
    # page's columns): applied by a compiler of the connection in use.
    converted: tuple | None


@dataclass(frozen=True)
class KeptStatement:
    sql: str
    params: tuple
    slots: tuple[Slot, ...]
    rows: Rows | None = None


class _Kept:
    def __init__(self, size: int):
        self.size = size
        self.statements: OrderedDict = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            statement = self.statements.get(key)
            if statement is not None:
                self.statements.move_to_end(key)
            return statement

    def put(self, key, statement) -> None:
        with self.lock:
            self.statements[key] = statement
            while len(self.statements) > self.size:
                self.statements.popitem(last=False)

    def clear(self) -> None:
        with self.lock:
            self.statements.clear()


kept_statements = _Kept(KEPT_STATEMENTS)
_tsquery_values = _Kept(1024)
# The rows of the searches last run, by the kept statement's key, its words and the results'
# generation (search/backend.py's `results_generation`): a search asked again (the next
# page's count, a common query, the same search with another lens) runs no statement until
# the index or the site changes. Per process, in memory: random queries never push the
# site's kept parts out of the shared cache. LRU.
KEPT_RESULTS = 512
kept_results = _Kept(KEPT_RESULTS)
# Kept for a shape whose statement cannot be kept (`Unkeyable` while building it): the ORM
# builds each such search, without trying again.
UNKEPT = object()


def _slots(sql: str, params: list, standin_forms: dict) -> tuple[Slot, ...]:
    """The word parameters of a statement built from stand-ins; Unkeyable when a stand-in is
    anywhere else (its SQL, a parameter of another form)."""
    if _STANDIN_FOUND.search(sql):
        raise Unkeyable("a word in the SQL")
    slots = []
    for position, param in enumerate(params):
        if isinstance(param, str) and param in standin_forms:
            leaf, form = standin_forms[param]
            slots.append(Slot(position, leaf, form))
        elif _STANDIN_FOUND.search(repr(param)):
            raise Unkeyable("a word in another parameter")
    return tuple(slots)


def _bound(connection, sql: str, params: list, slots: tuple[Slot, ...]) -> KeptStatement:
    """`sql` with its constant parameters written in (psycopg's client-side binding, as each
    execution would), the slots left as `%s` and renumbered; as it is on a server-side
    binding connection."""
    slot_positions = {slot.position for slot in slots}
    if connection.settings_dict.get("OPTIONS", {}).get("server_side_binding"):
        kept = tuple(None if index in slot_positions else p for index, p in enumerate(params))
        return KeptStatement(sql=sql, params=kept, slots=slots)
    written = []
    position = 0
    kept_slots = []
    for piece in re.split(r"(%%|%s)", sql):
        if piece != "%s":
            written.append(piece)
            continue
        if position in slot_positions:
            written.append("%s")
            (slot,) = (slot for slot in slots if slot.position == position)
            kept_slots.append(Slot(len(kept_slots), slot.leaf, slot.form))
        else:
            literal = connection.ops.compose_sql("%s", [params[position]])
            written.append(literal.replace("%", "%%"))
        position += 1
    if position != len(params):
        raise Unkeyable("placeholders")
    # A word's place: filled at each search.
    return KeptStatement(
        sql="".join(written), params=(None,) * len(kept_slots), slots=tuple(kept_slots)
    )


def _rows_of(compiler) -> Rows:
    klass_info = compiler.klass_info
    if klass_info is None or klass_info.get("related_klass_infos"):
        raise Unkeyable("related rows")
    select = compiler.select
    fields = klass_info["select_fields"]
    start, end = fields[0], fields[-1] + 1
    columns = [column for column, _sql, _alias in select[: compiler.col_count]]
    return Rows(
        model=klass_info["model"],
        init_list=tuple(column.target.attname for column, *_rest in select[start:end]),
        start=start,
        end=end,
        annotations=tuple(compiler.annotation_col_map.items()),
        converted=tuple(columns) if compiler.get_converters(columns) else None,
    )


class _Captured(Exception):  # noqa: N818 - a statement caught before it runs, not an error
    pass


def _capturing(compiler_class: type) -> type:
    """`compiler_class` whose statement is compiled, then given up (`_Captured`) unrun."""

    def execute_sql(self, *args, **kwargs):
        raise _Captured(*self.as_sql())

    return type(
        f"Capturing{compiler_class.__name__}", (compiler_class,), {"execute_sql": execute_sql}
    )


def _count_statement(connection, queryset) -> tuple[str, list]:
    """The statement `queryset.count()` runs (Django's own, whatever its form), unrun: the
    connection's compilers, for this call (the connection is this thread's), compile it and
    stop there."""
    compilers = connection.ops.compiler
    connection.ops.compiler = lambda name: _capturing(compilers(name))
    try:
        queryset.count()
    except _Captured as captured:
        return captured.args
    finally:
        del connection.ops.compiler
    raise Unkeyable("no statement")


def statement_built(
    database: str, build: Callable, *, counted: bool, standin_forms: dict
) -> KeptStatement:
    """The statement of the queryset `build()` returns, compiled (`counted`: its count, as
    Django's `count()` writes it), with its slots and constants bound."""
    queryset = build()
    connection = connections[database]
    rows = None
    try:
        if counted:
            sql, params = _count_statement(connection, queryset)
        else:
            compiler = queryset.query.get_compiler(using=database)
            sql, params = compiler.as_sql()
            rows = _rows_of(compiler)
    except EmptyResultSet as empty:
        raise Unkeyable("empty") from empty
    params = list(params)
    bound = _bound(connection, sql, params, _slots(sql, params, standin_forms))
    return replace(bound, rows=rows)


def statement_run(database: str, statement: KeptStatement, words: dict) -> list:
    """The rows of `statement` with the word parameters `words` ((leaf, form) -> value)."""
    params = list(statement.params)
    for slot in statement.slots:
        params[slot.position] = words[slot.leaf, slot.form]
    connection = connections[database]
    with connection.cursor() as cursor:
        cursor.execute(statement.sql, params)
        return cursor.fetchall()


def instances(database: str, rows: Rows, results: list) -> list:
    """The model instances of `results`, as Django's ModelIterable builds them."""
    if rows.converted is not None:
        compiler = Query(rows.model).get_compiler(using=database)
        converters = compiler.get_converters(list(rows.converted))
        results = list(compiler.apply_converters(results, converters))
    found = []
    from_db = rows.model.from_db
    for row in results:
        instance = from_db(database, rows.init_list, row[rows.start : rows.end])
        for name, position in rows.annotations:
            setattr(instance, name, row[position])
        found.append(instance)
    return found
