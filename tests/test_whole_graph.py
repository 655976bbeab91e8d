"""The whole-graph explorer page read through the store (`top_actors`, `edges_among`)
is the page drawn from `to_networkx()`, on every store, under every filter."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import networkx as nx
import pytest
from fastapi.testclient import TestClient

from actorgraph.api import create_app
from actorgraph.domain import Actor, ActorType, Extraction
from actorgraph.graph.explorer import EdgeFilter, filter_graph, render_explorer, whole_graph_page
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.models import EdgeSelection
from actorgraph.graph.store import GraphStore
from actorgraph.graph.whole_graph import DateRange
from tests.test_store_contract import ALL, T, factory, ingest, rel, store

__all__ = ["factory", "store"]  # the contract suite's store fixtures, over every backend

# Partial dates, a self-loop, several statements on one edge and a second negated
# edge, beside the contract suite's three documents.
S_ONE = "The Ridge Front shelled Camp Falcon in 2023."
S_TWO = "In February the Ridge Front shelled Camp Falcon again."
S_SELF = "The Ridge Front purged its own ranks."
S_NOT = "The Ridge Front denied any pact with Iran."
S_HEAD = "Commander Tal Oren leads the Ridge Front."

EXTRA = Extraction(
    document="2024-02-20-ridge.txt",
    date="2024-02-20",
    actors=(
        Actor("r1", "Ridge Front", ActorType.ARMED_GROUP),
        Actor("r2", "Camp Falcon", ActorType.FACILITY),
        Actor("r3", "Iran", ActorType.STATE),
        Actor("r4", "Tal Oren", ActorType.PERSON),
        Actor("r5", "Lone Observer", ActorType.ORGANIZATION),
    ),
    relations=(
        rel("r1", "r2", T.TARGETS, S_ONE, 0, date="2023"),
        rel("r1", "r2", T.TARGETS, S_TWO, 46, date="2024-02"),
        rel("r1", "r1", T.TARGETS, S_SELF, 100),
        rel("r1", "r3", T.ALLIED_WITH, S_NOT, 140, negated=True),
        rel("r4", "r1", T.LEADS, S_HEAD, 190, date="2024-03-03"),
    ),
)

FILTERS: list[EdgeFilter | None] = [
    None,
    EdgeFilter(),
    EdgeFilter(include_negated=True),
    EdgeFilter(types=frozenset({T.TARGETS})),
    EdgeFilter(types=frozenset({T.TARGETS, T.ALLIED_WITH}), include_negated=True),
    EdgeFilter(types=frozenset()),
    EdgeFilter(date_from=date(2024, 3, 2)),
    EdgeFilter(date_to=date(2024, 2, 10)),
    EdgeFilter(date_from=date(2024, 2, 15), date_to=date(2024, 3, 3), include_negated=True),
    EdgeFilter(date_from=date(2023, 6, 1), date_to=date(2023, 6, 30)),
    EdgeFilter(as_of=date(2024, 3, 4)),
    EdgeFilter(as_of=date(2024, 3, 4), date_from=date(2024, 3, 3)),
    EdgeFilter(as_of=date(2000, 1, 1)),
]


def filled(store: GraphStore) -> GraphStore:
    ingest(store, *ALL, EXTRA)
    return store


def test_whole_graph_page_is_the_networkx_page(store: GraphStore) -> None:
    filled(store)
    whole = store.to_networkx()
    for edge_filter in FILTERS:
        for max_nodes, max_edges in [(500, 5_000), (4, 5_000), (6, 3), (1, 0)]:
            expected = render_explorer(
                whole, title="t", max_nodes=max_nodes, max_edges=max_edges,
                api_base="", edge_filter=edge_filter,
            )
            page = whole_graph_page(
                store, title="t", max_nodes=max_nodes, max_edges=max_edges,
                api_base="", edge_filter=edge_filter,
            )
            assert page == expected, (edge_filter, max_nodes, max_edges)


def test_top_actors_rank_the_filtered_graph(store: GraphStore) -> None:
    filled(store)
    whole = store.to_networkx()
    for edge_filter in FILTERS[1:]:
        assert edge_filter is not None
        graph = filter_graph(whole, edge_filter)
        degrees: Counter[str] = Counter(dict(graph.degree()))
        expected = sorted(graph.nodes, key=lambda n: (-degrees[n], n))
        ranking = store.top_actors(edge_filter.selection(), edge_filter.date_range(), limit=5)
        assert ranking.actors == whole.number_of_nodes()
        assert ranking.kept == graph.number_of_nodes(), edge_filter
        assert [a.id for a in ranking.top] == expected[:5], edge_filter
        assert [a.degree for a in ranking.top] == [degrees[n] for n in expected[:5]]
        assert ranking.top[0].name == whole.nodes[expected[0]]["name"]


def test_self_loop_counts_twice_and_bare_actors_come_last(store: GraphStore) -> None:
    filled(store)
    ranking = store.top_actors(EdgeSelection(), DateRange(), limit=100)
    degree = {a.id: a.degree for a in ranking.top}
    # Two TARGETS edges (Camp Falcon, itself: twice), LEADS from Tal Oren.
    assert degree["ridge-front"] == 4
    bare = [a.id for a in ranking.top if a.degree == 0]
    assert bare == sorted(bare) and {"erbil", "lone-observer"} <= set(bare)
    assert [a.id for a in ranking.top][-len(bare) :] == bare


def test_edges_among_keeps_the_strongest(store: GraphStore) -> None:
    filled(store)
    ids = ["ridge-front", "camp-falcon", "sarai-brigades", "tal-oren"]
    page = store.edges_among(ids, EdgeSelection(), DateRange(), limit=2)
    assert page.total == 4  # two TARGETS into Camp Falcon, the self-loop, LEADS
    assert [(e.source, e.target, e.count) for e in page.items] == [
        ("ridge-front", "camp-falcon", 2),
        ("sarai-brigades", "camp-falcon", 2),
    ]
    assert all(len(e.statements) == e.count for e in page.items), "evidence comes whole"
    dated = store.edges_among(ids, EdgeSelection(), DateRange("2023-12-01", None), limit=10)
    # An undated relation takes its document's date (the self-loop: 2024-02-20).
    assert {(e.source, e.target) for e in dated.items} == {
        ("ridge-front", "camp-falcon"),
        ("ridge-front", "ridge-front"),
        ("sarai-brigades", "camp-falcon"),
        ("tal-oren", "ridge-front"),
    }


def test_empty_store(store: GraphStore) -> None:
    ranking = store.top_actors(EdgeSelection(), DateRange(), limit=10)
    assert (ranking.actors, ranking.kept, ranking.top) == (0, 0, [])
    assert store.edges_among([], EdgeSelection(), DateRange()).total == 0
    page = whole_graph_page(store, title="t", edge_filter=EdgeFilter())
    assert page == render_explorer(nx.MultiDiGraph(), title="t", edge_filter=EdgeFilter())


def test_date_range_checks_its_ends() -> None:
    with pytest.raises(ValueError):
        DateRange("2024-13-01", None)
    assert DateRange("2024-03-02", None).holds("2024")
    assert DateRange("2024-03-02", None).holds("2024-03")
    assert not DateRange("2024-03-02", None).holds("2024-02")
    assert not DateRange(None, "2024-03-01").holds("2024-03-02")
    assert not DateRange(None, "2024-03-01").holds(None)


def test_explorer_route_never_reads_the_whole_graph(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from actorgraph.settings import Settings

    with LadybugStore(tmp_path / "graph") as ladybug:
        filled(ladybug)
        expected = render_explorer(
            ladybug.to_networkx(), title="actorgraph explorer", max_nodes=3, api_base="",
            edge_filter=EdgeFilter(types=frozenset({T.TARGETS})),
        )

        def whole_graph() -> nx.MultiDiGraph[str]:
            raise AssertionError("GET /explorer read the whole graph")

        monkeypatch.setattr(ladybug, "to_networkx", whole_graph)
        settings = Settings(data_dir=tmp_path, explorer_max_nodes=3)
        with TestClient(create_app(settings, store=ladybug)) as client:
            response = client.get("/explorer", params={"type": "TARGETS"})
        assert response.status_code == 200, response.text
        assert response.text == expected
