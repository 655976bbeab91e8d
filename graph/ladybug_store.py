"""The Ladybug store: the `GraphStore` protocol on LadybugDB, an embedded graph database
that speaks Cypher (PyPI `ladybug`, the continuation of Kùzu).

Same graph model as the Neo4j store (graph/cypher.py; the dialect differences are in
graph/ladybug_cypher.py): Actor, Document and Statement nodes, one relationship table
per relation type of the ontology. A transaction holds whole documents (one, or
several from `upsert_documents`), so a killed process leaves each fully stored or
absent (Ladybug replays its write-ahead log on
open up to a record torn by the kill, dropping what was not committed). Actors are
resolved by graph/resolution.py, as on the other stores. Reads page inside the database:
an actor's connections come strongest first with LIMIT, never by loading the actor's
edges into Python.

What a read needs is kept where it is read, in the transaction that changes it: an
actor's degree, first/last seen and document count on its node, an edge's statement
ids on its Evidence node (its evidence is then read by primary key). New documents are
written together at the end of their transaction, one query per kind of write
(`_flush`): a query's fixed preparation, not its rows, was most of a document's cost.
An edge they add statements to is updated in place. Relationships are looked up through
masks on their ends (`a.id IN $sources`), so that Ladybug reads only those actors'
adjacency: rows of an UNWIND matched by key were joined against a scan of the whole
relationship table, which grows with the graph. A replaced or deleted document takes
its statements out of its edges in place (`_unstore`): counts and statement ids shrink,
an edge is deleted once it has none, and only figures a removed statement may have
given are computed again from what the edge keeps; a replaced one's new content is
then written like a new document's.

One process may open a database folder for writing; others may open it read-only
(`read_only=True`) at the same time. A second writer gets StoreLockedError saying what
to do instead.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, TypeVar, cast

import ladybug
import networkx as nx

from actorgraph.domain import (
    SYMMETRIC_RELATIONS,
    ActorType,
    Evidence,
    Extraction,
    RelationType,
    name_key,
)
from actorgraph.graph import ladybug_cypher as q
from actorgraph.graph import search
from actorgraph.graph.evidence_window import Window, document_of, head, head_covers, window
from actorgraph.graph.ladybug_actors import HEAD_ROOM, ActorIndex, ActorState
from actorgraph.graph.merging import edge_key
from actorgraph.graph.models import (
    DUPLICATE_OF_KEY,
    ActorRecord,
    Connection,
    ConnectionPage,
    Direction,
    DocumentIdPage,
    DocumentInfo,
    Edge,
    EdgeFigures,
    EdgeKey,
    EdgePage,
    EdgeSelection,
    EvidencePage,
    GraphStats,
    Statement,
    UpsertResult,
    check_document_id,
    cited_and_copies,
    document_row,
    stored_document,
    with_document_meta,
)
from actorgraph.graph.resolution import ActorPlan, name_keys_of, plan_actors
from actorgraph.graph.statement_rows import (
    alias_order,
    build_edges,
    edge_properties,
    edge_sort_key,
)
from actorgraph.graph.store import (
    ConnectionsFromPages,
    NotFoundError,
    StoreError,
    StoreUnavailableError,
    no_actor,
    no_edge,
)
from actorgraph.graph.whole_graph import ActorRanking, DateRange, RankedActor, rank_order

if TYPE_CHECKING:
    from actorgraph.graph.cypher_console import QueryResult
    from actorgraph.graph.store import GraphStore

__all__ = ["DATABASE_FILE", "LadybugStore", "StoreBusyError", "StoreLockedError", "run_read_query"]

logger = logging.getLogger(__name__)

DATABASE_FILE = "graph.lbug"
# Ladybug's page cache. Its default is most of the machine's memory, which it then
# fills; a bounded cache keeps the serving process small (a million statements take
# about 300 MB on disk, and reads touch the columns they need). Concurrent reads share
# it: at 100k statements one depth-2 walk of a hub fits in 256 MB, two at once do not
# (512 MB holds two), and sixteen connection pages at once fill it. The API therefore
# reads on a few threads and walks one deep network at a time (api/reads.py); a read
# that still finds the pool full fails with StoreBusyError (503 and Retry-After).
BUFFER_POOL_BYTES = 256 * 2**20
# The page cache of the one-time upgrade of an earlier version's graph (then reopened
# with the serving one): moving a million statements' ids out of the relationships
# overflowed 256 MB at the commit's checkpoint.
UPGRADE_BUFFER_POOL_BYTES = 1024 * 2**20
_R = TypeVar("_R")
_Row = dict[str, Any]
_EdgeId = tuple[str, str, RelationType, bool]
_BATCH = 1000
# Engine threads for a connections page. Its queries are small: a second thread cost
# more CPU in handing work over than it saved (a page's queries took a quarter to a
# third less CPU on one), and a busy machine has no idle core to give it.
PAGE_ENGINE_THREADS = 1
# Documents per write transaction when many are upserted (upsert_documents): at most
# this many, and no more once the transaction has run this long.
BATCH_DOCUMENTS = 64
BATCH_SECONDS = 0.25


class StoreLockedError(StoreUnavailableError):
    """Another process has the database open for writing."""


class StoreBusyError(StoreUnavailableError):
    """Concurrent reads filled the buffer pool; the read can be tried again."""


# How Ladybug says that its buffer pool has no page left to give a query.
_POOL_FULL = "buffer pool is full"


def _edge_id_key(eid: _EdgeId) -> str:
    source, target, type_, negated = eid
    return f"{source}|{type_.value}|{target}|{'negated' if negated else 'asserted'}"


class LadybugStore(ConnectionsFromPages):
    """`GraphStore` on a LadybugDB database in `folder` (created if missing).

    `read_only=True` opens it for reading only (the engine refuses writes), which works
    while another process writes to it. Thread-safe: each call runs on a connection of
    its own, and writes are serialised.
    """

    def __init__(
        self,
        folder: Path,
        *,
        read_only: bool = False,
        buffer_pool_bytes: int = BUFFER_POOL_BYTES,
        batch_documents: int = BATCH_DOCUMENTS,
        batch_seconds: float = BATCH_SECONDS,
    ) -> None:
        self._folder = Path(folder)
        self._buffer_pool_mb = buffer_pool_bytes // 2**20
        self._batch = (max(1, batch_documents), batch_seconds)
        self._read_only = read_only
        self._write_lock = threading.Lock()
        self._closed = False
        self._index: ActorIndex | None = None
        file = self._folder / DATABASE_FILE
        if read_only and not file.exists():
            raise StoreUnavailableError(
                f"no graph at {self._folder}: ingest documents first (actorgraph ingest)"
            )
        self._folder.mkdir(parents=True, exist_ok=True)
        self._connections: list[ladybug.Connection] = []
        self._connections_lock = threading.Lock()
        self._open_database(buffer_pool_bytes)
        if not read_only:
            if buffer_pool_bytes < UPGRADE_BUFFER_POOL_BYTES and self._read(
                "reading the schema", _upgrade_due
            ):
                # The upgrade's checkpoint needs more than a serving cache (at 1M
                # statements 256 MB ran out): upgrade in a larger one, then reopen.
                self._reopen(UPGRADE_BUFFER_POOL_BYTES)
                self._write("upgrading the graph", _create_schema)
                self._reopen(buffer_pool_bytes)
            # One transaction: a reader (or a killed writer) never sees half a schema,
            # nor a half-done upgrade.
            self._write("creating the schema", _create_schema)
        elif not self._read("reading the schema", _current_layout):
            self.close()
            raise StoreUnavailableError(
                f"the graph at {self._folder} was made by an earlier version: open it for "
                "writing once (any writing command, or `actorgraph serve`) to upgrade it"
            )

    @property
    def path(self) -> Path:
        return self._folder

    @property
    def read_only(self) -> bool:
        return self._read_only

    def __enter__(self) -> LadybugStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # ---------------------------------------------------------------- writes

    def upsert_document(self, info: DocumentInfo, extraction: Extraction) -> UpsertResult:
        check_document_id(info, extraction)
        document = stored_document(info, extraction)

        def work(tx: _Tx) -> UpsertResult:
            index = self._actor_index(tx)
            pending = _Pending()
            result = _upsert(tx, index, pending, document, extraction)
            _flush(tx, index, pending)
            return result

        return self._write(f"writing document {info.id!r}", work, aborted=self._forget_index)

    def upsert_documents(
        self,
        items: Iterable[tuple[DocumentInfo, Extraction]],
    ) -> Iterator[UpsertResult]:
        """Upsert documents several to a transaction, yielding each result once its
        transaction has committed. A transaction takes documents until it holds
        `batch_documents` or has run `batch_seconds` (constructor arguments), whichever
        comes first: a commit waits
        on the disk (about 12 ms here), which one-document transactions pay for every
        document. Each document is still whole or absent after a kill (a batch goes as
        a whole). If a write in a batch fails, the batch is rolled back and written
        again one document per transaction, so the documents before the bad one are
        stored and the error is raised at it, as `upsert_document` would."""
        pending = iter(items)
        max_documents, max_seconds = self._batch
        while True:
            # A transaction only once there is a document for it: an empty one still
            # pays the fixed cost of a transaction.
            try:
                first = next(pending)
            except StopIteration:
                return
            batch, results, error = self._write_batch(
                itertools.chain([first], pending), max_documents, max_seconds
            )
            if results is None:  # a write failed: one transaction per document
                for info, extraction in batch:
                    yield self.upsert_document(info, extraction)
            else:
                yield from results
            if error is not None:
                raise error

    def _write_batch(
        self,
        pending: Iterator[tuple[DocumentInfo, Extraction]],
        max_documents: int,
        max_seconds: float,
    ) -> tuple[
        list[tuple[DocumentInfo, Extraction]], list[UpsertResult] | None, Exception | None
    ]:
        """Write documents from `pending` in one transaction (see upsert_documents):
        the documents taken, their results (None when a write failed and the
        transaction was rolled back), and the error `pending` itself raised, if any
        (for the caller to raise once the documents taken before it are stored)."""
        batch: list[tuple[DocumentInfo, Extraction]] = []
        source_error: list[Exception] = []

        def work(tx: _Tx) -> list[UpsertResult]:
            index = self._actor_index(tx)
            writes = _Pending()
            results: list[UpsertResult] = []
            started = time.perf_counter()
            while True:
                try:
                    info, extraction = next(pending)
                except StopIteration:
                    break
                except Exception as exc:  # the caller's error: raised after the commit
                    source_error.append(exc)
                    break
                batch.append((info, extraction))
                check_document_id(info, extraction)
                document = stored_document(info, extraction)
                results.append(_upsert(tx, index, writes, document, extraction))
                # Checked after each document: a transaction holds at least one.
                if (
                    len(batch) >= max_documents
                    or time.perf_counter() - started >= max_seconds
                ):
                    break
            _flush(tx, index, writes)
            return results

        try:
            results: list[UpsertResult] | None = self._write(
                "writing documents", work, aborted=self._forget_index
            )
        except (StoreError, ValueError):
            results = None
        return batch, results, (source_error[0] if source_error else None)

    def delete_document(self, document_id: str) -> bool:
        changed = self._write(
            f"deleting document {document_id!r}",
            lambda tx: _delete(tx, document_id, self._actor_index(tx)),
            committed=lambda ids: self._follow(_IndexUpdate(reread=ids or set())),
        )
        return changed is not None

    def _forget_index(self) -> None:
        """The index took changes of a transaction that did not commit: it is read again
        on the next write (called under the write lock)."""
        self._index = None

    def _actor_index(self, tx: _Tx) -> ActorIndex:
        """The writer's copy of every actor (graph/ladybug_actors.py), read on the first
        write, at the start of its transaction (so it holds committed state)."""
        if self._index is None:
            self._index = ActorIndex(tx.rows(q.ACTOR_STATE))
        return self._index

    def _follow(self, update: _IndexUpdate) -> None:
        """Bring the actor index up to a committed write (under the write lock, so the
        next write plans against it). If that fails, the index is read again on the
        next write rather than trusted."""
        index = self._index
        if index is None:
            return
        try:
            _bring_up(index, update, lambda ids: self._read(
                "reading the actors a write changed",
                lambda tx: tx.rows(q.ACTOR_STATE_BY_ID, ids=ids),
            ))
        except BaseException:
            self._index = None
            raise

    # ----------------------------------------------------------------- reads

    def get_document(self, document_id: str) -> DocumentInfo | None:
        rows = self._read("reading a document", lambda tx: tx.rows(q.GET_DOCUMENT, id=document_id))
        return _document(rows[0]) if rows else None

    def list_documents(self) -> list[DocumentInfo]:
        rows = self._read("listing documents", lambda tx: tx.rows(q.LIST_DOCUMENTS))
        return sorted((_document(row) for row in rows), key=lambda d: d.id)

    def source_documents(self, document_ids: Collection[str]) -> list[DocumentInfo]:
        ids = sorted(set(document_ids))
        if not ids:
            return []

        def work(tx: _Tx) -> list[DocumentInfo]:
            found = [_document(row) for row in tx.rows(q.DOCUMENTS_BY_ID, ids=ids)]
            copy_ids = {c for row in tx.rows(q.COPY_IDS, ids=ids) for c in row["copies"] or ()}
            copy_ids -= {d.id for d in found}
            copies = (
                [_document(row) for row in tx.rows(q.DOCUMENTS_BY_ID, ids=sorted(copy_ids))]
                if copy_ids
                else []
            )
            return cited_and_copies(found, copies, ids)

        return self._read("reading the documents cited", work)

    def search_actors(
        self, query: str, *, actor_type: ActorType | None = None, limit: int = 20
    ) -> list[ActorRecord]:
        query_key = name_key(query)
        if limit <= 0 or (query.strip() and not query_key):
            return []

        def work(tx: _Tx) -> list[ActorRecord]:
            names: dict[str, str] = {}
            degrees: dict[str, int] = {}
            keys: dict[str, list[str]] = {}
            for row in tx.rows(q.SEARCH_ROWS):
                if actor_type is not None and row["type"] != actor_type.value:
                    continue
                names[row["id"]] = row["name"]
                degrees[row["id"]] = int(row["degree"] or 0)
                for key in row["keys"] or ():
                    keys.setdefault(key, []).append(row["id"])
            if query_key:
                matches = search.match_keys(query_key, keys)
            else:
                matches = dict.fromkeys(names, search.Match(search.MatchKind.EXACT))
            if not matches:
                return []
            ids = search.order(matches, degrees, names)[:limit]
            records = _records(tx, ids)
            return [records[i] for i in ids if i in records]

        return self._read("searching actors", work)

    def get_actor(
        self, actor_id: str, *, document_limit: int | None = None
    ) -> ActorRecord | None:
        if document_limit is None:
            return self._read("reading an actor", lambda tx: _records(tx, [actor_id])).get(
                actor_id
            )

        def work(tx: _Tx) -> ActorRecord | None:
            rows = tx.rows(q.ACTOR_RECORD_HEAD, id=actor_id)
            if not rows:
                return None
            tx.degrees[actor_id] = int(rows[0]["degree"] or 0)
            page = _kept_page(rows[0], 0, document_limit)
            if page is None:
                page = _document_page(tx, actor_id, 0, document_limit)
            return _record(rows[0], {actor_id: page.ids}, {actor_id: page.total})

        return self._read("reading an actor", work)

    def actor_documents(
        self, actor_id: str, *, offset: int = 0, limit: int = 50
    ) -> DocumentIdPage:
        def work(tx: _Tx) -> DocumentIdPage:
            rows = tx.rows(q.ACTOR_RECORD_HEAD, id=actor_id)
            if not rows:
                raise no_actor(actor_id)
            kept = _kept_page(rows[0], offset, limit)
            return kept if kept is not None else _document_page(tx, actor_id, offset, limit)

        return self._read(f"reading the documents of {actor_id!r}", work)

    def connection_page(
        self,
        actor_id: str,
        *,
        relation_types: Sequence[RelationType] | None = None,
        direction: Direction = Direction.BOTH,
        include_negated: bool = False,
        offset: int = 0,
        limit: int = 50,
        evidence_limit: int | None = 3,
    ) -> ConnectionPage:
        """Cut in the database (the page's rows, plus a few for ties) and counted there
        when the page is full; each edge reads the statements of its first documents
        only (graph/evidence_window.py); its count comes from the relationship, its
        other figures and first documents from its Evidence node, read with it.

        The actor's degree comes first (a primary-key lookup). An actor with fewer
        asserted edges than the page wants reads them all, without counting them per
        statement count first: two reads of every relationship table fewer for most
        actors. The degree only picks the way: a stale one reads more or fewer rows,
        never another page."""
        types = (
            tuple(sorted(set(relation_types), key=lambda t: t.value)) if relation_types else None
        )
        start, size = max(offset, 0), max(limit, 0)
        reads = _one_way_reads(direction, types)

        def work(tx: _Tx) -> ConnectionPage:
            degree = _degree(tx, actor_id)
            # A self-loop is met from both ends: a few rows more than the page.
            wanted = start + size + 4
            ways = [(way, 0) for way in reads]
            held: int | None = None  # the edges of every read, when counted
            if include_negated or degree >= wanted:
                histograms = [
                    tx.rows(q.count_histogram(w, include_negated), id=actor_id) for w in reads
                ]
                # The least count of the page over all the reads together: each read
                # then returns the edges that can make the page, not `wanted` of its own.
                least, held = _least_count([r for h in histograms for r in h], wanted)
                ways = [(way, least) for way, h in zip(reads, histograms, strict=True) if h]
            pairs: list[tuple[Direction, _Row]] = []
            for way, least in ways:
                # Every edge as strong as the weakest that can make the page (ties too).
                rows = tx.rows(q.connection_ranks(way, include_negated), id=actor_id, least=least)
                pairs += [(Direction.OUT if way.outgoing else Direction.IN, row) for row in rows]
            ranked = _ranked_rows(actor_id, pairs, direction)
            full = held is not None and held >= wanted
            total = held if held is not None and (full or start > 0) else len(ranked)
            page = _with_statement_ids(tx, ranked[start : start + size], evidence_limit)
            return ConnectionPage(total, _connections(tx, page, evidence_limit))

        return self._read(
            f"reading the connections of {actor_id!r}", work, engine_threads=PAGE_ENGINE_THREADS
        )

    def connections_of(
        self,
        actor_ids: Sequence[str],
        *,
        relation_types: Sequence[RelationType] | None = None,
        include_negated: bool = False,
        limit: int = 50,
        evidence_limit: int | None = 3,
        within: Collection[str] | None = None,
    ) -> dict[str, ConnectionPage]:
        """`connection_page`'s reads made once for all the actors (a walk paid them
        per actor, and round trips were most of its time): their degrees, the count
        histograms of those with at least a page of edges, then each actor's edges
        down to its own least count over both ways, with their Evidence heads, then
        every page's evidence statements."""
        types = (
            tuple(sorted(set(relation_types), key=lambda t: t.value)) if relation_types else None
        )
        ids = list(dict.fromkeys(actor_ids))
        size = max(limit, 0)
        reads = _one_way_reads(Direction.BOTH, types)

        def work(tx: _Tx) -> dict[str, ConnectionPage]:
            if not ids:
                return {}
            degrees = {
                row["id"]: int(row["degree"] or 0)
                for row in tx.rows(q.ACTOR_DEGREES_IN, ids=ids)
            }
            known = [actor_id for actor_id in ids if actor_id in degrees]
            # A self-loop is met from both ends: a few rows more than the page.
            wanted = size + 4
            # As in connection_page: an actor with fewer asserted edges than the page
            # wants reads them all; the others are cut at the least count of their page
            # over both ways.
            counted = [a for a in known if include_negated or degrees[a] >= wanted]
            leasts = dict.fromkeys(known, 0)
            held: dict[str, int] = {}  # the edges of every read, when counted
            if counted:
                histograms: dict[str, list[_Row]] = defaultdict(list)
                rows = [{"id": actor_id} for actor_id in counted]
                for way in reads:
                    for row in tx.rows(q.count_histograms(way, include_negated), rows=rows):
                        histograms[row["actor"]].append(row)
                for actor_id in counted:
                    leasts[actor_id], held[actor_id] = _least_count(
                        histograms[actor_id], wanted
                    )
            pairs: dict[str, list[tuple[Direction, _Row]]] = {a: [] for a in known}
            cuts = [{"id": actor_id, "least": least} for actor_id, least in leasts.items()]
            for way in reads:
                way_out = Direction.OUT if way.outgoing else Direction.IN
                for row in tx.rows(q.connection_ranks_of(way, include_negated), rows=cuts):
                    pairs[row["actor"]].append((way_out, row))
            totals: dict[str, int] = {}
            ranked: list[_Ranked] = []
            for actor_id, found in pairs.items():
                ranks = _ranked_rows(actor_id, found, Direction.BOTH)
                edges = held.get(actor_id)
                totals[actor_id] = edges if edges is not None and edges >= wanted else len(ranks)
                ranked += [
                    r for r in ranks[:size] if within is None or r[1]["neighbour"] in within
                ]
            page = _with_statement_ids(tx, ranked, evidence_limit)
            connections: dict[str, list[Connection]] = {actor_id: [] for actor_id in pairs}
            for connection in _connections(tx, page, evidence_limit):
                edge = connection.edge
                near = edge.source if connection.direction is Direction.OUT else edge.target
                connections[near].append(connection)
            return {a: ConnectionPage(totals[a], items) for a, items in connections.items()}

        return self._read(f"reading the connections of {len(ids)} actors", work)

    def edge_evidence(
        self, edge: EdgeKey, *, offset: int = 0, limit: int = 50
    ) -> EvidencePage:
        """The edge's statement ids from its Evidence node (a primary-key lookup: an
        edge has one exactly when it exists); the statements of the documents the page
        overlaps, by key."""

        def work(tx: _Tx) -> EvidencePage:
            found = _evidence(tx, [_edge_id_key(edge)])
            if not found:
                raise no_edge(edge)
            ids = list(dict.fromkeys(next(iter(found.values()))))
            statements = _window_statements(tx, edge, ids, offset, limit)
            return EvidencePage(edge, len(ids), statements)

        return self._read(f"reading the evidence of {edge.source!r} -> {edge.target!r}", work)

    def edges(self) -> list[Edge]:
        rows = self._read("reading edges", lambda tx: tx.rows(q.ALL_STATEMENTS))
        return sorted(build_edges(rows).values(), key=edge_sort_key)

    def edge_page(
        self, selection: EdgeSelection, *, offset: int = 0, limit: int = 50,
        evidence_limit: int | None = None,
    ) -> EdgePage:
        """Counted, sorted and cut inside the database; only the page's statements are
        read (by primary key, from the ids each edge's Evidence node keeps; with
        `evidence_limit`, from its head)."""
        if selection.relation_types == frozenset():
            return EdgePage(0, [])
        selected, params = _selected(selection, pinned=selection.ends is not None)
        if selection.ends is not None:
            params["source"], params["target"] = selection.ends

        start = max(offset, 0)

        def work(tx: _Tx) -> EdgePage:
            if selection.ends is None:
                total, rows = _whole_graph_page(tx, selection, start, limit)
            elif start == 0 and limit > 0:
                # Two pinned ends have a handful of edges: a short page is all of them.
                rows = tx.rows(q.edge_page(selected, 0, limit), **params)
                total = (
                    len(rows)
                    if len(rows) < limit
                    else int(tx.rows(q.count_edges(selected), **params)[0]["n"])
                )
            else:
                total = int(tx.rows(q.count_edges(selected), **params)[0]["n"])
                if limit <= 0 or start >= total:
                    return EdgePage(total, [])
                rows = tx.rows(q.edge_page(selected, start, limit), **params)
            keys = [_row_key(row) for row in rows]
            edges = _page_edges(tx, rows, evidence_limit)
            return EdgePage(total, [edges[k] for k in keys if k in edges])

        return self._read("reading a page of edges", work)

    def edge_keys(
        self, actor_id: str, selection: EdgeSelection, *, limit: int = 100
    ) -> list[EdgeKey]:
        """One undirected query, cut to `limit` in the database."""

        def work(tx: _Tx) -> list[EdgeKey]:
            if not tx.rows(q.GET_ACTOR_ID, id=actor_id):
                raise NotFoundError(f"no actor {actor_id!r} in the graph; search for its id")
            if limit <= 0 or selection.relation_types == frozenset():
                return []
            selected, params = _selected(selection, pinned=False, undirected=True)
            # A self-loop is met from both ends: a few rows more than `limit`.
            rows = tx.rows(q.edge_keys(selected, limit + 4), source=actor_id, **params)
            return _ranked_keys(rows, limit)

        return self._read(f"reading the edges of {actor_id!r}", work)

    def edge_keys_of(
        self, actor_ids: Sequence[str], selection: EdgeSelection, *, limit: int = 100
    ) -> dict[str, list[EdgeKey]]:
        """One undirected query for all the actors (one round trip per level of a walk,
        where `edge_keys` per actor paid one per visited actor); each actor's rows are
        then cut as `edge_keys` cuts them."""
        ids = sorted(set(actor_ids))

        def work(tx: _Tx) -> dict[str, list[EdgeKey]]:
            if not ids:
                return {}
            found: dict[str, list[_Row]] = {r["id"]: [] for r in tx.rows(q.ACTOR_IDS_IN, ids=ids)}
            if limit <= 0 or selection.relation_types == frozenset():
                return {actor_id: [] for actor_id in found}
            selected, params = _selected(selection, pinned=False, undirected=True, many=True)
            for row in tx.rows(q.edge_keys_of(selected), sources=ids, **params):
                found[row["actor"]].append(row)
            return {
                actor_id: _ranked_keys(
                    rows
                    if len(rows) <= limit + 4  # all of them: nothing to cut first
                    else sorted(rows, key=_edge_keys_row_order)[: limit + 4],
                    limit,
                )
                for actor_id, rows in found.items()
            }

        return self._read(f"reading the edges of {len(ids)} actors", work)

    def stats(self) -> GraphStats:
        def work(tx: _Tx) -> GraphStats:
            actors = {row["type"]: int(row["n"]) for row in tx.rows(q.COUNT_ACTORS_BY_TYPE)}
            edges: dict[str, int] = defaultdict(int)
            for row in tx.rows(q.COUNT_EDGES_BY_TYPE):
                edges[edge_key(RelationType(row["type"]), bool(row["negated"]))] += int(row["n"])
            statements = tx.rows(q.COUNT_STATEMENTS)
            documents = tx.rows(q.COUNT_DOCUMENTS)
            return GraphStats(
                actors=sum(actors.values()),
                edges=sum(edges.values()),
                statements=int(statements[0]["n"]) if statements else 0,
                documents=int(documents[0]["n"]) if documents else 0,
                actors_by_type=dict(sorted(actors.items())),
                edges_by_type=dict(sorted(edges.items())),
            )

        return self._read("counting the graph", work)

    def to_networkx(self) -> nx.MultiDiGraph[str]:
        """The whole graph, projected from one read transaction (for analysis)."""

        def work(tx: _Tx) -> tuple[list[_Row], list[_Row]]:
            return tx.rows(q.ALL_ACTORS), tx.rows(q.ALL_STATEMENTS)

        actors, statements = self._read("reading the whole graph", work)
        graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
        for row in sorted(actors, key=lambda r: str(r["id"])):
            graph.add_node(
                row["id"], name=row["name"], type=row["type"], aliases=list(row["aliases"] or ())
            )
        for edge in sorted(build_edges(statements).values(), key=edge_sort_key):
            graph.add_edge(
                edge.source, edge.target, key=edge_key(edge.type, edge.negated), edge=edge
            )
        return graph

    def ping(self) -> bool:
        if self._closed:
            return False
        try:
            rows = self._read("pinging", lambda tx: tx.rows(q.PING))
        except StoreError:
            return False
        return bool(rows and rows[0]["ok"] == 1)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        with self._write_lock:
            self._close_database()

    def _open_database(self, buffer_pool_bytes: int) -> None:
        try:
            self._db = ladybug.Database(
                str(self._folder / DATABASE_FILE),
                read_only=self._read_only,
                buffer_pool_size=buffer_pool_bytes,
                # A process killed while appending a commit leaves a torn record at the
                # log's end: replay up to it (every whole commit) instead of refusing
                # to open. The torn transaction was never committed, so nothing is lost.
                throw_on_wal_replay_failure=False,
            )
        except RuntimeError as exc:
            raise _open_error(self._folder, exc) from exc
        self._local = threading.local()

    def _close_database(self) -> None:
        # Connections first: the database (and its file lock) is only let go of once
        # none is left.
        for conn in self._connections:
            conn.close()
        self._connections.clear()
        self._db.close()

    def _reopen(self, buffer_pool_bytes: int) -> None:
        """The database again with another page cache (in the constructor only)."""
        with self._write_lock:
            self._close_database()
            self._open_database(buffer_pool_bytes)

    def copy_tables(self, files: Sequence[tuple[str, Path]]) -> None:
        """Bulk load (graph/ladybug_bulk.py): COPY each Parquet file into its table, in
        order (nodes before the relationships that join them). Each COPY is the engine's
        own transaction, so the caller builds a new store in a folder of its own and
        renames it into place once every table is in."""
        with self._write_lock, self._errors("copying tables in bulk"):
            conn = self._connection()
            for table, path in files:
                if table not in q.TABLES:
                    raise StoreError(f"no table {table!r} in the Ladybug schema")
                if "'" in str(path) or "\\" in str(path):
                    raise StoreError(f"cannot COPY from {path}: quote or backslash in the path")
                conn.execute(f"COPY {table} FROM '{path}'")
        self._index = None

    # ------------------------------------------------------ for the console

    def run_read(
        self, query: str, params: dict[str, Any], row_limit: int, timeout_s: float
    ) -> tuple[list[str], list[list[Any]], bool]:
        """Run a query in a read-only transaction that is always rolled back (the engine
        refuses writes in it): its columns, at most `row_limit` rows of raw values, and
        whether there were more. Stops after `timeout_s` (RuntimeError "Interrupted")."""
        with self._errors("running a Cypher query", translate=False):
            conn = self._connection()
            conn.set_query_timeout(max(1, int(timeout_s * 1000)))
            conn.execute("BEGIN TRANSACTION READ ONLY")
            try:
                result = _single(conn.execute(query, params))
                columns = [str(c) for c in result.get_column_names()]
                rows: list[list[Any]] = []
                while result.has_next():
                    if len(rows) == row_limit:
                        return columns, rows, True
                    rows.append(list(result.get_next()))
                return columns, rows, False
            finally:
                _rollback(conn)
                conn.set_query_timeout(0)

    # --------------------------------------------------------- transactions

    def _connection(self) -> ladybug.Connection:
        conn: ladybug.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = ladybug.Connection(self._db)
            self._local.conn = conn
            with self._connections_lock:
                self._connections.append(conn)
        return conn

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads made on this thread inside the block share one read-only transaction:
        they see one state of the graph, and pay for one transaction, whose start and
        end cost about what a small query does (a connections response made three).
        A block inside another joins it. No write may be made on the thread inside."""
        if getattr(self._local, "held", None) is not None:
            yield
            return
        with self._errors("starting a read"):
            conn = self._connection()
            conn.execute("BEGIN TRANSACTION READ ONLY")
        self._local.held = _Tx(conn)
        try:
            yield
        finally:
            self._local.held = None
            # (Unless a read in the block closed the connection, ending it.)
            if getattr(self._local, "conn", None) is conn:
                self._end_read(conn)

    def _read(
        self, action: str, work: Callable[[_Tx], _R], *, engine_threads: int = 0
    ) -> _R:
        """Run `work` in a read-only transaction (the thread's snapshot, when one is
        held), its queries on at most `engine_threads` of the engine's threads (0: as
        many as the database has)."""
        try:
            with self._errors(action):
                held: _Tx | None = getattr(self._local, "held", None)
                conn = held.conn if held is not None else self._connection()
                if engine_threads:
                    conn.set_max_threads_for_exec(engine_threads)
                if held is not None:
                    try:
                        return work(held)
                    finally:
                        if engine_threads and getattr(self._local, "conn", None) is conn:
                            conn.set_max_threads_for_exec(0)
                conn.execute("BEGIN TRANSACTION READ ONLY")
                try:
                    return work(_Tx(conn))
                finally:
                    self._end_read(conn)
                    # (Unless the read closed the connection: its next one has them all.)
                    if engine_threads and getattr(self._local, "conn", None) is conn:
                        conn.set_max_threads_for_exec(0)
        except StoreError as exc:
            # Concurrent reads share the buffer pool: a full pool is a busy store (try
            # again shortly), not a broken one. Nothing was written.
            if _POOL_FULL in str(exc) and not isinstance(exc, StoreUnavailableError):
                # The connection keeps the memory its failed query took: every later
                # read on it found the pool full at once, while one on a new connection
                # passed. It is closed; the thread opens a new one on its next read.
                self._discard_connection()
                raise StoreBusyError(
                    f"the graph at {self._folder} is busy: other reads hold its buffer pool "
                    f"({self._buffer_pool_mb} MB) while {action}; try again in a moment"
                ) from exc
            raise

    def _end_read(self, conn: ladybug.Connection) -> None:
        """Roll a read back. A rollback that fails (the buffer pool full again) leaves
        the transaction open: the connection is closed instead. The read's own error,
        if any, is the one raised."""
        try:
            _rollback(conn)
        except RuntimeError as exc:
            logger.warning("closing a Ladybug connection whose read did not roll back: %s", exc)
            self._discard_connection()

    def _discard_connection(self) -> None:
        """Close this thread's connection; its next read opens a new one."""
        conn: ladybug.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            return
        self._local.conn = None
        with self._connections_lock:
            if conn in self._connections:
                self._connections.remove(conn)
        conn.close()

    def _write(
        self,
        action: str,
        work: Callable[[_Tx], _R],
        *,
        committed: Callable[[_R], None] | None = None,
        aborted: Callable[[], None] | None = None,
    ) -> _R:
        if self._read_only:
            raise StoreLockedError(
                f"the graph at {self._folder} is open read-only here; {action} needs the "
                "process that holds it for writing"
            )
        with self._write_lock, self._errors(action):
            conn = self._connection()
            conn.execute("BEGIN TRANSACTION")
            try:
                result = work(_Tx(conn))
                conn.execute("COMMIT")
            except BaseException:
                if aborted is not None:  # under the lock: no other write runs first
                    aborted()
                _rollback(conn)
                raise
            if committed is not None:
                committed(result)
            return result

    @contextmanager
    def _errors(self, action: str, *, translate: bool = True) -> Iterator[None]:
        if self._closed:
            raise StoreUnavailableError(f"the Ladybug store is closed (while {action})")
        if not translate:  # the caller reads the engine's own errors
            yield
            return
        try:
            yield
        except RuntimeError as exc:
            raise StoreError(f"the graph at {self._folder} failed while {action}: {exc}") from exc

    # ------------------------------------------------------------ whole-graph view

    def top_actors(
        self, selection: EdgeSelection, dates: DateRange, *, limit: int = 500
    ) -> ActorRanking:
        """Degrees counted and ranked inside the database; only the top rows come back."""
        selected, params = _selected(selection, pinned=False)
        dated = _dated(dates, params)
        nothing = selection.relation_types == frozenset()

        def work(tx: _Tx) -> ActorRanking:
            actors = int(tx.rows(q.COUNT_ACTORS)[0]["n"])
            bare = int(tx.rows(q.COUNT_BARE_ACTORS)[0]["n"])
            if nothing or limit <= 0:
                rows: list[_Row] = []
                with_edges = 0
            else:
                rows = tx.rows(q.top_degrees(selected, dated, limit), **params)
                with_edges = int(tx.rows(q.count_with_edges(selected, dated), **params)[0]["n"])
            if len(rows) < limit and bare:
                rows += tx.rows(q.bare_actors(limit - len(rows)))
            top = sorted((_ranked(row) for row in rows), key=rank_order)
            return ActorRanking(actors, with_edges + bare, top)

        return self._read("ranking actors by their edges", work)

    def edges_among(
        self, actor_ids: Sequence[str], selection: EdgeSelection, dates: DateRange,
        *, limit: int = 5_000, evidence_limit: int | None = None,
    ) -> EdgePage:
        """Keys and figures of the edges among the actors first; the evidence of the
        `limit` strongest only: with `evidence_limit`, their Evidence nodes' figures
        and heads (the few documents the first statements lie in), so that a hub
        edge's thousands of statements are not read to list five."""
        ids = sorted(set(actor_ids))
        if not ids or selection.relation_types == frozenset():
            return EdgePage(0, [])
        selected, params = _selected(selection, pinned=False, many=True)
        dated = _dated(dates, params)

        def work(tx: _Tx) -> EdgePage:
            rows = tx.rows(q.edges_among(selected, dated), sources=ids, **params)
            rows.sort(
                key=lambda r: (
                    -int(r["count"] or 0), -float(r["confidence"] or 0.0),
                    r["source"], r["target"], r["type"], bool(r["negated"]),
                )
            )
            chosen = rows[: max(limit, 0)]
            keys = [_row_key(row) for row in chosen]
            edges = _page_edges(tx, chosen, evidence_limit)
            chosen_edges = sorted((edges[k] for k in keys if k in edges), key=edge_sort_key)
            return EdgePage(len(rows), chosen_edges)

        return self._read(f"reading the edges among {len(ids)} actors", work)


