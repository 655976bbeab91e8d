"""Records the stores return: actors, edges with their evidence, documents, stats."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, NamedTuple

from actorgraph.domain import SYMMETRIC_RELATIONS, ActorType, Extraction, RelationType


class Direction(StrEnum):
    OUT = "out"
    IN = "in"
    BOTH = "both"


def direction_matches(
    source: str, target: str, type_: RelationType, way: Direction, wanted: Direction
) -> bool:
    """Whether an edge met going `way` from an actor belongs to its connections `wanted`
    one way: a self-loop and a symmetric relation point both ways."""
    if wanted is Direction.BOTH or way is wanted:
        return True
    if source == target:  # a self-loop points both ways
        return True
    return type_ in SYMMETRIC_RELATIONS


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """A document as the store knows it. `id` is the caller's document id (e.g. file name).

    `date` is the report date: `published` when given, else the dateline's date. The
    source fields (title ... reliability) are the caller's metadata; `duplicate_of`
    names the document this one is a copy of (a copy has no statements of its own);
    `fingerprint` is what near-duplicates are recognised by (actorgraph/duplicates.py).
    """

    id: str
    sha256: str
    date: str | None = None
    words: int = 0
    ingested_at: str = ""
    title: str | None = None
    url: str | None = None
    published: str | None = None
    publisher: str | None = None
    reliability: str | None = None
    duplicate_of: str | None = None
    fingerprint: str | None = None


# The DocumentInfo fields every store keeps in one text property, `meta` (JSON), so
# that a new source field needs no schema change in any store.
DOCUMENT_META_FIELDS = (
    "title", "url", "published", "publisher", "reliability", "duplicate_of", "fingerprint"
)


def check_document_id(info: DocumentInfo, extraction: Extraction) -> None:
    """Every store refuses an extraction filed under another document's id."""
    if info.id != extraction.document:
        raise ValueError(
            f"document id {info.id!r} does not match the extraction's "
            f"document {extraction.document!r}"
        )


def stored_document(info: DocumentInfo, extraction: Extraction) -> DocumentInfo:
    """The document as a store records it: the extraction's (dateline) date when the
    caller gave none, and the time of ingest when the caller gave none."""
    return dataclasses.replace(
        info,
        date=info.date or extraction.date,
        ingested_at=info.ingested_at or datetime.now(UTC).isoformat(timespec="seconds"),
    )


def document_meta(info: DocumentInfo) -> str | None:
    """The `meta` property a store writes for a document (None when it has none)."""
    values = {key: getattr(info, key) for key in DOCUMENT_META_FIELDS if getattr(info, key)}
    return json.dumps(values, sort_keys=True, ensure_ascii=False) if values else None


# How `duplicate_of` appears in a stored `meta` text: what an upgrade scans for, once,
# to index the copies a store written before the copy index holds.
DUPLICATE_OF_KEY = json.dumps("duplicate_of")


def cited_and_copies(
    found: Iterable[DocumentInfo], copies: Iterable[DocumentInfo], cited: Collection[str]
) -> list[DocumentInfo]:
    """`found` (documents read by id) and those of `copies` that copy a cited document,
    each once: what `source_documents` returns."""
    wanted = set(cited)
    kept = {d.id: d for d in found if d.id in wanted}
    for doc in copies:
        if doc.duplicate_of in wanted:
            kept.setdefault(doc.id, doc)
    return list(kept.values())


def document_row(info: DocumentInfo) -> dict[str, Any]:
    """The properties a graph store writes on a document node."""
    return {
        "id": info.id,
        "sha256": info.sha256,
        "date": info.date,
        "words": info.words,
        "ingested_at": info.ingested_at,
        "meta": document_meta(info),
        # Also in `meta`; a property of its own so that copies are read by index.
        "duplicate_of": info.duplicate_of,
    }


def with_document_meta(info: DocumentInfo, meta: str | None) -> DocumentInfo:
    """`info` with the fields of a stored `meta` property (unknown keys ignored)."""
    known = document_meta_fields(meta)
    return dataclasses.replace(info, **known) if known else info


def document_meta_fields(meta: str | None) -> dict[str, Any]:
    """The DocumentInfo fields a stored `meta` property holds (unknown keys ignored), to
    build a document in one go: `dataclasses.replace` costs several times more, and a
    connections response reads a hundred cited documents."""
    if not meta:
        return {}
    try:
        values = json.loads(meta)
    except ValueError:
        return {}  # a damaged property loses its metadata, never the document
    if not isinstance(values, dict):
        return {}
    return {k: str(v) for k, v in values.items() if k in DOCUMENT_META_FIELDS and v}


@dataclass(frozen=True, slots=True)
class ActorRecord:
    """One real-world actor, merged across documents."""

    id: str
    name: str
    type: ActorType
    aliases: tuple[str, ...] = ()
    degree: int = 0
    documents: tuple[str, ...] = ()
    first_seen: str | None = None
    last_seen: str | None = None
    cameo_code: str | None = None  # CAMEO actor code ("IRQ", "USAMIL") where known
    # How many documents mention the actor, when `documents` lists only some or none of
    # them: a store may leave the list out of a connections page (a busy neighbour has
    # thousands of ids), or list the first few (`get_actor(document_limit=...)`).
    document_total: int | None = None

    @property
    def document_count(self) -> int:
        """How many documents mention the actor, whether or not they are listed."""
        return len(self.documents) if self.document_total is None else self.document_total


