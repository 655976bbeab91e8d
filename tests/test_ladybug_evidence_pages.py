"""The page of evidence each Ladybug Evidence node keeps (graph/evidence_page.py): set by
every write that changes an edge's statements, filled in bulk loads and in stores made
before it, read by connections pages of up to PAGE_STATEMENTS statements per edge in
place of the Statement table, with the same responses."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import ladybug
import pytest

from actorgraph.graph import evidence_page, ladybug_rows
from actorgraph.graph.evidence_page import PAGE_STATEMENTS, page_ids
from actorgraph.graph.ladybug_bulk import bulk_load
from actorgraph.graph.ladybug_cypher import STATEMENTS_BY_ID_LEAN
from actorgraph.graph.ladybug_store import DATABASE_FILE, LadybugStore
from actorgraph.graph.store import StoreError
from tests.ladybug_read import query_rows, record_queries
from tests.samples import raid_told_in
from tests.test_ladybug_bulk import _documents


def _pages(folder: Path) -> dict[str, str | None]:
    rows = query_rows(folder, "MATCH (e:Evidence) RETURN e.key, e.page")
    return {str(key): page for key, page in rows}


def _expected_pages(folder: Path) -> dict[str, str]:
    """Each Evidence node's page as its head and the Statement table give it now."""
    heads = {str(k): h for k, h in query_rows(folder, "MATCH (e:Evidence) RETURN e.key, e.head")}
    statements = query_rows(
        folder,
        "MATCH (s:Statement) RETURN s.id, s.text, s.start, s.`end`, s.date, s.state, "
        "s.source_actor, s.confidence, s.cameo",
    )
    rows = {row[0]: dict(zip(evidence_page.FIELDS, row, strict=True)) for row in statements}
    return {key: evidence_page.encode(page_ids(head), rows) for key, head in heads.items()}


def _pages_views(store: LadybugStore) -> tuple[object, ...]:
    """Every actor's connections pages as the API reads them, for each evidence limit
    a page may take from the Evidence nodes, and one past it."""
    ids = sorted(store.to_networkx().nodes)
    return tuple(
        store.connection_page(a, include_negated=True, limit=40, evidence_limit=n)
        for a in ids
        for n in (1, 2, PAGE_STATEMENTS, PAGE_STATEMENTS + 1)
    )


def _degree(store: LadybugStore, actor_id: str) -> int:
    actor = store.get_actor(actor_id)
    assert actor is not None
    return actor.degree


def _drop_pages(folder: Path) -> None:
    """Take the database back to the layout without pages, as the previous version made
    it."""
    db = ladybug.Database(str(folder / DATABASE_FILE))
    conn = ladybug.Connection(db)
    conn.execute("ALTER TABLE Evidence DROP page")
    conn.close()
    db.close()


def _told_often(count: int) -> list[tuple[Any, Any]]:
    """The raid story in `count` documents stored out of their ids' order."""
    return raid_told_in([(i * 7) % count for i in range(count)])


def test_every_write_keeps_each_edges_page_as_its_statements_give_it(tmp_path: Path) -> None:
    folder = tmp_path / "graph"
    docs = _documents(20)
    told = _told_often(12)
    with LadybugStore(folder) as store:
        for document, extraction in docs[:10]:
            store.upsert_document(document, extraction)
        # In batches (grown edges), then one by one.
        for _ in store.upsert_documents(told[:8]):
            pass
        for document, extraction in [*docs[10:], *told[8:]]:
            store.upsert_document(document, extraction)
    pages = _pages(folder)
    assert pages == _expected_pages(folder)
    assert all(pages.values())
    with LadybugStore(folder) as store:
        # Other content for documents (edges lose and gain statements, their first
        # documents among them), then deletes.
        for document, extraction in [*docs[:3], *told[:2]]:
            store.upsert_document(
                dataclasses.replace(document, sha256="0" * 64),
                dataclasses.replace(extraction, relations=extraction.relations[:1]),
            )
        assert store.delete_document(told[2][0].id)
        assert store.delete_document(docs[5][0].id)
    assert _pages(folder) == _expected_pages(folder)


def test_a_page_of_evidence_reads_no_statement_the_evidence_node_keeps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "graph"
    with LadybugStore(folder) as store:
        for _ in store.upsert_documents([*_documents(10), *_told_often(9)]):
            pass
        hub = max(sorted(store.to_networkx().nodes), key=lambda a: _degree(store, a))
        queries = record_queries(monkeypatch)
        page = store.connection_page(hub, evidence_limit=PAGE_STATEMENTS)
        assert page.items and all(c.edge.statements for c in page.items)
        assert STATEMENTS_BY_ID_LEAN not in queries
        del queries[:]
        store.connection_page(hub, evidence_limit=PAGE_STATEMENTS + 1)
        assert STATEMENTS_BY_ID_LEAN in queries


