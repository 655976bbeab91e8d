"""Ingest into the Neo4j store vs a raw batched `UNWIND ... CREATE` of the same rows.

The server is the one named by ACTORGRAPH_BENCH_BOLT_URL (with _USER, _PASSWORD and
_DATABASE, default "neo4j"), or a Neo4j 5.26 server started for the run
(scripts/neo4j_server.py) when `python -m benchmarks --neo4j` is given. The database
must be empty: it is emptied again afterwards.

In one run, on the same server and the same synthetic documents:
0. a first round of all that follows, on other documents, warms the server up (JIT,
   query caches) and is not counted;
1. the store ingests them, one write transaction per document (as `actorgraph ingest`);
2. the graph it left is read back, every node and relationship assigned to the document
   that brought it, and the database emptied (its schema stays);
3. the same nodes and relationships are written again with plain `UNWIND $rows CREATE`
   statements, one transaction per document as well, without any of the store's reads
   (actor resolution, edge recomputation); the result is checked to hold the same
   number of nodes and relationships.
Steps 1-3 run ROUNDS times; `ratio_to_raw` is the raw path's best time over the store's
best time (1.0: the store costs nothing beyond the writes themselves), as the best
round is the one least disturbed by other work on a shared machine; `ratios` gives
each round's own. Both paths count the queries they send (each one a
round trip to the server) per document. The embedded store's figure on the same documents
is kept for comparison.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, Final, LiteralString

import neo4j

from actorgraph.documents import sha256_text
from actorgraph.domain import ActorType, RelationType
from actorgraph.graph import cypher
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.models import DocumentInfo
from actorgraph.graph.store import GraphStore
from benchmarks.corpus import SyntheticDocument, synthetic_extractions

ROOT = Path(__file__).resolve().parents[1]
ENV = "ACTORGRAPH_BENCH_BOLT_"

_Row = dict[str, Any]
# (relationship type, start label, end label): one raw CREATE query each.
_RelShape = tuple[str, str, str]


def _create_relationships(type_: LiteralString, start: LiteralString, end: LiteralString) -> str:
    return (
        "UNWIND $rows AS row MATCH (x:" + start + " {id: row.x}) MATCH (y:" + end + " {id: row.y}) "
        "CREATE (x)-[r:" + type_ + "]->(y) SET r = row.props"
    )


_RAW_RELATIONSHIPS: Final[dict[_RelShape, str]] = {
    ("MENTIONS", "Document", "Actor"): _create_relationships("MENTIONS", "Document", "Actor"),
    ("IN_DOCUMENT", "Statement", "Document"): _create_relationships(
        "IN_DOCUMENT", "Statement", "Document"
    ),
    ("FROM", "Statement", "Actor"): _create_relationships("FROM", "Statement", "Actor"),
    ("TO", "Statement", "Actor"): _create_relationships("TO", "Statement", "Actor"),
    ("CLAIMED_BY", "Statement", "Actor"): _create_relationships("CLAIMED_BY", "Statement", "Actor"),
    **{
        (t.value, "Actor", "Actor"): _create_relationships(
            cypher.relation_type(t), "Actor", "Actor"
        )
        for t in RelationType
    },
}
_RAW_ACTORS: Final[dict[str, str]] = {
    cypher.actor_label(t): "UNWIND $rows AS row CREATE (a:Actor:"
    + cypher.actor_label(t)
    + ") SET a = row"
    for t in ActorType
}
_RAW_DOCUMENT: Final = "CREATE (d:Document) SET d = $props"
_RAW_STATEMENTS: Final = "UNWIND $rows AS row CREATE (s:Statement) SET s = row"
# Measured rounds after the warm-up; each path keeps its best.
ROUNDS: Final = 3
_COUNTS: Final = (
    "MATCH (n) WHERE NOT n:WriteLock WITH count(n) AS nodes "
    "OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships"
)


def _neo4j_launcher() -> ModuleType:
    """scripts/neo4j_server.py, imported by path (scripts/ is not a package)."""
    path = ROOT / "scripts" / "neo4j_server.py"
    name = "actorgraph_bench_neo4j_server"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


@contextmanager
def bolt_server(start_neo4j: bool) -> Iterator[tuple[str, str, str, str, str] | None]:
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
    if not start_neo4j:
        yield None
        return
    launcher = _neo4j_launcher()
    with tempfile.TemporaryDirectory(prefix="actorgraph-bench-neo4j-") as tmp:
        server = launcher.start(tmp)
        try:
            yield (
                server.url,
                server.user,
                server.password,
                launcher.DATABASE,
                (f"Neo4j {server.version}"),
            )
        finally:
            launcher.stop(server.process)


def _timed_ingest(store: GraphStore, docs: list[SyntheticDocument]) -> float:
    start = time.perf_counter()
    for doc in docs:
        info = DocumentInfo(doc.id, sha256_text(doc.text), doc.extraction.date, 0)
        store.upsert_document(info, doc.extraction)
    return time.perf_counter() - start


@contextmanager
def _counting_queries() -> Iterator[list[int]]:
    """Counts the queries sent inside managed transactions (the store's writes and
    reads) while the block runs: [count]."""
    counter = [0]
    cls = neo4j.ManagedTransaction
    original = cls.run

    def run(self: neo4j.ManagedTransaction, *args: Any, **kwargs: Any) -> neo4j.Result:
        counter[0] += 1
        return original(self, *args, **kwargs)

    setattr(cls, "run", run)  # noqa: B010 - mypy refuses a method assignment
    try:
        yield counter
    finally:
        if "run" in vars(cls) and vars(cls)["run"] is run:
            delattr(cls, "run")  # back to the inherited TransactionBase.run
        if cls.run is not original:
            setattr(cls, "run", original)  # noqa: B010


@dataclass(slots=True)
class _DocumentRows:
    """Everything one document brought into the graph, as rows for raw CREATEs."""

    document: _Row
    actors: dict[str, list[_Row]] = field(default_factory=lambda: defaultdict(list))
    statements: list[_Row] = field(default_factory=list)
    relationships: dict[_RelShape, list[_Row]] = field(default_factory=lambda: defaultdict(list))


def _edge_key(source: str, type_: str, target: str, negated: bool) -> str:
    """The `edge` property of statement nodes (see graph/neo4j_store.py)."""
    return f"{source}|{type_}|{target}|{'negated' if negated else 'asserted'}"


def _read_back(session: neo4j.Session, order: list[str]) -> list[_DocumentRows]:
    """The stored graph, split by the document (in ingest order) that brought each part."""
    rank = {doc_id: i for i, doc_id in enumerate(order)}
    by_doc = {
        r["props"]["id"]: _DocumentRows(document=r["props"])
        for r in session.run("MATCH (d:Document) RETURN properties(d) AS props")
    }
    statement_doc: dict[str, str] = {}
    edge_doc: dict[str, str] = {}
    for r in session.run("MATCH (s:Statement) RETURN properties(s) AS props"):
        props = r["props"]
        statement_doc[props["id"]] = props["document"]
        by_doc[props["document"]].statements.append(props)
        known = edge_doc.get(props["edge"])
        if known is None or rank[props["document"]] < rank[known]:
            edge_doc[props["edge"]] = props["document"]
    actor_doc: dict[str, str] = {}
    for r in session.run(
        "MATCH (a:Actor) RETURN properties(a) AS props, [l IN labels(a) WHERE l <> 'Actor'][0] "
        "AS label, [(a)<-[:MENTIONS]-(d:Document) | d.id] AS documents"
    ):
        first = min(r["documents"], key=rank.__getitem__)
        actor_doc[r["props"]["id"]] = first
        by_doc[first].actors[r["label"]].append(r["props"])
    for r in session.run(
        "MATCH (x)-[r]->(y) WHERE NOT x:WriteLock RETURN type(r) AS type, x.id AS x, y.id AS y, "
        "[l IN labels(x) WHERE l IN ['Actor', 'Document', 'Statement']][0] AS start, "
        "[l IN labels(y) WHERE l IN ['Actor', 'Document', 'Statement']][0] AS end, "
        "properties(r) AS props"
    ):
        shape: _RelShape = (r["type"], r["start"], r["end"])
        if r["start"] == "Document":
            owner = r["x"]
        elif r["start"] == "Statement":
            owner = statement_doc[r["x"]]
        else:
            key = _edge_key(r["x"], r["type"], r["y"], bool(r["props"]["negated"]))
            owner = edge_doc.get(key) or actor_doc[r["x"]]
        by_doc[owner].relationships[shape].append({"x": r["x"], "y": r["y"], "props": r["props"]})
    return [by_doc[doc_id] for doc_id in order if doc_id in by_doc]


def _chunks(rows: list[_Row]) -> Iterator[list[_Row]]:
    for start in range(0, len(rows), cypher.BATCH_SIZE):
        yield rows[start : start + cypher.BATCH_SIZE]


def _raw_write(tx: neo4j.ManagedTransaction, rows: _DocumentRows) -> int:
    """One document's nodes and relationships with plain CREATEs; returns queries sent."""
    queries = 0

    def batched(query: str, batch_rows: list[_Row]) -> None:
        nonlocal queries
        for chunk in _chunks(batch_rows):
            tx.run(query, {"rows": chunk}).consume()
            queries += 1

    for label, actors in rows.actors.items():
        batched(_RAW_ACTORS[label], actors)
    tx.run(_RAW_DOCUMENT, props=rows.document).consume()
    queries += 1
    batched(_RAW_STATEMENTS, rows.statements)
    for shape, relationships in rows.relationships.items():
        batched(_RAW_RELATIONSHIPS[shape], relationships)
    return queries


