"""Ingest on every core and on a Dask cluster, as words/s ratios to one process.

    python -m benchmarks.parallel [--docs N] [--dask] [--n-process] [--out benchmarks/results]
    python -m benchmarks.parallel --worker-memory [--docs N]

Each figure is one whole `ingest_paths` run of the same synthetic corpus (written to
files first) into a fresh embedded store, start-up included: the one-process run
loads its pipeline, the pool starts its processes and each loads its own, the
cluster's workers load theirs when the client first registers the pipeline plugin
(the cluster itself, a scheduler and workers on loopback, is started before the
clock; later runs find the pipelines loaded, as a second ingest on a cluster does).
`--n-process` adds spaCy's own `nlp.pipe(n_process=2)` on extraction alone, the way
the main benchmark measures it, for comparison. Runs alternate (one process, then
the others) and the best of `--runs` is kept, so a slow spell of a shared machine
falls on every variant. Results go to OUT/parallel.json and OUT/parallel.md.

`--worker-memory` measures instead what one Dask worker process needs: its resident
memory before the pipeline, once the pipeline is loaded, and its peak while it
extracts the corpus (sent as texts, then as paths the worker reads), with its words/s
in each mode. Results go to OUT/worker_memory.json and OUT/worker_memory.md.
"""

from __future__ import annotations

import argparse
import json
import resource
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.ingest import ingest_paths
from actorgraph.parallel import usable_cores
from benchmarks.corpus import documents

TARGET_RATIO = 1.6  # two workers vs one on a two-core machine


def write_corpus(folder: Path, count: int) -> int:
    """`count` documents as files; returns their words."""
    words = 0
    for doc_id, text in documents(count, sentences=12, seed=3):
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (pool processes count
    once the pool is shut down)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed_ingest(corpus: Path, scratch: Path, **options: Any) -> tuple[float, float]:
    """Wall and CPU seconds of one whole ingest of `corpus` into a new store."""
    path = scratch / f"run-{time.monotonic_ns()}.sqlite3"
    cpu = cpu_seconds()
    start = time.perf_counter()
    with EmbeddedStore(path) as store:
        report = ingest_paths(store, None, [corpus], progress=False, **options)
    took = time.perf_counter() - start
    cpu = cpu_seconds() - cpu
    path.unlink()
    if report.errors or len(report.results) == 0:
        raise RuntimeError(f"the ingest failed: {report.errors[:3]}")
    return took, cpu


