"""What replacing and deleting a document costs the Ladybug store in a large graph.

    python -m benchmarks.ladybug_replace --statements 100000 [--docs 20]

Bulk-loads about `--statements` synthetic statements, then replaces `--docs` stored
documents (each with another document's content, one transaction each, as a changed
file re-ingested is) and deletes `--docs` others; prints the process CPU and wall
time per document as one JSON object. A replaced or deleted document touches edges
shared with many others (the corpus has hubs): what it costs should not grow with
those edges' statements or the hubs' documents.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from actorgraph.documents import sha256_text
from actorgraph.graph.ladybug_bulk import bulk_load
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.models import DocumentInfo
from benchmarks.corpus import synthetic_extractions


def run(statements: int, n_docs: int) -> dict[str, Any]:
    docs = [
        (DocumentInfo(d.id, sha256_text(d.text), d.extraction.date, 1), d.extraction)
        for d in synthetic_extractions(max(1, statements // 10))
    ]
    if len(docs) < 3 * n_docs + 1:
        raise SystemExit(f"--statements {statements} makes too few documents for --docs {n_docs}")
    replaced, deleted = docs[1 : 1 + n_docs], docs[1 + n_docs : 1 + 2 * n_docs]
    contents = docs[-n_docs:]
    with tempfile.TemporaryDirectory(prefix="actorgraph-replace-") as tmp:
        folder = Path(tmp) / "ladybug"
        bulk_load(folder, docs)
        with LadybugStore(folder) as store:
            list(store.upsert_documents([docs[0]]))  # the actor index is read once, before
            started = time.perf_counter(), time.process_time()
            for (info, _), (other, extraction) in zip(replaced, contents, strict=True):
                result = store.upsert_document(
                    dataclasses.replace(info, sha256=f"{other.sha256}-as-{info.id}"),
                    dataclasses.replace(extraction, document=info.id),
                )
                assert result.status == "replaced"
            replace_s = time.perf_counter() - started[0], time.process_time() - started[1]
            started = time.perf_counter(), time.process_time()
            for info, _ in deleted:
                assert store.delete_document(info.id)
            delete_s = time.perf_counter() - started[0], time.process_time() - started[1]
    return {
        "statements": statements,
        "documents_each": n_docs,
        "load_average": round(os.getloadavg()[0], 2),
        "replace_ms_per_document": round(replace_s[0] / n_docs * 1000, 1),
        "replace_cpu_ms_per_document": round(replace_s[1] / n_docs * 1000, 1),
        "delete_ms_per_document": round(delete_s[0] / n_docs * 1000, 1),
        "delete_cpu_ms_per_document": round(delete_s[1] / n_docs * 1000, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--docs", type=int, default=20)
    args = parser.parse_args(argv)
    print(json.dumps(run(args.statements, args.docs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
