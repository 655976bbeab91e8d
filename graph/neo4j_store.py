"""The Neo4j store: the `GraphStore` protocol over Bolt with the official `neo4j` driver.

The graph model is described in `actorgraph.graph.cypher`, which holds every query.
Each supporting statement is a node; the direct actor-to-actor relationships (one per
relation type, direction and negation) are recomputed from the statements after each
write, so they always agree with the evidence.

Behaviour matches the embedded store (same contract suite): actors merge by the
normalised key of their canonical name or an alias, re-ingesting a document with the
same sha256 changes nothing, another sha256 replaces the document's statements, and
deleting a document takes back its statements, the aliases only it contributed and the
actors only it mentioned.

The driver is passed in (one per process, owned by the caller); `Neo4jStore.connect`
builds one from a URL for the CLI and the API and then closes it in `close()`. Each
document is written in one write transaction (`execute_write`), reads run in read
transactions (`execute_read`); both are retried by the driver on transient errors,
which is why the transaction functions only read and write through `tx`.
"""

from __future__ import annotations

import random
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any, LiteralString, TypeVar

import neo4j
import networkx as nx
from neo4j.exceptions import (
    AuthError,
    ConfigurationError,
    ConnectionPoolError,
    ConstraintError,
    DatabaseUnavailable,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
)

from actorgraph.domain import (
    ActorType,
    Extraction,
    RelationType,
    actor_slug,
    name_key,
)
from actorgraph.graph import cypher, search
from actorgraph.graph.merging import edge_key
from actorgraph.graph.models import (
    DUPLICATE_OF_KEY,
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
    direction_matches,
    document_row,
    stored_document,
    with_document_meta,
)
from actorgraph.graph.resolution import KnownActor, name_keys_of, plan_actors
from actorgraph.graph.statement_rows import (
    alias_order,
    build_edges,
    document_statements,
    edge_properties,
    edge_sort_key,
    names_from_mentions,
)
from actorgraph.graph.store import (
    NotFoundError,
    PagedReads,
    StoreError,
    StoreUnavailableError,
    edge_keys_one_by_one,
    evidence_page,
    first_documents,
    no_actor,
    no_edge,
)
from actorgraph.graph.whole_graph import ActorRanking, DateRange, RankedActor, rank_order

if TYPE_CHECKING:
    from actorgraph.graph.store import GraphStore

__all__ = ["Neo4jStore", "edge_key"]

_R = TypeVar("_R")
_Row = dict[str, Any]
# (source id, target id, relation type, negated): one aggregated edge.
_EdgeId = tuple[str, str, RelationType, bool]

_DATABASE_NOT_FOUND = "Neo.ClientError.Database.DatabaseNotFound"
_WRITE_TRIES = 10
_RETRY_PAUSE_S = 0.05


def _write_conflict(exc: Neo4jError) -> bool:
    """A clash with a concurrent writer in another process: Neo4j reports it as a
    violated uniqueness constraint."""
    return isinstance(exc, ConstraintError)


_WRITE_LOCK = "actorgraph"
_RELATION_TYPE_VALUES = [t.value for t in RelationType]
_MERGE_RELATIONS_TYPES = [t.value for t in cypher.RELATION_TYPES]  # MERGE_RELATIONS' $types
_BOLT_SCHEMES = frozenset(
    f"{base}{tls}" for base in ("bolt", "neo4j") for tls in ("", "+s", "+ssc")
)


def _statement_edge(eid: _EdgeId) -> str:
    """The `edge` property of a statement node: which direct edge it supports.

    Actor ids are slugs ([a-z0-9-]), so "|" cannot occur inside a part.
    """
    source, target, type_, negated = eid
    mark = _KEY_PARTS["key_negated"] if negated else _KEY_PARTS["key_asserted"]
    return _KEY_PARTS["key_sep"].join((source, type_.value, target, mark))


# The parts of a statement's edge key, also passed to the queries that join one.
_KEY_PARTS: dict[str, str] = {"key_sep": "|", "key_negated": "negated", "key_asserted": "asserted"}


def _chunks(rows: Sequence[_Row], size: int = cypher.BATCH_SIZE) -> Iterator[Sequence[_Row]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _selection_params(selection: EdgeSelection) -> dict[str, Any]:
    wanted = selection.relation_types
    return {
        "types": sorted(t.value for t in (RelationType if wanted is None else wanted)),
        "negated": selection.include_negated,
        "min_confidence": selection.min_confidence,
        "seen_by": selection.seen_by,
        # a YYYY or YYYY-MM first_seen is compared as its first day
        "year_start": "-01-01",
        "month_start": "-01",
    }


def _rows(tx: neo4j.ManagedTransaction, query: LiteralString, /, **params: Any) -> list[_Row]:
    """Run a query and return all its records as dicts (consumed inside the transaction)."""
    return [record.data() for record in tx.run(query, params)]


def _write_batched(
    tx: neo4j.ManagedTransaction, query: LiteralString, rows: Sequence[_Row], /, **params: Any
) -> None:
    """`UNWIND $rows ...` in batches of cypher.BATCH_SIZE rows."""
    for batch in _chunks(rows):
        tx.run(query, {"rows": list(batch), **params}).consume()


# ------------------------------------------------------------------------ planning


@dataclass(slots=True)
class _Plan:
    """What one document writes: its actors, mentions and statements."""

    document: DocumentInfo
    new_actors: list[_Row] = field(default_factory=list)
    codes: list[_Row] = field(default_factory=list)  # id, CAMEO code (kept if one is set)
    mentions: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)
    statements: list[_Row] = field(default_factory=list)
    # Stored actors' current names (id, name, key, aliases, keys), by id.
    names: dict[str, _Row] = field(default_factory=dict)

    @property
    def mentioned(self) -> set[str]:
        return set(self.mentions)

    @property
    def edges(self) -> set[str]:
        return {row["edge"] for row in self.statements}


