"""Queries on one Ladybug connection inside the caller's transaction (`_Tx`), the rows
they read back, and the reads by key every part of the store shares: edges by their
statement ids or keys, statements, documents. Part of the Ladybug store
(graph/ladybug_store.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final, cast

import ladybug

from actorgraph.domain import RelationType
from actorgraph.graph import evidence_page
from actorgraph.graph import ladybug_cypher as q
from actorgraph.graph.document_cache import DocumentCache
from actorgraph.graph.evidence_window import named_statement
from actorgraph.graph.models import (
    DocumentInfo,
    Edge,
    document_meta_fields,
)
from actorgraph.graph.statement_rows import build_edges, grouped_statements
from actorgraph.graph.store import StoreError

_Row = dict[str, Any]
_EdgeId = tuple[str, str, RelationType, bool]
_BATCH = 1000


def _edge_id_key(eid: _EdgeId) -> str:
    source, target, type_, negated = eid
    return f"{source}|{type_.value}|{target}|{'negated' if negated else 'asserted'}"


def _rollback(conn: ladybug.Connection) -> None:
    """End the connection's transaction unless a failed query already ended it."""
    try:
        _statement(conn, "ROLLBACK")
    except RuntimeError as exc:
        if "no active transaction" not in str(exc).casefold():
            raise


def _begin_read(conn: ladybug.Connection) -> None:
    """Start a read-only transaction on the connection."""
    _statement(conn, "BEGIN TRANSACTION READ ONLY")


# The binding's `Connection.execute` wraps the engine's call in Python: it counts the
# call in flight (for its `close`), applies pending settings, looks in the query for
# scans of Python objects and for JSON parameters, finds the prepared statement, and
# wraps the result (closed when the wrapper is collected). Measured at 1M statements:
# 25 us a query outside a transaction and 45 us inside one, against the same
# statement executed on the engine's connection; a connections request makes 6-8.
# The store's reads need none of that: the store itself counts the connections in use
# and closes only idle ones, and its queries neither scan Python objects (LOAD FROM,
# COPY FROM) nor take JSON parameters (`to_json($p)`). So a read transaction's queries
# (`_query_rows`) and the start and end of a transaction (`_statement`) find the
# prepared statement in the binding's own cache (by text and parameter signature, as
# `execute` does), run it on the engine's connection under the same lock, and close
# the result once read. Any other query, a write's, or a binding without these parts
# goes through `execute`.
_LEAN_QUERIES: dict[str, bool] = {}


def _lean_connection(conn: ladybug.Connection, query: str) -> Any | None:
    """The engine's connection under `conn`, for a query the lean path may run."""
    lean = _LEAN_QUERIES.get(query)
    if lean is None:
        head = query.lstrip()[:5].upper()
        lean = "to_json" not in query.casefold() and head not in ("LOAD ", "COPY ")
        if len(_LEAN_QUERIES) < 4096:  # (a bounded number of texts: ladybug_reads)
            _LEAN_QUERIES[query] = lean
    if not lean or conn.is_closed:
        return None
    try:
        if not conn._using_pybind_backend():
            return None
        return conn._get_pybind_connection()
    except AttributeError:  # another version of the binding
        return None


def _statement(conn: ladybug.Connection, query: str) -> None:
    """Run a statement without parameters or rows (a transaction's start or end)."""
    raw = _lean_connection(conn, query)
    if raw is None:
        conn.execute(query)
        return
    conn._apply_pending_settings()
    found = raw.query(query)
    try:
        if not found.isSuccess():
            raise RuntimeError(found.getErrorMessage())
    finally:
        found.close()


def _query_rows(
    conn: ladybug.Connection, query: str, params: dict[str, Any]
) -> tuple[list[str], list[list[Any]]]:
    """The column names and rows (lists of values) of `query`, as `execute` and its
    result give them."""
    raw = _lean_connection(conn, query)
    if raw is None:
        result = _single(conn.execute(query, params))
        return result.get_column_names(), _values(result)
    conn._apply_pending_settings()  # (the engine threads a read asked for)
    if params:
        with conn._prepared_cache_lock:
            prepared = conn._get_or_prepare_pybind_statement(raw, query, params)
            found = raw.execute(prepared, params)
    else:
        found = raw.query(query)
    try:
        while found.hasNextQueryResult():  # (the last statement's rows, as _single)
            if not found.isSuccess():
                raise RuntimeError(found.getErrorMessage())
            following = found.getNextQueryResult()
            found.close()
            found = following
        if not found.isSuccess():
            raise RuntimeError(found.getErrorMessage())
        columns = found.getColumnNames()
        has_next, get_next = found.hasNext, found.getNext
        values: list[list[Any]] = []
        while has_next():
            values.append(get_next())
        return columns, values
    finally:
        found.close()


