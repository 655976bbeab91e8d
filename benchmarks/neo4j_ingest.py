"""Ingest into the Neo4j store vs the embedded store, on the same synthetic documents.

The server is the one named by ACTORGRAPH_BENCH_BOLT_URL (with _USER, _PASSWORD and
_DATABASE, default "neo4j"), or an ArcadeDB Bolt server started for the run
(scripts/arcadedb_server.py) when `python -m benchmarks --neo4j` is given. The
database must be empty: it is emptied again afterwards.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

from actorgraph.documents import sha256_text
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.models import DocumentInfo
from actorgraph.graph.store import GraphStore
from benchmarks.corpus import SyntheticDocument, synthetic_extractions

ROOT = Path(__file__).resolve().parents[1]
ENV = "ACTORGRAPH_BENCH_BOLT_"


def _arcadedb() -> ModuleType:
    """scripts/arcadedb_server.py, imported by path (scripts/ is not a package)."""
    path = ROOT / "scripts" / "arcadedb_server.py"
    spec = importlib.util.spec_from_file_location("actorgraph_bench_arcadedb", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextmanager
def bolt_server(start_arcadedb: bool) -> Iterator[tuple[str, str, str, str, str] | None]:
    """(url, user, password, database, server name), or None when there is none."""
    url = os.environ.get(ENV + "URL")
    if url:
        yield (
            url,
            os.environ.get(ENV + "USER", "neo4j"),
            os.environ.get(ENV + "PASSWORD", ""),
            os.environ.get(ENV + "DATABASE", "neo4j"),
            "external Bolt server",
        )
        return
    if not start_arcadedb:
        yield None
        return
    server = _arcadedb()
    with tempfile.TemporaryDirectory(prefix="actorgraph-bench-arcadedb-") as tmp:
        url, user, password, process = server.start(tmp)
        try:
            yield url, user, password, server.DATABASE, "ArcadeDB (Bolt plugin)"
        finally:
            server.stop(process)


def _timed_ingest(store: GraphStore, docs: list[SyntheticDocument]) -> float:
    start = time.perf_counter()
    for doc in docs:
        info = DocumentInfo(doc.id, sha256_text(doc.text), doc.extraction.date, 0)
        store.upsert_document(info, doc.extraction)
    return time.perf_counter() - start


def bench_neo4j(n_docs: int, start_arcadedb: bool) -> dict[str, Any]:
    """docs/s into the Neo4j store and into the embedded store; a dict with a `skipped`
    reason when no server is available."""
    from actorgraph.graph import cypher
    from actorgraph.graph.neo4j_store import Neo4jStore

    docs = list(synthetic_extractions(n_docs, seed=13))
    with bolt_server(start_arcadedb) as server:
        if server is None:
            return {"skipped": f"no Bolt server: set {ENV}URL or pass --neo4j to start ArcadeDB"}
        url, user, password, database, name = server
        with Neo4jStore.connect(url, user, password, database=database) as store:
            if store.stats().documents:
                return {"skipped": f"database {database!r} on {url} is not empty"}
            try:
                neo4j_s = _timed_ingest(store, docs)
                statements = store.stats().statements
            finally:
                with store.session() as session:
                    session.run(cypher.DELETE_EVERYTHING).consume()
    with tempfile.TemporaryDirectory() as tmp, EmbeddedStore(Path(tmp) / "g.sqlite3") as emb:
        embedded_s = _timed_ingest(emb, docs)
    return {
        "server": name,
        "documents": n_docs,
        "statements": statements,
        "neo4j_docs_per_s": round(n_docs / neo4j_s, 1),
        "embedded_docs_per_s": round(n_docs / embedded_s, 1),
        "ratio_to_embedded": round(embedded_s / neo4j_s, 4),
    }


if __name__ == "__main__":  # pragma: no cover - a manual check
    print(bench_neo4j(int(sys.argv[1]) if len(sys.argv) > 1 else 50, True))