def _counts(session: neo4j.Session) -> tuple[int, int]:
    record = session.run(_COUNTS).single(strict=True)
    return int(record["nodes"]), int(record["relationships"])


@dataclass(frozen=True, slots=True)
class _Round:
    store_s: float
    raw_s: float
    statements: int
    graph: tuple[int, int]  # nodes, relationships (the write lock left out)
    raw_queries: int
    store_queries: int


def _round(store: Any, session: neo4j.Session, docs: list[SyntheticDocument]) -> _Round:
    """Ingest through the store, then rewrite the same rows raw; empties the database."""
    try:
        with _counting_queries() as sent:
            store_s = _timed_ingest(store, docs)
        statements = int(store.stats().statements)
        stored = _counts(session)
        rows = _read_back(session, [doc.id for doc in docs])
        session.run(cypher.DELETE_EVERYTHING).consume()
        queries = 0
        started = time.perf_counter()
        for doc_rows in rows:
            queries += session.execute_write(_raw_write, doc_rows)
        raw_s = time.perf_counter() - started
        rewritten = _counts(session)
    finally:
        session.run(cypher.DELETE_EVERYTHING).consume()
    if rewritten != stored:
        raise AssertionError(f"the raw rewrite made {rewritten}, the store {stored} (nodes, rels)")
    return _Round(store_s, raw_s, statements, stored, queries, sent[0])


