"""Request and response bodies of the REST API (pydantic), built from store records."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any, Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from actorgraph.api.encode import (
    EvidenceFields,
    actor_fields,
    actor_summary,
    edge_fields,
    source_fields,
    source_meta,
)
from actorgraph.api.sources import current_sources
from actorgraph.domain import ActorType, Extraction, RelationType
from actorgraph.graph.models import (
    ActorRecord,
    Direction,
    DocumentInfo,
    Edge,
    EvidencePage,
    GraphStats,
    Statement,
    UpsertResult,
)
from actorgraph.graph.queries import PathStep
from actorgraph.graph.search import Match, MatchLabel
from actorgraph.graph.timeline import Timeline, TimelineEntry
from actorgraph.sources import MAX_FIELD_CHARS, MetadataError, SourceMeta, parse_meta


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
    warnings: list[str] | None = Field(
        default=None,
        description=(
            "What was found wrong at start-up, e.g. a store file of 0 bytes (absent when "
            "nothing was)."
        ),
    )


_ACTOR_EXAMPLE: dict[str, Any] = {
    "id": "kataib-hezbollah",
    "name": "Kataib Hezbollah",
    "type": "ARMED_GROUP",
    "aliases": ["Kata'ib Hizballah", "KH"],
    "cameo_code": "IRQREB",
    "degree": 12,
    "documents": ["2020-01-03-baghdad.txt"],
    "document_count": 1,
    "first_seen": "2019-12-29",
    "last_seen": "2020-01-05",
}


_TARGET_EXAMPLE: dict[str, Any] = {
    "id": "us-embassy-in-baghdad",
    "name": "US embassy in Baghdad",
    "type": "FACILITY",
    "aliases": [],
    "cameo_code": None,
    "degree": 3,
    "documents": ["2020-01-03-baghdad.txt"],
    "first_seen": "2020-01-01",
    "last_seen": "2020-01-01",
}


def _summary(actor: dict[str, Any]) -> dict[str, Any]:
    summary = {k: v for k, v in actor.items() if k != "documents"}
    summary["document_count"] = len(actor["documents"])
    return summary


class ActorOut(BaseModel):
    """One real-world actor, merged across documents."""

    model_config = ConfigDict(json_schema_extra={"examples": [_ACTOR_EXAMPLE]})

    id: str = Field(description="Stable actor id (URL-safe).")
    name: str = Field(description="Canonical name.")
    type: ActorType
    aliases: list[str] = Field(default_factory=list)
    cameo_code: str | None = Field(
        default=None, description='CAMEO actor code where known ("IRQ", "USAMIL", "COLREB").'
    )
    degree: int = Field(default=0, description="Number of edges touching the actor.")
    documents: list[str] = Field(
        default_factory=list,
        description=(
            "Documents mentioning it, by id: all of them, except in a connections "
            "response, which lists the first few (`document_count` counts them all, "
            "`documents_url` pages them)."
        ),
    )
    document_count: int = Field(default=0, description="Number of documents mentioning it.")
    documents_url: str | None = Field(
        default=None,
        description=(
            "GET /actors/{id}/documents, which pages every document mentioning the actor: "
            "set when `documents` lists only the first of them."
        ),
    )
    first_seen: str | None = Field(default=None, description="Earliest date, ISO 8601.")
    last_seen: str | None = Field(default=None, description="Latest date, ISO 8601.")
    explorer_url: str | None = Field(
        default=None,
        description="The actor's neighbourhood in the explorer (GET /actors/{id} only).",
    )

    @classmethod
    def of(cls, record: ActorRecord, *, root: str = "") -> ActorOut:
        """`root`: where the app is mounted, for `documents_url` when the list is cut."""
        return cls(**actor_fields(record, root=root))


class ActorSummary(BaseModel):
    """An actor as listed next to an edge or along a path: without its document list,
    which for a busy actor runs to thousands of ids (GET /actors/{id} has it)."""

    id: str = Field(description="Stable actor id (URL-safe).")
    name: str = Field(description="Canonical name.")
    type: ActorType
    aliases: list[str] = Field(default_factory=list)
    cameo_code: str | None = Field(
        default=None, description='CAMEO actor code where known ("IRQ", "USAMIL", "COLREB").'
    )
    degree: int = Field(default=0, description="Number of edges touching the actor.")
    document_count: int = Field(default=0, description="Number of documents mentioning it.")
    first_seen: str | None = Field(default=None, description="Earliest date, ISO 8601.")
    last_seen: str | None = Field(default=None, description="Latest date, ISO 8601.")

    @classmethod
    def of(cls, record: ActorRecord) -> ActorSummary:
        return cls(**actor_summary(record))


class ActorHit(ActorOut):
    """A search result: the actor, and how the query matched it."""

    match: MatchLabel | None = Field(
        default=None,
        description=(
            "exact: a name or alias is `q`; prefix: one starts with it; alias: `q` is "
            "another name the gazetteer knows for the actor; substring: a name contains "
            "it; fuzzy: a close spelling. Null without `q`."
        ),
    )

    @classmethod
    def hit(cls, record: ActorRecord, match: Match | None) -> ActorHit:
        fields = ActorOut.of(record).model_dump()
        return cls(**fields, match=match.kind.label if match is not None else None)


class ActorPage(BaseModel):
    """A page of actor search results."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "total": 1,
                    "limit": 50,
                    "offset": 0,
                    "fuzzy": False,
                    "items": [{**_ACTOR_EXAMPLE, "match": "alias"}],
                }
            ]
        }
    )

    total: int = Field(description="Number of matching actors (counted up to 10,000).")
    limit: int
    offset: int
    fuzzy: bool = Field(
        default=False,
        description="True when nothing matched `q` as written and these are close spellings.",
    )
    items: list[ActorHit]


