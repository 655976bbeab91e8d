"""Storing one chunk while the next is extracted (ingest.write_overlapped): the same
graph as writing in turn, one writer thread, the writer's errors raised to the caller
as they were, and an interrupt that leaves every document whole or absent."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

import actorgraph.ingest as ingest_module
import actorgraph.stored as stored_module
from actorgraph.domain import Extraction
from actorgraph.extract import extract_document, extract_documents
from actorgraph.graph import ladybug_store
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.migrate import compare_graphs
from actorgraph.graph.models import DocumentInfo, UpsertResult
from actorgraph.graph.store import GraphStore, StoreError
from actorgraph.ingest import ingest_paths
from benchmarks.corpus import documents

DOCS = 10
CHUNK = 3  # four chunks of the corpus: three overlap a write

OpenStore = Callable[[Path], GraphStore]
STORES: dict[str, OpenStore] = {
    "sqlite": lambda folder: EmbeddedStore(folder / "g.sqlite3"),
    "ladybug": lambda folder: LadybugStore(folder / "ladybug"),
}


@pytest.fixture(autouse=True)
def _small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_module, "CHUNK_SIZE", CHUNK)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc_id, text in documents(DOCS, sentences=3):
        (folder / doc_id).write_text(text, encoding="utf-8")
    return folder


def writer_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "actorgraph-writer"]


class Watched:
    """Wraps extract_documents: counts the documents read, and calls `on_read` with
    the count before each one (which may raise, as Ctrl-C would during extraction)."""

    def __init__(self, on_read: Callable[[int], None] | None = None) -> None:
        self.read = 0
        self.on_read = on_read

    def __call__(
        self,
        nlp: Language,
        items: Iterable[tuple[str, str]],
        *,
        batch_size: int = 32,
        n_process: int = 1,
    ) -> Iterator[Extraction]:
        def counted() -> Iterator[tuple[str, str]]:
            for item in items:
                if self.on_read is not None:
                    self.on_read(self.read)
                self.read += 1
                yield item

        return extract_documents(nlp, counted(), batch_size=batch_size, n_process=n_process)


class _Stopped(datetime):
    """One instant for every ingestion time, so that two runs' documents compare."""

    @classmethod
    def now(cls, tz: tzinfo | None = None) -> _Stopped:
        return cls(2026, 1, 2, 3, 4, 5, tzinfo=tz or UTC)


@pytest.mark.parametrize("kind", sorted(STORES))
def test_overlapped_ingest_stores_what_ingest_in_turn_stores(
    nlp: Language, corpus: Path, tmp_path: Path, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stored_module, "datetime", _Stopped)
    with STORES[kind](tmp_path / "in-turn") as in_turn, STORES[kind](tmp_path / "ahead") as ahead:
        expected = ingest_paths(in_turn, nlp, [corpus], progress=False, write_ahead=0)
        report = ingest_paths(ahead, nlp, [corpus], progress=False)
        assert report.results == expected.results
        assert report.count("created") == DOCS
        assert report.words == expected.words == sum(len(f.read_text().split())
                                                     for f in corpus.iterdir())
        assert compare_graphs(in_turn, ahead) == []
        again = ingest_paths(ahead, nlp, [corpus], progress=False)
        assert again.skipped == DOCS and not again.results
    assert writer_threads() == []