def bench_neo4j(n_docs: int, start_neo4j: bool, rounds: int = ROUNDS) -> dict[str, Any]:
    """Documents/s and statements/s through the Neo4j store and as raw CREATEs of the
    same rows, plus the embedded store's documents/s; a dict with a `skipped` reason
    when no server is available. A first round on other documents warms both paths up
    (the server's JIT and query caches) and is not counted. Then `rounds` measured
    rounds; each path's figure is its best round (the one least disturbed by other
    load on a shared machine), and `ratios` lists every round's own ratio."""
    from actorgraph.graph.neo4j_store import Neo4jStore

    docs = list(synthetic_extractions(n_docs, seed=13))
    warm_up = list(synthetic_extractions(max(10, n_docs // 4), seed=29))
    with bolt_server(start_neo4j) as server:
        if server is None:
            return {"skipped": f"no Bolt server: set {ENV}URL or pass --neo4j to start Neo4j"}
        url, user, password, database, name = server
        with Neo4jStore.connect(url, user, password, database=database) as store:
            if store.stats().documents:
                return {"skipped": f"database {database!r} on {url} is not empty"}
            with store.session() as session:
                _round(store, session, warm_up)
                measured = [_round(store, session, docs) for _ in range(max(1, rounds))]
    with tempfile.TemporaryDirectory() as tmp, EmbeddedStore(Path(tmp) / "g.sqlite3") as emb:
        embedded_s = _timed_ingest(emb, docs)
    first = measured[0]
    store_s = min(r.store_s for r in measured)
    raw_s = min(r.raw_s for r in measured)
    statements = first.statements
    return {
        "server": name,
        "documents": n_docs,
        "statements": statements,
        "nodes": first.graph[0],
        "relationships": first.graph[1],
        "rounds": len(measured),
        "neo4j_docs_per_s": round(n_docs / store_s, 1),
        "neo4j_statements_per_s": round(statements / store_s, 1),
        "raw_docs_per_s": round(n_docs / raw_s, 1),
        "raw_statements_per_s": round(statements / raw_s, 1),
        "raw_queries_per_doc": round(first.raw_queries / n_docs, 1),
        "neo4j_queries_per_doc": round(first.store_queries / n_docs, 1),
        "ratio_to_raw": round(raw_s / store_s, 3),
        "ratios": [round(r.raw_s / r.store_s, 3) for r in measured],
        "embedded_docs_per_s": round(n_docs / embedded_s, 1),
        "ratio_to_embedded": round(embedded_s / store_s, 4),
    }


if __name__ == "__main__":  # pragma: no cover - a manual check
    print(bench_neo4j(int(sys.argv[1]) if len(sys.argv) > 1 else 50, True))
