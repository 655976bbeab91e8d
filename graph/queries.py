"""Queries built on the `GraphStore` protocol alone: actor search pages, filtered
ego networks, shortest paths, relation listings and one relation with its evidence.

They only call protocol methods (`search_actors`, `get_actor`, `connections`,
`edge_page`), so every store gets them; none reads the whole graph.
Every result is ordered deterministically, so that offset/limit pages are stable.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from actorgraph.domain import SYMMETRIC_RELATIONS, ActorType, RelationType
from actorgraph.graph import search
from actorgraph.graph.models import (
    ActorRecord,
    Connection,
    Direction,
    Edge,
    EdgeFigures,
    EdgeKey,
    EdgeSelection,
    Statement,
)
from actorgraph.graph.store import GraphStore, NotFoundError, first_documents

__all__ = [
    "MAX_ACTORS",
    "MAX_EDGES_PER_ACTOR",
    "MAX_EDGES_READ",
    "MAX_PATH_EDGES_READ",
    "ActorMatches",
    "EdgeFilter",
    "EgoEdge",
    "EgoNetwork",
    "PathStep",
    "Paths",
    "RelationPage",
    "actor_names",
    "connections_page",
    "edge_documents",
    "ego_network",
    "relation",
    "relations",
    "search_actors",
    "shortest_paths",
]

# Bounds that keep one request from walking a whole large graph: the most edges read
# per actor (strongest first), in all (summed over actors), and the most actors an ego
# network or path search visits. A result cut short by them says so (`truncated`).
MAX_EDGES_PER_ACTOR = 10_000
MAX_EDGES_READ = 20_000  # about half a second of store reads at 100k statements
MAX_PATH_EDGES_READ = 50_000  # a path search may need to look further than an ego network
MAX_ACTORS = 5_000
# Search results are counted up to this many matches (the store has no offset).
MAX_MATCHES = 10_000
# Edges read per store call when /relations narrows statements by date or document.
RELATIONS_CHUNK = 5_000


# ---------------------------------------------------------------------- filters


@dataclass(frozen=True, slots=True)
class EdgeFilter:
    """Which edges and statements a query keeps.

    Date and document filters act on statements: an edge keeps only the statements
    that pass, and drops out when none do. `date_from`/`date_to` are ISO dates
    (YYYY-MM-DD), inclusive; undated statements never pass a date filter. A partial
    statement date ("2021-03") passes when its period overlaps the range. `as_of`
    (an ISO date) leaves out edges first seen after it, and undated edges: the graph
    as it was known on that day (their statements are not narrowed by it).
    """

    relation_types: frozenset[RelationType] | None = None
    include_negated: bool = False
    min_confidence: float = 0.0
    date_from: str | None = None
    date_to: str | None = None
    document: str | None = None
    as_of: str | None = None

    @property
    def only_negation(self) -> bool:
        """True when the filter asks nothing beyond `include_negated`."""
        return (
            self.relation_types is None
            and self.min_confidence <= 0
            and not self.narrows_statements
            and self.as_of is None
        )

    def selection(self) -> EdgeSelection:
        """What of the filter a store answers inside its database (all but the
        statement-narrowing date and document filters)."""
        return EdgeSelection(
            relation_types=self.relation_types,
            include_negated=self.include_negated,
            min_confidence=self.min_confidence,
            seen_by=self.as_of,
        )

    @property
    def narrows_statements(self) -> bool:
        return self.date_from is not None or self.date_to is not None or self.document is not None

    def statement_passes(self, statement: Statement) -> bool:
        if self.document is not None and statement.document != self.document:
            return False
        if self.date_from is None and self.date_to is None:
            return True
        if not statement.date:
            return False
        low, high = _date_bounds(statement.date)
        if self.date_from is not None and high < self.date_from:
            return False
        return not (self.date_to is not None and low > self.date_to)

    def apply(self, edge: Edge) -> Edge | None:
        """The edge as the filter sees it (statements narrowed), or None if it fails."""
        if edge.negated and not self.include_negated:
            return None
        if self.relation_types is not None and edge.type not in self.relation_types:
            return None
        if edge.confidence < self.min_confidence:
            return None
        if self.as_of is not None:
            first = edge.first_seen
            if first is None or _date_bounds(first)[0] > self.as_of:
                return None
        if not self.narrows_statements:
            return edge
        kept = tuple(s for s in edge.statements if self.statement_passes(s))
        if not kept:
            return None
        if len(kept) == len(edge.statements):
            return edge
        return dataclasses.replace(edge, statements=kept)


def _date_bounds(date: str) -> tuple[str, str]:
    """First and last day of a possibly partial ISO date: "2021" -> 2021-01-01..2021-12-31."""
    day = date[:10]
    if len(day) == 4:
        return f"{day}-01-01", f"{day}-12-31"
    if len(day) == 7:
        return f"{day}-01", f"{day}-31"  # string comparison: "-31" is past any day
    return day, day


def edge_documents(edge: Edge) -> list[str]:
    """The distinct documents of an edge's statements, in first-seen order."""
    return list(dict.fromkeys(s.document for s in edge.statements))


