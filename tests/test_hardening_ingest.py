"""One long document never stalls the service, and long documents are read in pieces
with exact offsets, or refused by name (issue 18, cases 2 and 3)."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from spacy.language import Language

import actorgraph.extract
from actorgraph.api import create_app
from actorgraph.cli import main
from actorgraph.domain import Actor, ActorType, Evidence, Extraction, Relation, RelationType
from actorgraph.extract import extract_document
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.settings import Settings
from tests.live_server import served

STORY = (
    "The Crimson Brigade attacked an army post near the river town of Velka on Monday, "
    "officials said. Iran backed the Crimson Brigade in its fight against the army.\n"
)
# One sentence, no full stop, well over the sentence bound.
RAMBLE = ", ".join(["the Crimson Brigade attacked the army near Velka"] * 1_300)


class BlockingExtraction:
    """Stands in for the pipeline: each document waits until the test releases it."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.release = threading.Event()

    def __call__(self, nlp: object, text: str, document: str) -> Extraction:
        self.started.set()
        self.release.wait(120)
        return Extraction(
            document=document,
            date=None,
            actors=(Actor("a", "Velka", ActorType.LOCATION), Actor("b", "Oskar", ActorType.STATE)),
            relations=(
                Relation("a", "b", RelationType.LOCATED_IN, (Evidence(text, 0, len(text)),)),
            ),
        )


@pytest.fixture
def blocking(monkeypatch: pytest.MonkeyPatch) -> BlockingExtraction:
    fake = BlockingExtraction()
    monkeypatch.setattr(actorgraph.extract, "extract_document", fake)
    return fake


def post(base: str, doc_id: str, results: list[int]) -> None:
    with httpx.Client(base_url=base, timeout=180) as client:
        response = client.post("/documents", json={"id": doc_id, "text": f"{doc_id} story."})
        results.append(response.status_code)


# ------------------------------------------------------------ case 2: no stall


def test_health_and_reads_answer_while_45_ingests_wait(
    store: EmbeddedStore, tmp_path: Path, blocking: BlockingExtraction
) -> None:
    """45 ingests used to take all 40 request threads, and /health then timed out."""
    app = create_app(Settings(data_dir=tmp_path, ingest_queue_size=64), store=store, nlp=object())  # type: ignore[arg-type]
    results: list[int] = []
    with served(app) as base:
        posts = [
            threading.Thread(target=post, args=(base, f"doc-{n}.txt", results)) for n in range(45)
        ]
        for thread in posts:
            thread.start()
        try:
            assert blocking.started.wait(60)
            time.sleep(1.0)  # let every ingest arrive and wait
            with httpx.Client(base_url=base, timeout=10) as client:
                assert client.get("/health").status_code == 200
                read = client.get("/actors", params={"q": "crimson"})
                assert read.status_code == 200 and read.json()["items"]
                assert client.get("/ready").status_code == 200
        finally:
            blocking.release.set()
            for thread in posts:
                thread.join(120)
    assert sorted(results) == [201] * 45


def test_a_full_queue_answers_503_with_retry_after_at_once(
    store: EmbeddedStore, tmp_path: Path, blocking: BlockingExtraction
) -> None:
    app = create_app(Settings(data_dir=tmp_path, ingest_queue_size=1), store=store, nlp=object())  # type: ignore[arg-type]
    results: list[int] = []
    with served(app) as base:
        first = threading.Thread(target=post, args=(base, "first.txt", results))
        first.start()
        assert blocking.started.wait(60)  # the worker holds the first document
        second = threading.Thread(target=post, args=(base, "second.txt", results))
        second.start()
        try:
            jobs = app.state.actorgraph.extractor._jobs
            for _ in range(400):  # until the second one sits in the queue
                if jobs.full():
                    break
                time.sleep(0.05)
            with httpx.Client(base_url=base, timeout=10) as client:
                response = client.post("/documents", json={"id": "third.txt", "text": "x y"})
            assert response.status_code == 503, response.text
            assert response.headers["retry-after"] == "5"
            assert "ACTORGRAPH_INGEST_QUEUE_SIZE" in response.json()["detail"]
        finally:
            blocking.release.set()
            first.join(60)
            second.join(60)
    assert sorted(results) == [201, 201]
    assert store.get_document("third.txt") is None


