"""The interactive explorer: one standalone HTML page drawn with pyvis / vis-network.

The page loads no external file (vis-network's JS and CSS are inlined, no CDN, no
Bootstrap), so it works offline and from a file:// URL. Every piece of text that
came from a document (names, aliases, evidence) is HTML-escaped here, and the data
is embedded with Jinja's `tojson`, which escapes `<`, `>` and `&` so that a name
such as "</script><script>..." cannot break out of the script element.
"""

from __future__ import annotations

import heapq
import html
import math
from collections import deque
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, select_autoescape
from pyvis.network import Network

from actorgraph.domain import RELATION_FAMILIES, SYMMETRIC_RELATIONS, ActorType, RelationType
from actorgraph.graph.merging import edge_key
from actorgraph.graph.models import ActorRecord, Edge, EdgeSelection
from actorgraph.graph.store import GraphStore, NotFoundError
from actorgraph.graph.whole_graph import DateRange, RankedActor
from actorgraph.graph.whole_graph import date_span as _date_span

TEMPLATE_DIR = Path(__file__).parent / "templates"
TEMPLATE_NAME = "explorer.html"

# Colour-blind-friendly (Tableau 10) colours and vis-network shapes per actor type;
# shapes keep the label below the node so that `size` (degree) applies to all.
ACTOR_STYLES: dict[ActorType, tuple[str, str, str]] = {
    # type: (colour, vis shape, legend glyph)
    ActorType.PERSON: ("#4e79a7", "dot", "●"),
    ActorType.ARMED_GROUP: ("#e15759", "triangle", "▲"),
    ActorType.STATE: ("#59a14f", "square", "■"),
    ActorType.GOVERNMENT_BODY: ("#76b7b2", "diamond", "◆"),
    ActorType.ORGANIZATION: ("#f28e2b", "hexagon", "⬢"),
    ActorType.MEDIA: ("#b07aa1", "star", "★"),
    ActorType.FACILITY: ("#9c755f", "triangleDown", "▼"),
    ActorType.LOCATION: ("#9d9d9d", "dot", "◌"),
}
UNKNOWN_STYLE = ("#cccccc", "dot", "●")

FAMILY_COLOURS: dict[str, str] = {
    "hierarchy": "#7f7f7f",
    "cooperation": "#2ca02c",
    "statements": "#e69500",
    "violence": "#d62728",
}
FAMILY_LABELS: dict[str, str] = {
    "hierarchy": "roles and places (leads, member of, part of, located in)",
    "cooperation": "cooperation (backs, allied, cooperates, meets, ceasefire)",
    "statements": "statements (demands, criticizes, opposes, threatens, sanctions, withdraws)",
    "violence": "violence (targets, killed, controls)",
}

# Above this many nodes physics is stopped once the layout has stabilised, and the
# costlier vis-network options are switched off so that the page stays responsive.
LARGE_GRAPH = 100
# Past LARGE_GRAPH the layout gets a bounded amount of work. Measured in headless
# Chromium, one stabilization iteration costs about nodes² (≈7 ms at 500 nodes, 0.3 s
# at 3,300, edges barely count), so iterations shrink as STABILIZATION_WORK / nodes²,
# between these bounds.
STABILIZATION_WORK = 75_000_000
MIN_ITERATIONS, MAX_LARGE_ITERATIONS, MAX_ITERATIONS = 50, 300, 1000
# Past this many drawn actors even MIN_ITERATIONS take many seconds: physics stays
# off and actors are placed on a spiral, the most connected in the middle.
PHYSICS_NODE_LIMIT = 1_500
SPIRAL_SPACING = 45.0
# Edge labels (relation types) only where they do not turn the drawing into noise.
EDGE_LABEL_LIMIT = 60
MAX_EVIDENCE_IN_TOOLTIP = 5
MAX_EVIDENCE_CHARS = 400

RELATION_TYPES_BY_FAMILY: tuple[tuple[str, str, tuple[str, ...]], ...] = tuple(
    (
        family,
        colour,
        tuple(t.value for t in RelationType if RELATION_FAMILIES.get(t, "hierarchy") == family),
    )
    for family, colour in FAMILY_COLOURS.items()
)


