"""Rows, as both Cypher stores (Neo4j and Ladybug) read them back, turned into the
records and updates they need: one place for the aggregation, so the two stores cannot
drift apart."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from actorgraph.domain import CAMEO_CODES, RelationType
from actorgraph.graph.models import Edge, Statement

__all__ = ["alias_order", "build_edges", "edge_properties", "edge_sort_key", "names_from_mentions"]

Row = Mapping[str, Any]


def _statement(row: Row) -> Statement:
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


def build_edges(rows: Iterable[Row]) -> dict[str, Edge]:
    """Aggregate statement rows into edges, keyed by the statements' `edge` property."""
    grouped: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        grouped[row["edge"]].append(row)
    edges: dict[str, Edge] = {}
    for key, group in grouped.items():
        group.sort(key=_order)
        first = group[0]
        type_ = RelationType(first["type"])
        # The first explicit code in statement order; the ontology's code otherwise.
        cameo = next((row["cameo"] for row in group if row["cameo"]), CAMEO_CODES.get(type_))
        edges[key] = Edge(
            source=first["source"],
            target=first["target"],
            type=type_,
            negated=bool(first["negated"]),
            statements=tuple(_statement(row) for row in group),
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