class SourceOut(BaseModel):
    """Where a document comes from (the metadata given at ingest; unset fields null)."""

    document: str = Field(description="Document id.")
    title: str | None = None
    url: str | None = None
    published: str | None = Field(default=None, description="Publication date, ISO 8601.")
    publisher: str | None = None
    reliability: str | None = Field(
        default=None,
        description="Source reliability, Admiralty scale: A completely reliable, B usually, "
        "C fairly, D not usually, E unreliable, F cannot be judged.",
    )

    @classmethod
    def of(cls, info: DocumentInfo) -> SourceOut:
        return cls(**source_fields(info))


class EvidenceOut(BaseModel):
    """One statement supporting an edge: the sentence and where it is in its document,
    with the document's source metadata and its recorded copies."""

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
    event_date: str | None = Field(
        default=None,
        description="The date the sentence gives, when it is not the report date.",
    )
    report_date: str | None = Field(
        default=None, description="The document's date: published, else its dateline."
    )
    title: str | None = None
    url: str | None = None
    published: str | None = None
    publisher: str | None = None
    reliability: str | None = None
    copies: list[SourceOut] = Field(
        default_factory=list,
        description="Other sources that carried the same story (stored once, counted once).",
    )

    @classmethod
    def of(cls, statement: Statement) -> EvidenceOut:
        return cls.model_validate(EvidenceFields(current_sources())(statement))


_EVIDENCE_EXAMPLE: dict[str, Any] = {
    "text": "Kataib Hezbollah supporters stormed the US embassy in Baghdad on Tuesday.",
    "document": "2020-01-03-baghdad.txt",
    "start": 120,
    "end": 192,
    "date": "2020-01-01",
    "negated": False,
    "state": None,
    "source_actor": None,
}


