"""The embedded store: the graph in memory, every change first in SQLite.

Why this shape (see DESIGN.md, "Embedded store durability"): queries run on an
in-memory graph, while each document's changes are written to a local SQLite file in
one transaction before the graph is touched. A killed process therefore leaves every
document either fully old or fully new, and start-up rebuilds the graph from the file
in a few bulk reads.

The in-memory graph is a plain adjacency index (actor -> its edges) rather than a
networkx object: at a million statements networkx's per-edge dictionaries cost about a
third of the start-up time and of the memory. `to_networkx()` builds a MultiDiGraph on
demand (callers get a copy in any case) for algorithms and exports.

Several processes may open the same file (say the API and a CLI ingest): before each
operation the store asks SQLite whether another connection committed since it last
looked (`PRAGMA data_version`) and, if so, rebuilds its graph from the file.
"""

from __future__ import annotations

import gc
import heapq
import sqlite3
import threading
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import networkx as nx

from actorgraph.domain import (
    CAMEO_CODES,
    SYMMETRIC_RELATIONS,
    ActorType,
    Evidence,
    Extraction,
    RelationType,
    name_key,
)
from actorgraph.graph import search
from actorgraph.graph import sqlite_schema as sql
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
    Statement,
    UpsertResult,
    check_document_id,
    cited_and_copies,
    document_meta,
    stored_document,
    with_document_meta,
)
from actorgraph.graph.resolution import plan_actors
from actorgraph.graph.store import (
    NotFoundError,
    PagedReads,
    StoreUnavailableError,
    connections_one_by_one,
    edge_keys_one_by_one,
    evidence_page,
    first_documents,
    no_actor,
    no_edge,
)
from actorgraph.graph.whole_graph import (
    ActorRanking,
    DateRange,
    RankedActor,
    kept_degrees,
    strongest,
)

if TYPE_CHECKING:
    from actorgraph.graph.store import GraphStore

__all__ = ["EmbeddedStore", "edge_key"]

# (source id, target id, relation type, negated): one aggregated edge.
EdgeId = tuple[str, str, RelationType, bool]

_FETCH_BATCH = 20_000

# Names repeat across documents ("United States" in thousands of them); normalising is
# the costliest step of resolving actors, so remember recent keys.
_key = lru_cache(maxsize=1 << 16)(name_key)


# A statement as kept in memory: a plain tuple, because a million of them must load
# fast and stay small. (document, text, start, end, date, state, source actor id,
# confidence, cameo); the Statement objects are built when an Edge is asked for.
_Row = tuple[str, str, int, int, str | None, str | None, str | None, float, str | None]


class _EdgeAgg:
    """The statements of one edge; the frozen `Edge` is built on demand and cached,
    so adding a statement to a busy edge does not re-sort it on every document."""

    __slots__ = ("_capped", "_edge", "negated", "rows", "source", "target", "type")

    def __init__(self, source: str, target: str, type_: RelationType, negated: bool) -> None:
        self.source = source
        self.target = target
        self.type = type_
        self.negated = negated
        self.rows: dict[int, _Row] = {}
        self._edge: Edge | None = None
        self._capped: tuple[int, Edge] | None = None

    def add(self, statement_id: int, row: _Row) -> None:
        self.rows[statement_id] = row
        self._edge = self._capped = None

    def remove(self, statement_id: int) -> None:
        del self.rows[statement_id]
        self._edge = self._capped = None

    def edge(self) -> Edge:
        if self._edge is None:
            self._edge = self._build()
        return self._edge

    def capped(self, evidence_limit: int | None) -> Edge:
        """`edge().capped(evidence_limit)`, kept for the next page: a busy edge's
        figures are a pass over thousands of statements."""
        if evidence_limit is None:
            return self.edge()
        if self._capped is None or self._capped[0] != evidence_limit:
            self._capped = (evidence_limit, self.edge().capped(evidence_limit))
        return self._capped[1]

    def _build(self) -> Edge:
        if len(self.rows) == 1:  # most edges: skip the sort
            rows = list(self.rows.values())
        else:
            ordered = sorted(
                self.rows.items(), key=lambda item: (item[1][0], item[1][2], item[1][3], item[0])
            )
            rows = [row for _, row in ordered]
        # The first explicit code in statement order; the ontology's code otherwise.
        cameo = next((row[8] for row in rows if row[8]), CAMEO_CODES.get(self.type))
        return Edge(
            source=self.source,
            target=self.target,
            type=self.type,
            negated=self.negated,
            statements=tuple(
                Statement(r[0], r[1], r[2], r[3], r[4], self.negated, r[5], r[6]) for r in rows
            ),
            confidence=max(row[7] for row in rows),
            cameo=cameo,
        )