def _values(result: ladybug.QueryResult) -> list[list[Any]]:
    """Every row of `result`, as lists of values. The binding's `get_all` makes three
    Python calls per row (each checking that the result is open) around the engine's
    own; a page reads 150-300 rows, so the result it wraps is read directly when
    there is one (the same rows: `get_all` returns what its `getNext` gives)."""
    raw = getattr(result, "_query_result", None)
    if raw is None or result.is_closed:
        # Lists of values: the store never asks for rows as dicts (rows_as_dict).
        return cast("list[list[Any]]", result.get_all())
    has_next, get_next = raw.hasNext, raw.getNext
    values: list[list[Any]] = []
    while has_next():
        values.append(get_next())
    return values


def _single(result: ladybug.QueryResult | list[ladybug.QueryResult]) -> ladybug.QueryResult:
    if isinstance(result, list):
        if not result:
            raise StoreError("the query returned no result")
        return result[-1]
    return result


class _Tx:
    """Queries on one connection inside the caller's transaction; `degrees` holds the
    degrees of the actors read in it so far (a later read in the same transaction
    need not look them up again), `documents` the documents (in a snapshot)."""

    def __init__(
        self,
        conn: ladybug.Connection,
        *,
        documents: bool = False,
        cache: DocumentCache | None = None,
        generation: int = 0,
        lean: bool = False,
    ) -> None:
        self.conn = conn
        # A read transaction's queries run on the engine's connection (_query_rows); a
        # write's go through the binding's `execute`, as its statements do.
        self.lean = lean
        self.degrees: dict[str, int] = {}
        # The relation types (masks out and in: ladybug_cypher.TYPE_BITS) of the actors
        # whose degree was read, read with it.
        self.types: dict[str, tuple[int, int]] = {}
        # With `documents` (a snapshot, whose response cites what its pages read), the
        # documents read with statements (_statements_of_edges), for a later read of
        # them by id in it. None: statements are read alone (a page or walk on its own
        # would pay for documents it never shows: 1-2 ms more CPU per page).
        self.documents: dict[str, DocumentInfo] | None = {} if documents else None
        # The writing process's documents (graph/document_cache.py), and the generation
        # of the cache noted before this transaction began.
        self.cache = cache
        self.generation = generation
        # Set by a write that records a copy (the store then reads the copy index again).
        self.copies_written = False

    def note_actor(self, actor_id: str, row: _Row) -> None:
        """Keep the degree and relation types of an actor's row (ACTOR_DEGREE and the
        reads that return its columns) for later reads in the transaction."""
        self.degrees[actor_id] = int(row["degree"] or 0)
        self.types[actor_id] = (int(row["types_out"] or 0), int(row["types_in"] or 0))

    def rows(self, query: str, /, **params: Any) -> list[_Row]:
        if self.lean:
            columns, values = _query_rows(self.conn, query, params)
        else:
            result = _single(self.conn.execute(query, params))
            columns, values = result.get_column_names(), _values(result)
        return [dict(zip(columns, row, strict=True)) for row in values]

    def run(self, query: str, /, **params: Any) -> None:
        _single(self.conn.execute(query, params))

    def batched(self, query: str, rows: Sequence[_Row], /, **params: Any) -> None:
        for start in range(0, len(rows), _BATCH):
            self.run(query, rows=list(rows[start : start + _BATCH]), **params)


def _document(row: _Row, prefix: str = "", id_key: str = "id") -> DocumentInfo:
    """A document from its own row, or from a row that carries it under `prefix`."""
    return DocumentInfo(
        id=row[id_key],
        sha256=row[prefix + "sha256"],
        date=row[prefix + "date"],
        words=int(row[prefix + "words"] or 0),
        ingested_at=row[prefix + "ingested_at"] or "",
        **document_meta_fields(row.get(prefix + "meta")),
    )