class ConnectionOut(BaseModel):
    """An edge seen from its end nearer the actor asked about (at depth 1, the actor)."""

    neighbour: ActorSummary = Field(description="The end of the edge farther from the actor.")
    source: str = Field(description="Actor id the edge points from.")
    source_name: str = Field(description="Canonical name of the source actor.")
    target: str = Field(description="Actor id the edge points to.")
    target_name: str = Field(description="Canonical name of the target actor.")
    hops: int = Field(
        default=1,
        description=(
            "How far out the edge lies: 1 for the actor's own edges (its direct "
            "neighbours), 2 for the edges of those neighbours, and so on."
        ),
    )
    type: RelationType
    direction: Direction = Field(
        description="out: nearer end → neighbour; in: neighbour → nearer end."
    )
    negated: bool = Field(description="True for denied statements (not an asserted edge).")
    count: int = Field(
        description=(
            "Number of supporting statements (after date filters), listed in `evidence` "
            "or not: the first `evidence_limit` are; the edge's evidence endpoint pages all."
        )
    )
    confidence: float = Field(ge=0, le=1)
    cameo: str | None = Field(default=None, description="CAMEO event code.")
    first_seen: str | None = Field(default=None, description="Earliest statement date.")
    last_seen: str | None = Field(default=None, description="Latest statement date.")
    documents: list[str] = Field(description="Documents of the evidence listed.")
    evidence: list[EvidenceOut] = Field(
        description="The edge's first statements, by document then offset (at most "
        "`evidence_limit`)."
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
                            "neighbour": _summary(_TARGET_EXAMPLE),
                            "source": "kataib-hezbollah",
                            "source_name": "Kataib Hezbollah",
                            "target": "us-embassy-in-baghdad",
                            "target_name": "US embassy in Baghdad",
                            "hops": 1,
                            "type": "TARGETS",
                            "direction": "out",
                            "negated": False,
                            "count": 1,
                            "confidence": 0.8,
                            "cameo": "19",
                            "first_seen": "2020-01-01",
                            "last_seen": "2020-01-01",
                            "documents": ["2020-01-03-baghdad.txt"],
                            "evidence": [_EVIDENCE_EXAMPLE],
                        }
                    ],
                    "depth": 1,
                    "total": 1,
                    "limit": 50,
                    "offset": 0,
                    "truncated": False,
                }
            ]
        }
    )

    actor: ActorOut
    connections: list[ConnectionOut]
    depth: int = Field(default=1, description="Hops from the actor that were followed.")
    total: int = Field(description="Number of edges that pass the filters.")
    limit: int
    offset: int
    truncated: bool = Field(
        default=False,
        description="True when a size bound of the network was hit and edges are left out.",
    )


class ActorDocuments(BaseModel):
    """A page of the documents that mention an actor, by id."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "actor": "kataib-hezbollah",
                    "total": 1,
                    "limit": 50,
                    "offset": 0,
                    "items": ["2020-01-03-baghdad.txt"],
                }
            ]
        }
    )

    actor: str = Field(description="The actor's id.")
    total: int = Field(description="Number of documents mentioning the actor.")
    limit: int
    offset: int
    items: list[str] = Field(description="Document ids (GET /documents/{id} has each).")


class EdgeEvidence(BaseModel):
    """A page of one edge's statements, by document then offset."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "source": "kataib-hezbollah",
                    "target": "us-embassy-in-baghdad",
                    "type": "TARGETS",
                    "negated": False,
                    "total": 1,
                    "limit": 50,
                    "offset": 0,
                    "items": [_EVIDENCE_EXAMPLE],
                }
            ]
        }
    )

    source: str = Field(description="Actor id the edge points from.")
    target: str = Field(description="Actor id the edge points to.")
    type: RelationType
    negated: bool = Field(description="True for the edge of denied statements.")
    total: int = Field(description="Number of the edge's statements.")
    limit: int
    offset: int
    items: list[EvidenceOut]

    @classmethod
    def of(cls, page: EvidencePage, *, limit: int, offset: int) -> EdgeEvidence:
        return cls(
            source=page.edge.source,
            target=page.edge.target,
            type=page.edge.type,
            negated=page.edge.negated,
            total=page.total,
            limit=limit,
            offset=offset,
            items=[EvidenceOut.of(s) for s in page.items],
        )


_RELATION_EXAMPLE: dict[str, Any] = {
    "source": "kataib-hezbollah",
    "source_name": "Kataib Hezbollah",
    "target": "us-embassy-in-baghdad",
    "target_name": "US embassy in Baghdad",
    "type": "TARGETS",
    "negated": False,
    "count": 1,
    "confidence": 0.8,
    "cameo": "19",
    "first_seen": "2020-01-01",
    "last_seen": "2020-01-01",
    "documents": ["2020-01-03-baghdad.txt"],
    "evidence": [_EVIDENCE_EXAMPLE],
}


class RelationOut(BaseModel):
    """A typed, directed edge with all the statements (evidence) that support it."""

    model_config = ConfigDict(json_schema_extra={"examples": [_RELATION_EXAMPLE]})

    source: str = Field(description="Actor id the edge points from.")
    source_name: str = Field(description="Canonical name of the source actor.")
    target: str = Field(description="Actor id the edge points to.")
    target_name: str = Field(description="Canonical name of the target actor.")
    type: RelationType
    negated: bool = Field(description="True for denied statements (not an asserted edge).")
    count: int = Field(description="Number of supporting statements (after filters).")
    confidence: float = Field(ge=0, le=1)
    cameo: str | None = Field(default=None, description="CAMEO event code.")
    first_seen: str | None = None
    last_seen: str | None = None
    documents: list[str] = Field(description="Documents of the evidence.")
    evidence: list[EvidenceOut]

    @classmethod
    def of(cls, edge: Edge, names: Mapping[str, str]) -> RelationOut:
        return cls.model_validate(edge_fields(edge, names, EvidenceFields(current_sources())))


