"""Read-only Cypher for analysts: run a query of their own on the Neo4j store.

`run_read_query(store, "MATCH ...")` returns the columns and rows (as JSON-able Python)
of one query, at most `row_limit` rows, and never changes the graph. Three guards,
each enough on its own against a plain write:

1. The text: `check_read_only` refuses, before anything is sent, queries with a write
   or administration clause (CREATE, MERGE, DELETE, DETACH, SET, REMOVE, DROP, LOAD CSV,
   FOREACH, ..., `CALL { } IN TRANSACTIONS`, `USE`) or a procedure call (`CALL db.x()`),
   ignoring comments, string literals and `quoted` names, so that `/* */` tricks and
   lower case do not slip through and a search for the word 'set' in a sentence does.
   Read-only `CALL { ... }` subqueries are allowed.
2. The access mode: the query runs in an explicit transaction of a READ session. Neo4j
   refuses writes there (Neo.ClientError.Statement.AccessMode).
3. The transaction is always rolled back, never committed, so whatever a query did
   inside it is undone.

Timeouts: the transaction asks the server for `timeout_s` (Neo4j ends it with
Neo.ClientError.Transaction.TransactionTimedOut*). The query also runs in a worker
thread that the caller stops waiting for after `timeout_s` plus a short grace, so a
server that does not honour the Bolt timeout still cannot hold the caller: it gets
CypherTimeoutError at once, and the worker rolls back and closes its session later.

The Neo4j driver is imported only where a Neo4j store or one of its values is at hand
(`_neo4j_store`, `_neo4j_json`, `_errors`): the API imports this module for its errors,
and the driver (with the numpy and pyarrow it loads) took about 70 MB of a serving
process that reads the Ladybug store.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import math
import re
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, TypeGuard, TypeVar, cast

from actorgraph.graph.store import StoreError, StoreUnavailableError

if TYPE_CHECKING:
    from neo4j.graph import Node, Relationship

    from actorgraph.graph.ladybug_store import LadybugStore
    from actorgraph.graph.neo4j_store import Neo4jStore

__all__ = [
    "NO_CYPHER",
    "CypherCancelledError",
    "CypherQueryError",
    "CypherTimeoutError",
    "QueryResult",
    "check_read_only",
    "format_table",
    "parse_params",
    "run_read_query",
    "speaks_cypher",
    "to_json",
]

_R = TypeVar("_R")

DEFAULT_ROW_LIMIT: Final = 1000
# The most bytes of rows (as compact JSON) one answer holds: huge values in few rows
# would otherwise fill the API's memory well within the row limit.
DEFAULT_BYTE_LIMIT: Final = 4_000_000
DEFAULT_TIMEOUT_S: Final = 10.0
# How much longer than the server's own timeout the caller waits for an answer (so that
# Neo4j's timeout error, which names the query, usually arrives first).
CLIENT_GRACE_S: Final = 1.0
# How often a waiting caller looks at its stop flag.
_POLL_S: Final = 0.05
# Records fetched per round trip at most (the driver's default).
_MAX_FETCH: Final = 1000

_UNKNOWN_NAME: Final = re.compile(r"\bunknown (function|procedure)\b", re.IGNORECASE)
_DATABASE_NOT_FOUND: Final = "Neo.ClientError.Database.DatabaseNotFound"
_READ_ONLY_CODES: Final = frozenset(
    {
        "Neo.ClientError.Statement.AccessMode",
        "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase",
        "Neo.ClientError.General.ReadOnly",
        "Neo.ClientError.Transaction.ForbiddenDueToTransactionType",
    }
)


# What to tell someone who asks the SQLite store for Cypher (the API answers 409).
NO_CYPHER: Final = (
    "the SQLite store has no Cypher: use the Ladybug store (the default: unset "
    "ACTORGRAPH_STORE or set it to 'ladybug'; a SQLite store in the data folder is copied "
    "into it on first open, or run `actorgraph migrate --from sqlite:PATH --to ladybug`), "
    "or a Neo4j server: set ACTORGRAPH_STORE to its Bolt URL (e.g. bolt://127.0.0.1:7687) "
    "with ACTORGRAPH_NEO4J_USER, ACTORGRAPH_NEO4J_PASSWORD and ACTORGRAPH_NEO4J_DATABASE "
    "(and restart the API)"
)


class CypherQueryError(StoreError):
    """The analyst's query was refused (a write) or failed (syntax, types, arithmetic);
    the message says why, with the server's own words where it has some."""