# ----------------------------------------------------------------------- search


@dataclass(frozen=True, slots=True)
class ActorMatches:
    total: int
    items: list[ActorRecord]
    # How the query matched each item (graph/search.py), in the order of `items`;
    # empty without a query.
    matches: list[search.Match] = dataclasses.field(default_factory=list)

    @property
    def fuzzy(self) -> bool:
        """True when every item is only a close spelling (nothing matched as written)."""
        return bool(self.matches) and all(m.kind is search.MatchKind.FUZZY for m in self.matches)


def search_actors(
    store: GraphStore,
    query: str,
    *,
    actor_type: ActorType | None = None,
    offset: int = 0,
    limit: int = 20,
    document_limit: int | None = None,
) -> ActorMatches:
    """The store's search (graph/search.py: exact, prefix, gazetteer alias, substring,
    then close spellings; case- and accent-insensitive), a page of it, and how each
    item matched. Totals are counted up to MAX_MATCHES. Each actor lists its documents,
    all or (`document_limit`) the first, as `GraphStore.search_actors`."""
    query = query.strip()
    found = store.search_page(
        query, actor_type=actor_type, offset=offset, limit=limit, document_limit=document_limit
    )
    page = found.items
    matches: list[search.Match] = []
    if query:
        for actor in page:
            match = search.classify(query, (actor.name, *actor.aliases))
            matches.append(match if match is not None else search.Match(search.MatchKind.FUZZY))
    return ActorMatches(total=min(found.total, MAX_MATCHES), items=page, matches=matches)


# ------------------------------------------------------------------ ego network


class EgoEdge(NamedTuple):
    """An edge of an ego network, seen from its end nearer the centre (`near`):
    `neighbour` is the other end and `direction` says which way the edge points
    from `near` (OUT: near -> neighbour). A NamedTuple: a hub makes thousands."""

    edge: Edge
    near: str
    neighbour: ActorRecord
    direction: Direction
    hops: int  # distance of `near` from the centre (0 for edges at the centre)


@dataclass(frozen=True, slots=True)
class EgoNetwork:
    centre: ActorRecord
    depth: int
    actors: set[str]  # ids of the actors the edges reach, the centre included
    edges: list[EgoEdge]
    truncated: bool = False  # a bound was hit: something is left out


