"""Response bodies as plain dicts and lists, encoded to JSON once (orjson).

A connections page holds about 50 edges and 150 evidence sentences. Building a
pydantic model for each of them, checking it, and serialising the tree cost more CPU
than the store's own read on SQLite (about 40 % of the request). The dicts built here
hold the fields of the response models in `schemas.py`, in the same order and with
the same values; the models stay the documented schema (routes declare them as
`response_model`), and build their own fields from these functions, so the two cannot
drift apart. tests/test_api_encode.py checks that a body built here is the one the
model gives, byte for byte.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote

import orjson

from actorgraph.api.sources import SourceLookup
from actorgraph.graph.models import ActorRecord, DocumentInfo, Edge, Statement
from actorgraph.graph.queries import ConnectionsPage, EgoEdge, edge_documents

Body = dict[str, Any]


def to_json(body: Any) -> bytes:
    """`body` (dicts, lists, str, int, float, bool, None, str enums) as JSON: compact,
    UTF-8, non-ASCII characters as they are, as pydantic writes a response model.
    Enums (the types, the direction) go in as they are: orjson writes their values."""
    return orjson.dumps(body)


# ----------------------------------------------------------------------- actors


def actor_summary(record: ActorRecord) -> Body:
    """schemas.ActorSummary: an actor without its document list."""
    return {
        "id": record.id,
        "name": record.name,
        "type": record.type,
        "aliases": list(record.aliases),
        "cameo_code": record.cameo_code,
        "degree": int(record.degree),
        "document_count": int(record.document_count),
        "first_seen": record.first_seen,
        "last_seen": record.last_seen,
    }


def actor_fields(record: ActorRecord, *, root: str = "") -> Body:
    """schemas.ActorOut without `explorer_url`. `root`: where the app is mounted, for
    `documents_url`, set when the list names only the first of the documents."""
    cut = record.document_count > len(record.documents)
    return {
        "id": record.id,
        "name": record.name,
        "type": record.type,
        "aliases": list(record.aliases),
        "cameo_code": record.cameo_code,
        "degree": int(record.degree),
        "documents": list(record.documents),
        "document_count": int(record.document_count),
        "documents_url": f"{root}/actors/{quote(record.id, safe='')}/documents" if cut else None,
        "first_seen": record.first_seen,
        "last_seen": record.last_seen,
    }


def actor_body(record: ActorRecord, *, root: str = "", explorer_url: str | None = None) -> Body:
    """schemas.ActorOut, every field."""
    return {**actor_fields(record, root=root), "explorer_url": explorer_url}


# --------------------------------------------------------------------- evidence


def source_meta(info: DocumentInfo | None) -> Body:
    """The metadata given with a document at ingest (all null for no document)."""
    if info is None:
        return dict.fromkeys(("title", "url", "published", "publisher", "reliability"))
    return {
        "title": info.title,
        "url": info.url,
        "published": info.published,
        "publisher": info.publisher,
        "reliability": info.reliability,
    }


def source_fields(info: DocumentInfo) -> Body:
    """schemas.SourceOut: where a document comes from."""
    return {"document": info.id, **source_meta(info)}


class EvidenceFields:
    """schemas.EvidenceOut of statements: the sentence, and its document's source and
    copies, looked up once per document however many statements cite it."""

    def __init__(self, sources: SourceLookup | None) -> None:
        self._sources = sources
        self._documents: dict[str, tuple[str | None, Body, list[Body]]] = {}

    def _document(self, document_id: str) -> tuple[str | None, Body, list[Body]]:
        known = self._documents.get(document_id)
        if known is not None:
            return known
        sources = self._sources
        info = sources.document(document_id) if sources is not None else None
        copies = sources.copies(document_id) if sources is not None else []
        known = (
            info.date if info is not None else None,
            source_meta(info),
            [source_fields(c) for c in copies],
        )
        self._documents[document_id] = known
        return known

    def __call__(self, statement: Statement) -> Body:
        # A page's 150 sentences cite about 70 documents: the lookup is inlined.
        known = self._documents.get(statement.document)
        report, source, copies = known or self._document(statement.document)
        return {
            "text": statement.text,
            "document": statement.document,
            "start": int(statement.start),
            "end": int(statement.end),
            "date": statement.date,
            "negated": bool(statement.negated),
            "state": statement.state,
            "source_actor": statement.source_actor,
            "event_date": statement.date if statement.date != report else None,
            "report_date": report,
            **source,
            "copies": list(copies),
        }

    def of_all(self, statements: Iterable[Statement]) -> list[Body]:
        return [self(s) for s in statements]


# ------------------------------------------------------------------------ edges


def _figures(edge: Edge, evidence: EvidenceFields) -> Body:
    """The fields every edge body ends with: its figures, documents and statements."""
    return {
        "negated": bool(edge.negated),
        "count": int(edge.count),
        "confidence": float(edge.confidence),
        "cameo": edge.cameo,
        "first_seen": edge.first_seen,
        "last_seen": edge.last_seen,
        "documents": edge_documents(edge),
        "evidence": evidence.of_all(edge.statements),
    }


def edge_fields(edge: Edge, names: Mapping[str, str], evidence: EvidenceFields) -> Body:
    """The fields every edge response shares (schemas.RelationOut), read from the
    store's Edge; `names` gives the actors' canonical names by id (an id it lacks is
    shown as its own name)."""
    return {
        "source": edge.source,
        "source_name": names.get(edge.source, edge.source),
        "target": edge.target,
        "target_name": names.get(edge.target, edge.target),
        "type": edge.type,
        **_figures(edge, evidence),
    }


def connection(ego: EgoEdge, names: Mapping[str, str], evidence: EvidenceFields) -> Body:
    """schemas.ConnectionOut: an edge seen from its end nearer the actor asked about."""
    edge = ego.edge
    neighbour = ego.neighbour
    source, target = edge.source, edge.target
    neighbour_id = neighbour.id
    # (A page makes one per edge: the names without a closure made each time.)
    return {
        "neighbour": actor_summary(neighbour),
        "source": source,
        "source_name": neighbour.name if source == neighbour_id else names.get(source, source),
        "target": target,
        "target_name": neighbour.name if target == neighbour_id else names.get(target, target),
        # EgoEdge counts from the centre (0 for its own edges); users count hops.
        "hops": ego.hops + 1,
        "type": edge.type,
        "direction": ego.direction,
        **_figures(edge, evidence),
    }


def connections_body(
    page: ConnectionsPage,
    *,
    depth: int,
    limit: int,
    offset: int,
    root: str,
    sources: SourceLookup | None,
) -> Body:
    """schemas.Connections of a page of `queries.connections_page`."""
    evidence = EvidenceFields(sources)
    return {
        "actor": actor_body(page.centre, root=root),
        "connections": [connection(e, page.names, evidence) for e in page.edges],
        "depth": depth,
        "total": int(page.total),
        "limit": limit,
        "offset": offset,
        "truncated": bool(page.truncated),
    }
