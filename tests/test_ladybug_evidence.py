"""Edge evidence kept apart from the relationship on Ladybug: one Evidence node per
edge, written and deleted with it, and the one-time upgrade of a database the previous
version made (statement ids in a list on every relationship)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import ladybug
import pytest

from actorgraph.graph import ladybug_cypher
from actorgraph.graph.evidence_window import HEAD_STATEMENTS, head, head_covers
from actorgraph.graph.ladybug_bulk import bulk_load
from actorgraph.graph.ladybug_cypher import RELATION_TYPES
from actorgraph.graph.ladybug_store import DATABASE_FILE, LadybugStore
from actorgraph.graph.models import Edge, EdgeKey
from actorgraph.graph.store import StoreError
from benchmarks.corpus import hub_actor_ids
from tests.ladybug_read import query_rows
from tests.samples import raid_told_in
from tests.test_ladybug_bulk import _documents, _views


def _evidence_keys(folder: Path) -> list[str]:
    return sorted(str(r[0]) for r in query_rows(folder, "MATCH (e:Evidence) RETURN e.key"))


def _edge_keys(folder: Path) -> list[str]:
    """The key of every stored relationship, built from its ends, type and negation."""
    query = (
        "MATCH (a:Actor)-[r]->(b:Actor) RETURN a.id + '|' + label(r) + '|' + b.id + '|' + "
        "CASE WHEN r.negated THEN 'negated' ELSE 'asserted' END"
    )
    return sorted(str(r[0]) for r in query_rows(folder, query))


def _key(edge: Edge) -> EdgeKey:
    return EdgeKey(edge.source, edge.target, edge.type, edge.negated)


def _every_evidence(store: LadybugStore) -> dict[EdgeKey, object]:
    """Every edge's whole evidence page."""
    keys = [EdgeKey(e.source, e.target, e.type, e.negated) for e in store.edges()]
    return {key: store.edge_evidence(key, limit=1000) for key in keys}


def _to_edge_lists(folder: Path) -> None:
    """Take the database back to the previous layout: each edge's statement ids in a
    list on the relationship, no Evidence table."""
    db = ladybug.Database(str(folder / DATABASE_FILE))
    conn = ladybug.Connection(db)
    result = conn.execute("MATCH (e:Evidence) RETURN e.key, e.statements")
    assert not isinstance(result, list)
    kept = result.get_all()
    for table in RELATION_TYPES:
        conn.execute(f"ALTER TABLE {table} ADD statements STRING[]")
    for key, ids in kept:
        source, table, target, negated = str(key).split("|")
        conn.execute(
            f"MATCH (a:Actor {{id: $source}})-[r:{table}]->(b:Actor {{id: $target}}) "
            "WHERE r.negated = $negated SET r.statements = $ids",
            {"source": source, "target": target, "negated": negated == "negated", "ids": ids},
        )
    conn.execute("DROP TABLE Evidence")
    conn.close()
    db.close()


def test_every_edge_has_one_evidence_node_through_replace_and_delete(tmp_path: Path) -> None:
    docs = _documents(30)
    folder = tmp_path / "graph"
    with LadybugStore(folder) as store:
        for document, extraction in docs:
            store.upsert_document(document, extraction)
        # Other content for two documents (edges lose and gain statements), one deleted.
        for document, extraction in docs[:2]:
            store.upsert_document(
                dataclasses.replace(document, sha256="0" * 64),
                dataclasses.replace(extraction, relations=extraction.relations[:1]),
            )
        assert store.delete_document(docs[2][0].id)
        edges = store.stats().edges
    keys = _edge_keys(folder)
    assert len(keys) == edges > 0
    assert _evidence_keys(folder) == keys


def test_a_bulk_load_writes_the_evidence_upserts_write(tmp_path: Path) -> None:
    docs = _documents(30)
    with LadybugStore(tmp_path / "one") as one:
        for document, extraction in docs:
            one.upsert_document(document, extraction)
        expected = _every_evidence(one)
    bulk_load(tmp_path / "bulk", docs)
    assert _evidence_keys(tmp_path / "bulk") == _edge_keys(tmp_path / "bulk")
    with LadybugStore(tmp_path / "bulk") as bulk:
        assert _every_evidence(bulk) == expected


