"""The copy index: every store reads the copies of the documents a response cites by
their ids, kept up to date by each write, and a store written before the index gains
it on upgrade (Ladybug, Neo4j) or on load (SQLite)."""

from __future__ import annotations

from pathlib import Path

import neo4j
import pytest

from actorgraph.domain import Extraction
from actorgraph.graph.ladybug_bulk import bulk_load
from actorgraph.graph.ladybug_store import DATABASE_FILE, LadybugStore
from actorgraph.graph.models import DocumentInfo
from actorgraph.graph.neo4j_store import Neo4jStore
from actorgraph.graph.store import GraphStore, StoreUnavailableError
from tests.test_sources_contract import S_SHELL, S_TALKS, sourced, story
from tests.test_store_contract import T, factory, info_for, rel, store

__all__ = ["factory", "store"]  # the parametrised fixtures, used here by name


def copies_of(store: GraphStore, *ids: str) -> dict[str, str | None]:
    return {d.id: d.duplicate_of for d in store.source_documents(ids)}


def add_copy(store: GraphStore, name: str, original: str | None, *, text: str = "") -> None:
    copy = Extraction(document=name)
    info = sourced(copy, duplicate_of=original) if original else info_for(copy)
    if text:  # another text: the same id is stored again (replaced)
        info = DocumentInfo(info.id, text * 64, duplicate_of=original)
    store.upsert_document(info, copy)


def fill(store: GraphStore) -> None:
    for doc in (
        story("wire.txt", rel("a1", "a2", T.TARGETS, S_SHELL, 0)),
        story("talks.txt", rel("a3", "a1", T.MEETS_WITH, S_TALKS, 0)),
    ):
        store.upsert_document(info_for(doc), doc)


def test_a_copy_stored_again_as_a_copy_of_another_moves_in_the_index(store: GraphStore) -> None:
    fill(store)
    add_copy(store, "paper.txt", "wire.txt")
    add_copy(store, "radio.txt", "wire.txt")
    assert copies_of(store, "wire.txt") == {
        "wire.txt": None,
        "paper.txt": "wire.txt",
        "radio.txt": "wire.txt",
    }
    add_copy(store, "paper.txt", "talks.txt", text="b")
    assert copies_of(store, "wire.txt") == {"wire.txt": None, "radio.txt": "wire.txt"}
    assert copies_of(store, "talks.txt") == {"talks.txt": None, "paper.txt": "talks.txt"}


def test_a_deleted_copy_leaves_the_index(store: GraphStore) -> None:
    fill(store)
    add_copy(store, "paper.txt", "wire.txt")
    assert store.delete_document("paper.txt")
    assert copies_of(store, "wire.txt") == {"wire.txt": None}
    add_copy(store, "paper.txt", "wire.txt")  # and comes back when stored again
    assert copies_of(store, "wire.txt") == {"wire.txt": None, "paper.txt": "wire.txt"}


def test_copies_outlive_their_original_being_deleted_and_stored_again(
    store: GraphStore,
) -> None:
    fill(store)
    add_copy(store, "paper.txt", "wire.txt")
    assert store.delete_document("wire.txt")
    assert copies_of(store, "wire.txt") == {"paper.txt": "wire.txt"}
    wire = story("wire.txt", rel("a1", "a2", T.TARGETS, S_SHELL, 0))
    store.upsert_document(info_for(wire), wire)
    assert copies_of(store, "wire.txt") == {"wire.txt": None, "paper.txt": "wire.txt"}


def test_a_copy_stored_again_as_an_original_leaves_the_index(store: GraphStore) -> None:
    fill(store)
    add_copy(store, "paper.txt", "wire.txt")
    add_copy(store, "paper.txt", None, text="c")
    assert copies_of(store, "wire.txt") == {"wire.txt": None}
    assert copies_of(store, "paper.txt") == {"paper.txt": None}


@pytest.mark.parametrize("kind", ["sqlite", "ladybug"])
def test_the_index_is_read_again_on_reopening(kind: str, tmp_path: Path) -> None:
    from tests.test_store_contract import STORE_FACTORIES

    with STORE_FACTORIES[kind](tmp_path) as first:
        fill(first)
        add_copy(first, "paper.txt", "wire.txt")
    with STORE_FACTORIES[kind](tmp_path) as again:
        assert copies_of(again, "wire.txt") == {"wire.txt": None, "paper.txt": "wire.txt"}


def test_a_bulk_loaded_ladybug_store_has_the_index(tmp_path: Path) -> None:
    wire = story("wire.txt", rel("a1", "a2", T.TARGETS, S_SHELL, 0))
    copies = [Extraction(document=name) for name in ("paper.txt", "radio.txt")]
    documents = [(info_for(wire), wire)] + [
        (sourced(c, duplicate_of="wire.txt"), c) for c in copies
    ]
    bulk_load(tmp_path / "lb", documents)
    with LadybugStore(tmp_path / "lb") as store:
        assert copies_of(store, "wire.txt") == {
            "wire.txt": None,
            "paper.txt": "wire.txt",
            "radio.txt": "wire.txt",
        }


