"""Scale benchmarks of the embedded store, one size per child process.

    python -m benchmarks.scale ingest --docs N --path STORE   # build, print JSON
    python -m benchmarks.scale reopen --path STORE            # load, query, print JSON

Each run is a fresh interpreter, so peak memory (ru_maxrss) belongs to one size only.
Stores are filled by upserting synthetic `Extraction`s made from the corpus templates
(benchmarks/corpus.py) without spaCy: extraction cost is linear in words and measured
on its own by the main benchmark.
"""

from __future__ import annotations

import argparse
import json
import resource
import sqlite3
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from actorgraph.documents import sha256_text
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.models import DocumentInfo
from benchmarks.corpus import hub_actor_ids, synthetic_extractions

LOOKUP_ROUNDS = 5
TAIL_LOOKUPS = 10  # tail actors "Liwa 00000".. present at every size


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB.

    VmHWM where Linux offers it: ru_maxrss survives exec, so a child started by a big
    parent would report the parent's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def lookup_actor_ids(store: EmbeddedStore) -> list[str]:
    """The fixed set of actors queried at every size: the hubs and a few tail actors."""
    wanted = [*hub_actor_ids(), *(f"liwa-{i:05d}" for i in range(TAIL_LOOKUPS))]
    return [a for a in wanted if store.get_actor(a) is not None]


def lookup_latency(store: EmbeddedStore) -> dict[str, Any]:
    """connections() latency over the fixed actor set, several rounds (first is cold)."""
    actors = lookup_actor_ids(store)
    times: list[float] = []
    for _ in range(LOOKUP_ROUNDS):
        for actor_id in actors:
            start = time.perf_counter()
            store.connections(actor_id)
            times.append(time.perf_counter() - start)
    times.sort()
    return {
        "actors_queried": len(actors),
        "queries": len(times),
        "connections_p50_ms": round(statistics.median(times) * 1000, 3),
        "connections_p99_ms": round(times[min(len(times) - 1, int(len(times) * 0.99))] * 1000, 3),
    }


def ingest(path: Path, docs: int | None, statements: int | None) -> dict[str, Any]:
    """Upsert synthetic documents into a new store at `path`: `docs` of them, or as many
    as it takes to reach `statements`. Only the upserts are timed."""
    count = docs if docs is not None else max(1, (statements or 0) // 10)
    baseline_mb = peak_rss_mb()
    upsert_s, done, added = 0.0, 0, 0
    with EmbeddedStore(path) as store:
        for doc in synthetic_extractions(count if docs is not None else count * 2):
            info = DocumentInfo(
                doc.id, sha256_text(doc.text), doc.extraction.date, len(doc.text.split())
            )
            start = time.perf_counter()
            result = store.upsert_document(info, doc.extraction)
            upsert_s += time.perf_counter() - start
            done, added = done + 1, added + result.statements_added
            if (docs is not None and done >= docs) or (
                statements is not None and added >= statements
            ):
                break
        stats = store.stats()
        latency = lookup_latency(store)
    return {
        "documents": done,
        "statements": stats.statements,
        "edges": stats.edges,
        "actors": stats.actors,
        "ingest_s": round(upsert_s, 3),
        "ingest_docs_per_s": round(done / upsert_s, 1),
        "us_per_document": round(upsert_s / done * 1e6, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "rss_growth_mb": round(max(peak_rss_mb() - baseline_mb, 0.1), 1),
        **latency,
    }


def reopen(path: Path) -> dict[str, Any]:
    """Open an existing store (rebuild its graph from the file) and query it; the
    baseline is reading the same statement rows with bare sqlite3."""
    start = time.perf_counter()
    conn = sqlite3.connect(path)
    rows = sum(1 for _ in conn.execute("SELECT * FROM statements"))
    conn.close()
    raw_s = time.perf_counter() - start
    baseline_mb = peak_rss_mb()
    start = time.perf_counter()
    with EmbeddedStore(path) as store:
        load_s = time.perf_counter() - start
        loaded_mb = peak_rss_mb()
        stats = store.stats()
        latency = lookup_latency(store)
    size = path.stat().st_size + sum(
        p.stat().st_size for p in path.parent.glob(path.name + "-*") if p.is_file()
    )
    return {
        "statements": stats.statements,
        "raw_rows": rows,
        "raw_sqlite_read_s": round(raw_s, 3),
        "load_s": round(load_s, 3),
        "load_ratio_to_raw_read": round(load_s / raw_s, 2),
        "file_mb": round(size / 2**20, 1),
        "bytes_per_statement": round(size / stats.statements, 1),
        "memory_mb": round(max(loaded_mb - baseline_mb, 0.1), 1),
        **latency,
    }


def run_child(*args: str) -> dict[str, Any]:
    """Run `python -m benchmarks.scale ARGS` in a fresh interpreter; its JSON result."""
    import subprocess

    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.scale", *args],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"benchmarks.scale {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="one scale measurement (see module doc)")
    parser.add_argument("action", choices=["ingest", "reopen"])
    parser.add_argument("--path", type=Path, required=True)
    parser.add_argument("--docs", type=int)
    parser.add_argument("--statements", type=int)
    args = parser.parse_args(argv)
    if args.action == "ingest":
        if (args.docs is None) == (args.statements is None):
            parser.error("ingest needs exactly one of --docs and --statements")
        result = ingest(args.path, args.docs, args.statements)
    else:
        result = reopen(args.path)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
