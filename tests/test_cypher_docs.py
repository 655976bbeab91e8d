"""Every ```cypher block of the analysts' guide runs on the demo graph, on both engines.

The demo graph is the bundled example corpus (actorgraph/examples/) ingested into a Neo4j
store on the session's Bolt server (Neo4j 5.26, see tests/neo4j_server.py), and into a Ladybug
store (embedded, no server), where the same text runs unchanged. Each block must run
through the read-only console without error and, unless it contains the line
`// may return no rows`, return at least one row.

The files checked are DOC_PATHS, or the paths in ACTORGRAPH_CYPHER_DOCS (separated by
os.pathsep) when set, so the same test can check the README once the queries move there.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from spacy.language import Language

from actorgraph.cli import example_corpus
from actorgraph.graph.cypher_console import run_read_query
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.neo4j_store import Neo4jStore
from actorgraph.ingest import ingest_paths
from tests.neo4j_server import make_driver, wipe

if TYPE_CHECKING:
    from tests.neo4j_server import BoltServer

pytest_plugins = ["tests.neo4j_server"]

ROOT = Path(__file__).resolve().parents[1]
DOC_PATHS = (ROOT / "README.md", ROOT / "docs" / "cypher.md")
MAY_BE_EMPTY = "// may return no rows"
_BLOCK = re.compile(r"^```cypher[ \t]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)


def doc_paths() -> list[Path]:
    configured = os.environ.get("ACTORGRAPH_CYPHER_DOCS")
    if configured:
        return [Path(p) for p in configured.split(os.pathsep) if p]
    return list(DOC_PATHS)


def cypher_blocks(path: Path) -> list[tuple[int, str]]:
    """(line number, query) of every ```cypher fenced block in a Markdown file."""
    text = path.read_text(encoding="utf-8")
    return [
        (text.count("\n", 0, match.start()) + 2, match.group(1).strip())
        for match in _BLOCK.finditer(text)
    ]


CASES = [
    pytest.param(query, id=f"{path.name}:{line}")
    for path in doc_paths()
    for line, query in cypher_blocks(path)
]


def test_the_parser_finds_blocks(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "# t\n\n```cypher\nMATCH (a) RETURN a\n```\n\n```python\nx = 1\n```\n\n"
        "```cypher\n// may return no rows\nRETURN 1\n```\n",
        encoding="utf-8",
    )
    assert cypher_blocks(page) == [
        (4, "MATCH (a) RETURN a"),
        (12, "// may return no rows\nRETURN 1"),
    ]


def test_the_docs_have_the_example_queries() -> None:
    # The README shows the four queries analysts ask first; the guide has the rest.
    least = {"README.md": 4, "cypher.md": 7}
    for path in doc_paths():
        assert len(cypher_blocks(path)) >= least.get(path.name, 1), path


@pytest.fixture(scope="module")
def demo_store(bolt_server: BoltServer, nlp: Language) -> Iterator[Neo4jStore]:
    """The example corpus in a Neo4j store, shared by this module's tests (read only).

    A driver of its own, so that tests with a second store cannot change what it reads.
    """
    driver = make_driver(bolt_server)
    wipe(driver, bolt_server.database)
    store = Neo4jStore(driver, database=bolt_server.database, owns_driver=True)
    try:
        report = ingest_paths(store, nlp, [example_corpus()], progress=False)
        assert not report.errors, report.errors
        assert store.stats().documents >= 7
        yield store
    finally:
        store.close()


@pytest.mark.slow
@pytest.mark.parametrize("query", CASES)
def test_the_example_query_runs(demo_store: Neo4jStore, query: str) -> None:
    result = run_read_query(demo_store, query)
    assert not result.truncated
    if MAY_BE_EMPTY not in query:
        assert result.rows, f"no rows on the demo graph for:\n{query}"
    if result.rows:
        assert result.columns
        assert all(len(row) == len(result.columns) for row in result.rows)


@pytest.fixture(scope="module")
def ladybug_demo_store(
    tmp_path_factory: pytest.TempPathFactory, nlp: Language
) -> Iterator[LadybugStore]:
    """The example corpus in a Ladybug store, shared by this module's tests (read only)."""
    with LadybugStore(tmp_path_factory.mktemp("demo") / "ladybug") as store:
        report = ingest_paths(store, nlp, [example_corpus()], progress=False)
        assert not report.errors, report.errors
        assert store.stats().documents >= 7
        yield store


@pytest.mark.slow
@pytest.mark.parametrize("query", CASES)
def test_the_example_query_runs_on_ladybug(ladybug_demo_store: LadybugStore, query: str) -> None:
    result = run_read_query(ladybug_demo_store, query)
    assert not result.truncated
    if MAY_BE_EMPTY not in query:
        assert result.rows, f"no rows on the demo graph for:\n{query}"
    assert result.columns
    assert all(len(row) == len(result.columns) for row in result.rows)