def pipeline_load_s() -> float:
    """Seconds to build the pipeline in a fresh interpreter (what each worker pays)."""
    code = (
        "import time; t = time.perf_counter(); "
        "from actorgraph.extract import build_pipeline; build_pipeline(); "
        "print(time.perf_counter() - t)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    return float(done.stdout.strip())


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def loopback_cluster(workers: int, folder: Path) -> Iterator[str]:
    """A Dask scheduler and `workers` one-thread workers on loopback; all stopped
    on the way out."""
    from distributed import Client

    address = f"tcp://127.0.0.1:{free_port()}"
    base = [sys.executable, "-m", "dask"]
    processes = [subprocess.Popen(
        [*base, "scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
         "--no-dashboard"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )]
    try:
        for i in range(workers):
            processes.append(subprocess.Popen(
                [*base, "worker", address, "--host", "127.0.0.1", "--nthreads", "1",
                 "--no-nanny", "--no-dashboard", "--local-directory", str(folder / f"w{i}")],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            ))
        with Client(address, timeout="60s", set_as_default=False) as client:
            client.wait_for_workers(workers, timeout=300)
        yield address
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def worker_memory_mb() -> dict[str, int]:
    """Run on a worker: its resident memory now and its peak so far, in MB (Linux's
    VmRSS and VmHWM)."""
    fields = dict(
        line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines()
        if ":" in line
    )
    kilobytes = {name: int(fields[name].split()[0]) for name in ("VmRSS", "VmHWM")}
    return {"rss_mb": round(kilobytes["VmRSS"] / 1024),
            "peak_mb": round(kilobytes["VmHWM"] / 1024)}


def reset_peak() -> bool:
    """Run on a worker: start its peak (VmHWM) again from its present memory, so the
    next peak is the extraction's, not the pipeline load's. False where Linux refuses."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def bench_worker_memory(corpus: Path, scratch: Path, words: int) -> dict[str, Any]:
    """One worker's memory and words/s: bare, pipeline loaded, after each ingest."""
    from distributed import Client

    from actorgraph.cluster import DaskExtractor

    def on_worker(client: Client) -> dict[str, int]:
        answers: dict[str, dict[str, int]] = client.run(worker_memory_mb)
        [figures] = answers.values()
        return figures

    result: dict[str, Any] = {"words": words}
    with loopback_cluster(1, scratch) as address, Client(
        address, timeout="60s", set_as_default=False
    ) as client:
        result["started"] = on_worker(client)
        step("loading the pipeline on the worker")
        extractor = DaskExtractor(client=client)
        try:
            result["pipeline_loaded"] = on_worker(client)
            result["peak_reset"] = all(client.run(reset_peak).values())
            for mode, send_paths in (("texts", False), ("paths", True)):
                step(f"ingest, the worker gets {mode}")
                wall, _ = timed_ingest(corpus, scratch, extractor=extractor,
                                       send_paths=send_paths)
                result[f"after_{mode}"] = on_worker(client)
                result[f"words_per_s_{mode}"] = round(words / wall)
        finally:
            extractor.close()
    return result


def memory_markdown(m: dict[str, Any]) -> str:
    rows = [("worker started, no pipeline", m["started"]),
            ("pipeline loaded", m["pipeline_loaded"]),
            ("after extracting, texts sent", m["after_texts"]),
            ("after extracting, paths sent", m["after_paths"])]
    since = "since the pipeline loaded" if m["peak_reset"] else "since the worker started"
    lines = [f"One Dask worker (one thread, no nanny), {m['words']:,} words per ingest.", "",
             f"| moment | resident MB | peak MB ({since} for the last two) |", "|---|---|---|"]
    lines += [f"| {name} | {v['rss_mb']} | {v['peak_mb']} |" for name, v in rows]
    lines += ["", f"Words/s of the worker (pipeline loaded, this process storing): "
              f"{m['words_per_s_texts']:,} with texts sent, {m['words_per_s_paths']:,} "
              "with paths sent."]
    return "\n".join(lines) + "\n"


def bench_n_process(count: int) -> dict[str, float]:
    """spaCy's n_process=2 vs one process, extraction alone (no store)."""
    from actorgraph.extract import build_pipeline, extract_documents

    nlp = build_pipeline()
    docs = list(documents(count, sentences=12, seed=3))
    start = time.perf_counter()
    list(extract_documents(nlp, docs, batch_size=32))
    one = time.perf_counter() - start
    start = time.perf_counter()
    list(extract_documents(nlp, docs, batch_size=32, n_process=2))
    two = time.perf_counter() - start
    return {"one_process_s": round(one, 2), "n_process_2_s": round(two, 2),
            "ratio": round(one / two, 2)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300, help="documents (default 300)")
    parser.add_argument("--runs", type=int, default=2, help="runs of each variant (best kept)")
    parser.add_argument("--dask", action="store_true", help="also a loopback Dask cluster")
    parser.add_argument("--n-process", action="store_true", help="also spaCy's n_process=2")
    parser.add_argument("--worker-memory", action="store_true",
                        help="only one Dask worker's memory and words/s")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results"))
    args = parser.parse_args()
    if args.worker_memory:
        with tempfile.TemporaryDirectory(prefix="actorgraph-memory-") as tmp:
            corpus = Path(tmp) / "corpus"
            corpus.mkdir()
            memory = bench_worker_memory(corpus, Path(tmp), write_corpus(corpus, args.docs))
        write_results(args.out, "worker_memory", memory, memory_markdown(memory))
        return 0
    report: dict[str, Any] = {"cores": usable_cores(), "docs": args.docs}
    with tempfile.TemporaryDirectory(prefix="actorgraph-parallel-") as tmp:
        scratch = Path(tmp)
        corpus = scratch / "corpus"
        corpus.mkdir()
        words = write_corpus(corpus, args.docs)
        report["words"] = words
        step("pipeline load in a fresh process")
        report["pipeline_load_s"] = round(pipeline_load_s(), 2)
        variants: dict[str, Callable[[], tuple[float, float]]] = {
            "1 process": lambda: timed_ingest(corpus, scratch, workers=1),
            "pool of 2": lambda: timed_ingest(corpus, scratch, workers=2),
        }
        times: dict[str, list[float]] = {name: [] for name in variants}
        cpu: dict[str, list[float]] = {name: [] for name in variants}
        for run in range(args.runs):
            for name, work in variants.items():
                step(f"run {run + 1}/{args.runs}: {name}")
                wall, used = work()
                times[name].append(wall)
                cpu[name].append(used)
        # CPU seconds per run, all processes: what the pool costs beyond the work itself.
        report["cpu_s"] = {name: round(min(c), 2) for name, c in cpu.items()}
        if args.dask:
            from actorgraph.cluster import DaskExtractor

            for count in (1, 2):
                name = f"Dask, {count} worker{'s' if count > 1 else ''}"
                step(f"{name}: starting the cluster")
                with loopback_cluster(count, scratch) as address:
                    times[name] = []
                    for run in range(args.runs):
                        step(f"run {run + 1}/{args.runs}: {name}")
                        start = time.perf_counter()
                        extractor = DaskExtractor(address)  # workers load the pipeline here
                        try:
                            timed_ingest(corpus, scratch, extractor=extractor)
                        finally:
                            extractor.close()
                        times[name].append(time.perf_counter() - start)
        base = min(times["1 process"])
        report["variants"] = {
            name: {
                "best_s": round(min(t), 2),
                "runs_s": [round(x, 2) for x in t],
                "words_per_s": round(words / min(t)),
                "ratio": round(base / min(t), 2),
            }
            for name, t in times.items()
        }
    if args.n_process:
        step("spaCy n_process=2, extraction alone")
        report["spacy_n_process"] = bench_n_process(args.docs)
    write_results(args.out, "parallel", report, markdown(report))
    return 0


def write_results(out: Path, name: str, report: dict[str, Any], text: str) -> None:
    """OUT/NAME.json and OUT/NAME.md, and the table on stdout."""
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{name}.json").write_text(json.dumps(report, indent=2) + "\n")
    (out / f"{name}.md").write_text(text)
    print(text)


def markdown(report: dict[str, Any]) -> str:
    lines = [
        f"Ingest of {report['docs']} documents ({report['words']:,} words) on "
        f"{report['cores']} cores, start-up included; ratio = words/s over one process's.",
        "",
        "| variant | best s | words/s | ratio |",
        "|---|---|---|---|",
    ]
    for name, v in report["variants"].items():
        lines.append(f"| {name} | {v['best_s']} | {v['words_per_s']:,} | {v['ratio']}× |")
    dask = {name: v for name, v in report["variants"].items() if name.startswith("Dask")}
    if dask:
        firsts = ", ".join(f"{name} {v['runs_s'][0]} s" for name, v in dask.items())
        lines += ["", "A cluster keeps its workers' pipelines between runs (the plugin is "
                  "registered once), so its best run has no start-up; first runs, with the "
                  f"pipeline loads: {firsts}."]
    pool = report["variants"]["pool of 2"]["ratio"]
    verdict = "meets" if pool >= TARGET_RATIO else "misses"
    lines += ["", f"Pool of 2 vs 1 process: {pool}× ({verdict} the {TARGET_RATIO}× target)."]
    if "cpu_s" in report:
        one, pool = report["cpu_s"]["1 process"], report["cpu_s"]["pool of 2"]
        lines.append(
            f"CPU seconds, every process: 1 process {one}, pool of 2 {pool} "
            f"(the pool's overhead: {pool / one:.2f}×; each process loads the pipeline in "
            f"{report['pipeline_load_s']} s)."
        )
    if "spacy_n_process" in report:
        n = report["spacy_n_process"]
        lines.append(f"spaCy n_process=2 vs 1, extraction alone: {n['ratio']}×.")
    return "\n".join(lines) + "\n"


def step(what: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {what}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