@dataclass(frozen=True, slots=True)
class ExplorerPage:
    """Page-level values for the template (passed through pyvis as its `heading`)."""

    title: str
    summary: str
    notice: str | None
    actor_legend: tuple[tuple[str, str, str], ...]
    family_legend: tuple[tuple[str, str], ...]
    config: dict[str, Any] = field(default_factory=dict)
    # (family, colour, relation types) for the filter form's checkboxes.
    relation_families: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    filter_summary: str = "none"
    empty_message: str = "No actors to show yet: ingest some documents first."


@dataclass(frozen=True, slots=True)
class EdgeFilter:
    """Which edges a view draws. The defaults draw every asserted edge, no denied one.

    `types`: only these relation types (None: all). `date_from` / `date_to`: only
    edges with at least one statement dated within the range (both ends included;
    a partial date such as "2021-03" counts if any day of it is in range, an undated
    statement never matches a date range). `include_negated`: also denied edges.
    `as_of`: the graph as known that day: edges first seen after it, and undated
    edges, are not drawn.
    """

    types: frozenset[RelationType] | None = None
    date_from: date | None = None
    date_to: date | None = None
    include_negated: bool = False
    as_of: date | None = None

    def __post_init__(self) -> None:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError(
                f"date_from ({self.date_from}) is after date_to ({self.date_to}); swap them"
            )

    @property
    def dated(self) -> bool:
        return self.date_from is not None or self.date_to is not None

    def keeps(
        self,
        relation: RelationType | None,
        negated: bool,
        dates: Iterable[str],
        first_seen: str | None = None,
    ) -> bool:
        """Whether an edge of this type, negation, statement dates and first date is drawn."""
        if negated and not self.include_negated:
            return False
        if self.types is not None and relation not in self.types:
            return False
        if self.as_of is not None:
            span = _date_span(first_seen) if first_seen else None
            if span is None or span[0] > self.as_of:
                return False
        return not self.dated or any(self._in_range(text) for text in dates)

    def keeps_edge(self, edge: Edge) -> bool:
        dates = (s.date for s in edge.statements if s.date)
        return self.keeps(edge.type, edge.negated, dates, edge.first_seen)

    def selection(self) -> EdgeSelection:
        """What of the filter a store answers on the edges' own properties."""
        return EdgeSelection(
            relation_types=self.types,
            include_negated=self.include_negated,
            seen_by=self.as_of.isoformat() if self.as_of else None,
        )

    def date_range(self) -> DateRange:
        """What of the filter a store answers on the statements' dates."""
        return DateRange(
            self.date_from.isoformat() if self.date_from else None,
            self.date_to.isoformat() if self.date_to else None,
        )

    def _in_range(self, text: str) -> bool:
        span = _date_span(text)
        if span is None:
            return False
        first, last = span
        return (self.date_from is None or last >= self.date_from) and (
            self.date_to is None or first <= self.date_to
        )


def filter_graph(
    graph: nx.MultiDiGraph[str],
    edge_filter: EdgeFilter,
    *,
    keep: Collection[str] = (),
) -> nx.MultiDiGraph[str]:
    """A copy of `graph` with only the edges `edge_filter` keeps.

    Actors that lose every edge to the filter are left out too (a view of TARGETS
    edges should not be a cloud of unconnected dots); actors that had no edge at all,
    and those in `keep` (the focus), stay. Edges are read as the stores write them
    (an `Edge` in the "edge" attribute) or, failing that, from the key ("TYPE" or
    "TYPE:negated") and the attributes "type", "negated" and "dates".
    """
    sub: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    sub.graph.update(graph.graph)
    sub.add_nodes_from(graph.nodes(data=True))
    touched: set[str] = set()
    for u, v, key, data in graph.edges(keys=True, data=True):
        touched.add(u)
        touched.add(v)
        edge = data.get("edge")
        if isinstance(edge, Edge):
            kept = edge_filter.keeps_edge(edge)
        else:
            relation, negated = _relation_of(edge, key, data)
            kept = edge_filter.keeps(
                relation,
                negated,
                (str(d) for d in data.get("dates") or ()),
                data.get("first_seen"),
            )
        if kept:
            sub.add_edge(u, v, key=key, **data)
    keep_set = set(keep)
    sub.remove_nodes_from([n for n in touched if sub.degree(n) == 0 and n not in keep_set])
    return sub


