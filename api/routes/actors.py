"""Looking up actors and their connections."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Path, Query, Request, Response

from actorgraph.api.deps import PagesDep, ReadsDep, StoreDep
from actorgraph.api.encode import connections_body, to_json
from actorgraph.api.errors import ApiError, problem_responses
from actorgraph.api.page_cache import write_mark
from actorgraph.api.params import (
    DEFAULT_EVIDENCE_LIMIT,
    DEFAULT_PAGE_SIZE,
    ActorId,
    ActorTypeValue,
    AsOf,
    DateFrom,
    DateTo,
    DirectionValue,
    EvidenceLimit,
    IncludeNegated,
    Limit,
    MinConfidence,
    Offset,
    RelationTypes,
    RelationTypeValue,
    edge_filter,
)
from actorgraph.api.reads import one_snapshot
from actorgraph.api.schemas import (
    ActorDocuments,
    ActorHit,
    ActorOut,
    ActorPage,
    Connections,
    EdgeEvidence,
)
from actorgraph.api.sources import cite, current_sources, statement_documents
from actorgraph.graph import queries
from actorgraph.graph.models import Direction, EdgeKey
from actorgraph.graph.search import Match
from actorgraph.graph.store import NotFoundError

router = APIRouter(prefix="/actors", tags=["actors"])

# Documents a search result or a connections response lists of an actor: a hub is
# mentioned by thousands, and reading, sending and parsing every id cost more than the
# rest of the response (a search at 1M statements: seconds and hundreds of megabytes).
FIRST_DOCUMENTS = 20


@router.get(
    "",
    summary="Search actors",
    description=(
        "Actors whose canonical name or an alias matches `q`, case- and accent-"
        "insensitive (`kataib` finds Kata'ib), and actors the gazetteer knows by `q` "
        "(`AAH`, `Ansar Allah`, `IRGC`). Ranked exact, then prefix, then gazetteer "
        "alias, then substring, then close spellings (rapidfuzz), each by degree then "
        "name; every item says how it matched (`match`). Without `q`, all actors by "
        f"degree. `total` counts matches up to 10,000. Each item lists its first "
        f"{FIRST_DOCUMENTS} documents by id; `document_count` counts them all and "
        "`documents_url` pages through them when there are more."
    ),
    responses=problem_responses(422, 503),
)
async def search_actors(
    reads: ReadsDep,
    store: StoreDep,
    q: Annotated[str, Query(max_length=200, description="Name or alias.")] = "",
    type: Annotated[
        ActorTypeValue | None, Query(description="Only actors of this type (any case).")
    ] = None,
    limit: Limit = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0, le=queries.MAX_MATCHES)] = 0,
) -> ActorPage:
    def read() -> ActorPage:
        found = queries.search_actors(
            store, q, actor_type=type, offset=offset, limit=limit,
            document_limit=FIRST_DOCUMENTS,
        )
        matches: list[Match | None] = list(found.matches) or [None] * len(found.items)
        return ActorPage(
            total=found.total,
            limit=limit,
            offset=offset,
            fuzzy=found.fuzzy,
            items=[ActorHit.hit(a, m) for a, m in zip(found.items, matches, strict=True)],
        )

    return await reads.run(read)


@router.get(
    "/{actor_id}",
    summary="One actor",
    description="The actor's canonical name, aliases, type, degree and documents.",
    responses=problem_responses(404, 503),
)
async def get_actor(
    reads: ReadsDep, store: StoreDep, actor_id: ActorId, request: Request
) -> ActorOut:
    record = await reads.run(lambda: store.get_actor(actor_id))
    if record is None:
        raise NotFoundError(f"no actor with id {actor_id!r}; search for it with GET /actors?q=")
    root = _root(request)
    explorer_url = f"{root}/explorer/{quote(record.id, safe='')}"
    return ActorOut.of(record, root=root).model_copy(update={"explorer_url": explorer_url})


def _root(request: Request) -> str:
    """Where the app is mounted: links are relative to it, like the explorer's own."""
    return str(request.scope.get("root_path", "")).rstrip("/")


@router.get(
    "/{actor_id}/documents",
    summary="An actor's documents",
    description=(
        "The ids of the documents that mention the actor, by id, a page at a time, and "
        "how many there are (`total`): the list a connections response gives only the "
        "first of (its `actor.documents_url` points here)."
    ),
    responses=problem_responses(404, 422, 503),
)
async def get_actor_documents(
    reads: ReadsDep,
    store: StoreDep,
    actor_id: ActorId,
    limit: Limit = DEFAULT_PAGE_SIZE,
    offset: Offset = 0,
) -> ActorDocuments:
    page = await reads.run(lambda: store.actor_documents(actor_id, offset=offset, limit=limit))
    return ActorDocuments(
        actor=actor_id, total=page.total, limit=limit, offset=offset, items=page.ids
    )


# Whether a connections page was answered from the pages kept (page_cache.py) or read;
# absent when none are kept (ACTORGRAPH_PAGE_CACHE_BYTES=0, or a store this process
# does not write).
PAGE_KEPT = {"X-Page-Cache": "hit"}
PAGE_READ = {"X-Page-Cache": "miss"}


