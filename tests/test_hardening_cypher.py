"""Read-only Cypher really is read-only, runaway answers are capped, a client that
leaves frees its worker, and a function the server does not know is a 400
(issue 18, cases 4, 5 and 6)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi.testclient import TestClient
from pydantic import SecretStr

from actorgraph.api import create_app
from actorgraph.api.routes import cypher as cypher_route
from actorgraph.graph.cypher_console import (
    CypherQueryError,
    QueryResult,
    check_read_only,
    refused_clauses,
    run_read_query,
)
from actorgraph.graph.neo4j_store import Neo4jStore
from actorgraph.settings import Settings
from tests.neo4j_server import BoltServer, make_driver, wipe
from tests.samples import fill

pytest_plugins = ["tests.neo4j_server"]

TOKEN = "hardening-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}

# ------------------------------------------------------------ the allow-list, no server

# One statement per write or administration keyword of Cypher 5 and GQL.
WRITE_AND_ADMIN = {
    "CREATE": "CREATE (:Intruder {id: 'x'})",
    "MERGE": "MERGE (i:Intruder {id: 'x'}) RETURN i",
    "SET": "MATCH (a:Actor) SET a.name = 'x'",
    "REMOVE": "MATCH (a:Actor) REMOVE a.name",
    "DELETE": "MATCH (a:Actor) DELETE a",
    "DETACH": "MATCH (a:Actor) DETACH DELETE a",
    "NODETACH": "MATCH (a:Actor) NODETACH DELETE a",
    "INSERT": "INSERT (:Intruder {id: 'x'})",
    "FOREACH": "FOREACH (x IN [1] | CREATE (:Intruder))",
    "LOAD CSV": "LOAD CSV FROM 'file:///etc/hosts' AS row RETURN row",
    "IN TRANSACTIONS": "UNWIND [1] AS i CALL (i) { RETURN i AS j } IN TRANSACTIONS RETURN j",
    "SHOW": "SHOW TRANSACTIONS",
    "GRANT": "GRANT ROLE admin TO someone",
    "DENY": "DENY READ {*} ON GRAPH * TO someone",
    "REVOKE": "REVOKE ROLE admin FROM someone",
    "ALTER": "ALTER USER neo4j SET PASSWORD 'x'",
    "DROP": "DROP DATABASE neo4j",
    "RENAME": "RENAME ROLE a TO b",
    "START": "START DATABASE neo4j",
    "STOP": "STOP DATABASE neo4j",
    "TERMINATE": "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "USE": "USE system MATCH (n) RETURN n",
    "ENABLE": "ENABLE SERVER 'abc'",
    "DEALLOCATE": "DEALLOCATE DATABASES FROM SERVER 'abc'",
    "FINISH": "MATCH (a:Actor) FINISH",
    "LET": "LET x = 1 RETURN x",
    "FILTER": "MATCH (a:Actor) FILTER a.id = 'x' RETURN a",
    "EXPLAIN": "EXPLAIN MATCH (n) RETURN n",
    "CYPHER": "CYPHER runtime=slotted MATCH (n) RETURN n",
}


def variants(keyword: str, statement: str) -> Iterator[Any]:
    lowered = statement.lower()
    mixed = "".join(ch.upper() if i % 2 else ch.lower() for i, ch in enumerate(statement))
    yield pytest.param(statement, id=f"{keyword}-plain")
    yield pytest.param(lowered, id=f"{keyword}-lower")
    yield pytest.param(mixed, id=f"{keyword}-mixed")
    yield pytest.param(f"/* read */ {statement} // only", id=f"{keyword}-comments")
    yield pytest.param(f"RETURN 1 AS one UNION {statement}", id=f"{keyword}-after-union")
    yield pytest.param(f"RETURN 1 AS one; {statement}", id=f"{keyword}-second-statement")
    yield pytest.param(
        f"MATCH (a:Actor) CALL () {{ {statement} }} RETURN a", id=f"{keyword}-in-call-subquery"
    )
    yield pytest.param(
        f"MATCH (a:Actor) CALL (a) {{ WITH 1 AS x {statement} }} RETURN a",
        id=f"{keyword}-later-in-subquery",
    )


REFUSED = [p for keyword, text in WRITE_AND_ADMIN.items() for p in variants(keyword, text)]


@pytest.mark.parametrize("query", REFUSED)
def test_every_write_and_admin_keyword_is_refused(query: str) -> None:
    with pytest.raises(CypherQueryError, match="read-only"):
        check_read_only(query)


@pytest.mark.parametrize(
    "query",
    [
        "SHOW TRANSACTIONS",
        "SHOW USERS",
        "SHOW CURRENT USER",
        "SHOW DATABASES",
        "show transactions yield currentQuery return currentQuery",
        "INSERT (:Intruder)",
        "MATCH (a:Actor) CALL () { INSERT (:Intruder) } RETURN a",
        "CALL dbms.listConfig()",
        "CALL apoc.load.json('http://127.0.0.1/')",
        "CALL `db`.labels()",
        "RETURN apoc.version()",
        "RETURN `apoc`.version()",
        "RETURN apoc . load . jsonParams('x', null, null)",
        "(n) RETURN n",
    ],
)
def test_what_the_old_deny_list_let_through_is_refused(query: str) -> None:
    assert refused_clauses(query)
    with pytest.raises(CypherQueryError, match="read-only"):
        check_read_only(query)


@pytest.mark.parametrize(
    "query",
    [
        "CALL db.labels()",
        "CALL db.labels() YIELD label RETURN label ORDER BY label",
        "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType",
        "CALL db.schema.visualization()",
        "MATCH (a:Actor) OPTIONAL MATCH (a)-[r]->(b) WITH a, count(r) AS n WHERE n > 0 "
        "RETURN a.name ORDER BY n DESC SKIP 1 LIMIT 5",
        "UNWIND [1, 2] AS i RETURN i UNION ALL RETURN 3 AS i",
        "MATCH (a:Actor) CALL (a) { MATCH (a)-->(b) RETURN count(b) AS out } RETURN a, out",
        "MATCH (a:Actor) WHERE a.name = 'CREATE' RETURN a.`DELETE` AS `SHOW`",
        "RETURN date.truncate('month', date('2024-05-05')) AS month, toUpper('x') AS up",
        "MATCH (s:Statement) RETURN s.start, s.end, $insert AS param",
        "MATCH (n) // SHOW USERS\nRETURN count(n) /* INSERT */",
    ],
)
def test_read_queries_pass_the_allow_list(query: str) -> None:
    assert refused_clauses(query) == []


# ------------------------------------------------------------- against the server


@pytest.fixture(scope="module")
def store(bolt_server: BoltServer) -> Iterator[Neo4jStore]:
    driver = make_driver(bolt_server)
    wipe(driver, bolt_server.database)
    graph_store = Neo4jStore(driver, database=bolt_server.database, owns_driver=True)
    fill(graph_store)
    yield graph_store
    graph_store.close()


@pytest.fixture
def client(store: Neo4jStore, tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(
        data_dir=tmp_path, api_token=SecretStr(TOKEN), cypher_max_result_bytes=20_000
    )
    with TestClient(create_app(settings, store=store)) as test_client:
        yield test_client


def labels_and_types(store: Neo4jStore) -> tuple[set[str], set[str]]:
    with store.session() as session:
        labels = {label for r in session.run("MATCH (n) RETURN labels(n) AS l") for label in r["l"]}
        types = {r["t"] for r in session.run("MATCH ()-[r]->() RETURN type(r) AS t")}
    return labels, types


def test_insert_never_reaches_the_server(client: TestClient, store: Neo4jStore) -> None:
    before = labels_and_types(store)
    for query in ("INSERT (:Intruder {id: 'x'})", "CALL () { INSERT (:Intruder) } RETURN 1"):
        response = client.post("/cypher", json={"query": query}, headers=AUTH)
        assert response.status_code == 400, response.text
        assert "INSERT" in response.json()["detail"]
    assert labels_and_types(store) == before


@pytest.mark.parametrize(
    "query",
    [
        "RETURN apoc.version() AS v",
        "RETURN nosuchfunction(1) AS v",
        "RETURN date.nosuchfunction(1) AS v",  # a built-in namespace: reaches the server
    ],
)
def test_an_unknown_function_is_a_400_problem(client: TestClient, query: str) -> None:
    response = client.post("/cypher", json={"query": query}, headers=AUTH)
    assert response.status_code == 400, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["detail"]


def test_result_bytes_are_capped_as_well_as_rows(client: TestClient) -> None:
    blob = "x" * 4_000  # 50 rows of 4 kB: far under the row cap, over the byte cap
    response = client.post(
        "/cypher",
        json={
            "query": "UNWIND range(1, 50) AS i RETURN i, $blob AS blob",
            "params": {"blob": blob},
        },
        headers=AUTH,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["truncated"] is True
    assert 1 <= len(body["rows"]) < 50
    assert len(response.content) < 20_000 + 5_000


def test_one_row_over_the_byte_cap_is_a_400(client: TestClient) -> None:
    response = client.post(
        "/cypher",
        json={"query": "RETURN $blob AS blob", "params": {"blob": "y" * 30_000}},
        headers=AUTH,
    )
    assert response.status_code == 400, response.text
    assert "over the limit" in response.json()["detail"]


def test_a_cancelled_query_returns_at_once_and_stops(store: Neo4jStore) -> None:
    from actorgraph.graph.cypher_console import CypherCancelledError

    stop = threading.Event()
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            run_read_query(
                store,
                "UNWIND range(1, 100000) AS i UNWIND range(1, 100000) AS j "
                "WITH i, j WHERE (i + j) % 7 = 0 RETURN count(*) AS n",
                timeout_s=600,
                cancel=stop,
            )
        except BaseException as exc:
            outcome.append(exc)

    caller = threading.Thread(target=run)
    caller.start()
    stop.set()
    caller.join(30)  # without cancellation the caller would wait up to 600 s
    assert not caller.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], CypherCancelledError)


# -------------------------------------------------- a client that leaves frees the worker


def test_a_client_that_disconnects_cancels_its_query(
    store: Neo4jStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = threading.Event()
    seen: list[bool] = []

    def slow_query(*args: Any, cancel: threading.Event | None = None, **kwargs: Any) -> QueryResult:
        started.set()
        seen.append(cancel is not None and cancel.wait(30))
        return QueryResult(columns=[], rows=[])

    monkeypatch.setattr(cypher_route, "run_read_query", slow_query)
    app = create_app(Settings(data_dir=tmp_path), store=store)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        for _ in range(200):
            if server.started:
                break
            threading.Event().wait(0.05)
        port = server.servers[0].sockets[0].getsockname()[1]
        body = b'{"query": "MATCH (n) RETURN n"}'
        with socket.create_connection(("127.0.0.1", port)) as conn:
            conn.sendall(
                b"POST /cypher HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + f"Content-Length: {len(body)}\r\n\r\n".encode()
                + body
            )
            assert started.wait(30)
        # The client has gone: the query's cancel flag is set well within its 30 s.
        for _ in range(600):
            if seen:
                break
            threading.Event().wait(0.05)
        assert seen == [True]
    finally:
        server.should_exit = True
        thread.join(30)