def _statement_document(row: _Row) -> DocumentInfo:
    """The document of a row of q.STATEMENTS_OF_EDGES_WITH_DOCUMENTS."""
    return _document(row, prefix="doc_", id_key="document")


_RELATIONS: Final = {t.value: t for t in RelationType}


def _edges_by_ids(tx: _Tx, statement_ids: Iterable[str]) -> dict[str, Edge]:
    """The edges made of the given statements (by primary key), keyed as _edge_id_key."""
    return build_edges(_statements_by_ids(tx, statement_ids))


def _statements_by_ids(tx: _Tx, statement_ids: Iterable[str]) -> list[_Row]:
    ids = sorted(set(statement_ids))
    rows: list[_Row] = []
    for start in range(0, len(ids), _BATCH):
        rows += tx.rows(q.STATEMENTS_BY_ID, ids=ids[start : start + _BATCH])
    return rows


def _statements_of_edges(tx: _Tx, statement_ids: Iterable[str]) -> dict[str, list[_Row]]:
    """The rows of the given statements (by primary key) by edge key, each edge's in
    its statements' order (grouped_statements); the caller knows each edge's own
    fields from its key. In a snapshot the statements' documents are read with them
    into `tx.documents` (a connections response cites them next, in the same
    transaction): from the writer's cache when the transaction has one
    (_cited_documents), else joined to each statement row."""
    ids = sorted(set(statement_ids))
    documents = tx.documents
    cached = documents is not None and tx.cache is not None
    query = (
        q.STATEMENTS_OF_EDGES_BY_ID
        if documents is None or cached
        else q.STATEMENTS_OF_EDGES_WITH_DOCUMENTS
    )
    rows: list[_Row] = []
    for start in range(0, len(ids), _BATCH):
        rows += tx.rows(query, ids=ids[start : start + _BATCH])
    if documents is not None:
        if cached:
            _cited_documents(tx, documents, {row["document"] for row in rows})
        else:
            for row in rows:
                if row["document"] not in documents:
                    documents[row["document"]] = _statement_document(row)
    return grouped_statements(rows)


def _statements_of_windows(
    tx: _Tx,
    windows: Mapping[str, Sequence[str]],
    pages: Mapping[str, str | None] | None = None,
) -> dict[str, list[_Row]]:
    """_statements_of_edges of the statement ids of each edge (`windows`, by edge key).
    When every id is `DOCUMENT#SEQ` (the writers name every statement so), each row's
    document, number and edge come from its id and the edge it was asked for, not from
    the read; a snapshot of a read-only store (no cache to take the documents from)
    reads them joined to the rows instead. An edge whose Evidence node keeps the rows
    of its window (`pages`, by edge key: graph/evidence_page.py) takes them from
    there; the others are read by id."""
    owner: dict[str, str] = {}
    named: dict[str, tuple[str, int]] = {}
    for key, ids in windows.items():
        for statement_id in ids:
            parts = named_statement(statement_id)
            if parts is None:  # of another form: read whole rows
                return _statements_of_edges(tx, [i for w in windows.values() for i in w])
            owner[statement_id] = key
            named[statement_id] = parts
    if tx.documents is not None and tx.cache is None:
        return _statements_of_edges(tx, list(named))
    rows: list[_Row] = []
    unread: Iterable[str] = named.keys()
    if pages:
        for key, wanted in windows.items():
            kept = evidence_page.decode(pages.get(key), wanted)
            if kept is not None:
                rows += kept
        if rows:
            unread = named.keys() - {row["id"] for row in rows}
    ids = sorted(unread)
    for start in range(0, len(ids), _BATCH):
        rows += tx.rows(q.STATEMENTS_BY_ID_LEAN, ids=ids[start : start + _BATCH])
    for row in rows:
        statement_id = row["id"]
        row["document"], row["seq"] = named[statement_id]
        row["edge"] = owner[statement_id]
    if tx.documents is not None:
        _cited_documents(tx, tx.documents, {row["document"] for row in rows})
    return grouped_statements(rows)


