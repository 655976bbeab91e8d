"""An actor's timeline: its dated statements in order."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from actorgraph.api.deps import StoreDep
from actorgraph.api.errors import problem_responses
from actorgraph.api.params import ActorId, DateFrom, DateTo, IncludeNegated, Offset, edge_filter
from actorgraph.api.schemas import TimelinePage
from actorgraph.api.sources import cite
from actorgraph.graph.timeline import actor_timeline

router = APIRouter(prefix="/actors", tags=["actors"])


@router.get(
    "/{actor_id}/timeline",
    summary="An actor's timeline",
    description=(
        "The actor's dated statements, oldest first: the date (the event date the "
        "sentence gives, else the report date), the relation, which way it points, the "
        "other actor's id and name, the evidence sentence and its source (document, "
        "title, url, publisher, published). `date_from`/`date_to` bound the dates "
        "(inclusive); undated statements are not on a timeline. Denied statements are "
        "left out unless `include_negated=true`."
    ),
    responses=problem_responses(404, 422, 503),
)
def get_timeline(
    store: StoreDep,
    actor_id: ActorId,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    include_negated: IncludeNegated = False,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Offset = 0,
) -> TimelinePage:
    window = edge_filter(date_from=date_from, date_to=date_to)  # 422 on an empty range
    timeline = actor_timeline(
        store,
        actor_id,
        date_from=window.date_from,
        date_to=window.date_to,
        include_negated=include_negated,
    )
    cite(e.statement.document for e in timeline.entries[offset : offset + limit])
    return TimelinePage.of(timeline, limit=limit, offset=offset)
