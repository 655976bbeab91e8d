"""Shortest paths between two actors."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from actorgraph.api.deps import StoreDep
from actorgraph.api.errors import problem_responses
from actorgraph.api.params import (
    DEFAULT_EVIDENCE_LIMIT,
    DEFAULT_PAGE_SIZE,
    AsOf,
    DateFrom,
    DateTo,
    EvidenceLimit,
    IncludeNegated,
    MinConfidence,
    Offset,
    RelationTypes,
    edge_filter,
)
from actorgraph.api.schemas import ActorOut, PathOut, PathPage
from actorgraph.api.sources import cite, statement_documents
from actorgraph.graph import queries

router = APIRouter(tags=["actors"])


@router.get(
    "/paths",
    summary="Shortest paths between two actors",
    description=(
        "The shortest chains of relations linking `source` to `target`, found following "
        "edges either way; each edge is reported in its real direction, with its "
        "first evidence sentences (`evidence_limit`; `count` counts them all). `items` "
        "is empty when the actors are not connected within "
        "`max_length` hops; 404 when either actor is unknown. Denied (negated) edges "
        "are not followed unless `include_negated=true`."
    ),
    responses=problem_responses(404, 422, 503),
)
def get_paths(
    store: StoreDep,
    source: Annotated[str, Query(min_length=1, description="Actor id the path starts at.")],
    target: Annotated[str, Query(min_length=1, description="Actor id the path ends at.")],
    max_length: Annotated[int, Query(ge=1, le=6, description="Most hops in a path.")] = 4,
    type: RelationTypes = None,
    include_negated: IncludeNegated = False,
    min_confidence: MinConfidence = 0.0,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    as_of: AsOf = None,
    limit: Annotated[
        int,
        Query(ge=1, le=100, description=f"Most paths returned ({DEFAULT_PAGE_SIZE} by default)."),
    ] = DEFAULT_PAGE_SIZE,
    offset: Offset = 0,
    evidence_limit: EvidenceLimit = DEFAULT_EVIDENCE_LIMIT,
) -> PathPage:
    flt = edge_filter(
        types=type,
        include_negated=include_negated,
        min_confidence=min_confidence,
        date_from=date_from,
        date_to=date_to,
        as_of=as_of,
    )
    found = queries.shortest_paths(
        store, source, target, max_length=max_length, offset=offset, limit=limit,
        edge_filter=flt, evidence_limit=evidence_limit,
    )
    cite(statement_documents(e for steps in found.items for step in steps for e in step.edges))
    return PathPage(
        source=ActorOut.of(found.source),
        target=ActorOut.of(found.target),
        max_length=max_length,
        total=found.total,
        limit=limit,
        offset=offset,
        truncated=found.truncated,
        items=[PathOut.of(steps, found.source) for steps in found.items],
    )