def _cited_documents(
    tx: _Tx, documents: dict[str, DocumentInfo], document_ids: Iterable[str]
) -> None:
    """The documents of `document_ids` not yet in `documents` added to it: those the
    writer's cache keeps, the rest read by id (and kept). A statement whose document
    is missing keeps its row: the response cites no document for it, as it does when
    the edge is read whole without documents."""
    wanted = [i for i in document_ids if i not in documents]
    if not wanted:
        return
    cache = tx.cache
    found = cache.get(wanted, tx.generation) if cache is not None else {}
    documents.update(found)
    unread = sorted(i for i in wanted if i not in found)
    read: list[DocumentInfo] = []
    for start in range(0, len(unread), _BATCH):
        rows = tx.rows(q.DOCUMENTS_BY_ID, ids=unread[start : start + _BATCH])
        read += [_document(row) for row in rows]
    for info in read:
        documents[info.id] = info
    if cache is not None and read:
        cache.put(read, tx.generation)


def _evidence(tx: _Tx, keys: Iterable[str]) -> dict[str, list[str]]:
    """The statement ids of the edges of `keys` that exist (Evidence nodes, by key)."""
    wanted = sorted(set(keys))
    found: dict[str, list[str]] = {}
    for start in range(0, len(wanted), _BATCH):
        for row in tx.rows(q.EVIDENCE_BY_KEY, keys=wanted[start : start + _BATCH]):
            found[row["key"]] = list(row["statements"] or ())
    return found


def _heads(tx: _Tx, keys: Iterable[str]) -> dict[str, _Row]:
    """The Evidence nodes of the edges of `keys` that exist: head (None: not kept),
    confidence, CAMEO code, first and last seen."""
    wanted = sorted(set(keys))
    found: dict[str, _Row] = {}
    for start in range(0, len(wanted), _BATCH):
        for row in tx.rows(q.EVIDENCE_HEADS, keys=wanted[start : start + _BATCH]):
            found[row.pop("key")] = row
    return found


def _edges_of(tx: _Tx, keys: Iterable[str]) -> dict[str, Edge]:
    """The edges of `keys` with all their statements, keyed as _edge_id_key."""
    return _edges_by_ids(tx, [i for ids in _evidence(tx, keys).values() for i in ids])


def _row_edge_id(row: _Row) -> _EdgeId:
    """The edge of a row with `source`, `target`, `type` and `negated`."""
    return (row["source"], row["target"], _RELATIONS[row["type"]], bool(row["negated"]))


def _row_key(row: _Row) -> str:
    return _edge_id_key(_row_edge_id(row))


def _edge_ident(key: str) -> _Row:
    source, type_, target, negated = key.split("|")
    return {
        "key": key,
        "source": source,
        "target": target,
        "type": type_,
        "negated": negated == "negated",
    }


def _set_pages(tx: _Tx, evidence: Sequence[_Row], written: Sequence[_Row] = ()) -> None:
    """Set the `page` of the Evidence nodes of `evidence` (rows with each node's `key`
    and `head`, as the write sets them) from the Statement table as the transaction
    holds it (graph/evidence_page.py): the rows of each edge's first window. Rows the
    write has just written (`written`, as STATEMENTS_BY_ID reads them back) are taken
    from memory; the others are read by id."""
    wanted = {row["key"]: evidence_page.page_ids(row["head"]) for row in evidence}
    rows: dict[str, _Row] = {row["id"]: row for row in written}
    ids = sorted({i for found in wanted.values() for i in found or () if i not in rows})
    for start in range(0, len(ids), _BATCH):
        for row in tx.rows(q.STATEMENTS_BY_ID_LEAN, ids=ids[start : start + _BATCH]):
            rows[row["id"]] = row
    tx.batched(
        q.SET_EVIDENCE_PAGES,
        [{"key": key, "page": evidence_page.encode(found, rows)} for key, found in wanted.items()],
    )


# Evidence nodes given their page per transaction when a store made before pages were
# kept is filled (each part its own transaction: a page not filled is read as before).
FILL_PAGES = 20_000


def _fill_pages(tx: _Tx, limit: int = FILL_PAGES) -> int:
    """Give up to `limit` Evidence nodes without a page theirs; how many were given."""
    unfilled = tx.rows(q.UNFILLED_PAGES + str(int(limit)))
    _set_pages(tx, unfilled)
    return len(unfilled)