def ego_network(
    store: GraphStore,
    actor_id: str,
    *,
    depth: int = 1,
    direction: Direction = Direction.BOTH,
    edge_filter: EdgeFilter | None = None,
    max_actors: int = MAX_ACTORS,
    max_edges: int = MAX_EDGES_READ,
    evidence_limit: int | None = None,
) -> EgoNetwork:
    """Every edge that passes the filter and is at most `depth` hops from the centre
    (depth 1: the centre's own edges; 2: also its neighbours' edges; ...), following
    edges either way. `direction` applies to the centre's own edges only. Bounded:
    at most `max_actors` actors are expanded and `max_edges` edges read in all.
    Ordered: nearer edges first; among the edges of one actor, strongest (most
    statements) first, in the store's order. Each edge lists its first
    `evidence_limit` statements (`Edge.capped`; None: all), unless the filter narrows
    statements, which needs them all. Raises NotFoundError for an unknown actor."""
    if depth < 1:
        raise ValueError(f"depth must be 1 or more, not {depth}")
    flt = edge_filter or EdgeFilter()
    centre = _centre(store, actor_id)
    budget = _Budget(max_edges)
    reached = {actor_id}
    found: list[EgoEdge] = []
    seen: set[tuple[str, str, RelationType, bool]] = set()
    truncated = False
    frontier = [actor_id]
    # `depth` rounds: edges up to `depth` hops out. Edges among the outermost actors
    # would need one more round, reading every one of them (thousands at depth 3).
    # Discovery order is the documented order, so nothing is sorted afterwards.
    for hop in range(depth):
        last = hop == depth - 1
        next_frontier: list[str] = []
        for node in frontier:
            if budget.spent:
                truncated = True
                break
            connections, cut = _passing_connections(
                store, node, flt, direction if hop == 0 else Direction.BOTH, budget,
                evidence_limit,
            )
            truncated = truncated or cut
            for connection, edge in connections:
                other = connection.neighbour.id
                if other not in reached:
                    # Actors of the last round are not expanded: the edge budget
                    # bounds them. Those to expand are bounded by `max_actors`.
                    if not last:
                        if len(reached) >= max_actors:
                            truncated = True
                            continue
                        next_frontier.append(other)
                    reached.add(other)
                if depth > 1:  # an edge comes up again from its other end
                    eid = (edge.source, edge.target, edge.type, edge.negated)
                    if eid in seen:
                        continue
                    seen.add(eid)
                found.append(EgoEdge(edge, node, connection.neighbour, connection.direction, hop))
        frontier = next_frontier
    return EgoNetwork(centre, depth, reached, found, truncated)


@dataclass(frozen=True, slots=True)
class ConnectionsPage:
    """A page of an actor's ego network (`ego_network` order) and how many edges it has;
    `names` holds the canonical name of every actor the page's edges reach."""

    centre: ActorRecord
    total: int
    edges: list[EgoEdge]
    names: dict[str, str]
    truncated: bool = False


def connections_page(
    store: GraphStore,
    actor_id: str,
    *,
    depth: int = 1,
    direction: Direction = Direction.BOTH,
    edge_filter: EdgeFilter | None = None,
    offset: int = 0,
    limit: int = 50,
    evidence_limit: int | None = 3,
    centre_documents: int | None = None,
) -> ConnectionsPage:
    """A page of `ego_network`, each edge listing its first `evidence_limit` statements
    (None: all; `Edge.capped`). The actor's own edges filtered by type and negation
    only are paged inside the store (`GraphStore.connection_page`: a hub's page reads
    the page); deeper or otherwise filtered views walk the network and cut the page
    from it. The centre lists its first `centre_documents` documents (None: all) and
    counts them all. Raises NotFoundError for an unknown actor."""
    flt = edge_filter or EdgeFilter()
    if depth == 1 and flt.only_negation:
        centre = _centre(store, actor_id, centre_documents)
        page = store.connection_page(
            actor_id,
            relation_types=sorted(flt.relation_types) if flt.relation_types else None,
            direction=direction,
            include_negated=flt.include_negated,
            offset=offset,
            limit=limit,
            evidence_limit=evidence_limit,
        )
        edges = [EgoEdge(c.edge, actor_id, c.neighbour, c.direction, 0) for c in page.items]
        return ConnectionsPage(centre, page.total, edges, _names(centre, edges))
    # A walk reads thousands of edges to return a page of them: it reads their figures
    # only (no statement), and the page's evidence afterwards, edge by edge. A filter
    # that narrows statements needs them all during the walk.
    later = None if flt.narrows_statements else evidence_limit
    network = ego_network(
        store, actor_id, depth=depth, direction=direction, edge_filter=flt,
        evidence_limit=None if later is None else 0,
    )
    start = max(offset, 0)
    edges = [
        e._replace(
            edge=e.edge.capped(evidence_limit)
            if later is None
            else _with_first_statements(store, e.edge, later)
        )
        for e in network.edges[start : start + max(limit, 0)]
    ]
    # Every nearer end is the centre or the neighbour of an edge one hop further in.
    names = _names(network.centre, network.edges)
    centre = first_documents(network.centre, centre_documents)
    return ConnectionsPage(centre, len(network.edges), edges, names, network.truncated)


