"""Ingest (extraction + store) against extraction alone, on the same corpus in one run,
for the SQLite store and the Ladybug store: is the store the bottleneck?

    python -m benchmarks.ladybug_ingest --docs 160 [--rounds 3] [--prefill 100000 | --from STORE]

Each round times extraction alone, then ingest into each variant, back to back, the
variants in a rotated order each round (so none always runs first or last); a
variant's ratio is the best extraction time over its best ingest time, and every
round's own ratio is listed (the machine is shared: single rounds swing with load;
the load average at each round's start is listed too).

Variants: each store written by a writer thread while the next chunk is extracted
(`sqlite`, `ladybug`: what `actorgraph ingest` does), and written in turn with
extraction in the one thread (`sqlite_in_turn`, `ladybug_in_turn`: ingest before the
writer thread; `write_ahead=0`). `ladybug_files` is the whole of `actorgraph ingest
FOLDER` on the Ladybug store: the same documents as files, scanned, skip-tested, read
again, fingerprinted, extracted and written (`ingest_paths`); the others start from
the texts in memory. Ladybug writes several whole documents per
transaction in both. `write_only_docs_per_s` times each store writing the round's
extractions alone (best round).

`--prefill N` first fills each store with N synthetic statements (Ladybug by bulk
load, SQLite by upserts), so the documents are written into a graph of that size.
`--from STORE` instead starts each Ladybug store as a copy of a built one (a folder made
by `python -m benchmarks.scale build --store ladybug`): at a million statements a copy
takes seconds where a bulk load takes minutes. The documents ingested are new to such a
store (ids of their own); `--replace` gives them the ids of the stored synthetic
documents instead, so that each one replaces a stored document with a new text (what a
re-ingest of edited files costs).
Prints one JSON object; `ratio_to_extract_only` is extraction time over ingest time
(1.0: the store costs nothing; the issue's target is 0.9). Each timing also takes the
process's CPU time (every thread): `cpu_ratio_to_extract_only` is extraction's CPU
over ingest's, which is what the wall ratio would be with no second core free for
the writer. `write_only_cpu_s` is the writer's own CPU: the store writing the round's
extractions alone, on the calling thread (best round), and
`write_only_cpu_share_of_extraction` that over extraction's CPU. `--variants
sqlite,ladybug` runs only those.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from actorgraph.documents import SourceDocument, sha256_text
from actorgraph.graph.batch_writes import upsert_many
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.ladybug_store import DATABASE_FILE, LadybugStore
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
    "ladybug_files": ("ladybug", WRITE_AHEAD),
}
# Variants that ingest the documents as files (`ingest_paths`), not from memory.
FROM_FILES = frozenset({"ladybug_files"})


def write_files(docs: Sequence[SourceDocument], folder: Path) -> Path:
    """The documents as text files named by their ids (an ingest of the folder gives
    them the same ids)."""
    folder.mkdir()
    for doc in docs:
        (folder / f"{doc.id}.txt").write_text(doc.text, encoding="utf-8")
    return folder


def benchmark_documents(count: int, replace: bool = False) -> Iterator[tuple[str, str]]:
    """The corpus ingested: texts other than the prefill's, under ids of their own, or
    (`replace`) under the ids the prefill's documents are stored with."""
    return documents(count, seed=11, prefix="synthetic" if replace else "ingested")


def prefilled(
    kind: str, folder: Path, statements: int, source: Path | None = None
) -> GraphStore:
    """A store of `kind` holding about `statements` synthetic statements, or (Ladybug
    only) a copy of the built store `source`."""
    if source is not None:
        if not kind.startswith("ladybug"):
            raise ValueError("--from copies a Ladybug store: choose Ladybug variants only")
        shutil.copytree(source, folder / "ladybug")
        return LadybugStore(folder / "ladybug")
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


class _Clock:
    """Wall and process CPU seconds of a `with` block (CPU of every thread: the
    writer's too)."""

    def __enter__(self) -> _Clock:
        self._started = (time.perf_counter(), time.process_time())
        return self

    def __exit__(self, *exc: object) -> None:
        wall, cpu = self._started
        self.spent = (time.perf_counter() - wall, time.process_time() - cpu)


