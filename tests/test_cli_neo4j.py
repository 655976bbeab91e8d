"""The Cypher side of the command line, against the session's Bolt server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from actorgraph.cli import example_corpus, main
from actorgraph.graph.neo4j_store import Neo4jStore
from tests.neo4j_server import BoltServer


@pytest.fixture
def bolt_args(
    bolt_server: BoltServer, neo4j_store: Neo4jStore, monkeypatch: pytest.MonkeyPatch
) -> list[str]:
    """Options that point the CLI at the (emptied) test database."""
    monkeypatch.setenv("ACTORGRAPH_NEO4J_PASSWORD", bolt_server.password)
    return [
        "--store",
        bolt_server.url,
        "--neo4j-user",
        bolt_server.user,
        "--neo4j-database",
        neo4j_store.database,
    ]


def test_migrate_then_query_who_leads_whom(
    bolt_args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    assert main(["ingest", str(example_corpus()), "--data-dir", data, "--no-progress"]) == 0
    assert main(["migrate", "--data-dir", data, "--to", bolt_args[1], *bolt_args[2:]]) == 0
    assert "copied 8 documents (8 created" in capsys.readouterr().out

    query = "MATCH (p:Actor)-[:LEADS]->(g:Actor) RETURN p.name AS leader, g.name AS led"
    assert main(["query", query, "--json", *bolt_args]) == 0
    result = json.loads(capsys.readouterr().out)
    assert ["Abdul-Malik al-Houthi", "Houthis"] in result["rows"]

    # A second copy changes nothing.
    assert main(["migrate", "--data-dir", data, "--to", bolt_args[1], *bolt_args[2:]]) == 0
    assert "(0 created, 0 replaced, 8 unchanged)" in capsys.readouterr().out


def test_query_refuses_writes(bolt_args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "MATCH (n) DETACH DELETE n", *bolt_args]) == 1
    assert "read-only" in capsys.readouterr().err


def test_query_on_the_sqlite_store_explains_how_to_get_cypher(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["query", "RETURN 1", "--data-dir", str(tmp_path), "--store", "sqlite"]) == 2
    assert "actorgraph migrate" in capsys.readouterr().err


def test_query_on_the_ladybug_store_answers_without_a_server(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["query", "RETURN 1 AS one", "--json", "--data-dir", str(tmp_path), "--store", "ladybug"]
    assert main(args) == 0
    assert json.loads(capsys.readouterr().out)["rows"] == [[1]]