class RelationPage(BaseModel):
    """A page of relations, by source id, target id and type."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"total": 1, "limit": 50, "offset": 0, "items": [_RELATION_EXAMPLE]}]
        }
    )

    total: int
    limit: int
    offset: int
    items: list[RelationOut]


class RelationDetail(BaseModel):
    """One relation between two actors: the asserted edge, the denied one, or both."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "source": _ACTOR_EXAMPLE,
                    "target": _TARGET_EXAMPLE,
                    "type": "TARGETS",
                    "edges": [_RELATION_EXAMPLE],
                }
            ]
        }
    )

    source: ActorOut
    target: ActorOut
    type: RelationType
    edges: list[RelationOut] = Field(description="Asserted edge first, then the denied one.")


class PathStepOut(BaseModel):
    """One hop of a path, in path order; each edge keeps its real direction."""

    source: str = Field(description="Actor id this hop leaves (path order).")
    source_name: str = Field(description="Canonical name of the actor this hop leaves.")
    target: str = Field(description="Actor id this hop reaches (path order).")
    target_name: str = Field(description="Canonical name of the actor this hop reaches.")
    edges: list[RelationOut] = Field(description="Every edge between the two actors.")

    @classmethod
    def of(cls, step: PathStep) -> PathStepOut:
        names = {step.source.id: step.source.name, step.target.id: step.target.name}
        return cls(
            source=step.source.id,
            source_name=step.source.name,
            target=step.target.id,
            target_name=step.target.name,
            edges=[RelationOut.of(e, names) for e in step.edges],
        )


class PathOut(BaseModel):
    length: int = Field(description="Number of hops.")
    actors: list[ActorSummary] = Field(description="The actors along the path, in order.")
    steps: list[PathStepOut]

    @classmethod
    def of(cls, steps: list[PathStep], source: ActorRecord) -> PathOut:
        actors = [source, *(step.target for step in steps)]
        return cls(
            length=len(steps),
            actors=[ActorSummary.of(a) for a in actors],
            steps=[PathStepOut.of(s) for s in steps],
        )


