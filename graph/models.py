"""Records the stores return: actors, edges with their evidence, documents, stats."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from actorgraph.domain import ActorType, RelationType


class Direction(StrEnum):
    OUT = "out"
    IN = "in"
    BOTH = "both"


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """A document as the store knows it. `id` is the caller's document id (e.g. file name)."""

    id: str
    sha256: str
    date: str | None = None
    words: int = 0
    ingested_at: str = ""


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

    @property
    def count(self) -> int:
        return len(self.statements)

    @property
    def first_seen(self) -> str | None:
        dates = [s.date for s in self.statements if s.date]
        return min(dates) if dates else None

    @property
    def last_seen(self) -> str | None:
        dates = [s.date for s in self.statements if s.date]
        return max(dates) if dates else None


@dataclass(frozen=True, slots=True)
class Connection:
    """An edge seen from one actor: the neighbour and which way the edge points."""

    neighbour: ActorRecord
    direction: Direction  # OUT: actor -> neighbour; IN: neighbour -> actor
    edge: Edge


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
