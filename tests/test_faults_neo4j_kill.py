"""kill -9 during `actorgraph ingest` into the Neo4j store (the session's Bolt server).

The CLI ingests a folder in a child process; the test polls the database's document
count and SIGKILLs the child once some documents are in, a little later in each round
so that the kill lands at different points of a document's write transaction. After
each kill: the store opens, and every document is whole (its statements are exactly
those a clean ingest gives it) or absent, with no statement of an absent document left
behind. The next round re-runs the same command, which skips what is stored and goes
on; the last run completes, and the store then equals a clean ingest of the corpus
into the embedded store.

Waits are bounded (the poll, the child's exit); nothing asserts time.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.migrate import graph_snapshot
from actorgraph.graph.neo4j_store import Neo4jStore
from actorgraph.graph.store import GraphStore
from actorgraph.ingest import ingest_paths
from benchmarks.corpus import documents
from tests.kill_child import run_and_kill
from tests.neo4j_server import BoltServer

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = 60
# Per round: documents stored (beyond those of earlier rounds) before the kill, and
# the pause before it, so that it falls at varying points of a write.
ROUNDS = ((4, 0.0), (6, 0.015), (6, 0.04))
RUN_TIMEOUT = 120.0  # seconds for one child to reach its kill point or finish

Statement = tuple[Any, ...]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc_id, text in documents(DOCUMENTS, seed=23):
        (folder / doc_id).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def reference(corpus: Path, tmp_path: Path, nlp: Language) -> dict[str, Any]:
    """A clean, uninterrupted ingest of the corpus (embedded store), as a snapshot."""
    with EmbeddedStore(tmp_path / "clean.sqlite3") as store:
        report = ingest_paths(store, nlp, [corpus], progress=False)
        assert not report.errors and report.count("created") == DOCUMENTS
        return snapshot(store)


def snapshot(store: GraphStore) -> dict[str, Any]:
    """The graph as plain values, without the ingest times (they differ run to run)."""
    graph = graph_snapshot(store)
    graph["documents"] = {key: value[:3] for key, value in graph["documents"].items()}
    return graph


def statements_by_document(graph: dict[str, Any]) -> dict[str, set[Statement]]:
    found: dict[str, set[Statement]] = defaultdict(set)
    for edge_key, (_, _, statements) in graph["edges"].items():
        for statement in statements:
            found[statement[0]].add((edge_key, *statement))
    return dict(found)


def ingest_command(server: BoltServer, database: str, corpus: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "actorgraph.cli",
        "ingest",
        str(corpus),
        "--no-progress",
        "--store",
        server.url,
        "--neo4j-user",
        server.user,
        "--neo4j-database",
        database,
    ]


def child_env(server: BoltServer, tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ACTORGRAPH_")}
    return {
        **env,
        "ACTORGRAPH_NEO4J_PASSWORD": server.password,
        "ACTORGRAPH_DATA_DIR": str(tmp_path),
    }


def assert_whole_or_absent(graph: dict[str, Any], clean: dict[str, Any]) -> None:
    stored = set(graph["documents"])
    assert stored <= set(clean["documents"])
    for doc_id in stored:
        assert graph["documents"][doc_id] == clean["documents"][doc_id], doc_id
    mine, expected = statements_by_document(graph), statements_by_document(clean)
    assert set(mine) <= stored, f"statements of absent documents: {set(mine) - stored}"
    for doc_id in stored:
        assert mine.get(doc_id, set()) == expected.get(doc_id, set()), f"{doc_id} is half-written"
    # Each actor is mentioned by exactly its stored documents: a half-applied write
    # would leave an actor with no document, or with one that is not stored.
    assert set(graph["actors"]) <= set(clean["actors"])
    for actor_id, (_, _, _, docs) in graph["actors"].items():
        assert docs, f"{actor_id} is stored with no document"
        assert set(docs) == set(clean["actors"][actor_id][3]) & stored, actor_id


@pytest.mark.slow
def test_kill_9_during_neo4j_ingest_leaves_documents_whole_and_resumes(
    bolt_server: BoltServer,
    neo4j_store: Neo4jStore,
    corpus: Path,
    reference: dict[str, Any],
    tmp_path: Path,
) -> None:
    command = ingest_command(bolt_server, neo4j_store.database, corpus)
    env = child_env(bolt_server, tmp_path)
    stored = 0
    for more, pause in ROUNDS:
        run_and_kill(
            command, env, lambda: neo4j_store.stats().documents, stored + more, pause,
            timeout=RUN_TIMEOUT, poll=0.01,
        )

        with Neo4jStore.connect(
            bolt_server.url, bolt_server.user, bolt_server.password, database=neo4j_store.database
        ) as reopened:
            graph = snapshot(reopened)
        assert_whole_or_absent(graph, reference)
        assert len(graph["documents"]) >= stored + more, "stored documents were lost"
        stored = len(graph["documents"])
    assert stored < DOCUMENTS, "every round should have stopped the ingest part way"

    finished = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT
    )
    assert finished.returncode == 0, finished.stderr[-2000:]
    assert f"{DOCUMENTS - stored} created" in finished.stdout, finished.stdout
    assert snapshot(neo4j_store) == reference
