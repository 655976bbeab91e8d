"""Listing relations across the graph, and one relation with all its evidence."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from actorgraph.api.deps import StoreDep
from actorgraph.api.errors import problem_responses
from actorgraph.api.params import (
    DEFAULT_PAGE_SIZE,
    ActorId,
    DateFrom,
    DateTo,
    IncludeNegated,
    Limit,
    MinConfidence,
    Offset,
    RelationTypes,
    RelationTypeValue,
    edge_filter,
)
from actorgraph.api.schemas import ActorOut, RelationDetail, RelationOut, RelationPage
from actorgraph.api.sources import cite, statement_documents
from actorgraph.graph import queries

router = APIRouter(prefix="/relations", tags=["graph"])


@router.get(
    "",
    summary="List relations",
    description=(
        "Edges of the whole graph with their evidence, by source id, target id and type; "
        "each names its source and target (`source_name`, `target_name`) beside their ids. "
        "`document` and the date filters keep only the statements from that document "
        "or in that range (an edge with none left is dropped, and `count` counts what "
        "is left). Denied (negated) edges are left out unless `include_negated=true`. "
        "`evidence_limit` lists only each edge's first statements (`count` still counts "
        "them all): a page of busy edges is then read in a fraction of the time."
    ),
    responses=problem_responses(422, 503),
)
def list_relations(
    store: StoreDep,
    type: RelationTypes = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    document: Annotated[
        str | None, Query(min_length=1, max_length=512, description="Only this document's.")
    ] = None,
    include_negated: IncludeNegated = False,
    min_confidence: MinConfidence = 0.0,
    limit: Limit = DEFAULT_PAGE_SIZE,
    offset: Offset = 0,
    evidence_limit: Annotated[
        int | None,
        Query(
            ge=0,
            le=1000,
            description=(
                "Evidence sentences listed per edge, its first by document then offset "
                "(all by default); `count` still counts them all, and "
                "GET /relations/{source}/{type}/{target} lists every one."
            ),
        ),
    ] = None,
) -> RelationPage:
    flt = edge_filter(
        types=type,
        include_negated=include_negated,
        min_confidence=min_confidence,
        date_from=date_from,
        date_to=date_to,
        document=document,
    )
    page = queries.relations(
        store, edge_filter=flt, offset=offset, limit=limit, evidence_limit=evidence_limit
    )
    names = queries.actor_names(store, page.items)
    cite(statement_documents(page.items))
    return RelationPage(
        total=page.total,
        limit=limit,
        offset=offset,
        items=[RelationOut.of(e, names) for e in page.items],
    )


@router.get(
    "/{source_id}/{type}/{target_id}",
    summary="One relation",
    description=(
        "The edge `source -[type]-> target` with every statement supporting it: the "
        "asserted edge and the denied one, whichever exist. For symmetric types "
        "(ALLIED_WITH, COOPERATES_WITH, MEETS_WITH, CEASEFIRE_WITH) the edge may be "
        "stored the other way round. 404 when an actor or the relation is unknown."
    ),
    responses=problem_responses(404, 422, 503),
)
def get_relation(
    store: StoreDep,
    source_id: ActorId,
    type: Annotated[RelationTypeValue, Path(description="Relation type (any case).")],
    target_id: ActorId,
) -> RelationDetail:
    source, target, edges = queries.relation(store, source_id, type, target_id)
    cite(statement_documents(edges))
    return RelationDetail(
        source=ActorOut.of(source),
        target=ActorOut.of(target),
        type=type,
        edges=[RelationOut.of(e, {source.id: source.name, target.id: target.name}) for e in edges],
    )