def ego_graph(graph: nx.MultiDiGraph[str], actor_id: str, depth: int = 1) -> nx.MultiDiGraph[str]:
    """The actor and every actor within `depth` hops of it, edges followed either way.

    Unlike `nx.ego_graph(undirected=True)` this does not copy the whole graph into an
    undirected one first, so it stays cheap on a large graph.
    """
    if actor_id not in graph:
        raise NotFoundError(f"no actor with id {actor_id!r}; search for it with GET /actors?q=")
    if depth < 0:
        raise ValueError(f"depth must be 0 or more, not {depth}")
    distances = _distances(graph, actor_id, cutoff=depth)
    sub: nx.MultiDiGraph[str] = graph.subgraph(distances).copy()
    return sub


def neighbourhood_graph(
    store: GraphStore,
    actor_id: str,
    depth: int = 1,
    *,
    max_nodes: int = 500,
    per_actor: int = 200,
    edge_filter: EdgeFilter | None = None,
) -> nx.MultiDiGraph[str]:
    """Like `ego_graph(store.to_networkx(), actor_id, depth)`, read through
    `store.connections_of`, one read per hop for the whole frontier, so that only the
    neighbourhood is fetched, not the whole graph. Stops adding actors at `max_nodes`
    and reads at most `per_actor` (the strongest) edges of each actor; the graph
    attribute "truncated" says whether anything was left out. Raises NotFoundError
    for an unknown actor.

    With `edge_filter`, hops follow only the edges it keeps: the result equals
    `ego_graph(filter_graph(whole, edge_filter, keep={actor_id}), actor_id, depth)`.
    """
    if depth < 0:
        raise ValueError(f"depth must be 0 or more, not {depth}")
    root = store.get_actor(actor_id)
    if root is None:
        raise NotFoundError(f"no actor with id {actor_id!r}; search for it with GET /actors?q=")
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    _add_actor(graph, root)
    truncated = False
    wanted_types = sorted(edge_filter.types) if edge_filter and edge_filter.types else None
    frontier = [actor_id]
    # One more round than `depth`: it only adds the edges among the outermost actors.
    for hop in range(depth + 1):
        next_frontier: list[str] = []
        # Types and negation are filtered by the store, so that `per_actor` is spent
        # on edges that can be drawn; dates only here (the store has no date filter).
        # A date filter needs every statement's date; otherwise the tooltip's
        # statements are all the page shows of an edge.
        level = store.connections_of(
            frontier,
            relation_types=wanted_types,
            include_negated=edge_filter.include_negated if edge_filter else True,
            limit=per_actor,
            evidence_limit=(
                None if edge_filter is not None and edge_filter.dated
                else MAX_EVIDENCE_IN_TOOLTIP
            ),
            # The last round adds no actor: only the edges among those drawn are read.
            within=frozenset(graph.nodes) if hop == depth else None,
        )
        # The frontier's order decides which actors fit under `max_nodes`.
        for node in frontier:
            if node not in level:  # left the graph since the last hop
                raise NotFoundError(f"actor {node!r} left the graph while its page was read")
            page = level[node]
            # Its first `per_actor` connections were all it had, or a cut.
            truncated = truncated or page.total >= per_actor
            for connection in page.items:
                if edge_filter is not None and not edge_filter.keeps_edge(connection.edge):
                    continue
                neighbour = connection.neighbour.id
                if neighbour not in graph:
                    if hop == depth:
                        continue
                    if graph.number_of_nodes() >= max_nodes:
                        truncated = True
                        continue
                    _add_actor(graph, connection.neighbour)
                    next_frontier.append(neighbour)
                edge = connection.edge
                key = edge.type.value + (":negated" if edge.negated else "")
                graph.add_edge(edge.source, edge.target, key=key, edge=edge)
        frontier = next_frontier
    graph.graph["truncated"] = truncated
    return graph


