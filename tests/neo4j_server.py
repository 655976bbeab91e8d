"""Pytest plugin: one Bolt server for the whole test session, and Neo4j stores on it.

By default it starts ArcadeDB's Bolt server from the `arcadedb-embedded` package
(scripts/arcadedb_server.py) on free loopback ports, with two databases, and stops it at
the end. To run the same tests against a real Neo4j 5 instead (say the one in
docker-compose.yml), set ACTORGRAPH_TEST_BOLT_URL (and ACTORGRAPH_TEST_BOLT_USER,
ACTORGRAPH_TEST_BOLT_PASSWORD, ACTORGRAPH_TEST_BOLT_DATABASES, comma-separated, default
"neo4j"): the databases are wiped before use. Tests that need a second store at once
are skipped when only one database is available (Neo4j Community has one).

Load it with `pytest_plugins = ["tests.neo4j_server"]`. Fixtures: `arcadedb_launcher`,
`bolt_server` and `neo4j_driver` (per session), `neo4j_store` (an empty store per test)
and `neo4j_store_factory` (called as `factory(tmp_path)`, like the embedded store's
factory, it returns a store on a freshly emptied database, another one on each call).
"""

from __future__ import annotations

import importlib.util
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import neo4j
import pytest

from actorgraph.graph import cypher
from actorgraph.graph.neo4j_store import Neo4jStore

ROOT = Path(__file__).resolve().parents[1]
SERVER_SCRIPT = ROOT / "scripts" / "arcadedb_server.py"


ARCADEDB_DATABASES = ("neo4j", "spare")


@dataclass(frozen=True, slots=True)
class BoltServer:
    url: str
    user: str
    password: str
    databases: tuple[str, ...] = ("neo4j",)
    started_in: float = 0.0  # seconds until it answered RETURN 1 (0 for an external server)

    @property
    def database(self) -> str:
        return self.databases[0]


class Neo4jStoreFactory:
    """Hands out Neo4j stores on distinct, emptied databases: one per call."""

    def __init__(self, server: BoltServer, driver: neo4j.Driver) -> None:
        self._server = server
        self._free = list(server.databases)
        self._driver = driver
        self._stores: list[Neo4jStore] = []
        self._own_drivers: list[neo4j.Driver] = []

    def __call__(self, tmp_path: Path | None = None) -> Neo4jStore:
        if not self._free:
            pytest.skip("the Bolt server offers no further database for a second store")
        database = self._free.pop(0)
        driver = self._driver
        if database != self._server.database:
            # ArcadeDB keeps a pooled connection on the last database it used, so a
            # second database gets a driver (and connections) of its own.
            driver = make_driver(self._server, max_transaction_retry_time=15.0)
            self._own_drivers.append(driver)
        wipe(driver, database)
        store = Neo4jStore(driver, database=database)
        self._stores.append(store)
        return store

    def close(self) -> None:
        for store in self._stores:
            store.close()
        for driver in self._own_drivers:
            driver.close()


def arcadedb_server_module() -> ModuleType:
    """scripts/arcadedb_server.py, imported by path (scripts/ is not a package)."""
    name = "actorgraph_scripts_arcadedb_server"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, SERVER_SCRIPT)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {SERVER_SCRIPT}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def make_driver(server: BoltServer, **config: Any) -> neo4j.Driver:
    return neo4j.GraphDatabase.driver(server.url, auth=(server.user, server.password), **config)


def wipe(driver: neo4j.Driver, database: str) -> None:
    """Delete every node and relationship (the schema stays)."""
    with driver.session(database=database) as session:
        session.run(cypher.DELETE_EVERYTHING).consume()


@pytest.fixture(scope="session")
def arcadedb_launcher() -> ModuleType:
    """scripts/arcadedb_server.py (start, stop, free_port), for tests that need their own."""
    return arcadedb_server_module()


@pytest.fixture(scope="session")
def bolt_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BoltServer]:
    external = os.environ.get("ACTORGRAPH_TEST_BOLT_URL")
    if external:
        yield BoltServer(
            url=external,
            user=os.environ.get("ACTORGRAPH_TEST_BOLT_USER", "neo4j"),
            password=os.environ.get("ACTORGRAPH_TEST_BOLT_PASSWORD", ""),
            databases=tuple(
                name.strip()
                for name in os.environ.get("ACTORGRAPH_TEST_BOLT_DATABASES", "neo4j").split(",")
                if name.strip()
            ),
        )
        return
    server = arcadedb_server_module()
    began = time.monotonic()
    url, user, password, process = server.start(
        tmp_path_factory.mktemp("arcadedb"), databases=ARCADEDB_DATABASES
    )
    try:
        yield BoltServer(url, user, password, ARCADEDB_DATABASES, time.monotonic() - began)
    finally:
        server.stop(process)


@pytest.fixture(scope="session")
def neo4j_driver(bolt_server: BoltServer) -> Iterator[neo4j.Driver]:
    driver = make_driver(bolt_server, max_transaction_retry_time=15.0)
    try:
        yield driver
    finally:
        driver.close()


@pytest.fixture
def neo4j_store_factory(
    bolt_server: BoltServer, neo4j_driver: neo4j.Driver
) -> Iterator[Neo4jStoreFactory]:
    factory = Neo4jStoreFactory(bolt_server, neo4j_driver)
    try:
        yield factory
    finally:
        factory.close()


@pytest.fixture
def neo4j_store(neo4j_store_factory: Neo4jStoreFactory) -> Neo4jStore:
    """An empty Neo4jStore on the session's server."""
    return neo4j_store_factory()
