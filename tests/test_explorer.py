"""The explorer page as text: self-contained, escaped, capped, styled by type."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
import pyvis
from fastapi.testclient import TestClient

from actorgraph.api import create_app
from actorgraph.domain import ActorType, RelationType
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.explorer import (
    ACTOR_STYLES,
    FAMILY_COLOURS,
    LARGE_GRAPH,
    MAX_ITERATIONS,
    MAX_LARGE_ITERATIONS,
    MIN_ITERATIONS,
    PHYSICS_NODE_LIMIT,
    EdgeFilter,
    describe_filter,
    ego_graph,
    filter_graph,
    neighbourhood_graph,
    render_explorer,
    stabilization_iterations,
)
from actorgraph.graph.models import Edge, Statement
from actorgraph.graph.store import NotFoundError

EVIL = "<script>alert(1)</script>"
BREAKOUT = "</script><script>alert(2)</script>"
VIS_JS = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"


def edge(
    source: str,
    target: str,
    relation: RelationType,
    *texts: str,
    negated: bool = False,
    dates: tuple[str | None, ...] = (),
) -> Edge:
    statements = tuple(
        Statement(
            document=f"doc-{i}.txt",
            text=text,
            start=0,
            end=len(text),
            date=dates[i] if i < len(dates) else None,
            negated=negated,
        )
        for i, text in enumerate(texts)
    )
    return Edge(source, target, relation, negated, statements, confidence=0.7, cameo="19")


def add(graph: nx.MultiDiGraph[str], e: Edge) -> None:
    key = e.type.value + (":negated" if e.negated else "")
    graph.add_edge(e.source, e.target, key=key, edge=e)


def small_graph() -> nx.MultiDiGraph[str]:
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    graph.add_node("brigade", name="Crimson Brigade", type="ARMED_GROUP", aliases=["the Brigade"])
    graph.add_node("haddad", name="Omar Haddad", type="PERSON", aliases=["Haddad"])
    graph.add_node("airbase", name="Northgate airbase", type="FACILITY", aliases=[])
    graph.add_node("valdoria", name="Valdoria", type="STATE", aliases=[])
    graph.add_node("ostrava", name="Ostrava", type="STATE", aliases=[])
    graph.add_node("evil", name=EVIL, type="ARMED_GROUP", aliases=[BREAKOUT])
    add(graph, edge("haddad", "brigade", RelationType.LEADS, "Omar Haddad leads the Brigade."))
    add(
        graph,
        edge(
            "brigade",
            "airbase",
            RelationType.TARGETS,
            "The Brigade shelled the Northgate airbase.",
            "The airbase was hit again by the Brigade.",
            dates=("2021-03-02", "2021-03-09"),
        ),
    )
    add(
        graph,
        edge(
            "brigade",
            "airbase",
            RelationType.CONTROLS,
            "The Brigade now holds the airbase.",
        ),
    )
    add(
        graph,
        edge(
            "brigade",
            "valdoria",
            RelationType.TARGETS,
            "The Brigade denied attacking Valdoria.",
            negated=True,
        ),
    )
    add(graph, edge("valdoria", "ostrava", RelationType.CEASEFIRE_WITH, "They agreed a truce."))
    add(graph, edge("evil", "airbase", RelationType.TARGETS, f"{EVIL} struck.{BREAKOUT}"))
    return graph


def star_graph(leaves: int) -> nx.MultiDiGraph[str]:
    """A hub with `leaves` spokes, plus a chain hanging off leaf 0."""
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    graph.add_node("hub", name="Hub", type="STATE")
    for i in range(leaves):
        graph.add_node(f"leaf{i}", name=f"Leaf {i}", type="PERSON")
        add(graph, edge("hub", f"leaf{i}", RelationType.BACKS, "Hub backs a leaf."))
    graph.add_node("far1", name="Far one", type="LOCATION")
    graph.add_node("far2", name="Far two", type="LOCATION")
    add(graph, edge("leaf0", "far1", RelationType.LOCATED_IN, "Leaf 0 is in Far one."))
    add(graph, edge("far1", "far2", RelationType.LOCATED_IN, "Far one is in Far two."))
    return graph


def embedded(page: str, variable: str) -> list[dict[str, Any]]:
    """The nodes or edges array the page hands to vis.DataSet."""
    match = re.search(rf"var {variable} = new vis\.DataSet\((\[.*?\])\.map\(", page, re.S)
    assert match, f"no {variable} data in the page"
    data: list[dict[str, Any]] = json.loads(match.group(1))
    return data


@pytest.fixture(scope="module")
def page() -> str:
    return render_explorer(small_graph(), title="Test <page>", focus="brigade")


def test_page_loads_no_external_file(page: str) -> None:
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert "<link" not in page
    assert not re.search(r"<script[^>]*\bsrc\b", page, re.I)
    assert "@import" not in page
    assert "bootstrap" not in page.lower()


def test_vis_network_is_inlined(page: str) -> None:
    library = VIS_JS.read_text(encoding="utf-8")
    assert library[-2000:] in page
    assert "new vis.Network(" in page


def test_page_is_a_complete_document(page: str) -> None:
    assert page.lstrip().lower().startswith("<!doctype html>")
    assert page.rstrip().endswith("</html>")
    assert "<title>Test &lt;page&gt;</title>" in page


def test_document_text_is_escaped(page: str) -> None:
    assert EVIL not in page
    assert BREAKOUT not in page
    assert "alert(1)" in page  # the name is there, but only as escaped text
    # Only the page's own two script elements exist: vis-network and the page script
    # (the library itself mentions "<script>" in a string, hence it is taken out).
    assert page.count("</script") == 2
    own = page.replace(VIS_JS.read_text(encoding="utf-8"), "")
    assert own.count("<script") == 2


def test_titles_are_escaped_html(page: str) -> None:
    nodes = {n["id"]: n for n in embedded(page, "nodes")}
    assert nodes["evil"]["label"] == EVIL  # canvas text, drawn as is
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in nodes["evil"]["title"]
    assert "<script" not in nodes["evil"]["title"]
    assert "&lt;/script&gt;&lt;script&gt;" in nodes["evil"]["title"]  # the alias
    edges = embedded(page, "edges")
    evil_edge = next(e for e in edges if e["from"] == "evil")
    assert "<script" not in evil_edge["title"]
    assert "&lt;/script&gt;&lt;script&gt;alert(2)" in evil_edge["title"]


def test_node_titles_and_style(page: str) -> None:
    nodes = {n["id"]: n for n in embedded(page, "nodes")}
    assert set(nodes) == {"brigade", "haddad", "airbase", "valdoria", "ostrava", "evil"}
    brigade = nodes["brigade"]
    colour, shape, _glyph = ACTOR_STYLES[ActorType.ARMED_GROUP]
    assert (brigade["color"], brigade["shape"]) == (colour, shape)
    assert nodes["valdoria"]["shape"] == ACTOR_STYLES[ActorType.STATE][1]
    assert "Crimson Brigade" in brigade["title"]
    assert "the Brigade" in brigade["title"]
    assert "ARMED_GROUP" in brigade["title"]
    assert brigade["size"] > nodes["ostrava"]["size"]  # sized by degree


def test_edge_titles_and_style(page: str) -> None:
    edges = embedded(page, "edges")
    strike = next(
        e
        for e in edges
        if e["relation"] == "TARGETS" and e["to"] == "airbase" and e["from"] == "brigade"
    )
    assert strike["arrows"] == "to"
    assert strike["dashes"] is False
    assert strike["color"]["color"] == FAMILY_COLOURS["violence"]
    for expected in (
        "TARGETS",
        "2021-03-02 to 2021-03-09",
        "doc-0.txt",
        "doc-1.txt",
        "The Brigade shelled the Northgate airbase.",
        "2 statements",
        "CAMEO 19",
    ):
        assert expected in strike["title"], expected

    denied = next(e for e in edges if e["to"] == "valdoria")
    assert denied["dashes"] is True and denied["negated"] is True
    assert "denied" in denied["title"]

    truce = next(e for e in edges if e["relation"] == "CEASEFIRE_WITH")
    assert truce["arrows"] == ""  # symmetric: no direction to show
    assert truce["color"]["color"] == FAMILY_COLOURS["cooperation"]

    leads = next(e for e in edges if e["relation"] == "LEADS")
    assert (leads["from"], leads["to"]) == ("haddad", "brigade")

    # Two edges between the brigade and the airbase: the second one curves away.
    parallel = [e for e in edges if {e["from"], e["to"]} == {"brigade", "airbase"}]
    assert len(parallel) == 2
    assert sum("smooth" in e for e in parallel) == 1


def test_legend_and_search(page: str) -> None:
    for label in ("armed group", "person", "state", "facility", "location", "denied"):
        assert label in page
    assert 'id="actor-search"' in page
    assert '"focus": "brigade"' in page


def test_whole_small_graph_has_no_cap_notice(page: str) -> None:
    assert "cap-notice" not in page


def test_cap_keeps_the_most_connected_actors() -> None:
    graph = star_graph(30)
    page = render_explorer(graph, title="star", max_nodes=10)
    ids = {n["id"] for n in embedded(page, "nodes")}
    assert len(ids) == 10
    assert {"hub", "leaf0", "far1"} <= ids  # degrees 30, 2, 2 beat the leaves' 1
    assert 'id="cap-notice"' in page
    assert "Showing 10 of 33 actors" in page
    edges = embedded(page, "edges")
    assert all(e["from"] in ids and e["to"] in ids for e in edges)
    assert '"large": false' in page


def test_cap_around_a_focus_keeps_its_neighbourhood() -> None:
    graph = star_graph(30)
    page = render_explorer(graph, title="far", focus="far2", max_nodes=4)
    ids = {n["id"] for n in embedded(page, "nodes")}
    assert ids == {"far2", "far1", "leaf0", "hub"}
    assert "nearest neighbourhood" in page


def test_large_graph_stops_physics_after_layout() -> None:
    page = render_explorer(star_graph(150), title="big")
    assert '"large": true' in page
    options = json.loads(re.search(r"var options = (\{.*?\});\n", page).group(1))  # type: ignore[union-attr]
    assert options["physics"]["stabilization"]["enabled"] is True
    assert options["layout"]["improvedLayout"] is False
    assert "physics: {enabled: false}" in page


def test_empty_graph_renders_a_message() -> None:
    page = render_explorer(nx.MultiDiGraph(), title="empty")
    assert "No actors to show yet" in page
    assert embedded(page, "nodes") == []


def test_api_base_enables_neighbourhood_links() -> None:
    without = render_explorer(small_graph(), title="t")
    assert '"apiBase": null' in without
    assert "double-click" not in without
    linked = render_explorer(small_graph(), title="t", api_base="/api/")
    assert '"apiBase": "/api"' in linked
    assert "double-click an actor" in linked


def test_invalid_arguments() -> None:
    with pytest.raises(ValueError, match="max_nodes"):
        render_explorer(small_graph(), title="t", max_nodes=0)
    # An unknown focus is ignored rather than failing the whole page.
    assert '"focus": null' in render_explorer(small_graph(), title="t", focus="nobody")


@pytest.mark.parametrize(
    ("depth", "expected"),
    [
        (0, {"leaf0"}),
        (1, {"leaf0", "hub", "far1"}),
        (2, {"leaf0", "hub", "far1", "far2"} | {f"leaf{i}" for i in range(5)}),
    ],
)
def test_ego_graph_follows_edges_both_ways(depth: int, expected: set[str]) -> None:
    sub = ego_graph(star_graph(5), "leaf0", depth)
    assert set(sub.nodes) == expected
    assert sub.nodes["leaf0"]["name"] == "Leaf 0"
    assert all(isinstance(data["edge"], Edge) for *_, data in sub.edges(data=True))


def test_ego_graph_is_a_copy_and_checks_the_actor() -> None:
    graph = star_graph(3)
    sub = ego_graph(graph, "hub", 1)
    sub.remove_node("leaf1")
    assert "leaf1" in graph
    with pytest.raises(NotFoundError, match="nobody"):
        ego_graph(graph, "nobody", 1)
    with pytest.raises(ValueError, match="depth"):
        ego_graph(graph, "hub", -1)


def edge_set(graph: nx.MultiDiGraph[str]) -> set[tuple[str, str, str]]:
    return {(u, v, str(k)) for u, v, k in graph.edges(keys=True)}


@pytest.mark.parametrize("depth", [0, 1, 2, 3])
def test_neighbourhood_graph_matches_ego_graph(store: EmbeddedStore, depth: int) -> None:
    (haddad,) = store.search_actors("Omar Haddad", limit=1)
    expected = ego_graph(store.to_networkx(), haddad.id, depth)
    found = neighbourhood_graph(store, haddad.id, depth)
    assert set(found.nodes) == set(expected.nodes)
    assert edge_set(found) == edge_set(expected)
    assert {n: d for n, d in found.nodes(data=True)} == {n: d for n, d in expected.nodes(data=True)}
    assert found.graph["truncated"] is False


def test_neighbourhood_graph_stops_at_max_nodes(store: EmbeddedStore) -> None:
    (brigade,) = store.search_actors("Crimson Brigade", limit=1)
    found = neighbourhood_graph(store, brigade.id, 2, max_nodes=2)
    assert found.number_of_nodes() == 2
    assert brigade.id in found
    assert found.graph["truncated"] is True
    page = render_explorer(found, title="t", focus=brigade.id)
    assert 'id="cap-notice"' in page


def test_neighbourhood_graph_of_unknown_actor(store: EmbeddedStore) -> None:
    with pytest.raises(NotFoundError, match="nobody"):
        neighbourhood_graph(store, "nobody", 1)


# --------------------------------------------------------------------------- filters

T, C, CF, L = (
    RelationType.TARGETS,
    RelationType.CRITICIZES,
    RelationType.CEASEFIRE_WITH,
    (RelationType.LEADS),
)


def dated_graph() -> nx.MultiDiGraph[str]:
    """a-TARGETS->b (Mar 2 and 9, 2021), a-TARGETS->c denied (Mar 5), b-CRITICIZES->c
    (April 2021, month only), c-CEASEFIRE->d (Dec 31, 2020), d-LEADS->e (undated),
    and f with no edge at all."""
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for node in "abcdef":
        graph.add_node(node, name=node.upper(), type="STATE", aliases=[])
    add(graph, edge("a", "b", T, "one", "two", dates=("2021-03-02", "2021-03-09")))
    add(graph, edge("a", "c", T, "denied", negated=True, dates=("2021-03-05",)))
    add(graph, edge("b", "c", C, "april", dates=("2021-04",)))
    add(graph, edge("c", "d", CF, "truce", dates=("2020-12-31",)))
    add(graph, edge("d", "e", L, "undated"))
    return graph


AB, AC_DENIED, BC, CD, DE = (
    ("a", "b", "TARGETS"),
    ("a", "c", "TARGETS:negated"),
    ("b", "c", "CRITICIZES"),
    ("c", "d", "CEASEFIRE_WITH"),
    ("d", "e", "LEADS"),
)


def day(text: str) -> date:
    return date.fromisoformat(text)


@pytest.mark.parametrize(
    ("edge_filter", "edges", "nodes"),
    [
        pytest.param(EdgeFilter(), {AB, BC, CD, DE}, "abcdef", id="default-drops-denied"),
        pytest.param(
            EdgeFilter(include_negated=True), {AB, AC_DENIED, BC, CD, DE}, "abcdef", id="all"
        ),
        pytest.param(EdgeFilter(types=frozenset({T})), {AB}, "abf", id="one-type"),
        pytest.param(
            EdgeFilter(types=frozenset({T}), include_negated=True),
            {AB, AC_DENIED},
            "abcf",
            id="one-type-with-denied",
        ),
        pytest.param(EdgeFilter(types=frozenset({C, CF})), {BC, CD}, "bcdf", id="two-types"),
        pytest.param(EdgeFilter(types=frozenset({RelationType.KILLED})), set(), "f", id="none"),
        pytest.param(
            EdgeFilter(date_from=day("2021-03-03")), {AB, BC}, "abcf", id="from-any-statement"
        ),
        pytest.param(EdgeFilter(date_to=day("2021-03-01")), {CD}, "cdf", id="to"),
        pytest.param(
            EdgeFilter(date_from=day("2021-03-09"), date_to=day("2021-03-09")),
            {AB},
            "abf",
            id="ends-included",
        ),
        pytest.param(
            EdgeFilter(date_from=day("2021-03-10"), date_to=day("2021-03-31")),
            set(),
            "f",
            id="gap-between-statements",
        ),
        pytest.param(
            EdgeFilter(date_from=day("2021-04-30"), date_to=day("2021-05-31")),
            {BC},
            "bcf",
            id="month-only-date-overlaps",
        ),
        pytest.param(
            EdgeFilter(date_from=day("2021-03-01"), include_negated=True),
            {AB, AC_DENIED, BC},
            "abcf",
            id="dates-with-denied",
        ),
        pytest.param(
            EdgeFilter(types=frozenset({L}), date_from=day("2000-01-01")),
            set(),
            "f",
            id="undated-never-in-a-range",
        ),
    ],
)
def test_filter_graph(
    edge_filter: EdgeFilter, edges: set[tuple[str, str, str]], nodes: str
) -> None:
    graph = dated_graph()
    filtered = filter_graph(graph, edge_filter)
    assert edge_set(filtered) == edges
    assert set(filtered.nodes) == set(nodes)
    assert graph.number_of_edges() == 5  # the input is left alone
    # Attributes travel with what is kept.
    for node in filtered:
        assert filtered.nodes[node] == graph.nodes[node]


def test_filter_graph_keeps_the_focus_and_graph_attributes() -> None:
    graph = dated_graph()
    graph.graph["truncated"] = True
    filtered = filter_graph(graph, EdgeFilter(types=frozenset({L})), keep=["a"])
    assert set(filtered.nodes) == {"a", "d", "e", "f"}
    assert filtered.graph["truncated"] is True


@pytest.mark.parametrize(
    ("key", "attributes", "edge_filter", "kept"),
    [
        ("BACKS", {}, EdgeFilter(), True),
        ("BACKS:negated", {}, EdgeFilter(), False),
        ("BACKS:negated", {}, EdgeFilter(include_negated=True), True),
        ("BACKS", {}, EdgeFilter(types=frozenset({RelationType.BACKS})), True),
        ("BACKS", {}, EdgeFilter(types=frozenset({T})), False),
        ("x", {"type": "KILLED"}, EdgeFilter(types=frozenset({RelationType.KILLED})), True),
        ("NOT_A_TYPE", {}, EdgeFilter(types=frozenset({T})), False),
        ("BACKS", {"dates": ["2021-01-01"]}, EdgeFilter(date_from=day("2021-01-01")), True),
        ("BACKS", {"dates": ["2020"]}, EdgeFilter(date_from=day("2020-12-31")), True),
        ("BACKS", {"dates": ["2020"]}, EdgeFilter(date_from=day("2021-01-01")), False),
        ("BACKS", {"dates": ["sometime"]}, EdgeFilter(date_to=day("2030-01-01")), False),
        ("BACKS", {"dates": ["2021-02-30"]}, EdgeFilter(date_to=day("2030-01-01")), False),
        ("BACKS", {}, EdgeFilter(date_to=day("2030-01-01")), False),
        ("BACKS", {"first_seen": "2020-05-01"}, EdgeFilter(as_of=day("2021-01-01")), True),
        ("BACKS", {"first_seen": "2021-05-01"}, EdgeFilter(as_of=day("2021-01-01")), False),
        ("BACKS", {"first_seen": "2021"}, EdgeFilter(as_of=day("2021-01-01")), True),
        ("BACKS", {}, EdgeFilter(as_of=day("2021-01-01")), False),
    ],
)
def test_filter_graph_reads_plain_edges(
    key: str, attributes: dict[str, Any], edge_filter: EdgeFilter, kept: bool
) -> None:
    """Graphs not written by a store: type and negation from the key or attributes."""
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    graph.add_edge("x", "y", key=key, **attributes)
    assert (filter_graph(graph, edge_filter).number_of_edges() == 1) is kept


def test_edge_filter_rejects_a_reversed_range() -> None:
    with pytest.raises(ValueError, match=r"date_from \(2021-02-01\) is after date_to"):
        EdgeFilter(date_from=day("2021-02-01"), date_to=day("2021-01-01"))


@pytest.mark.parametrize(
    ("edge_filter", "text"),
    [
        (None, "none (all edges, denied ones too)"),
        (EdgeFilter(), "no denied"),
        (
            EdgeFilter(types=frozenset({T, L}), date_from=day("2021-03-01"), include_negated=True),
            "LEADS, TARGETS; 2021-03-01 to any date; denied statements shown",
        ),
    ],
)
def test_describe_filter(edge_filter: EdgeFilter | None, text: str) -> None:
    assert describe_filter(edge_filter) == text


def test_render_applies_the_filter_and_shows_it_in_the_form() -> None:
    edge_filter = EdgeFilter(types=frozenset({T}), include_negated=True)
    page = render_explorer(dated_graph(), title="t", api_base="", edge_filter=edge_filter)
    edges = embedded(page, "edges")
    assert {(e["from"], e["to"], e["relation"], e["negated"]) for e in edges} == {
        ("a", "b", "TARGETS", False),
        ("a", "c", "TARGETS", True),
    }
    assert {n["id"] for n in embedded(page, "nodes")} == {"a", "b", "c", "f"}
    assert re.search(r'value="TARGETS" data-family="violence" checked', page)
    assert re.search(r'value="KILLED" data-family="violence">', page)
    assert re.search(r'name="include_negated" value="true" checked', page)
    assert 'name="depth"' not in page  # a whole-graph page has no depth


def test_render_without_filter_draws_denied_edges_and_no_form() -> None:
    page = render_explorer(dated_graph(), title="t")
    assert len(embedded(page, "edges")) == 5
    assert 'id="filter-form"' not in page  # a file page cannot reload itself filtered
    assert "Filters: none (all edges, denied ones too)" in page


def test_render_a_filter_that_matches_nothing() -> None:
    edge_filter = EdgeFilter(types=frozenset({RelationType.KILLED}))
    graph = dated_graph()
    graph.remove_node("f")
    page = render_explorer(graph, title="t", edge_filter=edge_filter)
    assert embedded(page, "nodes") == []
    assert "No edges match these filters" in page


def test_render_neighbourhood_form_has_depth() -> None:
    page = render_explorer(
        dated_graph(), title="t", focus="a", api_base="/api", edge_filter=EdgeFilter(), depth=2
    )
    assert re.search(r'<option value="2" selected>', page)
    assert '"depth": 2' in page


@pytest.mark.parametrize(
    "edge_filter",
    [
        EdgeFilter(),
        EdgeFilter(include_negated=True),
        EdgeFilter(types=frozenset({T})),
        EdgeFilter(types=frozenset({RelationType.CRITICIZES, CF})),
        EdgeFilter(date_from=day("2021-03-05")),
        EdgeFilter(date_to=day("2021-03-03"), include_negated=True),
    ],
    ids=["default", "denied", "targets", "criticizes-ceasefire", "from", "to"],
)
@pytest.mark.parametrize("depth", [1, 2, 3])
def test_filtered_neighbourhood_matches_filtered_ego_graph(
    store: EmbeddedStore, edge_filter: EdgeFilter, depth: int
) -> None:
    """Hops follow only the kept edges, whichever way the graph was read."""
    (brigade,) = store.search_actors("Crimson Brigade", limit=1)
    whole = filter_graph(store.to_networkx(), edge_filter, keep=[brigade.id])
    expected = ego_graph(whole, brigade.id, depth)
    found = neighbourhood_graph(store, brigade.id, depth, edge_filter=edge_filter)
    assert set(found.nodes) == set(expected.nodes)
    assert edge_set(found) == edge_set(expected)


# --------------------------------------------------------------------------- large pages


def test_edge_cap_keeps_the_best_supported_edges() -> None:
    graph = star_graph(10)
    strong = edge("hub", "leaf3", RelationType.TARGETS, "one", "two", "three")
    add(graph, strong)
    page = render_explorer(graph, title="t", max_edges=3)
    edges = embedded(page, "edges")
    assert len(edges) == 3
    assert any(e["relation"] == "TARGETS" for e in edges)  # 3 statements beats 1
    assert "Showing the 3 best-supported of 13 edges" in page
    with pytest.raises(ValueError, match="max_edges"):
        render_explorer(graph, title="t", max_edges=-1)


@pytest.mark.parametrize(
    ("nodes", "iterations"),
    [
        (10, MAX_ITERATIONS),
        (LARGE_GRAPH, MAX_ITERATIONS),
        (LARGE_GRAPH + 1, MAX_LARGE_ITERATIONS),
        (500, 300),
        (1_000, 75),
        (PHYSICS_NODE_LIMIT, MIN_ITERATIONS),
        (PHYSICS_NODE_LIMIT + 1, 0),
    ],
)
def test_stabilization_is_bounded(nodes: int, iterations: int) -> None:
    assert stabilization_iterations(nodes) == iterations


def page_options(page: str) -> dict[str, Any]:
    found = re.search(r"var options = (\{.*?\});\n", page)
    assert found, "no options in the page"
    options: dict[str, Any] = json.loads(found.group(1))
    return options


def test_large_page_options_are_bounded() -> None:
    page = render_explorer(star_graph(600), title="big")
    options = page_options(page)
    assert options["physics"]["enabled"] is True
    assert options["physics"]["stabilization"]["iterations"] == stabilization_iterations(500)
    assert options["interaction"]["hideEdgesOnZoom"] is True
    assert options["edges"]["smooth"]["enabled"] is False
    assert all("x" not in n for n in embedded(page, "nodes"))


def test_huge_page_has_no_physics_and_a_spiral() -> None:
    page = render_explorer(star_graph(PHYSICS_NODE_LIMIT), title="huge", max_nodes=10_000)
    options = page_options(page)
    assert options["physics"]["enabled"] is False
    assert options["physics"]["stabilization"]["enabled"] is False
    nodes = {n["id"]: n for n in embedded(page, "nodes")}
    assert len(nodes) == PHYSICS_NODE_LIMIT + 3
    assert (nodes["hub"]["x"], nodes["hub"]["y"]) == (0, 0)  # most connected in the middle
    assert len({(n["x"], n["y"]) for n in nodes.values()}) == len(nodes)
    assert "placed on a spiral" in page


# --------------------------------------------------------------------------- API


@pytest.fixture
def client(store: EmbeddedStore, tmp_path: Path) -> Iterator[TestClient]:
    from actorgraph.settings import Settings

    with TestClient(create_app(Settings(data_dir=tmp_path), store=store)) as test_client:
        yield test_client


def actor(client: TestClient, name: str) -> str:
    found: str = client.get("/actors", params={"q": name}).json()["items"][0]["id"]
    return found


@pytest.mark.parametrize(
    "params",
    [
        {"type": "BOMBS"},
        {"date_from": "2021-13-01"},
        {"as_of": "2021-03"},
        {"date_from": "yesterday"},
        {"date_to": "2021-02-30"},
        {"date_from": "2021-03-05", "date_to": "2021-03-01"},
        {"include_negated": "perhaps"},
    ],
)
@pytest.mark.parametrize("route", ["whole", "neighbourhood"])
def test_invalid_filters_are_problems(
    client: TestClient, params: dict[str, str], route: str
) -> None:
    path = "/explorer" if route == "whole" else f"/explorer/{actor(client, 'Crimson Brigade')}"
    response = client.get(path, params=params)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == 422 and body["detail"]
    if "date_to" not in params or "date_from" not in params:
        assert {err["loc"][1] for err in body["errors"]} == set(params)
    else:
        assert "date_from (2021-03-05) is after date_to (2021-03-01)" in body["detail"]


@pytest.mark.parametrize("depth", ["0", "4", "two"])
def test_invalid_depth_is_a_problem(client: TestClient, depth: str) -> None:
    brigade = actor(client, "Crimson Brigade")
    response = client.get(f"/explorer/{brigade}", params={"depth": depth})
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["query", "depth"]


def relations(page: str) -> set[tuple[str, bool]]:
    return {(e["relation"], e["negated"]) for e in embedded(page, "edges")}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        (
            {},
            {
                ("TARGETS", False),
                ("LEADS", False),
                ("CRITICIZES", False),
                ("CEASEFIRE_WITH", False),
            },
        ),
        (
            {"include_negated": "true"},
            {
                ("TARGETS", False),
                ("TARGETS", True),
                ("LEADS", False),
                ("CRITICIZES", False),
                ("CEASEFIRE_WITH", False),
            },
        ),
        ({"type": "TARGETS"}, {("TARGETS", False)}),
        ({"type": "TARGETS", "include_negated": "true"}, {("TARGETS", False), ("TARGETS", True)}),
        (
            {"type": ["CRITICIZES", "CEASEFIRE_WITH"]},
            {("CRITICIZES", False), ("CEASEFIRE_WITH", False)},
        ),
        ({"date_from": "2021-03-05"}, {("CRITICIZES", False), ("CEASEFIRE_WITH", False)}),
        (
            {"date_to": "2021-03-04", "include_negated": "true"},
            {("TARGETS", False), ("TARGETS", True), ("LEADS", False)},
        ),
        ({"type": "KILLED"}, set()),
        ({"type": "targets"}, {("TARGETS", False)}),  # enums in any case, as elsewhere
        # the graph as known on a day: edges first seen later are not drawn
        ({"as_of": "2021-03-04"}, {("TARGETS", False), ("LEADS", False)}),
        ({"as_of": "2000-01-01"}, set()),
    ],
)
def test_filtered_whole_graph_page(
    client: TestClient, params: dict[str, Any], expected: set[tuple[str, bool]]
) -> None:
    response = client.get("/explorer", params=params)
    assert response.status_code == 200, response.text
    assert relations(response.text) == expected


def test_filtered_neighbourhood_page(client: TestClient) -> None:
    brigade = actor(client, "Crimson Brigade")
    page = client.get(f"/explorer/{brigade}", params={"type": "LEADS", "depth": 3}).text
    assert relations(page) == {("LEADS", False)}
    assert {n["name"] for n in embedded(page, "nodes")} == {"Crimson Brigade", "Omar Haddad"}
    assert re.search(r'<option value="3" selected>', page)
    # Valdoria is one CRITICIZES hop away, Ostrava one more, across a CEASEFIRE_WITH.
    page = client.get(
        f"/explorer/{brigade}", params={"type": ["CRITICIZES", "CEASEFIRE_WITH"], "depth": 1}
    ).text
    assert {n["name"] for n in embedded(page, "nodes")} == {"Crimson Brigade", "Valdoria"}


def test_page_links_the_selected_actor_to_the_api(client: TestClient) -> None:
    page = client.get("/explorer").text
    assert '"apiBase": ""' in page
    for path in ('"/actors/"', '"/connections"', '"/explorer/"'):
        assert path in page
    assert 'id="actor-panel"' in page
    # The panel is filled with textContent, never innerHTML (names are untrusted).
    script = page.rsplit("<script>", 1)[1]
    panel_code = script[script.index("function showPanel") : script.index("function hidePanel")]
    assert "innerHTML" not in panel_code and "textContent" in panel_code