def run(
    n_docs: int,
    prefill: int,
    rounds: int = 3,
    variants: Sequence[str] = tuple(VARIANTS),
    source: Path | None = None,
    replace: bool = False,
) -> dict[str, Any]:
    from actorgraph.extract import build_pipeline, extract_documents
    from actorgraph.ingest import ingest_documents, ingest_paths

    nlp = build_pipeline()
    docs = [SourceDocument(i, t, sha256_text(t)) for i, t in benchmark_documents(n_docs, replace)]
    corpus_dir = tempfile.TemporaryDirectory(prefix="actorgraph-corpus-")
    corpus = write_files(docs, Path(corpus_dir.name) / "corpus")
    list(extract_documents(nlp, ((d.id, d.text) for d in docs[:WARMUP_DOCS])))
    extract_times: list[tuple[float, float]] = []
    loads: list[float] = []
    names = [name for name in VARIANTS if name in variants]
    ingest_times: dict[str, list[tuple[float, float]]] = {name: [] for name in names}
    kinds = sorted({VARIANTS[name][0] for name in names})
    write_times: dict[str, list[tuple[float, float]]] = {kind: [] for kind in kinds}
    for turn in range(max(1, rounds)):
        loads.append(round(os.getloadavg()[0], 2))
        with _Clock() as clock:
            extractions = list(extract_documents(nlp, ((d.id, d.text) for d in docs)))
        extract_times.append(clock.spent)
        items = [
            (DocumentInfo(d.id, d.sha256, e.date, d.words), e)
            for d, e in zip(docs, extractions, strict=True)
        ]
        shift = turn % len(names)
        for name in names[shift:] + names[:shift]:
            kind, write_ahead = VARIANTS[name]
            with tempfile.TemporaryDirectory(prefix="actorgraph-ingest-") as tmp:
                store = prefilled(kind, Path(tmp), prefill, source)
                try:
                    with _Clock() as clock:
                        if name in FROM_FILES:
                            report = ingest_paths(store, nlp, [corpus], progress=False,
                                                  workers=1, write_ahead=write_ahead)
                            if len(report.results) != n_docs or report.errors:
                                raise SystemExit(f"{name}: {report.summary()}")
                        else:
                            ingest_documents(store, nlp, docs, write_ahead=write_ahead)
                    ingest_times[name].append(clock.spent)
                finally:
                    store.close()
        for kind in kinds:
            # The store's writes alone, of the extractions just made (less noisy than
            # the difference of two timings that include extraction).
            with tempfile.TemporaryDirectory(prefix="actorgraph-write-") as tmp:
                store = prefilled(kind, Path(tmp), prefill, source)
                try:
                    with _Clock() as clock:
                        deque(upsert_many(store, items), maxlen=0)
                    write_times[kind].append(clock.spent)
                finally:
                    store.close()
    corpus_dir.cleanup()
    extract_s = min(wall for wall, _ in extract_times)
    extract_cpu = min(cpu for _, cpu in extract_times)
    result: dict[str, Any] = {
        "documents": n_docs,
        "words": sum(d.words for d in docs),
        "prefill_statements": prefill,
        "copied_from": str(source) if source else None,
        "replaces_stored_documents": replace,
        "rounds": len(extract_times),
        "load_average_each_round": loads,
        "load_average_after": round(os.getloadavg()[0], 2),
        "extract_only_docs_per_s": round(n_docs / extract_s, 1),
        "extract_only_cpu_s": round(extract_cpu, 2),
    }
    for name, times in ingest_times.items():
        kind, _ = VARIANTS[name]
        ingest_s = min(wall for wall, _ in times)
        ingest_cpu = min(cpu for _, cpu in times)
        result[name] = {
            "ingest_docs_per_s": round(n_docs / ingest_s, 1),
            "write_only_docs_per_s": round(n_docs / min(w for w, _ in write_times[kind]), 1),
            # The writes alone run on the calling thread: their CPU is the writer's own,
            # which the process CPU of an ingest mixes with extraction's.
            "write_only_cpu_s": round(min(c for _, c in write_times[kind]), 3),
            "write_only_cpu_share_of_extraction": round(
                min(c for _, c in write_times[kind]) / extract_cpu, 3
            ),
            "ratio_to_extract_only": round(extract_s / ingest_s, 3),
            # Process CPU (extraction's over ingest's, every thread counted): what the
            # ratio would be with no core to overlap the writes on.
            "cpu_s": round(ingest_cpu, 2),
            "cpu_ratio_to_extract_only": round(extract_cpu / ingest_cpu, 3),
            "each_round": [
                round(e[0] / i[0], 3) for e, i in zip(extract_times, times, strict=True)
            ],
            "each_round_cpu": [
                round(e[1] / i[1], 3) for e, i in zip(extract_times, times, strict=True)
            ],
        }
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=160)
    parser.add_argument("--prefill", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--from", dest="source", type=Path,
                        help="start each Ladybug store as a copy of this built store")
    parser.add_argument("--replace", action="store_true",
                        help="ingest under the stored documents' ids: each replaces one")
    parser.add_argument("--variants", default=",".join(VARIANTS),
                        help=f"comma-separated, of {', '.join(VARIANTS)}")
    args = parser.parse_args(argv)
    variants = [v for v in args.variants.split(",") if v]
    unknown = sorted(set(variants) - set(VARIANTS))
    if unknown or not variants:
        parser.error(f"unknown variants {unknown}; choose from {', '.join(VARIANTS)}")
    if args.source is not None:
        if args.prefill:
            parser.error("--from and --prefill both give the store its graph: choose one")
        if not (args.source / DATABASE_FILE).is_file():
            parser.error(f"no Ladybug store at {args.source} (its graph.lbug is missing)")
        if any(not VARIANTS[v][0].startswith("ladybug") for v in variants):
            parser.error("--from copies a Ladybug store: choose Ladybug variants only")
    if args.replace and not (args.source or args.prefill):
        parser.error("--replace needs stored documents to replace: give --prefill or --from")
    result = run(args.docs, args.prefill, args.rounds, variants, args.source, args.replace)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
