"""What the Neo4j server itself enforces, checked on the session's real Neo4j 5.26.

- Read-only: with the console's text check switched off, a write sent through the
  library, `POST /cypher` and `actorgraph query` reaches the server in a READ
  transaction, and the server refuses it (Neo.ClientError.Statement.AccessMode).
- Timeouts: a runaway query asks for a 1 s transaction timeout; the server ends it
  (Neo.ClientError.Transaction.TransactionTimedOut*), the caller gets the console's
  timeout error, and SHOW TRANSACTIONS no longer lists it.
- Schema: the constraints and indexes are created once, however often a store opens.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import neo4j
import pytest
from fastapi.testclient import TestClient
from neo4j.exceptions import Neo4jError

from actorgraph.api import create_app
from actorgraph.cli import main
from actorgraph.graph import cypher_console
from actorgraph.graph.cypher_console import CypherQueryError, CypherTimeoutError, run_read_query
from actorgraph.graph.neo4j_store import Neo4jStore
from actorgraph.settings import Settings
from tests.neo4j_server import BoltServer, make_driver, wipe
from tests.samples import fill

pytest_plugins = ["tests.neo4j_server"]

WRITES = [
    "MATCH (n) DETACH DELETE n",
    "CREATE (:Intruder {id: 'x'})",
    "MATCH (a:Actor) SET a.name = 'renamed' RETURN count(a)",
    "MERGE (a:Actor {id: 'newcomer'}) RETURN a.id",
]
# Ten billion rows: a quiet server counts a hundred million in about 1.5 s, past a 1 s
# timeout it checks only now and then, so the runaway must be far beyond any machine.
RUNAWAY = (
    "UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y "
    "WITH x, y WHERE x + y < 0 RETURN count(*) AS n"
)
ACCESS_MODE = "Neo.ClientError.Statement.AccessMode"


@pytest.fixture(scope="module")
def store(bolt_server: BoltServer) -> Iterator[Neo4jStore]:
    """The sample stories in a store with a driver of its own, shared by the module."""
    driver = make_driver(bolt_server)
    wipe(driver, bolt_server.database)
    graph_store = Neo4jStore(driver, database=bolt_server.database, owns_driver=True)
    fill(graph_store)
    yield graph_store
    graph_store.close()


@pytest.fixture
def no_text_guard(monkeypatch: pytest.MonkeyPatch) -> None:
    """Switch off the console's own check of the query text: only the server is left."""

    def let_through(query: str) -> None:
        return None

    monkeypatch.setattr(cypher_console, "check_read_only", let_through)


def graph_counts(store: Neo4jStore) -> tuple[int, int, list[str]]:
    with store.session() as session:
        record = session.run(
            "MATCH (n) WITH count(n) AS nodes, collect(coalesce(n.name, n.id)) AS names "
            "OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS rels, names"
        ).single(strict=True)
    return int(record["nodes"]), int(record["rels"]), sorted(map(str, record["names"]))


def test_the_session_server_is_neo4j_5_26(bolt_server: BoltServer) -> None:
    assert bolt_server.version.startswith("5.26."), bolt_server.version


@pytest.mark.parametrize("query", WRITES)
def test_the_server_refuses_a_write_in_read_mode(
    store: Neo4jStore, no_text_guard: None, query: str
) -> None:
    before = graph_counts(store)
    with pytest.raises(CypherQueryError, match="refused a write") as caught:
        run_read_query(store, query)
    cause = caught.value.__cause__
    assert isinstance(cause, Neo4jError) and cause.code == ACCESS_MODE, cause
    assert graph_counts(store) == before


def test_the_api_answers_400_when_the_server_refuses_a_write(
    store: Neo4jStore, no_text_guard: None, tmp_path: Path
) -> None:
    before = graph_counts(store)
    app = create_app(Settings(data_dir=tmp_path), store=store)
    with TestClient(app) as client:
        response = client.post("/cypher", json={"query": "MATCH (a:Actor) DETACH DELETE a"})
    assert response.status_code == 400, response.text
    assert "Writing in read access mode not allowed" in response.json()["detail"]
    assert graph_counts(store) == before


