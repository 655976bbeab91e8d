"""Copying whole graphs between stores (graph/migrate.py): embedded -> Neo4j -> embedded.

The Neo4j store runs on the session's Bolt server (Neo4j 5.26, see tests/neo4j_server.py). A
copy must hold the same graph: the same actors (ids, names, types, aliases, the
documents that mention them), edges with every statement, and documents.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from spacy.language import Language

from actorgraph.cli import example_corpus
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.migrate import (
    MigrationCounts,
    compare_graphs,
    copy_graph,
    graph_snapshot,
)
from actorgraph.graph.neo4j_store import Neo4jStore
from actorgraph.graph.store import GraphStore
from actorgraph.ingest import ingest_paths
from tests.neo4j_server import make_driver, wipe
from tests.samples import fill

if TYPE_CHECKING:
    from tests.neo4j_server import BoltServer

pytest_plugins = ["tests.neo4j_server"]


@pytest.fixture
def bolt_store(bolt_server: BoltServer) -> Iterator[Neo4jStore]:
    """An empty Neo4j store with a driver of its own (see test_cypher_docs.py)."""
    driver = make_driver(bolt_server)
    wipe(driver, bolt_server.database)
    store = Neo4jStore(driver, database=bolt_server.database, owns_driver=True)
    yield store
    store.close()


@pytest.fixture
def embedded(tmp_path: Path) -> Iterator[EmbeddedStore]:
    store = EmbeddedStore(tmp_path / "source.sqlite3")
    yield store
    store.close()


def assert_same_graph(a: GraphStore, b: GraphStore) -> None:
    assert compare_graphs(a, b) == []
    assert a.stats() == b.stats()
    left, right = graph_snapshot(a), graph_snapshot(b)
    assert left == right


def test_samples_go_to_neo4j_and_back(
    embedded: EmbeddedStore, bolt_store: Neo4jStore, tmp_path: Path
) -> None:
    """The hand-made stories: aliases, a denied edge, a claim in reported speech,
    a ceasefire state, markup in names."""
    fill(embedded)
    seen: list[tuple[int, int]] = []
    counts = copy_graph(
        embedded, bolt_store, progress=lambda done, total: seen.append((done, total))
    )
    stats = embedded.stats()
    assert counts == MigrationCounts(
        documents=stats.documents,
        actors=stats.actors,
        edges=stats.edges,
        statements=stats.statements,
        created=stats.documents,
    )
    assert seen == [(i, stats.documents) for i in range(1, stats.documents + 1)]
    assert_same_graph(embedded, bolt_store)
    assert any(edge.negated for edge in bolt_store.edges())
    assert any(s.source_actor for e in bolt_store.edges() for s in e.statements)
    assert any(s.state for e in bolt_store.edges() for s in e.statements)

    back = EmbeddedStore(tmp_path / "back.sqlite3")
    try:
        copy_graph(bolt_store, back)
        assert_same_graph(bolt_store, back)
        assert_same_graph(embedded, back)
    finally:
        back.close()


@pytest.mark.slow
def test_the_example_corpus_goes_to_neo4j_and_back(
    embedded: EmbeddedStore, bolt_store: Neo4jStore, nlp: Language, tmp_path: Path
) -> None:
    report = ingest_paths(embedded, nlp, [example_corpus()], progress=False)
    assert not report.errors
    assert embedded.stats().edges > 20
    assert any(record.aliases for record in embedded.search_actors("", limit=1000))

    copy_graph(embedded, bolt_store)
    assert_same_graph(embedded, bolt_store)

    back = EmbeddedStore(tmp_path / "back.sqlite3")
    try:
        copy_graph(bolt_store, back)
        assert_same_graph(embedded, back)
        # The copy behaves like the original: the same search, the same connections.
        for name in ("Houthis", "Iran"):
            mine = [r.id for r in embedded.search_actors(name)]
            assert mine and [r.id for r in back.search_actors(name)] == mine
            assert back.connections(mine[0]) == embedded.connections(mine[0])
    finally:
        back.close()


def test_copying_again_changes_nothing(embedded: EmbeddedStore, bolt_store: Neo4jStore) -> None:
    fill(embedded)
    copy_graph(embedded, bolt_store)
    again = copy_graph(embedded, bolt_store)
    assert again.unchanged == again.documents > 0
    assert again.created == again.replaced == 0
    assert_same_graph(embedded, bolt_store)


def test_an_empty_graph_copies_to_an_empty_graph(embedded: EmbeddedStore, tmp_path: Path) -> None:
    target = EmbeddedStore(tmp_path / "target.sqlite3")
    try:
        assert copy_graph(embedded, target) == MigrationCounts()
        assert compare_graphs(embedded, target) == []
    finally:
        target.close()


def test_compare_graphs_finds_differences(embedded: EmbeddedStore, tmp_path: Path) -> None:
    fill(embedded)
    target = EmbeddedStore(tmp_path / "target.sqlite3")
    try:
        copy_graph(embedded, target)
        assert compare_graphs(embedded, target) == []
        document = embedded.list_documents()[0].id
        target.delete_document(document)
        differences = compare_graphs(embedded, target)
        assert any(f"document {document!r} is only in the first store" in d for d in differences)
        assert len(compare_graphs(embedded, target, most=1)) == 1
    finally:
        target.close()


def test_a_store_cannot_be_copied_into_itself(embedded: EmbeddedStore) -> None:
    with pytest.raises(ValueError, match="same store"):
        copy_graph(embedded, embedded)
