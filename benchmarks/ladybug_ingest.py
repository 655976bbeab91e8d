"""Ingest (extraction + store) against extraction alone, on the same corpus in one run,
for the SQLite store and the Ladybug store: is the store the bottleneck?

    python -m benchmarks.ladybug_ingest --docs 60 [--prefill 100000]

`--prefill N` first fills each store with N synthetic statements (Ladybug by bulk
load, SQLite by upserts), so the documents are written into a graph of that size.
Prints one JSON object; `ratio_to_extract_only` is extraction time over ingest time
(1.0: the store costs nothing; the issue's target is 0.9).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from actorgraph.documents import SourceDocument, sha256_text
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.models import DocumentInfo
from actorgraph.graph.store import GraphStore
from benchmarks.corpus import documents, synthetic_extractions

WARMUP_DOCS = 5


def prefilled(kind: str, folder: Path, statements: int) -> GraphStore:
    """A store of `kind` holding about `statements` synthetic statements."""
    docs = (
        (DocumentInfo(d.id, sha256_text(d.text), d.extraction.date, 1), d.extraction)
        for d in synthetic_extractions(max(1, statements // 10) if statements else 0)
    )
    if kind == "ladybug":
        if statements:
            from actorgraph.graph.ladybug_bulk import bulk_load

            bulk_load(folder / "ladybug", docs)
        return LadybugStore(folder / "ladybug")
    store = EmbeddedStore(folder / "g.sqlite3")
    if statements:
        for info, extraction in docs:
            store.upsert_document(info, extraction)
    return store


def run(n_docs: int, prefill: int) -> dict[str, Any]:
    from actorgraph.extract import build_pipeline, extract_documents
    from actorgraph.ingest import ingest_documents

    nlp = build_pipeline()
    docs = [SourceDocument(i, t, sha256_text(t)) for i, t in documents(n_docs, seed=11)]
    list(extract_documents(nlp, ((d.id, d.text) for d in docs[:WARMUP_DOCS])))
    start = time.perf_counter()
    list(extract_documents(nlp, ((d.id, d.text) for d in docs)))
    extract_s = time.perf_counter() - start
    result: dict[str, Any] = {
        "documents": n_docs,
        "prefill_statements": prefill,
        "extract_only_docs_per_s": round(n_docs / extract_s, 1),
    }
    for kind in ("sqlite", "ladybug"):
        with tempfile.TemporaryDirectory(prefix="actorgraph-ingest-") as tmp:
            store = prefilled(kind, Path(tmp), prefill)
            try:
                start = time.perf_counter()
                ingest_documents(store, nlp, docs)
                ingest_s = time.perf_counter() - start
            finally:
                store.close()
        result[kind] = {
            "ingest_docs_per_s": round(n_docs / ingest_s, 1),
            # None when the run was too noisy to tell the store's share apart.
            "store_docs_per_s": (
                round(n_docs / (ingest_s - extract_s), 1) if ingest_s > extract_s else None
            ),
            "ratio_to_extract_only": round(extract_s / ingest_s, 3),
        }
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=60)
    parser.add_argument("--prefill", type=int, default=0)
    args = parser.parse_args(argv)
    print(json.dumps(run(args.docs, args.prefill)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
