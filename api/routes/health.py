"""Liveness and readiness probes."""

from __future__ import annotations

from fastapi import APIRouter

from actorgraph.api.deps import StateDep, StoreDep
from actorgraph.api.errors import problem_responses
from actorgraph.api.schemas import Health, Ready
from actorgraph.graph.store import StoreUnavailableError

router = APIRouter(tags=["health"])


@router.get(
    "/health",
    summary="Liveness",
    description="Answers as long as the process serves requests; does not touch the store.",
)
async def health() -> Health:  # on the event loop: never waits for a worker thread
    return Health()


@router.get(
    "/ready",
    summary="Readiness",
    description=(
        "200 when the graph store answers queries, 503 (problem+json) when not. "
        "`warnings` lists what was found wrong at start-up (a store file of 0 bytes, a "
        "truncated one), which a 200 does not make right."
    ),
    responses=problem_responses(503),
    response_model_exclude_none=True,
)
def ready(store: StoreDep, state: StateDep) -> Ready:
    if not store.ping():
        raise StoreUnavailableError("the graph store does not answer; check that it is running")
    return Ready(warnings=list(state.warnings) or None)
