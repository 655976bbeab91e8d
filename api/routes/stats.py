"""Counts of the whole graph."""

from __future__ import annotations

from fastapi import APIRouter

from actorgraph.api.deps import StoreDep
from actorgraph.api.errors import problem_responses
from actorgraph.api.schemas import StatsOut

router = APIRouter(tags=["graph"])


@router.get(
    "/stats",
    summary="Graph statistics",
    description="Numbers of actors, edges, statements and documents, by type.",
    responses=problem_responses(503),
)
def stats(store: StoreDep) -> StatsOut:
    return StatsOut.of(store.stats())
