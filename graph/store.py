"""The `GraphStore` protocol both stores implement, and the errors they raise."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Sequence
from typing import Protocol

import networkx as nx

from actorgraph.domain import ActorType, Extraction, RelationType
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
)
from actorgraph.graph.whole_graph import ActorRanking, DateRange


class StoreError(Exception):
    """Base class of store errors (mapped to HTTP status codes in the API)."""


class StoreUnavailableError(StoreError):
    """The backing database cannot be reached or opened."""


class NotFoundError(StoreError):
    """An actor or document id that the store does not hold."""


class PagedReads:
    """The list reads of a store that pages them. `connections`: the first page of its
    own `connection_page`, every edge with all its statements (symmetric relations,
    MEETS_WITH, ..., stay stored in the direction they were read but match OUT and IN
    alike; `Connection.direction` tells which way the stored edge points).
    `search_actors`: the first page of its own `search_page`."""

    def search_page(
        self,
        query: str,
        *,
        actor_type: ActorType | None = None,
        offset: int = 0,
        limit: int = 20,
        document_limit: int | None = None,
    ) -> ActorSearchPage:
        raise NotImplementedError

    def search_actors(
        self,
        query: str,
        *,
        actor_type: ActorType | None = None,
        limit: int = 20,
        document_limit: int | None = None,
    ) -> list[ActorRecord]:
        return self.search_page(
            query, actor_type=actor_type, limit=limit, document_limit=document_limit
        ).items

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
        raise NotImplementedError

    def connections(
        self,
        actor_id: str,
        *,
        relation_types: Sequence[RelationType] | None = None,
        direction: Direction = Direction.BOTH,
        include_negated: bool = False,
        limit: int = 100,
    ) -> list[Connection]:
        return self.connection_page(
            actor_id,
            relation_types=relation_types,
            direction=direction,
            include_negated=include_negated,
            limit=limit,
            evidence_limit=None,
        ).items


class GraphStore(Protocol):
    """What every store offers. All methods are safe to call from several threads."""

    def upsert_document(self, info: DocumentInfo, extraction: Extraction) -> UpsertResult:
        """Add a document's extraction atomically.

        Same id and same sha256 as stored: nothing changes ("unchanged"). Same id with
        other content: the document's old statements are replaced ("replaced").
        Actors merge with stored ones by normalised canonical name or alias.
        """
        ...

    def delete_document(self, document_id: str) -> bool:
        """Remove a document and every statement it supported; edges and actors that
        no other document supports disappear. False if the document was unknown."""
        ...

    def get_document(self, document_id: str) -> DocumentInfo | None: ...

    def list_documents(self) -> list[DocumentInfo]: ...

    def source_documents(self, document_ids: Collection[str]) -> list[DocumentInfo]:
        """The documents of `document_ids` that the store holds, and every document
        recorded as a copy of one of them (`duplicate_of`), in no set order: what a
        response citing those documents shows, read without listing every document."""
        ...

    def search_actors(
        self,
        query: str,
        *,
        actor_type: ActorType | None = None,
        limit: int = 20,
        document_limit: int | None = None,
    ) -> list[ActorRecord]:
        """Actors whose name or alias matches `query` (case- and accent-insensitive):
        exact key matches first, then prefix, then substring; empty query lists all.
        Each lists its documents, all of them or (`document_limit`) the first by id,
        with how many there are in `ActorRecord.document_total`, as `get_actor`."""
        ...

    def search_page(
        self,
        query: str,
        *,
        actor_type: ActorType | None = None,
        offset: int = 0,
        limit: int = 20,
        document_limit: int | None = None,
    ) -> ActorSearchPage:
        """The page [offset, offset + limit) of `search_actors`'s ranking, and how many
        actors matched: records are read for the page only."""
        ...

    def get_actor(
        self, actor_id: str, *, document_limit: int | None = None
    ) -> ActorRecord | None:
        """The actor with its documents, all of them or (`document_limit`) the first
        by id, with how many there are in `ActorRecord.document_total`."""
        ...

    def actor_documents(
        self, actor_id: str, *, offset: int = 0, limit: int = 50
    ) -> DocumentIdPage:
        """The ids of the documents that mention the actor, by id, from `offset` on (at
        most `limit`), and how many there are. Raises NotFoundError for an unknown actor."""
        ...

    def connections(
        self,
        actor_id: str,
        *,
        relation_types: Sequence[RelationType] | None = None,
        direction: Direction = Direction.BOTH,
        include_negated: bool = False,
        limit: int = 100,
    ) -> list[Connection]:
        """Edges touching the actor, strongest (most statements) first.
        Raises NotFoundError for an unknown actor."""
        ...

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
        """`connections` from `offset` on (at most `limit`), paged inside the store, and
        how many there are in all. Each edge lists its first `evidence_limit` statements
        (None: all), with the count and dates of all of them (`Edge.capped`); the rest
        are `edge_evidence`'s. Raises NotFoundError for an unknown actor."""
        ...

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
        """`connection_page` of several actors in one read (a level of a breadth-first
        walk, edges followed either way): each known actor's page exactly as
        `connection_page(actor_id, ..., limit=limit)` gives it, at most `limit`
        connections each; unknown ids are left out. With `within`, each page keeps
        only its connections to those actors (cut to `limit` first, and counted as
        before: the last hop of a walk needs only the edges among the actors it has,
        and only their evidence is read)."""
        ...

    def edge_evidence(self, edge: EdgeKey, *, offset: int = 0, limit: int = 50) -> EvidencePage:
        """One edge's statements in the edge's order, from `offset` on (at most
        `limit`), and how many it has. Raises NotFoundError when the graph has no
        such edge."""
        ...

    def edges(self) -> list[Edge]:
        """Every edge of the graph (asserted and negated)."""
        ...

    def edge_page(
        self, selection: EdgeSelection, *, offset: int = 0, limit: int = 50,
        evidence_limit: int | None = None,
    ) -> EdgePage:
        """The edges `selection` keeps, ordered by source id, target id, type, asserted
        before denied, from `offset` on (at most `limit`), and how many it keeps in all,
        each with its first `evidence_limit` statements (`Edge.capped`; None: all).
        Paged inside the store: only the page's edges and statements are read."""
        ...

    def edge_keys(
        self, actor_id: str, selection: EdgeSelection, *, limit: int = 100
    ) -> list[EdgeKey]:
        """The edges touching the actor (either way) that `selection` keeps, strongest
        first, at most `limit`: keys only, for walks that need no evidence (paths).
        A self-loop comes once. Raises NotFoundError for an unknown actor."""
        ...

    def edge_keys_of(
        self, actor_ids: Sequence[str], selection: EdgeSelection, *, limit: int = 100
    ) -> dict[str, list[EdgeKey]]:
        """`edge_keys` of several actors in one read (a level of a breadth-first walk):
        each known actor's list exactly as `edge_keys` gives it; unknown ids are left out."""
        ...

    def stats(self) -> GraphStats: ...

    def to_networkx(self) -> nx.MultiDiGraph[str]:
        """The whole graph: nodes keyed by actor id with name/type/aliases, edges keyed
        by relation type (suffixed ":negated" for negated ones) with `edge` = Edge."""
        ...

    def ping(self) -> bool:
        """True when the store can answer queries."""
        ...

    def close(self) -> None: ...

    def top_actors(
        self, selection: EdgeSelection, dates: DateRange, *, limit: int = 500
    ) -> ActorRanking:
        """The `limit` actors with the most edges that `selection` and `dates` keep
        (ties by id; actors with no edge at all fill the rest, by id), and how many
        actors the filtered graph holds. Counted and cut inside the store."""
        ...

    def edges_among(
        self, actor_ids: Sequence[str], selection: EdgeSelection, dates: DateRange,
        *, limit: int = 5_000, evidence_limit: int | None = None,
    ) -> EdgePage:
        """The edges between the given actors that `selection` and `dates` keep: how
        many, and the `limit` strongest (whole_graph.strength_order) in edge order,
        each with its first `evidence_limit` statements (`Edge.capped`; None: all)."""
        ...


