"""The explorer carries of each edge its figures and the few statements its tooltip
lists, and the stores read no more than that for it: a busy edge's other statements
stay in the database (whole-graph page, neighbourhood page, network walks)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from actorgraph.domain import Actor, ActorType, Extraction
from actorgraph.graph import ladybug_reads, ladybug_rows, ladybug_writes, queries
from actorgraph.graph.explorer import (
    MAX_EVIDENCE_IN_TOOLTIP,
    EdgeFilter,
    neighbourhood_graph,
    render_explorer,
    whole_graph_page,
)
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.models import EdgeSelection
from actorgraph.graph.store import GraphStore
from actorgraph.graph.whole_graph import DateRange
from tests.test_explorer import embedded
from tests.test_store_contract import T, factory, ingest, rel, store

__all__ = ["factory", "store"]  # the contract suite's store fixtures, over every backend

REPORTS = 24  # documents, each with one more shelling of the same depot


def reports() -> list[Extraction]:
    """The Kessel Rangers shell the Tarn depot once in each of REPORTS documents, over
    two years (partial dates among them); Mira Sol leads the Rangers in one."""
    found = []
    for n in range(REPORTS):
        day = f"2022-{n % 12 + 1:02d}-{n % 27 + 1:02d}" if n < 12 else f"2023-{n - 11:02d}"
        text = f"Report {n:02d}: the Kessel Rangers shelled the Tarn depot again."
        relations = [rel("rangers", "depot", T.TARGETS, text, 0, date=day)]
        if n == 3:
            relations.append(rel("sol", "rangers", T.LEADS, "Mira Sol leads the Rangers.", 80))
        found.append(
            Extraction(
                document=f"2023-12-{n + 1:02d}-tarn-{n:02d}.txt",
                date=f"2023-12-{n + 1:02d}",
                actors=(
                    Actor("rangers", "Kessel Rangers", ActorType.ARMED_GROUP),
                    Actor("depot", "Tarn depot", ActorType.FACILITY),
                    Actor("sol", "Mira Sol", ActorType.PERSON),
                ),
                relations=tuple(relations),
            )
        )
    return found


def shelling(page: str) -> dict[str, object]:
    (edge,) = (e for e in embedded(page, "edges") if e["relation"] == "TARGETS")
    return edge


def test_a_busy_edge_lists_its_first_statements_and_spans_its_period(store: GraphStore) -> None:
    ingest(store, *reports())
    page = whole_graph_page(store, title="t", api_base="")
    assert page == render_explorer(store.to_networkx(), title="t", api_base=""), (
        "the store's page is the whole graph's page"
    )
    edge = shelling(page)
    title = str(edge["title"])
    assert title.count("<li>") == MAX_EVIDENCE_IN_TOOLTIP + 1
    assert f"and {REPORTS - MAX_EVIDENCE_IN_TOOLTIP} more" in title
    assert f"{REPORTS} statements" in title
    # First seen 2022-01-01, last "2023-12" (a month: to its last day).
    assert edge["dates"] == [["2022-01-01", "2023-12-31"]]
    leads = next(e for e in embedded(page, "edges") if e["relation"] == "LEADS")
    assert leads["dates"] == [["2023-12-04", "2023-12-04"]], "a short edge keeps its own dates"


def test_edges_among_caps_the_evidence_it_returns(store: GraphStore) -> None:
    ingest(store, *reports())
    ids = ["kessel-rangers", "tarn-depot", "mira-sol"]
    whole = store.edges_among(ids, EdgeSelection(), DateRange())
    capped = store.edges_among(ids, EdgeSelection(), DateRange(), evidence_limit=3)
    assert capped.total == whole.total == 2
    assert [e.capped(3) for e in whole.items] == capped.items
    busy = next(e for e in capped.items if e.type is T.TARGETS)
    assert (len(busy.statements), busy.count) == (3, REPORTS)


def _count_statement_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of every statement the Ladybug store reads from now on, in a list that grows."""
    read: list[str] = []

    def counting(name: str) -> None:
        reader = getattr(ladybug_rows, name)

        def counted(tx: object, statement_ids: list[str]) -> list[dict[str, object]]:
            ids = list(statement_ids)
            read.extend(ids)
            return reader(tx, ids)  # type: ignore[no-any-return]

        # Wherever a part of the store calls it from.
        for module in (ladybug_rows, ladybug_reads, ladybug_writes):
            if hasattr(module, name):
                monkeypatch.setattr(module, name, counted)

    # Statements are read whole by id, or as an edge's evidence without its own fields.
    for name in ("_statements_by_ids", "_statements_of_edges"):
        counting(name)
    # or, by the process that writes the store, as each edge's window of statement ids
    # (from the edge's page of evidence when it holds them: counted as asked for all the same)
    windows_reader = ladybug_rows._statements_of_windows

    def windows_counted(
        tx: object, windows: dict[str, list[str]], pages: object = None
    ) -> dict[str, object]:
        read.extend(i for ids in windows.values() for i in ids)
        return windows_reader(tx, windows, pages)  # type: ignore[arg-type]

    for module in (ladybug_rows, ladybug_reads):
        if hasattr(module, "_statements_of_windows"):
            monkeypatch.setattr(module, "_statements_of_windows", windows_counted)
    return read