@dataclass(frozen=True, slots=True)
class _Begun:
    """What BEGIN_WRITE read: the stored document's hash (None when there is none), the
    stored actors under the extraction's name keys and the ids taken near new slugs."""

    stored: bool
    sha256: str | None
    known: list[_Row]
    taken: set[str]


def _begin(
    tx: neo4j.ManagedTransaction, document: DocumentInfo, extraction: Extraction
) -> _Begun:
    """Take the write lock and read what planning the write needs, in one query."""
    bases = sorted({actor_slug(actor.name) for actor in extraction.actors})
    row = _rows(
        tx,
        cypher.BEGIN_WRITE,
        lock=_WRITE_LOCK,
        id=document.id,
        keys=name_keys_of(extraction),
        bases=bases,
    )[0]
    return _Begun(
        stored=bool(row["stored"]),
        sha256=row["sha256"],
        known=list(row["known"]),
        taken=set(row["taken"]),
    )


def _plan(document: DocumentInfo, extraction: Extraction, begun: _Begun) -> _Plan:
    """Resolve the extraction's actors against the stored ones and lay out the writes."""
    plan = _Plan(document=document)
    stored: dict[str, set[str]] = defaultdict(set)
    known: dict[str, KnownActor] = {}
    for row in begun.known:
        stored[row["key"]].add(row["id"])
        known[row["id"]] = KnownActor(row["id"], ActorType(row["type"]), row["name_key"] or "")
        plan.names[row["id"]] = row
    actors = plan_actors(extraction, stored, known, begun.taken)
    plan.new_actors = [
        {
            "id": new.id,
            "name": new.name,
            "type": new.type.value,
            "key": new.key,
            "keys": [new.key] if new.key else [],
        }
        for new in actors.new
    ]
    plan.mentions = {
        actor_id: ([name for name, _ in names], [key for _, key in names])
        for actor_id, names in actors.mentions.items()
    }
    plan.codes = [
        {"id": actors.local[actor.id], "code": actor.cameo_code}
        for actor in extraction.actors
        if actor.cameo_code
    ]

    plan.statements = document_statements(
        extraction, document, actors.store_id, _statement_edge
    )
    return plan


# ------------------------------------------------------------------ edge aggregation


def _refresh_edges(tx: neo4j.ManagedTransaction, keys: Iterable[str]) -> None:
    """Recompute the direct relationships behind `keys` from their statements."""
    wanted = sorted(set(keys))
    if not wanted:
        return
    _apply_edges(tx, wanted, build_edges(_rows(tx, cypher.EDGE_STATEMENTS, edges=wanted)))


def _apply_edges(tx: neo4j.ManagedTransaction, wanted: list[str], built: dict[str, Edge]) -> None:
    """Delete the relationships of `wanted` keys that no statement supports any more,
    and MERGE the others with their recomputed properties (one query for all types)."""
    merges: list[_Row] = []
    deletes: dict[RelationType, list[_Row]] = defaultdict(list)
    for key in wanted:
        edge = built.get(key)
        if edge is None:
            source, type_, target, negated = key.split("|")
            deletes[RelationType(type_)].append(
                {"source": source, "target": target, "negated": negated == "negated"}
            )
            continue
        merges.append({**edge_properties(edge), "type": edge.type.value})
    for type_, gone in deletes.items():
        _write_batched(tx, cypher.DELETE_RELATION[type_], gone)
    _write_batched(tx, cypher.MERGE_RELATIONS, merges, types=_MERGE_RELATIONS_TYPES)


def _recompute_actor_names(tx: neo4j.ManagedTransaction, actor_ids: Iterable[str]) -> None:
    """Rebuild actors' aliases and keys from all the names documents mention them by
    (needed when a document that mentioned them went away)."""
    ids = sorted(set(actor_ids))
    if not ids:
        return
    updates = [names_from_mentions(row) for row in _rows(tx, cypher.ACTOR_MENTIONS, ids=ids)]
    _write_batched(tx, cypher.SET_ACTOR_NAMES, updates)


@dataclass(frozen=True, slots=True)
class _Forgotten:
    edges: set[str]
    actors: set[str]
    orphans: list[str]
    statements: int