def _add_actor(graph: nx.MultiDiGraph[str], actor: ActorRecord) -> None:
    graph.add_node(actor.id, name=actor.name, type=actor.type.value, aliases=list(actor.aliases))


def render_explorer(
    graph: nx.MultiDiGraph[str],
    *,
    title: str,
    focus: str | None = None,
    max_nodes: int = 500,
    max_edges: int = 5_000,
    api_base: str | None = None,
    edge_filter: EdgeFilter | None = None,
    depth: int | None = None,
) -> str:
    """A complete standalone HTML page showing `graph`.

    `focus` (an actor id) is selected and centred when the page opens, and decides
    which actors are kept when the graph has more than `max_nodes` (its nearest
    neighbourhood; otherwise the highest-degree actors). Of the edges among them at
    most `max_edges` are drawn, those with the most statements (each edge carries its
    evidence into the page, so edges, not actors, decide its size). `api_base`, when not None,
    is the URL prefix of the REST API ("" when it is served at the root): the page
    then links a selected actor to its API lookups, a double click opens its
    neighbourhood page (`{api_base}/explorer/{actor_id}`), and the filter form
    reloads the page with the chosen query parameters. `edge_filter` is applied
    here (None: every edge, denied ones too) and shown in the form; `depth` is the
    neighbourhood depth to show in the form (None: a whole-graph page).
    """
    if max_nodes < 1:
        raise ValueError(f"max_nodes must be at least 1, not {max_nodes}")
    if max_edges < 0:
        raise ValueError(f"max_edges must be 0 or more, not {max_edges}")
    if focus is not None and focus not in graph:
        focus = None
    total_before_filter = graph.number_of_nodes()
    if edge_filter is not None:
        graph = filter_graph(graph, edge_filter, keep=[focus] if focus is not None else [])
    total = graph.number_of_nodes()
    degrees: dict[str, int] = dict(graph.degree())
    kept = _select_nodes(graph, degrees, focus=focus, max_nodes=max_nodes)
    kept_set = set(kept)
    edges = [
        (u, v, key, data)
        for u, v, key, data in graph.edges(keys=True, data=True)
        if u in kept_set and v in kept_set
    ]
    edges_among_kept = len(edges)
    if edges_among_kept > max_edges:
        strongest = set(
            heapq.nlargest(max_edges, range(edges_among_kept), key=lambda i: _support(edges[i][3]))
        )
        edges = [e for i, e in enumerate(edges) if i in strongest]
    return _page(
        graph,
        kept,
        degrees,
        edges,
        edges_among_kept=edges_among_kept,
        total=total,
        total_before_filter=total_before_filter,
        title=title,
        focus=focus,
        api_base=api_base,
        edge_filter=edge_filter,
        depth=depth,
    )


def whole_graph_page(
    store: GraphStore,
    *,
    title: str,
    max_nodes: int = 500,
    max_edges: int = 5_000,
    api_base: str | None = None,
    edge_filter: EdgeFilter | None = None,
) -> str:
    """`render_explorer(store.to_networkx(), ...)` without a focus, read through the
    store: it ranks the actors by their kept edges and returns the first `max_nodes`,
    then the strongest `max_edges` edges among them, each with its figures and the
    statements its tooltip lists; no other edge or statement leaves the store. The
    page is the same."""
    if max_nodes < 1:
        raise ValueError(f"max_nodes must be at least 1, not {max_nodes}")
    if max_edges < 0:
        raise ValueError(f"max_edges must be 0 or more, not {max_edges}")
    shown = edge_filter if edge_filter is not None else EdgeFilter(include_negated=True)
    selection, dates = shown.selection(), shown.date_range()
    ranking = store.top_actors(selection, dates, limit=max_nodes)
    # A page that holds every actor lists them by id, as the whole graph does.
    top = ranking.top if ranking.kept > max_nodes else sorted(ranking.top, key=lambda a: a.id)
    among = store.edges_among(
        [a.id for a in top], selection, dates, limit=max_edges,
        evidence_limit=MAX_EVIDENCE_IN_TOOLTIP,
    )
    # Edges in the whole graph's order: actors by id, then target, type, negation.
    graph = _ranked_graph(sorted(top, key=lambda a: a.id), among.items)
    edges = [(u, v, key, data) for u, v, key, data in graph.edges(keys=True, data=True)]
    return _page(
        graph,
        [a.id for a in top],
        {a.id: a.degree for a in top},
        edges,
        edges_among_kept=among.total,
        total=ranking.kept,
        total_before_filter=ranking.actors,
        title=title,
        focus=None,
        api_base=api_base,
        edge_filter=edge_filter,
        depth=None,
    )