def ladybug_without_copy_index(folder: Path) -> None:
    """A Ladybug graph as written before the copy index: a copy's original only in the
    `meta` text, no `duplicate_of` column, no DocumentCopies table."""
    import ladybug

    with LadybugStore(folder) as store:
        fill(store)
        add_copy(store, "paper.txt", "wire.txt")
        add_copy(store, "radio.txt", "talks.txt")
    database = ladybug.Database(str(folder / DATABASE_FILE))
    conn = ladybug.Connection(database)
    conn.execute("DROP TABLE DocumentCopies")
    conn.execute("ALTER TABLE Document DROP duplicate_of")
    conn.close()
    database.close()


def test_an_old_ladybug_graph_gains_the_copy_index_on_its_first_writing_open(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "lb"
    ladybug_without_copy_index(folder)
    with pytest.raises(StoreUnavailableError, match="open it for writing once"):
        LadybugStore(folder, read_only=True)
    with LadybugStore(folder) as store:
        assert copies_of(store, "wire.txt", "talks.txt") == {
            "wire.txt": None,
            "paper.txt": "wire.txt",
            "talks.txt": None,
            "radio.txt": "talks.txt",
        }
        assert store.stats().documents == 4
    with LadybugStore(folder, read_only=True) as reader:
        rows = reader.run_read(
            "MATCH (d:Document) WHERE d.duplicate_of IS NOT NULL RETURN d.id ORDER BY d.id",
            {},
            row_limit=10,
            timeout_s=10,
        )[1]
        assert rows == [["paper.txt"], ["radio.txt"]]


def test_an_old_neo4j_database_gains_the_copy_property_on_start(
    neo4j_store: Neo4jStore, neo4j_driver: neo4j.Driver
) -> None:
    fill(neo4j_store)
    add_copy(neo4j_store, "paper.txt", "wire.txt")
    with neo4j_driver.session(database=neo4j_store.database) as session:
        session.run("MATCH (d:Document) REMOVE d.duplicate_of").consume()  # as before
    assert copies_of(neo4j_store, "wire.txt") == {"wire.txt": None}
    neo4j_store.ensure_schema()  # what opening the store runs
    assert copies_of(neo4j_store, "wire.txt") == {"wire.txt": None, "paper.txt": "wire.txt"}
    with neo4j_driver.session(database=neo4j_store.database) as session:
        indexes = session.run("SHOW INDEXES YIELD name RETURN collect(name) AS names").single()
    assert indexes is not None and "document_duplicate_of" in indexes["names"]


def copy_index_reads(store: LadybugStore, monkeypatch: pytest.MonkeyPatch, *ids: str) -> int:
    """How many times citing `ids` reads the copy index."""
    from actorgraph.graph import ladybug_cypher, ladybug_store

    reads: list[str] = []
    rows = ladybug_store._Tx.rows

    def recorded(tx: ladybug_store._Tx, query: str, /, **params: object) -> object:
        reads.append(query)
        return rows(tx, query, **params)

    with monkeypatch.context() as patch:
        patch.setattr(ladybug_store._Tx, "rows", recorded)
        store.source_documents(ids)
    return reads.count(ladybug_cypher.COPY_IDS)


def test_a_ladybug_store_without_copies_cites_without_reading_the_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The process that holds the store knows it has no copy: the index is read only
    once a write records one (then as before), and on reopening if it holds any."""
    with LadybugStore(tmp_path / "lb") as store:
        fill(store)
        assert copy_index_reads(store, monkeypatch, "wire.txt") == 0
        assert copies_of(store, "wire.txt") == {"wire.txt": None}
        add_copy(store, "paper.txt", "wire.txt")
        assert copy_index_reads(store, monkeypatch, "wire.txt") == 1
        assert copies_of(store, "wire.txt") == {"wire.txt": None, "paper.txt": "wire.txt"}
        assert store.delete_document("paper.txt")
        assert copies_of(store, "wire.txt") == {"wire.txt": None}
    with LadybugStore(tmp_path / "lb") as again:
        assert copy_index_reads(again, monkeypatch, "wire.txt") == 0
        add_copy(again, "radio.txt", "wire.txt")
    with LadybugStore(tmp_path / "lb") as again:
        assert copy_index_reads(again, monkeypatch, "wire.txt") == 1
        assert copies_of(again, "wire.txt") == {"wire.txt": None, "radio.txt": "wire.txt"}


def test_a_read_only_ladybug_store_always_reads_the_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reader's writer may be another process, which records copies it cannot see
    being written: it reads the index with every citation."""
    with LadybugStore(tmp_path / "lb") as store:
        fill(store)
    with LadybugStore(tmp_path / "lb", read_only=True) as reader:
        assert copy_index_reads(reader, monkeypatch, "wire.txt") == 1

