"""Ingest (extraction + store) against extraction alone, on the same corpus in one run,
for the SQLite store and the Ladybug store: is the store the bottleneck?

    python -m benchmarks.ladybug_ingest --docs 160 [--rounds 3] [--prefill 100000]

Each round times extraction alone, then ingest into each variant, back to back, the
variants in a rotated order each round (so none always runs first or last); a
variant's ratio is the best extraction time over its best ingest time, and every
round's own ratio is listed (the machine is shared: single rounds swing with load;
the load average at each round's start is listed too).

Variants: each store written by a writer thread while the next chunk is extracted
(`sqlite`, `ladybug`: what `actorgraph ingest` does), and written in turn with
extraction in the one thread (`sqlite_in_turn`, `ladybug_in_turn`: ingest before the
writer thread; `write_ahead=0`). Ladybug writes several whole documents per
transaction in both. `write_only_docs_per_s` times each store writing the round's
extractions alone (best round).

`--prefill N` first fills each store with N synthetic statements (Ladybug by bulk
load, SQLite by upserts), so the documents are written into a graph of that size.
Prints one JSON object; `ratio_to_extract_only` is extraction time over ingest time
(1.0: the store costs nothing; the issue's target is 0.9).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from actorgraph.documents import SourceDocument, sha256_text
from actorgraph.graph.batch_writes import upsert_many
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.models import DocumentInfo
from actorgraph.graph.store import GraphStore
from actorgraph.ingest import WRITE_AHEAD
from benchmarks.corpus import documents, synthetic_extractions

WARMUP_DOCS = 5


STORES = ("sqlite", "ladybug")
# name: (store, chunks that may wait for the writer thread; 0 writes in turn)
VARIANTS = {
    "sqlite": ("sqlite", WRITE_AHEAD),
    "sqlite_in_turn": ("sqlite", 0),
    "ladybug": ("ladybug", WRITE_AHEAD),
    "ladybug_in_turn": ("ladybug", 0),
}


def prefilled(kind: str, folder: Path, statements: int) -> GraphStore:
    """A store of `kind` holding about `statements` synthetic statements."""
    docs = (
        (DocumentInfo(d.id, sha256_text(d.text), d.extraction.date, 1), d.extraction)
        for d in synthetic_extractions(max(1, statements // 10) if statements else 0)
    )
    if kind.startswith("ladybug"):
        if statements:
            from actorgraph.graph.ladybug_bulk import bulk_load

            bulk_load(folder / "ladybug", docs)
        return LadybugStore(folder / "ladybug")
    store = EmbeddedStore(folder / "g.sqlite3")
    if statements:
        for info, extraction in docs:
            store.upsert_document(info, extraction)
    return store


def run(n_docs: int, prefill: int, rounds: int = 3) -> dict[str, Any]:
    from actorgraph.extract import build_pipeline, extract_documents
    from actorgraph.ingest import ingest_documents

    nlp = build_pipeline()
    docs = [SourceDocument(i, t, sha256_text(t)) for i, t in documents(n_docs, seed=11)]
    list(extract_documents(nlp, ((d.id, d.text) for d in docs[:WARMUP_DOCS])))
    extract_times: list[float] = []
    loads: list[float] = []
    ingest_times: dict[str, list[float]] = {name: [] for name in VARIANTS}
    write_times: dict[str, list[float]] = {kind: [] for kind in STORES}
    names = list(VARIANTS)
    for turn in range(max(1, rounds)):
        loads.append(round(os.getloadavg()[0], 2))
        start = time.perf_counter()
        extractions = list(extract_documents(nlp, ((d.id, d.text) for d in docs)))
        extract_times.append(time.perf_counter() - start)
        items = [
            (DocumentInfo(d.id, d.sha256, e.date, d.words), e)
            for d, e in zip(docs, extractions, strict=True)
        ]
        shift = turn % len(names)
        for name in names[shift:] + names[:shift]:
            kind, write_ahead = VARIANTS[name]
            with tempfile.TemporaryDirectory(prefix="actorgraph-ingest-") as tmp:
                store = prefilled(kind, Path(tmp), prefill)
                try:
                    start = time.perf_counter()
                    ingest_documents(store, nlp, docs, write_ahead=write_ahead)
                    ingest_times[name].append(time.perf_counter() - start)
                finally:
                    store.close()
        for kind in STORES:
            # The store's writes alone, of the extractions just made (less noisy than
            # the difference of two timings that include extraction).
            with tempfile.TemporaryDirectory(prefix="actorgraph-write-") as tmp:
                store = prefilled(kind, Path(tmp), prefill)
                try:
                    start = time.perf_counter()
                    for _ in upsert_many(store, items):
                        pass
                    write_times[kind].append(time.perf_counter() - start)
                finally:
                    store.close()
    extract_s = min(extract_times)
    result: dict[str, Any] = {
        "documents": n_docs,
        "prefill_statements": prefill,
        "rounds": len(extract_times),
        "load_average_each_round": loads,
        "load_average_after": round(os.getloadavg()[0], 2),
        "extract_only_docs_per_s": round(n_docs / extract_s, 1),
    }
    for name, times in ingest_times.items():
        kind, _ = VARIANTS[name]
        ingest_s = min(times)
        result[name] = {
            "ingest_docs_per_s": round(n_docs / ingest_s, 1),
            "write_only_docs_per_s": round(n_docs / min(write_times[kind]), 1),
            "ratio_to_extract_only": round(extract_s / ingest_s, 3),
            "each_round": [
                round(e / i, 3) for e, i in zip(extract_times, times, strict=True)
            ],
        }
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=160)
    parser.add_argument("--prefill", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    print(json.dumps(run(args.docs, args.prefill, args.rounds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
