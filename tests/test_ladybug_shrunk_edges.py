"""A deleted or replaced Ladybug document leaves the edges it supported in place: their
counts and statement ids shrink, an edge goes only with its last statement, and the
figures (edges' and actors') are the ones a bulk load of what remains computes."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import ladybug
import pytest

from actorgraph.domain import Extraction
from actorgraph.graph import ladybug_cypher as q
from actorgraph.graph.ladybug_bulk import bulk_load
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.migrate import compare_graphs
from actorgraph.graph.models import DocumentInfo
from tests.ladybug_read import query_rows
from tests.test_ladybug_bulk import _documents
from tests.test_ladybug_grown_edges import EVIDENCE, ORDERS, RELATIONSHIP_FIGURES, _raid

Item = tuple[DocumentInfo, Extraction]

ACTOR_FIGURES = (
    "MATCH (a:Actor) RETURN a.id, a.degree, a.first_seen, a.last_seen, a.document_count, "
    "a.aliases, a.keys ORDER BY a.id"
)


def _stored_figures(folder: Path) -> tuple[object, ...]:
    return (
        query_rows(folder, RELATIONSHIP_FIGURES),
        query_rows(folder, EVIDENCE),
        query_rows(folder, ACTOR_FIGURES),
    )


def _same_as_bulk(folder: Path, remaining: list[Item], bulk: Path) -> None:
    bulk_load(bulk, remaining)
    assert _stored_figures(folder) == _stored_figures(bulk)
    with LadybugStore(folder) as store, LadybugStore(bulk) as loaded:
        assert compare_graphs(store, loaded) == []


def _another_version(item: Item, like: Item) -> Item:
    """Document `item` with the content of `like`."""
    info, _ = item
    other_info, extraction = like
    return (
        dataclasses.replace(info, sha256=f"{other_info.sha256}-as-{info.id}", date=other_info.date),
        dataclasses.replace(extraction, document=info.id),
    )


CASES = [(order, position) for order in sorted(ORDERS) for position in range(len(ORDERS[order]))]


@pytest.mark.parametrize(("order", "position"), CASES)
def test_a_deleted_document_leaves_what_a_bulk_load_of_the_rest_holds(
    tmp_path: Path, order: str, position: int
) -> None:
    docs = ORDERS[order]
    with LadybugStore(tmp_path / "graph") as store:
        list(store.upsert_documents(docs))
        assert store.delete_document(docs[position][0].id)
    _same_as_bulk(tmp_path / "graph", docs[:position] + docs[position + 1 :], tmp_path / "bulk")


# Versions that move the edge's code, confidence, dates and head.
VERSIONS = {
    "another code, later": _raid("new", "195", date="2026-01"),
    "no code, earlier": _raid("new", None, date="2020-01", confidence=0.95),
    "more sentences": _raid("new", "190", sentences=7, date="2024-05-01"),
}


@pytest.mark.parametrize("version", sorted(VERSIONS))
@pytest.mark.parametrize(("order", "position"), CASES)
def test_a_replaced_document_leaves_what_a_bulk_load_of_its_new_version_holds(
    tmp_path: Path, order: str, position: int, version: str
) -> None:
    docs = ORDERS[order]
    replaced = _another_version(docs[position], VERSIONS[version])
    with LadybugStore(tmp_path / "graph") as store:
        list(store.upsert_documents(docs))
        (result,) = store.upsert_documents([replaced])
        assert result.status == "replaced"
        assert result.statements_removed == len(docs[position][1].relations[0].evidence)
    remaining = docs[:position] + docs[position + 1 :] + [replaced]
    _same_as_bulk(tmp_path / "graph", remaining, tmp_path / "bulk")


def test_the_only_document_deleted_leaves_no_edge_evidence_or_actor(tmp_path: Path) -> None:
    with LadybugStore(tmp_path / "graph") as store:
        store.upsert_document(*_raid("m.txt", "190", sentences=3))
        assert store.delete_document("m.txt")
        stats = store.stats()
    assert (stats.actors, stats.edges, stats.statements, stats.documents) == (0, 0, 0, 0)
    assert query_rows(tmp_path / "graph", EVIDENCE) == []


class _Reads:
    """The queries a store's connections run, by their text."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.queries: list[str] = []
        real = ladybug.Connection.execute

        def execute(conn: ladybug.Connection, query: Any, parameters: Any = None) -> Any:
            self.queries.append(str(query))
            return real(conn, query, parameters)

        monkeypatch.setattr(ladybug.Connection, "execute", execute)


def test_a_delete_keeps_the_edge_and_reads_none_of_its_statements_when_none_gave_its_figures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "graph"
    relationship = "MATCH (:Actor)-[r:TARGETS]->(:Actor) RETURN id(r), r.count"
    with LadybugStore(folder) as store:
        # m.txt and z.txt give the code, the highest confidence and the dates.
        store.upsert_document(*_raid("m.txt", "190", sentences=4, date="2024-01",
                                     confidence=0.9))
        store.upsert_document(*_raid("z.txt", "193", date="2024-12"))
        store.upsert_document(*_raid("n.txt", None, sentences=2, date="2024-06",
                                     confidence=0.6))
    (before,) = query_rows(folder, relationship)
    with LadybugStore(folder) as store:
        reads = _Reads(monkeypatch)
        assert store.delete_document("n.txt")
        monkeypatch.undo()
    (after,) = query_rows(folder, relationship)
    assert after[0] == before[0]  # the same relationship, not a new one
    assert (before[1], after[1]) == (7, 5)
    assert q.STATEMENTS_BY_ID not in reads.queries
    assert not any(query.lstrip().startswith("UNWIND $rows AS row MATCH (a:Actor {id: row.source})")
                   for query in reads.queries)  # no relationship made again


def test_a_corpus_with_documents_deleted_and_replaced_is_the_bulk_loaded_rest(
    tmp_path: Path,
) -> None:
    docs = _documents(30)
    deleted = {docs[i][0].id for i in (0, 7, 13, len(docs) - 1)}
    replaced = {i: _another_version(docs[i], docs[i + 1]) for i in (3, 11, 20)}
    with LadybugStore(tmp_path / "graph", batch_documents=5) as store:
        list(store.upsert_documents(docs))
        for doc_id in sorted(deleted):
            assert store.delete_document(doc_id)
        results = list(store.upsert_documents(list(replaced.values())))
        assert [r.status for r in results] == ["replaced"] * len(replaced)
    remaining = [
        item for i, item in enumerate(docs) if item[0].id not in deleted and i not in replaced
    ] + list(replaced.values())
    _same_as_bulk(tmp_path / "graph", remaining, tmp_path / "bulk")


def test_the_replace_benchmark_replaces_and_deletes_stored_documents() -> None:
    from benchmarks.ladybug_replace import run

    report = run(statements=300, n_docs=3)
    assert report["documents_each"] == 3
    for figure in ("replace_cpu_ms_per_document", "delete_cpu_ms_per_document"):
        assert report[figure] > 0