def test_ladybug_reads_only_the_head_of_a_busy_edge(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with LadybugStore(tmp_path / "graph") as lady:
        ingest(lady, *reports())
        read = _count_statement_reads(monkeypatch)
        whole_graph_page(lady, title="t")
        assert 0 < len(read) < REPORTS, "the page read the busy edge's head, not all of it"
        read.clear()
        neighbourhood_graph(lady, "kessel-rangers", 1)
        assert 0 < len(read) < REPORTS, "the neighbourhood read heads too"
        read.clear()
        dated = EdgeFilter(date_from=date(2023, 6, 1))
        neighbourhood_graph(lady, "kessel-rangers", 1, edge_filter=dated)
        assert len(read) > REPORTS, "a date filter reads every statement's date"


def test_a_walk_reads_the_evidence_it_returns(store: GraphStore) -> None:
    ingest(store, *reports())
    full = queries.ego_network(store, "mira-sol", depth=2)
    capped = queries.ego_network(store, "mira-sol", depth=2, evidence_limit=2)
    assert [e.edge.capped(2) for e in full.edges] == [e.edge for e in capped.edges]
    assert max(len(e.edge.statements) for e in capped.edges) == 2
    assert max(e.edge.count for e in capped.edges) == REPORTS
    # A filter that narrows statements needs all of them, and says what is left.
    dated = queries.EdgeFilter(date_from="2023-01-01")
    narrowed = queries.ego_network(store, "mira-sol", depth=2, edge_filter=dated, evidence_limit=2)
    shelled = next(e.edge for e in narrowed.edges if e.edge.type is T.TARGETS)
    assert shelled.count == REPORTS - 12


def test_a_deep_page_reads_its_own_evidence_only(store: GraphStore) -> None:
    ingest(store, *reports())
    full = queries.ego_network(store, "mira-sol", depth=2)
    for offset, limit, evidence in [(0, 50, 3), (1, 1, 2), (0, 2, 0), (0, 50, REPORTS + 1)]:
        page = queries.connections_page(
            store, "mira-sol", depth=2, offset=offset, limit=limit, evidence_limit=evidence
        )
        expected = [e.edge.capped(evidence) for e in full.edges[offset : offset + limit]]
        assert [e.edge for e in page.edges] == expected, (offset, limit, evidence)
        assert page.total == len(full.edges)


def test_ladybug_walk_reads_no_statement_beyond_its_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with LadybugStore(tmp_path / "graph") as lady:
        ingest(lady, *reports())
        read = _count_statement_reads(monkeypatch)
        page = queries.connections_page(lady, "mira-sol", depth=2, limit=1, evidence_limit=2)
        assert [e.edge.type for e in page.edges] == [T.LEADS]
        assert len(read) == 1, "the walk read the one statement its page shows"


def test_relations_list_the_first_statements_of_each_edge(store: GraphStore) -> None:
    ingest(store, *reports())
    for flt in [None, queries.EdgeFilter(date_from="2023-01-01")]:
        whole = queries.relations(store, edge_filter=flt)
        for evidence in (0, 3, REPORTS + 1):
            page = queries.relations(store, edge_filter=flt, evidence_limit=evidence)
            assert page.total == whole.total
            assert page.items == [e.capped(evidence) for e in whole.items], (flt, evidence)
    busy = queries.relations(store, evidence_limit=3).items[0]
    assert (busy.type, busy.count, len(busy.statements)) == (T.TARGETS, REPORTS, 3)