def _dated(dates: DateRange, params: dict[str, Any]) -> str | None:
    """The statement date condition of `dates` (None: open), its parameters added."""
    if dates.open:
        return None
    if dates.date_from is not None:
        params["date_from"] = dates.date_from
    if dates.date_to is not None:
        params["date_to"] = dates.date_to
    return q.statement_dated(dates.date_from is not None, dates.date_to is not None)


def _ranked(row: _Row) -> RankedActor:
    return RankedActor(
        row["id"], row["name"], row["type"], tuple(row["aliases"] or ()), int(row["degree"])
    )


def _open_error(folder: Path, exc: RuntimeError) -> StoreUnavailableError:
    text = str(exc)
    if "lock" in text.casefold():
        return StoreLockedError(
            f"the graph at {folder} is in use by another process that writes to it "
            "(probably `actorgraph serve`): stop that process first, or send the documents "
            "to it (POST /documents or /documents/upload); reading commands (query, stats, "
            "view) work alongside it"
        )
    return StoreUnavailableError(f"cannot open the graph at {folder}: {text}")


def _rollback(conn: ladybug.Connection) -> None:
    """End the connection's transaction unless a failed query already ended it."""
    try:
        conn.execute("ROLLBACK")
    except RuntimeError as exc:
        if "no active transaction" not in str(exc).casefold():
            raise


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
    need not look them up again)."""

    def __init__(self, conn: ladybug.Connection) -> None:
        self.conn = conn
        self.degrees: dict[str, int] = {}

    def rows(self, query: str, /, **params: Any) -> list[_Row]:
        result = _single(self.conn.execute(query, params))
        columns = result.get_column_names()
        return [dict(zip(columns, values, strict=True)) for values in _values(result)]

    def run(self, query: str, /, **params: Any) -> None:
        _single(self.conn.execute(query, params))

    def batched(self, query: str, rows: Sequence[_Row], /, **params: Any) -> None:
        for start in range(0, len(rows), _BATCH):
            self.run(query, rows=list(rows[start : start + _BATCH]), **params)


# -------------------------------------------------------------------- reading


def _document(row: _Row) -> DocumentInfo:
    info = DocumentInfo(
        id=row["id"],
        sha256=row["sha256"],
        date=row["date"],
        words=int(row["words"] or 0),
        ingested_at=row["ingested_at"] or "",
    )
    return with_document_meta(info, row.get("meta"))


def _records(tx: _Tx, actor_ids: Iterable[str]) -> dict[str, ActorRecord]:
    """Actor records: names and figures from the nodes, documents from the mentions."""
    ids = sorted(set(actor_ids))
    if not ids:
        return {}
    documents = _documents_of(tx, ids)
    rows = tx.rows(q.ACTOR_RECORDS, ids=ids)
    tx.degrees.update((row["id"], int(row["degree"] or 0)) for row in rows)
    return {row["id"]: _record(row, documents) for row in rows}


def _degree(tx: _Tx, actor_id: str) -> int:
    """The actor's degree: as read earlier in the transaction, or by its node.
    Raises NotFoundError for an unknown actor."""
    known = tx.degrees.get(actor_id)
    if known is not None:
        return known
    found = tx.rows(q.ACTOR_DEGREE, id=actor_id)
    if not found:
        raise NotFoundError(f"no actor {actor_id!r} in the graph; search for its id")
    tx.degrees[actor_id] = degree = int(found[0]["degree"] or 0)
    return degree


def _document_page(tx: _Tx, actor_id: str, offset: int, limit: int) -> DocumentIdPage:
    """A page of the actor's documents by id (list_slice counts from 1, both ends in)."""
    start = max(offset, 0)
    params = {"ids": [actor_id], "first": start + 1, "last": start + max(limit, 0)}
    rows = tx.rows(q.ACTOR_DOCUMENT_PAGE, **params)
    if not rows:
        return DocumentIdPage(0, [])
    return DocumentIdPage(int(rows[0]["total"]), list(rows[0]["documents"] or ()))


