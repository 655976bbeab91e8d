"""graph/queries.py directly: the bounds that keep one request from walking the
whole graph, and the partial-date rule of the date filters."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from actorgraph.documents import sha256_text
from actorgraph.graph import queries
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.models import DocumentInfo, Statement
from actorgraph.graph.store import GraphStore
from benchmarks.corpus import synthetic_extractions
from tests.samples import fill


@pytest.mark.parametrize(
    ("date", "date_from", "date_to", "passes"),
    [
        ("2021-03-04", "2021-03-04", "2021-03-04", True),
        ("2021-03-04", "2021-03-05", None, False),
        ("2021-03-04", None, "2021-03-03", False),
        ("2021-03", "2021-03-31", None, True),  # a month overlaps its last day
        ("2021-03", None, "2021-03-01", True),
        ("2021-03", "2021-04-01", None, False),
        ("2021", "2021-12-31", "2022-01-05", True),
        ("2021", "2022-01-01", None, False),
        ("2021-03-04T10:00:00", "2021-03-04", "2021-03-04", True),
        (None, "2000-01-01", None, False),  # undated never passes a date filter
        (None, None, None, True),
    ],
)
def test_statement_date_filter(
    date: str | None, date_from: str | None, date_to: str | None, passes: bool
) -> None:
    flt = queries.EdgeFilter(date_from=date_from, date_to=date_to)
    assert flt.statement_passes(Statement("d.txt", "x", 0, 1, date=date)) is passes


def test_ego_network_stops_at_its_edge_budget(store: EmbeddedStore) -> None:
    whole = queries.ego_network(store, "crimson-brigade", depth=3)
    assert not whole.truncated and len(whole.edges) == 5
    cut = queries.ego_network(store, "crimson-brigade", depth=3, max_edges=3)
    assert cut.truncated
    assert len(cut.edges) < len(whole.edges)


def test_ego_network_expands_at_most_max_actors(store: EmbeddedStore) -> None:
    whole = queries.ego_network(store, "crimson-brigade", depth=2)
    assert len({e.near for e in whole.edges}) == 3
    cut = queries.ego_network(store, "crimson-brigade", depth=2, max_actors=2)
    assert cut.truncated
    assert len({e.near for e in cut.edges}) == 2  # the centre and one neighbour


def test_path_search_says_when_a_bound_stopped_it(store: EmbeddedStore) -> None:
    found = queries.shortest_paths(store, "omar-haddad", "ostrava")
    assert found.total == 1 and not found.truncated
    stopped = queries.shortest_paths(store, "omar-haddad", "ostrava", max_edges=2)
    assert stopped.items == [] and stopped.truncated


@pytest.mark.parametrize("kind", ["sqlite", "ladybug"])
@pytest.mark.parametrize("synthetic", [0, 12])
def test_shortest_paths_match_networkx_for_every_pair(
    tmp_path: Path, kind: str, synthetic: int
) -> None:
    """The walk (which stops at the level that reaches the target) finds every shortest
    route, counted and listed as networkx lists them on the asserted edges; the
    synthetic documents add hubs, so that many pairs have several routes."""
    store: GraphStore = (
        LadybugStore(tmp_path / "lb") if kind == "ladybug" else EmbeddedStore(tmp_path / "g.db")
    )
    fill(store)
    for doc in synthetic_extractions(synthetic):
        info = DocumentInfo(doc.id, sha256_text(doc.text), doc.extraction.date, 1)
        store.upsert_document(info, doc.extraction)

    whole = store.to_networkx()
    plain: nx.Graph[str] = nx.Graph()
    plain.add_nodes_from(whole.nodes)
    plain.add_edges_from(
        (u, v) for u, v, data in whole.edges(data=True) if not data["edge"].negated and u != v
    )
    actors = sorted(plain.nodes)
    checked = several = 0
    for source in actors[:40]:
        for target in actors[-40:]:
            if source == target:
                continue
            found = queries.shortest_paths(store, source, target, max_length=4, limit=1000)
            try:
                expected = sorted(
                    p for p in nx.all_shortest_paths(plain, source, target) if len(p) <= 5
                )
            except nx.NetworkXNoPath:
                expected = []
            routes = sorted([step.source.id for step in route] + [route[-1].target.id]
                            for route in found.items)
            assert (found.total, routes) == (len(expected), expected), (source, target)
            checked += bool(expected)
            several += len(expected) > 1
    assert checked > 10, "the graph has routes to compare"
    assert several > 0 or not synthetic, "pairs with several shortest routes"
    store.close()