def test_a_graph_with_statement_lists_on_its_edges_is_upgraded_on_open(tmp_path: Path) -> None:
    folder = tmp_path / "graph"
    with LadybugStore(folder) as store:
        for document, extraction in _documents(30):
            store.upsert_document(document, extraction)
        before = (_views(store), _every_evidence(store), store.stats())
    _to_edge_lists(folder)
    assert query_rows(folder, "CALL table_info('LEADS') RETURN name")[-1] == ["statements"]
    with pytest.raises(StoreError, match="open it for writing once"):
        LadybugStore(folder, read_only=True)
    with LadybugStore(folder) as store:
        assert (_views(store), _every_evidence(store), store.stats()) == before
    for table in RELATION_TYPES:
        columns = {r[0] for r in query_rows(folder, f"CALL table_info('{table}') RETURN name")}
        assert "statements" not in columns
    assert _evidence_keys(folder) == _edge_keys(folder)
    with LadybugStore(folder, read_only=True) as reader:  # upgraded: readers open it
        assert reader.stats() == before[2]


def test_an_upgrade_that_fails_leaves_the_old_graph_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "graph"
    with LadybugStore(folder) as store:
        for document, extraction in _documents(10):
            store.upsert_document(document, extraction)
        before = (_views(store), _every_evidence(store))
    _to_edge_lists(folder)
    broken = dict(ladybug_cypher.DROP_EDGE_LISTS)
    broken[RELATION_TYPES[-1]] = "ALTER TABLE NoSuchTable DROP statements"
    monkeypatch.setattr(ladybug_cypher, "DROP_EDGE_LISTS", broken)
    with pytest.raises(StoreError):
        LadybugStore(folder)
    # Nothing of the failed upgrade was kept: still the old layout, every list there.
    assert query_rows(folder, "CALL show_tables() RETURN name").count(["Evidence"]) == 0
    listed = query_rows(folder, "MATCH ()-[r]->() RETURN count(r.statements)")
    assert listed[0][0] == sum(1 for _ in before[1])
    monkeypatch.undo()
    with LadybugStore(folder) as store:
        assert (_views(store), _every_evidence(store)) == before


def test_a_head_is_the_first_documents_whole() -> None:
    ids = ["b#0", "a#3", "c#1", "a#1", "b#2", "c#0"]
    assert head(ids, 1) == ["a#3", "a#1"]
    assert head(ids, 3) == ["b#0", "a#3", "a#1", "b#2"]
    assert head(ids, 100) == ids
    assert head_covers(["a#3", "a#1"], count=6, end=2)
    assert not head_covers(["a#3", "a#1"], count=6, end=3)
    assert head_covers(["a#3", "a#1"], count=2, end=50)  # the whole edge


@pytest.fixture(scope="module")
def busy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store whose hubs have edges of more statements than a head holds."""
    folder = tmp_path_factory.mktemp("busy") / "graph"
    # The raid story told in 30 documents, in an order other than their ids': its
    # edges gather 30 statements each, over documents of one or two statements.
    told = raid_told_in([17, 3, 29, 11, 0, 22, 8, 25, 14, 5, 19, 1, 27, 9, 12, 23, 6, 15, 28,
                         2, 20, 10, 24, 4, 16, 26, 7, 13, 21, 18])
    with LadybugStore(folder) as store:
        for _ in store.upsert_documents([*_documents(20), *told]):
            pass
    return folder


@pytest.mark.parametrize("evidence_limit", [0, 1, 3, HEAD_STATEMENTS, HEAD_STATEMENTS + 1, 40])
def test_a_page_reads_the_same_evidence_from_heads_as_from_whole_lists(
    busy: Path, evidence_limit: int
) -> None:
    with LadybugStore(busy, read_only=True) as store:
        hubs = [a for a in hub_actor_ids() if store.get_actor(a) is not None][:2]
        hubs += [r.id for r in store.search_actors("Crimson Brigade")][:1]
        assert len(hubs) == 3
        longest = 0
        for actor_id in hubs:
            whole = store.connections(actor_id, include_negated=True, limit=30)
            page = store.connection_page(
                actor_id, include_negated=True, limit=30, evidence_limit=evidence_limit
            )
            assert [_key(c.edge) for c in page.items] == [_key(c.edge) for c in whole]
            longest = max([longest, *(len(c.edge.statements) for c in whole)])
            for capped, full in zip(page.items, whole, strict=True):
                assert capped.edge.statements == full.edge.statements[:evidence_limit]
        assert longest > HEAD_STATEMENTS + 20