def _kept_page(row: _Row, offset: int, limit: int) -> DocumentIdPage | None:
    """A page of the actor's documents from the head kept on its node (a row of
    ACTOR_RECORD_HEAD), or None when the page reaches past the head."""
    kept, total = row["document_head"] or [], int(row["document_count"] or 0)
    start = max(offset, 0)
    end = start + max(limit, 0)
    if not head_covers(kept, total, end):
        return None
    return DocumentIdPage(total, list(kept[start:end]))


def _documents_of(tx: _Tx, actor_ids: Iterable[str]) -> dict[str, list[str]]:
    ids = sorted(set(actor_ids))
    if not ids:
        return {}
    return {r["id"]: r["documents"] for r in tx.rows(q.ACTOR_DOCUMENTS, ids=ids)}


def _record(
    row: _Row, documents: dict[str, list[str]], counts: dict[str, int] | None = None
) -> ActorRecord:
    """The actor of `row` with its documents listed, or only counted (`counts`)."""
    return ActorRecord(
        id=row["id"],
        name=row["name"],
        type=ActorType(row["type"]),
        aliases=tuple(row["aliases"] or ()),
        cameo_code=row.get("cameo_code"),
        degree=int(row["degree"] or 0),
        documents=tuple(sorted(set(documents.get(row["id"], ())))),
        first_seen=row["first_seen"],
        last_seen=row["last_seen"],
        document_total=None if counts is None else counts.get(row["id"], 0),
    )