@dataclass(slots=True)
class _ActorState:
    """One stored actor and the names documents mention it by (with document counts)."""

    id: str
    name: str
    type: ActorType
    key: str
    cameo_code: str | None = None
    surfaces: Counter[str] = field(default_factory=Counter)
    keys: Counter[str] = field(default_factory=Counter)
    documents: set[str] = field(default_factory=set)

    def aliases(self) -> tuple[str, ...]:
        return tuple(
            sorted((s for s in self.surfaces if s != self.name), key=lambda s: (s.casefold(), s))
        )


# A mention row: (actor id, surface name, name key).
_Mention = tuple[str, str, str]


@dataclass(slots=True)
class _Plan:
    """Everything one upsert will change, computed before anything is written."""

    document: DocumentInfo
    replacing: bool
    new_actors: list[tuple[str, str, ActorType]] = field(default_factory=list)
    codes: dict[str, str] = field(default_factory=dict)  # actor id -> CAMEO code, if it has none
    mentions: list[_Mention] = field(default_factory=list)
    statements: list[tuple[int, EdgeId, _Row]] = field(default_factory=list)
    orphans: list[str] = field(default_factory=list)
    # What the stored version of the document contributed (replacing only).
    old_statements: list[tuple[int, EdgeId]] = field(default_factory=list)
    old_mentions: list[_Mention] = field(default_factory=list)