def test_the_cli_query_fails_when_the_server_refuses_a_write(
    store: Neo4jStore,
    bolt_server: BoltServer,
    no_text_guard: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = graph_counts(store)
    monkeypatch.setenv("ACTORGRAPH_NEO4J_PASSWORD", bolt_server.password)
    args = ["--store", bolt_server.url, "--neo4j-user", bolt_server.user]
    assert main(["query", "CREATE (:Intruder {id: 'cli'})", *args]) == 1
    assert "Writing in read access mode not allowed" in capsys.readouterr().err
    assert graph_counts(store) == before


def running_queries(store: Neo4jStore) -> list[str]:
    with store.session() as session:
        return [str(r["currentQuery"]) for r in session.run("SHOW TRANSACTIONS")]


def test_the_server_ends_a_runaway_query_at_its_timeout(
    store: Neo4jStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The caller waits long enough that only the server can be the one to stop it.
    monkeypatch.setattr(cypher_console, "CLIENT_GRACE_S", 120.0)
    with pytest.raises(CypherTimeoutError, match="did not finish within 1 s") as caught:
        run_read_query(store, RUNAWAY, timeout_s=1.0)
    cause = caught.value.__cause__
    assert isinstance(cause, Neo4jError), cause
    assert cause.code is not None and "TransactionTimedOut" in cause.code
    assert not any("x + y < 0" in query for query in running_queries(store))


def schema(driver: neo4j.Driver, database: str) -> tuple[list[Any], list[Any]]:
    with driver.session(database=database) as session:
        constraints = [
            (r["name"], r["type"], r["labelsOrTypes"], r["properties"])
            for r in session.run("SHOW CONSTRAINTS YIELD * RETURN * ORDER BY name")
        ]
        indexes = [
            (r["name"], r["type"], r["labelsOrTypes"], r["properties"])
            for r in session.run(
                "SHOW INDEXES YIELD * WHERE type <> 'LOOKUP' RETURN * ORDER BY name"
            )
        ]
    return constraints, indexes


def test_constraints_and_indexes_are_created_once(
    bolt_server: BoltServer, neo4j_driver: neo4j.Driver
) -> None:
    database = bolt_server.database
    Neo4jStore(neo4j_driver, database=database).close()
    first = schema(neo4j_driver, database)
    Neo4jStore(neo4j_driver, database=database).close()
    assert schema(neo4j_driver, database) == first
    constraints, indexes = first
    assert [(name, kind) for name, kind, _, _ in constraints] == [
        ("actor_id", "UNIQUENESS"),
        ("document_id", "UNIQUENESS"),
        ("statement_id", "UNIQUENESS"),
        ("write_lock_id", "UNIQUENESS"),
    ]
    # Each uniqueness constraint has its own backing index, named like it.
    names = [name for name, _, _, _ in indexes]
    assert {"actor_keys", "statement_document", "statement_edge"} <= set(names)
    assert "document_duplicate_of" in names  # the copy index
    assert {"actor_id", "document_id", "statement_id", "write_lock_id"} <= set(names)
    assert len(names) == 8


def test_the_store_asks_neo4j_for_no_notifications(store: Neo4jStore) -> None:
    """A young database warns about every property key it has not seen yet (the store's
    queries name source_actor before any statement has one); the driver would log each
    warning to stderr, so the store's own sessions turn notifications off."""
    query = "MATCH (a:Actor) RETURN a.never_stored_property AS x LIMIT 1"
    with store.session() as session:  # the analysts' sessions keep the server's default
        warned = session.run(query).consume()
    assert any(
        status.is_notification and "never_stored_property" in status.status_description
        for status in warned.gql_status_objects
    )
    with store._session() as session:
        quiet = session.run(query).consume()
    assert not any(status.is_notification for status in quiet.gql_status_objects)