def _neighbour_fields(row: _Row) -> _Row:
    """The neighbour's fields of an edge-page row, named as ACTOR_RECORDS names them."""
    return {
        "id": row["neighbour"],
        "name": row["neighbour_name"],
        "type": row["neighbour_type"],
        "aliases": row["neighbour_aliases"],
        "degree": row["neighbour_degree"],
        "first_seen": row["neighbour_first_seen"],
        "last_seen": row["neighbour_last_seen"],
    }


_Ranked = tuple[_EdgeId, _Row, Direction]


def _ranked_rows(
    actor_id: str, pairs: Iterable[tuple[Direction, _Row]], direction: Direction
) -> list[_Ranked]:
    """Edge-page rows (each with its way from the actor) in connections order: most
    statements first, then type, neighbour name and id, way, asserted first. A
    self-loop, met from both ends, comes once; rows pointing the other way than
    `direction` are left out (but symmetric ones and self-loops)."""
    found: dict[str, tuple[tuple[Any, ...], _Ranked]] = {}
    for way, row in pairs:
        type_ = RelationType(row["type"])
        neighbour = row["neighbour"]
        source, target = (actor_id, neighbour) if way is Direction.OUT else (neighbour, actor_id)
        if not _direction_matches(source, target, type_, way, direction):
            continue
        eid: _EdgeId = (source, target, type_, bool(row["negated"]))
        key = _edge_id_key(eid)
        if key in found:  # a self-loop, seen from both ends
            continue
        name = str(row["neighbour_name"]).casefold()
        order = (-int(row["count"] or 0), type_.value, name, neighbour, way.value, eid[3])
        found[key] = (order, (eid, row, way))
    return [ranked for _, ranked in sorted(found.values(), key=lambda f: f[0])]


def _least_count(histogram: Sequence[_Row], wanted: int) -> tuple[int, int]:
    """From the edges one way counted per statement count (q.count_histogram): the
    count of the `wanted`-th strongest edge (0 when there are fewer), and how many
    edges there are."""
    held = sum(int(row["n"]) for row in histogram)
    if held < wanted:
        return 0, held
    reached = 0
    for row in sorted(histogram, key=lambda r: -int(r["count"] or 0)):
        reached += int(row["n"])
        if reached >= wanted:
            return int(row["count"] or 0), held
    return 0, held


def _one_way_reads(
    direction: Direction, types: tuple[RelationType, ...] | None
) -> list[q.OneWay]:
    """The one-way reads whose rows make an actor's connections: every self-loop on the
    way out (where the other stores put it too), and edges the other way than asked
    only when they point both ways (symmetric relations)."""
    if direction is Direction.BOTH:
        return [q.OneWay(True, types, True), q.OneWay(False, types, False)]
    symmetric = tuple(t for t in types or RelationType if t in SYMMETRIC_RELATIONS)
    if direction is Direction.OUT:
        out = q.OneWay(True, types, True)
        return [out, q.OneWay(False, symmetric, False)] if symmetric else [out]
    return [q.OneWay(False, types, False), q.OneWay(True, types, True, both_ways_only=True)]


def _with_evidence(
    tx: _Tx, ranked: Sequence[_Ranked], evidence_limit: int | None
) -> list[_Ranked]:
    """The ranked rows of a page with their edges' Evidence nodes, by key (rows of
    edges with none are left out), and the statement ids their evidence needs
    (_with_statement_ids)."""
    nodes = _heads(tx, [_edge_id_key(eid) for eid, _, _ in ranked])
    held = [
        (eid, {**row, **nodes[key]}, way)
        for eid, row, way in ranked
        if (key := _edge_id_key(eid)) in nodes
    ]
    return _with_statement_ids(tx, held, evidence_limit)


def _with_statement_ids(
    tx: _Tx, ranked: Sequence[_Ranked], evidence_limit: int | None
) -> list[_Ranked]:
    """Rows carrying their Evidence node's figures and `head`, with the statement ids
    (`statements`) their evidence needs: the head when it holds the first
    `evidence_limit` statements, else (or with no limit) all of them, by key."""
    found: dict[str, list[str]] = {}
    if evidence_limit is not None:
        for eid, row, _ in ranked:
            ids = row["head"]
            if ids is not None and head_covers(ids, int(row["count"] or 0), evidence_limit):
                found[_edge_id_key(eid)] = list(ids)
    keys = [_edge_id_key(eid) for eid, _, _ in ranked]
    found |= _evidence(tx, (k for k in keys if k not in found))
    return [
        (eid, {**row, "statements": found[key]}, way)
        for (eid, row, way), key in zip(ranked, keys, strict=True)
        if key in found
    ]


def _connections(
    tx: _Tx, ranked: Sequence[_Ranked], evidence_limit: int | None
) -> list[Connection]:
    """The connections of ranked rows: each neighbour's documents counted, not listed
    (a busy one has thousands; the count is kept on its node), each edge with all its
    statements (`evidence_limit` None) or its first few (rows of connection_ranks, which
    carry the edge's figures)."""
    if not ranked:
        return []
    documents = {row["neighbour"]: int(row["neighbour_documents"] or 0) for _, row, _ in ranked}
    if evidence_limit is None:
        edges = _edges_by_ids(tx, [i for _, row, _ in ranked for i in row.get("statements") or ()])
    else:
        edges = _capped_edges(tx, [(eid, row) for eid, row, _ in ranked], evidence_limit)
    return [
        Connection(
            neighbour=_record(_neighbour_fields(row), {}, documents),
            direction=way,
            edge=edges[_edge_id_key(eid)],
        )
        for eid, row, way in ranked
        if _edge_id_key(eid) in edges
    ]


