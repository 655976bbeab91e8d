"""Fixtures shared by the whole suite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def nlp() -> Iterator[Language]:
    """The extraction pipeline, built once for the whole run (it takes a second or two)."""
    from actorgraph.extract import build_pipeline

    yield build_pipeline()

# A Neo4j 5.26 server (tests/neo4j_server.py) for the Neo4j store's tests, started once per run.
pytest_plugins = ["tests.neo4j_server"]


@pytest.fixture(autouse=True, scope="session")
def _test_client_host() -> Iterator[None]:
    """Starlette's TestClient sends `Host: testserver`; the API answers only the names
    in ACTORGRAPH_ALLOWED_HOSTS, so tests add that one to the defaults."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ACTORGRAPH_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")
        yield
