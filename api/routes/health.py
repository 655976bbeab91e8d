"""Liveness and readiness probes."""

from __future__ import annotations

from fastapi import APIRouter

from actorgraph.api.deps import StoreDep
from actorgraph.api.errors import problem_responses
from actorgraph.api.schemas import Health, Ready
from actorgraph.graph.store import StoreUnavailableError

router = APIRouter(tags=["health"])


@router.get(
    "/health",
    summary="Liveness",
    description="Answers as long as the process serves requests; does not touch the store.",
)
def health() -> Health:
    return Health()


@router.get(
    "/ready",
    summary="Readiness",
    description="200 when the graph store answers queries, 503 (problem+json) when not.",
    responses=problem_responses(503),
)
def ready(store: StoreDep) -> Ready:
    if not store.ping():
        raise StoreUnavailableError("the graph store does not answer; check that it is running")
    return Ready()