def _capped_edges(
    tx: _Tx, rows: Sequence[tuple[_EdgeId, _Row]], evidence_limit: int
) -> dict[str, Edge]:
    """Edges with their first `evidence_limit` statements, read for all the edges in
    one query; count, dates, confidence and CAMEO code from the relationship's row.
    With no statements wanted (a walk that reads its page's evidence afterwards), the
    edges are their figures alone and nothing else is read."""
    if evidence_limit <= 0:
        return {_edge_id_key(eid): _figures_only(eid, row) for eid, row in rows}
    windows = {
        _edge_id_key(eid): window(row.get("statements") or (), 0, evidence_limit)
        for eid, row in rows
    }
    read = build_edges(_statements_of_edges(tx, [i for w in windows.values() for i in w.ids]))
    edges: dict[str, Edge] = {}
    for eid, row in rows:
        key = _edge_id_key(eid)
        built = read.get(key)
        if built is None or not _window_held(built.statements, windows[key]):
            # Ids of another form: this edge's statements are read whole.
            built = _edges_of(tx, [key]).get(key)
            if built is None:
                continue
        statements = built.statements[:evidence_limit]
        count = int(row["count"] or len(row.get("statements") or ()))
        # Made whole rather than by dataclasses.replace, which costs several times more
        # (a page makes one per edge).
        edges[key] = Edge(
            built.source,
            built.target,
            built.type,
            built.negated,
            statements,
            confidence=(
                built.confidence if row["confidence"] is None else float(row["confidence"])
            ),
            cameo=row["cameo"] or built.cameo,
            whole=(
                EdgeFigures(count, row["first_seen"], row["last_seen"])
                if count > len(statements)
                else None
            ),
        )
    return edges


def _page_edges(tx: _Tx, rows: Sequence[_Row], evidence_limit: int | None) -> dict[str, Edge]:
    """The edges of rows naming them (`source`, `target`, `type`, `negated`), keyed as
    _edge_id_key: with all their statements, or their first `evidence_limit` (their
    Evidence nodes' figures and heads: a hub edge's thousands of statements are not
    read to list a few)."""
    if evidence_limit is None:
        return _edges_of(tx, [_row_key(row) for row in rows])
    ranked = [(_row_edge_id(row), row, Direction.OUT) for row in rows]
    held = _with_evidence(tx, ranked, evidence_limit)
    return _capped_edges(tx, [(eid, row) for eid, row, _ in held], evidence_limit)


def _figures_only(eid: _EdgeId, row: _Row) -> Edge:
    count = int(row["count"] or len(row.get("statements") or ()))
    return Edge(
        *eid,
        statements=(),
        confidence=0.5 if row["confidence"] is None else float(row["confidence"]),
        cameo=row["cameo"],
        whole=EdgeFigures(count, row["first_seen"], row["last_seen"]),
    )


def _window_held(statements: Sequence[Statement], w: Window) -> bool:
    """Whether the read statements are exactly the window's (their ids named their
    documents)."""
    return len(statements) == len(w.ids) and all(s.document in w.documents for s in statements)


def _window_statements(
    tx: _Tx, eid: _EdgeId, ids: list[str], offset: int, limit: int
) -> list[Statement]:
    """The statements [offset, offset + limit) of one edge, in its order."""
    key = _edge_id_key(eid)
    if limit <= 0 or offset >= len(ids):
        return []
    w = window(ids, offset, limit)
    built = _edges_by_ids(tx, w.ids).get(key)
    if built is None or not _window_held(built.statements, w):
        built, w = _edges_by_ids(tx, ids).get(key), Window(ids, 0, frozenset())
        if built is None:
            return []
    skip = max(offset, 0) - w.before
    return list(built.statements[skip : skip + limit])


def _whole_graph_page(
    tx: _Tx, selection: EdgeSelection, offset: int, limit: int
) -> tuple[int, list[_Row]]:
    """How many edges `selection` keeps, and the rows of its page in edge_page order.

    Sorting every edge by its ends' ids to cut one page joins both ends of each edge;
    the page's edges come from the few sources it starts and ends in, whose edges
    alone are then sorted. The total is one count of the kept edges (56 ms at 1M
    statements), and those sources are found from the actors in id order, a batch at
    a time (_page_sources): counting every source's edges, grouped by id, took a
    second there."""
    counted, params = _selected(selection, pinned=False)
    total = int(tx.rows(q.count_edges(counted), **params)[0]["n"])
    if limit <= 0 or offset >= total:
        return total, []
    groups = _page_sources(tx, selection, offset + limit)
    if groups is None:  # deep in the listing: every source counted at once
        rows = tx.rows(q.edges_per_source(counted), **params)
        groups = sorted((str(r["source"]), int(r["n"])) for r in rows)
    sources: list[str] = []
    before = 0  # edges of the sources ahead of the page's first source
    reached = 0  # edges up to and including the last source taken
    for source, n in groups:
        reached += n
        if reached <= offset:
            before = reached
            continue
        sources.append(source)
        if reached >= offset + limit:
            break
    selected, params = _selected(selection, pinned=False, many=True)
    page = q.edge_page(selected, offset - before, limit)
    return total, tx.rows(page, sources=sources, **params)


# Actors read per batch, in id order, while looking for a page's sources: the first
# pages of a listing need a handful; past the last batch, every source is counted.
_SOURCE_BATCHES: Final = (8, 64, 512, 4096)


def _page_sources(tx: _Tx, selection: EdgeSelection, end: int) -> list[tuple[str, int]] | None:
    """The sources of the edges `selection` keeps, in id order, each with how many
    it has, up to the one holding the `end`-th edge (or all of them); None when the
    batches end before it. A batch's edges are counted from its actors' own
    adjacency (`a.id IN $sources`), not by scanning every relationship."""
    many, params = _selected(selection, pinned=False, many=True)
    groups: list[tuple[str, int]] = []
    reached = 0
    after: dict[str, str] = {}
    for size in _SOURCE_BATCHES:
        ids = [str(r["id"]) for r in tx.rows(q.actor_ids_after(bool(after), size), **after)]
        counts = {
            str(r["source"]): int(r["n"])
            for r in tx.rows(q.edges_per_source(many), sources=ids, **params)
        } if ids else {}
        for actor_id in ids:
            if n := counts.get(actor_id, 0):
                groups.append((actor_id, n))
                reached += n
        if reached >= end or len(ids) < size:
            return groups
        after = {"after": ids[-1]}
    return None


def _selected(
    selection: EdgeSelection, *, pinned: bool, undirected: bool = False, many: bool = False
) -> tuple[str, dict[str, Any]]:
    """The MATCH ... WHERE of `selection` and its parameters (but the pinned ends'):
    both ends pinned, or (`undirected`) the source, edges followed either way; `many`:
    the source is any of `$sources`."""
    types = (
        tuple(sorted(selection.relation_types, key=lambda t: t.value))
        if selection.relation_types is not None
        else None
    )
    selected = q.selected_edges(
        types,
        selection.include_negated,
        selection.min_confidence > 0,
        selection.seen_by is not None,
        source=(pinned or undirected) and not many,
        target=pinned,
        undirected=undirected,
        sources=many,
    )
    params: dict[str, Any] = {}
    if selection.min_confidence > 0:
        params["min_confidence"] = float(selection.min_confidence)
    if selection.seen_by is not None:
        params["seen_by"] = selection.seen_by
    return selected, params


_RELATIONS: Final = {t.value: t for t in RelationType}


def _edge_keys_row_order(row: _Row) -> tuple[int, str, str, bool]:
    """The order of q.edge_keys (strongest first, then other end, type, asserted first)."""
    return (-int(row["count"] or 0), row["other"], row["type"], bool(row["negated"]))


def _ranked_keys(rows: Iterable[_Row], limit: int) -> list[EdgeKey]:
    """Edge keys of q.edge_keys rows (a self-loop, met from both ends, once), strongest
    first, then by ends, type and asserted first; at most `limit`."""
    found: dict[EdgeKey, int] = {}
    for row in rows:
        ends = (row["actor"], row["other"])
        source, target = ends if row["outgoing"] else ends[::-1]
        type_ = _RELATIONS[row["type"]]  # a dict lookup: a walk ranks thousands of rows
        found[EdgeKey(source, target, type_, bool(row["negated"]))] = int(row["count"] or 0)
    ranked = sorted(found, key=lambda k: (-found[k], k.source, k.target, k.type, k.negated))
    return ranked[:limit]


def _direction_matches(
    source: str, target: str, type_: RelationType, way: Direction, wanted: Direction
) -> bool:
    if wanted is Direction.BOTH or way is wanted:
        return True
    if source == target:  # a self-loop points both ways
        return True
    return type_ in SYMMETRIC_RELATIONS


# -------------------------------------------------------------------- writing


def _create_schema(tx: _Tx) -> None:
    """The tables, and the one-time upgrade of a database an earlier version made (in
    the caller's transaction: a reader or a killed writer never sees half of it)."""
    tables = {row["name"] for row in tx.rows(q.TABLE_NAMES)}
    for statement in q.SCHEMA:
        tx.run(statement)
    if "Document" in tables and "DocumentCopies" not in tables:
        _index_copies(tx)
    if _edge_lists(tx):
        _move_evidence(tx)
    if not _has_figures(tx):
        _upgrade(tx)
    elif not _has_document_counts(tx):
        for statement in q.UPGRADE_DOCUMENT_COUNTS:
            tx.run(statement)
    if not _has_document_heads(tx):
        tx.run(q.ADD_DOCUMENT_HEADS)
        tx.run(q.FILL_DOCUMENT_HEADS, last=HEAD_ROOM)


def _upgrade_due(tx: _Tx) -> bool:
    """Whether the database holds a graph of an earlier version's layout (not a new,
    empty one)."""
    tables = {row["name"] for row in tx.rows(q.TABLE_NAMES)}
    return "Actor" in tables and not _current_layout(tx)


def _current_layout(tx: _Tx) -> bool:
    """Whether the database is in this version's layout (made by it, or upgraded)."""
    tables = {row["name"] for row in tx.rows(q.TABLE_NAMES)}
    return (
        {"Evidence", "DocumentCopies"} <= tables
        and _has_figures(tx)
        and _has_document_counts(tx)
        and _has_document_heads(tx)
        and not _edge_lists(tx)
    )


def _has_figures(tx: _Tx) -> bool:
    """Whether the database keeps actor figures."""
    return "degree" in {row["name"] for row in tx.rows(q.ACTOR_COLUMNS)}


def _has_document_counts(tx: _Tx) -> bool:
    """Whether the database keeps each actor's document count on its node."""
    return "document_count" in {row["name"] for row in tx.rows(q.ACTOR_COLUMNS)}


def _has_document_heads(tx: _Tx) -> bool:
    """Whether the database keeps the head of each actor's documents on its node."""
    return "document_head" in {row["name"] for row in tx.rows(q.ACTOR_COLUMNS)}


def _edge_lists(tx: _Tx) -> list[str]:
    """The relationship tables that still keep statement ids on each edge (a database
    made before evidence lived apart)."""
    return [
        t
        for t, query in q.RELATION_COLUMNS.items()
        if "statements" in {row["name"] for row in tx.rows(query)}
    ]


def _move_evidence(tx: _Tx) -> None:
    """Move each edge's statement ids from the relationship to an Evidence node keyed
    by the edge, then drop the relationship's list column."""
    for table in _edge_lists(tx):
        rows = tx.rows(q.EDGE_LISTS[table])
        tx.batched(q.CREATE_EVIDENCE, [_evidence_row(row["statements"], row) for row in rows])
        tx.run(q.DROP_EDGE_LISTS[table])


def _evidence_row(ids: Sequence[str] | None, edge: _Row) -> _Row:
    """An Evidence node's row: `edge` gives its key and figures."""
    figures = ("key", "confidence", "cameo", "first_seen", "last_seen")
    return {
        **{name: edge[name] for name in figures},
        "statements": list(ids or ()),
        "head": head(ids or ()),
    }


def _index_copies(tx: _Tx) -> None:
    """Fill the copy index of a database written before it (a copy's original was
    only in its `meta` text): the `duplicate_of` column, and DocumentCopies."""
    copies: dict[str, list[str]] = defaultdict(list)
    rows = []
    for row in tx.rows(q.UNINDEXED_COPIES, key=DUPLICATE_OF_KEY):
        original = with_document_meta(DocumentInfo(row["id"], ""), row["meta"]).duplicate_of
        if original:
            copies[original].append(row["id"])
            rows.append({"id": row["id"], "duplicate_of": original})
    tx.batched(q.SET_DUPLICATE_OF, rows)
    for original, ids in sorted(copies.items()):
        tx.run(q.SET_COPY_IDS, original=original, copies=sorted(ids))