class CypherTimeoutError(StoreUnavailableError):
    """The query ran longer than its timeout."""


class CypherCancelledError(StoreError):
    """The caller gave up on the query (its client went away)."""


@dataclass(frozen=True, slots=True)
class QueryResult:
    """One query's answer: column names, rows (lists in column order, JSON-able values),
    and whether rows past the row limit were left out."""

    columns: list[str]
    rows: list[list[Any]]
    truncated: bool = False


# ------------------------------------------------------------------ the text guard

# The guard is an allow-list. A query (and each `CALL { ... }` subquery, and each part
# after UNION or ";") must begin with a read clause; a CALL names a subquery or one of
# the read procedures below; a namespaced function is one of the built-in namespaces;
# and no word of the code may be one of Cypher 5's or GQL's other clause or command
# keywords. A word right after "." or "$" is a property or parameter name (`s.end`,
# `$set`) and passes; so does anything in a string, a comment or `backticks`.
_START: Final = frozenset({"MATCH", "OPTIONAL", "WITH", "UNWIND", "RETURN", "CALL"})
# Every clause or command keyword of Cypher 5 and GQL that is not a read clause above.
_REFUSED_WORDS: Final[Mapping[str, str]] = {
    **{
        word: word
        for word in (
            "CREATE",
            "MERGE",
            "SET",
            "REMOVE",
            "DELETE",
            "DETACH",
            "NODETACH",
            "INSERT",
            "FOREACH",
            "USE",
            "SHOW",
            "GRANT",
            "DENY",
            "REVOKE",
            "ALTER",
            "DROP",
            "RENAME",
            "START",
            "STOP",
            "TERMINATE",
            "ENABLE",
            "DEALLOCATE",
            "REALLOCATE",
            "DRYRUN",
            "FINISH",
            "LET",
            "FILTER",
            "NEXT",
            "EXPLAIN",
            "PROFILE",
            "CYPHER",
            "COMMIT",
            "ROLLBACK",
            "BEGIN",
            "PERIODIC",
            "IMPERSONATE",
        )
    },
    "LOAD": "LOAD CSV",
    "TRANSACTIONS": "IN TRANSACTIONS",
    "TRANSACTION": "IN TRANSACTIONS",
}
# Procedures that only read the schema (names compared without regard to case).
READ_PROCEDURES: Final = frozenset(
    {
        "db.labels",
        "db.relationshiptypes",
        "db.propertykeys",
        "db.schema.visualization",
        "db.schema.nodetypeproperties",
        "db.schema.reltypeproperties",
    }
)
# Namespaces of Neo4j's built-in functions; any other namespaced function (a plugin's,
# such as apoc.*, which can read files and URLs) is refused.
_FUNCTION_NAMESPACES: Final = frozenset(
    {"date", "datetime", "localdatetime", "localtime", "time", "duration", "point", "vector"}
)
_READ_FUNCTIONS: Final = frozenset({"db.namefromelementid"})
_TOKEN: Final = re.compile(
    r"[A-Za-z_][A-Za-z0-9_]*|[0-9][0-9_]*(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|\S"
)
# What `_code` puts in place of a `quoted` name: a name, so that `apoc`.x() still
# reads as a namespaced call and a quoted clause word is just a name.
_QUOTED_NAME: Final = "q_"


