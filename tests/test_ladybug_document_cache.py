"""The writer's cache of documents (graph/document_cache.py) and the statement read
that takes each row's document, number and edge from its id: a connections response
read by the process that writes the store is the one a read-only reader gives, before
and after writes, and the cache never answers with a document a write has changed."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from actorgraph.graph import ladybug_cypher, ladybug_rows
from actorgraph.graph.document_cache import DocumentCache
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.models import DocumentInfo
from benchmarks import scale
from benchmarks.corpus import hub_actor_ids
from tests.ladybug_read import record_queries

STATEMENTS = 3000


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("document-cache") / "ladybug"
    scale.build("ladybug", folder, STATEMENTS)
    return folder


@pytest.fixture
def graph(built: Path, tmp_path: Path) -> Path:
    """A copy of the built store, for a test that writes."""
    folder = tmp_path / "ladybug"
    shutil.copytree(built, folder)
    return folder


class _Executed:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.queries = record_queries(monkeypatch)


def _response(store: LadybugStore, actor_id: str, **options: Any) -> tuple[object, ...]:
    """What a connections response reads, in one snapshot as the route reads it."""
    with store.snapshot():
        centre = store.get_actor(actor_id, document_limit=20)
        page = store.connection_page(actor_id, **options)
        cited = {s.document for c in page.items for s in c.edge.statements}
        documents = sorted(store.source_documents(cited), key=lambda d: d.id)
    items = [(c.neighbour, c.direction, c.edge) for c in page.items]
    return centre, page.total, items, documents


def _hubs(store: LadybugStore) -> list[str]:
    return [a for a in hub_actor_ids() if store.get_actor(a) is not None][:6]


OPTIONS: list[dict[str, Any]] = [{}, {"evidence_limit": 1}, {"evidence_limit": 12, "limit": 9}]


def test_the_writer_reads_the_responses_a_reader_reads(
    graph: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with LadybugStore(graph, read_only=True) as reader:
        hubs = _hubs(reader)
        expected = [_response(reader, a, **o) for a in hubs for o in OPTIONS]
    with LadybugStore(graph) as writer:
        executed = _Executed(monkeypatch)
        first = [_response(writer, a, **o) for a in hubs for o in OPTIONS]
        assert ladybug_cypher.STATEMENTS_BY_ID_LEAN in executed.queries
        assert ladybug_cypher.STATEMENTS_OF_EDGES_WITH_DOCUMENTS not in executed.queries
        assert ladybug_cypher.DOCUMENTS_BY_ID in executed.queries, "a cold cache reads them"
        executed.queries.clear()
        again = [_response(writer, a, **o) for a in hubs for o in OPTIONS]
        assert ladybug_cypher.DOCUMENTS_BY_ID not in executed.queries, "all kept"
        figures = writer.document_cache_figures()
    assert first == expected
    assert again == expected
    assert figures is not None and figures["hits"] > 0 and figures["misses"] > 0
    assert 0 < figures["hit_rate"] < 1


def test_a_reader_keeps_no_cache(built: Path) -> None:
    with LadybugStore(built, read_only=True) as reader:
        assert reader.document_cache_figures() is None


def test_a_write_lets_go_of_the_documents_kept(graph: Path) -> None:
    with LadybugStore(graph) as writer:
        hub = _hubs(writer)[0]
        documents = _response(writer, hub)[3]
        assert isinstance(documents, list)
        assert documents, "the hub's page cites documents"
        gone = documents[0].id
        assert writer.document_cache_figures()["kept"] > 0  # type: ignore[index]
        assert writer.delete_document(gone)
        assert writer.document_cache_figures()["kept"] == 0  # type: ignore[index]
        with writer.snapshot():
            assert writer.source_documents({gone, documents[-1].id}) == [documents[-1]]
        after = _response(writer, hub)
    with LadybugStore(graph, read_only=True) as reader:
        assert _response(reader, hub) == after
    cited_after = after[3]
    assert isinstance(cited_after, list)
    assert gone not in {d.id for d in cited_after}


def test_ids_of_another_form_read_whole_rows(built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A statement id that does not name its document and number is read with its row's
    own document, number and edge (the statements' read of the previous code)."""
    with LadybugStore(built, read_only=True) as store:
        executed = _Executed(monkeypatch)
        with store.snapshot():
            tx = store._local.held
            assert tx is not None
            found = ladybug_rows._statements_of_windows(tx, {"a|TARGETS|b|asserted": ["x"]})
    assert found == {}
    assert ladybug_cypher.STATEMENTS_BY_ID_LEAN not in executed.queries


def _info(document_id: str, title: str = "") -> DocumentInfo:
    return DocumentInfo(id=document_id, sha256="0" * 64, title=title or None)


def test_the_cache_answers_only_reads_of_its_generation() -> None:
    cache = DocumentCache(entries=3)
    begun = cache.generation
    cache.put([_info("a", "old")], begun)
    assert cache.get(["a", "b"], begun) == {"a": _info("a", "old")}
    late = cache.generation  # a read that begins before the write below ends
    cache.written()
    assert cache.get(["a"], cache.generation) == {}, "a write lets go of every document"
    cache.put([_info("a", "old")], late)  # what that read saw: not kept
    assert cache.get(["a"], cache.generation) == {}
    assert cache.get(["a"], late) == {}, "nor answered to it"
    now = cache.generation
    cache.put([_info(i) for i in "abcd"], now)
    assert sorted(cache.get("abcd", now)) == ["b", "c", "d"], "the first kept goes first"
    figures = cache.figures()
    assert figures["kept"] == 3
    assert (figures["hits"], figures["misses"]) == (4, 5)