def _track_copy(tx: _Tx, document_id: str, before: str | None, after: str | None) -> None:
    """Keep the copy index with a write of `document_id`, a copy of `before` until now
    and of `after` from now on (None: no copy)."""
    if before == after:
        return
    if before is not None:
        kept = [c for c in _copy_ids(tx, before) if c != document_id]
        if kept:
            tx.run(q.SET_COPY_IDS, original=before, copies=kept)
        else:
            tx.run(q.DELETE_COPY_IDS, original=before)
    if after is not None:
        ids = sorted({*_copy_ids(tx, after), document_id})
        tx.run(q.SET_COPY_IDS, original=after, copies=ids)


def _copy_ids(tx: _Tx, original: str) -> list[str]:
    rows = tx.rows(q.COPY_IDS, ids=[original])
    return list(rows[0]["copies"] or ()) if rows else []


def _upgrade(tx: _Tx) -> None:
    """Give a database made before the figures were kept its new columns, and make its
    edges again from the statements: every edge gets its Evidence node, every actor
    its figures."""
    for statement in q.UPGRADE:
        tx.run(statement)
    for statement in q.DELETE_RELATIONS:
        tx.run(statement)
    tx.run(q.DELETE_ALL_EVIDENCE)
    statements = tx.rows(q.STATEMENT_EDGES)
    _refresh_edges(tx, statements, {}, degree=lambda _: 0)
    stale = {row["id"] for row in tx.rows(q.ALL_ACTOR_IDS)}
    _recompute_figures(tx, stale)


@dataclass
class _IndexUpdate:
    """What a committed write changed in the writer's actor index: actors it set
    (computed by the write) and actors to read again (changed in ways it did not
    compute, on replacing or deleting a document)."""

    changed: list[ActorState] = field(default_factory=list)
    reread: set[str] = field(default_factory=set)


@dataclass
class _Pending:
    """The writes of a transaction's new documents, made together at its end by
    `_flush`: one query per kind of write for all of them, where each document cost
    about twenty of its own (a query's preparation costs the same whatever its rows)."""

    documents: list[_Row] = field(default_factory=list)
    mentions: list[_Row] = field(default_factory=list)
    statements: list[_Row] = field(default_factory=list)
    # New actors and their CAMEO codes; the actors the documents name, as they were
    # stored before the transaction (None: new).
    created: dict[str, str | None] = field(default_factory=dict)
    before: dict[str, ActorState | None] = field(default_factory=dict)

    def holds(self, document_id: str) -> bool:
        return any(row["id"] == document_id for row in self.documents)

    def clear(self) -> None:
        for part in (self.documents, self.mentions, self.statements, self.created, self.before):
            part.clear()


def _upsert(
    tx: _Tx,
    index: ActorIndex,
    pending: _Pending,
    document: DocumentInfo,
    extraction: Extraction,
) -> UpsertResult:
    """Plan a document into `pending` (a new one) or write it (a replaced one), in the
    caller's transaction; the index follows at once, so that later documents resolve
    against this one's actors (the caller forgets it if the transaction aborts)."""
    if pending.holds(document.id):  # the same id twice: it must read as stored
        _flush(tx, index, pending)
    stored = tx.rows(q.GET_DOCUMENT, id=document.id)
    if stored and stored[0]["sha256"] == document.sha256:
        return UpsertResult(document=document.id, status="unchanged")
    copy_of = _document(stored[0]).duplicate_of if stored else None
    _track_copy(tx, document.id, copy_of, document.duplicate_of)
    by_key, known = index.known_under(name_keys_of(extraction, index.name_key))
    actors = plan_actors(extraction, by_key, known, index, key=index.name_key)
    statements = statement_rows(extraction, document, actors.store_id)
    if stored:
        # Its old content is taken out at once, on the database as the pending writes
        # leave it; the new content is then planned like a new document's.
        _flush(tx, index, pending)
        removed, changed = _unstore(tx, index, document.id, keep=set(actors.mentions))
        _apply_in_tx(tx, index, _IndexUpdate(reread=changed))
        created = _plan_new(index, pending, document, extraction, actors, statements)
        return replace(created, status="replaced", statements_removed=removed)
    return _plan_new(index, pending, document, extraction, actors, statements)


def _plan_new(
    index: ActorIndex,
    pending: _Pending,
    document: DocumentInfo,
    extraction: Extraction,
    actors: ActorPlan,
    statements: list[_Row],
) -> UpsertResult:
    """Plan a document that is not stored (or no longer) into `pending`."""
    states = named_states(index, actors, document.id)
    for actor_id in states:
        if actor_id not in pending.before:
            pending.before[actor_id] = index.get(actor_id)
    for actor in actors.new:
        pending.created[actor.id] = new_actor_cameo(extraction, actor.id, actors.local)
    pending.documents.append(document_row(document))
    pending.mentions.extend(_mention_rows(document.id, actors.mentions))
    pending.statements.extend(statements)
    # Names now; figures once the transaction's edges are known (_flush).
    index.apply(states.values())
    return UpsertResult(
        document=document.id,
        status="created",
        actors_added=len(actors.new),
        statements_added=len(statements),
    )


def _mention_rows(document_id: str, mentions: dict[str, list[tuple[str, str]]]) -> list[_Row]:
    return [
        {
            "document": document_id,
            "actor": actor_id,
            "names": [n for n, _ in names],
            "keys": [k for _, k in names],
        }
        for actor_id, names in mentions.items()
    ]


def _flush(tx: _Tx, index: ActorIndex, pending: _Pending) -> None:
    """Write the pending new documents: their edges' figures from the stored ones and
    the new statements (a stored edge is updated in place: its count, confidence and
    dates set, its new statement ids appended to its Evidence node), their actors'
    names and figures, then every row, one query per kind of write."""
    if not pending.documents:
        return
    edges = _grown_edges(tx, pending.statements)
    states = _figured_states(index, pending.before, edges)
    created = [
        {**states[a].row(), "cameo_code": code} for a, code in sorted(pending.created.items())
    ]
    renamed, refigured = [], []
    for actor_id in sorted(set(states) - set(pending.created)):
        before, after = pending.before.get(actor_id) or index.get(actor_id), states[actor_id]
        if before is not None and (before.aliases, before.keys) == (after.aliases, after.keys):
            if before != after:
                refigured.append(after.row())
        else:  # lists are costly to set in Ladybug: names only where a document added one
            renamed.append(after.row())
    tx.batched(q.CREATE_FULL_ACTORS, created)
    tx.batched(q.SET_ACTOR_STATE, renamed)
    tx.batched(q.SET_ACTOR_FIGURES, refigured)
    stored = sorted(set(states) - set(pending.created))
    _set_heads(tx, [states[a] for a in stored], lambda a: pending.before.get(a) or index.get(a))
    tx.batched(q.CREATE_DOCUMENTS, pending.documents)
    tx.batched(q.CREATE_MENTIONS, pending.mentions)
    tx.batched(q.CREATE_STATEMENTS, pending.statements)
    tx.batched(q.LINK_CLAIMS, [row for row in pending.statements if row["source_actor"]])
    _write_grown_edges(tx, edges)
    index.apply(states.values())
    pending.clear()


@dataclass(frozen=True)
class _Grown:
    """An edge a write adds statements to: its figures after the write, the ids it
    gains, and whether it was stored before (then updated in place)."""

    edge: Edge
    added: list[str]
    head: list[str]
    stored: bool


def _grown_edges(tx: _Tx, statements: Sequence[_Row]) -> dict[str, _Grown]:
    """The edges `statements` (new ones, of documents not stored) join, by key, with
    their figures after the write. A stored edge's figures come from its Evidence node
    and the new statements alone, without reading its statements, except where the new
    statements could change which one gives the edge its CAMEO code (the first explicit
    one in the edge's order): those edges are read whole."""
    joining: dict[str, list[_Row]] = defaultdict(list)
    for row in statements:
        joining[row["edge"]].append(as_read_back(row))
    stored = {row["key"]: row for row in _chunked(tx, q.EVIDENCE_FIGURES, sorted(joining))}
    grown: dict[str, _Grown] = {}
    whole: list[str] = []
    for key, rows in joining.items():
        (new,) = build_edges(rows).values()
        ids = [row["id"] for row in rows]
        old = stored.get(key)
        if old is None:
            grown[key] = _Grown(new, ids, head(ids), stored=False)
            continue
        cameo = _grown_cameo(old, new, rows)
        if cameo is _UNKNOWN or old["head"] is None:
            whole.append(key)
            continue
        figures = EdgeFigures(
            int(old["count"]) + new.count,
            _earliest(old["first_seen"], new.first_seen),
            _latest(old["last_seen"], new.last_seen),
        )
        edge = replace(
            new,
            statements=(),
            confidence=max(float(old["confidence"]), new.confidence),
            cameo=cameo,
            whole=figures,
        )
        grown[key] = _Grown(edge, ids, head([*old["head"], *ids]), stored=True)
    if whole:
        kept = _evidence(tx, whole)
        rows = _statements_by_ids(tx, [i for key in whole for i in kept[key]])
        rebuilt = build_edges(rows + [row for key in whole for row in joining[key]])
        for key in whole:
            added = [row["id"] for row in joining[key]]
            ids = [*kept[key], *added]
            grown[key] = _Grown(rebuilt[key], added, head(ids), stored=True)
    return grown


_UNKNOWN: Final = "?"


def _grown_cameo(old: _Row, new: Edge, rows: Sequence[_Row]) -> str | None:
    """The CAMEO code of a stored edge (its Evidence figures `old`) once new statements
    `rows` (making edge `new`) join it, or _UNKNOWN when only its stored statements can
    tell. An edge's code is the first explicit one in its order (by document, then
    offsets), else the ontology's."""
    stored_code: str | None = old["cameo"]
    first_new = next(
        (row["cameo"] for row in sorted(rows, key=_statement_order) if row["cameo"]), None
    )
    if first_new is None or first_new == stored_code:
        return stored_code  # no new code, or the same one
    if stored_code is None:
        return str(first_new)  # the stored statements have none
    first_stored = min(document_of(i) for i in old["head"] or ("",))
    if all(row["document"] < first_stored for row in rows):
        return new.cameo  # every new statement comes before the stored ones
    return _UNKNOWN


def _statement_order(row: _Row) -> tuple[str, int, int, int]:
    return (row["document"], int(row["start"]), int(row["end"]), int(row["seq"]))


def _current_state(
    states: dict[str, ActorState], index: ActorIndex, actor_id: str
) -> ActorState:
    """An actor's figures as a write has made them so far, else as the index holds them."""
    found = states.get(actor_id) or index.get(actor_id)
    if found is None:
        raise StoreError(f"actor {actor_id!r} is neither stored nor new")
    return found


def _figured_states(
    index: ActorIndex, before: dict[str, ActorState | None], edges: dict[str, _Grown]
) -> dict[str, ActorState]:
    """The actors the pending documents name or join by an edge, with their figures
    after the write: one more degree per new asserted edge, first and last seen
    widened to the edges' dates."""
    states: dict[str, ActorState] = {}

    state = partial(_current_state, states, index)

    for actor_id in before:
        states[actor_id] = state(actor_id)
    for key in sorted(edges):
        grown = edges[key]
        edge = grown.edge
        for end in {edge.source, edge.target}:
            current = state(end)
            degree = current.degree + (0 if grown.stored or edge.negated else 1)
            states[end] = current.with_figures(
                degree,
                _earliest(current.first_seen, edge.first_seen),
                _latest(current.last_seen, edge.last_seen),
            )
    return states


def _write_grown_edges(tx: _Tx, edges: dict[str, _Grown]) -> None:
    """New edges created with their Evidence nodes; stored ones updated in place."""
    creates: dict[RelationType, list[_Row]] = defaultdict(list)
    updates: dict[RelationType, list[_Row]] = defaultdict(list)
    evidence: list[_Row] = []
    grown_evidence: list[_Row] = []
    for key in sorted(edges):
        grown = edges[key]
        row = _edge_row(grown.edge)
        figures = {**edge_properties(grown.edge), "key": key}
        if grown.stored:
            updates[grown.edge.type].append(row)
            grown_evidence.append({**_evidence_row(grown.added, figures), "head": grown.head})
        else:
            creates[grown.edge.type].append(row)
            evidence.append(_evidence_row(grown.added, figures))
    for type_, rows in sorted(creates.items()):
        tx.batched(q.CREATE_RELATION[type_], rows)
    tx.batched(q.CREATE_EVIDENCE, evidence)
    _masked(tx, q.UPDATE_RELATION, updates)
    tx.batched(q.UPDATE_EVIDENCE, grown_evidence)


