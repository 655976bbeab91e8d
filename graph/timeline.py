"""An actor's dated statements in date order: what it did and what was done to it.

Built on the store protocol only (`connections`), so it answers the same on every
store. The statement date is the event date the sentence gives, else the report date
(the document's `published` or dateline); undated statements have no place on a
timeline and are left out.
"""

from __future__ import annotations

from dataclasses import dataclass

from actorgraph.graph.models import ActorRecord, Direction, Edge, Statement
from actorgraph.graph.queries import MAX_EDGES_PER_ACTOR, EdgeFilter
from actorgraph.graph.store import GraphStore, NotFoundError


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    date: str
    edge: Edge
    direction: Direction  # OUT: the actor acts on `other`; IN: `other` acts on it
    other: ActorRecord
    statement: Statement


@dataclass(frozen=True, slots=True)
class Timeline:
    actor: ActorRecord
    entries: list[TimelineEntry]
    truncated: bool = False  # the actor has more edges than one query reads


def actor_timeline(
    store: GraphStore,
    actor_id: str,
    *,
    date_from: str | None = None,
    date_to: str | None = None,
    include_negated: bool = False,
) -> Timeline:
    """Every dated statement of the actor's edges within the (inclusive) date range,
    oldest first; ties in document, then offset order. NotFoundError when unknown."""
    actor = store.get_actor(actor_id)
    if actor is None:
        raise NotFoundError(f"no actor with id {actor_id!r}; search for it with GET /actors?q=")
    connections = store.connections(
        actor_id, include_negated=include_negated, limit=MAX_EDGES_PER_ACTOR
    )
    window = EdgeFilter(date_from=date_from, date_to=date_to)
    entries = [
        TimelineEntry(s.date, c.edge, c.direction, c.neighbour, s)
        for c in connections
        for s in c.edge.statements
        if s.date and window.statement_passes(s)
    ]
    entries.sort(
        key=lambda e: (
            e.date,
            e.statement.document,
            e.statement.start,
            e.edge.type.value,
            e.other.id,
        )
    )
    return Timeline(actor, entries, truncated=len(connections) >= MAX_EDGES_PER_ACTOR)
