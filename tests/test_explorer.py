"""The explorer page as text: self-contained, escaped, capped, styled by type."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
import pyvis

from actorgraph.domain import ActorType, RelationType
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.explorer import (
    ACTOR_STYLES,
    FAMILY_COLOURS,
    ego_graph,
    neighbourhood_graph,
    render_explorer,
)
from actorgraph.graph.models import Edge, Statement
from actorgraph.graph.store import NotFoundError
from tests.samples import fill

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


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    graph_store = EmbeddedStore(tmp_path / "g.sqlite3")
    fill(graph_store)
    yield graph_store
    graph_store.close()


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
