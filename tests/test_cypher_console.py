"""The analysts' read-only Cypher console (graph/cypher_console.py) and POST /cypher.

Three parts: the text guard and the value conversion without a server; queries against
a Neo4j store on the session's Neo4j 5.26 server, including
writes that get past the text guard and must still leave the graph as it was; and the
API route through TestClient.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import neo4j
import pytest
from fastapi.testclient import TestClient
from neo4j.spatial import CartesianPoint
from neo4j.time import Date, DateTime, Duration
from pydantic import SecretStr

from actorgraph.api import create_app
from actorgraph.graph import cypher_console
from actorgraph.graph.cypher_console import (
    CypherQueryError,
    CypherTimeoutError,
    QueryResult,
    check_read_only,
    format_table,
    parse_params,
    refused_clauses,
    run_read_query,
    to_json,
)
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.neo4j_store import Neo4jStore
from actorgraph.graph.store import GraphStore, StoreUnavailableError
from actorgraph.settings import Settings
from tests.neo4j_server import make_driver, wipe
from tests.samples import EVIL_NAME, fill

if TYPE_CHECKING:
    from types import ModuleType

    from tests.neo4j_server import BoltServer

pytest_plugins = ["tests.neo4j_server"]

TOKEN = "cypher-token"
PROBLEM = "application/problem+json"

# ------------------------------------------------------------------ the text guard

WRITES = [
    pytest.param("MATCH (n) DETACH DELETE n", id="detach-delete"),
    pytest.param("MATCH (n) DELETE n", id="delete"),
    pytest.param("CREATE (:Intruder {id: 'x'})", id="create"),
    pytest.param("merge (i:Intruder {id: 'x'}) return i", id="lowercase-merge"),
    pytest.param("MATCH (a:Actor) SET a.name = 'pwned' RETURN a", id="set"),
    pytest.param("MATCH (a:Actor) WITH a sEt a.name = 'pwned'", id="mixed-case-set"),
    pytest.param("MATCH (a:Actor) REMOVE a.name", id="remove"),
    pytest.param("MATCH (a:Actor) REMOVE a:Actor", id="remove-label"),
    pytest.param("DROP CONSTRAINT actor_id IF EXISTS", id="drop"),
    pytest.param("CREATE INDEX x IF NOT EXISTS FOR (a:Actor) ON (a.name)", id="create-index"),
    pytest.param("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", id="load-csv"),
    pytest.param("FOREACH (x IN [1, 2] | CREATE (:Intruder {n: x}))", id="foreach"),
    pytest.param("CALL dbms.listConfig()", id="procedure"),
    pytest.param("CALL db.createLabel('X') YIELD x RETURN x", id="procedure-yield"),
    pytest.param(
        "call /* hidden */ apoc.load.json('file:///etc/passwd')", id="procedure-behind-comment"
    ),
    pytest.param("MATCH (n) /* */ DELETE n", id="comment-before-delete"),
    pytest.param("MATCH (n) DE/**/LETE n", id="comment-inside-keyword"),
    pytest.param("MATCH (n)\n// just reading\nDETACH DELETE n", id="line-comment"),
    pytest.param("MATCH (n) RETURN n /* ' */ DELETE n", id="quote-in-comment"),
    pytest.param("MATCH (n) WHERE n.name = 'it\\'s' DELETE n", id="escaped-quote"),
    pytest.param("RETURN 'a\\' DELETE n //'", id="backslash-ambiguity"),
    pytest.param(
        "UNWIND range(1, 3) AS i CALL { WITH i CREATE (:Intruder {n: i}) } IN TRANSACTIONS",
        id="in-transactions",
    ),
    pytest.param("MATCH (a:Actor) CALL { WITH a RETURN 1 AS x } IN TRANSACTIONS", id="in-tx"),
    pytest.param("USE system MATCH (n) RETURN n", id="use"),
    pytest.param("ALTER USER neo4j SET PASSWORD 'x'", id="alter"),
    pytest.param("GRANT ALL ON DATABASE * TO reader", id="grant"),
    pytest.param("STOP DATABASE neo4j", id="stop-database"),
    pytest.param("TERMINATE TRANSACTIONS 'neo4j-transaction-1'", id="terminate"),
]

READS = [
    pytest.param("MATCH (a:Actor) RETURN a.name", id="plain"),
    pytest.param(
        "MATCH (s:Statement) WHERE s.text CONTAINS 'set' RETURN s.text", id="word-in-string"
    ),
    pytest.param('MATCH (s:Statement) WHERE s.text CONTAINS "DELETE" RETURN s', id="double-quoted"),
    pytest.param("// CREATE nothing\nMATCH (n) RETURN count(n)", id="word-in-line-comment"),
    pytest.param("MATCH (n) /* MERGE, SET, DELETE */ RETURN n", id="words-in-block-comment"),
    pytest.param("MATCH (s:Statement) RETURN s.start, s.end AS end_offset", id="property-names"),
    pytest.param("MATCH (n) RETURN n.`set` AS `create`", id="backquoted-names"),
    pytest.param("RETURN $set AS x", id="parameter-name"),
    pytest.param("MATCH (a:Actor) WHERE a.name STARTS WITH 'A' RETURN a", id="starts-with"),
    pytest.param("MATCH (a:Actor) CALL { WITH a RETURN 1 AS one } RETURN one", id="subquery"),
    pytest.param("MATCH (a:Actor) RETURN a.id AS settlement, a.name AS offset", id="prefixes"),
    pytest.param("MATCH (a:Actor) RETURN COUNT { (a)--() } AS degree", id="count-subquery"),
]


@pytest.mark.parametrize("query", WRITES)
def test_write_and_procedure_queries_are_refused_before_sending(query: str) -> None:
    assert refused_clauses(query)
    with pytest.raises(CypherQueryError, match="read-only"):
        check_read_only(query)


@pytest.mark.parametrize("query", READS)
def test_read_queries_pass_the_guard(query: str) -> None:
    assert refused_clauses(query) == []
    check_read_only(query)


def test_the_refusal_names_the_clause_and_the_way_out() -> None:
    with pytest.raises(CypherQueryError) as caught:
        check_read_only("MATCH (n) DETACH DELETE n")
    message = str(caught.value)
    assert "DETACH" in message and "DELETE" in message
    assert "backticks" in message


@pytest.mark.parametrize("query", ["", "   ", "\n"])
def test_an_empty_query_is_an_error(query: str) -> None:
    with pytest.raises(CypherQueryError, match="empty"):
        check_read_only(query)


def test_a_guarded_query_never_reaches_the_store() -> None:
    # Not even a session is asked for: a store that fails on use shows it.
    class Exploding:
        location = "nowhere"

        def session(self, **_: Any) -> Any:
            raise AssertionError("the query was sent")

    with pytest.raises(CypherQueryError, match="read-only"):
        run_read_query(Exploding(), "MATCH (n) DETACH DELETE n")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"x": {1, 2}}, "set"),
        ({"x": [object()]}, "object"),
        ({"not a name": 1}, "parameter name"),
        ({"x": {1: "a"}}, "key"),
    ],
)
def test_parameters_cypher_cannot_take_are_refused(params: dict[str, Any], message: str) -> None:
    with pytest.raises(CypherQueryError, match=message):
        run_read_query(None, "RETURN $x", params)  # type: ignore[arg-type]


def test_limits_must_be_positive() -> None:
    with pytest.raises(ValueError, match="row_limit"):
        run_read_query(None, "RETURN 1", row_limit=0)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="timeout_s"):
        run_read_query(None, "RETURN 1", timeout_s=0)  # type: ignore[arg-type]


def test_command_line_parameters_are_json_or_strings() -> None:
    assert parse_params(["id=iran", "n=3", 'ids=["iran", "iraq"]', "x=null", "$y=", "z=a=b"]) == {
        "id": "iran",
        "n": 3,
        "ids": ["iran", "iraq"],
        "x": None,
        "y": "",
        "z": "a=b",
    }


@pytest.mark.parametrize("item", ["iran", "=3", "not a name=1"])
def test_command_line_parameters_need_a_name(item: str) -> None:
    with pytest.raises(CypherQueryError, match="name=value"):
        parse_params([item])


# ------------------------------------------------------------------------ values


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        (True, True),
        (3, 3),
        (2.5, 2.5),
        (math.nan, "NaN"),
        (math.inf, "Infinity"),
        (-math.inf, "-Infinity"),
        ("Houthis", "Houthis"),
        ([1, [2, None]], [1, [2, None]]),
        ({"a": (1, 2)}, {"a": [1, 2]}),
        (Date(2021, 3, 4), "2021-03-04"),
        (DateTime(2021, 3, 4, 5, 6, 7), "2021-03-04T05:06:07.000000000"),
        (Duration(days=1, hours=2), "P1DT2H"),
        (dt.date(2021, 3, 4), "2021-03-04"),
        (CartesianPoint((1.0, 2.0)), {"srid": 7203, "x": 1.0, "y": 2.0}),
        (b"\x00\xff", "AP8="),
    ],
)
def test_values_become_json(value: Any, expected: Any) -> None:
    converted = to_json(value)
    assert converted == expected
    json.dumps(converted, allow_nan=False)


def test_format_table_lines_up_and_counts() -> None:
    result = QueryResult(
        columns=["actor", "n", "node"],
        rows=[
            ["Houthis", 7, {"element_id": "1", "labels": ["Actor"], "properties": {"id": "h"}}],
            ["Iran", None, ["x", 1]],
        ],
        truncated=False,
    )
    lines = format_table(result).splitlines()
    assert lines[0].split(" | ")[:2] == ["actor  ", "n   "]
    assert lines[2].startswith('Houthis | 7    | (:Actor {id: "h"})')
    assert lines[3].startswith('Iran    | null | ["x", 1]')
    assert lines[-1] == "(2 rows)"


def test_format_table_says_when_rows_were_left_out_and_clips_cells() -> None:
    result = QueryResult(columns=["text"], rows=[["x" * 100]], truncated=True)
    lines = format_table(result, max_width=20).splitlines()
    assert lines[2] == "x" * 19 + "…"
    assert "first 1 rows" in lines[-1] and "left out" in lines[-1]


def test_the_caller_stops_waiting_at_the_deadline() -> None:
    # Deterministic: the work blocks until released, so the wait must end first.
    release = threading.Event()
    finished = threading.Event()

    def work() -> int:
        release.wait(30)
        finished.set()
        return 1

    try:
        with pytest.raises(CypherTimeoutError, match="did not finish within 2 s"):
            cypher_console._with_deadline(work, 0.01, 2)
    finally:
        release.set()
    assert finished.wait(30)


def test_errors_of_the_work_reach_the_caller() -> None:
    def work() -> int:
        raise CypherQueryError("broken")

    with pytest.raises(CypherQueryError, match="broken"):
        cypher_console._with_deadline(work, 30, 10)
    assert cypher_console._with_deadline(lambda: 42, 30, 10) == 42


# ----------------------------------------------------------- against the server


@pytest.fixture(scope="module")
def store(bolt_server: BoltServer) -> Iterator[Neo4jStore]:
    """The sample stories in a Neo4j store with a driver of its own (see
    test_cypher_docs.py). Shared by the module: nothing here may change it, and
    `everything` checks that it does not."""
    driver = make_driver(bolt_server)
    wipe(driver, bolt_server.database)
    graph_store = Neo4jStore(driver, database=bolt_server.database, owns_driver=True)
    fill(graph_store)
    yield graph_store
    graph_store.close()


def everything(store: Neo4jStore) -> tuple[Any, ...]:
    """Every node and relationship with its properties, to show nothing changed."""
    with store.session() as session:
        nodes = sorted(
            json.dumps([sorted(r["labels"]), r["props"]], sort_keys=True, default=str)
            for r in session.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props")
        )
        rels = sorted(
            json.dumps([r["type"], r["props"]], sort_keys=True, default=str)
            for r in session.run("MATCH ()-[r]->() RETURN type(r) AS type, properties(r) AS props")
        )
    return tuple(nodes), tuple(rels)


def test_rows_come_back_in_column_order(store: Neo4jStore) -> None:
    result = run_read_query(store, "MATCH (a:Actor) RETURN a.id AS id, a.type AS type ORDER BY id")
    assert result.columns == ["id", "type"]
    expected = sorted((r.id, r.type.value) for r in store.search_actors("", limit=100))
    assert [tuple(row) for row in result.rows] == expected
    assert result.truncated is False


def test_parameters_carry_values(store: Neo4jStore) -> None:
    result = run_read_query(
        store,
        "MATCH (a:Actor) WHERE a.name IN $names RETURN a.name AS name ORDER BY name",
        {"names": ["Crimson Brigade", EVIL_NAME, "nobody"]},
    )
    assert result.rows == [[EVIL_NAME], ["Crimson Brigade"]]  # "<" sorts first


@pytest.mark.parametrize(("limit", "truncated"), [(1, True), (6, True), (7, False), (50, False)])
def test_rows_past_the_limit_are_left_out(store: Neo4jStore, limit: int, truncated: bool) -> None:
    assert store.stats().actors == 7
    result = run_read_query(store, "MATCH (a:Actor) RETURN a.id AS id ORDER BY id", row_limit=limit)
    assert len(result.rows) == min(limit, 7)
    assert result.truncated is truncated


def test_nodes_relationships_and_paths_become_json(store: Neo4jStore) -> None:
    result = run_read_query(
        store,
        "MATCH p = (a:Actor {id: 'omar-haddad'})-[r:LEADS]->(b:Actor) "
        "RETURN a, r, p, date('2021-03-04') AS day, 0.0 / 0.0 AS nan",
    )
    assert result.columns == ["a", "r", "p", "day", "nan"]
    (row,) = result.rows
    json.dumps(row, allow_nan=False)
    node, rel, path, day, nan = row
    assert sorted(node["labels"]) == ["Actor", "Person"]
    assert node["properties"]["name"] == "Omar Haddad"
    assert node["properties"]["aliases"] == ["Haddad"]
    assert rel["type"] == "LEADS"
    assert rel["properties"]["negated"] is False and rel["properties"]["count"] == 1
    assert rel["start"] == node["element_id"]
    assert [item.get("type") or item["properties"]["id"] for item in path] == [
        "omar-haddad",
        "LEADS",
        "crimson-brigade",
    ]
    assert day == "2021-03-04"
    assert nan == "NaN"


def test_a_syntax_error_carries_the_servers_message(store: Neo4jStore) -> None:
    with pytest.raises(CypherQueryError) as caught:
        run_read_query(store, "MATCH (n RETURN n")
    message = str(caught.value)
    assert message.startswith("the server refused the query: ")
    assert len(message) > len("the server refused the query: ") + 5


@pytest.mark.parametrize("query", WRITES)
def test_refused_writes_leave_the_graph_as_it_was(store: Neo4jStore, query: str) -> None:
    before = everything(store)
    with pytest.raises(CypherQueryError, match="read-only"):
        run_read_query(store, query)
    assert everything(store) == before


@pytest.mark.parametrize(
    "query",
    [
        "MATCH (n) DETACH DELETE n",
        "CREATE (i:Intruder {id: 'x'}) RETURN i",
        "MATCH (a:Actor) SET a.name = 'pwned' RETURN a.name",
        "MERGE (a:Actor {id: 'intruder'}) RETURN a",
        "MATCH (a:Actor {id: 'crimson-brigade'})-[r]-() DELETE r",
    ],
)
def test_a_write_past_the_text_guard_still_changes_nothing(
    store: Neo4jStore, monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    """The second and third guards: the read transaction (Neo4j refuses the write) and
    the rollback (whatever ran is undone)."""
    before = everything(store)
    assert before[0]
    monkeypatch.setattr(cypher_console, "check_read_only", lambda query: None)
    try:
        run_read_query(store, query)
    except CypherQueryError as exc:  # Neo4j: writing in read access mode
        assert "read-only" in str(exc) or "refused" in str(exc)
    assert everything(store) == before


def test_a_slow_query_times_out(store: Neo4jStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """Neo4j ends the transaction itself, and the caller stops waiting either way (the
    query would take hours; the timeout is 50 ms)."""
    monkeypatch.setattr(cypher_console, "CLIENT_GRACE_S", 0.0)
    with pytest.raises(CypherTimeoutError, match="did not finish") as caught:
        run_read_query(
            store,
            "UNWIND range(1, 100000) AS i UNWIND range(1, 100000) AS j "
            "WITH i, j WHERE (i + j) % 7 = 0 RETURN count(*) AS n",
            timeout_s=0.05,
        )
    assert isinstance(caught.value, StoreUnavailableError)


def test_an_unreachable_server_is_unavailable(
    store: Neo4jStore, monkeypatch: pytest.MonkeyPatch, neo4j_launcher: ModuleType
) -> None:
    port = neo4j_launcher.free_port()
    dead = neo4j.GraphDatabase.driver(
        f"bolt://127.0.0.1:{port}", auth=("x", "y"), connection_timeout=2.0
    )
    monkeypatch.setattr(store, "_driver", dead)
    try:
        with pytest.raises(StoreUnavailableError, match="cannot reach"):
            run_read_query(store, "RETURN 1 AS one")
    finally:
        dead.close()


def test_a_closed_store_is_unavailable(bolt_server: BoltServer) -> None:
    driver = make_driver(bolt_server)
    closed = Neo4jStore(driver, database=bolt_server.database, owns_driver=True)
    closed.close()
    with pytest.raises(StoreUnavailableError, match="closed"):
        run_read_query(closed, "RETURN 1 AS one")


# ----------------------------------------------------------------------- the API


def make_client(store: GraphStore, tmp_path: Path, **settings: Any) -> TestClient:
    app = create_app(Settings(data_dir=tmp_path, **settings), store=store)
    return TestClient(app)


def assert_problem(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body: dict[str, Any] = response.json()
    assert body["status"] == status and body["detail"]
    assert "Traceback" not in response.text
    return body


@pytest.fixture
def client(store: Neo4jStore, tmp_path: Path) -> Iterator[TestClient]:
    with make_client(store, tmp_path, api_token=SecretStr(TOKEN)) as test_client:
        yield test_client


AUTH = {"Authorization": f"Bearer {TOKEN}"}


def test_post_cypher_answers_columns_rows_truncated(client: TestClient) -> None:
    response = client.post(
        "/cypher",
        json={
            "query": "MATCH (a:Actor {id: $id})-[r:LEADS]->(b:Actor) "
            "RETURN a.name AS leader, b.name AS led, r.count AS n",
            "params": {"id": "omar-haddad"},
        },
        headers=AUTH,
    )
    assert response.status_code == 200, response.text
    assert response.json() == {
        "columns": ["leader", "led", "n"],
        "rows": [["Omar Haddad", "Crimson Brigade", 1]],
        "truncated": False,
    }


def test_post_cypher_returns_nodes_as_json(client: TestClient) -> None:
    response = client.post(
        "/cypher", json={"query": "MATCH (a:Actor {id: 'valdoria'}) RETURN a"}, headers=AUTH
    )
    assert response.status_code == 200, response.text
    (row,) = response.json()["rows"]
    assert row[0]["labels"] == ["Actor", "State"]
    assert row[0]["properties"]["name"] == "Valdoria"


def test_post_cypher_needs_the_token(client: TestClient) -> None:
    for headers in ({}, {"Authorization": "Bearer wrong"}):
        response = client.post("/cypher", json={"query": "RETURN 1 AS one"}, headers=headers)
        assert_problem(response, 401)
        assert response.headers["www-authenticate"] == "Bearer"


def test_post_cypher_is_open_without_a_configured_token(store: Neo4jStore, tmp_path: Path) -> None:
    with make_client(store, tmp_path) as open_client:
        response = open_client.post("/cypher", json={"query": "RETURN 1 AS one"})
    assert response.status_code == 200, response.text
    assert response.json()["rows"] == [[1]]


@pytest.mark.parametrize(
    "query", ["MATCH (n) DETACH DELETE n", "CALL dbms.listConfig()", "match (n) /* */ set n.x = 1"]
)
def test_post_cypher_refuses_writes_with_400(
    client: TestClient, store: Neo4jStore, query: str
) -> None:
    before = everything(store)
    body = assert_problem(client.post("/cypher", json={"query": query}, headers=AUTH), 400)
    assert "read-only" in body["detail"]
    assert everything(store) == before


def test_post_cypher_reports_syntax_errors_with_400(client: TestClient) -> None:
    body = assert_problem(
        client.post("/cypher", json={"query": "MATCH (n RETURN n"}, headers=AUTH), 400
    )
    assert body["detail"].startswith("the server refused the query")


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"query": ""},
        {"query": "RETURN 1", "parameters": {}},
        {"query": "RETURN 1", "params": []},
    ],
)
def test_post_cypher_validates_the_body(client: TestClient, payload: dict[str, Any]) -> None:
    assert_problem(client.post("/cypher", json=payload, headers=AUTH), 422)


def test_post_cypher_on_the_sqlite_store_says_how_to_get_cypher(tmp_path: Path) -> None:
    sqlite = EmbeddedStore(tmp_path / "g.sqlite3")
    try:
        with make_client(sqlite, tmp_path, api_token=SecretStr(TOKEN)) as sqlite_client:
            response = sqlite_client.post(
                "/cypher", json={"query": "RETURN 1 AS one"}, headers=AUTH
            )
    finally:
        sqlite.close()
    body = assert_problem(response, 409)
    assert "SQLite store has no Cypher" in body["detail"]
    assert "ACTORGRAPH_STORE" in body["detail"]


def test_post_cypher_is_in_the_openapi_document(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    operation = spec["paths"]["/cypher"]["post"]
    assert {"400", "401", "409", "503"} <= set(operation["responses"])