def _with_first_statements(store: GraphStore, edge: Edge, evidence_limit: int) -> Edge:
    """The edge (read with its figures and maybe a few statements) with its first
    `evidence_limit` statements, as `Edge.capped` gives them."""
    if evidence_limit <= 0 or len(edge.statements) >= min(evidence_limit, edge.count):
        return edge.capped(evidence_limit)
    key = EdgeKey(edge.source, edge.target, edge.type, edge.negated)
    page = store.edge_evidence(key, limit=evidence_limit)
    figures = edge.whole or EdgeFigures(edge.count, edge.first_seen, edge.last_seen)
    whole = figures if figures.count > len(page.items) else None
    return dataclasses.replace(edge, statements=tuple(page.items), whole=whole)


def _centre(
    store: GraphStore, actor_id: str, document_limit: int | None = None
) -> ActorRecord:
    """The actor a network is read around; NotFoundError when the store has none."""
    centre = store.get_actor(actor_id, document_limit=document_limit)
    if centre is None:
        raise NotFoundError(f"no actor with id {actor_id!r}; search for it with GET /actors?q=")
    return centre


def _names(centre: ActorRecord, edges: Iterable[EgoEdge]) -> dict[str, str]:
    names = {centre.id: centre.name}
    names.update((e.neighbour.id, e.neighbour.name) for e in edges)
    return names


class _Budget:
    """How many more edges a query may read from the store."""

    __slots__ = ("left",)

    def __init__(self, edges: int) -> None:
        self.left = edges

    @property
    def spent(self) -> bool:
        return self.left <= 0


def _passing_connections(
    store: GraphStore,
    actor_id: str,
    flt: EdgeFilter,
    direction: Direction,
    budget: _Budget,
    evidence_limit: int | None = None,
) -> tuple[list[tuple[Connection, Edge]], bool]:
    """The actor's connections whose edges pass the filter, each with the edge as
    narrowed by it (statements outside the dates or document removed), and whether
    a bound (per actor, or the query's budget) cut the list short. Each edge lists
    its first `evidence_limit` statements (None: all); a filter that narrows
    statements reads them all. A hub's strongest edges hold most of its statements:
    read whole, a walk of a few of them filled the database's buffer pool."""
    limit = min(MAX_EDGES_PER_ACTOR, budget.left)
    types = sorted(flt.relation_types) if flt.relation_types else None
    connections = store.connection_page(
        actor_id,
        relation_types=types,
        direction=direction,
        include_negated=flt.include_negated,
        limit=limit,
        evidence_limit=None if flt.narrows_statements else evidence_limit,
    ).items
    budget.left -= len(connections)
    cut = len(connections) >= limit
    if flt.only_negation:  # the store applied everything already
        return [(connection, connection.edge) for connection in connections], cut
    passing: list[tuple[Connection, Edge]] = []
    for connection in connections:
        edge = flt.apply(connection.edge)
        if edge is not None:
            passing.append((connection, edge))
    return passing, cut


