"""Ingest on every core: a pool of extraction processes, one writer (this process).

The pool's graph must equal the one-process graph of the same files, documents must
be stored in input order, a document that fails is reported by name, and a second
run stores nothing new. Pool processes load their own pipeline (seconds each), so
the corpus is small and the pool is started as few times as possible.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from actorgraph.cli import main
from actorgraph.documents import load_file
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.export import ExportFormat, export_graph
from actorgraph.graph.store import GraphStore
from actorgraph.ingest import (
    ExtractionFailed,
    FileText,
    LocalExtractor,
    extract_batch,
    ingest_paths,
)
from actorgraph.parallel import PoolExtractor, choose_workers, split, usable_cores
from benchmarks.corpus import documents

ROOT = Path(__file__).resolve().parent.parent

DOCS = 20


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for doc_id, text in documents(DOCS, sentences=5, seed=11):
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    return folder


def graph_of(store: GraphStore, tmp_path: Path, name: str) -> dict[str, Any]:
    """The store's JSON export without the ingest times (the only field that differs
    between two runs of the same input)."""
    out = tmp_path / f"{name}.json"
    export_graph(store, ExportFormat.JSON, out)
    graph: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    for doc in graph.get("documents", []):
        doc.pop("ingested_at", None)
    return graph


@pytest.fixture(scope="module")
def local_graph(
    corpus: Path, nlp: Language, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("local")
    with EmbeddedStore(tmp / "g.sqlite3") as store:
        report = ingest_paths(store, nlp, [corpus], progress=False, workers=1)
        assert not report.errors
        return graph_of(store, tmp, "local")


@pytest.mark.slow
def test_two_workers_store_the_graph_one_process_stores(
    corpus: Path, local_graph: dict[str, Any], tmp_path: Path
) -> None:
    with EmbeddedStore(tmp_path / "g.sqlite3") as store:
        report = ingest_paths(store, None, [corpus], progress=False, workers=2)
        assert not report.errors
        assert len(report.results) == DOCS
        # One writer, input order: the results come back as the files were listed.
        assert [r.document for r in report.results] == sorted(p.name for p in corpus.iterdir())
        assert graph_of(store, tmp_path, "pool") == local_graph
        again = ingest_paths(store, None, [corpus], progress=False, workers=2)
        assert again.skipped == DOCS and not again.results


@pytest.mark.slow
def test_the_cli_ingests_with_workers(
    corpus: Path, local_graph: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert main(["ingest", str(corpus), "--data-dir", str(data), "--workers", "2"]) == 0
    captured = capsys.readouterr()
    assert f"{DOCS} created" in captured.out
    assert "words/s" in captured.err  # the progress bar
    with EmbeddedStore(data / "graph.sqlite3") as store:
        assert graph_of(store, tmp_path, "cli") == local_graph


@pytest.mark.slow
def test_a_pool_process_reports_a_failing_document_by_name() -> None:
    # A text no pipeline can read: a lone surrogate cannot even be encoded.
    items = [("good.txt", "Rebels attacked the town of Mopti on Monday."), ("bad.txt", "\ud800")]
    pool = PoolExtractor(1)
    try:
        [(tag, outcomes)] = list(pool.map([("batch", items)]))
    finally:
        pool.close()
    assert tag == "batch"
    assert [getattr(o, "document", None) for o in outcomes] == ["good.txt", "bad.txt"]
    assert not isinstance(outcomes[0], ExtractionFailed)
    assert isinstance(outcomes[1], ExtractionFailed)


def test_a_failing_document_costs_only_itself_in_process(nlp: Language) -> None:
    items = [("a.txt", "Rebels attacked Mopti."), ("b.txt", "\ud800"), ("c.txt", "Iran warned.")]
    [(_, outcomes)] = list(LocalExtractor(nlp).map([(None, items)]))
    failed = [o.document for o in outcomes if isinstance(o, ExtractionFailed)]
    assert failed == ["b.txt"]
    assert [o.document for o in outcomes] == ["a.txt", "b.txt", "c.txt"]


def test_texts_read_from_files_fail_only_the_file_that_cannot_be_read(
    nlp: Language, tmp_path: Path
) -> None:
    kept = tmp_path / "kept.txt"
    kept.write_text("Rebels attacked the town of Mopti on Monday.", encoding="utf-8")
    edited = tmp_path / "edited.txt"
    edited.write_text("Iran warned Israel on Tuesday.", encoding="utf-8")
    planned = load_file(edited).sha256
    edited.write_text("Iran warned Israel on Wednesday.", encoding="utf-8")
    items = [
        ("kept.txt", FileText(str(kept), load_file(kept).sha256)),
        ("gone.txt", FileText(str(tmp_path / "gone.txt"), "0" * 64)),
        ("edited.txt", FileText(str(edited), planned)),
        ("text.txt", "Iran warned Israel on Tuesday."),
    ]
    outcomes = extract_batch(nlp, items)
    assert [o.document for o in outcomes] == ["kept.txt", "gone.txt", "edited.txt", "text.txt"]
    failed = {o.document: o.reason for o in outcomes if isinstance(o, ExtractionFailed)}
    assert set(failed) == {"gone.txt", "edited.txt"}
    assert str(tmp_path / "gone.txt") in failed["gone.txt"]
    assert "changed" in failed["edited.txt"]
    assert outcomes[0] == extract_batch(nlp, [("kept.txt", load_file(kept).text)])[0]


@pytest.mark.parametrize(
    ("requested", "words", "expected"),
    [
        (3, 10, 3),  # as asked, whatever the size
        (1, 10_000_000, 1),
        (None, 100, 1),  # a small input stays in this process
        (None, 10_000_000, usable_cores()),  # a large one uses every core
    ],
)
def test_choose_workers(requested: int | None, words: int, expected: int) -> None:
    assert choose_workers(requested, words) == expected


def test_choose_workers_refuses_zero() -> None:
    with pytest.raises(ValueError, match="1 or more"):
        choose_workers(0, 100)


def test_the_cli_refuses_zero_workers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", str(tmp_path), "--data-dir", str(tmp_path), "--workers", "0"]) == 2
    assert "--workers must be 1 or more" in capsys.readouterr().err


def test_split_keeps_order_and_size() -> None:
    items = [(str(i), "t") for i in range(10)]
    parts = split(items, 4)
    assert [len(p) for p in parts] == [4, 4, 2]
    assert [i for p in parts for i in p] == items
    assert split([], 4) == []


def test_the_benchmark_report_gives_the_ratio_against_the_target() -> None:
    from benchmarks.parallel import markdown

    def variant(seconds: float, ratio: float) -> dict[str, Any]:
        return {"best_s": seconds, "runs_s": [seconds], "words_per_s": 1000, "ratio": ratio}

    report = {
        "docs": 10, "words": 1000, "cores": 2, "pipeline_load_s": 3.0,
        "cpu_s": {"1 process": 10.0, "pool of 2": 12.0},
        "variants": {"1 process": variant(10.0, 1.0), "pool of 2": variant(5.9, 1.69)},
    }
    text = markdown(report)
    assert "| pool of 2 | 5.9 | 1,000 | 1.69× |" in text
    assert "1.69× (meets the 1.6× target)" in text
    assert "overhead: 1.20×" in text
    report["variants"]["pool of 2"] = variant(9.0, 1.11)
    assert "1.11× (misses the 1.6× target)" in markdown(report)


GROWING_PROCESS = """
import json
from benchmarks.parallel import reset_peak, worker_memory_mb

