"""Request and response bodies of the REST API (pydantic), built from store records."""

from __future__ import annotations

from collections import Counter
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from actorgraph.domain import ActorType, Extraction, RelationType
from actorgraph.graph.models import (
    ActorRecord,
    Connection,
    Direction,
    DocumentInfo,
    GraphStats,
    Statement,
    UpsertResult,
)


class Problem(BaseModel):
    """An error, as RFC 9457 problem details (`application/problem+json`)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "type": "about:blank",
                    "title": "Not Found",
                    "status": 404,
                    "detail": "no actor with id 'kataib-hezbolah'",
                    "instance": "/actors/kataib-hezbolah",
                }
            ]
        }
    )

    type: str = Field(default="about:blank", description="Problem type URI.")
    title: str = Field(description="Short summary: the HTTP reason phrase.")
    status: int = Field(description="HTTP status code.")
    detail: str | None = Field(default=None, description="What was wrong and what to do.")
    instance: str | None = Field(default=None, description="Path of the request.")
    errors: list[dict[str, object]] | None = Field(
        default=None, description="Invalid fields (validation errors only)."
    )


class Health(BaseModel):
    status: Literal["ok"] = "ok"


class Ready(BaseModel):
    status: Literal["ready"] = "ready"


_ACTOR_EXAMPLE: dict[str, Any] = {
    "id": "kataib-hezbollah",
    "name": "Kataib Hezbollah",
    "type": "ARMED_GROUP",
    "aliases": ["Kata'ib Hizballah", "KH"],
    "degree": 12,
    "documents": ["2020-01-03-baghdad.txt"],
    "first_seen": "2019-12-29",
    "last_seen": "2020-01-05",
}


class ActorOut(BaseModel):
    """One real-world actor, merged across documents."""

    model_config = ConfigDict(json_schema_extra={"examples": [_ACTOR_EXAMPLE]})

    id: str = Field(description="Stable actor id (URL-safe).")
    name: str = Field(description="Canonical name.")
    type: ActorType
    aliases: list[str] = Field(default_factory=list)
    degree: int = Field(default=0, description="Number of edges touching the actor.")
    documents: list[str] = Field(default_factory=list, description="Documents mentioning it.")
    first_seen: str | None = Field(default=None, description="Earliest date, ISO 8601.")
    last_seen: str | None = Field(default=None, description="Latest date, ISO 8601.")

    @classmethod
    def of(cls, record: ActorRecord) -> ActorOut:
        return cls(
            id=record.id,
            name=record.name,
            type=record.type,
            aliases=list(record.aliases),
            degree=record.degree,
            documents=list(record.documents),
            first_seen=record.first_seen,
            last_seen=record.last_seen,
        )


class ActorPage(BaseModel):
    """A page of actor search results."""

    total: int = Field(description="Number of matching actors (counted up to 10,000).")
    limit: int
    offset: int
    items: list[ActorOut]


class EvidenceOut(BaseModel):
    """One statement supporting an edge: the sentence and where it is in its document."""

    text: str = Field(description="The sentence the statement was read from.")
    document: str = Field(description="Document id.")
    start: int = Field(description="Character offset of the sentence in the document.")
    end: int = Field(description="Character offset just after the sentence.")
    date: str | None = None
    negated: bool = False
    state: str | None = Field(default=None, description="CEASEFIRE_WITH: agreed or ended.")
    source_actor: str | None = Field(
        default=None, description="Actor id of who made the claim (reported speech)."
    )

    @classmethod
    def of(cls, statement: Statement) -> EvidenceOut:
        return cls(
            text=statement.text,
            document=statement.document,
            start=statement.start,
            end=statement.end,
            date=statement.date,
            negated=statement.negated,
            state=statement.state,
            source_actor=statement.source_actor,
        )


class ConnectionOut(BaseModel):
    """An edge seen from the actor asked about."""

    neighbour: ActorOut
    type: RelationType
    direction: Direction = Field(description="out: actor → neighbour; in: neighbour → actor.")
    negated: bool = Field(description="True for denied statements (not an asserted edge).")
    count: int = Field(description="Number of supporting statements.")
    confidence: float = Field(ge=0, le=1)
    cameo: str | None = Field(default=None, description="CAMEO event code.")
    first_seen: str | None = None
    last_seen: str | None = None
    evidence: list[EvidenceOut]

    @classmethod
    def of(cls, connection: Connection) -> ConnectionOut:
        edge = connection.edge
        return cls(
            neighbour=ActorOut.of(connection.neighbour),
            type=edge.type,
            direction=connection.direction,
            negated=edge.negated,
            count=edge.count,
            confidence=edge.confidence,
            cameo=edge.cameo,
            first_seen=edge.first_seen,
            last_seen=edge.last_seen,
            evidence=[EvidenceOut.of(s) for s in edge.statements],
        )


class Connections(BaseModel):
    """An actor and its connections, strongest (most statements) first."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "actor": _ACTOR_EXAMPLE,
                    "connections": [
                        {
                            "neighbour": {
                                "id": "us-embassy-in-baghdad",
                                "name": "US embassy in Baghdad",
                                "type": "FACILITY",
                                "aliases": [],
                                "degree": 3,
                                "documents": ["2020-01-03-baghdad.txt"],
                                "first_seen": "2020-01-01",
                                "last_seen": "2020-01-01",
                            },
                            "type": "TARGETS",
                            "direction": "out",
                            "negated": False,
                            "count": 1,
                            "confidence": 0.8,
                            "cameo": "19",
                            "first_seen": "2020-01-01",
                            "last_seen": "2020-01-01",
                            "evidence": [
                                {
                                    "text": "Kataib Hezbollah supporters stormed the US "
                                    "embassy in Baghdad on Tuesday.",
                                    "document": "2020-01-03-baghdad.txt",
                                    "start": 120,
                                    "end": 192,
                                    "date": "2020-01-01",
                                    "negated": False,
                                    "state": None,
                                    "source_actor": None,
                                }
                            ],
                        }
                    ],
                }
            ]
        }
    )

    actor: ActorOut
    connections: list[ConnectionOut]