def _ranked_graph(actors: list[RankedActor], edges: list[Edge]) -> nx.MultiDiGraph[str]:
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for actor in actors:
        graph.add_node(actor.id, name=actor.name, type=actor.type, aliases=list(actor.aliases))
    for edge in edges:
        graph.add_edge(edge.source, edge.target, key=edge_key(edge.type, edge.negated), edge=edge)
    return graph


_EdgeRow = tuple[str, str, str, dict[str, Any]]


def _page(
    graph: nx.MultiDiGraph[str],
    kept: list[str],
    degrees: Mapping[str, int],
    edges: list[_EdgeRow],
    *,
    edges_among_kept: int,
    total: int,
    total_before_filter: int,
    title: str,
    focus: str | None,
    api_base: str | None,
    edge_filter: EdgeFilter | None,
    depth: int | None,
) -> str:
    """The page of the `kept` actors (in drawing order) and the chosen `edges` among
    them; `total` actors and `edges_among_kept` edges were left after the filter."""
    large = len(kept) > LARGE_GRAPH

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line", heading="")
    for node in kept:
        net.add_node(node, **_node_options(node, graph.nodes[node], degrees.get(node, 0)))
    if len(kept) > PHYSICS_NODE_LIMIT:
        _place_on_spiral(net.nodes, degrees)

    edge_labels = len(edges) <= EDGE_LABEL_LIMIT
    pair_counts: dict[frozenset[str], int] = {}
    for u, v, key, data in edges:
        pair = frozenset((u, v))
        nth = pair_counts.get(pair, 0)
        pair_counts[pair] = nth + 1
        options = _edge_options(graph, u, v, key, data, nth=nth, label=edge_labels)
        # Appended directly: Network.add_edge checks node ids against a list, which is
        # O(nodes) per edge; the ids here are known to be in the network.
        net.edges.append({"from": u, "to": v, **options})

    net.options = _vis_options(large=large, nodes=len(kept))
    notice = None
    if graph.graph.get("truncated") and len(kept) == total:
        notice = (
            f"Showing {len(kept):,} actors: the neighbourhood has more connections than "
            "one page draws."
        )
    if len(kept) < total:
        how = (
            "the selected actor's nearest neighbourhood"
            if focus is not None
            else "the most connected actors"
        )
        notice = (
            f"Showing {len(kept):,} of {total:,} actors ({how}). "
            "Open an actor's neighbourhood to see the rest."
        )
    if len(kept) > PHYSICS_NODE_LIMIT:
        notice = (notice + " " if notice else "") + (
            f"More than {PHYSICS_NODE_LIMIT:,} actors: placed on a spiral by number of "
            "edges instead of a force layout."
        )
    if len(edges) < edges_among_kept:
        notice = (notice + " " if notice else "") + (
            f"Showing the {len(edges):,} best-supported of {edges_among_kept:,} edges "
            "among them; filter by relation type or date to see others."
        )
    net.heading = ExplorerPage(
        title=title,
        summary=f"{len(kept):,} actors, {len(edges):,} edges",
        notice=notice,
        actor_legend=tuple(
            (actor_type.value.replace("_", " ").lower(), colour, glyph)
            for actor_type, (colour, _shape, glyph) in ACTOR_STYLES.items()
        ),
        family_legend=tuple(
            (FAMILY_LABELS[family], colour) for family, colour in FAMILY_COLOURS.items()
        ),
        config={
            "focus": focus,
            "apiBase": api_base.rstrip("/") if api_base is not None else None,
            "large": large,
            "filters": _filter_state(edge_filter, depth),
        },
        relation_families=RELATION_TYPES_BY_FAMILY,
        filter_summary=describe_filter(edge_filter),
        empty_message=(
            "No actors to show yet: ingest some documents first."
            if edge_filter is None or total_before_filter == 0
            else "No edges match these filters: widen them or reset."
        ),
    )
    # generate_html renders `net.path` from `net.templateEnv`; ours can also include
    # pyvis's bundled vis-network files, and autoescapes everything else.
    net.templateEnv = _environment()
    net.path = TEMPLATE_NAME
    page: str = net.generate_html()
    return page


