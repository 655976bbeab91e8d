"""Copying a whole graph from one store to another (embedded -> Neo4j and back).

Each source document is turned back into the Extraction it was stored from: the actors
it mentions (canonical name, type, every alias of the actor) and one relation per
supporting statement (its sentence and offsets, date, negation, ceasefire state, who
claimed it, the edge's confidence and CAMEO code), and upserted into the target with
the source's DocumentInfo (same id, sha256, date, words, ingestion time). Documents go
in the order they were first ingested, so the target merges actors and numbers their
ids (`name`, `name-2`) as the source did.

What does not survive: which document contributed which alias (every document that
mentions an actor carries all its aliases in the copy, so deleting a document in the
target later keeps aliases the source would have dropped), and per-statement confidence
and CAMEO codes (each statement gets its edge's; the aggregated edges are the same).
`compare_graphs` checks a copy: it lists every difference between two stores' actors,
edges, statements and documents.

A document already in the target with the same sha256 is left as it is (upsert says
"unchanged"), so an interrupted copy can simply be run again.
"""

from __future__ import annotations

import shutil
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from actorgraph.domain import Actor, ActorType, Evidence, Extraction, Relation
from actorgraph.graph.models import ActorRecord, DocumentInfo, Edge, Statement
from actorgraph.graph.store import GraphStore, StoreError

__all__ = [
    "MigrationCounts",
    "compare_graphs",
    "copy_graph",
    "copy_graph_to_new_ladybug",
    "document_extraction",
    "upgrade_sqlite_store",
]

# progress(documents done, documents in all)
Progress = Callable[[int, int], None]

# Enough to list every actor of any graph in one search_actors call.
_ALL = 2**62


@dataclass(frozen=True, slots=True)
class MigrationCounts:
    """What a copy read from the source and did to the target."""

    documents: int = 0  # documents read from the source
    actors: int = 0  # actors in the source
    edges: int = 0  # edges (asserted and negated) in the source
    statements: int = 0  # statements in the source
    created: int = 0  # documents new in the target
    replaced: int = 0  # documents the target held with other content
    unchanged: int = 0  # documents the target already held as they are


def _document_order(info: DocumentInfo) -> tuple[str, str]:
    return (info.ingested_at, info.id)


def _statement_order(item: tuple[Edge, Statement]) -> tuple[int, int, str, str, str, bool]:
    edge, statement = item
    return (
        statement.start,
        statement.end,
        edge.source,
        edge.target,
        edge.type.value,
        edge.negated,
    )


def document_extraction(
    info: DocumentInfo,
    actors: dict[str, ActorRecord],
    mentioned: list[str],
    said: list[tuple[Edge, Statement]],
) -> Extraction:
    """The Extraction that stores `info`'s part of the graph again: the `mentioned`
    actor ids (looked up in `actors`) and the statements `said` (each with its edge).
    Actors keep their store ids as local ids."""
    involved = set(mentioned)
    for edge, statement in said:
        involved.update((edge.source, edge.target))
        if statement.source_actor:
            involved.add(statement.source_actor)
    missing = involved - set(actors)
    if missing:
        raise ValueError(
            f"document {info.id!r} refers to actors the source does not list: "
            + ", ".join(sorted(missing))
        )
    extraction_actors = tuple(
        Actor(
            id=actor_id,
            name=actors[actor_id].name,
            type=ActorType(actors[actor_id].type),
            aliases=actors[actor_id].aliases,
            cameo_code=actors[actor_id].cameo_code,
        )
        for actor_id in sorted(involved)
    )
    relations = tuple(
        Relation(
            source=edge.source,
            target=edge.target,
            type=edge.type,
            evidence=(Evidence(text=statement.text, start=statement.start, end=statement.end),),
            negated=edge.negated,
            date=statement.date,
            confidence=edge.confidence,
            cameo=edge.cameo,
            state=statement.state,
            source_actor=statement.source_actor,
        )
        for edge, statement in sorted(said, key=_statement_order)
    )
    return Extraction(
        document=info.id, actors=extraction_actors, relations=relations, date=info.date
    )


@dataclass(frozen=True, slots=True)
class _SourceGraph:
    """A source store's documents in ingestion order, each with its Extraction."""

    documents: list[DocumentInfo]
    actors: dict[str, ActorRecord]
    edges: list[Edge]
    mentions: dict[str, list[str]]
    said: dict[str, list[tuple[Edge, Statement]]]

    def extractions(self) -> Iterator[tuple[DocumentInfo, Extraction]]:
        for info in self.documents:
            yield (
                info,
                document_extraction(info, self.actors, self.mentions[info.id], self.said[info.id]),
            )

    def counts(self, statuses: dict[str, int]) -> MigrationCounts:
        return MigrationCounts(
            documents=len(self.documents),
            actors=len(self.actors),
            edges=len(self.edges),
            statements=sum(edge.count for edge in self.edges),
            created=statuses.get("created", 0),
            replaced=statuses.get("replaced", 0),
            unchanged=statuses.get("unchanged", 0),
        )