def _chunked(tx: _Tx, query: str, keys: Sequence[str]) -> list[_Row]:
    """The rows of a read by `$keys`, in parts of _BATCH keys."""
    rows: list[_Row] = []
    for start in range(0, len(keys), _BATCH):
        rows += tx.rows(query, keys=list(keys[start : start + _BATCH]))
    return rows


def _apply_in_tx(tx: _Tx, index: ActorIndex, update: _IndexUpdate) -> None:
    """Bring the index up to a write inside its (uncommitted) transaction; the caller
    drops the index if that transaction does not commit."""
    _bring_up(index, update, lambda ids: tx.rows(q.ACTOR_STATE_BY_ID, ids=ids))


def _bring_up(
    index: ActorIndex, update: _IndexUpdate, actor_rows: Callable[[list[str]], list[_Row]]
) -> None:
    """Apply a write's changed actors to the index, and read again (`actor_rows`) the
    actors it could not follow in memory."""
    index.apply(update.changed)
    if update.reread:
        wanted = sorted(update.reread)
        index.refresh(actor_rows(wanted), wanted)


def named_states(
    index: ActorIndex, actors: ActorPlan, document_id: str
) -> dict[str, ActorState]:
    """The new actors of a plan and the actors a new document mentions, with the names
    it mentions them by added to their aliases and name keys, and the document counted
    and kept in their heads (edge figures unchanged)."""
    states: dict[str, ActorState] = {}
    for new in actors.new:
        states[new.id] = ActorState(
            new.id, new.name, new.type, new.key, (new.key,) if new.key else (), (), 0, None, None
        )
    for actor_id, names in actors.mentions.items():
        current = states.get(actor_id) or index.get(actor_id)
        if current is None:
            raise StoreError(f"actor {actor_id!r} is neither stored nor new")
        aliases = set(current.aliases) | {n for n, _ in names if n != current.name}
        keys = set(current.keys) | {k for _, k in names if k}
        if current.key:
            keys.add(current.key)
        states[actor_id] = replace(
            current.mentioned_in(document_id),
            aliases=tuple(sorted(aliases, key=alias_order)),
            keys=tuple(sorted(keys)),
        )
    return states


def new_actor_cameo(extraction: Extraction, actor_id: str, local: dict[str, str]) -> str | None:
    """The CAMEO actor code of a new actor, where the extraction's actors carry one."""
    for actor in extraction.actors:
        if local.get(actor.id) == actor_id:
            code = getattr(actor, "cameo_code", None)
            if code:
                return str(code)
    return None


def statement_rows(
    extraction: Extraction, document: DocumentInfo, store_id: Callable[[str, str], str]
) -> list[_Row]:
    rows: list[_Row] = []
    seen: set[tuple[object, ...]] = set()
    for rel in extraction.relations:
        eid: _EdgeId = (
            store_id(rel.source, extraction.document),
            store_id(rel.target, extraction.document),
            rel.type,
            rel.negated,
        )
        claimant = store_id(rel.source_actor, extraction.document) if rel.source_actor else None
        date = rel.date or document.date  # undated statements take the dateline date
        for ev in rel.evidence or (Evidence(text="", start=0, end=0),):
            dedupe = (*eid, ev.start, ev.end, ev.text)  # one sentence read twice: one statement
            if dedupe in seen:
                continue
            seen.add(dedupe)
            seq = len(rows)
            rows.append(
                {
                    "id": f"{document.id}#{seq}",
                    "document": document.id,
                    "seq": seq,
                    "edge": _edge_id_key(eid),
                    "source": eid[0],
                    "target": eid[1],
                    "type": rel.type.value,
                    "negated": rel.negated,
                    "text": ev.text,
                    "start": ev.start,
                    "end": ev.end,
                    "date": date,
                    "state": rel.state,
                    "source_actor": claimant,
                    "confidence": float(rel.confidence),
                    "cameo": rel.cameo,
                }
            )
    return rows


def _unstore(
    tx: _Tx, index: ActorIndex, document_id: str, keep: set[str]
) -> tuple[int, set[str]]:
    """Take a stored document out: its statements, mentions and node, and the actors
    only it mentioned that `keep` does not hold. The edges it supported lose its
    statements in place (_shrink_edges), and its actors' figures follow. Returns the
    statements removed and the actors whose stored state changed (the index is not
    touched: the caller reads them again)."""
    mentions = tx.rows(q.DOCUMENT_MENTIONS, id=document_id)
    statements = tx.rows(q.DOCUMENT_STATEMENT_EDGES, id=document_id)
    tx.run(q.DELETE_DOCUMENT_STATEMENTS, id=document_id)
    tx.run(q.DELETE_DOCUMENT_MENTIONS, id=document_id)
    tx.run(q.DELETE_DOCUMENT, id=document_id)
    orphans = sorted(
        row["id"] for row in mentions
        if row["id"] not in keep and _documents_mentioning(index, row["id"]) <= 1
    )
    mentioned = {row["id"] for row in mentions} - set(orphans)
    shrunk = _shrink_edges(tx, statements)
    if orphans:
        tx.run(q.DELETE_ACTORS, ids=orphans)
    figured = _shrunk_figures(tx, index, shrunk, (document_id, mentioned), gone=set(orphans))
    _drop_unused_names(tx, index, [row for row in mentions if row["id"] in mentioned])
    return len(statements), mentioned | set(orphans) | figured


def _documents_mentioning(index: ActorIndex, actor_id: str) -> int:
    state = index.get(actor_id)
    if state is None:
        raise StoreError(f"actor {actor_id!r} is not stored")
    return state.document_count


def _delete(tx: _Tx, document_id: str, index: ActorIndex) -> set[str] | None:
    """Delete a document; the actors whose stored state changed (None when there was
    no such document)."""
    stored = tx.rows(q.GET_DOCUMENT, id=document_id)
    if not stored:
        return None
    _track_copy(tx, document_id, _document(stored[0]).duplicate_of, None)
    _, changed = _unstore(tx, index, document_id, keep=set())
    return changed


@dataclass(frozen=True)
class _Shrunk:
    """An edge that lost statements: its dates before, and what is left of it (None:
    it lost its last statement and was deleted)."""

    key: str
    first_seen: str | None
    last_seen: str | None
    edge: Edge | None


def _shrink_edges(tx: _Tx, statements: Sequence[_Row]) -> list[_Shrunk]:
    """Take the removed `statements` (rows of DOCUMENT_STATEMENT_EDGES) out of their
    edges in place: an edge left with none is deleted with its Evidence node; the
    others get their count, head and statement ids set, and keep their confidence,
    CAMEO code and dates unless a removed statement may have given them, in which case
    (only then) the statements they keep are read to compute them again."""
    leaving: dict[str, list[_Row]] = defaultdict(list)
    for row in statements:
        leaving[row["edge"]].append(row)
    stored = {row["key"]: row for row in _chunked(tx, q.EVIDENCE_STATE, sorted(leaving))}
    kept: dict[str, list[str]] = {}
    for key in sorted(set(leaving) & set(stored)):
        gone = {row["id"] for row in leaving[key]}
        kept[key] = [i for i in stored[key]["statements"] or () if i not in gone]
    reread = [k for k, ids in kept.items() if ids and _figures_from(stored[k], leaving[k])]
    rebuilt = _edges_by_ids(tx, [i for key in reread for i in kept[key]])
    shrunk: list[_Shrunk] = []
    deletes: dict[RelationType, list[_Row]] = defaultdict(list)
    updates: dict[RelationType, list[_Row]] = defaultdict(list)
    evidence: list[_Row] = []
    for key, ids in kept.items():
        old = stored[key]
        ident = _edge_ident(key)
        type_ = RelationType(ident["type"])
        edge: Edge | None = None
        if not ids:
            deletes[type_].append(_ends(key))
        else:
            edge = rebuilt.get(key) or Edge(
                ident["source"], ident["target"], type_, ident["negated"], (),
                confidence=float(old["confidence"]), cameo=old["cameo"],
                whole=EdgeFigures(len(ids), old["first_seen"], old["last_seen"]),
            )
            updates[type_].append(_edge_row(edge))
            evidence.append(_evidence_row(ids, {**edge_properties(edge), "key": key}))
        shrunk.append(_Shrunk(key, old["first_seen"], old["last_seen"], edge))
    _masked(tx, q.DELETE_RELATION, deletes)
    gone_keys = [k for k, ids in kept.items() if not ids]
    for start in range(0, len(gone_keys), _BATCH):
        tx.run(q.DELETE_EVIDENCE, rows=gone_keys[start : start + _BATCH])
    _masked(tx, q.UPDATE_RELATION, updates)
    tx.batched(q.SET_EVIDENCE, evidence)
    return shrunk


def _figures_from(stored: _Row, removed: Sequence[_Row]) -> bool:
    """Whether a removed statement may have given a stored edge its confidence (the
    highest), CAMEO code (the first explicit one) or first or last date."""
    first, last = stored["first_seen"], stored["last_seen"]
    for row in removed:
        date = row["date"]
        if float(row["confidence"]) >= float(stored["confidence"]):
            return True
        if row["cameo"] and row["cameo"] == stored["cameo"]:
            return True
        if date and ((first is not None and date <= first) or (last is not None and date >= last)):
            return True
    return False


def _shrunk_figures(
    tx: _Tx,
    index: ActorIndex,
    shrunk: Sequence[_Shrunk],
    removed: tuple[str, set[str]],
    gone: set[str],
) -> set[str]:
    """Set the figures of the actors at the ends of `shrunk` edges and of the actors a
    `removed` document (its id, the actors it mentioned) mentioned, from the index: one
    degree less per deleted asserted edge, one document less per mention, and the
    document out of their heads. First and last seen are read again from the actor's
    edges only where they came from an edge whose dates moved, and a head left short
    from the stored mentions. Actors in `gone` were deleted. Returns the actors set."""
    document_id, mentioned = removed
    states: dict[str, ActorState] = {}
    recount: set[str] = set()

    state = partial(_current_state, states, index)

    for item in shrunk:
        ident = _edge_ident(item.key)
        first = item.edge.first_seen if item.edge else None
        last = item.edge.last_seen if item.edge else None
        for end in {ident["source"], ident["target"]} - gone:
            current = state(end)
            if item.edge is None and not ident["negated"]:
                current = replace(current, degree=current.degree - 1)
            states[end] = current
            if (item.first_seen is not None and item.first_seen == current.first_seen
                    and first != item.first_seen) or (
                    item.last_seen is not None and item.last_seen == current.last_seen
                    and last != item.last_seen):
                recount.add(end)
    for actor_id in mentioned:
        states[actor_id] = state(actor_id).unmentioned_in(document_id)
    states.update(_refilled(tx, [s for s in states.values() if s.head_short]))
    wanted = sorted(recount)
    seen: dict[str, tuple[str | None, str | None]] = {a: (None, None) for a in wanted}
    for start in range(0, len(wanted), _BATCH):
        for row in tx.rows(q.ACTOR_SEEN, ids=wanted[start : start + _BATCH]):
            seen[row["id"]] = (row["first_seen"], row["last_seen"])
    for actor_id, (first_seen, last_seen) in seen.items():
        states[actor_id] = replace(states[actor_id], first_seen=first_seen, last_seen=last_seen)
    tx.batched(q.SET_ACTOR_FIGURES, [states[a].row() for a in sorted(states)])
    _set_heads(tx, [states[a] for a in sorted(states)], index.get)
    return set(states)


def _refilled(tx: _Tx, short: Sequence[ActorState]) -> dict[str, ActorState]:
    """Actors whose heads a removal left short, with their first ids read again from the
    mentions (the removed document's are already gone)."""
    wanted = sorted(s.id for s in short)
    heads: dict[str, tuple[str, ...]] = {}
    for start in range(0, len(wanted), _BATCH):
        rows = tx.rows(q.ACTOR_DOCUMENT_HEADS, ids=wanted[start : start + _BATCH], last=HEAD_ROOM)
        heads.update((row["id"], tuple(sorted(row["documents"] or ()))) for row in rows)
    return {s.id: replace(s, document_head=heads.get(s.id, ())) for s in short}


