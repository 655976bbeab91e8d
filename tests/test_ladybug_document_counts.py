"""Each actor's document count kept on its Ladybug node: written by every write and by
the bulk load, read by a connections page for its neighbours, and added to a database
the previous version made by a one-time upgrade on its first writing open."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from actorgraph.graph import ladybug_cypher
from actorgraph.graph.ladybug_bulk import bulk_load
from actorgraph.graph.ladybug_store import LadybugStore
from tests.ladybug_read import actor_columns, drop_actor_column, query_rows
from tests.test_ladybug_bulk import (
    _documents,
    _failed_upgrade_kept,
    _upgrades_as_before,
    _views,
)

_KEPT = "MATCH (a:Actor) RETURN a.id, a.document_count"
_COUNTED = (
    "MATCH (a:Actor) OPTIONAL MATCH (a)<-[:MENTIONS]-(d:Document) RETURN a.id, count(d)"
)


def _kept_and_counted(folder: Path) -> tuple[dict[str, object], dict[str, object]]:
    """Every actor's kept count, and its mentions counted afresh."""
    return dict(query_rows(folder, _KEPT)), dict(query_rows(folder, _COUNTED))


def _in_step(store: LadybugStore) -> bool:
    """Whether an open store's kept counts are its mentions counted afresh."""
    kept, counted = (store.run_read(q, {}, 100_000, 60)[1] for q in (_KEPT, _COUNTED))
    return sorted(kept) == sorted(counted)


def test_the_count_follows_upserts_replacements_and_deletes(tmp_path: Path) -> None:
    docs = _documents(30)
    folder = tmp_path / "graph"
    with LadybugStore(folder) as store:
        for document, extraction in docs:
            store.upsert_document(document, extraction)
        # Same id, other content: the actors it mentioned lose it, the new ones gain
        # it, also those it only names (no relation: no edge of theirs changes).
        for (document, _), (_, other), relations in (
            (docs[0], docs[7], False),
            (docs[1], docs[8], True),
        ):
            replaced = dataclasses.replace(other, document=document.id)
            if not relations:
                replaced = dataclasses.replace(replaced, relations=())
            store.upsert_document(dataclasses.replace(document, sha256="0" * 64), replaced)
            assert _in_step(store)
        assert store.upsert_document(*docs[3]).status == "unchanged"
        assert store.delete_document(docs[4][0].id)
        assert store.delete_document(docs[0][0].id)  # names only
        assert _in_step(store)
        records = {a: store.get_actor(a) for a in sorted(store.to_networkx().nodes)}
        for actor_id in records:
            for connection in store.connections(actor_id, include_negated=True):
                neighbour = records[connection.neighbour.id]
                assert neighbour is not None
                assert connection.neighbour.document_total == len(neighbour.documents)
    kept, counted = _kept_and_counted(folder)
    assert kept == counted
    assert max(int(str(n)) for n in counted.values()) > 1
    # A new writer reads its actors back with the counts the last one wrote.
    with LadybugStore(folder) as store:
        store.upsert_document(*docs[4])
    kept, counted = _kept_and_counted(folder)
    assert kept == counted


def test_a_bulk_load_keeps_the_count_upserts_keep(tmp_path: Path) -> None:
    docs = _documents(30)
    with LadybugStore(tmp_path / "one") as one:
        for document, extraction in docs:
            one.upsert_document(document, extraction)
    bulk_load(tmp_path / "bulk", docs)
    upserted, _ = _kept_and_counted(tmp_path / "one")
    kept, counted = _kept_and_counted(tmp_path / "bulk")
    assert kept == counted == upserted


def test_a_graph_made_before_the_count_was_kept_is_upgraded_on_open(tmp_path: Path) -> None:
    folder = tmp_path / "graph"
    with LadybugStore(folder) as store:
        for document, extraction in _documents(30):
            store.upsert_document(document, extraction)
        before = (_views(store), store.stats())
    drop_actor_column(folder, "document_count")
    assert "document_count" not in actor_columns(folder)
    _upgrades_as_before(folder, before)
    kept, counted = _kept_and_counted(folder)
    assert kept == counted


def test_an_upgrade_that_fails_leaves_the_graph_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "graph"
    with LadybugStore(folder) as store:
        for document, extraction in _documents(10):
            store.upsert_document(document, extraction)
        before = _views(store)
    drop_actor_column(folder, "document_count")
    # The column is added, then the counting fails: the column must not stay.
    broken = (*ladybug_cypher.UPGRADE_DOCUMENT_COUNTS[:-1], "MATCH (a:NoSuchTable) RETURN a")
    monkeypatch.setattr(ladybug_cypher, "UPGRADE_DOCUMENT_COUNTS", broken)
    _failed_upgrade_kept(folder, "document_count", before, monkeypatch)
    kept, counted = _kept_and_counted(folder)
    assert kept == counted