def describe_filter(edge_filter: EdgeFilter | None) -> str:
    """The filter in words, e.g. "TARGETS, KILLED; 2021-03-01 to any date; no denied"."""
    if edge_filter is None:
        return "none (all edges, denied ones too)"
    parts = []
    if edge_filter.types is not None:
        parts.append(", ".join(t.value for t in RelationType if t in edge_filter.types))
    if edge_filter.dated:
        start = edge_filter.date_from.isoformat() if edge_filter.date_from else "any date"
        end = edge_filter.date_to.isoformat() if edge_filter.date_to else "any date"
        parts.append(f"{start} to {end}")
    if edge_filter.as_of is not None:
        parts.append(f"as of {edge_filter.as_of.isoformat()}")
    parts.append("denied statements shown" if edge_filter.include_negated else "no denied")
    return "; ".join(parts)


def _filter_state(edge_filter: EdgeFilter | None, depth: int | None) -> dict[str, Any]:
    """What the filter form shows: the filter this page was drawn with."""
    shown = edge_filter if edge_filter is not None else EdgeFilter(include_negated=True)
    return {
        "types": sorted(t.value for t in shown.types) if shown.types is not None else None,
        "dateFrom": shown.date_from.isoformat() if shown.date_from else None,
        "dateTo": shown.date_to.isoformat() if shown.date_to else None,
        "includeNegated": shown.include_negated,
        "depth": depth,
    }


@lru_cache(maxsize=1)
def _environment() -> Environment:
    import pyvis

    pyvis_templates = Path(pyvis.__file__).parent / "templates"
    return Environment(
        loader=ChoiceLoader([FileSystemLoader(TEMPLATE_DIR), FileSystemLoader(pyvis_templates)]),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )


def _distances(
    graph: nx.MultiDiGraph[str], source: str, *, cutoff: int | None = None
) -> dict[str, int]:
    """Hop distances from `source`, following edges in both directions."""
    distances = {source: 0}
    queue = deque([source])
    while queue:
        node = queue.popleft()
        hops = distances[node]
        if cutoff is not None and hops >= cutoff:
            continue
        for neighbour in _neighbours(graph, node):
            if neighbour not in distances:
                distances[neighbour] = hops + 1
                queue.append(neighbour)
    return distances


def _neighbours(graph: nx.MultiDiGraph[str], node: str) -> Iterable[str]:
    yield from graph.successors(node)
    yield from graph.predecessors(node)


def _select_nodes(
    graph: nx.MultiDiGraph[str],
    degrees: Mapping[str, int],
    *,
    focus: str | None,
    max_nodes: int,
) -> list[str]:
    if graph.number_of_nodes() <= max_nodes:
        return list(graph.nodes)
    if focus is not None:
        distances = _distances(graph, focus)
        far = math.inf
        return heapq.nsmallest(
            max_nodes,
            graph.nodes,
            key=lambda n: (distances.get(n, far), -degrees.get(n, 0), str(n)),
        )
    return heapq.nsmallest(max_nodes, graph.nodes, key=lambda n: (-degrees.get(n, 0), str(n)))


def _actor_type(value: object) -> ActorType | None:
    try:
        return ActorType(str(value))
    except ValueError:
        return None


