"""Query parameters shared by several routes, and the edge filter they make.

Enum values are read case-insensitively (`type=targets`), and dates as a year, a month
or a day (`2024`, `2024-03`, `2024-03-09`), by the one parser here, in every route.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from enum import Enum
from typing import Annotated, Any

from fastapi import Path, Query
from pydantic import BeforeValidator, WithJsonSchema

from actorgraph.api.errors import ApiError
from actorgraph.domain import ActorType, RelationType
from actorgraph.graph.models import Direction
from actorgraph.graph.queries import EdgeFilter

# One page size for every paged route when the request gives no `limit`.
DEFAULT_PAGE_SIZE = 50


def caseless(enum: type[Enum]) -> BeforeValidator:
    """Reads an enum value whatever its case ("targets", "Targets" -> "TARGETS"); any
    other value is left alone, so the 422 lists the allowed values."""
    by_fold = {str(member.value).casefold(): member.value for member in enum}

    def read(value: Any) -> Any:
        if isinstance(value, str):
            return by_fold.get(value.strip().casefold(), value)
        return value

    return BeforeValidator(read)


RelationTypeValue = Annotated[RelationType, caseless(RelationType)]
ActorTypeValue = Annotated[ActorType, caseless(ActorType)]
DirectionValue = Annotated[Direction, caseless(Direction)]

_PERIOD = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
PERIOD_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def period_bound(value: str, *, end: bool) -> date:
    """The first (or, with `end`, the last) day of a year, month or day written as
    `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; ValueError naming the forms otherwise."""
    found = _PERIOD.fullmatch(value.strip())
    try:
        if found is None:
            raise ValueError("not a date")
        year, month, day = found.groups()
        y = int(year)
        if month is None:
            return date(y, 12, 31) if end else date(y, 1, 1)
        m = int(month)
        if day is None:
            last = calendar.monthrange(y, m)[1] if 1 <= m <= 12 else 0
            return date(y, m, last if end else 1)
        return date(y, m, int(day))
    except ValueError:
        raise ValueError(
            f"{value!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024, "
            "2024-03 or 2024-03-09)"
        ) from None


def _period(*, end: bool) -> BeforeValidator:
    def read(value: Any) -> Any:
        return period_bound(value, end=end) if isinstance(value, str) else value

    return BeforeValidator(read)


_PERIOD_SCHEMA = WithJsonSchema(
    {"anyOf": [{"type": "string", "pattern": PERIOD_PATTERN}, {"type": "null"}]}
)

ActorId = Annotated[str, Path(description="Actor id, as returned by GET /actors.")]
RelationTypes = Annotated[
    list[RelationTypeValue] | None,
    Query(
        description=(
            "Only these relation types (repeat the parameter for several); any case: "
            "`targets` is TARGETS."
        )
    ),
]
DateFrom = Annotated[
    date | None,
    _period(end=False),
    _PERIOD_SCHEMA,
    Query(
        description=(
            "Only statements dated on or after this day: YYYY-MM-DD, or YYYY-MM / YYYY "
            "for the first day of that month / year (`2024` is 2024-01-01)."
        )
    ),
]
DateTo = Annotated[
    date | None,
    _period(end=True),
    _PERIOD_SCHEMA,
    Query(
        description=(
            "Only statements dated on or before this day: YYYY-MM-DD, or YYYY-MM / YYYY "
            "for the last day of that month / year (`2024` is 2024-12-31)."
        )
    ),
]
Limit = Annotated[
    int, Query(ge=1, le=500, description=f"Items per page ({DEFAULT_PAGE_SIZE} by default).")
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
# Evidence sentences listed per edge of a connections page or a path unless asked
# otherwise: enough to read what an edge is about; a hub edge has thousands (its
# evidence endpoint pages them).
DEFAULT_EVIDENCE_LIMIT = 3
EvidenceLimit = Annotated[
    int,
    Query(
        ge=0,
        le=1000,
        description=(
            f"Evidence sentences listed per edge ({DEFAULT_EVIDENCE_LIMIT} by default), the "
            "edge's first by document then offset; `count` still counts them all, and the "
            "edge's evidence (GET /actors/{id}/connections/{neighbour}/evidence, "
            "GET /relations/{source}/{type}/{target}) lists every one."
        ),
    ),
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
