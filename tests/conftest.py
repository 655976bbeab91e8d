"""Fixtures shared by the whole suite."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from spacy.language import Language

from actorgraph.graph.embedded import EmbeddedStore
from tests.samples import fill

if TYPE_CHECKING:
    from actorgraph.graph.store import GraphStore

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def nlp() -> Iterator[Language]:
    """The extraction pipeline, built once for the whole run (it takes a second or two)."""
    from actorgraph.extract import build_pipeline

    yield build_pipeline()

@pytest.fixture(scope="session")
def sample_ladybug(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Ladybug store folder holding tests/samples.fill's documents, written once per
    run (Ladybug's commits are slow); tests open a copy of it (`ladybug_copy`)."""
    from actorgraph.graph.ladybug_store import LadybugStore
    from tests.samples import fill

    folder = tmp_path_factory.mktemp("sample-ladybug") / "ladybug"
    with LadybugStore(folder) as store:
        fill(store)
    return folder


def ladybug_copy(template: Path, tmp_path: Path) -> GraphStore:
    """A Ladybug store of the test's own, opened on a copy of `template`'s folder."""
    from actorgraph.graph.ladybug_store import LadybugStore

    folder = tmp_path / "g.ladybug"
    shutil.copytree(template, folder)
    return LadybugStore(folder)


# A Neo4j 5.26 server (tests/neo4j_server.py) for the Neo4j store's tests, started once per run.
pytest_plugins = ["tests.neo4j_server"]


@pytest.fixture(autouse=True, scope="session")
def _test_client_host() -> Iterator[None]:
    """Starlette's TestClient sends `Host: testserver`; the API answers only the names
    in ACTORGRAPH_ALLOWED_HOSTS, so tests add that one to the defaults.

    ACTORGRAPH_STORE is `sqlite` for tests that do not name a store (CLI, hardening,
    faults...): they check behaviour around the store, and a SQLite store opens and
    commits far faster than Ladybug, which keeps the suite's time in bounds. The
    Ladybug store, the default, runs the store contract, API, Cypher and docs-query
    suites (parametrised over both), and tests/test_default_store.py checks the
    default itself with the variable unset."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ACTORGRAPH_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")
        patch.setenv("ACTORGRAPH_STORE", "sqlite")
        yield


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    """The sample graph (tests/samples.py) in a SQLite store, for tests that read it;
    a test file that needs another store defines its own `store`."""
    graph_store = EmbeddedStore(tmp_path / "g.sqlite3")
    fill(graph_store)
    yield graph_store
    graph_store.close()


@pytest.fixture
def old_data(tmp_path: Path) -> Path:
    """A data folder as an earlier version left it: a SQLite store and nothing else."""
    data = tmp_path / "data"
    with EmbeddedStore(data / "graph.sqlite3") as store:
        fill(store)
    return data