class StatsOut(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "actors": 120,
                    "edges": 340,
                    "statements": 510,
                    "documents": 42,
                    "actors_by_type": {"ARMED_GROUP": 30, "PERSON": 50},
                    "edges_by_type": {"TARGETS": 80, "LEADS": 25},
                }
            ]
        }
    )

    actors: int
    edges: int
    statements: int
    documents: int
    actors_by_type: dict[str, int]
    edges_by_type: dict[str, int]

    @classmethod
    def of(cls, stats: GraphStats) -> StatsOut:
        return cls(
            actors=stats.actors,
            edges=stats.edges,
            statements=stats.statements,
            documents=stats.documents,
            actors_by_type=dict(stats.actors_by_type),
            edges_by_type=dict(stats.edges_by_type),
        )


class DocumentIn(BaseModel):
    """A document to ingest: its id (e.g. a file name or URL) and its plain text."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "id": "2020-01-05-baghdad.txt",
                    "text": "BAGHDAD, Jan 5 (Reuters) - Kataib Hezbollah threatened "
                    "US forces in Iraq on Sunday.",
                }
            ]
        },
    )

    id: str = Field(min_length=1, max_length=512, pattern=r"^[^\x00-\x1f\x7f]+$")
    text: str = Field(min_length=1)


class DocumentOut(BaseModel):
    id: str
    sha256: str
    date: str | None = None
    words: int = 0
    ingested_at: str = ""

    @classmethod
    def of(cls, info: DocumentInfo) -> DocumentOut:
        return cls(
            id=info.id,
            sha256=info.sha256,
            date=info.date,
            words=info.words,
            ingested_at=info.ingested_at,
        )


class DocumentList(BaseModel):
    total: int
    items: list[DocumentOut]


class UpsertOut(BaseModel):
    document: str
    status: Literal["created", "replaced", "unchanged"]
    actors_added: int = 0
    statements_added: int = 0
    statements_removed: int = 0

    @classmethod
    def of(cls, result: UpsertResult) -> UpsertOut:
        return cls.model_validate(
            {
                "document": result.document,
                "status": result.status,
                "actors_added": result.actors_added,
                "statements_added": result.statements_added,
                "statements_removed": result.statements_removed,
            }
        )


class ActorFound(BaseModel):
    name: str
    type: ActorType


class RelationFound(BaseModel):
    source: str = Field(description="Source actor name.")
    type: RelationType
    target: str = Field(description="Target actor name.")
    negated: bool
    date: str | None = None


class ExtractionSummary(BaseModel):
    """What the extractor read from the document."""

    date: str | None = Field(default=None, description="The document's date (dateline).")
    provenance: list[str] = Field(default_factory=list, description="Reporting outlets.")
    actors: list[ActorFound]
    relations: list[RelationFound]
    relations_by_type: dict[str, int]

    @classmethod
    def of(cls, extraction: Extraction) -> ExtractionSummary:
        names = {actor.id: actor.name for actor in extraction.actors}
        return cls(
            date=extraction.date,
            provenance=list(extraction.provenance),
            actors=[ActorFound(name=a.name, type=a.type) for a in extraction.actors],
            relations=[
                RelationFound(
                    source=names.get(r.source, r.source),
                    type=r.type,
                    target=names.get(r.target, r.target),
                    negated=r.negated,
                    date=r.date,
                )
                for r in extraction.relations
            ],
            relations_by_type=dict(Counter(r.type.value for r in extraction.relations)),
        )


class IngestOut(BaseModel):
    """What ingesting one document changed, and what was read from it."""

    result: UpsertOut
    extraction: ExtractionSummary