def _forget_document(tx: neo4j.ManagedTransaction, document_id: str, keep: set[str]) -> _Forgotten:
    """Remove a document's statements and mentions (not the document node itself).

    Returns what changed: the edges to recompute, the actors to refresh, and the actors
    that only this document mentioned and that `keep` (its new version) does not.
    """
    actors = _rows(tx, cypher.DOCUMENT_ACTORS, id=document_id)
    statements = _rows(tx, cypher.DOCUMENT_STATEMENT_EDGES, id=document_id)
    tx.run(cypher.DELETE_DOCUMENT_STATEMENTS, id=document_id).consume()
    tx.run(cypher.DELETE_DOCUMENT_MENTIONS, id=document_id).consume()
    orphans = sorted(
        row["id"] for row in actors if row["id"] not in keep and int(row["others"]) == 0
    )
    return _Forgotten(
        edges={row["edge"] for row in statements},
        actors={row["id"] for row in actors} - set(orphans),
        orphans=orphans,
        statements=len(statements),
    )


def _delete_actors(tx: neo4j.ManagedTransaction, actor_ids: list[str]) -> None:
    if actor_ids:
        tx.run(cypher.DELETE_ACTORS, ids=actor_ids).consume()


# ----------------------------------------------------------------- transaction work


def _lock_writes(tx: neo4j.ManagedTransaction) -> None:
    tx.run(cypher.LOCK_WRITES, id=_WRITE_LOCK).consume()


def _actor_rows(tx: neo4j.ManagedTransaction, plan: _Plan, refreshed: set[str]) -> list[_Row]:
    """WRITE_DOCUMENT rows: every actor the document mentions, with its label when it is
    new, its names joined to the stored ones, its first CAMEO code and the names this
    document mentions it by. The names of `refreshed` actors are left alone: they are
    rebuilt from all their mentions later."""
    codes: dict[str, str] = {}
    for coded in plan.codes:
        codes.setdefault(coded["id"], coded["code"])
    new = {created["id"]: created for created in plan.new_actors}
    current = dict(plan.names)
    current.update((actor_id, {**created, "aliases": []}) for actor_id, created in new.items())
    ids = sorted(set(plan.mentions) | set(new))
    missing = [actor_id for actor_id in ids if actor_id not in current]
    if missing:  # not met: resolution only picks actors BEGIN_WRITE read
        current.update((r["id"], r) for r in _rows(tx, cypher.ACTOR_NAMES, ids=missing))
    rows: list[_Row] = []
    for actor_id in ids:
        names, name_keys = plan.mentions.get(actor_id, ([], []))
        row: _Row = {
            "id": actor_id,
            "code": codes.get(actor_id),
            "aliases": None,
            "keys": None,
            "mention_names": names,
            "mention_keys": name_keys,
        }
        created = new.get(actor_id)
        if created is not None:
            label = cypher.actor_label(created["type"])
            row.update(created, label=label)
        if actor_id not in refreshed:
            stored = current[actor_id]
            aliases = set(stored["aliases"] or ()) | {n for n in names if n != stored["name"]}
            keys = set(stored["keys"] or ()) | {k for k in name_keys if k}
            if stored["key"]:
                keys.add(stored["key"])
            row["aliases"] = sorted(aliases, key=alias_order)
            row["keys"] = sorted(keys)
        rows.append(row)
    return rows


def _write_document(
    tx: neo4j.ManagedTransaction, document: DocumentInfo, actors: list[_Row]
) -> None:
    """The document node, the actors it mentions and its mentions of them (the node
    even when it mentions no actor)."""
    params = document_row(document)
    for batch in _chunks(actors) if actors else [[]]:
        tx.run(cypher.WRITE_DOCUMENT, {"rows": list(batch), **params}).consume()


def _as_read(statement: _Row) -> _Row:
    """A planned statement row in the shape EDGE_STATEMENTS reads it back."""
    return {**statement, "start_offset": statement["start"], "end_offset": statement["end"]}


def _write_edges(
    tx: neo4j.ManagedTransaction, document_id: str, statements: list[_Row], keys: set[str]
) -> None:
    """Recompute the direct relationships behind `keys` from the statements other
    documents hold for them and this document's new `statements`; one MERGE query for
    all relation types."""
    wanted = sorted(keys)
    if not wanted:
        return
    rows = _rows(tx, cypher.EDGE_STATEMENTS_ELSEWHERE, edges=wanted, document=document_id)
    _apply_edges(tx, wanted, build_edges([*rows, *(_as_read(s) for s in statements)]))


def _upsert_work(
    tx: neo4j.ManagedTransaction, document: DocumentInfo, extraction: Extraction
) -> UpsertResult:
    begun = _begin(tx, document, extraction)
    if begun.stored and begun.sha256 == document.sha256:
        return UpsertResult(document=document.id, status="unchanged")
    plan = _plan(document, extraction, begun)
    forgotten = (
        _forget_document(tx, document.id, keep=plan.mentioned)
        if begun.stored
        else _Forgotten(set(), set(), [], 0)
    )
    _write_document(tx, document, _actor_rows(tx, plan, forgotten.actors))
    _write_batched(tx, cypher.WRITE_STATEMENTS, plan.statements, document=document.id)
    _delete_actors(tx, forgotten.orphans)
    _recompute_actor_names(tx, forgotten.actors)
    _write_edges(tx, document.id, plan.statements, plan.edges | forgotten.edges)
    return UpsertResult(
        document=document.id,
        status="replaced" if begun.stored else "created",
        actors_added=len(plan.new_actors),
        statements_added=len(plan.statements),
        statements_removed=forgotten.statements,
    )