def _node_options(node: str, data: Mapping[str, Any], degree: int) -> dict[str, Any]:
    name = str(data.get("name") or node)
    actor_type = _actor_type(data.get("type"))
    colour, shape, _glyph = ACTOR_STYLES[actor_type] if actor_type else UNKNOWN_STYLE
    aliases = [str(a) for a in data.get("aliases") or () if str(a) != name]
    type_text = actor_type.value if actor_type else "unknown type"
    lines = [
        f"<b>{_esc(name)}</b>",
        f"<i>{_esc(type_text)}</i> · {degree} edge{'s' if degree != 1 else ''}",
    ]
    if aliases:
        lines.append("also: " + ", ".join(_esc(a) for a in aliases[:12]))
    lines.append(f"<small>id: {_esc(str(node))}</small>")
    options: dict[str, Any] = {
        "label": name,
        "title": "<br>".join(lines),
        "color": colour,
        "shape": shape,
        "size": round(10 + 6 * math.sqrt(degree), 1),
        # Not vis's "group": pyvis drops the node colour when a group is given.
        "actorType": type_text,
        "name": name,
        "aliases": aliases,
    }
    if actor_type is ActorType.LOCATION:
        options["shapeProperties"] = {"borderDashes": [4, 3]}
    return options


def _edge_options(
    graph: nx.MultiDiGraph[str],
    u: str,
    v: str,
    key: str,
    data: Mapping[str, Any],
    *,
    nth: int,
    label: bool,
) -> dict[str, Any]:
    edge = data.get("edge")
    if isinstance(edge, Edge):
        # What the page carries of an edge: its figures and the statements its tooltip
        # lists. A store reads no more than that (see whole_graph_page).
        edge = edge.capped(MAX_EVIDENCE_IN_TOOLTIP)
    relation, negated = _relation_of(edge, key, data)
    family = RELATION_FAMILIES.get(relation, "hierarchy") if relation else "hierarchy"
    colour = FAMILY_COLOURS[family]
    type_text = relation.value if relation else str(key).split(":")[0]
    symmetric = relation in SYMMETRIC_RELATIONS
    options: dict[str, Any] = {
        "title": _edge_title(graph, u, v, type_text, negated, edge),
        # Same colour when highlighted: the family stays readable next to a selected actor.
        "color": {
            "color": colour,
            "highlight": colour,
            "hover": colour,
            "opacity": 0.45 if negated else 0.9,
            "inherit": False,
        },
        "arrows": "" if symmetric else "to",
        "dashes": negated,
        "width": 1 + min(4.0, math.log2(edge.count)) if isinstance(edge, Edge) else 1,
        "relation": type_text,
        "family": family,
        "negated": negated,
        # [first day, last day] of each dated statement, for the page's time slider.
        "dates": _statement_spans(edge, data),
    }
    if nth:
        # Parallel edges between one pair curve away from each other instead of overlapping.
        options["smooth"] = {
            "enabled": True,
            "type": "curvedCW" if nth % 2 else "curvedCCW",
            "roundness": 0.15 * ((nth + 1) // 2),
        }
    if label:
        options["label"] = type_text.lower() + (" (denied)" if negated else "")
    return options


def _statement_spans(edge: object, data: Mapping[str, Any]) -> list[list[str]]:
    """[first day, last day] of each dated statement of the edge; for an edge listing
    only some of its statements (`Edge.whole`), one span from the first day of its
    first date to the last day of its last: the slider then keeps it over the whole
    period it was seen, where its other statements' dates are not on the page."""
    if isinstance(edge, Edge) and edge.whole is not None:
        return _seen_span(edge.whole.first_seen, edge.whole.last_seen)
    if isinstance(edge, Edge):
        texts = [s.date for s in edge.statements if s.date]
    else:
        texts = [str(d) for d in data.get("dates") or ()]
    spans = {span for span in map(_date_span, texts) if span is not None}
    return [[first.isoformat(), last.isoformat()] for first, last in sorted(spans)]


def _seen_span(first_seen: str | None, last_seen: str | None) -> list[list[str]]:
    spans = [span for span in map(_date_span, (first_seen or "", last_seen or "")) if span]
    if not spans:
        return []
    first, last = min(s[0] for s in spans), max(s[1] for s in spans)
    return [[first.isoformat(), last.isoformat()]]


def _relation_of(
    edge: object, key: str, data: Mapping[str, Any]
) -> tuple[RelationType | None, bool]:
    if isinstance(edge, Edge):
        return edge.type, edge.negated
    raw = str(data.get("type") or key)
    name, _, suffix = raw.partition(":")
    try:
        relation: RelationType | None = RelationType(name)
    except ValueError:
        relation = None
    return relation, bool(data.get("negated", suffix == "negated"))


def _edge_title(
    graph: nx.MultiDiGraph[str],
    u: str,
    v: str,
    type_text: str,
    negated: bool,
    edge: object,
) -> str:
    source = str(graph.nodes[u].get("name") or u)
    target = str(graph.nodes[v].get("name") or v)
    head = f"<b>{_esc(source)}</b> {_esc(type_text)} <b>{_esc(target)}</b>"
    if negated:
        head += " <i>(denied: a negated statement, not an asserted edge)</i>"
    lines = [head]
    if not isinstance(edge, Edge):
        return "<br>".join(lines)
    first, last = edge.first_seen, edge.last_seen
    if first and last and first != last:
        lines.append(f"dates: {_esc(first)} to {_esc(last)}")
    elif first:
        lines.append(f"date: {_esc(first)}")
    facts = f"{edge.count} statement{'s' if edge.count != 1 else ''}"
    facts += f" · confidence {edge.confidence:.2f}"
    if edge.cameo:
        facts += f" · CAMEO {_esc(edge.cameo)}"
    lines.append(facts)
    items = []
    for statement in edge.statements[:MAX_EVIDENCE_IN_TOOLTIP]:
        text = statement.text
        if len(text) > MAX_EVIDENCE_CHARS:
            text = text[: MAX_EVIDENCE_CHARS - 1] + "…"
        where = _esc(statement.document)
        if statement.date:
            where += f", {_esc(statement.date)}"
        if statement.state:
            where += f", {_esc(statement.state)}"
        items.append(f"<li>“{_esc(text)}” <small>({where})</small></li>")
    more = edge.count - min(len(edge.statements), MAX_EVIDENCE_IN_TOOLTIP)
    if more > 0:
        items.append(f"<li><small>and {more} more</small></li>")
    if items:
        lines.append("<ul>" + "".join(items) + "</ul>")
    return "<br>".join(lines)


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _support(data: Mapping[str, Any]) -> tuple[int, float]:
    edge = data.get("edge")
    return (edge.count, edge.confidence) if isinstance(edge, Edge) else (1, 0.0)


def stabilization_iterations(nodes: int) -> int:
    """Layout iterations for a page: full for small pages, bounded work for large ones,
    none past PHYSICS_NODE_LIMIT."""
    if nodes > PHYSICS_NODE_LIMIT:
        return 0
    if nodes <= LARGE_GRAPH:
        return MAX_ITERATIONS
    bounded = STABILIZATION_WORK // (nodes * nodes)
    return max(MIN_ITERATIONS, min(MAX_LARGE_ITERATIONS, bounded))


def _place_on_spiral(nodes: list[dict[str, Any]], degrees: Mapping[str, int]) -> None:
    """Fixed positions on a sunflower spiral, most connected actors in the middle: a
    layout that costs nothing in the browser, for pages too big for the physics."""
    golden_angle = math.pi * (3 - math.sqrt(5))
    ranked = sorted(nodes, key=lambda n: (-degrees.get(n["id"], 0), str(n["id"])))
    for rank, node in enumerate(ranked):
        radius = SPIRAL_SPACING * math.sqrt(rank)
        node["x"] = round(radius * math.cos(rank * golden_angle), 1)
        node["y"] = round(radius * math.sin(rank * golden_angle), 1)


def _vis_options(*, large: bool, nodes: int) -> dict[str, Any]:
    iterations = stabilization_iterations(nodes)
    return {
        "nodes": {"font": {"size": 14, "face": "sans-serif"}, "borderWidth": 1},
        "edges": {
            "smooth": {"enabled": not large, "type": "continuous"},
            "arrows": {"to": {"scaleFactor": 0.6}},
            "font": {"size": 9, "align": "middle"},
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "keyboard": {"enabled": True, "bindToWindow": False},
        },
        "physics": {
            "enabled": iterations > 0,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120},
            "stabilization": {
                "enabled": iterations > 0,
                "iterations": iterations,
                "fit": True,
            },
        },
        # The improved layout clusters first, which gets slow on several hundred nodes.
        "layout": {"improvedLayout": not large, "randomSeed": 1},  # same page, same drawing
    }
