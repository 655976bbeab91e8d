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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, select_autoescape
from pyvis.network import Network

from actorgraph.domain import RELATION_FAMILIES, SYMMETRIC_RELATIONS, ActorType, RelationType
from actorgraph.graph.models import ActorRecord, Edge
from actorgraph.graph.store import GraphStore, NotFoundError

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
# Edge labels (relation types) only where they do not turn the drawing into noise.
EDGE_LABEL_LIMIT = 60
MAX_EVIDENCE_IN_TOOLTIP = 5
MAX_EVIDENCE_CHARS = 400


@dataclass(frozen=True, slots=True)
class ExplorerPage:
    """Page-level values for the template (passed through pyvis as its `heading`)."""

    title: str
    summary: str
    notice: str | None
    actor_legend: tuple[tuple[str, str, str], ...]
    family_legend: tuple[tuple[str, str], ...]
    config: dict[str, Any] = field(default_factory=dict)


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
) -> nx.MultiDiGraph[str]:
    """Like `ego_graph(store.to_networkx(), actor_id, depth)`, read through
    `store.connections` so that only the neighbourhood is fetched, not the whole
    graph. Stops adding actors at `max_nodes` and reads at most `per_actor` (the
    strongest) edges of each actor; the graph attribute "truncated" says whether
    anything was left out. Raises NotFoundError for an unknown actor."""
    if depth < 0:
        raise ValueError(f"depth must be 0 or more, not {depth}")
    root = store.get_actor(actor_id)
    if root is None:
        raise NotFoundError(f"no actor with id {actor_id!r}; search for it with GET /actors?q=")
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    _add_actor(graph, root)
    truncated = False
    frontier = [actor_id]
    # One more round than `depth`: it only adds the edges among the outermost actors.
    for hop in range(depth + 1):
        next_frontier: list[str] = []
        for node in frontier:
            connections = store.connections(node, include_negated=True, limit=per_actor)
            truncated = truncated or len(connections) >= per_actor
            for connection in connections:
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
    api_base: str = "",
) -> str:
    """A complete standalone HTML page showing `graph`.

    `focus` (an actor id) is selected and centred when the page opens, and decides
    which actors are kept when the graph has more than `max_nodes` (its nearest
    neighbourhood; otherwise the highest-degree actors). `api_base`, when not empty,
    is the URL prefix of the REST API: a double click on an actor then opens its
    neighbourhood page (`{api_base}/explorer/{actor_id}`).
    """
    if max_nodes < 1:
        raise ValueError(f"max_nodes must be at least 1, not {max_nodes}")
    if focus is not None and focus not in graph:
        focus = None
    total = graph.number_of_nodes()
    degrees: dict[str, int] = dict(graph.degree())
    kept = _select_nodes(graph, degrees, focus=focus, max_nodes=max_nodes)
    kept_set = set(kept)
    large = len(kept) > LARGE_GRAPH

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line", heading="")
    for node in kept:
        net.add_node(node, **_node_options(node, graph.nodes[node], degrees.get(node, 0)))

    edges = [
        (u, v, key, data)
        for u, v, key, data in graph.edges(keys=True, data=True)
        if u in kept_set and v in kept_set
    ]
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

    net.options = _vis_options(large=large)
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
            "apiBase": api_base.rstrip("/") if api_base else None,
            "large": large,
        },
    )
    # generate_html renders `net.path` from `net.templateEnv`; ours can also include
    # pyvis's bundled vis-network files, and autoescapes everything else.
    net.templateEnv = _environment()
    net.path = TEMPLATE_NAME
    page: str = net.generate_html()
    return page


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
    relation, negated = _relation_of(edge, key, data)
    family = RELATION_FAMILIES.get(relation, "hierarchy") if relation else "hierarchy"
    colour = FAMILY_COLOURS[family]
    type_text = relation.value if relation else str(key).split(":")[0]
    symmetric = relation in SYMMETRIC_RELATIONS
    options: dict[str, Any] = {
        "title": _edge_title(graph, u, v, type_text, negated, edge),
        "color": {"color": colour, "opacity": 0.45 if negated else 0.9, "inherit": False},
        "arrows": "" if symmetric else "to",
        "dashes": negated,
        "width": 1 + min(4.0, math.log2(edge.count)) if isinstance(edge, Edge) else 1,
        "relation": type_text,
        "family": family,
        "negated": negated,
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
    more = len(edge.statements) - MAX_EVIDENCE_IN_TOOLTIP
    if more > 0:
        items.append(f"<li><small>and {more} more</small></li>")
    if items:
        lines.append("<ul>" + "".join(items) + "</ul>")
    return "<br>".join(lines)


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _vis_options(*, large: bool) -> dict[str, Any]:
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
            "keyboard": {"enabled": True, "bindToWindow": False},
        },
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120},
            "stabilization": {"enabled": True, "iterations": 300 if large else 1000, "fit": True},
        },
        # The improved layout clusters first, which gets slow on several hundred nodes.
        "layout": {"improvedLayout": not large},
    }
