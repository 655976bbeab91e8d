"""Shortest paths found inside Ladybug (`ALL SHORTEST`) give the walk's answer: the
same routes, count, order, steps and edges, under every filter the engine takes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from actorgraph.documents import sha256_text
from actorgraph.domain import RelationType
from actorgraph.graph import ladybug_store, queries
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.models import DocumentInfo, EdgeSelection
from benchmarks.corpus import synthetic_extractions
from tests.samples import fill

FILTERS = [
    queries.EdgeFilter(),
    queries.EdgeFilter(include_negated=True),
    queries.EdgeFilter(relation_types=frozenset({RelationType.TARGETS, RelationType.LEADS})),
    queries.EdgeFilter(min_confidence=0.6),
    queries.EdgeFilter(as_of=date(2021, 3, 4).isoformat()),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LadybugStore]:
    with LadybugStore(tmp_path_factory.mktemp("paths") / "lb") as graph:
        fill(graph)
        for doc in synthetic_extractions(12):
            info = DocumentInfo(doc.id, sha256_text(doc.text), doc.extraction.date, 1)
            graph.upsert_document(info, doc.extraction)
        yield graph


def pairs(store: LadybugStore) -> list[tuple[str, str]]:
    actors = sorted(store.to_networkx().nodes)
    return [(s, t) for s in actors[:12] for t in actors[-12:] if s != t]


@pytest.mark.parametrize("flt", FILTERS, ids=range(len(FILTERS)))
def test_engine_paths_are_the_walks(store: LadybugStore, flt: queries.EdgeFilter) -> None:
    found_some = 0
    for source, target in pairs(store):
        routes = store.shortest_routes(source, target, flt.selection(), 4)
        assert routes is not None, "the engine answered"
        for offset, limit in [(0, 1_000), (1, 2)]:
            engine = queries.shortest_paths(
                store, source, target, edge_filter=flt, offset=offset, limit=limit
            )
            walk = queries.shortest_paths(
                store, source, target, edge_filter=flt, offset=offset, limit=limit,
                in_engine=False,
            )
            assert engine == walk, (source, target, flt, offset)
        found_some += bool(routes)
    assert found_some > 5, "pairs with routes to compare"


def test_engine_gives_way_to_the_walk_past_its_bounds(
    store: LadybugStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    every = EdgeSelection()
    source, target = next(
        (s, t) for s, t in pairs(store) if len(store.shortest_routes(s, t, every, 4) or []) > 1
    )
    monkeypatch.setattr(ladybug_store, "ROUTE_ROWS", 1)
    assert store.shortest_routes(source, target, every, 4) is None
    walked = queries.shortest_paths(store, source, target, in_engine=False)
    assert queries.shortest_paths(store, source, target) == walked
    assert walked.total > 1


def test_no_route_and_no_types(store: LadybugStore) -> None:
    none_kept = EdgeSelection(relation_types=frozenset())
    assert store.shortest_routes("omar-haddad", "ostrava", none_kept, 4) == []
    found = queries.shortest_paths(
        store, "omar-haddad", "ostrava", edge_filter=queries.EdgeFilter(relation_types=frozenset())
    )
    assert (found.total, found.items) == (0, [])
