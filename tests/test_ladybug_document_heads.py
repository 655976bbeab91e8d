"""The head of each actor's documents kept on its Ladybug node (its first ids, as an
edge keeps the head of its evidence): written by every write and by the bulk load,
refilled from the mentions when a removal leaves it short, read by a connections
response for its centre's first documents, and added to a database the previous
version made by a one-time upgrade on its first writing open."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path
from typing import Any

import pytest

from actorgraph.domain import Extraction
from actorgraph.graph import (
    ladybug_actors,
    ladybug_cypher,
    ladybug_schema,
    ladybug_writes,
)
from actorgraph.graph.ladybug_bulk import bulk_load
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.models import DocumentInfo
from tests.ladybug_read import actor_columns, drop_actor_column, query_rows
from tests.test_ladybug_bulk import (
    _documents,
    _failed_upgrade_kept,
    _upgrades_as_before,
    _views,
)

_HEADS = "MATCH (a:Actor) RETURN a.id, a.document_count, a.document_head ORDER BY a.id"
LISTED = 20  # what a connections response lists of its centre's documents

Doc = tuple[DocumentInfo, Extraction]


def _heads(rows: list[list[Any]]) -> dict[str, tuple[int, list[str]]]:
    return {str(r[0]): (int(r[1]), list(r[2] or [])) for r in rows}


def _check(store: LadybugStore) -> None:
    """Every actor's kept head against a full read of its documents (the store's own):
    a sorted prefix of them, long enough, and the pages read from it equal to the
    pages read from the mentions."""
    kept = _heads(store.run_read(_HEADS, {}, 100_000, 60)[1])
    assert kept
    for actor_id, (count, head) in kept.items():
        full = store.get_actor(actor_id)
        assert full is not None
        assert count == len(full.documents)
        assert head == list(full.documents[: len(head)])
        assert min(ladybug_actors.HEAD_DOCUMENTS, count) <= len(head) <= ladybug_actors.HEAD_ROOM
        listed = store.get_actor(actor_id, document_limit=LISTED)
        assert listed == dataclasses.replace(
            full, documents=full.documents[:LISTED], document_total=count
        )
        found = store.search_actors(full.name, limit=5, document_limit=LISTED)
        assert listed in found
        for offset, limit in ((0, LISTED), (3, 5), (LISTED, 50)):
            page = store.actor_documents(actor_id, offset=offset, limit=limit)
            assert (page.total, page.ids) == (count, list(full.documents[offset:][:limit]))


def _replaced(document: DocumentInfo, other: Extraction, salt: int) -> Doc:
    """`document`'s id with `other`'s content."""
    info = dataclasses.replace(document, sha256=f"{salt:064d}")
    return info, dataclasses.replace(other, document=document.id)


def _small_heads(monkeypatch: pytest.MonkeyPatch, listed: int, room: int) -> list[int]:
    """Heads of `listed` to `room` ids, so that a few dozen documents make removals
    refill them; the refills made are counted in the list returned."""
    monkeypatch.setattr(ladybug_actors, "HEAD_DOCUMENTS", listed)
    monkeypatch.setattr(ladybug_actors, "HEAD_ROOM", room)
    monkeypatch.setattr(ladybug_writes, "HEAD_ROOM", room)
    monkeypatch.setattr(ladybug_schema, "HEAD_ROOM", room)
    refills: list[int] = []
    refilled = ladybug_writes._refilled

    def counted(tx: Any, short: Any) -> Any:
        refills.append(len(short))
        return refilled(tx, short)

    monkeypatch.setattr(ladybug_writes, "_refilled", counted)
    return refills


@pytest.mark.parametrize(("seed", "sizes"), [(1, None), (2, (3, 5)), (3, (2, 4))])
def test_the_head_follows_inserts_replacements_and_deletes_in_any_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int, sizes: tuple[int, int] | None
) -> None:
    refills = _small_heads(monkeypatch, *sizes) if sizes else None
    rng = random.Random(seed)
    docs = _documents(60)
    rng.shuffle(docs)  # ids come in no order: the head takes ids before its last
    waiting, stored = list(docs), []
    with LadybugStore(tmp_path / "graph", batch_documents=3) as store:
        for step in range(120):
            action = rng.choice(("insert", "insert", "batch", "replace", "delete"))
            if action in ("replace", "delete") and stored:
                document = stored[rng.randrange(len(stored))]
                if action == "delete":
                    assert store.delete_document(document.id)
                    stored.remove(document)
                    waiting.append((document, next(e for d, e in docs if d == document)))
                else:
                    store.upsert_document(*_replaced(document, rng.choice(docs)[1], step))
            elif waiting:
                take = [waiting.pop(rng.randrange(len(waiting)))]
                if action == "batch":
                    take += [waiting.pop() for _ in range(min(2, len(waiting)))]
                list(store.upsert_documents(take))
                stored += [d for d, _ in take]
            if step % 20 == 19:
                _check(store)
        _check(store)
    assert refills is None or refills  # the small heads ran short and were refilled
    with LadybugStore(tmp_path / "graph") as store:  # a new writer reads the heads back
        store.delete_document(stored[0].id)
        _check(store)


def test_a_bulk_load_keeps_the_heads_upserts_keep(tmp_path: Path) -> None:
    docs = _documents(50)
    with LadybugStore(tmp_path / "one") as one:
        for document, extraction in reversed(docs):
            one.upsert_document(document, extraction)
    bulk_load(tmp_path / "bulk", docs)
    upserted = _heads(query_rows(tmp_path / "one", _HEADS))
    assert upserted == _heads(query_rows(tmp_path / "bulk", _HEADS))
    assert max(len(head) for _, head in upserted.values()) > ladybug_actors.HEAD_DOCUMENTS
    with LadybugStore(tmp_path / "bulk") as bulk:
        _check(bulk)


def _without_heads(folder: Path) -> tuple[tuple[object, object], dict[str, Any]]:
    """A graph as the previous version made it (no heads): its views and stats, and
    the heads this version writes."""
    with LadybugStore(folder) as store:
        list(store.upsert_documents(_documents(50)))
        views = _views(store), store.stats()
    written = _heads(query_rows(folder, _HEADS))
    drop_actor_column(folder, "document_head")
    assert "document_head" not in actor_columns(folder)
    return views, written


def test_a_graph_made_before_the_heads_were_kept_is_upgraded_on_open(tmp_path: Path) -> None:
    folder = tmp_path / "graph"
    before, written = _without_heads(folder)
    _upgrades_as_before(folder, before)
    assert _heads(query_rows(folder, _HEADS)) == written
    with LadybugStore(folder) as store:
        _check(store)


def test_an_upgrade_that_fails_leaves_the_graph_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "graph"
    before = _without_heads(folder)[0][0]
    # The column is added, then the filling fails: the column must not stay.
    monkeypatch.setattr(ladybug_cypher, "FILL_DOCUMENT_HEADS", "MATCH (a:NoSuchTable) RETURN a")
    _failed_upgrade_kept(folder, "document_head", before, monkeypatch)
    with LadybugStore(folder) as store:
        _check(store)