def test_extraction_past_its_time_budget_is_a_422(
    store: EmbeddedStore, tmp_path: Path, nlp: Language
) -> None:
    app = create_app(Settings(data_dir=tmp_path, extract_timeout_s=0.001), store=store, nlp=nlp)
    with TestClient(app) as client:
        long = client.post("/documents", json={"id": "ramble.txt", "text": RAMBLE})
        short = client.post("/documents", json={"id": "short.txt", "text": STORY})
    assert long.status_code == 422, long.text
    assert "ACTORGRAPH_EXTRACT_TIMEOUT_S" in long.json()["detail"]
    assert store.get_document("ramble.txt") is None
    assert short.status_code == 201, short.text  # one piece: always finishes


@pytest.mark.slow
def test_a_long_single_sentence_in_flight_leaves_health_answering(
    store: EmbeddedStore, tmp_path: Path, nlp: Language
) -> None:
    app = create_app(Settings(data_dir=tmp_path), store=store, nlp=nlp)
    text = f"{RAMBLE} {RAMBLE} {RAMBLE}. {STORY}"
    outcome: list[httpx.Response] = []

    def ingest(base: str) -> None:
        with httpx.Client(base_url=base, timeout=600) as client:
            outcome.append(client.post("/documents", json={"id": "long.txt", "text": text}))

    with served(app) as base:
        worker = threading.Thread(target=ingest, args=(base,))
        worker.start()
        answered = 0
        with httpx.Client(base_url=base, timeout=10) as client:
            while worker.is_alive() and answered < 50:
                assert client.get("/health").status_code == 200
                assert client.get("/actors/crimson-brigade").status_code in {200, 404}
                answered += 1
                time.sleep(0.1)
        worker.join(600)
    assert answered >= 1
    assert outcome[0].status_code == 201, outcome[0].text
    statements = [s for e in store.edges() for s in e.statements if s.document == "long.txt"]
    assert statements
    for statement in statements:
        assert text[statement.start : statement.end] == statement.text


# --------------------------------------------- case 3: over 1,000,000 characters


def padded() -> str:
    """Over a million characters, cheap to parse: stories around a run of spaces."""
    return STORY * 3 + " " * 1_000_000 + "\n" + STORY.replace("Monday", "Friday")


def check_offsets(text: str, record: dict[str, Any]) -> int:
    """Every evidence span indexes the text; returns the furthest start."""
    furthest = 0
    for rel in record["relations"]:
        for ev in rel["evidence"]:
            assert text[ev["start"] : ev["end"]] == ev["text"]
            furthest = max(furthest, ev["start"])
    return furthest


def test_a_text_over_a_million_characters_is_read_in_pieces(nlp: Language) -> None:
    text = padded()
    assert len(text) > 1_000_000 > nlp.max_length - 1
    extraction = extract_document(nlp, text, "long.txt").to_json()
    assert check_offsets(text, extraction) > 1_000_000  # the story after the padding


def test_the_api_stores_a_document_over_a_million_characters(
    store: EmbeddedStore, tmp_path: Path, nlp: Language
) -> None:
    """spaCy's E088 used to come back as a 500."""
    text = padded()
    app = create_app(Settings(data_dir=tmp_path), store=store, nlp=nlp)
    with TestClient(app) as client:
        response = client.post("/documents", json={"id": "long.txt", "text": text})
    assert response.status_code == 201, response.text
    starts = [
        s.start
        for e in store.edges()
        for s in e.statements
        if s.document == "long.txt" and text[s.start : s.end] == s.text
    ]
    assert max(starts) > 1_000_000


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n, town in enumerate(("Velka", "Morrow", "Tessel"), 1):
        (corpus / f"{n}-story.txt").write_text(STORY.replace("Velka", town), encoding="utf-8")
    (corpus / "4-long.txt").write_text(padded(), encoding="utf-8")
    return corpus


