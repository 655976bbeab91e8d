"""Chunks that wait for a busy writer thread are written together (fewer transactions),
and nothing else changes: each document's result, the copies recorded, the report's
order and the graph are those of chunks written one at a time."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime, tzinfo
from pathlib import Path

import pytest
from spacy.language import Language

import actorgraph.ingest as ingest_module
import actorgraph.stored as stored_module
from actorgraph.domain import Extraction
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.migrate import compare_graphs
from actorgraph.graph.models import DocumentInfo, UpsertResult
from actorgraph.graph.store import GraphStore
from actorgraph.ingest import ingest_paths
from benchmarks.corpus import documents

OpenStore = Callable[[Path], GraphStore]
STORES: dict[str, OpenStore] = {
    "sqlite": lambda folder: EmbeddedStore(folder / "g.sqlite3"),
    "ladybug": lambda folder: LadybugStore(folder / "ladybug"),
}

# Files in the order ingest reads them (by name), in chunks of three:
#   [a0 a1 a2] [b0 b1 b2] [c0 c1 c2] [d0]
# b1 copies b0 (same chunk), c0 copies b2 (the chunk before: with the writer held,
# both chunks go in one write), d0 copies a0 (written in an earlier write).
ORIGINALS = {"a0": 0, "a1": 1, "a2": 2, "b0": 3, "b2": 4, "c1": 5, "c2": 6}
COPIES = {"b1": "b0", "c0": "b2", "d0": "a0"}
# What a report lists, chunk by chunk: its extracted documents, then its copies.
REPORT_ORDER = ["a0", "a1", "a2", "b0", "b2", "b1", "c1", "c2", "c0", "d0"]


class _Stopped(datetime):
    """One instant for every ingestion time, so that two runs' documents compare."""

    @classmethod
    def now(cls, tz: tzinfo | None = None) -> _Stopped:
        return cls(2026, 1, 2, 3, 4, 5, tzinfo=tz or UTC)


@pytest.fixture(autouse=True)
def _chunks_of_three(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_module, "CHUNK_SIZE", 3)
    monkeypatch.setattr(stored_module, "datetime", _Stopped)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    texts = [text for _, text in documents(len(ORIGINALS), sentences=3)]
    for name, position in ORIGINALS.items():
        (folder / f"{name}.txt").write_text(texts[position], encoding="utf-8")
    for name, original in COPIES.items():
        (folder / f"{name}.txt").write_text(texts[ORIGINALS[original]], encoding="utf-8")
    return folder


class HeldWriter:
    """Holds the writer thread in its first write until the caller has handed it
    `chunks` chunks in all, so that the ones after the first wait in its queue; records
    how many chunks each write takes."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, chunks: int = 3) -> None:
        self.handed = 0
        self.writes: list[int] = []
        self._ready = threading.Event()
        real_put = ingest_module._WriterThread.put
        real_write = ingest_module._Writer.write_chunks
        real_upsert_many = ingest_module.upsert_many

        def put(thread: ingest_module._WriterThread, plan: ingest_module._Plan,
                outcomes: Sequence[ingest_module.Outcome]) -> None:
            real_put(thread, plan, outcomes)
            self.handed += 1
            if self.handed >= chunks:
                self._ready.set()

        def write(writer: ingest_module._Writer,
                  jobs: Sequence[tuple[ingest_module._Plan, Sequence[ingest_module.Outcome]]],
                  ) -> list[UpsertResult]:
            self.writes.append(len(jobs))
            return real_write(writer, jobs)

        def upsert_many(store: GraphStore, items: Iterable[tuple[DocumentInfo, Extraction]],
                        ) -> Iterator[UpsertResult]:
            if len(self.writes) == 1:
                assert self._ready.wait(timeout=300), "the caller never handed the chunks over"
            return real_upsert_many(store, items)

        monkeypatch.setattr(ingest_module._WriterThread, "put", put)
        monkeypatch.setattr(ingest_module._Writer, "write_chunks", write)
        monkeypatch.setattr(ingest_module, "upsert_many", upsert_many)


@pytest.mark.parametrize("kind", sorted(STORES))
def test_chunks_that_waited_are_written_together_with_the_same_report_and_graph(
    nlp: Language, corpus: Path, tmp_path: Path, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with STORES[kind](tmp_path / "in-turn") as in_turn, STORES[kind](tmp_path / "held") as held:
        expected = ingest_paths(in_turn, nlp, [corpus], progress=False, write_ahead=0)
        writer = HeldWriter(monkeypatch)
        report = ingest_paths(held, nlp, [corpus], progress=False)
        monkeypatch.undo()

        assert writer.writes[0] == 1 and max(writer.writes) >= 2  # two chunks in one write
        assert sum(writer.writes) == 4
        assert [r.document for r in expected.results] == [f"{n}.txt" for n in REPORT_ORDER]
        assert report.results == expected.results
        assert [r.status for r in report.results] == ["created"] * len(REPORT_ORDER)
        assert report.copies == expected.copies == ["b1.txt", "c0.txt", "d0.txt"]
        assert report.errors == expected.errors == []
        assert report.words == expected.words
        for name, original in COPIES.items():
            stored = held.get_document(f"{name}.txt")
            assert stored is not None and stored.duplicate_of == f"{original}.txt"
            copy = next(r for r in report.results if r.document == f"{name}.txt")
            assert copy.statements_added == 0
        assert compare_graphs(in_turn, held) == []

        again = ingest_paths(held, nlp, [corpus], progress=False)
        assert again.skipped == len(REPORT_ORDER) and not again.results


def test_documents_are_reported_done_in_input_order_when_chunks_are_merged(
    nlp: Language, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    done: list[str] = []
    real_writer = ingest_module._Writer

    def writer(*args: object, **kwargs: object) -> ingest_module._Writer:
        made = real_writer(*args, **kwargs)  # type: ignore[arg-type]
        advance = made.on_done
        assert advance is not None

        def record(doc: ingest_module.SourceDocument) -> None:
            done.append(doc.id.removesuffix(".txt"))
            advance(doc)

        made.on_done = record
        return made

    HeldWriter(monkeypatch)
    monkeypatch.setattr(ingest_module, "_Writer", writer)
    with LadybugStore(tmp_path / "ladybug") as store:
        report = ingest_paths(store, nlp, [corpus], progress=False)
    assert done == REPORT_ORDER
    assert [r.document.removesuffix(".txt") for r in report.results] == REPORT_ORDER