@router.get(
    "/{actor_id}/connections",
    response_model=Connections,
    summary="An actor's connections",
    description=(
        "Edges touching the actor, strongest (most statements) first, each with the "
        "neighbour, relation type, direction, dates, confidence, CAMEO code, statement "
        "count and its first evidence sentences with their offsets (`evidence_limit`; "
        "the edge's evidence endpoint pages the rest). With `depth` 2 or 3, every edge "
        "up to that many hops out (depth 2 adds the neighbours' edges), nearer edges "
        "first; `hops` says how far out each edge lies (1: the actor's own edges, to its "
        "direct neighbours). Date filters (YYYY, YYYY-MM or YYYY-MM-DD) keep only "
        "the statements in the range (an edge with none left is dropped). Denied "
        "(negated) statements are left out unless `include_negated=true`. The actor "
        f"lists its first {FIRST_DOCUMENTS} documents by id, `document_count` counts "
        "them all and `documents_url` pages the rest (GET /actors/{id}/documents)."
    ),
    responses=problem_responses(404, 422, 503),
)
async def get_connections(
    reads: ReadsDep,
    store: StoreDep,
    pages: PagesDep,
    actor_id: ActorId,
    request: Request,
    type: RelationTypes = None,
    direction: Annotated[
        DirectionValue,
        Query(
            description=(
                "out: the actor acts; in: the actor is acted on (its own edges); any case."
            )
        ),
    ] = Direction.BOTH,
    include_negated: IncludeNegated = False,
    min_confidence: MinConfidence = 0.0,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    as_of: AsOf = None,
    depth: Annotated[int, Query(ge=1, le=3, description="Hops from the actor.")] = 1,
    limit: Annotated[
        int, Query(ge=1, le=1000, description=f"Items per page ({DEFAULT_PAGE_SIZE} by default).")
    ] = DEFAULT_PAGE_SIZE,
    offset: Offset = 0,
    evidence_limit: EvidenceLimit = DEFAULT_EVIDENCE_LIMIT,
) -> Response:
    flt = edge_filter(
        types=type,
        include_negated=include_negated,
        min_confidence=min_confidence,
        date_from=date_from,
        date_to=date_to,
        as_of=as_of,
    )

    root = _root(request)

    # Everything the body depends on besides the graph (page_cache.py): a page kept for
    # the same request is answered here, on the event loop, without a read.
    key = (actor_id, flt, direction, depth, limit, offset, evidence_limit, root)
    mark = write_mark(store) if pages.enabled else None
    kept = pages.get(key, mark)
    if kept is not None:
        return Response(kept, media_type="application/json", headers=PAGE_KEPT)

    # The body is built as plain dicts and encoded on the read thread (encode.py): the
    # Connections model documents it, and building one model per edge and sentence
    # cost more than the rest of the request outside the store.
    def read() -> bytes:
        noted = write_mark(store)  # before the snapshot begins (page_cache.py)
        # The centre, its page and the documents cited, from one state of the graph.
        with one_snapshot(store):
            page = queries.connections_page(
                store,
                actor_id,
                depth=depth,
                direction=direction,
                edge_filter=flt,
                offset=offset,
                limit=limit,
                evidence_limit=evidence_limit,
                centre_documents=FIRST_DOCUMENTS,
            )
            cite(statement_documents(e.edge for e in page.edges))
        body = connections_body(
            page,
            depth=depth,
            limit=limit,
            offset=offset,
            root=root,
            sources=current_sources(),
        )
        encoded = to_json(body)
        pages.put(key, encoded, noted, write_mark(store))
        return encoded

    # Only the actor's own edges, filtered by type and negation, are paged in the store.
    encoded = await reads.run(read, walk=depth > 1 or not flt.only_negation)
    headers = PAGE_READ if mark is not None else None
    return Response(encoded, media_type="application/json", headers=headers)


@router.get(
    "/{actor_id}/connections/{neighbour_id}/evidence",
    summary="One edge's evidence",
    description=(
        "Every statement of one edge between the actor and a neighbour, a page at a "
        "time, by document then offset: the sentences a connections page lists only "
        "the first few of. The edge is named as a connection shows it: its `type`, its "
        "`direction` from the actor (out: actor → neighbour) and whether it is the "
        "edge of denied statements (`negated`)."
    ),
    responses=problem_responses(404, 422, 503),
)
async def get_edge_evidence(
    reads: ReadsDep,
    store: StoreDep,
    actor_id: ActorId,
    neighbour_id: Annotated[str, Path(description="The neighbour's actor id.")],
    type: Annotated[RelationTypeValue, Query(description="The edge's relation type (any case).")],
    direction: Annotated[
        DirectionValue,
        Query(description="out: actor → neighbour; in: neighbour → actor; any case."),
    ] = Direction.OUT,
    negated: Annotated[bool, Query(description="The edge of denied statements.")] = False,
    limit: Limit = DEFAULT_PAGE_SIZE,
    offset: Offset = 0,
) -> EdgeEvidence:
    if direction is Direction.BOTH:
        raise ApiError(422, "direction must be out or in: an edge points one way")
    ends = (actor_id, neighbour_id) if direction is Direction.OUT else (neighbour_id, actor_id)

    def read() -> EdgeEvidence:
        page = store.edge_evidence(EdgeKey(*ends, type, negated), offset=offset, limit=limit)
        cite(s.document for s in page.items)
        return EdgeEvidence.of(page, limit=limit, offset=offset)

    return await reads.run(read)