before = worker_memory_mb()
grown = bytearray(64 * 2**20)
grown[:: 4096] = b"x" * len(grown[:: 4096])  # touched: resident, not just reserved
after = worker_memory_mb()
del grown
reset = reset_peak()
print(json.dumps({"before": before, "after": after, "reset": reset,
                  "later": worker_memory_mb()}))
"""


def test_the_worker_memory_figures_follow_a_growing_process() -> None:
    # A fresh process: a long-lived one (pytest) may grow into memory it already holds.
    done = subprocess.run([sys.executable, "-c", GROWING_PROCESS], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    seen = json.loads(done.stdout)
    before, after = seen["before"], seen["after"]
    assert 0 < before["rss_mb"] <= before["peak_mb"]
    assert after["rss_mb"] >= before["rss_mb"] + 48
    if seen["reset"]:  # the peak starts again from what is resident now
        assert seen["later"]["peak_mb"] < after["peak_mb"]


def test_the_worker_memory_report_says_which_peak_it_gives() -> None:
    from benchmarks.parallel import memory_markdown

    point = {"rss_mb": 250, "peak_mb": 300}
    report = {"words": 1000, "started": point, "pipeline_loaded": point, "peak_reset": True,
              "after_texts": point, "after_paths": point, "words_per_s_texts": 900,
              "words_per_s_paths": 950}
    text = memory_markdown(report)
    assert "| pipeline loaded | 250 | 300 |" in text
    assert "since the pipeline loaded" in text and "900 with texts sent" in text
    report["peak_reset"] = False
    assert "since the worker started" in memory_markdown(report)
