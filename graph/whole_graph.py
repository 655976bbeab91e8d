"""The whole-graph view served from store reads: the most connected actors under a
filter, and the strongest edges among them, without reading every edge into Python.

The stores answer `GraphStore.top_actors` and `GraphStore.edges_among` with these
types; the orders and date rules here are the ones the networkx path of
`graph.explorer.render_explorer` uses, so that both draw the same page.
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from actorgraph.graph.models import Edge, EdgePage, EdgeSelection
from actorgraph.graph.statement_rows import edge_sort_key


@dataclass(frozen=True, slots=True)
class DateRange:
    """Statement dates an edge needs one of (both ends included, ISO `YYYY-MM-DD`;
    None: open). A partial statement date ("2021", "2021-03") counts when any day of
    it is in range; an undated statement, or one that is no such date, never does."""

    date_from: str | None = None
    date_to: str | None = None

    def __post_init__(self) -> None:
        for value in (self.date_from, self.date_to):
            if value is not None:
                date.fromisoformat(value)  # ValueError names the bad text

    @property
    def open(self) -> bool:
        return self.date_from is None and self.date_to is None

    def holds(self, text: str | None) -> bool:
        span = date_span(text) if text else None
        if span is None:
            return False
        first, last = span
        return (self.date_from is None or last.isoformat() >= self.date_from) and (
            self.date_to is None or first.isoformat() <= self.date_to
        )

    def keeps(self, edge: Edge) -> bool:
        return self.open or any(self.holds(s.date) for s in edge.statements)


def date_span(text: str) -> tuple[date, date] | None:
    """First and last day of an ISO date, year-month or year ("2021", "2021-03");
    None when the text is no such date."""
    parts = text.strip()[:10].split("-")
    try:
        numbers = [int(p) for p in parts]
        if len(numbers) == 1:
            return date(numbers[0], 1, 1), date(numbers[0], 12, 31)
        if len(numbers) == 2:
            year, month = numbers
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if len(numbers) == 3:
            day = date(*numbers)
            return day, day
    except ValueError:
        return None
    return None


class RankedActor(NamedTuple):
    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    degree: int  # kept edges touching the actor, in and out (a self-loop twice)


@dataclass(frozen=True, slots=True)
class ActorRanking:
    """`actors`: every actor stored. `kept`: the actors the filtered graph holds (those
    with a kept edge, and those with no edge at all). `top`: the first of them by
    degree (most first), then id; actors without edges come last, by id."""

    actors: int
    kept: int
    top: list[RankedActor]


def rank_order(actor: RankedActor) -> tuple[int, str]:
    return (-actor.degree, actor.id)


def strength_order(edge: Edge) -> tuple[int, float, str, str, str, bool]:
    """Most statements first, then highest confidence, ties in the graph's edge order."""
    return (-edge.count, -edge.confidence, *edge_sort_key(edge))


def kept_degrees(
    edges: Iterable[Edge], selection: EdgeSelection, dates: DateRange
) -> Counter[str]:
    """Degree of each actor over the edges that `selection` and `dates` keep."""
    degrees: Counter[str] = Counter()
    for edge in edges:
        if selection.keeps(edge) and dates.keeps(edge):
            degrees[edge.source] += 1
            degrees[edge.target] += 1
    return degrees


def strongest(edges: Sequence[Edge], limit: int) -> EdgePage:
    """The `limit` strongest of `edges` (strength_order), in the graph's edge order,
    and how many there were."""
    chosen = sorted(edges, key=strength_order)[: max(limit, 0)]
    return EdgePage(len(edges), sorted(chosen, key=edge_sort_key))
