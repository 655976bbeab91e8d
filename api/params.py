"""Query parameters shared by several routes, and the edge filter they make."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import Path, Query

from actorgraph.api.errors import ApiError
from actorgraph.domain import RelationType
from actorgraph.graph.queries import EdgeFilter

ActorId = Annotated[str, Path(description="Actor id, as returned by GET /actors.")]
RelationTypes = Annotated[
    list[RelationType] | None,
    Query(description="Only these relation types (repeat the parameter for several)."),
]
DateFrom = Annotated[
    date | None,
    Query(description="Only statements dated on or after this day (ISO 8601, YYYY-MM-DD)."),
]
DateTo = Annotated[
    date | None,
    Query(description="Only statements dated on or before this day (ISO 8601, YYYY-MM-DD)."),
]
AsOf = Annotated[
    date | None,
    Query(
        description="The graph as known on this day (YYYY-MM-DD): edges first seen after "
        "it, and undated edges, are left out."
    ),
]
MinConfidence = Annotated[
    float, Query(ge=0, le=1, description="Only edges with at least this confidence.")
]
IncludeNegated = Annotated[
    bool, Query(description="Also denied statements (edges with negated=true).")
]
# Offsets are bounded so that a page request never asks the server to walk far past
# what it can count.
Offset = Annotated[int, Query(ge=0, le=100_000, description="Items to skip.")]


def edge_filter(
    *,
    types: list[RelationType] | None = None,
    include_negated: bool = False,
    min_confidence: float = 0.0,
    date_from: date | None = None,
    date_to: date | None = None,
    document: str | None = None,
    as_of: date | None = None,
) -> EdgeFilter:
    """The filter of a request; 422 when the date range is empty."""
    if date_from is not None and date_to is not None and date_from > date_to:
        raise ApiError(
            422, f"date_from ({date_from}) is after date_to ({date_to}); swap or widen them"
        )
    return EdgeFilter(
        relation_types=frozenset(types) if types else None,
        include_negated=include_negated,
        min_confidence=min_confidence,
        date_from=date_from.isoformat() if date_from else None,
        date_to=date_to.isoformat() if date_to else None,
        document=document,
        as_of=as_of.isoformat() if as_of else None,
    )