def _code(query: str, *, backslash_escapes: bool, comment: str = " ") -> str:
    """The query with string literals replaced by spaces, `quoted` names by a plain
    name, and comments by `comment`.

    An unterminated string or comment blanks the rest (the server refuses such a query).
    """
    out: list[str] = []
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        pair = query[i : i + 2]
        if pair == "//":
            end = query.find("\n", i)
            i = n if end < 0 else end
            out.append(comment)
        elif pair == "/*":
            end = query.find("*/", i + 2)
            i = n if end < 0 else end + 2
            out.append(comment)
        elif ch in "'\"`":
            i += 1
            while i < n:
                if backslash_escapes and ch != "`" and query[i] == "\\":
                    i += 2
                    continue
                if query[i] == ch:
                    if ch == "`" and query[i + 1 : i + 2] == "`":  # `a``b`: an escaped backtick
                        i += 2
                        continue
                    break
                i += 1
            i += 1
            out.append(f" {_QUOTED_NAME} " if ch == "`" else " ")
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def refused_clauses(query: str) -> list[str]:
    """What the allow-list refuses in the query's code: clause words, procedures,
    functions, or a part that does not begin with a read clause.

    The code is read several ways: with and without backslash escapes in strings, so
    that a string the server ends elsewhere than expected cannot hide a clause, and
    with comments taken out entirely (`DE/**/LETE`), in case a parser joins the parts.
    """
    found: list[str] = []
    for escapes, comment in ((True, " "), (False, " "), (True, ""), (False, "")):
        code = _code(query, backslash_escapes=escapes, comment=comment)
        for name in _refusals(_TOKEN.findall(code)):
            if name not in found:
                found.append(name)
    return found


def _refusals(tokens: list[str]) -> Iterator[str]:
    expect_start = True  # the next word must begin a read clause
    subquery_next = False  # the next "{" opens a CALL subquery
    i, n = 0, len(tokens)
    while i < n:
        token = tokens[i]
        i += 1
        if token == ";":
            expect_start = True
            continue
        if token == "{" and subquery_next:
            subquery_next, expect_start = False, True
            continue
        if not (token[0].isalpha() or token[0] == "_"):
            if expect_start:
                yield f"{token!r} (a query part must begin with a read clause)"
                expect_start = False
            continue
        if i >= 2 and tokens[i - 2] in {".", "$"}:
            continue  # a property or parameter name
        word = token.upper()
        dotted, i_after = _dotted(tokens, i - 1)
        if expect_start:
            expect_start = False
            if word not in _START:
                yield _REFUSED_WORDS.get(word, f"{token} (not a read clause)")
                continue
        if word in _REFUSED_WORDS:
            yield _REFUSED_WORDS[word]
        elif word == "UNION":
            if i < n and tokens[i].upper() in {"ALL", "DISTINCT"}:
                i += 1
            expect_start = True
        elif word == "CALL":
            following = tokens[i] if i < n else ""
            if following == "{":
                subquery_next = True
            elif following == "(":
                i = _after_brackets(tokens, i)
                subquery_next = True
            else:
                procedure, i = _dotted(tokens, i)
                if procedure.lower() not in READ_PROCEDURES:
                    yield f"CALL {procedure or '?'} (only {', '.join(_PROCEDURE_NAMES)})"
        elif "." in dotted and i_after < n and tokens[i_after] == "(":
            namespace = dotted.split(".")[0].lower()
            if namespace not in _FUNCTION_NAMESPACES and dotted.lower() not in _READ_FUNCTIONS:
                shown = dotted.replace(_QUOTED_NAME, "`...`")
                yield f"{shown}() (a function of a plugin or unknown namespace)"
            i = i_after


_PROCEDURE_NAMES: Final = (
    "db.labels",
    "db.relationshipTypes",
    "db.propertyKeys",
    "db.schema.visualization",
    "db.schema.nodeTypeProperties",
    "db.schema.relTypeProperties",
)


def _dotted(tokens: list[str], i: int) -> tuple[str, int]:
    """The name `a.b.c` starting at tokens[i] and the index after it ("" if none)."""
    parts: list[str] = []
    n = len(tokens)
    while i < n and (tokens[i][0].isalpha() or tokens[i][0] == "_"):
        parts.append(tokens[i])
        if (
            i + 2 < n
            and tokens[i + 1] == "."
            and (tokens[i + 2][0].isalpha() or tokens[i + 2][0] == "_")
        ):
            i += 2
            continue
        i += 1
        break
    return ".".join(parts), i


def _after_brackets(tokens: list[str], i: int) -> int:
    """The index after the bracket group that opens at tokens[i]."""
    depth = 0
    while i < len(tokens):
        if tokens[i] in "([{":
            depth += 1
        elif tokens[i] in ")]}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return i