def _set_heads(
    tx: _Tx, states: Iterable[ActorState], before: Callable[[str], ActorState | None]
) -> None:
    """Write the heads of `states` that differ from their state `before` the write."""
    rows = []
    for state in states:
        old = before(state.id)
        if old is None or old.document_head != state.document_head:
            rows.append({"id": state.id, "document_head": list(state.document_head)})
    tx.batched(q.SET_ACTOR_DOCUMENT_HEADS, rows)


def _masked(
    tx: _Tx, queries: dict[RelationType, str], rows: dict[RelationType, list[_Row]]
) -> None:
    """Run a per-type query that finds its edges through masks on their ends
    (`$sources`, `$targets`), in parts of _BATCH rows."""
    for type_, typed in sorted(rows.items()):
        for start in range(0, len(typed), _BATCH):
            part = typed[start : start + _BATCH]
            tx.run(
                queries[type_],
                rows=part,
                sources=sorted({r["source"] for r in part}),
                targets=sorted({r["target"] for r in part}),
            )


def _edges_by_ids(tx: _Tx, statement_ids: Iterable[str]) -> dict[str, Edge]:
    """The edges made of the given statements (by primary key), keyed as _edge_id_key."""
    return build_edges(_statements_by_ids(tx, statement_ids))


def _statements_by_ids(tx: _Tx, statement_ids: Iterable[str]) -> list[_Row]:
    ids = sorted(set(statement_ids))
    rows: list[_Row] = []
    for start in range(0, len(ids), _BATCH):
        rows += tx.rows(q.STATEMENTS_BY_ID, ids=ids[start : start + _BATCH])
    return rows


def _statements_of_edges(tx: _Tx, statement_ids: Iterable[str]) -> list[_Row]:
    """_statements_by_ids, each edge's own fields taken from its key, not read."""
    ids = sorted(set(statement_ids))
    rows: list[_Row] = []
    for start in range(0, len(ids), _BATCH):
        rows += tx.rows(q.STATEMENTS_OF_EDGES_BY_ID, ids=ids[start : start + _BATCH])
    idents: dict[str, _Row] = {}
    for row in rows:
        key = row["edge"]
        ident = idents.get(key)
        if ident is None:
            ident = idents[key] = _edge_ident(key)
            del ident["key"]
        row.update(ident)
    return rows


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


def _drop_unused_names(tx: _Tx, index: ActorIndex, removed: Sequence[_Row]) -> None:
    """Drop from their actors' aliases and keys the names of `removed` mentions (rows
    of DOCUMENT_MENTIONS, already deleted) that no remaining document mentions them by.
    Only those names are looked up among the actors' other mentions."""
    candidates: dict[str, tuple[set[str], set[str]]] = {}
    for row in removed:
        state = index.get(row["id"])
        if state is None:
            raise StoreError(f"actor {row['id']!r} is not stored")
        names = {n for n in row["names"] or () if n != state.name}
        keys = {k for k in row["keys"] or () if k and k != state.key}
        if names or keys:
            candidates[row["id"]] = (names, keys)
    if not candidates:
        return
    ids = sorted(candidates)
    names_used = _in_use(tx, q.NAMES_IN_USE, ids, {n for ns, _ in candidates.values() for n in ns})
    keys_used = _in_use(tx, q.KEYS_IN_USE, ids, {k for _, ks in candidates.values() for k in ks})
    updates: list[_Row] = []
    for actor_id in ids:
        names, keys = candidates[actor_id]
        unused_names = names - names_used.get(actor_id, set())
        unused_keys = keys - keys_used.get(actor_id, set())
        if not unused_names and not unused_keys:
            continue
        state = index.get(actor_id)
        assert state is not None
        updates.append({
            "id": actor_id,
            "aliases": [a for a in state.aliases if a not in unused_names],
            "keys": [k for k in state.keys if k not in unused_keys],
        })
    tx.batched(q.SET_ACTOR_NAMES, updates)


def _in_use(tx: _Tx, query: str, ids: list[str], names: set[str]) -> dict[str, set[str]]:
    """Of `names`, those each of the actors `ids` is still mentioned by (NAMES_IN_USE
    or KEYS_IN_USE)."""
    if not names:
        return {}
    rows = tx.rows(query, ids=ids, names=sorted(names))
    return {row["id"]: set(row["used"] or ()) for row in rows}


def _edge_ident(key: str) -> _Row:
    source, type_, target, negated = key.split("|")
    return {
        "key": key,
        "source": source,
        "target": target,
        "type": type_,
        "negated": negated == "negated",
    }


def _ends(key: str) -> _Row:
    ident = _edge_ident(key)
    return {"source": ident["source"], "target": ident["target"], "negated": ident["negated"]}


def _edge_row(edge: Edge) -> _Row:
    return {**edge_properties(edge), "type": edge.type.value}


def as_read_back(row: _Row) -> _Row:
    """A statement row as written (CREATE_STATEMENTS) in the shape STATEMENTS_BY_ID
    reads it back, so a new statement joins its edge without being read again."""
    return {**row, "start_offset": row["start"], "end_offset": row["end"]}


def _rebuild_edges(
    tx: _Tx,
    added: Sequence[_Row],
    removed: dict[str, set[str]],
    degree: Callable[[str], int],
) -> tuple[dict[str, Edge], dict[str, list[str]], set[str]]:
    """Take out every direct edge a write touches and build it again: `added` statement
    rows (id and edge; full rows are used as they are, others are read by id) join
    their edges, `removed` statement ids (per edge key) leave them. Each stored edge's
    statement ids come from its Evidence node (by key); the edge is deleted, looked up
    from its end with fewer edges (`degree`), and so is its Evidence node; the
    statements it keeps are read by primary key. Returns
    the edges left with statements (to create), their statement ids, and the keys that
    were stored."""
    joining: dict[str, list[str]] = defaultdict(list)
    given: dict[str, _Row] = {}
    for row in added:
        joining[row["edge"]].append(row["id"])
        if "text" in row:
            given[row["id"]] = as_read_back(row)
    keys = sorted(set(joining) | set(removed))
    stored = _evidence(tx, keys)
    for key in sorted(stored):  # a new edge has nothing to take
        ident = _edge_ident(key)
        from_source = degree(ident["source"]) <= degree(ident["target"])
        tx.run(q.TAKE_EDGE[RelationType(ident["type"]), from_source], **_ends(key))
    taken = sorted(stored)
    for start in range(0, len(taken), _BATCH):
        tx.run(q.DELETE_EVIDENCE, rows=taken[start : start + _BATCH])
    ids: dict[str, list[str]] = {}
    for key in keys:
        gone = removed.get(key, set())
        kept = [i for i in stored.get(key, ()) if i not in gone]
        ids[key] = kept + [i for i in joining.get(key, ()) if i not in kept]
    wanted = {i for key in keys for i in ids[key]}
    rows = _statements_by_ids(tx, wanted - set(given)) + [
        row for i, row in given.items() if i in wanted
    ]
    return build_edges(rows), ids, set(stored)


def _create_edges(tx: _Tx, edges: dict[str, Edge], ids: dict[str, list[str]]) -> None:
    """The relationships of `edges` and their Evidence nodes (statement ids `ids`)."""
    creates: dict[RelationType, list[_Row]] = defaultdict(list)
    for key in sorted(edges):
        creates[edges[key].type].append(_edge_row(edges[key]))
    for type_, rows in sorted(creates.items()):
        tx.batched(q.CREATE_RELATION[type_], rows)
    evidence = [
        _evidence_row(ids[key], {**edge_properties(edges[key]), "key": key})
        for key in sorted(edges)
    ]
    tx.batched(q.CREATE_EVIDENCE, evidence)


def _refresh_edges(
    tx: _Tx,
    added: Sequence[_Row],
    removed: dict[str, set[str]],
    *,
    degree: Callable[[str], int],
) -> set[str]:
    """Bring the direct relationships a write touched up to date (see _rebuild_edges;
    an edge left without statements is not created again) and recompute the figures
    of their actors; returns those actors."""
    edges, ids, _ = _rebuild_edges(tx, added, removed, degree)
    _create_edges(tx, edges, ids)
    keys = set(ids)
    actors = {_edge_ident(k)[end] for k in keys for end in ("source", "target")}
    _recompute_figures(tx, actors)
    return actors


def _recompute_figures(tx: _Tx, actors: Iterable[str]) -> None:
    """Actor figures read again from their edges and mentions (after edges lost
    statements, or a document its mentions)."""
    ids = sorted(set(actors))
    rows = {
        a: {"id": a, "degree": 0, "first_seen": None, "last_seen": None, "document_count": 0}
        for a in ids
    }
    for start in range(0, len(ids), _BATCH):
        batch = ids[start : start + _BATCH]
        for row in tx.rows(q.ACTOR_SEEN, ids=batch):
            rows[row["id"]] |= {
                "degree": int(row["degree2"] or 0) // 2,
                "first_seen": row["first_seen"],
                "last_seen": row["last_seen"],
            }
        for row in tx.rows(q.ACTOR_DOCUMENT_COUNTS, ids=batch):
            rows[row["id"]]["document_count"] = int(row["n"])
    tx.batched(q.SET_ACTOR_FIGURES, list(rows.values()))


def _earliest(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else min(a, b)


def _latest(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else max(a, b)


if TYPE_CHECKING:

    def _conforms(store: LadybugStore) -> GraphStore:
        """Lets mypy prove that LadybugStore implements the GraphStore protocol."""
        return store


# ------------------------------------------------------------------ the console


def run_read_query(
    store: LadybugStore,
    query: str,
    params: dict[str, Any],
    *,
    row_limit: int,
    timeout_s: float,
) -> QueryResult:
    """An analyst's read-only query (Neo4j's Cypher, translated where Ladybug's dialect
    differs) on the store: the same QueryResult, errors and JSON values as on Neo4j.
    Read-only is the engine's: the query runs in a READ ONLY transaction, rolled back."""
    from actorgraph.graph.cypher_console import CypherQueryError, CypherTimeoutError, QueryResult

    try:
        columns, rows, truncated = store.run_read(q.translate(query), params, row_limit, timeout_s)
    except RuntimeError as exc:
        message = str(exc)
        if "interrupt" in message.casefold() or "timeout" in message.casefold():
            raise CypherTimeoutError(
                f"the query did not finish within {timeout_s:g} s; narrow it (a label, a "
                "property match, a LIMIT, a shorter variable-length pattern) or allow a "
                "longer timeout"
            ) from exc
        if "read-only" in message.casefold() or "read only" in message.casefold():
            raise CypherQueryError(
                f"the Cypher console is read-only and the database refused a write: {message}"
            ) from exc
        raise CypherQueryError(f"the database refused the query: {message}") from exc
    return QueryResult(
        columns=columns, rows=[[_json(v) for v in row] for row in rows], truncated=truncated
    )


def _json(value: Any) -> Any:
    """Ladybug's values in the console's JSON shapes (as Neo4j's: nodes
    {element_id, labels, properties}, relationships {element_id, type, start, end,
    properties}, paths node, relationship, node, ...)."""
    from actorgraph.graph.cypher_console import to_json

    if isinstance(value, dict):
        if "_NODES" in value and "_RELS" in value:
            nodes, rels = value["_NODES"], value["_RELS"]
            items: list[Any] = [_json(nodes[0])] if nodes else []
            for rel, node in zip(rels, nodes[1:], strict=False):
                items += [_json(rel), _json(node)]
            return items
        if "_LABEL" in value and "_ID" in value:
            properties = {
                str(k): to_json(v)
                for k, v in value.items()
                if not str(k).startswith("_") and v is not None
            }
            if "_SRC" in value:
                return {
                    "element_id": _element_id(value["_ID"]),
                    "type": value["_LABEL"],
                    "start": _element_id(value["_SRC"]),
                    "end": _element_id(value["_DST"]),
                    "properties": properties,
                }
            return {
                "element_id": _element_id(value["_ID"]),
                "labels": [value["_LABEL"]],
                "properties": properties,
            }
        return {str(k): _json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json(v) for v in value]
    return to_json(value)


def _element_id(internal: Any) -> str:
    if isinstance(internal, dict):
        return f"{internal.get('table')}:{internal.get('offset')}"
    return str(internal)
