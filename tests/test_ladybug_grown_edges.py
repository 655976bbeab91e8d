"""New documents joining stored Ladybug edges: the edge is updated in place (same
relationship, its Evidence node's list appended to), its figures are the ones a bulk
load computes from every statement, and a transaction costs a query per kind of write,
not per edge."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import ladybug
import pytest

from actorgraph.domain import Actor, ActorType, Evidence, Extraction, Relation, RelationType
from actorgraph.graph.ladybug_bulk import bulk_load
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.migrate import compare_graphs
from actorgraph.graph.models import DocumentInfo
from tests.ladybug_read import query_rows
from tests.test_ladybug_bulk import _documents

Item = tuple[DocumentInfo, Extraction]

RELATIONSHIP_FIGURES = (
    "MATCH (a:Actor)-[r]->(b:Actor) RETURN a.id, label(r), b.id, r.negated, r.count, "
    "r.confidence, r.cameo, r.first_seen, r.last_seen ORDER BY a.id, label(r), b.id, r.negated"
)
EVIDENCE = (
    "MATCH (e:Evidence) RETURN e.key, e.statements, e.head, e.confidence, e.cameo, "
    "e.first_seen, e.last_seen ORDER BY e.key"
)
ACTOR_FIGURES = "MATCH (a:Actor) RETURN a.id, a.degree, a.first_seen, a.last_seen ORDER BY a.id"



def _raid(
    document: str, cameo: str | None, *, sentences: int = 1, date: str = "2024-05-01",
    confidence: float = 0.7,
) -> Item:
    """A document in which the Red Hand attacks the Port Authority, in `sentences`
    sentences, each a statement of the one edge with CAMEO code `cameo`."""
    text = " ".join(f"The Red Hand raided the Port Authority ({i})." for i in range(sentences))
    step = len(text) // sentences
    evidence = tuple(
        Evidence(text="raid", start=i * step, end=i * step + 4) for i in range(sentences)
    )
    extraction = Extraction(
        document=document,
        date=date,
        actors=(
            Actor("a1", "Red Hand", ActorType.ARMED_GROUP),
            Actor("a2", "Port Authority", ActorType.GOVERNMENT_BODY),
        ),
        relations=(
            Relation("a1", "a2", RelationType.TARGETS, evidence, date=date,
                     confidence=confidence, cameo=cameo),
        ),
    )
    info = DocumentInfo(document, f"{document}-{cameo}-{sentences}", date, len(text.split()),
                        ingested_at="2024-06-01T00:00:00+00:00")
    return info, extraction


# Documents in the order they are stored; the edge's code is the first explicit one in
# document order, whichever document came first in time.
ORDERS = {
    "a later document with another code": [_raid("m.txt", "190"), _raid("z.txt", "193")],
    "an earlier document with another code": [_raid("m.txt", "190"), _raid("a.txt", "195")],
    "an explicit code after none": [_raid("m.txt", None), _raid("z.txt", "193")],
    "no code after one": [_raid("m.txt", "190"), _raid("a.txt", None)],
    "the same code": [_raid("m.txt", "190"), _raid("b.txt", "190", date="2023")],
    "a head that moves": [
        _raid("m.txt", "190", sentences=12, date="2024-05"),
        _raid("c.txt", "193", sentences=3, date="2024-04-30", confidence=0.9),
        _raid("z.txt", "195", sentences=2, date="2025"),
    ],
}


def _stored_figures(folder: Path) -> tuple[object, ...]:
    return (
        query_rows(folder, RELATIONSHIP_FIGURES),
        query_rows(folder, EVIDENCE),
        query_rows(folder, ACTOR_FIGURES),
    )


@pytest.mark.parametrize("per_batch", [1, 2])
@pytest.mark.parametrize("order", sorted(ORDERS))
def test_a_grown_edge_holds_the_figures_a_bulk_load_computes(
    tmp_path: Path, order: str, per_batch: int
) -> None:
    docs = ORDERS[order]
    with LadybugStore(tmp_path / "upserted", batch_documents=per_batch) as store:
        list(store.upsert_documents(docs))
    bulk_load(tmp_path / "bulk", docs)
    assert _stored_figures(tmp_path / "upserted") == _stored_figures(tmp_path / "bulk")


def test_the_corpus_grown_in_batches_is_the_bulk_loaded_one(tmp_path: Path) -> None:
    docs = _documents(40)
    with LadybugStore(tmp_path / "upserted", batch_documents=7) as store:
        list(store.upsert_documents(docs))
    bulk_load(tmp_path / "bulk", docs)
    assert _stored_figures(tmp_path / "upserted") == _stored_figures(tmp_path / "bulk")
    with LadybugStore(tmp_path / "upserted") as one, LadybugStore(tmp_path / "bulk") as bulk:
        assert compare_graphs(one, bulk) == []


def test_a_stored_edge_is_updated_in_place(tmp_path: Path) -> None:
    folder = tmp_path / "graph"
    relationship = "MATCH (:Actor)-[r:TARGETS]->(:Actor) RETURN id(r), r.count"
    with LadybugStore(folder) as store:
        store.upsert_document(*_raid("m.txt", "190", sentences=2))
    (before,) = query_rows(folder, relationship)
    with LadybugStore(folder) as store:
        store.upsert_document(*_raid("z.txt", "190", sentences=3))
    (after,) = query_rows(folder, relationship)
    assert after[0] == before[0]  # the same relationship, not a new one
    assert (before[1], after[1]) == (2, 5)


class _Counting:
    """Counts the queries a store's connections run (by their first words)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.queries: Counter[str] = Counter()
        real = ladybug.Connection.execute

        def execute(conn: ladybug.Connection, query: Any, parameters: Any = None) -> Any:
            self.queries[" ".join(str(query).split()[:4])] += 1
            return real(conn, query, parameters)

        monkeypatch.setattr(ladybug.Connection, "execute", execute)


def _queries_for(docs: Sequence[Item], folder: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    with LadybugStore(folder, batch_documents=len(docs), batch_seconds=600.0) as store:
        list(store.upsert_documents(docs[:3]))  # the actor index is read once, before
        counting = _Counting(monkeypatch)
        list(store.upsert_documents(docs[3:]))
        monkeypatch.undo()
    return sum(counting.queries.values())


def test_a_transaction_costs_queries_per_kind_of_write_not_per_edge(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    few, many = _documents(10), _documents(40)
    small = _queries_for(few, tmp_path / "few", monkeypatch)
    large = _queries_for(many, tmp_path / "many", monkeypatch)
    # One read per document (is it stored?), the rest per transaction: 30 more
    # documents (hundreds more statements and edges) cost about 30 more queries.
    assert large - small <= (len(many) - len(few)) + 5