def _read_source(source: GraphStore) -> _SourceGraph:
    documents = sorted(source.list_documents(), key=_document_order)
    actors = {record.id: record for record in source.search_actors("", limit=_ALL)}
    edges = source.edges()
    mentions: dict[str, list[str]] = defaultdict(list)
    for record in actors.values():
        for document in record.documents:
            mentions[document].append(record.id)
    said: dict[str, list[tuple[Edge, Statement]]] = defaultdict(list)
    for edge in edges:
        for statement in edge.statements:
            said[statement.document].append((edge, statement))
    return _SourceGraph(documents, actors, edges, mentions, said)


def copy_graph(
    source: GraphStore, target: GraphStore, *, progress: Progress | None = None
) -> MigrationCounts:
    """Copy every document of `source`, with its actors and statements, into `target`.

    One target transaction per document (as in ingest). `progress(done, total)` is
    called after each document. Source and target must be different stores.
    """
    if source is target:
        raise ValueError("the source and the target are the same store")
    graph = _read_source(source)
    statuses: dict[str, int] = defaultdict(int)
    for done, (info, extraction) in enumerate(graph.extractions(), start=1):
        statuses[target.upsert_document(info, extraction).status] += 1
        if progress is not None:
            progress(done, len(graph.documents))
    return graph.counts(statuses)


def copy_graph_to_new_ladybug(
    source: GraphStore, folder: Path, *, progress: Progress | None = None
) -> MigrationCounts:
    """Copy every document of `source` into a new Ladybug store in `folder` by bulk
    load (COPY; graph/ladybug_bulk.py): the store per-document upserts would make, in
    a fraction of the time. `folder` must not hold a store yet."""
    from actorgraph.graph.ladybug_bulk import bulk_load

    graph = _read_source(source)
    total = len(graph.documents)
    bulk_load(
        folder,
        graph.extractions(),
        progress=None if progress is None else (lambda done: progress(done, total)),
    )
    return graph.counts({"created": total})


# ------------------------------------------------------------------- checking


def graph_snapshot(store: GraphStore) -> dict[str, Any]:
    """The whole graph as comparable plain values (ids, names, aliases, types, edges
    with their statements, documents), for comparing two stores."""
    actors = {
        record.id: (record.name, record.type.value, tuple(sorted(record.aliases)), record.documents)
        for record in store.search_actors("", limit=_ALL)
    }
    edges = {
        (edge.source, edge.target, edge.type.value, edge.negated): (
            round(edge.confidence, 6),
            edge.cameo,
            tuple(
                sorted(
                    (s.document, s.start, s.end, s.text, s.date, s.state, s.source_actor)
                    for s in edge.statements
                )
            ),
        )
        for edge in store.edges()
    }
    documents = {
        info.id: (info.sha256, info.date, info.words, info.ingested_at)
        for info in store.list_documents()
    }
    return {"actors": actors, "edges": edges, "documents": documents}


def compare_graphs(a: GraphStore, b: GraphStore, *, most: int = 20) -> list[str]:
    """The differences between two stores' graphs (empty when they hold the same
    graph), at most `most` of them, each one line."""
    left, right = graph_snapshot(a), graph_snapshot(b)
    differences: list[str] = []
    for part in ("actors", "edges", "documents"):
        mine, theirs = left[part], right[part]
        for key in sorted(set(mine) | set(theirs), key=repr):
            if key not in theirs:
                differences.append(f"{part[:-1]} {key!r} is only in the first store")
            elif key not in mine:
                differences.append(f"{part[:-1]} {key!r} is only in the second store")
            elif mine[key] != theirs[key]:
                differences.append(f"{part[:-1]} {key!r}: {mine[key]!r} != {theirs[key]!r}")
            if len(differences) >= most:
                return differences
    return differences


def upgrade_sqlite_store(sqlite_path: Path, folder: Path) -> MigrationCounts:
    """Copy a SQLite store (the embedded default) into a new Ladybug store in
    `folder`, once: the copy is built in a sibling folder, checked with compare_graphs
    and only then renamed into place, so an interrupted or failed upgrade leaves no
    half-made store (it runs again on the next open). The SQLite file is left as it is.
    StoreError, naming the differences, when the copy does not match."""
    from actorgraph.graph.embedded import EmbeddedStore
    from actorgraph.graph.ladybug_store import LadybugStore

    building = folder.with_name(folder.name + ".upgrading")
    shutil.rmtree(building, ignore_errors=True)
    with EmbeddedStore(sqlite_path) as source:
        counts = copy_graph_to_new_ladybug(source, building)
        with LadybugStore(building) as target:
            differences = compare_graphs(source, target)
        if differences:
            shutil.rmtree(building, ignore_errors=True)
            raise StoreError(
                f"upgrading {sqlite_path} to {folder} gave a different graph, so the "
                "upgrade was not kept: " + "; ".join(differences)
            )
    building.rename(folder)
    return counts