# ------------------------------------------------------------------------ paths


@dataclass(frozen=True, slots=True)
class PathStep:
    """One hop of a path, from `source` to `target` in path order; `edges` are all
    the edges between the two actors, each with its real direction."""

    source: ActorRecord
    target: ActorRecord
    edges: tuple[Edge, ...]


@dataclass(frozen=True, slots=True)
class Paths:
    source: ActorRecord
    target: ActorRecord
    total: int  # number of shortest paths (not only those on this page)
    items: list[list[PathStep]]
    truncated: bool = False  # a bound stopped the search: "none" is not proof


def shortest_paths(
    store: GraphStore,
    source: str,
    target: str,
    *,
    max_length: int = 4,
    offset: int = 0,
    limit: int = 10,
    edge_filter: EdgeFilter | None = None,
    max_actors: int = MAX_ACTORS,
    max_edges: int = MAX_PATH_EDGES_READ,
    evidence_limit: int | None = None,
) -> Paths:
    """The shortest paths (all of one length, at most `max_length` edges) between two
    actors, following edges either way; a page of them in order of their actor ids,
    and how many there are. None when the actors are not connected within
    `max_length` (or within `max_actors` visited). Each step's edges list their first
    `evidence_limit` statements (None: all; the count and dates are of all). Raises
    NotFoundError for an unknown actor."""
    flt = edge_filter or EdgeFilter()
    records: dict[str, ActorRecord] = {}
    for actor_id in (source, target):
        record = store.get_actor(actor_id)
        if record is None:
            raise NotFoundError(f"no actor with id {actor_id!r}; search for it with GET /actors?q=")
        records[actor_id] = record
    if source == target:
        empty: list[list[PathStep]] = [[]]  # one path of no steps
        return Paths(records[source], records[target], 1, empty[offset : offset + limit])
    budget = _Budget(max_edges)
    truncated = False
    # Without date or document filters, the walk reads edge keys only (no evidence);
    # the edges of the page's steps are read at the end.
    walk_keys = not flt.narrows_statements
    selection = flt.selection()

    # Breadth-first from the source, level by level; `parents` keeps every
    # predecessor on a shortest route, and `links` the edges between each pair.
    parents: dict[str, list[str]] = {source: []}
    links: dict[tuple[str, str], dict[EdgeKey, Edge | None]] = {}
    frontier = [source]
    # The target's own edges, when it has fewer than the per-actor cap: a level with
    # an actor next to the target ends the walk, and its other actors cannot lie on a
    # shortest route, so that level is not read (from a hub, the edges of every actor
    # one hop out).
    closing: dict[str, list[EdgeKey]] | None = None
    if walk_keys:
        target_keys = store.edge_keys(target, selection, limit=MAX_EDGES_PER_ACTOR)
        if len(target_keys) < MAX_EDGES_PER_ACTOR:
            closing = {}
            for key in target_keys:
                other = key.source if key.target == target else key.target
                closing.setdefault(other, []).append(key)
    for _ in range(max_length):
        level: dict[str, list[str]] = {}
        last = [node for node in frontier if closing and node in closing]
        if last and not budget.spent and len(parents) < max_actors:
            for node in last:
                level[target] = [*level.get(target, []), node]
                links[node, target] = dict.fromkeys(closing[node] if closing else ())
            parents.update(level)
            break
        # The level's edge keys in one read, each actor's as `edge_keys` would give
        # it under the budget left at the level's start; cut below as it is spent.
        level_keys = (
            store.edge_keys_of(
                frontier, selection, limit=min(MAX_EDGES_PER_ACTOR, budget.left)
            )
            if walk_keys and not budget.spent
            else {}
        )
        for node in frontier:
            if budget.spent:
                truncated = True
                break
            found: list[tuple[EdgeKey, Edge | None]]
            if walk_keys:
                limit_here = min(MAX_EDGES_PER_ACTOR, budget.left)
                if node not in level_keys:  # left the graph since the last level
                    raise NotFoundError(f"actor {node!r} left the graph while reading paths")
                keys = level_keys[node][:limit_here]
                budget.left -= len(keys)
                cut = len(keys) >= limit_here
                found = [(key, None) for key in keys]
            else:
                connections, cut = _passing_connections(store, node, flt, Direction.BOTH, budget)
                found = []
                # The routes' actors are read whole at the end: a connection's
                # neighbour may come without its document list.
                for _, passing in connections:
                    key = EdgeKey(passing.source, passing.target, passing.type, passing.negated)
                    found.append((key, passing))
            truncated = truncated or cut
            for key, edge in found:
                other = key.target if key.source == node else key.source
                if other in parents:
                    continue
                if other not in level and len(parents) + len(level) >= max_actors:
                    truncated = True
                    continue
                if node not in level.setdefault(other, []):
                    level[other].append(node)
                links.setdefault((node, other), {})[key] = edge
        if not level:
            return Paths(records[source], records[target], 0, [], truncated)
        parents.update(level)
        if target in level:
            break
        frontier = sorted(level)
    else:
        return Paths(records[source], records[target], 0, [], truncated)
    routes = _routes(parents, source, target, offset + limit)[offset:]
    pairs = {pair for route in routes for pair in itertools.pairwise(route)}
    _read_step_edges(store, selection, {pair: links[pair] for pair in pairs}, evidence_limit)
    for actor_id in {a for route in routes for a in route} - records.keys():
        record = store.get_actor(actor_id)
        if record is None:  # deleted since the walk read it
            raise NotFoundError(f"actor {actor_id!r} left the graph while reading paths")
        records[actor_id] = record
    steps = [
        [
            PathStep(
                records[a],
                records[b],
                tuple(
                    sorted(
                        (e.capped(evidence_limit) for e in links[a, b].values() if e),
                        key=_edge_order,
                    )
                ),
            )
            for a, b in itertools.pairwise(route)
        ]
        for route in routes
    ]
    total = _count_routes(parents, target)
    return Paths(records[source], records[target], total, steps, truncated)