def test_one_thread_writes_while_the_caller_extracts_the_next_chunk(
    nlp: Language, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    watched = Watched()
    monkeypatch.setattr(ingest_module, "extract_documents", watched)
    next_chunk_read = threading.Event()
    watched.on_read = lambda read: next_chunk_read.set() if read >= CHUNK else None
    writers: set[int] = set()
    at_once = 0
    most_at_once = 0
    overlapped: list[bool] = []
    with EmbeddedStore(tmp_path / "g.sqlite3") as store:
        real_upsert = store.upsert_document

        def upsert(*args: object, **kwargs: object) -> UpsertResult:
            nonlocal at_once, most_at_once
            writers.add(threading.get_ident())
            at_once += 1
            most_at_once = max(most_at_once, at_once)
            if not overlapped:
                # The first write waits for the second chunk's extraction: in turn,
                # that extraction would only start after this write (and never come).
                overlapped.append(next_chunk_read.wait(timeout=300))
            try:
                return real_upsert(*args, **kwargs)  # type: ignore[arg-type]
            finally:
                at_once -= 1

        monkeypatch.setattr(store, "upsert_document", upsert)
        report = ingest_paths(store, nlp, [corpus], progress=False)
        assert report.count("created") == DOCS
    assert overlapped == [True]
    assert len(writers) == 1 and threading.get_ident() not in writers
    assert most_at_once == 1


@pytest.mark.parametrize("kind", sorted(STORES))
def test_a_failed_write_is_raised_by_name_and_nothing_after_it_is_stored(
    nlp: Language, corpus: Path, tmp_path: Path, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = sorted(p.name for p in corpus.iterdir())
    bad = names[4]
    message = f"the graph failed while writing document {bad!r}: disk full"
    with STORES[kind](tmp_path) as store:
        if isinstance(store, LadybugStore):
            # Inside the transaction: the batch is rolled back, written again one
            # document per transaction, and the error raised at the bad one.
            real_write = ladybug_store._upsert

            def write(
                tx: Any, index: Any, pending: Any, document: Any, extraction: Extraction
            ) -> Any:
                if extraction.document == bad:
                    raise StoreError(message)
                return real_write(tx, index, pending, document, extraction)

            monkeypatch.setattr(ladybug_store, "_upsert", write)
        else:
            real_upsert = store.upsert_document

            def upsert(info: DocumentInfo, extraction: Extraction) -> UpsertResult:
                if info.id == bad:
                    raise StoreError(message)
                return real_upsert(info, extraction)

            monkeypatch.setattr(store, "upsert_document", upsert)
        with pytest.raises(StoreError) as caught:
            ingest_paths(store, nlp, [corpus], progress=False)
        assert str(caught.value) == message
        assert writer_threads() == []
        assert sorted(d.id for d in store.list_documents()) == names[:4]
        monkeypatch.undo()
        monkeypatch.setattr(ingest_module, "CHUNK_SIZE", CHUNK)
        report = ingest_paths(store, nlp, [corpus], progress=False)
        assert report.skipped == 4 and report.count("created") == DOCS - 4


@pytest.mark.parametrize("kind", sorted(STORES))
def test_ctrl_c_while_extracting_stops_the_writer_and_leaves_documents_whole(
    nlp: Language, corpus: Path, tmp_path: Path, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupt(read: int) -> None:
        if read == 2 * CHUNK + 1:  # inside the third chunk: two are with the writer
            raise KeyboardInterrupt

    monkeypatch.setattr(ingest_module, "extract_documents", Watched(interrupt))
    with STORES[kind](tmp_path) as store:
        with pytest.raises(KeyboardInterrupt):
            ingest_paths(store, nlp, [corpus], progress=False)
        assert writer_threads() == []  # joined: nothing writes after the interrupt
        stored = store.stats().documents
        assert stored <= 2 * CHUNK
        monkeypatch.setattr(ingest_module, "extract_documents", extract_documents)
        report = ingest_paths(store, nlp, [corpus], progress=False)
        assert report.skipped == stored
        assert report.count("created") == DOCS - stored
        assert store.stats().documents == DOCS


def test_an_interrupt_inside_the_writer_reaches_the_caller(
    nlp: Language, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with EmbeddedStore(tmp_path / "g.sqlite3") as store:
        real_upsert = store.upsert_document
        calls = 0

        def upsert(*args: object, **kwargs: object) -> UpsertResult:
            nonlocal calls
            calls += 1
            if calls == 5:
                raise KeyboardInterrupt  # as if Ctrl-C arrived during the fifth write
            return real_upsert(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(store, "upsert_document", upsert)
        with pytest.raises(KeyboardInterrupt):
            ingest_paths(store, nlp, [corpus], progress=False)
        assert writer_threads() == []
        assert store.stats().documents == 4


def test_a_copy_is_read_in_place_of_an_original_that_failed_to_extract(
    nlp: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    texts = dict(documents(DOCS, sentences=3))
    for doc_id, text in texts.items():
        (folder / doc_id).write_text(text, encoding="utf-8")
    first = sorted(texts)[0]
    (folder / "zz-copy.txt").write_text(texts[first], encoding="utf-8")  # the last chunk

    def fails_on_first(nlp: Language, items: Iterable[tuple[str, str]],
                       **kwargs: int) -> Iterator[Extraction]:
        listed = list(items)
        if any(doc_id == first for doc_id, _ in listed):
            raise ValueError("unreadable")
        return extract_documents(nlp, listed, **kwargs)

    def one_fails(nlp: Language, text: str, doc_id: str) -> Extraction:
        if doc_id == first:
            raise ValueError("unreadable")
        return extract_document(nlp, text, doc_id)

    monkeypatch.setattr(ingest_module, "extract_documents", fails_on_first)
    monkeypatch.setattr(ingest_module, "extract_document", one_fails)
    with EmbeddedStore(tmp_path / "g.sqlite3") as store:
        report = ingest_paths(store, nlp, [folder], progress=False)
        assert report.errors == [f"{first}: extraction failed (ValueError: unreadable)"]
        assert report.copies == []
        copy = store.get_document("zz-copy.txt")
        assert copy is not None and copy.duplicate_of is None
        assert store.stats().documents == DOCS


@pytest.mark.parametrize(
    ("total", "bounds"),
    [
        (0, []),
        (20, [(0, 20)]),
        (32, [(0, 32)]),
        (40, [(0, 32), (32, 40)]),
        (70, [(0, 32), (32, 64), (64, 70)]),
        (80, [(0, 32), (32, 64), (64, 72), (72, 80)]),
        (128, [(0, 32), (32, 64), (64, 96), (96, 112), (112, 120), (120, 128)]),
        (90, [(0, 32), (32, 64), (64, 77), (77, 90)]),
    ],
)
def test_chunks_cover_every_document_in_order_and_the_last_ones_are_small(
    total: int, bounds: list[tuple[int, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest_module, "CHUNK_SIZE", 32)
    monkeypatch.setattr(ingest_module, "TAIL_CHUNK", 8)
    assert ingest_module.chunk_bounds(total) == bounds


@pytest.mark.parametrize("kind", sorted(STORES))
def test_a_split_last_chunk_stores_what_ingest_in_turn_stores(
    nlp: Language, corpus: Path, tmp_path: Path, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stored_module, "datetime", _Stopped)
    monkeypatch.setattr(ingest_module, "CHUNK_SIZE", 4)
    monkeypatch.setattr(ingest_module, "TAIL_CHUNK", 1)
    sizes: list[int] = []
    real_batch = ingest_module.extract_batch

    def batch(nlp: Language, items: ingest_module.Items) -> list[ingest_module.Outcome]:
        sizes.append(len(items))
        return real_batch(nlp, items)

    monkeypatch.setattr(ingest_module, "extract_batch", batch)
    with STORES[kind](tmp_path / "in-turn") as in_turn, STORES[kind](tmp_path / "ahead") as ahead:
        expected = ingest_paths(in_turn, nlp, [corpus], progress=False, write_ahead=0)
        sizes.clear()
        report = ingest_paths(ahead, nlp, [corpus], progress=False)
        assert sizes == [4, 4, 1, 1]
        assert report.results == expected.results and report.count("created") == DOCS
        assert compare_graphs(in_turn, ahead) == []
    assert writer_threads() == []
