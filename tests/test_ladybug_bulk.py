"""The Ladybug bulk load (COPY from Parquet) makes the same store as upserting the same
documents one by one, and the write path's actor index keeps up with the database."""

from __future__ import annotations

from pathlib import Path

import pytest

from actorgraph.documents import sha256_text
from actorgraph.domain import Extraction
from actorgraph.graph import ladybug_bulk
from actorgraph.graph.ladybug_bulk import bulk_load
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.migrate import compare_graphs
from actorgraph.graph.models import DocumentInfo
from actorgraph.graph.store import StoreError
from benchmarks.corpus import synthetic_extractions
from tests.ladybug_read import actor_columns
from tests.samples import EVIL_TEXT, RAID_TEXT, TRUCE_TEXT, evil, info, raid, truce


def _documents(count: int) -> list[tuple[DocumentInfo, Extraction]]:
    """Synthetic documents plus the three samples (aliases, a claimant, negation)."""
    found = [
        (
            DocumentInfo(
                doc.id,
                sha256_text(doc.text),
                doc.extraction.date,
                len(doc.text.split()),
                ingested_at=f"2024-01-01T00:00:{i:02d}+00:00",
            ),
            doc.extraction,
        )
        for i, doc in enumerate(synthetic_extractions(count, sentences=4))
    ]
    for extraction, text in ((raid(), RAID_TEXT), (truce(), TRUCE_TEXT), (evil(), EVIL_TEXT)):
        found.append((info(extraction, text), extraction))
    return found


def _views(store: LadybugStore) -> tuple[object, ...]:
    """Every actor's record and connections, as the API reads them."""
    ids = sorted(store.to_networkx().nodes)
    return tuple((store.get_actor(a), store.connections(a, include_negated=True)) for a in ids)


def _upgrades_as_before(folder: Path, before: tuple[object, object]) -> None:
    """A graph in an earlier layout whose `_views` and stats were `before`: refused to a
    reader, upgraded by its first writing open with every view kept, then readable."""
    with pytest.raises(StoreError, match="open it for writing once"):
        LadybugStore(folder, read_only=True)
    with LadybugStore(folder) as store:
        assert (_views(store), store.stats()) == before
    with LadybugStore(folder, read_only=True) as reader:  # upgraded: readers open it
        assert _views(reader) == before[0]


def _failed_upgrade_kept(
    folder: Path, column: str, before: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A writing open whose upgrade the caller broke (by `monkeypatch`) fails and
    leaves no `column` on the actors; mended, the next open upgrades with the views
    `before` kept."""
    with pytest.raises(StoreError):
        LadybugStore(folder)
    assert column not in actor_columns(folder)
    monkeypatch.undo()
    with LadybugStore(folder) as store:
        assert _views(store) == before


@pytest.fixture(scope="module")
def upserted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("upserted") / "graph"
    with LadybugStore(folder) as store:
        for document, extraction in _documents(40):
            store.upsert_document(document, extraction)
    return folder


def test_a_bulk_load_makes_the_store_upserts_make(upserted: Path, tmp_path: Path) -> None:
    counts = bulk_load(tmp_path / "bulk", _documents(40))
    with LadybugStore(upserted) as one, LadybugStore(tmp_path / "bulk") as bulk:
        assert compare_graphs(one, bulk) == []
        assert one.stats() == bulk.stats()
        assert (counts.documents, counts.statements) == (
            bulk.stats().documents,
            bulk.stats().statements,
        )
        assert _views(one) == _views(bulk)
        assert any(record is not None and record.degree > 1 for record, _ in _views(bulk))


def test_a_bulk_made_store_takes_upserts_as_any_other(upserted: Path, tmp_path: Path) -> None:
    docs = _documents(40)
    bulk_load(tmp_path / "bulk", docs[:30])
    with LadybugStore(tmp_path / "bulk") as store:
        # Re-ingesting is idempotent; the rest arrive one by one.
        assert {store.upsert_document(d, e).status for d, e in docs[:30]} == {"unchanged"}
        assert {store.upsert_document(d, e).status for d, e in docs[30:]} == {"created"}
        with LadybugStore(upserted, read_only=True) as one:
            assert compare_graphs(one, store) == []
            assert _views(one) == _views(store)


def test_bulk_load_refuses_a_folder_that_holds_a_store(upserted: Path) -> None:
    with pytest.raises(StoreError, match="already holds a graph"):
        bulk_load(upserted, _documents(2))


def test_a_document_given_twice_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    docs = _documents(3)
    with pytest.raises(ValueError, match="given twice"):
        bulk_load(tmp_path / "bulk", [*docs, docs[0]])
    assert not (tmp_path / "bulk").exists()
    assert not (tmp_path / "bulk.building").exists()


def test_replacing_and_deleting_keep_the_writers_actor_index_exact(
    upserted: Path, tmp_path: Path
) -> None:
    """After a replace and a delete (which change actors in ways the writer re-reads),
    new documents resolve against what the database holds: the same graph as a store
    that never had the deleted document."""
    docs = _documents(12)
    (first, extraction), rest = docs[0], docs[1:]
    changed = DocumentInfo(first.id, "0" * 64, first.date, first.words, first.ingested_at)
    with LadybugStore(tmp_path / "a") as a, LadybugStore(tmp_path / "b") as b:
        a.upsert_document(first, extraction)
        assert a.upsert_document(changed, extraction).status == "replaced"
        assert a.delete_document(first.id)
        for document, extraction_ in rest:
            a.upsert_document(document, extraction_)
            b.upsert_document(document, extraction_)
        assert compare_graphs(a, b) == []
        assert _views(a) == _views(b)


def test_tables_loaded_in_parts_make_the_same_store(
    upserted: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Large tables are copied a part at a time (bounded engine memory): appending
    parts to nodes and relationships already loaded gives the same store."""
    monkeypatch.setattr(ladybug_bulk, "ROWS_PER_COPY", 7)
    # Rows reach their files a few at a time, a part filled by several writes.
    monkeypatch.setattr(ladybug_bulk, "FLUSH_ROWS", 3)
    bulk_load(tmp_path / "bulk", _documents(40))
    with LadybugStore(upserted, read_only=True) as one, LadybugStore(tmp_path / "bulk") as bulk:
        assert compare_graphs(one, bulk) == []
        assert _views(one) == _views(bulk)