def _delete_work(tx: neo4j.ManagedTransaction, document_id: str) -> bool:
    _lock_writes(tx)
    if not _rows(tx, cypher.GET_DOCUMENT, id=document_id):
        return False
    forgotten = _forget_document(tx, document_id, keep=set())
    tx.run(cypher.DELETE_DOCUMENT, id=document_id).consume()
    _delete_actors(tx, forgotten.orphans)
    _recompute_actor_names(tx, forgotten.actors)
    _refresh_edges(tx, forgotten.edges)
    return True


def _index_copies(tx: neo4j.ManagedTransaction) -> int:
    """Give the copies a database written before the copy index holds their
    `duplicate_of` property (read from `meta`); how many. Nothing to do once done."""
    rows = []
    for row in _rows(tx, cypher.UNINDEXED_COPIES, key=DUPLICATE_OF_KEY):
        original = with_document_meta(DocumentInfo(row["id"], ""), row["meta"]).duplicate_of
        if original:
            rows.append({"id": row["id"], "duplicate_of": original})
    for batch in _chunks(rows):
        tx.run(cypher.SET_DUPLICATE_OF, rows=list(batch)).consume()
    return len(rows)


def _document(row: _Row) -> DocumentInfo:
    info = DocumentInfo(
        id=row["id"],
        sha256=row["sha256"],
        date=row["date"],
        words=int(row["words"] or 0),
        ingested_at=row["ingested_at"] or "",
    )
    return with_document_meta(info, row.get("meta"))


# An edge ranked for a connections page: its order, statement-edge key, neighbour, way.
_Ranked = tuple[tuple[Any, ...], str, str, Direction]


def _ranked_edges(
    tx: neo4j.ManagedTransaction,
    actor_id: str,
    relation_types: Sequence[RelationType] | None,
    direction: Direction,
    include_negated: bool,
) -> list[_Ranked]:
    """The actor's edges that pass, in connections order (most statements first, then
    type, neighbour name and id, way, asserted first), from the relationships alone.
    Symmetric relations stay stored the way they were read but match OUT and IN alike."""
    if actor_id not in _records(tx, [actor_id]):
        raise NotFoundError(f"no actor {actor_id!r} in the graph; search for its id")
    rows = _rows(tx, cypher.ACTOR_EDGES, id=actor_id, types=_RELATION_TYPE_VALUES)
    return _rank(actor_id, rows, relation_types, direction, include_negated)


def _rank(
    actor_id: str,
    rows: Iterable[_Row],
    relation_types: Sequence[RelationType] | None,
    direction: Direction,
    include_negated: bool,
) -> list[_Ranked]:
    """The actor's edges of rows of cypher.ACTOR_EDGES that pass, in connections order
    (a self-loop, met from both ends, once)."""
    wanted = frozenset(relation_types) if relation_types else None
    found: list[_Ranked] = []
    seen: set[str] = set()
    for row in rows:
        type_ = RelationType(row["type"])
        negated = bool(row["negated"])
        source, target = row["source"], row["target"]
        key = _statement_edge((source, target, type_, negated))
        if key in seen or (negated and not include_negated):
            continue
        if wanted is not None and type_ not in wanted:
            continue
        way = Direction.OUT if source == actor_id else Direction.IN
        if not direction_matches(source, target, type_, way, direction):
            continue
        seen.add(key)
        neighbour = target if way is Direction.OUT else source
        name = str(row["neighbour_name"]).casefold()
        count = int(row["count"] or 0)
        order = (-count, type_.value, name, neighbour, way.value, negated)
        found.append((order, key, neighbour, way))
    return sorted(found)


def _connections(
    tx: neo4j.ManagedTransaction, ranked: Sequence[_Ranked], evidence_limit: int | None
) -> list[Connection]:
    """The connections of ranked edges, each edge with its first `evidence_limit`
    statements (None: all)."""
    if not ranked:
        return []
    neighbours = _records(tx, {neighbour for _, _, neighbour, _ in ranked})
    # A key comes once: an edge between two actors of one level is ranked from both ends.
    keys = list(dict.fromkeys(key for _, key, _, _ in ranked))
    edges = build_edges(_rows(tx, cypher.EDGE_STATEMENTS, edges=keys))
    return [
        Connection(
            neighbour=neighbours[neighbour], direction=way, edge=edges[key].capped(evidence_limit)
        )
        for _, key, neighbour, way in ranked
        if key in edges and neighbour in neighbours
    ]


