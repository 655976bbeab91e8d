"""Pytest plugin: one Neo4j 5.26 server for the whole test session, and Neo4j stores on it.

By default it starts a Neo4j 5.26 Community server (scripts/neo4j_server.py: Neo4j's test
harness from Maven Central, built once into ~/.m2) on a free loopback port, the first time
a test asks for it, names its version in the test log, and stops it when the session ends,
also after failures or Ctrl-C (and, should pytest itself be killed, the server exits when
its standard input closes). To use another server instead, set ACTORGRAPH_TEST_BOLT_URL
(and ACTORGRAPH_TEST_BOLT_USER, ACTORGRAPH_TEST_BOLT_PASSWORD, ACTORGRAPH_TEST_BOLT_DATABASES,
comma-separated, default "neo4j"): its databases are wiped before use.

Neo4j Community has one user database, so a test that needs a second store at the same
time gets it on a second server, started for that test and stopped after it.

Load it with `pytest_plugins = ["tests.neo4j_server"]`. Fixtures: `neo4j_launcher` (the
scripts/neo4j_server.py module, also for the fault tests that stop and restart a server
of their own with `keep_data=True`), `bolt_server` and `neo4j_driver` (per
session), `neo4j_store` (an empty store per test) and `neo4j_store_factory` (called as
`factory(tmp_path)`, like the embedded store's factory: a store on a freshly emptied
database, another one on each call).
"""

from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
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
SCRIPTS = ROOT / "scripts"


@dataclass(frozen=True, slots=True)
class BoltServer:
    url: str
    user: str
    password: str
    databases: tuple[str, ...] = ("neo4j",)
    started_in: float = 0.0  # seconds until it was ready (0 for an external server)
    version: str = ""  # "5.26.0 community", from CALL dbms.components()

    @property
    def database(self) -> str:
        return self.databases[0]


def script_module(name: str) -> ModuleType:
    """scripts/<name>.py, imported by path (scripts/ is not a package)."""
    module_name = f"actorgraph_scripts_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    path = SCRIPTS / f"{name}.py"
    spec = importlib.util.spec_from_file_location(module_name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


def make_driver(server: BoltServer, **config: Any) -> neo4j.Driver:
    return neo4j.GraphDatabase.driver(server.url, auth=(server.user, server.password), **config)


def wipe(driver: neo4j.Driver, database: str) -> None:
    """Delete every node and relationship (the schema stays)."""
    with driver.session(database=database) as session:
        session.run(cypher.DELETE_EVERYTHING).consume()


def server_version(driver: neo4j.Driver) -> str:
    with driver.session() as session:
        record = session.run(
            "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition AS e"
        ).single(strict=True)
    return f"{record['v']} {record['e']}"


class Neo4jStoreFactory:
    """Hands out Neo4j stores on distinct, emptied databases: one per call.

    Past the session server's databases, each further store gets a Neo4j server of its
    own, stopped by `close()`.
    """

    def __init__(self, server: BoltServer, driver: neo4j.Driver, scratch: Path) -> None:
        self._server = server
        self._free = list(server.databases)
        self._driver = driver
        self._scratch = scratch
        self._stores: list[Neo4jStore] = []
        self._own_drivers: list[neo4j.Driver] = []
        self._own_servers: list[Any] = []

    def __call__(self, tmp_path: Path | None = None) -> Neo4jStore:
        if self._free:
            database = self._free.pop(0)
            driver = self._driver
            if database != self._server.database:
                driver = self._new_driver(self._server)
        else:
            launcher = script_module("neo4j_server")
            spare = launcher.start(tempfile.mkdtemp(prefix="spare-", dir=self._scratch))
            self._own_servers.append(spare)
            database = launcher.DATABASE
            driver = self._new_driver(BoltServer(spare.url, spare.user, spare.password))
        wipe(driver, database)
        store = Neo4jStore(driver, database=database)
        self._stores.append(store)
        return store

    def _new_driver(self, server: BoltServer) -> neo4j.Driver:
        driver = make_driver(server, max_transaction_retry_time=15.0)
        self._own_drivers.append(driver)
        return driver

    def close(self) -> None:
        for store in self._stores:
            store.close()
        for driver in self._own_drivers:
            driver.close()
        for spare in self._own_servers:
            script_module("neo4j_server").stop(spare.process)


@pytest.fixture(scope="session")
def neo4j_launcher() -> ModuleType:
    """scripts/neo4j_server.py (build, start, stop, free_port)."""
    return script_module("neo4j_server")


def _announce(config: pytest.Config, line: str) -> None:
    """A line in the test log (past pytest's output capture, so it shows even with -q)."""
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    capture = config.pluginmanager.get_plugin("capturemanager")
    if reporter is None:
        return
    if capture is None:
        reporter.write_line(line)
        return
    with capture.global_and_fixture_disabled():
        reporter.write_line(line)


@pytest.fixture(scope="session")
def bolt_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[BoltServer]:
    external = os.environ.get("ACTORGRAPH_TEST_BOLT_URL")
    if external:
        server = BoltServer(
            url=external,
            user=os.environ.get("ACTORGRAPH_TEST_BOLT_USER", "neo4j"),
            password=os.environ.get("ACTORGRAPH_TEST_BOLT_PASSWORD", ""),
            databases=tuple(
                name.strip()
                for name in os.environ.get("ACTORGRAPH_TEST_BOLT_DATABASES", "neo4j").split(",")
                if name.strip()
            ),
        )
        with make_driver(server) as driver:
            version = server_version(driver)
        _announce(request.config, f"Bolt server: Neo4j {version} at {external} (external)")
        yield BoltServer(server.url, server.user, server.password, server.databases, 0.0, version)
        return
    launcher = script_module("neo4j_server")
    began = time.monotonic()
    started = launcher.start(tmp_path_factory.mktemp("neo4j"))
    try:
        took = time.monotonic() - began
        _announce(
            request.config,
            f"Bolt server: Neo4j {started.version} at {started.url} (ready in {took:.1f} s)",
        )
        yield BoltServer(
            started.url, started.user, started.password, (launcher.DATABASE,), took, started.version
        )
    finally:
        launcher.stop(started.process)


@pytest.fixture(scope="session")
def neo4j_driver(bolt_server: BoltServer) -> Iterator[neo4j.Driver]:
    driver = make_driver(bolt_server, max_transaction_retry_time=15.0)
    try:
        yield driver
    finally:
        driver.close()


@pytest.fixture
def neo4j_store_factory(
    bolt_server: BoltServer, neo4j_driver: neo4j.Driver, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Neo4jStoreFactory]:
    factory = Neo4jStoreFactory(bolt_server, neo4j_driver, tmp_path_factory.mktemp("neo4j-spare"))
    try:
        yield factory
    finally:
        factory.close()


@pytest.fixture
def neo4j_store(neo4j_store_factory: Neo4jStoreFactory) -> Neo4jStore:
    """An empty Neo4jStore on the session's server."""
    return neo4j_store_factory()
