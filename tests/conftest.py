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
