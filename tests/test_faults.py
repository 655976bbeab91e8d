"""Faults the API must ride out.

(a) The Neo4j server goes away while the API runs, and comes back. The test starts a
    second Neo4j 5.26 server of its own (the session's server stays untouched) with a
    kept database folder (`start(..., keep_data=True)`, the launcher's --data mode), so
    that it can stop it and start it again on the same port, with the same password and
    the same data. While the server is down: /ready and every store route answer 503
    problem+json with a message naming the database, and a POST leaves nothing behind.
    When it is up again, the same app, with the same store object and driver, answers
    again by itself (no restart, no reconnect call), with the data from before the outage.
(b) Concurrent ingests through the API from threads, of the same document several times
    and of different documents sharing actors: the graph is the one sequential ingests
    give (no duplicate actors, statements or documents), on both stores.

Everything waits with a bound (server start, request futures); nothing asserts time.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from spacy.language import Language

from actorgraph.api import create_app
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.neo4j_store import Neo4jStore
from actorgraph.graph.store import GraphStore
from actorgraph.settings import Settings
from tests.samples import fill
from tests.test_api import assert_problem

REQUEST_TIMEOUT = 120.0  # seconds for one request in a thread
RECOVERY_TIMEOUT = 60.0  # seconds for the API to answer again after the restart


class RestartableServer:
    """A Neo4j server on a fixed port with a kept database: stop it, start it again."""

    def __init__(self, launcher: ModuleType, root: Path) -> None:
        self.launcher = launcher
        self.root = root
        self.password = secrets.token_urlsafe(16)
        self.port: int = launcher.free_port()
        self.url = f"bolt://127.0.0.1:{self.port}"
        self.user: str = launcher.USER
        self.server: Any = None
        self.starts = 0

    def start(self) -> None:
        """Start on the same port, password and data folder; the launcher waits (with a
        bound) until Bolt answers, and raises with the server log if it does not."""
        self.starts += 1
        self.server = self.launcher.start(
            self.root, port=self.port, password=self.password, keep_data=True
        )
        assert self.server.url == self.url
        assert self.server.version.startswith("5.26"), self.server.version

    def stop(self) -> None:
        if self.server is not None:
            self.launcher.stop(self.server.process)
            self.server = None


@pytest.fixture
def own_server(neo4j_launcher: ModuleType, tmp_path: Path) -> Iterator[RestartableServer]:
    server = RestartableServer(neo4j_launcher, tmp_path / "neo4j")
    server.start()
    try:
        yield server
    finally:
        server.stop()


def counts(client: TestClient) -> dict[str, Any]:
    response = client.get("/stats")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def assert_unavailable(response: Any, server: RestartableServer) -> None:
    body = assert_problem(response, 503)
    assert server.url in body["detail"] or "does not answer" in body["detail"], body
    assert "check that it is running" in body["detail"]
    assert response.headers["retry-after"]


def wait_until_ready(client: TestClient) -> None:
    deadline = time.monotonic() + RECOVERY_TIMEOUT
    while time.monotonic() < deadline:
        if client.get("/ready").status_code == 200:
            return
        time.sleep(0.2)
    pytest.fail("the API did not recover after the database came back")


@pytest.mark.slow
def test_database_outage_gives_503_then_recovers(
    own_server: RestartableServer, tmp_path: Path, nlp: Language
) -> None:
    store = Neo4jStore.connect(
        own_server.url,
        own_server.user,
        own_server.password,
        max_transaction_retry_time=1.0,
        connection_timeout=2.0,
    )
    fill(store)
    story = {"id": "outage.txt", "text": "Valdoria condemned Ostrava on Friday."}
    try:
        app = create_app(Settings(data_dir=tmp_path), store=store, nlp=nlp)
        with TestClient(app, raise_server_exceptions=False) as client:
            assert client.get("/ready").status_code == 200
            before = counts(client)
            actors_before = client.get("/actors", params={"limit": 500}).json()

            own_server.stop()

            assert client.get("/health").status_code == 200  # the process lives on
            assert_problem(client.get("/ready"), 503)
            assert_unavailable(client.get("/actors"), own_server)
            assert_unavailable(client.get("/actors/crimson-brigade/connections"), own_server)
            assert_unavailable(client.get("/stats"), own_server)
            assert_unavailable(client.get("/explorer"), own_server)
            assert_unavailable(client.post("/documents", json=story), own_server)
            assert_unavailable(client.delete("/documents/raid.txt"), own_server)

            own_server.start()  # same port, password and database folder

            wait_until_ready(client)
            assert counts(client) == before  # nothing of the failed POST or DELETE
            assert client.get("/documents/outage.txt").status_code == 404
            assert client.get("/documents/raid.txt").status_code == 200
            assert client.get("/actors", params={"limit": 500}).json() == actors_before
            created = client.post("/documents", json=story)
            assert created.status_code == 201, created.text
            assert counts(client)["documents"] == before["documents"] + 1
    finally:
        store.close()


@pytest.mark.slow
def test_app_started_while_the_database_is_down_connects_later(
    own_server: RestartableServer, tmp_path: Path
) -> None:
    """The app opens the store from its settings: down at start-up, 503 until it is up."""
    own_server.stop()
    settings = Settings(
        data_dir=tmp_path,
        store=own_server.url,
        neo4j_user=own_server.user,
        neo4j_password=SecretStr(own_server.password),
    )
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        assert client.get("/health").status_code == 200
        assert_unavailable(client.get("/actors"), own_server)
        own_server.start()
        wait_until_ready(client)
        assert client.get("/actors").json()["total"] == 0


# --------------------------------------------------------------------- concurrency

STORIES = {
    "a.txt": "Hezbollah attacked Israel on Monday. Iran condemned Israel.",
    "b.txt": "Israel shelled Hezbollah positions near Tyre. Hezbollah met Iran in Beirut.",
    "c.txt": "Hamas condemned Israel. Iran met Hamas in Doha on Tuesday.",
    "d.txt": "The Houthis attacked a ship in the Red Sea. Iran denied arming the Houthis.",
}
COPIES = 3  # each document is posted this many times at once


@pytest.fixture(params=["sqlite", "ladybug", "neo4j"])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    graph_store: GraphStore
    if request.param == "neo4j":
        graph_store = request.getfixturevalue("neo4j_store")
    elif request.param == "ladybug":
        graph_store = LadybugStore(tmp_path / "ladybug")
    else:
        graph_store = EmbeddedStore(tmp_path / "g.sqlite3")
    yield graph_store
    graph_store.close()


def graph_state(store: GraphStore) -> tuple[object, ...]:
    """The graph as comparable sets and lists, duplicates kept visible."""
    actors = store.search_actors("", limit=100_000)
    names = {a.id: a.name for a in actors}
    statements = sorted(
        (s.document, names[e.source], e.type.value, names[e.target], e.negated, s.start, s.end)
        for e in store.edges()
        for s in e.statements
    )
    stats = store.stats()
    return (
        sorted((a.id, a.name, a.type.value, tuple(sorted(a.aliases))) for a in actors),
        statements,
        sorted((d.id, d.sha256) for d in store.list_documents()),
        (stats.actors, stats.edges, stats.statements, stats.documents),
    )


def post_all(client: TestClient, bodies: list[dict[str, str]]) -> list[tuple[str, int, str]]:
    """POST every body from its own thread, all released at once."""
    barrier = threading.Barrier(len(bodies))

    def post(body: dict[str, str]) -> tuple[str, int, str]:
        barrier.wait(timeout=REQUEST_TIMEOUT)
        response = client.post("/documents", json=body)
        status = response.json()["result"]["status"] if response.status_code < 300 else ""
        return body["id"], response.status_code, status

    with ThreadPoolExecutor(max_workers=len(bodies)) as pool:
        futures = [pool.submit(post, body) for body in bodies]
        return [future.result(timeout=REQUEST_TIMEOUT) for future in futures]


def test_concurrent_ingests_equal_sequential_ones(
    any_store: GraphStore, tmp_path: Path, nlp: Language
) -> None:
    app = create_app(Settings(data_dir=tmp_path), store=any_store, nlp=nlp)
    bodies = [{"id": doc_id, "text": text} for doc_id, text in STORIES.items()]
    with TestClient(app) as client:
        for body in bodies:
            assert client.post("/documents", json=body).status_code == 201
        sequential = graph_state(any_store)
        assert sequential[1], "the stories yield statements"
        for doc_id in STORIES:
            assert client.delete(f"/documents/{doc_id}").status_code == 204
        assert any_store.stats().actors == 0

        results = post_all(client, bodies * COPIES)

        assert all(code in (200, 201) for _, code, _ in results), results
        for doc_id in STORIES:
            statuses = sorted(status for i, _, status in results if i == doc_id)
            assert statuses == ["created"] + ["unchanged"] * (COPIES - 1), (doc_id, statuses)
        assert graph_state(any_store) == sequential


def test_concurrent_versions_of_one_document_leave_one_of_them(
    any_store: GraphStore, tmp_path: Path, nlp: Language
) -> None:
    """Different texts for the same id at once: the result is one whole version."""
    app = create_app(Settings(data_dir=tmp_path), store=any_store, nlp=nlp)
    versions = list(STORIES.values())
    with TestClient(app) as client:
        alone = []
        for text in versions:
            assert client.post("/documents", json={"id": "same.txt", "text": text}).is_success
            alone.append(graph_state(any_store))
        assert client.delete("/documents/same.txt").status_code == 204

        results = post_all(client, [{"id": "same.txt", "text": text} for text in versions])

        assert all(code in (200, 201) for _, code, _ in results), results
        assert graph_state(any_store) in alone