def _records(tx: neo4j.ManagedTransaction, actor_ids: Iterable[str]) -> dict[str, ActorRecord]:
    ids = sorted(set(actor_ids))
    if not ids:
        return {}
    records: dict[str, ActorRecord] = {}
    for row in _rows(tx, cypher.ACTOR_RECORDS, ids=ids):
        first = [d for d in row["first_seen"] if d]
        last = [d for d in row["last_seen"] if d]
        records[row["id"]] = ActorRecord(
            id=row["id"],
            name=row["name"],
            type=ActorType(row["type"]),
            aliases=tuple(row["aliases"] or ()),
            cameo_code=row["cameo_code"],
            degree=int(row["degree"]),
            documents=tuple(sorted(set(row["documents"]))),
            first_seen=min(first) if first else None,
            last_seen=max(last) if last else None,
        )
    return records


# ---------------------------------------------------------------------- the store


class Neo4jStore(PagedReads):
    """`GraphStore` on a Neo4j 5 server (tested on 5.26 Community).

    `driver` is used for all work in `database`; it stays the caller's to close unless
    `owns_driver` is true (as with `Neo4jStore.connect`). Constraints and indexes are
    created on construction, so a server that cannot be reached raises
    StoreUnavailableError right away. Thread-safe: the driver is, each call opens its
    own session, and writes are serialised within the process.
    """

    def __init__(
        self, driver: neo4j.Driver, *, database: str = "neo4j", owns_driver: bool = False
    ) -> None:
        self._setup(driver, database, owns_driver, f"the Neo4j database {database!r}")

    def _setup(self, driver: neo4j.Driver, database: str, owns_driver: bool, where: str) -> None:
        self._driver = driver
        self._database = database
        self._owns_driver = owns_driver
        self._where = where
        self._closed = False
        self._write_lock = threading.Lock()
        try:
            self.ensure_schema()
        except BaseException:
            self.close()
            raise

    @classmethod
    def connect(
        cls,
        url: str,
        user: str,
        password: str,
        *,
        database: str = "neo4j",
        **driver_config: Any,
    ) -> Neo4jStore:
        """A store with a driver of its own for a Bolt `url` (bolt://, neo4j://, with +s
        or +ssc for TLS), closed by `close()`. `driver_config` goes to
        `neo4j.GraphDatabase.driver` (e.g. `max_transaction_retry_time`)."""
        scheme = url.partition("://")[0].lower()
        if scheme not in _BOLT_SCHEMES:
            raise StoreUnavailableError(
                f"{url!r} is not a Bolt URL; set ACTORGRAPH_STORE to one such as "
                "bolt://127.0.0.1:7687 (schemes: " + ", ".join(sorted(_BOLT_SCHEMES)) + ")"
            )
        try:
            driver = neo4j.GraphDatabase.driver(url, auth=(user, password), **driver_config)
        except (ConfigurationError, ValueError) as exc:
            raise StoreUnavailableError(
                f"cannot use {url!r} as a Neo4j address: {exc}; "
                "set ACTORGRAPH_STORE to a Bolt URL such as bolt://127.0.0.1:7687"
            ) from exc
        store = cls.__new__(cls)
        store._setup(driver, database, True, f"Neo4j at {url} (database {database!r})")
        return store

    @property
    def database(self) -> str:
        return self._database

    @property
    def location(self) -> str:
        """Where the store lives, for messages ("Neo4j at bolt://... (database 'neo4j')")."""
        return self._where

    def session(self, *, read_only: bool = False, fetch_size: int | None = None) -> neo4j.Session:
        """A driver session on the store's database, for work outside the GraphStore
        protocol (the analysts' Cypher console in graph/cypher_console.py); the caller
        closes it. `read_only` asks for READ access mode. StoreUnavailableError once the
        store is closed."""
        if self._closed:
            raise StoreUnavailableError("the Neo4j store is closed")
        mode = neo4j.READ_ACCESS if read_only else neo4j.WRITE_ACCESS
        if fetch_size is None:
            return self._driver.session(database=self._database, default_access_mode=mode)
        return self._driver.session(
            database=self._database, default_access_mode=mode, fetch_size=fetch_size
        )

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def ensure_schema(self) -> None:
        """Create the named constraints and indexes (IF NOT EXISTS: safe to repeat)."""
        with self._errors("creating constraints and indexes"), self._session() as session:
            for statement in cypher.SCHEMA:
                session.run(statement).consume()
        self._write("indexing the copies of documents", _index_copies)

    # ------------------------------------------------------------------ writes

    def upsert_document(self, info: DocumentInfo, extraction: Extraction) -> UpsertResult:
        check_document_id(info, extraction)
        document = stored_document(info, extraction)
        with self._write_lock:
            return self._write(
                f"writing document {info.id!r}",
                lambda tx: _upsert_work(tx, document, extraction),
            )

    def delete_document(self, document_id: str) -> bool:
        with self._write_lock:
            return self._write(
                f"deleting document {document_id!r}",
                lambda tx: _delete_work(tx, document_id),
            )

    # ------------------------------------------------------------------- reads

    def get_document(self, document_id: str) -> DocumentInfo | None:
        rows = self._read(
            "reading a document", lambda tx: _rows(tx, cypher.GET_DOCUMENT, id=document_id)
        )
        return _document(rows[0]) if rows else None

    def list_documents(self) -> list[DocumentInfo]:
        rows = self._read("listing documents", lambda tx: _rows(tx, cypher.LIST_DOCUMENTS))
        return sorted((_document(row) for row in rows), key=lambda d: d.id)

    def source_documents(self, document_ids: Collection[str]) -> list[DocumentInfo]:
        ids = sorted(set(document_ids))
        if not ids:
            return []

        def work(tx: neo4j.ManagedTransaction) -> list[DocumentInfo]:
            found = [_document(row) for row in _rows(tx, cypher.DOCUMENTS_BY_ID, ids=ids)]
            copies = [_document(row) for row in _rows(tx, cypher.COPIES_OF, ids=ids)]
            return cited_and_copies(found, copies, ids)

        return self._read("reading the documents cited", work)

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

        def work(tx: neo4j.ManagedTransaction) -> ActorSearchPage:
            rows = _rows(
                tx,
                cypher.SEARCH_KEYS,
                actor_type=actor_type.value if actor_type is not None else None,
            )
            names = {row["id"]: row["name"] for row in rows}
            if query_key:
                keys: dict[str, list[str]] = {}
                for row in rows:
                    for key in row["keys"] or ():
                        keys.setdefault(key, []).append(row["id"])
                matches = search.match_keys(query_key, keys)
            else:
                matches = dict.fromkeys(names, search.Match(search.MatchKind.EXACT))
            degrees = {
                row["id"]: int(row["degree"])
                for row in _rows(tx, cypher.ACTOR_DEGREES, ids=sorted(matches))
            }
            ranked = search.order(matches, degrees, names)
            ids = ranked[max(offset, 0) :][: max(limit, 0)]
            records = _records(tx, ids)
            items = [first_documents(records[i], document_limit) for i in ids if i in records]
            return ActorSearchPage(len(ranked), items)

        return self._read("searching actors", work)

    def get_actor(
        self, actor_id: str, *, document_limit: int | None = None
    ) -> ActorRecord | None:
        records = self._read("reading an actor", lambda tx: _records(tx, [actor_id]))
        record = records.get(actor_id)
        return None if record is None else first_documents(record, document_limit)

    def actor_documents(
        self, actor_id: str, *, offset: int = 0, limit: int = 50
    ) -> DocumentIdPage:
        params = {"id": actor_id, "offset": max(offset, 0), "limit": max(limit, 0)}
        rows = self._read(
            f"reading the documents of {actor_id!r}",
            lambda tx: _rows(tx, cypher.ACTOR_DOCUMENT_PAGE, **params),
        )
        if not rows:
            raise no_actor(actor_id)
        return DocumentIdPage(int(rows[0]["total"]), list(rows[0]["documents"]))

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
        """Ranked over the relationships' counts (no statement read), then the page's
        edges read by their indexed statements."""
        start = max(offset, 0)

        def work(tx: neo4j.ManagedTransaction) -> ConnectionPage:
            ranked = _ranked_edges(tx, actor_id, relation_types, direction, include_negated)
            page = ranked[start : start + max(limit, 0)]
            return ConnectionPage(len(ranked), _connections(tx, page, evidence_limit))

        return self._read(f"reading the connections of {actor_id!r}", work)

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
        """One transaction, one read of every actor's relationships, then one of the
        pages' neighbours and statements (a walk's level paid four reads per actor)."""
        ids = list(dict.fromkeys(actor_ids))
        size = max(limit, 0)

        def work(tx: neo4j.ManagedTransaction) -> dict[str, ConnectionPage]:
            held = _records(tx, ids)
            known = [i for i in ids if i in held]
            rows: dict[str, list[_Row]] = {actor_id: [] for actor_id in known}
            for row in _rows(tx, cypher.ACTORS_EDGES, ids=known, types=_RELATION_TYPE_VALUES):
                rows[row["actor"]].append(row)
            totals: dict[str, int] = {}
            pages: list[_Ranked] = []
            for actor_id in known:
                ranked = _rank(
                    actor_id, rows[actor_id], relation_types, Direction.BOTH, include_negated
                )
                totals[actor_id] = len(ranked)
                pages += [r for r in ranked[:size] if within is None or r[2] in within]
            found: dict[str, list[Connection]] = {actor_id: [] for actor_id in known}
            for connection in _connections(tx, pages, evidence_limit):
                edge = connection.edge
                near = edge.source if connection.direction is Direction.OUT else edge.target
                found[near].append(connection)
            return {a: ConnectionPage(totals[a], items) for a, items in found.items()}

        return self._read(f"reading the connections of {len(ids)} actors", work)

    def edge_evidence(
        self, edge: EdgeKey, *, offset: int = 0, limit: int = 50
    ) -> EvidencePage:
        key = _statement_edge(edge)

        def work(tx: neo4j.ManagedTransaction) -> EvidencePage:
            found = build_edges(_rows(tx, cypher.EDGE_STATEMENTS, edges=[key])).get(key)
            if found is None:
                raise no_edge(edge)
            return evidence_page(edge, found.statements, offset, limit)

        return self._read(f"reading the evidence of {edge.source!r} -> {edge.target!r}", work)

    def edges(self) -> list[Edge]:
        rows = self._read("reading edges", lambda tx: _rows(tx, cypher.ALL_STATEMENTS))
        return sorted(build_edges(rows).values(), key=edge_sort_key)

    def edge_page(
        self, selection: EdgeSelection, *, offset: int = 0, limit: int = 50,
        evidence_limit: int | None = None,
    ) -> EdgePage:
        source, target = selection.ends or (None, None)
        params = {**_selection_params(selection), "source": source, "target": target}

        def work(tx: neo4j.ManagedTransaction) -> EdgePage:
            total = int(_rows(tx, cypher.COUNT_SELECTED_EDGES, **params)[0]["n"])
            if limit <= 0 or offset >= total:
                return EdgePage(total, [])
            rows = _rows(
                tx, cypher.EDGE_PAGE, offset=max(offset, 0), limit=limit, **params
            )
            keys = [
                _statement_edge(
                    (r["source"], r["target"], RelationType(r["type"]), bool(r["negated"]))
                )
                for r in rows
            ]
            edges = build_edges(_rows(tx, cypher.EDGE_STATEMENTS, edges=keys))
            return EdgePage(total, [edges[k].capped(evidence_limit) for k in keys if k in edges])

        return self._read("reading a page of edges", work)

    def edge_keys(
        self, actor_id: str, selection: EdgeSelection, *, limit: int = 100
    ) -> list[EdgeKey]:
        def work(tx: neo4j.ManagedTransaction) -> list[EdgeKey]:
            if not _records(tx, [actor_id]):
                raise NotFoundError(f"no actor {actor_id!r} in the graph; search for its id")
            if limit <= 0:
                return []
            rows = _rows(
                tx,
                cypher.ACTOR_EDGE_KEYS,
                id=actor_id,
                limit=limit,
                **_selection_params(selection),
            )
            return [
                EdgeKey(r["source"], r["target"], RelationType(r["type"]), bool(r["negated"]))
                for r in rows
            ]

        return self._read(f"reading the edges of {actor_id!r}", work)

    def edge_keys_of(
        self, actor_ids: Sequence[str], selection: EdgeSelection, *, limit: int = 100
    ) -> dict[str, list[EdgeKey]]:
        """One `edge_keys` read per actor (each is an index seek on the server)."""
        return edge_keys_one_by_one(self, actor_ids, selection, limit)

    def stats(self) -> GraphStats:
        def work(tx: neo4j.ManagedTransaction) -> GraphStats:
            actors = {row["type"]: int(row["n"]) for row in _rows(tx, cypher.COUNT_ACTORS_BY_TYPE)}
            edges: dict[str, int] = defaultdict(int)
            for row in _rows(tx, cypher.COUNT_EDGES_BY_TYPE, types=_RELATION_TYPE_VALUES):
                edges[edge_key(RelationType(row["type"]), bool(row["negated"]))] += int(row["n"])
            statements = _rows(tx, cypher.COUNT_STATEMENTS)
            documents = _rows(tx, cypher.COUNT_DOCUMENTS)
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
        """The whole graph, read in one transaction; a new object on each call."""

        def work(tx: neo4j.ManagedTransaction) -> tuple[list[_Row], list[_Row]]:
            return _rows(tx, cypher.ALL_ACTORS), _rows(tx, cypher.ALL_STATEMENTS)

        actors, statements = self._read("reading the whole graph", work)
        graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
        for row in sorted(actors, key=lambda r: str(r["id"])):
            graph.add_node(
                row["id"], name=row["name"], type=row["type"], aliases=list(row["aliases"] or ()),
                **({"cameo_code": row["cameo_code"]} if row["cameo_code"] else {}),
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
            with self._session() as session:
                record = session.run(cypher.PING).single(strict=True)
        except (Neo4jError, DriverError, OSError):
            return False
        return bool(record["ok"] == 1)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._owns_driver:
            self._driver.close()

    # ------------------------------------------------------------ transactions

    def _session(self) -> neo4j.Session:
        # The store's own queries name properties that a young database has not seen
        # yet (e.g. source_actor); Neo4j would send a warning for each, which the
        # driver logs to stderr. Nothing in them is news to the user: ask for none.
        return self._driver.session(
            database=self._database,
            notifications_min_severity=neo4j.NotificationMinimumSeverity.OFF,
        )

    def _read(self, action: str, work: Callable[[neo4j.ManagedTransaction], _R]) -> _R:
        with self._errors(action), self._session() as session:
            return session.execute_read(work)

    def _write(self, action: str, work: Callable[[neo4j.ManagedTransaction], _R]) -> _R:
        with self._errors(action), self._session() as session:
            tries = _WRITE_TRIES
            while True:
                tries -= 1
                try:
                    return session.execute_write(work)
                except Neo4jError as exc:
                    # Another process created the same actor, statement or document in
                    # the meantime (the lock only serialises this process): the work
                    # runs again in a new transaction and now sees it. Writes are
                    # MERGEs, so a rolled-back transaction is safe to run again.
                    if not tries or not _write_conflict(exc):
                        raise
                    # Growing, jittered pauses so that clashing writers fall out of step.
                    time.sleep(_RETRY_PAUSE_S * (_WRITE_TRIES - tries) * (0.5 + random.random()))

    @contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        """Translate driver errors into the store's errors, saying what to do."""
        if self._closed:
            raise StoreUnavailableError(f"the Neo4j store is closed (while {action})")
        where = self._where
        try:
            yield
        except AuthError as exc:
            raise StoreUnavailableError(
                f"{where} refused the credentials while {action}: {exc.message}; "
                "check ACTORGRAPH_NEO4J_USER and ACTORGRAPH_NEO4J_PASSWORD"
            ) from exc
        except (
            ServiceUnavailable,
            SessionExpired,
            DatabaseUnavailable,
            ConnectionPoolError,
        ) as exc:
            raise StoreUnavailableError(
                f"cannot reach {where} while {action}: {exc}; "
                "check that it is running and that ACTORGRAPH_STORE points at it"
            ) from exc
        except Neo4jError as exc:
            if exc.code == _DATABASE_NOT_FOUND:
                raise StoreUnavailableError(
                    f"{where}: no such database ({exc.message}); "
                    "create it or set ACTORGRAPH_NEO4J_DATABASE"
                ) from exc
            raise StoreError(f"{where} failed while {action}: {exc}") from exc
        except DriverError as exc:
            raise StoreError(f"the Neo4j driver failed while {action}: {exc}") from exc
        except OSError as exc:
            raise StoreUnavailableError(f"cannot reach {where} while {action}: {exc}") from exc

    # ------------------------------------------------------------ whole-graph view

    def top_actors(
        self, selection: EdgeSelection, dates: DateRange, *, limit: int = 500
    ) -> ActorRanking:
        """Degrees counted and ranked on the server; only the top rows come back."""
        params = _kept_params(selection, dates, None)

        def work(tx: neo4j.ManagedTransaction) -> ActorRanking:
            actors = int(_rows(tx, cypher.COUNT_ACTORS)[0]["n"])
            bare = int(_rows(tx, cypher.COUNT_BARE_ACTORS)[0]["n"])
            rows: list[_Row] = []
            with_edges = 0
            if limit > 0 and params["types"]:
                rows = _rows(tx, cypher.TOP_DEGREES, limit=limit, **params)
                with_edges = int(_rows(tx, cypher.COUNT_WITH_EDGES, **params)[0]["n"])
            if len(rows) < limit and bare:
                rows += _rows(tx, cypher.BARE_ACTORS, limit=limit - len(rows))
            top = [
                RankedActor(
                    r["id"], r["name"], r["type"], tuple(r["aliases"] or ()), int(r["degree"])
                )
                for r in rows
            ]
            return ActorRanking(actors, with_edges + bare, sorted(top, key=rank_order))

        return self._read("ranking actors by their edges", work)

    def edges_among(
        self, actor_ids: Sequence[str], selection: EdgeSelection, dates: DateRange,
        *, limit: int = 5_000, evidence_limit: int | None = None,
    ) -> EdgePage:
        """Keys and figures of the edges among the actors first; the evidence of the
        `limit` strongest only."""
        ids = sorted(set(actor_ids))
        params = _kept_params(selection, dates, ids)
        if not ids or not params["types"]:
            return EdgePage(0, [])

        def work(tx: neo4j.ManagedTransaction) -> EdgePage:
            rows = _rows(tx, cypher.EDGES_AMONG, **params)
            rows.sort(
                key=lambda r: (
                    -int(r["count"] or 0), -float(r["confidence"] or 0.0),
                    r["source"], r["target"], r["type"], bool(r["negated"]),
                )
            )
            keys = [
                _statement_edge(
                    (r["source"], r["target"], RelationType(r["type"]), bool(r["negated"]))
                )
                for r in rows[: max(limit, 0)]
            ]
            edges = build_edges(_rows(tx, cypher.EDGE_STATEMENTS, edges=keys))
            chosen = sorted((edges[k] for k in keys if k in edges), key=edge_sort_key)
            return EdgePage(len(rows), [e.capped(evidence_limit) for e in chosen])

        return self._read(f"reading the edges among {len(ids)} actors", work)


def _kept_params(
    selection: EdgeSelection, dates: DateRange, sources: list[str] | None
) -> dict[str, Any]:
    """Parameters of cypher's whole-graph queries."""
    return {
        **_selection_params(selection),
        "all_ends": sources is None,
        "sources": sources or [],
        "dated": not dates.open,
        "date_from": dates.date_from,
        "date_to": dates.date_to,
        **_KEY_PARTS,
    }


if TYPE_CHECKING:

    def _conforms(store: Neo4jStore) -> GraphStore:
        """Lets mypy prove that Neo4jStore implements the GraphStore protocol."""
        return store