def stored_ids(data: Path) -> set[str]:
    store = EmbeddedStore(data / "graph.sqlite3")
    try:
        return {d.id for d in store.list_documents()}
    finally:
        store.close()


def test_the_cli_stores_every_file_of_a_folder_with_one_over_a_million(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert main(["ingest", str(folder), "--data-dir", str(data), "--no-progress"]) == 0
    assert stored_ids(data) == {"1-story.txt", "2-story.txt", "3-story.txt", "4-long.txt"}
    assert "4 created" in capsys.readouterr().out


def test_a_file_over_the_character_limit_is_refused_by_name_and_the_rest_stored(
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("ACTORGRAPH_MAX_DOCUMENT_CHARS", "500000")
    data = tmp_path / "data"
    assert main(["ingest", str(folder), "--data-dir", str(data), "--no-progress"]) == 1
    assert stored_ids(data) == {"1-story.txt", "2-story.txt", "3-story.txt"}
    err = capsys.readouterr().err
    assert "4-long.txt" in err and "over the limit of 500,000" in err
    assert "ACTORGRAPH_MAX_DOCUMENT_CHARS" in err


def test_a_document_whose_extraction_fails_costs_only_itself(
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from actorgraph.extract import chunks

    real = chunks.pipe

    def failing_pipe(nlp: Language, items: Any, **kwargs: Any) -> Any:
        for doc, context in real(nlp, items, **kwargs):
            if context[0] == "2-story.txt":
                raise RuntimeError("the parser broke")
            yield doc, context

    def failing_parse(nlp: Language, text: str) -> Any:
        if "Morrow" in text:
            raise RuntimeError("the parser broke again")
        return real_parse(nlp, text)

    real_parse = chunks.parse
    monkeypatch.setattr(chunks, "pipe", failing_pipe)
    monkeypatch.setattr(chunks, "parse", failing_parse)
    data = tmp_path / "data"
    assert main(["ingest", str(folder), "--data-dir", str(data), "--no-progress"]) == 1
    assert stored_ids(data) == {"1-story.txt", "3-story.txt", "4-long.txt"}
    assert "2-story.txt: extraction failed" in capsys.readouterr().err


# ------------------------------------------------------------------ the pieces


@pytest.mark.parametrize(
    "text",
    [STORY, STORY * 2_000, RAMBLE, " " * 250_000, "x" * 10_000, STORY + RAMBLE + "\n" + STORY],
    ids=["short", "many-sentences", "one-long-sentence", "spaces", "one-long-word", "mixed"],
)
def test_pieces_cover_the_text_exactly_and_are_bounded(text: str) -> None:
    from actorgraph.extract import chunks

    parts = chunks.pieces(text)
    assert "".join(parts) == text
    assert all(len(part) <= chunks.MAX_PIECE_CHARS for part in parts)
    if len(text) <= chunks.MAX_PIECE_CHARS and max(map(len, text.split("\n"))) < 3_000:
        assert parts == [text]


def test_a_long_sentence_is_parsed_as_bounded_sentences(nlp: Language) -> None:
    from actorgraph.extract import chunks

    doc = chunks.parse(nlp, RAMBLE)
    assert doc.text == RAMBLE
    assert max(len(sent.text) for sent in doc.sents) <= chunks.MAX_SENTENCE_CHARS


def test_reading_in_pieces_finds_what_reading_whole_does(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    from actorgraph.extract import chunks

    text = STORY * 6
    whole = extract_document(nlp, text, "s.txt")
    monkeypatch.setattr(chunks, "MAX_PIECE_CHARS", 300)
    assert len(chunks.pieces(text)) > 1
    assert extract_document(nlp, text, "s.txt") == whole
    (batched,) = actorgraph.extract.extract_documents(nlp, [("s.txt", text)])
    assert batched == whole
    assert json.dumps(whole.to_json())  # still the contract's JSON