def check_read_only(query: str) -> None:
    """CypherQueryError unless the query is a non-empty read-only query."""
    if not query.strip():
        raise CypherQueryError("the query is empty; write a Cypher query such as MATCH ... RETURN")
    found = refused_clauses(query)
    if found:
        raise CypherQueryError(
            f"the Cypher console is read-only and refuses {', '.join(found)}: only read "
            "queries run here (MATCH, OPTIONAL MATCH, WITH, WHERE, UNWIND, RETURN, ORDER BY, "
            "SKIP, LIMIT, UNION, CALL { ... } subqueries, and CALL of "
            f"{', '.join(_PROCEDURE_NAMES)}). The graph changes only by ingesting or "
            "deleting documents. If the word is a name in your query, quote it in "
            "backticks (`set`) or pass the value as a parameter ($name)."
        )


# ------------------------------------------------------------------------ values


def to_json(value: Any) -> Any:
    """A query value as JSON-able Python.

    Nodes become {"element_id", "labels", "properties"}, relationships
    {"element_id", "type", "start", "end", "properties"} (start and end: element ids),
    paths the list node, relationship, node, ...; temporal values ISO 8601 strings,
    points {"srid", "x", "y"[, "z"]}, bytes base64, NaN and infinities the strings
    "NaN", "Infinity", "-Infinity" (JSON has no such numbers).
    """
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        if math.isfinite(value):
            return value
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    if "neo4j" in sys.modules:  # (no value can be the driver's before it is loaded)
        found, converted = _neo4j_json(value)
        if found:
            return converted
    if isinstance(value, Mapping):
        return {str(key): to_json(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(item) for item in value]
    if isinstance(value, (dt.date, dt.time)):  # datetime is a date
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(bytes(value)).decode("ascii")
    return str(value)


def _neo4j_json(value: Any) -> tuple[bool, Any]:
    """`value` as JSON-able Python when it is one of the Neo4j driver's graph, temporal
    or spatial values (True, the value), else (False, None)."""
    from neo4j.graph import Node, Path, Relationship
    from neo4j.spatial import Point
    from neo4j.time import Date, DateTime, Duration, Time

    if isinstance(value, Node):
        return True, {
            "element_id": value.element_id,
            "labels": sorted(value.labels),
            "properties": _properties(value),
        }
    if isinstance(value, Relationship):
        return True, {
            "element_id": value.element_id,
            "type": value.type,
            "start": value.start_node.element_id if value.start_node is not None else None,
            "end": value.end_node.element_id if value.end_node is not None else None,
            "properties": _properties(value),
        }
    if isinstance(value, Path):
        items: list[Any] = [to_json(value.start_node)]
        for rel, node in zip(value.relationships, value.nodes[1:], strict=True):
            items += [to_json(rel), to_json(node)]
        return True, items
    # Before lists: Duration and Point are tuples.
    if isinstance(value, (Date, DateTime, Time, Duration)):
        return True, value.iso_format()
    if isinstance(value, Point):
        point: dict[str, Any] = {"srid": value.srid}
        point.update(zip(("x", "y", "z"), (to_json(c) for c in value), strict=False))
        return True, point
    return False, None


def _properties(entity: Node | Relationship) -> dict[str, Any]:
    return {str(key): to_json(item) for key, item in entity.items()}


_PARAM_NAME: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_PARAM_TYPES: Final = (type(None), bool, int, float, str, dt.date, dt.time, dt.timedelta)


def _check_params(params: Mapping[str, Any]) -> None:
    """CypherQueryError unless every parameter is a value the driver can send."""

    def check(value: Any, where: str) -> None:
        if isinstance(value, _PARAM_TYPES):
            return
        if isinstance(value, (list, tuple)):
            for index, item in enumerate(value):
                check(item, f"{where}[{index}]")
            return
        if isinstance(value, Mapping):
            for key, item in value.items():
                if not isinstance(key, str):
                    raise CypherQueryError(f"parameter {where} has a key that is not a string")
                check(item, f"{where}.{key}")
            return
        raise CypherQueryError(
            f"parameter {where} is a {type(value).__name__}, which Cypher cannot take; "
            "use null, booleans, numbers, strings, lists and maps"
        )

    for name, value in params.items():
        if not isinstance(name, str) or not _PARAM_NAME.fullmatch(name):
            raise CypherQueryError(
                f"{name!r} is not a valid parameter name (letters, digits and _; used as $name)"
            )
        check(value, f"${name}")


def parse_params(items: Iterable[str]) -> dict[str, Any]:
    """Parameters from `name=value` strings (command-line options): the value is read
    as JSON when it is JSON (`n=3`, `ids=["iran","iraq"]`, `x=null`), else taken as a
    string (`id=iran`). CypherQueryError for an item without "=" or a bad name."""
    params: dict[str, Any] = {}
    for item in items:
        name, sep, text = item.partition("=")
        name = name.strip().removeprefix("$")
        if not sep or not _PARAM_NAME.fullmatch(name):
            raise CypherQueryError(
                f"{item!r} is not a parameter: write name=value (e.g. id=iran or n=3)"
            )
        try:
            params[name] = json.loads(text)
        except ValueError:
            params[name] = text
    return params


# ------------------------------------------------------------------------ running


def speaks_cypher(store: object) -> TypeGuard[Neo4jStore | LadybugStore]:
    """Whether `store` answers Cypher (the Neo4j and the Ladybug store)."""
    from actorgraph.graph.ladybug_store import LadybugStore

    return isinstance(store, LadybugStore) or _neo4j_store(store) is not None


def _neo4j_store(store: object) -> Neo4jStore | None:
    """`store` when it is a Neo4j store. Without importing the driver: a Neo4jStore
    exists only once its module (which imports the driver) has been imported."""
    module = sys.modules.get("actorgraph.graph.neo4j_store")
    if module is None or not isinstance(store, module.Neo4jStore):
        return None
    return cast("Neo4jStore", store)


def run_read_query(
    store: Neo4jStore | LadybugStore,
    query: str,
    params: Mapping[str, Any] | None = None,
    *,
    row_limit: int = DEFAULT_ROW_LIMIT,
    byte_limit: int = DEFAULT_BYTE_LIMIT,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    cancel: threading.Event | None = None,
) -> QueryResult:
    """Run an analyst's read-only Cypher query on the store and return its rows.

    At most `row_limit` rows and `byte_limit` bytes of rows (as compact JSON) come back
    (`truncated` says whether there were more; a single row over `byte_limit` is a
    CypherQueryError). Setting `cancel` (from another thread) makes the call raise
    CypherCancelledError at once and the query stop at its next row.
    Raises CypherQueryError for a write or procedure call (before sending anything) and
    for a query the server refuses (syntax, types: the server's message);
    CypherTimeoutError (a StoreUnavailableError) after `timeout_s`; StoreUnavailableError
    when the server cannot be reached.
    """
    if row_limit < 1:
        raise ValueError(f"row_limit must be at least 1, not {row_limit}")
    if not timeout_s > 0:
        raise ValueError(f"timeout_s must be positive, not {timeout_s}")
    if byte_limit < 1:
        raise ValueError(f"byte_limit must be at least 1, not {byte_limit}")
    check_read_only(query)
    parameters = dict(params or {})
    _check_params(parameters)
    neo4j_store = _neo4j_store(store)
    if neo4j_store is None:  # Ladybug: its engine enforces read-only
        from actorgraph.graph.ladybug_store import LadybugStore
        from actorgraph.graph.ladybug_store import run_read_query as run_on_ladybug

        answer = run_on_ladybug(
            cast(LadybugStore, store), query, parameters, row_limit=row_limit,
            timeout_s=timeout_s,
        )
        return _within_bytes(answer, byte_limit)
    stop = cancel if cancel is not None else threading.Event()
    limits = _Limits(rows=row_limit, bytes=byte_limit, stop=stop)

    def work() -> QueryResult:
        with _errors(neo4j_store, timeout_s):
            return _fetch(neo4j_store, query, parameters, limits, timeout_s)

    return _with_deadline(work, timeout_s + CLIENT_GRACE_S, timeout_s, stop)


def _within_bytes(answer: QueryResult, byte_limit: int) -> QueryResult:
    """The answer cut to `byte_limit` bytes of rows (as compact JSON), as `_fetch` does."""
    size = 0
    for count, row in enumerate(answer.rows):
        size += len(json.dumps(row, ensure_ascii=False, separators=(",", ":")))
        if size > byte_limit:
            if count == 0:
                raise CypherQueryError(
                    f"one row of the answer is over the limit of {byte_limit:,} "
                    "bytes; return fewer or smaller values"
                )
            return QueryResult(columns=answer.columns, rows=answer.rows[:count], truncated=True)
    return answer


@dataclass(frozen=True, slots=True)
class _Limits:
    rows: int
    bytes: int
    stop: threading.Event  # set when nobody waits for the answer any more


def _fetch(
    store: Neo4jStore, query: str, params: dict[str, Any], limits: _Limits, timeout_s: float
) -> QueryResult:
    fetch_size = min(limits.rows + 1, _MAX_FETCH)
    with store.session(read_only=True, fetch_size=fetch_size) as session:
        tx = session.begin_transaction(timeout=timeout_s)
        try:
            # The analyst's text is the query itself here (that is the point of the
            # console); it was checked by check_read_only and the transaction is
            # rolled back below, whatever it did.
            # (The driver types the text as LiteralString; mypy does not check that.)
            result = tx.run(query, params)
            keys = result.keys()
            columns = [str(key) for key in keys]
            rows: list[list[Any]] = []
            size = 0
            truncated = False
            for record in result:
                if limits.stop.is_set():
                    raise CypherCancelledError("the query was abandoned by its caller")
                if len(rows) == limits.rows:
                    truncated = True
                    break
                row = [to_json(value) for value in record.values()]
                size += len(json.dumps(row, ensure_ascii=False, separators=(",", ":")))
                if size > limits.bytes:
                    if not rows:
                        raise CypherQueryError(
                            f"one row of the answer is over the limit of {limits.bytes:,} "
                            "bytes; return fewer or smaller values"
                        )
                    truncated = True
                    break
                rows.append(row)
            return QueryResult(columns=columns, rows=rows, truncated=truncated)
        finally:
            # Never commit: a write that got this far is undone.
            tx.close()


def _with_deadline(
    work: Callable[[], _R], wait_s: float, timeout_s: float, stop: threading.Event | None = None
) -> _R:
    """`work()` in a worker thread; CypherTimeoutError if it has not finished after
    `wait_s` seconds, CypherCancelledError as soon as `stop` is set. Either way the
    waiting thread returns at once and `stop` is set, so the worker ends the query at
    its next row, rolls it back and closes its session on its own."""
    stop = stop if stop is not None else threading.Event()
    outcome: list[tuple[bool, Any]] = []
    finished = threading.Event()

    def target() -> None:
        try:
            outcome.append((True, work()))
        except BaseException as exc:  # handed to the waiting thread, never lost
            outcome.append((False, exc))
        finally:
            finished.set()

    worker = threading.Thread(target=target, name="actorgraph-cypher-query", daemon=True)
    worker.start()
    deadline = time.monotonic() + wait_s
    while not finished.wait(min(_POLL_S, max(0.0, deadline - time.monotonic()))):
        if stop.is_set():
            raise CypherCancelledError("the query was abandoned by its caller")
        if time.monotonic() >= deadline:
            stop.set()
            raise CypherTimeoutError(_timeout_message(timeout_s))
    ok, value = outcome[0]
    if ok:
        return cast(_R, value)
    raise value


def _timeout_message(timeout_s: float) -> str:
    return (
        f"the query did not finish within {timeout_s:g} s; narrow it "
        "(a label, a property match, a LIMIT, a shorter variable-length pattern) or "
        "allow a longer timeout"
    )


@contextmanager
def _errors(store: Neo4jStore, timeout_s: float) -> Iterator[None]:
    """Driver errors as the console's errors."""
    from neo4j.exceptions import (
        AuthError,
        ClientError,
        ConnectionPoolError,
        DatabaseUnavailable,
        DriverError,
        Forbidden,
        Neo4jError,
        ServiceUnavailable,
        SessionExpired,
        TransientError,
    )

    where = store.location
    try:
        yield
    except AuthError as exc:
        raise StoreUnavailableError(
            f"{where} refused the credentials: {exc.message}; "
            "check ACTORGRAPH_NEO4J_USER and ACTORGRAPH_NEO4J_PASSWORD"
        ) from exc
    except (ServiceUnavailable, SessionExpired, DatabaseUnavailable, ConnectionPoolError) as exc:
        raise StoreUnavailableError(
            f"cannot reach {where}: {exc}; check that it is running and that "
            "ACTORGRAPH_STORE points at it"
        ) from exc
    except Neo4jError as exc:
        code = exc.code or ""
        message = exc.message or str(exc)
        if "TransactionTimedOut" in code:
            raise CypherTimeoutError(_timeout_message(timeout_s)) from exc
        if code == _DATABASE_NOT_FOUND:
            raise StoreUnavailableError(
                f"{where}: no such database ({message}); create it or set ACTORGRAPH_NEO4J_DATABASE"
            ) from exc
        if code in _READ_ONLY_CODES or isinstance(exc, Forbidden):
            raise CypherQueryError(
                f"the Cypher console is read-only and the server refused a write: {message}"
            ) from exc
        if isinstance(exc, TransientError):
            raise StoreUnavailableError(
                f"{where} could not run the query just now ({message}); try again"
            ) from exc
        if isinstance(exc, ClientError) or _UNKNOWN_NAME.search(message):
            # an unknown function reported as a database error: still the query's
            # fault, not the server's.
            raise CypherQueryError(f"the server refused the query: {message}") from exc
        raise StoreError(f"{where} failed while running the query: {message}") from exc
    except DriverError as exc:
        raise StoreError(f"the Neo4j driver failed while running the query: {exc}") from exc
    except OSError as exc:
        raise StoreUnavailableError(f"cannot reach {where}: {exc}") from exc


# ------------------------------------------------------------------------ tables


def format_table(result: QueryResult, *, max_width: int = 60) -> str:
    """The result as a plain-text table for a terminal, with a line saying how many
    rows there are (and whether more were cut off). Cells wider than `max_width`
    characters end in "…"; nodes show as (:Label {props}), relationships as
    [:TYPE {props}], other non-strings as compact JSON."""
    if not result.columns:
        return "(no columns)"
    table = [[_clip(column, max_width) for column in result.columns]]
    table += [[_clip(_cell(value), max_width) for value in row] for row in result.rows]
    widths = [max(len(line[i]) for line in table) for i in range(len(result.columns))]

    def line(cells: list[str]) -> str:
        return " | ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True))

    lines = [line(table[0]).rstrip(), "-+-".join("-" * width for width in widths)]
    lines += [line(cells).rstrip() for cells in table[1:]]
    count = len(result.rows)
    if result.truncated:
        lines.append(f"(first {count} rows; more were left out: raise the row limit or add LIMIT)")
    else:
        lines.append(f"({count} row{'' if count == 1 else 's'})")
    return "\n".join(lines)


_NODE_KEYS: Final = frozenset({"element_id", "labels", "properties"})
_RELATIONSHIP_KEYS: Final = frozenset({"element_id", "type", "start", "end", "properties"})


def _cell(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and set(value) == _NODE_KEYS:
        labels = "".join(f":{label}" for label in value["labels"])
        return f"({labels} {_props(value['properties'])})"
    if isinstance(value, dict) and set(value) == _RELATIONSHIP_KEYS:
        return f"[:{value['type']} {_props(value['properties'])}]"
    if isinstance(value, list):
        return "[" + ", ".join(_item(item) for item in value) + "]"
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _item(value: Any) -> str:
    """A list item: like a cell, but strings quoted."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else _cell(value)


def _props(properties: dict[str, Any]) -> str:
    inner = ", ".join(
        f"{key}: {json.dumps(item, ensure_ascii=False)}" for key, item in properties.items()
    )
    return "{" + inner + "}"


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())  # one line per row
    return text if len(text) <= width else text[: width - 1] + "…"
