"""Source metadata, copies, timelines and `as_of` on every store (embedded SQLite,
Ladybug, Neo4j), with extractions built by hand as in test_store_contract."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from actorgraph.domain import Actor, ActorType, Extraction
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.models import Direction, DocumentInfo
from actorgraph.graph.queries import EdgeFilter, ego_network
from actorgraph.graph.store import GraphStore
from actorgraph.graph.timeline import actor_timeline
from tests.test_store_contract import T, factory, info_for, rel, store

__all__ = ["factory", "store"]  # the parametrised fixtures, used here by name

S_SHELL = "Red Hand gunners shelled the Quarry Road checkpoint."
S_TALKS = "Envoys of Lowmark met Red Hand commanders for talks."
S_WARN = "Lowmark warned Red Hand against any new offensive."


def actors() -> tuple[Actor, ...]:
    return (
        Actor("a1", "Red Hand", ActorType.ARMED_GROUP),
        Actor("a2", "Quarry Road checkpoint", ActorType.FACILITY),
        Actor("a3", "Lowmark", ActorType.STATE),
    )


def story(doc: str, *relations: object, date: str | None = None) -> Extraction:
    return Extraction(document=doc, actors=actors(), relations=tuple(relations), date=date)  # type: ignore[arg-type]


def sourced(extraction: Extraction, **fields: str) -> DocumentInfo:
    base = info_for(extraction)
    return DocumentInfo(
        id=base.id, sha256=base.sha256, date=fields.pop("date", None), words=base.words, **fields
    )


def test_source_metadata_round_trips(store: GraphStore) -> None:
    doc = story("shell.txt", rel("a1", "a2", T.TARGETS, S_SHELL, 0))
    info = sourced(
        doc,
        title="Checkpoint shelled",
        url="https://news.example/checkpoint",
        published="2023-05-02",
        publisher="Valley Wire",
        reliability="B",
        fingerprint="f" * 64 + ":" + "0" * 16,
    )
    store.upsert_document(info, doc)
    for got in (store.get_document("shell.txt"), store.list_documents()[0]):
        assert got is not None
        assert (got.title, got.url, got.published, got.publisher, got.reliability) == (
            "Checkpoint shelled",
            "https://news.example/checkpoint",
            "2023-05-02",
            "Valley Wire",
            "B",
        )
        assert got.fingerprint == info.fingerprint and got.duplicate_of is None


def test_report_date_dates_undated_statements_only(store: GraphStore) -> None:
    doc = story(
        "shell.txt",
        rel("a1", "a2", T.TARGETS, S_SHELL, 0, date="2023-04-30"),
        rel("a3", "a1", T.THREATENS, S_WARN, 60),
    )
    store.upsert_document(sourced(doc, published="2023-05-02", date="2023-05-02"), doc)
    dates = {e.type: e.statements[0].date for e in store.edges()}
    assert dates == {T.TARGETS: "2023-04-30", T.THREATENS: "2023-05-02"}


def test_a_copy_is_listed_and_adds_no_statements(store: GraphStore) -> None:
    doc = story("wire.txt", rel("a1", "a2", T.TARGETS, S_SHELL, 0))
    store.upsert_document(sourced(doc, publisher="Valley Wire"), doc)
    copy = Extraction(document="paper.txt")
    result = store.upsert_document(
        sourced(copy, publisher="Daily Paper", duplicate_of="wire.txt"), copy
    )
    assert result.status == "created" and result.statements_added == 0
    assert [e.count for e in store.edges()] == [1]
    listed = {d.id: d.duplicate_of for d in store.list_documents()}
    assert listed == {"paper.txt": "wire.txt", "wire.txt": None}
    assert store.upsert_document(
        sourced(copy, publisher="Daily Paper", duplicate_of="wire.txt"), copy
    ).status == "unchanged"


def test_source_documents_reads_the_cited_documents_and_their_copies(
    store: GraphStore,
) -> None:
    shell = story("wire.txt", rel("a1", "a2", T.TARGETS, S_SHELL, 0))
    talks = story("talks.txt", rel("a3", "a1", T.MEETS_WITH, S_TALKS, 0))
    store.upsert_document(sourced(shell, publisher="Valley Wire"), shell)
    store.upsert_document(sourced(talks, title="Talks in Lowmark"), talks)
    for name, original in (("paper.txt", "wire.txt"), ("radio.txt", "talks.txt")):
        copy = Extraction(document=name)
        store.upsert_document(sourced(copy, duplicate_of=original), copy)

    def read(*ids: str) -> dict[str, str | None]:
        return {d.id: d.duplicate_of for d in store.source_documents(ids)}

    # Each cited document brings its own copies only; an unknown id brings nothing.
    assert read("wire.txt") == {"wire.txt": None, "paper.txt": "wire.txt"}
    assert read("talks.txt", "gone.txt") == {"talks.txt": None, "radio.txt": "talks.txt"}
    assert read("paper.txt") == {"paper.txt": "wire.txt"}
    assert read() == {}
    assert store.source_documents(["talks.txt"])[0].title == "Talks in Lowmark"


def fill_dated(store: GraphStore) -> None:
    first = story("may.txt", rel("a1", "a2", T.TARGETS, S_SHELL, 0, date="2023-05-02"))
    second = story(
        "june.txt",
        rel("a3", "a1", T.MEETS_WITH, S_TALKS, 0, date="2023-06-10"),
        rel("a3", "a1", T.THREATENS, S_WARN, 60, date="2023-06"),
    )
    undated = story("undated.txt", rel("a3", "a1", T.CRITICIZES, "Lowmark faulted them.", 0))
    for doc in (first, second, undated):
        store.upsert_document(info_for(doc), doc)


def test_timeline_orders_dated_statements_with_the_other_actor(store: GraphStore) -> None:
    fill_dated(store)
    red = store.search_actors("Red Hand", limit=1)[0].id
    timeline = actor_timeline(store, red)
    assert [(e.date, e.edge.type, e.direction, e.other.name) for e in timeline.entries] == [
        ("2023-05-02", T.TARGETS, Direction.OUT, "Quarry Road checkpoint"),
        ("2023-06", T.THREATENS, Direction.IN, "Lowmark"),
        ("2023-06-10", T.MEETS_WITH, Direction.IN, "Lowmark"),
    ]
    assert timeline.entries[0].statement.text == S_SHELL
    june = actor_timeline(store, red, date_from="2023-06-01", date_to="2023-06-30")
    assert [e.edge.type for e in june.entries] == [T.THREATENS, T.MEETS_WITH]


def test_as_of_leaves_out_edges_first_seen_later(store: GraphStore) -> None:
    fill_dated(store)
    red = store.search_actors("Red Hand", limit=1)[0].id
    early = ego_network(store, red, edge_filter=EdgeFilter(as_of="2023-05-31")).edges
    assert {e.edge.type for e in early} == {T.TARGETS}
    later = ego_network(store, red, edge_filter=EdgeFilter(as_of="2023-06-05")).edges
    # "2023-06" began before 5 June; the talks on the 10th had not happened yet.
    assert {e.edge.type for e in later} == {T.TARGETS, T.THREATENS}


def test_embedded_file_without_metadata_column_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    doc = story("shell.txt", rel("a1", "a2", T.TARGETS, S_SHELL, 0))
    with EmbeddedStore(path) as first:
        first.upsert_document(info_for(doc), doc)
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE documents DROP COLUMN meta")  # as written before metadata
    conn.commit()
    conn.close()
    with EmbeddedStore(path) as reopened:
        assert reopened.get_document("shell.txt") is not None
        copy = Extraction(document="copy.txt")
        reopened.upsert_document(sourced(copy, duplicate_of="shell.txt", title="Copy"), copy)
    with EmbeddedStore(path) as again:
        got = again.get_document("copy.txt")
        assert got is not None and (got.title, got.duplicate_of) == ("Copy", "shell.txt")


def test_ladybug_graph_without_metadata_column_is_upgraded(tmp_path: Path) -> None:
    import ladybug

    from actorgraph.graph import ladybug_cypher
    from actorgraph.graph.ladybug_store import DATABASE_FILE, LadybugStore

    folder = tmp_path / "lb"
    folder.mkdir()
    database = ladybug.Database(str(folder / DATABASE_FILE))
    conn = ladybug.Connection(database)
    old_column = "ingested_at STRING, meta STRING,"
    for statement in ladybug_cypher.SCHEMA:  # the schema as written before metadata
        if not statement.startswith("ALTER"):
            conn.execute(statement.replace(old_column, "ingested_at STRING,"))
    conn.execute("CREATE (:Document {id: 'old.txt', sha256: 'x', words: 3, ingested_at: 'now'})")
    with pytest.raises(RuntimeError):  # the old graph really lacks the column
        conn.execute("MATCH (d:Document) RETURN d.meta")
    conn.close()
    database.close()
    store = LadybugStore(folder)
    try:
        old = store.get_document("old.txt")
        assert old is not None and old.words == 3 and old.title is None
        copy = Extraction(document="copy.txt")
        store.upsert_document(sourced(copy, duplicate_of="old.txt", title="Copy"), copy)
        got = store.get_document("copy.txt")
        assert got is not None and (got.title, got.duplicate_of) == ("Copy", "old.txt")
    finally:
        store.close()