def test_a_page_is_what_the_connections_page_shows(tmp_path: Path) -> None:
    """The page is read, not the Statement table: a page whose text was changed in
    the database shows that text (the writes never let one differ)."""
    folder = tmp_path / "graph"
    with LadybugStore(folder) as store:
        for document, extraction in _documents(5):
            store.upsert_document(document, extraction)
        hub = sorted(store.to_networkx().nodes)[0]
        first = store.connection_page(hub, evidence_limit=1).items[0]
    key = ladybug_rows._edge_id_key(
        (first.edge.source, first.edge.target, first.edge.type, first.edge.negated)
    )
    page = json.loads(_pages(folder)[key] or "[]")
    for row in page:
        row[1] = "Changed " + row[1]
    db = ladybug.Database(str(folder / DATABASE_FILE))
    conn = ladybug.Connection(db)
    conn.execute(
        "MATCH (e:Evidence {key: $key}) SET e.page = $page", {"key": key, "page": json.dumps(page)}
    )
    conn.close()
    db.close()
    with LadybugStore(folder, read_only=True) as store:
        shown = store.connection_page(hub, evidence_limit=1).items[0].edge.statements[0]
        assert shown.text.startswith("Changed ")
        (whole,) = [
            c
            for c in store.connections(hub)
            if c.edge.source == first.edge.source
            and c.edge.target == first.edge.target
            and c.edge.type == first.edge.type
            and c.edge.negated == first.edge.negated
        ]
        assert whole.edge.statements[0].text == shown.text.removeprefix("Changed ")


def test_a_store_made_before_pages_is_upgraded_with_every_page_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "graph"
    with LadybugStore(folder) as store:
        for _ in store.upsert_documents([*_documents(20), *_told_often(9)]):
            pass
        before = (_pages_views(store), store.stats())
    _drop_pages(folder)
    assert "page" not in {
        r[0] for r in query_rows(folder, "CALL table_info('Evidence') RETURN name")
    }
    with pytest.raises(StoreError, match="open it for writing once"):
        LadybugStore(folder, read_only=True)
    # Filled a few nodes per transaction: every part commits.
    monkeypatch.setattr(ladybug_rows, "FILL_PAGES", 7)
    monkeypatch.setattr("actorgraph.graph.ladybug_store.FILL_PAGES", 7)
    with LadybugStore(folder) as store:
        assert (_pages_views(store), store.stats()) == before
    pages = _pages(folder)
    assert len(pages) > 7 and pages == _expected_pages(folder)
    with LadybugStore(folder, read_only=True) as reader:
        assert _pages_views(reader) == before[0]


def test_pages_not_filled_yet_read_the_statements_and_give_the_same_pages(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "graph"
    with LadybugStore(folder) as store:
        for _ in store.upsert_documents([*_documents(10), *_told_often(6)]):
            pass
        before = _pages_views(store)
    keys = sorted(_pages(folder))
    db = ladybug.Database(str(folder / DATABASE_FILE))
    conn = ladybug.Connection(db)
    conn.execute(
        "UNWIND $keys AS k MATCH (e:Evidence {key: k}) SET e.page = NULL",
        {"keys": keys[::2]},
    )
    conn.close()
    db.close()
    with LadybugStore(folder, read_only=True) as reader:  # a reader fills nothing
        assert sum(p is None for p in _pages(folder).values()) == len(keys[::2])
        assert _pages_views(reader) == before
    with LadybugStore(folder) as store:  # the next writing open fills them
        assert _pages_views(store) == before
    assert _pages(folder) == _expected_pages(folder)


def test_a_bulk_load_fills_every_page(tmp_path: Path) -> None:
    docs = [*_documents(20), *_told_often(6)]
    with LadybugStore(tmp_path / "one") as one:
        for document, extraction in docs:
            one.upsert_document(document, extraction)
        expected = _pages_views(one)
    bulk_load(tmp_path / "bulk", docs)
    pages = _pages(tmp_path / "bulk")
    assert pages == _pages(tmp_path / "one") == _expected_pages(tmp_path / "bulk")
    with LadybugStore(tmp_path / "bulk", read_only=True) as bulk:
        assert _pages_views(bulk) == expected


def test_page_ids_are_the_first_window_and_only_of_named_statements() -> None:
    assert page_ids(["b#0", "a#3", "c#1", "a#1", "b#2"]) == ["b#0", "a#3", "a#1", "b#2"]
    assert page_ids(["a#1"]) == ["a#1"]
    assert page_ids(["a#1", "b"]) is None
    assert page_ids(["a#x"]) is None
    assert page_ids(None) is None
    rows = {"a#1": dict.fromkeys(evidence_page.FIELDS, 1) | {"id": "a#1"}}
    assert evidence_page.encode(["a#1", "a#2"], rows) == evidence_page.NO_PAGE
    assert evidence_page.decode(evidence_page.encode(["a#1"], rows), ["a#1"]) == [rows["a#1"]]
    assert evidence_page.decode(evidence_page.encode(["a#1"], rows), ["a#2"]) is None
    assert evidence_page.decode(evidence_page.NO_PAGE, ["a#1"]) is None
    assert evidence_page.decode(None, ["a#1"]) is None
