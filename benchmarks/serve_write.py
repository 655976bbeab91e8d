"""Peak memory of a serving process that also writes, on a copy of a built store.

    python -m benchmarks.serve_write --path STORE [--docs N] [--pool MB]

The process reads the store as `actorgraph serve` does (first pages, the API's page
cache filled to its budget and kept, `/relations` and paths), then upserts N new
synthetic documents one by one, reading a hub's first page between writes. Its resident
memory is sampled every 50 ms throughout. STORE is a Ladybug folder built by
`python -m benchmarks.scale build --store ladybug --statements N`; it is copied first,
so it stays as built. Prints JSON: the peak while reading, the peak while writing, the
resident memory after each write, and the write time (checkpoints included).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from actorgraph.documents import sha256_text
from actorgraph.graph.heap import resident_bytes
from actorgraph.graph.ladybug_store import (
    BUFFER_POOL_BYTES,
    LARGE_GRAPH_MEMORY_BYTES,
    LadybugStore,
)
from actorgraph.graph.models import DocumentInfo
from benchmarks.corpus import hub_actor_ids, synthetic_extractions
from benchmarks.scale import fill_page_cache, first_page_latency, read_query_latency

SAMPLE_SECONDS = 0.05


class PeakSampler:
    """The largest resident memory seen by a thread sampling it every SAMPLE_SECONDS."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            time.sleep(SAMPLE_SECONDS)

    def sample(self) -> int:
        now = resident_bytes() or 0
        self.peak = max(self.peak, now)
        return now

    def __enter__(self) -> PeakSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _mb(value: int) -> int:
    return round(value / 2**20)


def app_with_full_page_cache(store: LadybugStore) -> Any:
    """An API app whose page cache is filled to its budget (`fill_page_cache`); returned
    so that the caller keeps it, as a server does."""
    from actorgraph.api.app import create_app
    from actorgraph.settings import Settings

    app = create_app(Settings(), store=store)

    async def fill() -> None:
        async with app.router.lifespan_context(app):
            await fill_page_cache(app, store)

    asyncio.run(fill())
    return app


def serve_then_write(path: Path, docs: int, pool_bytes: int = BUFFER_POOL_BYTES) -> dict[str, Any]:
    """Read the store at `path` (a copy of it is written) as a server does, then write
    `docs` new documents with a page read between writes; memory figures in MB."""
    with tempfile.TemporaryDirectory(prefix="actorgraph-serve-write-") as tmp:
        copy = Path(tmp) / "graph"
        shutil.copytree(path, copy)
        with PeakSampler() as sampler, LadybugStore(
            copy, buffer_pool_bytes=pool_bytes, memory_bytes=LARGE_GRAPH_MEMORY_BYTES
        ) as store:
            stored = store.stats().documents
            first_page_latency(store)
            read_query_latency(store)
            app = app_with_full_page_cache(store)
            reads_peak = sampler.peak
            # Documents after those a build of this size made (the same generator).
            made = synthetic_extractions(max(stored + docs, 1))
            hubs = hub_actor_ids()
            after_each: list[int] = []
            start = time.perf_counter()
            for i, doc in enumerate(itertools.islice(made, stored, stored + docs)):
                info = DocumentInfo(
                    doc.id, sha256_text(doc.text), doc.extraction.date, len(doc.text.split())
                )
                store.upsert_document(info, doc.extraction)
                store.connection_page(hubs[i % len(hubs)], limit=50, evidence_limit=3)
                after_each.append(_mb(sampler.sample()))
            write_s = time.perf_counter() - start
            written = store.stats().documents - stored
            del app
    return {
        "documents_before": stored,
        "documents_written": written,
        "pool_mb": _mb(pool_bytes),
        "reads_peak_mb": _mb(reads_peak),
        "peak_mb": _mb(sampler.peak),
        "write_s_per_document": round(write_s / max(docs, 1), 3),
        "rss_after_each_write_mb": after_each,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="a serving process's memory as it writes")
    parser.add_argument("--path", type=Path, required=True, help="a built Ladybug store")
    parser.add_argument("--docs", type=int, default=60, help="documents written")
    parser.add_argument("--pool", type=int, default=BUFFER_POOL_BYTES // 2**20, help="MB")
    args = parser.parse_args(argv)
    if not (args.path / "graph.lbug").exists():
        parser.error(f"no Ladybug store at {args.path} (build one with benchmarks.scale build)")
    print(json.dumps(serve_then_write(args.path, args.docs, args.pool * 2**20)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