def _read_step_edges(
    store: GraphStore,
    selection: EdgeSelection,
    links: dict[tuple[str, str], dict[EdgeKey, Edge | None]],
    evidence_limit: int | None,
) -> None:
    """Fill in the edges (with their first `evidence_limit` statements) that a walk
    over keys left out, one store read per pair of ends and direction."""
    for edges in links.values():
        wanted = {(k.source, k.target) for k, edge in edges.items() if edge is None}
        for ends in sorted(wanted):
            page = store.edge_page(
                dataclasses.replace(selection, ends=ends), limit=MAX_EDGES_PER_ACTOR,
                evidence_limit=evidence_limit,
            )
            for edge in page.items:
                key = EdgeKey(edge.source, edge.target, edge.type, edge.negated)
                if key in edges:
                    edges[key] = edge


def _count_routes(parents: dict[str, list[str]], node: str) -> int:
    """How many shortest routes reach `node` (sum over its parents; the source has one)."""
    counts: dict[str, int] = {}

    def count(current: str) -> int:
        if current not in counts:
            preds = parents[current]
            counts[current] = sum(count(p) for p in preds) if preds else 1
        return counts[current]

    return count(node)


def _routes(parents: dict[str, list[str]], source: str, target: str, limit: int) -> list[list[str]]:
    """The first `limit` actor sequences source..target through the parent links,
    walked depth-first from the target with parents in id order (deterministic)."""
    routes: list[list[str]] = []

    def walk(node: str, tail: list[str]) -> None:
        if len(routes) >= limit:
            return
        if node == source:
            routes.append([source, *tail])
            return
        for parent in sorted(parents[node]):
            walk(parent, [node, *tail])

    walk(target, [])
    return routes