class PathPage(BaseModel):
    """The shortest paths between two actors (empty when they are not connected)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "source": _ACTOR_EXAMPLE,
                    "target": _TARGET_EXAMPLE,
                    "max_length": 4,
                    "total": 1,
                    "limit": 50,
                    "offset": 0,
                    "truncated": False,
                    "items": [
                        {
                            "length": 1,
                            "actors": [_summary(_ACTOR_EXAMPLE), _summary(_TARGET_EXAMPLE)],
                            "steps": [
                                {
                                    "source": "kataib-hezbollah",
                                    "source_name": "Kataib Hezbollah",
                                    "target": "us-embassy-in-baghdad",
                                    "target_name": "US embassy in Baghdad",
                                    "edges": [_RELATION_EXAMPLE],
                                }
                            ],
                        }
                    ],
                }
            ]
        }
    )

    source: ActorOut
    target: ActorOut
    max_length: int
    total: int = Field(description="Number of shortest paths (all of the same length).")
    limit: int
    offset: int
    truncated: bool = Field(
        default=False,
        description=(
            "True when the search hit a size bound: an empty result then does not prove "
            "that the actors are unconnected."
        ),
    )
    items: list[PathOut]


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
    title: str | None = Field(default=None, max_length=MAX_FIELD_CHARS)
    url: str | None = Field(default=None, description="http(s) address of the article.")
    published: str | None = Field(
        default=None,
        validation_alias=AliasChoices("published", "date"),
        description="Publication date, YYYY-MM-DD (a time of day is dropped); `date` "
        "is accepted for it. The report date of statements whose text gives none.",
    )
    publisher: str | None = Field(default=None, max_length=MAX_FIELD_CHARS)
    reliability: str | None = Field(
        default=None,
        description="Admiralty grade A-F (A completely reliable ... E unreliable, "
        "F cannot be judged); case-insensitive.",
    )

    @field_validator("title", "url", "published", "publisher", "reliability")
    @classmethod
    def _source_field(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None:
            return None
        try:
            return (
                parse_meta({str(info.field_name): value}, name="document")
                .to_dict()
                .get(str(info.field_name))
            )
        except MetadataError as exc:
            raise ValueError(str(exc).removeprefix("document: ")) from exc

    def meta(self) -> SourceMeta:
        return SourceMeta(
            title=self.title,
            url=self.url,
            published=self.published,
            publisher=self.publisher,
            reliability=self.reliability,
        )


class DocumentOut(BaseModel):
    id: str
    sha256: str
    date: str | None = Field(
        default=None, description="Report date: `published`, else the dateline's date."
    )
    words: int = 0
    ingested_at: str = ""
    title: str | None = None
    url: str | None = None
    published: str | None = None
    publisher: str | None = None
    reliability: str | None = None
    duplicate_of: str | None = Field(
        default=None,
        description="The document this one is a copy of (it has no statements of its own).",
    )
    copies: list[SourceOut] = Field(
        default_factory=list, description="Documents recorded as copies of this one."
    )

    @classmethod
    def of(cls, info: DocumentInfo, copies: list[DocumentInfo] | None = None) -> DocumentOut:
        return cls(
            id=info.id,
            sha256=info.sha256,
            date=info.date,
            words=info.words,
            ingested_at=info.ingested_at,
            duplicate_of=info.duplicate_of,
            copies=[SourceOut.of(c) for c in copies or ()],
            **source_meta(info),
        )


class DocumentList(BaseModel):
    total: int
    limit: int
    offset: int
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

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "result": {
                        "document": "2020-01-05-baghdad.txt",
                        "status": "created",
                        "actors_added": 2,
                        "statements_added": 1,
                        "statements_removed": 0,
                    },
                    "extraction": {
                        "date": "2020-01-05",
                        "provenance": ["Reuters"],
                        "actors": [
                            {"name": "Kataib Hezbollah", "type": "ARMED_GROUP"},
                            {"name": "US forces in Iraq", "type": "ORGANIZATION"},
                        ],
                        "relations": [
                            {
                                "source": "Kataib Hezbollah",
                                "type": "THREATENS",
                                "target": "US forces in Iraq",
                                "negated": False,
                                "date": "2020-01-05",
                            }
                        ],
                        "relations_by_type": {"THREATENS": 1},
                    },
                }
            ]
        }
    )

    result: UpsertOut
    extraction: ExtractionSummary
    duplicate_of: str | None = Field(
        default=None,
        description="Set when the text is a copy of a stored document: it was recorded "
        "as another source of that one and not read again.",
    )


class TimelineEntryOut(BaseModel):
    """One dated statement on an actor's timeline."""

    date: str = Field(description="Event date, else report date (ISO 8601, maybe partial).")
    relation: RelationType
    direction: Direction = Field(description="out: the actor acts on `other`; in: the reverse.")
    negated: bool
    other: ActorSummary = Field(description="The other actor of the statement.")
    source: str = Field(description="Actor id the edge points from.")
    target: str = Field(description="Actor id the edge points to.")
    evidence: EvidenceOut

    @classmethod
    def of(cls, entry: TimelineEntry) -> TimelineEntryOut:
        return cls(
            date=entry.date,
            relation=entry.edge.type,
            direction=entry.direction,
            negated=entry.edge.negated,
            other=ActorSummary.of(entry.other),
            source=entry.edge.source,
            target=entry.edge.target,
            evidence=EvidenceOut.of(entry.statement),
        )


class TimelinePage(BaseModel):
    actor: ActorOut
    total: int
    limit: int
    offset: int
    truncated: bool = Field(
        default=False, description="The actor has more edges than one query reads."
    )
    items: list[TimelineEntryOut]

    @classmethod
    def of(cls, timeline: Timeline, *, limit: int, offset: int) -> TimelinePage:
        return cls(
            actor=ActorOut.of(timeline.actor),
            total=len(timeline.entries),
            limit=limit,
            offset=offset,
            truncated=timeline.truncated,
            items=[TimelineEntryOut.of(e) for e in timeline.entries[offset : offset + limit]],
        )