class EmbeddedStore(PagedReads):
    """The default `GraphStore`: no server, one SQLite file at `path`.

    Thread-safe: one re-entrant lock serialises every operation (reads are in-memory
    and short). Raises StoreUnavailableError if `path` is not an actorgraph store.
    """

    def __init__(self, path: Path) -> None:
        self._path = Path(path)
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = sql.open_database(self._path)
        self._data_version = -1
        self._reset_memory()
        try:
            with self._lock:
                self._load()
        except BaseException:
            self.close()
            raise

    @property
    def path(self) -> Path:
        return self._path

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # ------------------------------------------------------------------ writes

    def upsert_document(self, info: DocumentInfo, extraction: Extraction) -> UpsertResult:
        """Store a document's extraction in one transaction (see GraphStore).

        Each evidence sentence of a relation becomes one statement (a relation without
        evidence, one statement with empty text); the same relation read twice from the
        same sentence counts once; an undated statement takes the document's date.
        Raises ValueError for an extraction that refers to actors it does not define.
        """
        check_document_id(info, extraction)
        with self._lock:
            self._sync()
            if self._unchanged(info):
                return UpsertResult(document=info.id, status="unchanged")
            with self._write_transaction() as conn:
                if self._unchanged(info):  # another process stored it meanwhile
                    return UpsertResult(document=info.id, status="unchanged")
                plan = self._plan(conn, info, extraction)
                self._write(conn, plan)
            self._applying(lambda: self._apply(plan))
            return UpsertResult(
                document=info.id,
                status="replaced" if plan.replacing else "created",
                actors_added=len(plan.new_actors),
                statements_added=len(plan.statements),
                statements_removed=len(plan.old_statements),
            )

    def delete_document(self, document_id: str) -> bool:
        with self._lock:
            self._sync()
            if document_id not in self._docs:
                return False
            with self._write_transaction() as conn:
                if document_id not in self._docs:
                    return False
                old_statements, old_mentions = self._stored_parts(conn, document_id)
                orphans = self._orphans_after(document_id, old_mentions, keep=set())
                conn.execute(sql.DELETE_DOCUMENT_STATEMENTS, (document_id,))
                conn.execute(sql.DELETE_DOCUMENT_MENTIONS, (document_id,))
                conn.execute(sql.DELETE_DOCUMENT, (document_id,))
                conn.executemany(sql.DELETE_ACTOR, [(a,) for a in orphans])

            def forget() -> None:
                self._mem_drop_document(document_id, old_statements, old_mentions)
                for actor_id in orphans:
                    self._mem_remove_actor(actor_id)
                self._flush()

            self._applying(forget)
            return True

    # ------------------------------------------------------------------- reads

    def get_document(self, document_id: str) -> DocumentInfo | None:
        with self._lock:
            self._sync()
            return self._docs.get(document_id)

    def list_documents(self) -> list[DocumentInfo]:
        with self._lock:
            self._sync()
            return [self._docs[d] for d in sorted(self._docs)]

    def source_documents(self, document_ids: Collection[str]) -> list[DocumentInfo]:
        with self._lock:
            self._sync()
            docs = self._docs
            wanted = set(document_ids)
            found = [docs[d] for d in wanted if d in docs]
            copies = [docs[c] for d in wanted for c in self._copies.get(d, ())]
            return cited_and_copies(found, copies, wanted)

    def search_page(
        self,
        query: str,
        *,
        actor_type: ActorType | None = None,
        offset: int = 0,
        limit: int = 20,
        document_limit: int | None = None,
    ) -> ActorSearchPage:
        query_key = _key(query)
        if query.strip() and not query_key:
            return ActorSearchPage(0, [])
        with self._lock:
            self._sync()
            if query_key:
                matches = search.match_keys(query_key, self._alias_index)
            else:
                matches = dict.fromkeys(self._actors, search.Match(search.MatchKind.EXACT))
            if actor_type is not None:
                matches = {
                    i: m for i, m in matches.items() if self._actors[i].type == actor_type
                }
            names = {i: self._actors[i].name for i in matches}
            ranked = search.order(matches, self._degree, names)
            page = ranked[max(offset, 0) :][: max(limit, 0)]
            return ActorSearchPage(
                len(ranked), [first_documents(self._record(i), document_limit) for i in page]
            )

    def get_actor(
        self, actor_id: str, *, document_limit: int | None = None
    ) -> ActorRecord | None:
        with self._lock:
            self._sync()
            if actor_id not in self._actors:
                return None
            return first_documents(self._record(actor_id), document_limit)

    def actor_documents(
        self, actor_id: str, *, offset: int = 0, limit: int = 50
    ) -> DocumentIdPage:
        with self._lock:
            self._sync()
            if actor_id not in self._actors:
                raise no_actor(actor_id)
            documents = self._record(actor_id).documents  # sorted by id
            start = max(offset, 0)
            return DocumentIdPage(len(documents), list(documents[start : start + max(limit, 0)]))

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
        start = max(offset, 0)
        with self._lock:
            found = self._ranked(actor_id, relation_types, direction, include_negated)
            first = self._first(found, start + max(limit, 0))
            return ConnectionPage(
                len(found),
                [
                    Connection(self._record(neighbour), way, agg.capped(evidence_limit))
                    for agg, way, neighbour in first[start:]
                ],
            )

    def edge_evidence(
        self, edge: EdgeKey, *, offset: int = 0, limit: int = 50
    ) -> EvidencePage:
        with self._lock:
            self._sync()
            agg = self._out.get(edge.source, {}).get(edge)
            if agg is None:
                raise no_edge(edge)
            return evidence_page(edge, agg.edge().statements, offset, limit)

    def _ranked(
        self,
        actor_id: str,
        relation_types: Sequence[RelationType] | None,
        direction: Direction,
        include_negated: bool,
    ) -> list[tuple[_EdgeAgg, Direction, str]]:
        """The actor's edges that pass, each with its way and neighbour, in no order
        (`_first` ranks them). The caller holds the lock."""
        wanted = frozenset(relation_types) if relation_types else None
        self._sync()
        if actor_id not in self._actors:
            raise NotFoundError(f"no actor {actor_id!r} in the graph; search for its id")
        found: list[tuple[_EdgeAgg, Direction, str]] = []
        for agg, way in self._touching(actor_id):
            if agg.negated and not include_negated:
                continue
            if wanted is not None and agg.type not in wanted:
                continue
            if not _direction_matches(agg, way, direction):
                continue
            found.append((agg, way, agg.target if way is Direction.OUT else agg.source))
        return found

    def _first(
        self, found: list[tuple[_EdgeAgg, Direction, str]], wanted: int
    ) -> list[tuple[_EdgeAgg, Direction, str]]:
        """The first `wanted` of `found` in connections order, ranked on values at hand:
        records and edges are built for a page only (a hub has thousands of edges, and a
        record reads all its actor's statements). Only the edges as strong as the page's
        weakest are given the full sort key: a hub's page sorts tens, not thousands."""
        if wanted <= 0:
            return []
        if wanted < len(found):
            least = heapq.nlargest(wanted, (len(item[0].rows) for item in found))[-1]
            found = [item for item in found if len(item[0].rows) >= least]
        found.sort(
            key=lambda item: (
                -len(item[0].rows),
                item[0].type.value,
                self._actors[item[2]].name.casefold(),
                item[2],
                item[1].value,
                item[0].negated,
            )
        )
        return found[:wanted]

    def edges(self) -> list[Edge]:
        with self._lock:
            self._sync()
            return [self._edges[e].edge() for e in sorted(self._edges, key=_edge_sort_key)]

    def edge_page(
        self, selection: EdgeSelection, *, offset: int = 0, limit: int = 50,
        evidence_limit: int | None = None,
    ) -> EdgePage:
        """Selected over the edge index in memory; edges are built only where the
        selection needs their figures, and for the page."""
        wanted = selection.relation_types
        needs_edge = selection.min_confidence > 0 or selection.seen_by is not None
        with self._lock:
            self._sync()
            kept: list[EdgeId] = []
            for eid, agg in self._edges.items():
                if selection.ends is not None and (agg.source, agg.target) != selection.ends:
                    continue
                if agg.negated and not selection.include_negated:
                    continue
                if wanted is not None and agg.type not in wanted:
                    continue
                if needs_edge and not selection.keeps(agg.edge()):
                    continue
                kept.append(eid)
            kept.sort(key=_edge_sort_key)
            page = kept[max(offset, 0) : max(offset, 0) + max(limit, 0)]
            items = [self._edges[e].capped(evidence_limit) for e in page]
            return EdgePage(total=len(kept), items=items)

    def edge_keys(
        self, actor_id: str, selection: EdgeSelection, *, limit: int = 100
    ) -> list[EdgeKey]:
        with self._lock:
            self._sync()
            if actor_id not in self._actors:
                raise NotFoundError(f"no actor {actor_id!r} in the graph; search for its id")
            found = [
                agg
                for agg, _ in self._touching(actor_id)
                if selection.keeps(agg.edge())
            ]
            found.sort(key=lambda a: (-len(a.rows), a.source, a.target, a.type.value, a.negated))
            return [EdgeKey(a.source, a.target, a.type, a.negated) for a in found[: max(limit, 0)]]

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
        """The index is in memory: one page per actor costs no round trip."""
        return connections_one_by_one(
            self,
            actor_ids,
            relation_types=relation_types,
            include_negated=include_negated,
            limit=limit,
            evidence_limit=evidence_limit,
            within=within,
        )

    def edge_keys_of(
        self, actor_ids: Sequence[str], selection: EdgeSelection, *, limit: int = 100
    ) -> dict[str, list[EdgeKey]]:
        """The index is in memory: one lookup per actor costs no round trip."""
        return edge_keys_one_by_one(self, actor_ids, selection, limit)

    def stats(self) -> GraphStats:
        with self._lock:
            self._sync()
            actors_by_type = Counter(state.type.value for state in self._actors.values())
            edges_by_type = {k: n for k, n in self._edges_by_key.items() if n}
            return GraphStats(
                actors=len(self._actors),
                edges=len(self._edges),
                statements=self._statement_count,
                documents=len(self._docs),
                actors_by_type=dict(sorted(actors_by_type.items())),
                edges_by_type=dict(sorted(edges_by_type.items())),
            )

    def to_networkx(self) -> nx.MultiDiGraph[str]:
        """A copy of the graph; callers may change it without affecting the store."""
        with self._lock, _gc_paused():
            self._sync()
            graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
            for actor_id in sorted(self._actors):
                state = self._actors[actor_id]
                graph.add_node(
                    actor_id, name=state.name, type=state.type.value, aliases=list(state.aliases()),
                    **({"cameo_code": state.cameo_code} if state.cameo_code else {}),
                )
            for eid in sorted(self._edges, key=_edge_sort_key):
                graph.add_edge(
                    eid[0], eid[1], key=edge_key(eid[2], eid[3]), edge=self._edges[eid].edge()
                )
            return graph

    def ping(self) -> bool:
        with self._lock:
            if self._conn is None:
                return False
            try:
                self._conn.execute("SELECT 1").fetchone()
            except sqlite3.Error:
                return False
            return True

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    # ------------------------------------------------------------ transactions

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreUnavailableError(f"the graph store {self._path} is closed")
        return self._conn

    @contextmanager
    def _write_transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any error; takes the file's write
        lock first, then catches up with other processes' commits."""
        conn = self._connection()
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreUnavailableError(
                f"cannot write to the graph store {self._path}: {exc}"
            ) from exc
        try:
            self._sync()
            yield conn
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback(conn)
            raise StoreUnavailableError(
                f"writing to the graph store {self._path} failed: {exc}"
            ) from exc
        except BaseException:
            self._rollback(conn)
            raise

    @staticmethod
    def _rollback(conn: sqlite3.Connection) -> None:
        if conn.in_transaction:
            conn.execute("ROLLBACK")

    def _applying(self, change: Callable[[], None]) -> None:
        """Apply a committed change to memory; if that fails half-way, the file is the
        truth, so rebuild the graph from it rather than keep a half-changed graph."""
        try:
            change()
        except BaseException:
            self._load()
            raise

    def _sync(self) -> None:
        """Rebuild from the file if another connection committed since we last read."""
        conn = self._connection()
        try:
            version = int(conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error as exc:
            raise StoreUnavailableError(f"cannot read the graph store {self._path}: {exc}") from exc
        if version != self._data_version:
            self._load()

    # ---------------------------------------------------------------- planning

    def _unchanged(self, info: DocumentInfo) -> bool:
        stored = self._docs.get(info.id)
        return stored is not None and stored.sha256 == info.sha256

    def _plan(self, conn: sqlite3.Connection, info: DocumentInfo, extraction: Extraction) -> _Plan:
        replacing = info.id in self._docs
        document = stored_document(info, extraction)
        plan = _Plan(document=document, replacing=replacing)
        local = self._plan_actors(extraction, plan)
        self._plan_statements(extraction, document, local, plan)
        if replacing:
            plan.old_statements, plan.old_mentions = self._stored_parts(conn, info.id)
            plan.orphans = self._orphans_after(
                info.id, plan.old_mentions, keep={m[0] for m in plan.mentions}
            )
        return plan

    @staticmethod
    def _stored_parts(
        conn: sqlite3.Connection, document_id: str
    ) -> tuple[list[tuple[int, EdgeId]], list[_Mention]]:
        """The statements and mentions a stored document contributed; read from the
        file (indexed) rather than kept in memory for every document."""
        statements: list[tuple[int, EdgeId]] = [
            (sid, (src, tgt, RelationType(type_), bool(neg)))
            for sid, src, tgt, type_, neg in conn.execute(
                sql.SELECT_DOCUMENT_STATEMENTS, (document_id,)
            )
        ]
        mentions: list[_Mention] = [
            (actor_id, alias, key)
            for actor_id, alias, key in conn.execute(sql.SELECT_DOCUMENT_MENTIONS, (document_id,))
        ]
        return statements, mentions

    def _plan_actors(self, extraction: Extraction, plan: _Plan) -> dict[str, str]:
        actors = plan_actors(extraction, self._alias_index, self._actors, self._actors, key=_key)
        plan.new_actors.extend((a.id, a.name, a.type) for a in actors.new)
        plan.mentions.extend(
            (actor_id, name, key)
            for actor_id, names in actors.mentions.items()
            for name, key in names
        )
        new_ids = {new.id for new in actors.new}
        for actor in extraction.actors:
            actor_id = actors.local[actor.id]
            is_new = actor_id in new_ids
            if actor.cameo_code and (is_new or not self._actors[actor_id].cameo_code):
                plan.codes.setdefault(actor_id, actor.cameo_code)
        return actors.local

    def _plan_statements(
        self, extraction: Extraction, document: DocumentInfo, local: dict[str, str], plan: _Plan
    ) -> None:
        def store_id(local_id: str) -> str:
            if local_id not in local:
                raise ValueError(
                    f"relation in {extraction.document!r} refers to actor {local_id!r}, "
                    "which is not among the extraction's actors"
                )
            return local[local_id]

        seen: set[tuple[object, ...]] = set()
        next_id = self._next_statement_id
        for rel in extraction.relations:
            eid: EdgeId = (store_id(rel.source), store_id(rel.target), rel.type, rel.negated)
            claimant = store_id(rel.source_actor) if rel.source_actor else None
            # Undated statements take the document's dateline date.
            date = rel.date or document.date
            for ev in rel.evidence or (Evidence(text="", start=0, end=0),):
                # The same relation read twice from one sentence is one statement.
                dedupe = (*eid, ev.start, ev.end, ev.text)
                if dedupe in seen:
                    continue
                seen.add(dedupe)
                row: _Row = (
                    document.id,
                    ev.text,
                    ev.start,
                    ev.end,
                    date,
                    rel.state,
                    claimant,
                    rel.confidence,
                    rel.cameo,
                )
                plan.statements.append((next_id, eid, row))
                next_id += 1

    def _orphans_after(
        self, document_id: str, old_mentions: list[_Mention], keep: set[str]
    ) -> list[str]:
        """Actors that only `document_id` mentions and that its new version (`keep`) drops."""
        mentioned = {m[0] for m in old_mentions}
        return sorted(
            a for a in mentioned if a not in keep and self._actors[a].documents <= {document_id}
        )

    def _write(self, conn: sqlite3.Connection, plan: _Plan) -> None:
        doc = plan.document
        if plan.replacing:
            conn.execute(sql.DELETE_DOCUMENT_STATEMENTS, (doc.id,))
            conn.execute(sql.DELETE_DOCUMENT_MENTIONS, (doc.id,))
            conn.executemany(sql.DELETE_ACTOR, [(a,) for a in plan.orphans])
        conn.execute(
            sql.INSERT_DOCUMENT,
            (doc.id, doc.sha256, doc.date, doc.words, doc.ingested_at, document_meta(doc)),
        )
        conn.executemany(sql.INSERT_ACTOR, [(a, n, t.value) for a, n, t in plan.new_actors])
        conn.executemany(sql.SET_ACTOR_CODE, [(c, a) for a, c in plan.codes.items()])
        conn.executemany(sql.INSERT_MENTION, [(doc.id, *m) for m in plan.mentions])
        conn.executemany(
            sql.INSERT_STATEMENT,
            [
                (
                    sid,
                    doc.id,
                    eid[0],
                    eid[1],
                    eid[2].value,
                    int(eid[3]),
                    row[4],  # date
                    row[7],  # confidence
                    row[8],  # cameo
                    row[5],  # state
                    row[6],  # source actor
                    row[1],  # text
                    row[2],  # start
                    row[3],  # end
                )
                for sid, eid, row in plan.statements
            ],
        )

    def _apply(self, plan: _Plan) -> None:
        doc_id = plan.document.id
        if plan.replacing:
            self._mem_drop_document(doc_id, plan.old_statements, plan.old_mentions)
        self._set_document(plan.document)
        for actor_id, name, actor_type in plan.new_actors:
            self._mem_add_actor(actor_id, name, actor_type)
        for actor_id, code in plan.codes.items():
            self._mem_set_code(actor_id, code)
        for actor_id, alias, key in plan.mentions:
            self._mem_add_mention(doc_id, actor_id, alias, key)
        for sid, eid, row in plan.statements:
            self._mem_add_statement(sid, eid, row)
        for actor_id in plan.orphans:
            self._mem_remove_actor(actor_id)
        self._flush()

    # ------------------------------------------------------- in-memory graph

    def _reset_memory(self) -> None:
        # The edges leaving and entering each actor (both hold the same _EdgeAgg objects
        # as self._edges).
        self._out: dict[str, dict[EdgeId, _EdgeAgg]] = {}
        self._in: dict[str, dict[EdgeId, _EdgeAgg]] = {}
        self._docs: dict[str, DocumentInfo] = {}
        # The copy index: the ids of the documents recorded as copies of each document
        # (`duplicate_of`), kept with `_docs` so a response's copies are read by id.
        self._copies: dict[str, set[str]] = {}
        self._actors: dict[str, _ActorState] = {}
        self._alias_index: dict[str, set[str]] = {}
        self._edges: dict[EdgeId, _EdgeAgg] = {}
        self._degree: dict[str, int] = {}
        self._edges_by_key: Counter[str] = Counter()  # kept up to date: stats() is O(1)-ish
        self._statement_count = 0
        self._records: dict[str, ActorRecord] = {}
        self._dirty: set[str] = set()
        self._next_statement_id = 1

    def _load(self) -> None:
        """Rebuild the whole in-memory graph from the file, in bulk reads."""
        try:
            with _gc_paused():
                self._read_all()
        except sqlite3.Error as exc:
            raise StoreUnavailableError(
                f"cannot read the graph store {self._path}: {exc}; "
                "restore it from a backup or point the store at another file"
            ) from exc

    def _read_all(self) -> None:
        conn = self._connection()
        self._reset_memory()
        own_transaction = not conn.in_transaction
        if own_transaction:
            conn.execute("BEGIN")  # one consistent snapshot of all tables
        try:
            for doc_id, sha, date, words, ingested, meta in conn.execute(sql.SELECT_DOCUMENTS):
                info = DocumentInfo(doc_id, sha, date, int(words), ingested)
                self._set_document(with_document_meta(info, meta))
            for actor_id, name, type_, code in conn.execute(sql.SELECT_ACTORS):
                self._mem_add_actor(actor_id, name, ActorType(type_))
                if code:
                    self._actors[actor_id].cameo_code = code
            for doc_id, actor_id, alias, key in conn.execute(sql.SELECT_MENTIONS):
                self._mem_add_mention(doc_id, actor_id, alias, key)
            self._load_statements(conn)
            self._data_version = int(conn.execute("PRAGMA data_version").fetchone()[0])
        finally:
            if own_transaction and conn.in_transaction:
                conn.execute("COMMIT")
        self._flush()

    def _load_statements(self, conn: sqlite3.Connection) -> None:
        """Group all statement rows into edges, then add the edges to the graph at once
        (the per-statement path of an upsert is several times slower per row)."""
        types = {t.value: t for t in RelationType}
        edges = self._edges
        cursor = conn.execute(sql.SELECT_STATEMENTS)
        max_id, count = 0, 0
        while rows := cursor.fetchmany(_FETCH_BATCH):
            for row in rows:
                eid: EdgeId = (row[1], row[2], types[row[3]], bool(row[4]))
                agg = edges.get(eid)
                if agg is None:
                    agg = edges[eid] = _EdgeAgg(*eid)
                agg.rows[row[0]] = row[5:]
            count += len(rows)
            max_id = max(max_id, max(row[0] for row in rows))
        for eid, agg in edges.items():
            self._link(eid, agg)
        self._statement_count = count
        self._next_statement_id = max_id + 1

    def _mem_add_actor(self, actor_id: str, name: str, actor_type: ActorType) -> None:
        state = _ActorState(actor_id, name, actor_type, _key(name))
        self._actors[actor_id] = state
        # The canonical name stays findable even after the document that introduced it goes.
        if state.key:
            self._alias_index.setdefault(state.key, set()).add(actor_id)
        self._dirty.add(actor_id)

    def _mem_set_code(self, actor_id: str, code: str) -> None:
        state = self._actors[actor_id]
        if state.cameo_code is None:
            state.cameo_code = code
            self._dirty.add(actor_id)

    def _mem_remove_actor(self, actor_id: str) -> None:
        state = self._actors.pop(actor_id)
        for key in {state.key, *state.keys}:
            self._unindex(key, actor_id)
        # An actor is pruned only once no document mentions it, so it has no edges left.
        self._out.pop(actor_id, None)
        self._in.pop(actor_id, None)
        self._degree.pop(actor_id, None)
        self._records.pop(actor_id, None)
        self._dirty.discard(actor_id)

    def _unindex(self, key: str, actor_id: str) -> None:
        ids = self._alias_index.get(key)
        if ids is not None:
            ids.discard(actor_id)
            if not ids:
                del self._alias_index[key]

    def _mem_add_mention(self, doc_id: str, actor_id: str, alias: str, key: str) -> None:
        state = self._actors[actor_id]
        state.surfaces[alias] += 1
        state.keys[key] += 1
        state.documents.add(doc_id)
        if key:  # a punctuation-only name must not merge with every other one
            self._alias_index.setdefault(key, set()).add(actor_id)
        self._dirty.add(actor_id)

    def _mem_add_statement(self, sid: int, eid: EdgeId, row: _Row) -> None:
        agg = self._edges.get(eid)
        if agg is None:
            agg = self._edges[eid] = _EdgeAgg(*eid)
            self._link(eid, agg)
        agg.add(sid, row)
        self._statement_count += 1
        self._dirty.update((eid[0], eid[1]))
        self._next_statement_id = max(self._next_statement_id, sid + 1)

    def _link(self, eid: EdgeId, agg: _EdgeAgg) -> None:
        """Index a new edge at both ends."""
        self._out.setdefault(eid[0], {})[eid] = agg
        self._in.setdefault(eid[1], {})[eid] = agg
        self._edges_by_key[edge_key(eid[2], eid[3])] += 1
        if not eid[3]:
            self._bump_degree(eid, +1)

    def _unlink(self, eid: EdgeId) -> None:
        del self._edges[eid]
        del self._out[eid[0]][eid]
        del self._in[eid[1]][eid]
        self._edges_by_key[edge_key(eid[2], eid[3])] -= 1
        if not eid[3]:
            self._bump_degree(eid, -1)

    def _bump_degree(self, eid: EdgeId, delta: int) -> None:
        for actor_id in {eid[0], eid[1]}:  # a self-loop counts once
            self._degree[actor_id] = self._degree.get(actor_id, 0) + delta

    def _mem_drop_document(
        self, doc_id: str, statements: list[tuple[int, EdgeId]], mentions: list[_Mention]
    ) -> None:
        """Forget a document's statements and mentions (its actors stay until pruned)."""
        for sid, eid in statements:
            agg = self._edges[eid]
            agg.remove(sid)
            self._statement_count -= 1
            self._dirty.update((eid[0], eid[1]))
            if not agg.rows:
                self._unlink(eid)
        for actor_id, alias, key in mentions:
            state = self._actors[actor_id]
            state.documents.discard(doc_id)
            _decrement(state.surfaces, alias)
            if _decrement(state.keys, key) and key != state.key:
                self._unindex(key, actor_id)
            self._dirty.add(actor_id)
        self._drop_document_info(doc_id)

    def _set_document(self, info: DocumentInfo) -> None:
        self._drop_document_info(info.id)
        self._docs[info.id] = info
        if info.duplicate_of:
            self._copies.setdefault(info.duplicate_of, set()).add(info.id)

    def _drop_document_info(self, doc_id: str) -> None:
        info = self._docs.pop(doc_id, None)
        if info is not None and info.duplicate_of:
            copies = self._copies.get(info.duplicate_of, set())
            copies.discard(doc_id)
            if not copies:
                self._copies.pop(info.duplicate_of, None)

    def _flush(self) -> None:
        """Drop the cached records of actors that changed."""
        for actor_id in self._dirty:
            self._records.pop(actor_id, None)
        self._dirty.clear()

    def _touching(self, actor_id: str) -> Iterator[tuple[_EdgeAgg, Direction]]:
        """Each edge at the actor once, with its direction seen from the actor."""
        for agg in self._out.get(actor_id, {}).values():
            yield agg, Direction.OUT
        for agg in self._in.get(actor_id, {}).values():
            if agg.source != actor_id:  # self-loops were yielded as OUT
                yield agg, Direction.IN

    def _record(self, actor_id: str) -> ActorRecord:
        record = self._records.get(actor_id)
        if record is None:
            record = self._records[actor_id] = self._build_record(actor_id)
        return record

    def _build_record(self, actor_id: str) -> ActorRecord:
        state = self._actors[actor_id]
        dates = [
            row[4] for agg, _ in self._touching(actor_id) for row in agg.rows.values() if row[4]
        ]
        return ActorRecord(
            id=actor_id,
            name=state.name,
            type=state.type,
            aliases=state.aliases(),
            cameo_code=state.cameo_code,
            degree=self._degree.get(actor_id, 0),
            documents=tuple(sorted(state.documents)),
            first_seen=min(dates) if dates else None,
            last_seen=max(dates) if dates else None,
        )

    # ------------------------------------------------------------ whole-graph view

    def top_actors(
        self, selection: EdgeSelection, dates: DateRange, *, limit: int = 500
    ) -> ActorRanking:
        """Counted over the edge index in memory (this store holds it anyway)."""
        with self._lock:
            self._sync()
            edges = (agg.edge() for agg in self._edges.values())
            degrees = kept_degrees(edges, selection, dates)
            bare = [a for a in self._actors if self._has_no_edge(a)]
            ranked = sorted(degrees.items(), key=lambda item: (-item[1], item[0]))
            chosen = [*ranked, *((a, 0) for a in sorted(bare))][: max(limit, 0)]
            top = []
            for actor_id, degree in chosen:
                state = self._actors[actor_id]
                top.append(
                    RankedActor(actor_id, state.name, state.type.value, state.aliases(), degree)
                )
            return ActorRanking(len(self._actors), len(degrees) + len(bare), top)

    def edges_among(
        self, actor_ids: Sequence[str], selection: EdgeSelection, dates: DateRange,
        *, limit: int = 5_000, evidence_limit: int | None = None,
    ) -> EdgePage:
        ids = set(actor_ids)
        with self._lock:
            self._sync()
            kept = []
            for agg in self._edges.values():
                if agg.source in ids and agg.target in ids:
                    edge = agg.edge()
                    if selection.keeps(edge) and dates.keeps(edge):
                        kept.append(edge)
            page = strongest(kept, limit)
            return EdgePage(page.total, [e.capped(evidence_limit) for e in page.items])

    def _has_no_edge(self, actor_id: str) -> bool:
        return next(iter(self._touching(actor_id)), None) is None


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building millions of small objects
    that are all kept: its repeated full scans would otherwise dominate the time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _decrement(counter: Counter[str], item: str) -> bool:
    """Decrement a count; True when it reached zero and the item was removed."""
    counter[item] -= 1
    if counter[item] <= 0:
        del counter[item]
        return True
    return False


def _edge_sort_key(eid: EdgeId) -> tuple[str, str, str, bool]:
    return (eid[0], eid[1], eid[2].value, eid[3])


def _direction_matches(agg: _EdgeAgg, way: Direction, wanted: Direction) -> bool:
    if wanted is Direction.BOTH or way is wanted:
        return True
    if agg.source == agg.target:  # a self-loop points both ways
        return True
    return agg.type in SYMMETRIC_RELATIONS


if TYPE_CHECKING:

    def _conforms(store: EmbeddedStore) -> GraphStore:
        """Lets mypy prove that EmbeddedStore implements the GraphStore protocol."""
        return store