def _edge_order(edge: Edge) -> tuple[int, str, str, str, bool]:
    return (-edge.count, edge.type.value, edge.source, edge.target, edge.negated)


# -------------------------------------------------------------------- relations


@dataclass(frozen=True, slots=True)
class RelationPage:
    total: int
    items: list[Edge]


def relations(
    store: GraphStore,
    *,
    edge_filter: EdgeFilter | None = None,
    offset: int = 0,
    limit: int = 50,
    evidence_limit: int | None = None,
) -> RelationPage:
    """Edges of the whole graph that pass the filter, ordered by source id, target id,
    type, asserted before denied: stable across pages. The store selects, counts and
    pages them (`edge_page`). Date and document filters narrow each edge's statements,
    which the store cannot page by: the selected edges are then read a chunk at a time
    and narrowed here, so the cost grows with the graph, but memory does not. Each
    edge lists its first `evidence_limit` statements (`Edge.capped`; None: all): a
    busy edge's thousands are then not read."""
    flt = edge_filter or EdgeFilter()
    selection = flt.selection()
    if not flt.narrows_statements:
        page = store.edge_page(
            selection, offset=offset, limit=limit, evidence_limit=evidence_limit
        )
        return RelationPage(total=page.total, items=page.items)
    total = 0
    items: list[Edge] = []
    start = 0
    while True:
        chunk = store.edge_page(selection, offset=start, limit=RELATIONS_CHUNK)
        for edge in chunk.items:
            narrowed = flt.apply(edge)
            if narrowed is None:
                continue
            if offset <= total < offset + limit:
                items.append(narrowed.capped(evidence_limit))
            total += 1
        start += RELATIONS_CHUNK
        if start >= chunk.total or not chunk.items:
            return RelationPage(total=total, items=items)


def actor_names(store: GraphStore, edges: Iterable[Edge]) -> dict[str, str]:
    """Canonical name by id of every actor at either end of `edges` (a page of them:
    one read per distinct actor)."""
    ids = dict.fromkeys(i for e in edges for i in (e.source, e.target))
    names: dict[str, str] = {}
    for actor_id in ids:
        record = store.get_actor(actor_id)
        if record is not None:
            names[actor_id] = record.name
    return names


def _filtered(edges: Iterable[Edge], flt: EdgeFilter) -> list[Edge]:
    kept: list[Edge] = []
    for edge in edges:
        narrowed = flt.apply(edge)
        if narrowed is not None:
            kept.append(narrowed)
    return kept


def relation(
    store: GraphStore, source: str, relation_type: RelationType, target: str
) -> tuple[ActorRecord, ActorRecord, list[Edge]]:
    """The edges `source -[type]-> target`: the asserted one and the denied one,
    whichever exist, asserted first. For symmetric types (MEETS_WITH, ...) an edge
    stored the other way round counts too. Raises NotFoundError for an unknown actor
    or when there is no such edge."""
    records: list[ActorRecord] = []
    for actor_id in (source, target):
        record = store.get_actor(actor_id)
        if record is None:
            raise NotFoundError(f"no actor with id {actor_id!r}; search for it with GET /actors?q=")
        records.append(record)
    ends = {(source, target)}
    if relation_type in SYMMETRIC_RELATIONS:
        ends.add((target, source))
    connections: Sequence[Connection] = store.connections(
        source,
        relation_types=[relation_type],
        direction=Direction.BOTH,
        include_negated=True,
        limit=MAX_EDGES_PER_ACTOR,
    )
    edges = sorted(
        {
            (c.edge.source, c.edge.target, c.edge.negated): c.edge
            for c in connections
            if (c.edge.source, c.edge.target) in ends
        }.values(),
        key=lambda e: (e.negated, e.source != source, e.source, e.target),
    )
    if not edges:
        raise NotFoundError(
            f"no {relation_type.value} relation from {source!r} to {target!r}; "
            f"see GET /actors/{source}/connections"
        )
    return records[0], records[1], edges
