"""Rows, as both Cypher stores (Neo4j and Ladybug) read them back, turned into the
records and updates they need: one place for the aggregation, so the two stores cannot
drift apart."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from actorgraph.domain import CAMEO_CODES, Evidence, Extraction, RelationType
from actorgraph.graph.models import DocumentInfo, Edge, Statement

__all__ = [
    "alias_order",
    "build_edges",
    "document_statements",
    "edge_properties",
    "edge_sort_key",
    "grouped_statements",
    "names_from_mentions",
    "statement_of",
]

Row = Mapping[str, Any]
_R = TypeVar("_R", bound=Row)
# An edge by its ends, relation type and negation.
EdgeId = tuple[str, str, RelationType, bool]


def statement_of(row: Row) -> Statement:
    """The statement of a row, as build_edges lists it."""
    return Statement(
        document=row["document"],
        text=row["text"],
        start=int(row["start_offset"]),
        end=int(row["end_offset"]),
        date=row["date"],
        negated=bool(row["negated"]),
        state=row["state"],
        source_actor=row["source_actor"],
    )


def _order(row: Row) -> tuple[str, int, int, int]:
    return (row["document"], int(row["start_offset"]), int(row["end_offset"]), int(row["seq"]))


def grouped_statements(rows: Iterable[_R]) -> dict[str, list[_R]]:
    """Statement rows by their `edge` property, each edge's in its statements' order
    (document, offsets, sequence): what build_edges aggregates, for a reader that
    makes a few of them into statements (statement_of)."""
    grouped: dict[str, list[_R]] = defaultdict(list)
    for row in rows:
        grouped[row["edge"]].append(row)
    for group in grouped.values():
        group.sort(key=_order)
    return dict(grouped)


def build_edges(rows: Iterable[Row]) -> dict[str, Edge]:
    """Aggregate statement rows into edges, keyed by the statements' `edge` property."""
    edges: dict[str, Edge] = {}
    for key, group in grouped_statements(rows).items():
        first = group[0]
        type_ = RelationType(first["type"])
        # The first explicit code in statement order; the ontology's code otherwise.
        cameo = next((row["cameo"] for row in group if row["cameo"]), CAMEO_CODES.get(type_))
        edges[key] = Edge(
            source=first["source"],
            target=first["target"],
            type=type_,
            negated=bool(first["negated"]),
            statements=tuple(statement_of(row) for row in group),
            confidence=max(float(row["confidence"]) for row in group),
            cameo=cameo,
        )
    return edges


def edge_properties(edge: Edge) -> dict[str, Any]:
    """The figures a store keeps on an actor-to-actor relationship, keyed by its ends."""
    return {
        "source": edge.source,
        "target": edge.target,
        "negated": edge.negated,
        "confidence": edge.confidence,
        "cameo": edge.cameo,
        "count": edge.count,
        "first_seen": edge.first_seen,
        "last_seen": edge.last_seen,
    }


def edge_sort_key(edge: Edge) -> tuple[str, str, str, bool]:
    return (edge.source, edge.target, edge.type.value, edge.negated)


def alias_order(name: str) -> tuple[str, str]:
    return (name.casefold(), name)


def names_from_mentions(row: Row) -> dict[str, Any]:
    """An actor's aliases and keys rebuilt from every name documents mention it by (a row
    of ACTOR_MENTIONS: id, name, key, lists of names and of keys per document)."""
    names = {name for names in row["names"] for name in names or ()}
    keys = {key for keys in row["keys"] for key in keys or () if key}
    if row["key"]:
        keys.add(row["key"])
    aliases = sorted((n for n in names if n != row["name"]), key=alias_order)
    return {"id": row["id"], "aliases": aliases, "keys": sorted(keys)}


def document_statements(
    extraction: Extraction,
    document: DocumentInfo,
    store_id: Callable[[str, str], str],
    edge_key: Callable[[EdgeId], str],
) -> list[dict[str, Any]]:
    """The statement rows a graph store writes for a document: one per evidence sentence
    of each relation (a sentence read twice is one statement), numbered `DOCUMENT#SEQ`
    in order, each naming its edge by `edge_key`. `store_id(local id, document)` gives
    an actor's id in the store."""
    rows: list[dict[str, Any]] = []
    seen: set[tuple[object, ...]] = set()
    for rel in extraction.relations:
        eid: EdgeId = (
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
                    "edge": edge_key(eid),
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
