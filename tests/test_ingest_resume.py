"""An interrupted ingest resumes: documents stored with the same content are skipped
without being extracted again, and the progress bar shows words/s and an ETA."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from spacy.language import Language

import actorgraph.ingest as ingest_module
from actorgraph.domain import Extraction
from actorgraph.extract import extract_documents
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.ingest import ingest_paths
from benchmarks.corpus import documents

DOCS = 8


class CountingExtractor:
    """Wraps extract_documents and counts the documents it is asked to read."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(
        self,
        nlp: Language,
        items: Iterable[tuple[str, str]],
        *,
        batch_size: int = 32,
        n_process: int = 1,
    ) -> Iterator[Extraction]:
        def counted() -> Iterator[tuple[str, str]]:
            for doc_id, text in items:
                self.seen.append(doc_id)
                yield doc_id, text

        return extract_documents(nlp, counted(), batch_size=batch_size, n_process=n_process)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc_id, text in documents(DOCS, sentences=3):
        (folder / doc_id).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def extractor(monkeypatch: pytest.MonkeyPatch) -> CountingExtractor:
    counter = CountingExtractor()
    monkeypatch.setattr(ingest_module, "extract_documents", counter)
    return counter


def test_second_ingest_extracts_only_the_missing_half(
    nlp: Language, corpus: Path, tmp_path: Path, extractor: CountingExtractor
) -> None:
    files = sorted(corpus.iterdir())
    with EmbeddedStore(tmp_path / "g.sqlite3") as store:
        first = ingest_paths(store, nlp, files[: DOCS // 2], progress=False)
        assert first.count("created") == DOCS // 2
        extractor.seen.clear()
        second = ingest_paths(store, nlp, [corpus], progress=False)
        assert sorted(extractor.seen) == [f.name for f in files[DOCS // 2 :]]
        assert second.skipped == DOCS // 2
        assert second.count("created") == DOCS // 2
        assert store.stats().documents == DOCS


def test_ingest_killed_mid_way_resumes_after_the_last_stored_document(
    nlp: Language,
    corpus: Path,
    tmp_path: Path,
    extractor: CountingExtractor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "g.sqlite3"
    with EmbeddedStore(path) as store:
        real_upsert = store.upsert_document
        stored = 0

        def upsert_then_die(*args: object, **kwargs: object) -> object:
            nonlocal stored
            if stored == 3:
                raise KeyboardInterrupt  # as if Ctrl-C arrived during the fourth document
            stored += 1
            return real_upsert(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(store, "upsert_document", upsert_then_die)
        with pytest.raises(KeyboardInterrupt):
            ingest_paths(store, nlp, [corpus], progress=False)
    extractor.seen.clear()
    with EmbeddedStore(path) as store:  # a new process would reopen the file
        report = ingest_paths(store, nlp, [corpus], progress=False)
        assert report.skipped == 3
        assert len(extractor.seen) == DOCS - 3
        assert store.stats().documents == DOCS


def test_progress_bar_shows_words_per_second_and_eta(
    nlp: Language, corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with EmbeddedStore(tmp_path / "g.sqlite3") as store:
        ingest_paths(store, nlp, [corpus], progress=True)
    bar = capsys.readouterr().err
    assert "words/s" in bar
    assert "<" in bar  # tqdm's "elapsed<remaining" (the ETA) needs a known total
