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

This module holds `LadybugStore` itself: opening, transactions and snapshots, and the
protocol's methods. Their parts live beside it, by concern: ladybug_rows.py (a
transaction's queries and the rows they read, reads by key), ladybug_reads.py (records,
connection pages, evidence, edge pages), ladybug_writes.py (upserts, replacements and
deletes), ladybug_schema.py (the schema and the upgrade of older graphs) and
ladybug_console.py (analysts' Cypher). The writer's helpers the bulk load uses
(`named_states`, `new_actor_cameo`, `statement_rows`) are still importable from here.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import ladybug
import networkx as nx

from actorgraph.domain import (
    ActorType,
    Extraction,
    RelationType,
    name_key,
)
from actorgraph.graph import ladybug_cypher as q
from actorgraph.graph import search
from actorgraph.graph.document_cache import DocumentCache
from actorgraph.graph.heap import release_freed_heap, resident_bytes
from actorgraph.graph.ladybug_actors import ActorIndex
from actorgraph.graph.ladybug_console import run_read_query
from actorgraph.graph.ladybug_reads import (
    TypeSets,
    _connections,
    _dated,
    _degree,
    _document_page,
    _edge_keys_row_order,
    _kept_page,
    _least_count,
    _mask_of,
    _narrowed,
    _narrowed_selection,
    _one_way_reads,
    _page_edges,
    _Ranked,
    _ranked,
    _ranked_keys,
    _ranked_rows,
    _record,
    _record_heads,
    _records,
    _selected,
    _whole_graph_page,
    _window_statements,
    _with_statement_ids,
)
from actorgraph.graph.ladybug_rows import (
    FILL_PAGES,
    _begin_read,
    _cited_documents,
    _document,
    _edge_id_key,
    _evidence,
    _fill_pages,
    _rollback,
    _Row,
    _row_key,
    _single,
    _Tx,
)
from actorgraph.graph.ladybug_schema import (
    _create_schema,
    _current_layout,
    _upgrade_due,
)
from actorgraph.graph.ladybug_writes import (
    _bring_up,
    _delete,
    _flush,
    _IndexUpdate,
    _Pending,
    _upsert,
)
from actorgraph.graph.ladybug_writes import named_states as named_states
from actorgraph.graph.ladybug_writes import new_actor_cameo as new_actor_cameo
from actorgraph.graph.ladybug_writes import statement_rows as statement_rows
from actorgraph.graph.merging import edge_key
from actorgraph.graph.models import (
    ActorRecord,
    ActorSearchPage,
    Connection,
    ConnectionPage,
    Direction,
    DocumentIdPage,
    DocumentInfo,
    Edge,
    EdgeKey,
    EdgePage,
    EdgeSelection,
    EvidencePage,
    GraphStats,
    UpsertResult,
    check_document_id,
    cited_and_copies,
    stored_document,
)
from actorgraph.graph.statement_rows import (
    build_edges,
    edge_sort_key,
)
from actorgraph.graph.store import (
    PagedReads,
    StoreError,
    StoreUnavailableError,
    no_actor,
    no_edge,
)
from actorgraph.graph.whole_graph import ActorRanking, DateRange, rank_order

if TYPE_CHECKING:
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
# A checkpoint writes the log's changes into the database file. The engine's own, run at
# the commit that takes the log past its threshold, needs memory that grows with the
# graph, not with the log: at a million statements one needs more than 256 MB (the
# commit is durable, but the engine reported it failed, and tried again, and failed, at
# every later commit). A writer therefore opens the database without the engine's own
# checkpoints and runs one itself once the log passes CHECKPOINT_LOG_BYTES: in its pool
# when that is enough (a graph whose file is larger than the pool is taken not to fit),
# else with reads paused in a pool of CHECKPOINT_BUFFER_POOL_BYTES, the serving pool
# given back once it is done.
CHECKPOINT_LOG_BYTES = 16 * 2**20
# The threshold of a graph whose file is larger than the pool. There each logged change
# holds far more memory than its record until the checkpoint (at a million statements a
# writer grew by 4-7 MB a document, against 0.2 MB of log, and reached 640 MB before a
# 16 MB log's checkpoint); a smaller log keeps the writer under 450 MB.
LARGE_GRAPH_CHECKPOINT_LOG_BYTES = 6 * 2**20
CHECKPOINT_BUFFER_POOL_BYTES = UPGRADE_BUFFER_POOL_BYTES
# A process that serves a graph larger than its pool and writes to it holds the pool its
# reads filled, the memory the engine keeps for changes not yet checkpointed (about 3 MB
# a document at a million statements, outside what the pool evicts) and its own; there
# a checkpoint closes the pool and gives all of that back (docs/performance.md). So once
# the process holds more than this, a write into such a graph checkpoints before it
# begins and after it ends, keeping a serving process that writes under 500 MB.
LARGE_GRAPH_MEMORY_BYTES = 420 * 2**20
# The fewest writes between two checkpoints the memory calls for: a process whose own
# memory stays above the budget after a checkpoint must not checkpoint at every write.
MEMORY_CHECKPOINT_WRITES = 8

# The actors whose full state the writer holds between writes (graph/ladybug_actors.py):
# the busiest come back in document after document; the others are read by id.
ACTOR_STATES_HELD = 4096

# How the engine says that a commit stood and only its checkpoint failed.
_COMMITTED_CHECKPOINT_FAILED = "Transaction committed successfully, but the post-commit checkpoint"
_R = TypeVar("_R")


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


class LadybugStore(PagedReads):
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
        checkpoint_log_bytes: int = CHECKPOINT_LOG_BYTES,
        memory_bytes: int | None = None,
    ) -> None:
        self._folder = Path(folder)
        self._buffer_pool_bytes = buffer_pool_bytes
        self._checkpoint_log_bytes = checkpoint_log_bytes
        # The process's memory past which writes into a graph larger than the pool
        # checkpoint (None, the default: only the log decides; a serving process passes
        # LARGE_GRAPH_MEMORY_BYTES), and the writes since the last checkpoint (none
        # yet: the first write may checkpoint at once).
        self._memory_bytes = memory_bytes
        self._writes_since_checkpoint = MEMORY_CHECKPOINT_WRITES
        # The process's resident memory just after its last checkpoint (None: none yet).
        self._memory_after_checkpoint: int | None = None
        # Whether a checkpoint in this pool found it too small: the next go straight to
        # the larger one.
        self._pool_too_small = False
        self._batch = (max(1, batch_documents), batch_seconds)
        self._read_only = read_only
        self._write_lock = threading.Lock()
        self._closed = False
        self._index: ActorIndex | None = None
        # Whether the copy index may hold an original: cited documents read it only
        # then (a round trip of every connections response). Known only to the process
        # that writes (it holds the store; a reader's writer may be another process),
        # and set before the commit of any write that records a copy.
        self._copies = True
        # The documents its reads met, kept by the writing process only (it alone knows
        # when the store changes) and let go of at every write: a connections response
        # then reads its cited documents from memory (graph/document_cache.py).
        self._documents: DocumentCache | None = None if read_only else DocumentCache()
        # Counts the starts and ends of this process's writes (`write_mark`): odd while
        # one is under way. Changed under the write lock only.
        self._writes = 0
        # The sets of relation types its reads of an actor's edges name (a bounded
        # number of query texts: ladybug_reads.TypeSets).
        self._type_sets = TypeSets()
        file = self._folder / DATABASE_FILE
        if read_only and not file.exists():
            raise StoreUnavailableError(
                f"no graph at {self._folder}: ingest documents first (actorgraph ingest)"
            )
        self._folder.mkdir(parents=True, exist_ok=True)
        self._connections: list[ladybug.Connection] = []
        # How many blocks on each connection (by id) are using it: a sweep of idle
        # connections (`_close_idle_connections`) leaves those open.
        self._in_use: dict[int, int] = {}
        self._connections_lock = threading.Lock()
        # While a checkpoint reopens the database, new reads wait on this (`_leased`).
        self._reads_resume = threading.Condition(self._connections_lock)
        self._reads_paused = False
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
            self._copies = self._read("reading the copy index", _holds_copies)
            self.fill_evidence_pages()
            # A log left by an earlier process (killed, or whose last checkpoint failed)
            # is written into the file now, before any read needs the pool.
            self._checkpoint_if_due()
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
        """The writer's index of every actor (graph/ladybug_actors.py), read on the first
        write, at the start of its transaction (so it holds committed state), and made
        to read the states it does not hold in this write's transaction."""
        if self._index is None:
            self._index = ActorIndex(tx.rows(q.ACTOR_KEYS), cached=ACTOR_STATES_HELD)
        return self._index.reading(lambda ids: tx.rows(q.ACTOR_STATE_BY_ID, ids=ids))

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
            # Those read with a page's statements in this snapshot are not read again.
            read = tx.documents or {}
            found = [read[i] for i in ids if i in read]
            unread = [i for i in ids if i not in read]
            if unread:
                found += self._documents_by_id(tx, unread)
            rows = tx.rows(q.COPY_IDS, ids=ids) if self._copies else []
            copy_ids = {c for row in rows for c in row["copies"] or ()}
            copy_ids -= {d.id for d in found}
            copies = self._documents_by_id(tx, sorted(copy_ids)) if copy_ids else []
            return cited_and_copies(found, copies, ids)

        return self._read("reading the documents cited", work)

    def _documents_by_id(self, tx: _Tx, ids: list[str]) -> list[DocumentInfo]:
        """The documents of `ids` that exist: in a snapshot of the writer, those its
        cache keeps and the rest read by id (and kept); elsewhere all read by id."""
        if tx.cache is None:
            return [_document(row) for row in tx.rows(q.DOCUMENTS_BY_ID, ids=ids)]
        found: dict[str, DocumentInfo] = {}
        _cited_documents(tx, found, ids)
        return list(found.values())

    def search_page(
        self,
        query: str,
        *,
        actor_type: ActorType | None = None,
        offset: int = 0,
        limit: int = 20,
        document_limit: int | None = None,
    ) -> ActorSearchPage:
        query_key = name_key(query)
        if query.strip() and not query_key:
            return ActorSearchPage(0, [])

        def work(tx: _Tx) -> ActorSearchPage:
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
            ranked = search.order(matches, degrees, names)
            ids = ranked[max(offset, 0) :][: max(limit, 0)]
            if document_limit is None:
                records = _records(tx, ids)
            else:
                records = _record_heads(tx, ids, document_limit)
            return ActorSearchPage(len(ranked), [records[i] for i in ids if i in records])

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
            tx.note_actor(actor_id, rows[0])
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
        all_reads = _one_way_reads(direction, types)

        def work(tx: _Tx) -> ConnectionPage:
            degree, (types_out, types_in) = _degree(tx, actor_id)
            # Only the tables of the actor's types, each way (the engine pays for
            # every table a read names, rows or not).
            reads = _narrowed(all_reads, types_out, types_in, self._type_sets)
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
        all_reads = _one_way_reads(Direction.BOTH, types)

        def work(tx: _Tx) -> dict[str, ConnectionPage]:
            if not ids:
                return {}
            stored = tx.rows(q.ACTOR_DEGREES_IN, ids=ids)
            degrees = {row["id"]: int(row["degree"] or 0) for row in stored}
            known = [actor_id for actor_id in ids if actor_id in degrees]
            # Only the tables of the types any of the actors has, each way.
            types_out = types_in = 0
            masks: dict[str, tuple[int, int]] = {}
            for row in stored:
                out_mask, in_mask = int(row["types_out"] or 0), int(row["types_in"] or 0)
                masks[row["id"]] = (out_mask, in_mask)
                types_out |= out_mask
                types_in |= in_mask
            reads = _narrowed(all_reads, types_out, types_in, self._type_sets)
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
            for way in reads:
                way_out = Direction.OUT if way.outgoing else Direction.IN
                # One read per actor: read for many actors at once (UNWIND), the join to
                # each edge's Evidence node was planned over the whole table, and one hub
                # of a 1M-statement graph overflowed a 256 MB pool on its own.
                query = q.connection_ranks(way, include_negated)
                asked = _mask_of(way.types)
                for actor_id, least in leasts.items():
                    if not masks[actor_id][0 if way.outgoing else 1] & asked:
                        continue  # (no edge of the actor in the tables the read names)
                    for row in tx.rows(query, id=actor_id, least=least):
                        pairs[actor_id].append((way_out, row))
            totals: dict[str, int] = {}
            ranked: list[_Ranked] = []
            for actor_id, found in pairs.items():
                ranks = _ranked_rows(actor_id, found, Direction.BOTH)
                edges = held.get(actor_id)
                totals[actor_id] = edges if edges is not None and edges >= wanted else len(ranks)
                ranked += [
                    r for r in ranks[:size] if within is None or r[2]["neighbour"] in within
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
            _, (types_out, types_in) = _degree(tx, actor_id)
            if limit <= 0 or selection.relation_types == frozenset():
                return []
            # Only the tables of the actor's types (either way: the read is undirected).
            narrowed = _narrowed_selection(selection, types_out | types_in, self._type_sets)
            if narrowed is None:
                return []
            selected, params = _selected(narrowed, pinned=False, undirected=True)
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
            stored = tx.rows(q.ACTOR_DEGREES_IN, ids=ids)
            found: dict[str, list[_Row]] = {r["id"]: [] for r in stored}
            if limit <= 0 or selection.relation_types == frozenset():
                return {actor_id: [] for actor_id in found}
            # Only the tables of the types any of the actors has, either way.
            mask = 0
            for row in stored:
                mask |= int(row["types_out"] or 0) | int(row["types_in"] or 0)
            narrowed = _narrowed_selection(selection, mask, self._type_sets)
            if narrowed is None:
                return {actor_id: [] for actor_id in found}
            selected, params = _selected(narrowed, pinned=False, undirected=True, many=True)
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
        if self._pool_too_small:  # (the engine's checkpoint at close would not fit)
            self._checkpoint_if_due(0)
        self._closed = True
        with self._write_lock:
            self._close_database()

    def _open_database(self, buffer_pool_bytes: int) -> None:
        try:
            self._db = ladybug.Database(
                str(self._folder / DATABASE_FILE),
                read_only=self._read_only,
                buffer_pool_size=buffer_pool_bytes,
                # The writer checkpoints itself (`_checkpoint_if_due`) unless its pool
                # is as large as a checkpoint's.
                auto_checkpoint=buffer_pool_bytes >= CHECKPOINT_BUFFER_POOL_BYTES,
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
        with self._write_lock, self._errors("copying tables in bulk"), self._leased() as conn:
            self._writing()
            try:
                for table, path in files:
                    if table not in q.TABLES:
                        raise StoreError(f"no table {table!r} in the Ladybug schema")
                    if "'" in str(path) or "\\" in str(path):
                        raise StoreError(
                            f"cannot COPY from {path}: quote or backslash in the path"
                        )
                    if table == "DocumentCopies":
                        self._copies = True
                    _commit(conn, self._folder, f"copying {table}", f"COPY {table} FROM '{path}'")
            finally:
                self._written()
        self._index = None
        self._checkpoint_if_due()

    def fill_evidence_pages(self) -> int:
        """Give every Evidence node without its page of evidence one (a store made
        before they were kept, or loaded in bulk), FILL_PAGES nodes per transaction: a
        node not filled yet is read from the Statement table, so each part may commit
        alone. Returns how many were filled."""
        filled = 0
        while True:
            done = self._write("filling the pages of evidence", _fill_pages)
            filled += done
            if done < FILL_PAGES:
                if filled:
                    logger.info("pages of evidence filled: %d edges", filled)
                return filled
            # A store of an earlier version at a million statements takes about a minute
            logger.info("filling the pages of evidence: %d edges so far", filled)

    @property
    def write_mark(self) -> int | None:
        """A mark of the graph's state for what a process keeps of its reads (the API's
        pages): it changes when a write of this process begins and again when it ends,
        so a read that finds the same mark before it begins and after it ends has read
        the state the mark names. None while a write is under way, and always for a
        store opened read-only: its writer may be another process, whose writes this one
        does not see happen (so nothing read may be kept)."""
        writes = self._writes
        return None if self._read_only or writes % 2 else writes

    def _writing(self) -> None:
        """A write begins (under the write lock): `write_mark` is None until it ends."""
        self._writes += 1

    def _written(self) -> None:
        """A write ended (committed or not): the documents kept are let go of, and
        `write_mark` names the new state."""
        if self._documents is not None:
            self._documents.written()
        self._writes += 1
        self._writes_since_checkpoint += 1

    def document_cache_figures(self) -> dict[str, float] | None:
        """The writer's document cache: hits, misses, hit rate, documents kept (None
        for a store opened read-only, which keeps none)."""
        return self._documents.figures() if self._documents is not None else None

    # ------------------------------------------------------ for the console

    def run_read(
        self, query: str, params: dict[str, Any], row_limit: int, timeout_s: float
    ) -> tuple[list[str], list[list[Any]], bool]:
        """Run a query in a read-only transaction that is always rolled back (the engine
        refuses writes in it): its columns, at most `row_limit` rows of raw values, and
        whether there were more. Stops after `timeout_s` (RuntimeError "Interrupted")."""
        with self._errors("running a Cypher query", translate=False), self._leased() as conn:
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

    @contextmanager
    def _leased(self) -> Iterator[ladybug.Connection]:
        """This thread's connection (a new one if it has none, or a sweep closed it),
        counted as in use for the block."""
        with self._connections_lock:
            conn: ladybug.Connection | None = getattr(self._local, "conn", None)
            # (A thread already inside a block on its connection goes on: the pause
            # waits for that block to end.)
            while self._reads_paused and not (conn is not None and self._in_use.get(id(conn))):
                self._reads_resume.wait()
                conn = getattr(self._local, "conn", None)
            if conn is None or conn not in self._connections:
                conn = ladybug.Connection(self._db)
                self._local.conn = conn
                self._connections.append(conn)
            self._in_use[id(conn)] = self._in_use.get(id(conn), 0) + 1
        try:
            yield conn
        finally:
            with self._connections_lock:
                left = self._in_use.pop(id(conn), 1) - 1
                if left:
                    self._in_use[id(conn)] = left

    def _close_idle_connections(self) -> int:
        """Close every connection no block is using (those of idle or ended threads):
        each keeps memory of the buffer pool its earlier queries took. Their threads
        open new ones on their next read. How many were closed."""
        with self._connections_lock:
            idle = [c for c in self._connections if not self._in_use.get(id(c))]
            for conn in idle:
                self._connections.remove(conn)
        for conn in idle:
            conn.close()
        return len(idle)

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads made on this thread inside the block share one read-only transaction:
        they see one state of the graph, and pay for one transaction, whose start and
        end cost about what a small query does (a connections response made three).
        A block inside another joins it. No write may be made on the thread inside."""
        if getattr(self._local, "held", None) is not None:
            yield
            return
        cache = self._documents
        # Noted before the transaction begins: a write that ends after this reads
        # nothing it left in the cache (DocumentCache).
        generation = cache.generation if cache is not None else 0
        with self._leased() as conn:
            with self._errors("starting a read"):
                _begin_read(conn)
            self._local.held = _Tx(
                conn, documents=True, cache=cache, generation=generation, lean=True
            )
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
        many as the database has). A read that finds the buffer pool full is tried once
        more on a new connection, once every idle connection is closed: a connection
        keeps memory its earlier queries took (at 1M statements, two hub pages with
        their evidence, read on two threads, left no room for a third read on an idle
        server), so a full pool is often idle connections', not the load's."""
        try:
            return self._read_once(action, work, engine_threads)
        except StoreBusyError:
            if getattr(self._local, "held", None) is not None:
                raise  # (the snapshot's connection cannot be swapped under its reader)
            closed = self._close_idle_connections()
            logger.info("reading again on a new Ladybug connection after a full pool "
                        "(%d idle connections closed)", closed)
            return self._read_once(action, work, engine_threads)

    def _read_once(self, action: str, work: Callable[[_Tx], _R], engine_threads: int) -> _R:
        try:
            with self._errors(action):
                held: _Tx | None = getattr(self._local, "held", None)
                if held is not None:
                    if engine_threads:
                        held.conn.set_max_threads_for_exec(engine_threads)
                    try:
                        return work(held)
                    finally:
                        if engine_threads and getattr(self._local, "conn", None) is held.conn:
                            held.conn.set_max_threads_for_exec(0)
                with self._leased() as conn:
                    if engine_threads:
                        conn.set_max_threads_for_exec(engine_threads)
                    _begin_read(conn)
                    try:
                        return work(_Tx(conn, lean=True))
                    finally:
                        self._end_read(conn)
                        # (Unless the read closed the connection: its next one has them
                        # all.)
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
                    f"({self._buffer_pool_bytes // 2**20} MB) while {action}; try again in a moment"
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
        if self._memory_checkpoint_due():
            # Reads filled the pool since the last write: give it back before this
            # write's own memory comes on top.
            self._checkpoint_logged()
        with self._write_lock, self._errors(action), self._leased() as conn:
            self._writing()
            try:
                conn.execute("BEGIN TRANSACTION")
                try:
                    tx = _Tx(conn)
                    result = work(tx)
                    if tx.copies_written:
                        self._copies = True
                    _commit(conn, self._folder, action)
                except BaseException:
                    if aborted is not None:  # under the lock: no other write runs first
                        aborted()
                    _rollback(conn)
                    raise
            finally:
                self._written()
            if committed is not None:
                committed(result)
        self._checkpoint_if_due()
        return result

    def checkpoint(self) -> None:
        """Write the log's changes into the database file now (in a larger pool, reads
        paused, when the store's own is too small for it)."""
        if self._read_only:
            return
        with self._write_lock:
            self._writes_since_checkpoint = 0
            try:
                self._checkpoint_locked()
            finally:
                self._memory_after_checkpoint = resident_bytes()

    def _checkpoint_locked(self) -> None:
        """`checkpoint`, the write lock held."""
        if not self._pool_too_small and self._file_bytes() > self._buffer_pool_bytes:
            # A checkpoint needs memory that grows with the graph: in the pool of a
            # file larger than it, one fills the pool, fails after seconds, and the
            # process keeps what it took (at a million statements 720 MB, against 490
            # going straight to the larger pool). Go straight there.
            self._pool_too_small = True
            logger.info("the graph at %s is larger than its %d MB buffer pool: "
                        "checkpointing in %d MB", self._folder,
                        self._buffer_pool_bytes // 2**20,
                        CHECKPOINT_BUFFER_POOL_BYTES // 2**20)
        if not self._pool_too_small:
            try:
                with self._errors("writing a checkpoint"), self._leased() as conn:
                    conn.execute("CHECKPOINT")
                release_freed_heap()
                return
            except StoreError as exc:
                if _POOL_FULL not in str(exc):
                    raise
                self._pool_too_small = True
                self._discard_connection()
                logger.warning(
                    "the graph at %s needs more than its %d MB buffer pool to checkpoint: "
                    "checkpointing in %d MB with reads paused", self._folder,
                    self._buffer_pool_bytes // 2**20, CHECKPOINT_BUFFER_POOL_BYTES // 2**20,
                )
        with self._reads_paused_for_reopen():
            self._close_database()
            try:
                self._open_database(CHECKPOINT_BUFFER_POOL_BYTES)
                with self._errors("writing a checkpoint in a larger pool"):
                    conn = ladybug.Connection(self._db)
                    try:
                        conn.execute("CHECKPOINT")
                    finally:
                        conn.close()
            finally:
                self._db.close()
                # What the larger pool's checkpoint freed goes back to the system
                # (at a million statements the writer kept 510 MB of it, 170 after).
                release_freed_heap()
                self._open_database(self._buffer_pool_bytes)

    def _file_bytes(self) -> int:
        try:
            return (self._folder / DATABASE_FILE).stat().st_size
        except FileNotFoundError:
            return 0

    def _checkpoint_if_due(self, log_bytes: int | None = None) -> None:
        """Checkpoint once the log has passed its threshold (the engine's own threshold,
        which a writer with a small pool has turned off), or once the process holds more
        than its memory budget (`_memory_checkpoint_due`). A checkpoint that fails leaves
        every commit in the log (replayed on the next open): it is logged, never turned
        into the failure of a write that committed."""
        if self._read_only or self._closed:
            return
        log = self._folder / (DATABASE_FILE + ".wal")
        try:
            limit = self._checkpoint_log_bytes if log_bytes is None else log_bytes
            if self._file_bytes() > self._buffer_pool_bytes:
                limit = min(limit, LARGE_GRAPH_CHECKPOINT_LOG_BYTES)
            if log.stat().st_size <= limit and not self._memory_checkpoint_due():
                return
        except FileNotFoundError:
            return
        self._checkpoint_logged()

    def _checkpoint_logged(self) -> None:
        """Checkpoint; a failure is logged (the log is replayed on the next open)."""
        try:
            self.checkpoint()
        except StoreError as exc:
            logger.warning("checkpoint of %s failed; its log is kept and replayed on the "
                           "next open: %s", self._folder, exc)

    def _memory_checkpoint_due(self) -> bool:
        """Whether this process holds more than its memory budget while writing a graph
        larger than its pool (where a checkpoint gives the pool back), has written
        enough since the last checkpoint for another, which left it within the budget
        (else no checkpoint brings it there)."""
        if (
            self._read_only
            or self._memory_bytes is None
            or self._writes_since_checkpoint < MEMORY_CHECKPOINT_WRITES
            or self._file_bytes() <= self._buffer_pool_bytes
        ):
            return False
        held = resident_bytes()
        if held is None or held <= self._memory_bytes:
            return False
        # A process that the last checkpoint left over the budget (an ingest holds the
        # language model) cannot be brought under it by checkpoints: its log decides,
        # else it would pay one every few writes (about 15 s each at a million
        # statements) for memory it keeps.
        after = self._memory_after_checkpoint
        return after is None or after <= self._memory_bytes

    @contextmanager
    def _reads_paused_for_reopen(self) -> Iterator[None]:
        """New reads wait, and the block begins once no read is under way."""
        with self._connections_lock:
            self._reads_paused = True
            while any(self._in_use.values()):
                self._reads_resume.wait(0.05)
        try:
            yield
        finally:
            with self._connections_lock:
                self._connections.clear()
                self._reads_paused = False
                self._reads_resume.notify_all()

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


def _commit(
    conn: ladybug.Connection, folder: Path, action: str, statement: str = "COMMIT"
) -> None:
    """Run `statement` (a COMMIT, or a COPY that commits itself). When the engine says
    the commit stood and only the checkpoint after it failed, the write is done: that is
    logged (the store checkpoints again, in a pool large enough) and not raised."""
    try:
        conn.execute(statement)
    except RuntimeError as exc:
        if _COMMITTED_CHECKPOINT_FAILED not in str(exc):
            raise
        logger.warning("the graph at %s committed %s, but the checkpoint after it failed "
                       "(checkpointing again in a larger pool): %s", folder, action, exc)


def _holds_copies(tx: _Tx) -> bool:
    return bool(tx.rows(q.ANY_COPY_IDS)[0]["n"])


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


if TYPE_CHECKING:

    def _conforms(store: LadybugStore) -> GraphStore:
        """Lets mypy prove that LadybugStore implements the GraphStore protocol."""
        return store
