"""What the Ladybug store adds to the contract suite: durability under kill -9, one
writer per database folder with readers alongside, read-only Cypher enforced by the
engine, and the translation of Neo4j's Cypher into Ladybug's dialect.

Child processes run the real CLI (`python -m actorgraph.cli`). Waits are bounded;
nothing asserts time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import ladybug
import pytest
from fastapi.testclient import TestClient
from spacy.language import Language

from actorgraph.api import create_app
from actorgraph.cli import example_corpus, main
from actorgraph.graph.cypher_console import CypherQueryError, CypherTimeoutError, run_read_query
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.ladybug_cypher import translate
from actorgraph.graph.ladybug_store import DATABASE_FILE, LadybugStore, StoreLockedError
from actorgraph.graph.migrate import compare_graphs
from actorgraph.graph.store import StoreError
from actorgraph.ingest import ingest_paths
from actorgraph.settings import Settings
from actorgraph.stores import open_store
from benchmarks.corpus import documents
from tests.kill_child import run_and_kill
from tests.samples import fill
from tests.test_faults_neo4j_kill import assert_whole_or_absent, snapshot

ROOT = Path(__file__).resolve().parents[1]
# Enough documents that three rounds end part way: a read-only open beside a busy
# writer takes a second or so, so each kill lands some documents past its mark.
DOCUMENTS = 150
# Per round: documents stored (beyond earlier rounds) before the kill, and the pause
# before it, so that the kill falls at varying points of a document's transaction.
ROUNDS = ((1, 0.0), (2, 0.01), (2, 0.03))
RUN_TIMEOUT = 120.0  # seconds for one child to reach its kill point or finish


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc_id, text in documents(DOCUMENTS, seed=31):
        (folder / doc_id).write_text(text, encoding="utf-8")
    return folder


def child_env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ACTORGRAPH_")}
    return {**env, "ACTORGRAPH_STORE": "ladybug", "ACTORGRAPH_DATA_DIR": str(data_dir)}


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "actorgraph.cli", *args]


def stored_documents(folder: Path) -> int:
    """Documents committed so far, read by a read-only open beside the writer."""
    if not (folder / DATABASE_FILE).exists():
        return 0
    try:
        with LadybugStore(folder, read_only=True) as reader:
            return reader.stats().documents
    except StoreError:
        return 0  # the writer is creating the file, or checkpointing: ask again


@pytest.mark.slow
def test_kill_9_during_ingest_leaves_documents_whole_and_resumes(
    corpus: Path, tmp_path: Path, nlp: Language
) -> None:
    with EmbeddedStore(tmp_path / "clean.sqlite3") as clean:
        report = ingest_paths(clean, nlp, [corpus], progress=False)
        assert not report.errors and report.count("created") == DOCUMENTS
        reference = snapshot(clean)
    data = tmp_path / "data"
    folder = data / "ladybug"
    command = cli("ingest", str(corpus), "--no-progress")
    env = child_env(data)
    stored = 0
    for more, pause in ROUNDS:
        run_and_kill(
            command, env, lambda: stored_documents(folder), stored + more, pause,
            timeout=RUN_TIMEOUT,
        )
        with LadybugStore(folder) as reopened:  # replays the log of the killed writer
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
    with LadybugStore(folder) as done:
        assert snapshot(done) == reference


@pytest.mark.slow
def test_a_log_torn_by_a_kill_opens_with_every_whole_commit(
    corpus: Path, tmp_path: Path, nlp: Language
) -> None:
    """A kill while a commit is appended leaves a torn record at the end of the log:
    the store opens with the commits before it rather than refusing to open."""
    with EmbeddedStore(tmp_path / "clean.sqlite3") as clean:
        ingest_paths(clean, nlp, [corpus], progress=False)
        reference = snapshot(clean)
    data = tmp_path / "data"
    folder = data / "ladybug"
    # One document per transaction, so that the log holds several commits before the
    # torn one whatever the machine's speed (a batch may hold every document so far).
    writer = (
        "import sys; from pathlib import Path; "
        "from actorgraph.graph.ladybug_store import LadybugStore; "
        "from actorgraph.ingest import ingest_paths; "
        "store = LadybugStore(Path(sys.argv[1]), batch_documents=1); "
        "ingest_paths(store, None, [Path(sys.argv[2])], progress=False)"
    )
    run_and_kill(
        [sys.executable, "-c", writer, str(folder), str(corpus)], child_env(data),
        lambda: stored_documents(folder), 6, 0, timeout=RUN_TIMEOUT,
    )
    log = folder / (DATABASE_FILE + ".wal")
    assert log.stat().st_size > 64, "the killed writer left no log to tear"
    with log.open("r+b") as handle:  # cut into the last record, as a kill mid-write does
        handle.truncate(log.stat().st_size - 37)
    with LadybugStore(folder) as reopened:
        graph = snapshot(reopened)
    assert_whole_or_absent(graph, reference)
    assert graph["documents"], "the commits before the torn record were lost"


# ----------------------------------------------------------- one writer, readers


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    """A second process that holds the data folder's graph open for writing (as
    `actorgraph serve` does) until its stdin closes."""
    data = tmp_path / "data"
    with LadybugStore(data / "ladybug") as store:
        fill(store)
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from actorgraph.graph.ladybug_store import LadybugStore\n"
        "store = LadybugStore(Path(sys.argv[1]))\n"
        "print('ready', flush=True)\n"
        "sys.stdin.read()\n"
        "store.close()\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(data / "ladybug")],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        yield data, child
    finally:
        if child.stdin is not None:
            child.stdin.close()
        child.wait(timeout=30)


@pytest.mark.slow
def test_a_second_writer_is_told_what_to_do_and_readers_work_alongside(
    holder: tuple[Path, subprocess.Popen[str]], tmp_path: Path
) -> None:
    data, _ = holder
    env = child_env(data)
    story = tmp_path / "story.txt"
    story.write_text("Rebels of the Nara Front attacked Camp Ostrov on Monday.\n", encoding="utf-8")

    ingest = subprocess.run(
        cli("ingest", str(story), "--no-progress"),
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
    )
    assert ingest.returncode == 1
    assert "Traceback" not in ingest.stderr
    assert "in use by another process" in ingest.stderr
    assert "POST /documents" in ingest.stderr and "stop" in ingest.stderr

    stats = subprocess.run(
        cli("stats"), cwd=ROOT, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT
    )
    assert stats.returncode == 0, stats.stderr
    assert json.loads(stats.stdout)["documents"] >= 1

    query = subprocess.run(
        cli("query", "MATCH (a:Actor)-[:LEADS]->(b:Actor) RETURN a.name, b.name", "--json"),
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
    )
    assert query.returncode == 0, query.stderr
    assert json.loads(query.stdout)["rows"]


def test_opening_a_held_graph_for_writing_raises_store_locked(
    holder: tuple[Path, subprocess.Popen[str]],
) -> None:
    data, _ = holder
    with pytest.raises(StoreLockedError, match="stop that process first"):
        LadybugStore(data / "ladybug")


def test_a_read_only_store_refuses_writes_and_reads(tmp_path: Path) -> None:
    with LadybugStore(tmp_path / "g") as store:
        fill(store)
        before = store.stats()
    with LadybugStore(tmp_path / "g", read_only=True) as reader:
        assert reader.stats() == before
        with pytest.raises(StoreLockedError, match="read-only"):
            reader.delete_document(reader.list_documents()[0].id)
        assert reader.stats() == before


# ------------------------------------------------------------------- Cypher


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LadybugStore]:
    with LadybugStore(tmp_path / "g") as graph_store:
        fill(graph_store)
        yield graph_store


@pytest.mark.parametrize(
    "write",
    [
        "MATCH (a:Actor) SET a.name = 'x' RETURN a",
        "CREATE (:Document {id: 'planted'})",
        "MATCH (a:Actor) DETACH DELETE a",
    ],
)
def test_the_engine_refuses_writes_even_past_the_text_guard(
    store: LadybugStore, write: str
) -> None:
    before = snapshot(store)
    with pytest.raises(RuntimeError, match="read-only"):
        store.run_read(write, {}, 10, 5.0)
    assert snapshot(store) == before


def test_console_answers_with_neo4j_shapes(store: LadybugStore) -> None:
    result = run_read_query(
        store, "MATCH (a:Actor {id: $id}) RETURN a, a.name AS name", {"id": "valdoria"}
    )
    assert result.columns == ["a", "name"]
    node, name = result.rows[0]
    assert name == "Valdoria"
    assert node["labels"] == ["Actor"]
    assert node["properties"]["id"] == "valdoria"
    assert all(value is not None for value in node["properties"].values())


def test_console_caps_rows_and_reports_bad_queries(store: LadybugStore) -> None:
    capped = run_read_query(store, "MATCH (a:Actor) RETURN a.id", row_limit=2)
    assert len(capped.rows) == 2 and capped.truncated
    with pytest.raises(CypherQueryError, match="refused the query"):
        run_read_query(store, "MATCH (a:Actor RETURN a")


def test_console_stops_a_long_query(store: LadybugStore) -> None:
    endless = "UNWIND range(1, 100000000) AS x UNWIND range(1, 1000) AS y RETURN count(*)"
    with pytest.raises(CypherTimeoutError):
        run_read_query(store, endless, timeout_s=0.2)
    assert run_read_query(store, "RETURN 1 AS one").rows == [[1]]


@pytest.mark.parametrize(
    ("neo4j", "ladybug"),
    [
        ("MATCH (a)-[r]->(b) RETURN type(r)", "MATCH (a)-[r]->(b) RETURN label(r)"),
        (
            "MATCH p = shortestPath((a)-[*..6]-(b)) RETURN relationships(p)",
            "MATCH p = (a)-[* SHORTEST 1..6]-(b) RETURN rels(p)",
        ),
        ("RETURN [n IN nodes(p) | n.name]", "RETURN list_transform(nodes(p), n -> n.name)"),
        (
            "RETURN [x IN l WHERE x > 1 | x * 2]",
            "RETURN list_transform(list_filter(l, x -> x > 1), x -> x * 2)",
        ),
        (
            "WHERE all(n IN nodes(p) WHERE n:Actor)",
            "WHERE all(n IN nodes(p) WHERE label(n) = 'Actor')",
        ),
        ("MATCH (a:Actor)-[r:LEADS]->(b) RETURN a", "MATCH (a:Actor)-[r:LEADS]->(b) RETURN a"),
        ("RETURN s.end AS end_offset", "RETURN s.`end` AS end_offset"),
        # Strings, comments and quoted names are left as they are.
        ("RETURN 'type(r) n:Actor' // shortestPath(", "RETURN 'type(r) n:Actor' // shortestPath("),
    ],
)
def test_translate(neo4j: str, ladybug: str) -> None:
    assert translate(neo4j) == ladybug


def test_actor_table_has_a_cameo_code_column(store: LadybugStore) -> None:
    result = run_read_query(store, "MATCH (a:Actor) RETURN a.cameo_code AS code LIMIT 1")
    assert result.columns == ["code"]


# ------------------------------------------------------------------ upgrading


@pytest.fixture
def old_store(tmp_path: Path, nlp: Language) -> Path:
    """A data folder as the previous version left it: the example corpus in SQLite."""
    data = tmp_path / "old"
    with EmbeddedStore(data / "graph.sqlite3") as store:
        report = ingest_paths(store, nlp, [example_corpus()], progress=False)
        assert not report.errors
    return data


def test_migrate_from_a_sqlite_store_copies_everything(
    old_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "new"
    sqlite = f"sqlite:{old_store / 'graph.sqlite3'}"
    assert main(["migrate", "--from", sqlite, "--to", "ladybug", "--data-dir", str(data)]) == 0
    out, err = capsys.readouterr()
    assert "differs" not in err
    with EmbeddedStore(old_store / "graph.sqlite3") as old, LadybugStore(data / "ladybug") as new:
        assert old.stats() == new.stats()
        assert compare_graphs(old, new) == []
        assert f"copied {old.stats().documents} documents" in out


def test_a_ladybug_store_opened_beside_a_sqlite_store_is_filled_from_it(old_store: Path) -> None:
    with EmbeddedStore(old_store / "graph.sqlite3") as old:
        before = snapshot(old)
    store = open_store(Settings(data_dir=old_store, store="ladybug"))
    try:
        assert isinstance(store, LadybugStore)
        assert snapshot(store) == before
    finally:
        store.close()
    assert not (old_store / "ladybug.upgrading").exists()
    assert (old_store / "graph.sqlite3").is_file()  # left as it was
    # Once only: a second open finds the Ladybug store and copies nothing.
    with EmbeddedStore(old_store / "graph.sqlite3") as old:
        old.delete_document(old.list_documents()[0].id)
    again = open_store(Settings(data_dir=old_store, store="ladybug"))
    try:
        assert snapshot(again) == before
    finally:
        again.close()


def test_post_cypher_answers_on_the_ladybug_store(store: LadybugStore, tmp_path: Path) -> None:
    app = create_app(Settings(data_dir=tmp_path), store=store)
    with TestClient(app) as client:
        response = client.post(
            "/cypher",
            json={
                "query": "MATCH (a:Actor {id: $id}) RETURN a.name AS name",
                "params": {"id": "valdoria"},
            },
        )
        refused = client.post("/cypher", json={"query": "MATCH (a:Actor) DETACH DELETE a"})
    assert response.status_code == 200, response.text
    assert response.json()["rows"] == [["Valdoria"]]
    assert refused.status_code == 400
    assert store.get_actor("valdoria") is not None


def _views(store: LadybugStore) -> tuple[object, ...]:
    """Every actor record and every actor's connections, as the API reads them."""
    ids = sorted(store.to_networkx().nodes)
    return tuple((store.get_actor(a), store.connections(a, include_negated=True)) for a in ids)


def test_a_graph_made_before_figures_were_kept_is_upgraded_on_open(tmp_path: Path) -> None:
    folder = tmp_path / "graph"
    with LadybugStore(folder) as store:
        fill(store)
        before = _views(store)
    assert any(record is not None and record.degree > 0 for record, _ in before)
    # Take the database back to that schema: no figures on actors, no statement ids
    # kept for edges.
    db = ladybug.Database(str(folder / DATABASE_FILE))
    conn = ladybug.Connection(db)
    conn.execute("ALTER TABLE Actor DROP degree")
    conn.execute("ALTER TABLE Actor DROP first_seen")
    conn.execute("ALTER TABLE Actor DROP last_seen")
    conn.execute("ALTER TABLE Actor DROP document_count")
    conn.execute("DROP TABLE Evidence")
    conn.close()
    db.close()
    with pytest.raises(StoreError, match="open it for writing once"):
        LadybugStore(folder, read_only=True)
    with LadybugStore(folder) as store:
        assert _views(store) == before
