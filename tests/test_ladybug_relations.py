"""The Ladybug store's pages of the whole graph's edges (GET /relations) find their
sources from the actors in id order, a batch at a time, or by counting every source
when the page lies past the batches: every page is the same slice of the sorted
edges either way."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from actorgraph.domain import Actor, ActorType, Extraction
from actorgraph.graph import ladybug_reads, ladybug_store
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.models import Edge, EdgeSelection
from actorgraph.graph.statement_rows import edge_sort_key
from tests.test_store_contract import T, ingest, rel

NAMES = [f"Unit {chr(ord('A') + n)}" for n in range(14)]  # ids unit-a .. unit-n


def reports() -> list[Extraction]:
    """Each unit targets the next few ones (a varying number of edges per source,
    some denied); unit-c and unit-k have none of their own."""
    actors = tuple(Actor(f"u{n}", name, ActorType.ARMED_GROUP) for n, name in enumerate(NAMES))
    relations = []
    for n in range(len(NAMES)):
        if n in (2, 10):
            continue
        for k in range(1, n % 4 + 2):
            other = (n + k) % len(NAMES)
            type_ = T.TARGETS if k % 2 else T.THREATENS
            text = f"{NAMES[n]} moved against {NAMES[other]}."
            relations.append(rel(f"u{n}", f"u{other}", type_, text, 100 * len(relations),
                                 negated=(n + k) % 5 == 0))
    return [Extraction(document="2024-05-01-units.txt", date="2024-05-01", actors=actors,
                       relations=tuple(relations))]


SELECTIONS = [
    EdgeSelection(),
    EdgeSelection(include_negated=True),
    EdgeSelection(relation_types=frozenset({T.THREATENS})),
]


@pytest.fixture(scope="module")
def lady(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LadybugStore]:
    path: Path = tmp_path_factory.mktemp("units") / "graph"
    with LadybugStore(path) as store:
        ingest(store, *reports())
        yield store


def expected(store: LadybugStore, selection: EdgeSelection) -> list[Edge]:
    return sorted((e for e in store.edges() if selection.keeps(e)), key=edge_sort_key)


@pytest.mark.parametrize("batches", [(8, 64, 512, 4096), (2, 3), (1,)])
@pytest.mark.parametrize("selection", SELECTIONS)
def test_every_page_is_its_slice_of_the_sorted_edges(
    lady: LadybugStore,
    monkeypatch: pytest.MonkeyPatch,
    batches: tuple[int, ...],
    selection: EdgeSelection,
) -> None:
    monkeypatch.setattr(ladybug_reads, "_SOURCE_BATCHES", batches)
    edges = expected(lady, selection)
    assert len({e.source for e in lady.edges()}) > 8, "more sources than the first batch"
    for offset in range(0, len(edges) + 2):
        for limit in (1, 3, 7, 50):
            page = lady.edge_page(selection, offset=offset, limit=limit)
            assert page.total == len(edges)
            assert page.items == edges[offset : offset + limit], (batches, offset, limit)
    capped = lady.edge_page(selection, limit=len(edges), evidence_limit=0)
    assert capped.items == [e.capped(0) for e in edges]


def test_a_first_page_counts_only_its_first_sources(
    lady: LadybugStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[list[str]] = []
    rows = ladybug_store._Tx.rows

    def recorded(tx: ladybug_store._Tx, query: str, /, **params: object) -> list[dict[str, object]]:
        if "count(*) AS n" in query and "sources" in params:
            asked.append(list(params["sources"]))  # type: ignore[call-overload]
        return rows(tx, query, **params)

    monkeypatch.setattr(ladybug_store._Tx, "rows", recorded)
    page = lady.edge_page(EdgeSelection(), limit=2)
    assert page.items == expected(lady, EdgeSelection())[:2]
    assert asked == [sorted(f"unit-{chr(ord('a') + n)}" for n in range(8))]