def edge_keys_one_by_one(
    store: GraphStore, actor_ids: Sequence[str], selection: EdgeSelection, limit: int
) -> dict[str, list[EdgeKey]]:
    """`edge_keys_of` for a store where one actor's read is already cheap (an index in
    memory, or an index seek on a server): one `edge_keys` per actor, unknown ones left out."""
    found: dict[str, list[EdgeKey]] = {}
    for actor_id in actor_ids:
        try:
            found[actor_id] = store.edge_keys(actor_id, selection, limit=limit)
        except NotFoundError:
            continue
    return found


def connections_one_by_one(
    store: GraphStore,
    actor_ids: Sequence[str],
    *,
    relation_types: Sequence[RelationType] | None,
    include_negated: bool,
    limit: int,
    evidence_limit: int | None,
    within: Collection[str] | None = None,
) -> dict[str, ConnectionPage]:
    """`connections_of` for a store whose edge index is in memory: one
    `connection_page` per actor, unknown ones left out."""
    found: dict[str, ConnectionPage] = {}
    for actor_id in dict.fromkeys(actor_ids):
        try:
            page = store.connection_page(
                actor_id,
                relation_types=relation_types,
                include_negated=include_negated,
                limit=limit,
                evidence_limit=evidence_limit,
            )
        except NotFoundError:
            continue
        found[actor_id] = within_page(page, within)
    return found


def within_page(page: ConnectionPage, within: Collection[str] | None) -> ConnectionPage:
    """`page` keeping only its connections to the actors of `within` (None: all)."""
    if within is None:
        return page
    return ConnectionPage(page.total, [c for c in page.items if c.neighbour.id in within])


def no_actor(actor_id: str) -> NotFoundError:
    """The error every store raises for an actor it does not hold."""
    return NotFoundError(f"no actor {actor_id!r} in the graph; search for it with GET /actors?q=")


def first_documents(record: ActorRecord, limit: int | None) -> ActorRecord:
    """`record` listing only its first `limit` documents (None: all), with their number
    (stores that hold the whole list at hand)."""
    if limit is None:
        return record
    documents = record.documents
    return dataclasses.replace(
        record, documents=documents[: max(limit, 0)], document_total=record.document_count
    )


def no_edge(edge: EdgeKey) -> NotFoundError:
    """The error every store raises for an edge it does not hold."""
    negated = " (denied)" if edge.negated else ""
    return NotFoundError(
        f"no {edge.type.value}{negated} edge from {edge.source!r} to {edge.target!r}; "
        "list the actor's connections to find its edges"
    )


def evidence_page(
    edge: EdgeKey, statements: Sequence[Statement], offset: int, limit: int
) -> EvidencePage:
    """A page of an edge's statements held in full (stores that keep them in memory, or
    read them all)."""
    start = max(offset, 0)
    return EvidencePage(edge, len(statements), list(statements[start : start + max(limit, 0)]))