@dataclass(frozen=True, slots=True)
class Statement:
    """One supporting statement of an edge: the sentence, where it is, and when."""

    document: str
    text: str
    start: int
    end: int
    date: str | None = None
    negated: bool = False
    state: str | None = None
    source_actor: str | None = None  # actor id of who made the claim


@dataclass(frozen=True, slots=True)
class Edge:
    """A typed directed edge aggregated over all statements that support it."""

    source: str
    target: str
    type: RelationType
    negated: bool
    statements: tuple[Statement, ...]
    confidence: float = 0.5
    cameo: str | None = None
    # Set when `statements` holds only the first few of the edge's statements (a page
    # that caps evidence per edge): the figures over all of them.
    whole: EdgeFigures | None = None

    @property
    def count(self) -> int:
        """How many statements support the edge (all of them, listed or not)."""
        return len(self.statements) if self.whole is None else self.whole.count

    @property
    def first_seen(self) -> str | None:
        if self.whole is not None:
            return self.whole.first_seen
        dates = [s.date for s in self.statements if s.date]
        return min(dates) if dates else None

    @property
    def last_seen(self) -> str | None:
        if self.whole is not None:
            return self.whole.last_seen
        dates = [s.date for s in self.statements if s.date]
        return max(dates) if dates else None

    def capped(self, evidence_limit: int | None) -> Edge:
        """The edge with its first `evidence_limit` statements only (in their order),
        keeping the count and dates of all of them; None keeps every statement."""
        if evidence_limit is None or len(self.statements) <= evidence_limit:
            return self
        if self.whole is not None:
            whole = self.whole
        else:  # one pass over the dates: a hub edge has thousands of statements
            dates = [s.date for s in self.statements if s.date]
            whole = EdgeFigures(self.count, min(dates, default=None), max(dates, default=None))
        return dataclasses.replace(
            self, statements=self.statements[: max(evidence_limit, 0)], whole=whole
        )


@dataclass(frozen=True, slots=True)
class EdgeFigures:
    """An edge's statement count and date range, over all its statements."""

    count: int
    first_seen: str | None
    last_seen: str | None


@dataclass(frozen=True, slots=True)
class EdgeSelection:
    """Which edges of the whole graph a paged read keeps, by what each edge carries
    (a store answers it inside its database). `seen_by` is an ISO date: edges first
    seen after that day, and undated edges, are left out."""

    relation_types: frozenset[RelationType] | None = None
    include_negated: bool = False
    min_confidence: float = 0.0
    seen_by: str | None = None
    ends: tuple[str, str] | None = None  # only edges from the first actor to the second

    def keeps(self, edge: Edge) -> bool:
        if self.ends is not None and (edge.source, edge.target) != self.ends:
            return False
        if edge.negated and not self.include_negated:
            return False
        if self.relation_types is not None and edge.type not in self.relation_types:
            return False
        if edge.confidence < self.min_confidence:
            return False
        if self.seen_by is not None:
            first = edge.first_seen
            return first is not None and first_day(first) <= self.seen_by
        return True


def first_day(date: str) -> str:
    """The first day of a possibly partial ISO date ("2021" -> "2021-01-01")."""
    day = date[:10]
    if len(day) == 4:
        return f"{day}-01-01"
    if len(day) == 7:
        return f"{day}-01"
    return day


class EdgeKey(NamedTuple):
    """What names an edge, without its evidence (walks over the graph need no more)."""

    source: str
    target: str
    type: RelationType
    negated: bool


@dataclass(frozen=True, slots=True)
class EdgePage:
    """A page of edges in (source, target, type, asserted first) order, and how many
    edges the selection keeps in all."""

    total: int
    items: list[Edge]


@dataclass(frozen=True, slots=True)
class Connection:
    """An edge seen from one actor: the neighbour and which way the edge points.
    The neighbour's `documents` may be left empty (`document_count` still counts them):
    its full record is `get_actor`'s."""

    neighbour: ActorRecord
    direction: Direction  # OUT: actor -> neighbour; IN: neighbour -> actor
    edge: Edge


@dataclass(frozen=True, slots=True)
class ConnectionPage:
    """A page of an actor's connections (in `GraphStore.connections` order) and how
    many connections the request keeps in all."""

    total: int
    items: list[Connection]


@dataclass(frozen=True, slots=True)
class ActorSearchPage:
    """A page of an actor search's ranked results, and how many actors matched in all."""

    total: int
    items: list[ActorRecord]


@dataclass(frozen=True, slots=True)
class DocumentIdPage:
    """A page of the ids of the documents that mention an actor, by id, and how many
    documents mention it in all."""

    total: int
    ids: list[str]


@dataclass(frozen=True, slots=True)
class EvidencePage:
    """A page of one edge's statements, in the edge's statement order (document,
    offsets), and how many statements the edge has."""

    edge: EdgeKey
    total: int
    items: list[Statement]


@dataclass(frozen=True, slots=True)
class UpsertResult:
    """What ingesting one document changed."""

    document: str
    status: str  # "created", "replaced" or "unchanged"
    actors_added: int = 0
    statements_added: int = 0
    statements_removed: int = 0


@dataclass(frozen=True, slots=True)
class GraphStats:
    actors: int
    edges: int
    statements: int
    documents: int
    actors_by_type: dict[str, int] = field(default_factory=dict)
    edges_by_type: dict[str, int] = field(default_factory=dict)
