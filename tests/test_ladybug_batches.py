"""Several whole documents per Ladybug transaction (LadybugStore.upsert_documents):
the same store as one transaction per document, results only after their commit, a
bad document costing only itself, and the actor index right after a rolled-back batch."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from actorgraph.domain import Extraction
from actorgraph.graph.batch_writes import BatchWriter, upsert_many
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.migrate import compare_graphs
from actorgraph.graph.models import DocumentInfo
from tests.test_ladybug_bulk import _documents, _views, upserted  # noqa: F401

Item = tuple[DocumentInfo, Extraction]


def _with_replacements(docs: list[Item]) -> list[Item]:
    """The documents, then the first five again with other content (replaced inside a
    later batch) and the next five unchanged."""
    changed = [
        (dataclasses.replace(d, sha256="0" * 64), dataclasses.replace(e, relations=e.relations[:1]))
        for d, e in docs[:5]
    ]
    return docs + changed + docs[5:10]


@pytest.mark.parametrize("per_batch", [3, 64])
def test_batches_make_the_store_one_document_transactions_make(
    tmp_path: Path, per_batch: int
) -> None:
    docs = _with_replacements(_documents(40))
    with LadybugStore(tmp_path / "one", batch_documents=1) as one:
        expected = [one.upsert_document(d, e) for d, e in docs]
        with LadybugStore(tmp_path / "batched", batch_documents=per_batch) as batched:
            assert list(batched.upsert_documents(docs)) == expected
            assert compare_graphs(one, batched) == []
            assert one.stats() == batched.stats()
            assert _views(one) == _views(batched)
            # Re-ingest is idempotent in batches too.
            statuses = {r.status for r in batched.upsert_documents(docs[5:])}
            assert statuses == {"unchanged"}
    assert {r.status for r in expected} == {"created", "replaced", "unchanged"}


def test_each_result_comes_once_its_batch_is_committed(tmp_path: Path) -> None:
    docs = _documents(7)
    with LadybugStore(tmp_path / "g", batch_documents=4, batch_seconds=60.0) as store:
        stored_when_yielded = [store.stats().documents for _ in store.upsert_documents(docs)]
    # 10 documents, four to a transaction: seen by another connection batch by batch.
    assert stored_when_yielded == [4, 4, 4, 4, 8, 8, 8, 8, 10, 10]


def test_a_time_limit_closes_a_batch_early(tmp_path: Path) -> None:
    docs = _documents(3)
    with LadybugStore(tmp_path / "g", batch_documents=100, batch_seconds=0.0) as store:
        stored_when_yielded = [store.stats().documents for _ in store.upsert_documents(docs)]
    assert stored_when_yielded == list(range(1, len(docs) + 1))


def test_a_bad_document_costs_only_itself_and_the_index_recovers(
    tmp_path: Path, upserted: Path  # noqa: F811
) -> None:
    docs = _documents(40)
    wrong = (docs[3][0], dataclasses.replace(docs[3][1], document="another.txt"))
    seen: list[str] = []
    with LadybugStore(tmp_path / "g", batch_documents=10) as store:
        with pytest.raises(ValueError, match="does not match"):
            for result in store.upsert_documents([*docs[:3], wrong, *docs[4:]]):
                seen.append(result.document)
        # The documents before the bad one are stored, nothing after it.
        assert seen == [d.id for d, _ in docs[:3]]
        assert sorted(d.id for d in store.list_documents()) == sorted(seen)
        # The rolled-back batch left no trace in the writer's actor index.
        assert [r.status for r in store.upsert_documents(docs)] == (
            ["unchanged"] * 3 + ["created"] * (len(docs) - 3)
        )
        with LadybugStore(upserted, read_only=True) as one:
            assert compare_graphs(one, store) == []
            assert _views(one) == _views(store)


def test_an_error_of_the_caller_comes_after_the_documents_before_it(tmp_path: Path) -> None:
    docs = _documents(5)

    def items() -> Iterator[Item]:
        yield from docs[:4]
        raise RuntimeError("the source broke")

    seen: list[str] = []
    with LadybugStore(tmp_path / "g") as store:
        with pytest.raises(RuntimeError, match="the source broke"):
            for result in store.upsert_documents(items()):
                seen.append(result.document)
        assert seen == [d.id for d, _ in docs[:4]]
        assert store.stats().documents == 4


def test_stores_without_batches_write_one_document_each(tmp_path: Path) -> None:
    docs = _documents(5)
    with EmbeddedStore(tmp_path / "g.sqlite3") as sqlite, LadybugStore(tmp_path / "l") as ladybug:
        assert not isinstance(sqlite, BatchWriter)
        assert isinstance(ladybug, BatchWriter)
        from_sqlite = list(upsert_many(sqlite, docs))
        from_ladybug = list(upsert_many(ladybug, docs))
        assert [r.status for r in from_sqlite] == ["created"] * len(docs)
        assert from_ladybug == from_sqlite
