"""Looking up actors and their connections."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from actorgraph.api.deps import StoreDep
from actorgraph.api.errors import problem_responses
from actorgraph.api.schemas import ActorOut, ActorPage, ConnectionOut, Connections
from actorgraph.domain import ActorType, RelationType
from actorgraph.graph.models import Direction
from actorgraph.graph.store import NotFoundError

router = APIRouter(prefix="/actors", tags=["actors"])

# The store's search has no offset, so a page is cut from the first MAX_MATCHES hits.
MAX_MATCHES = 10_000

ActorId = Annotated[str, Path(description="Actor id, as returned by GET /actors.")]


@router.get(
    "",
    summary="Search actors",
    description=(
        "Actors whose canonical name or an alias matches `q` (case- and accent-"
        "insensitive): exact matches first, then prefix, then substring. Without `q`, "
        "all actors."
    ),
    responses=problem_responses(422, 503),
)
def search_actors(
    store: StoreDep,
    q: Annotated[str, Query(max_length=200, description="Name or alias.")] = "",
    type: Annotated[ActorType | None, Query(description="Only actors of this type.")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 20,
    offset: Annotated[int, Query(ge=0, le=MAX_MATCHES)] = 0,
) -> ActorPage:
    matches = store.search_actors(q.strip(), actor_type=type, limit=MAX_MATCHES)
    page = matches[offset : offset + limit]
    return ActorPage(
        total=len(matches), limit=limit, offset=offset, items=[ActorOut.of(a) for a in page]
    )


@router.get(
    "/{actor_id}",
    summary="One actor",
    description="The actor's canonical name, aliases, type, degree and documents.",
    responses=problem_responses(404, 503),
)
def get_actor(store: StoreDep, actor_id: ActorId) -> ActorOut:
    record = store.get_actor(actor_id)
    if record is None:
        raise NotFoundError(f"no actor with id {actor_id!r}; search for it with GET /actors?q=")
    return ActorOut.of(record)


@router.get(
    "/{actor_id}/connections",
    summary="An actor's connections",
    description=(
        "Edges touching the actor, strongest (most statements) first, each with the "
        "neighbour, relation type, direction, dates, confidence, CAMEO code and the "
        "evidence sentences with their documents and offsets. Denied (negated) "
        "statements are left out unless `include_negated=true`."
    ),
    responses=problem_responses(404, 422, 503),
)
def get_connections(
    store: StoreDep,
    actor_id: ActorId,
    type: Annotated[
        list[RelationType] | None,
        Query(description="Only these relation types (repeat the parameter for several)."),
    ] = None,
    direction: Annotated[
        Direction, Query(description="out: the actor acts; in: the actor is acted on.")
    ] = Direction.BOTH,
    include_negated: Annotated[bool, Query(description="Also denied statements.")] = False,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> Connections:
    record = store.get_actor(actor_id)
    if record is None:
        raise NotFoundError(f"no actor with id {actor_id!r}; search for it with GET /actors?q=")
    connections = store.connections(
        actor_id,
        relation_types=type or None,
        direction=direction,
        include_negated=include_negated,
        limit=limit,
    )
    return Connections(
        actor=ActorOut.of(record), connections=[ConnectionOut.of(c) for c in connections]
    )
