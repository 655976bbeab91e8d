"""Each actor's relation types kept on its Ladybug node (two bit masks, out and in):
written with the edges by every write path and by the bulk load, added to a database
the previous version made by a one-time upgrade on its first writing open, and used by
the reads of an actor's edges to name only the tables the actor has edges in."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

import pytest

from actorgraph.domain import Actor, ActorType, Extraction, Relation, RelationType
from actorgraph.graph import ladybug_cypher, ladybug_reads, ladybug_store
from actorgraph.graph.ladybug_bulk import bulk_load
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.models import Direction, DocumentInfo, EdgeSelection
from tests.ladybug_read import actor_columns, drop_actor_column, query_rows
from tests.samples import RAID_TEXT, info, raid, sentence
from tests.test_ladybug_bulk import _documents, _upgrades_as_before, _views

_KEPT = "MATCH (a:Actor) RETURN a.id, a.types_out, a.types_in"
_EDGES = "MATCH (a:Actor)-[r]->(b:Actor) RETURN a.id, label(r), b.id"
_BIT = {ladybug_cypher.cypher.relation_type(t): b for t, b in ladybug_cypher.TYPE_BITS.items()}


_Masks = dict[object, tuple[int, int]]


def _from_edges(rows: Sequence[Sequence[object]], actors: Sequence[object]) -> _Masks:
    """Every actor's masks (out, in) worked out afresh from its edges."""
    found: dict[object, list[int]] = {a: [0, 0] for a in actors}
    for source, label, target in rows:
        found[source][0] |= _BIT[str(label)]
        found[target][1] |= _BIT[str(label)]
    return {a: (out, in_) for a, (out, in_) in found.items()}


def _kept_and_read(folder: Path) -> tuple[_Masks, _Masks]:
    kept = {row[0]: (int(row[1]), int(row[2])) for row in query_rows(folder, _KEPT)}
    return kept, _from_edges(query_rows(folder, _EDGES), list(kept))


def _in_step(store: LadybugStore) -> bool:
    """Whether an open store's kept masks are its edges' types read afresh."""
    kept_rows = store.run_read(_KEPT, {}, 100_000, 60)[1]
    kept = {row[0]: (int(row[1]), int(row[2])) for row in kept_rows}
    edges = store.run_read(_EDGES, {}, 100_000, 60)[1]
    return kept == _from_edges(edges, list(kept))


_CALL_TEXT = "Omar Haddad met Valdoria's envoy on Monday. Haddad threatened Eastport."


def _haddad_again() -> tuple[DocumentInfo, Extraction]:
    """A document naming the raid's leader by his alias alone (resolved to the same
    actor: a merge of the names) with relation types he had not had."""
    extraction = Extraction(
        document="call.txt",
        date="2021-03-08",
        actors=(
            Actor("h", "Haddad", ActorType.PERSON),
            Actor("v", "Valdoria", ActorType.STATE),
            Actor("e", "Eastport", ActorType.LOCATION),
        ),
        relations=(
            Relation(
                "h", "v", RelationType.MEETS_WITH,
                (sentence(_CALL_TEXT, "Omar Haddad met Valdoria's envoy on Monday."),),
                date="2021-03-08",
            ),
            Relation(
                "h", "e", RelationType.THREATENS,
                (sentence(_CALL_TEXT, "Haddad threatened Eastport."),),
                date="2021-03-08",
            ),
        ),
    )
    return info(extraction, _CALL_TEXT), extraction


def _masks_of(store: LadybugStore, name: str) -> tuple[int, int]:
    rows = store.run_read(
        "MATCH (a:Actor {name: $name}) RETURN a.types_out, a.types_in", {"name": name}, 10, 60
    )[1]
    (row,) = rows
    return int(row[0]), int(row[1])


def test_the_masks_follow_every_write(tmp_path: Path) -> None:
    docs = _documents(30)
    folder = tmp_path / "graph"
    bit = ladybug_cypher.TYPE_BITS
    with LadybugStore(folder) as store:
        for document, extraction in docs[:10]:
            store.upsert_document(document, extraction)
        assert _in_step(store)
        list(store.upsert_documents(docs[10:]))  # batched: several to a transaction
        assert _in_step(store)
        out, in_ = _masks_of(store, "Crimson Brigade")
        assert out & bit[RelationType.TARGETS] and in_ & bit[RelationType.LEADS]
        # A merge: the alias resolves to the raid's leader, who gains two types out.
        haddad = _masks_of(store, "Omar Haddad")
        assert not haddad[0] & bit[RelationType.MEETS_WITH]
        store.upsert_document(*_haddad_again())
        assert _in_step(store)
        out, _ = _masks_of(store, "Omar Haddad")
        assert out == haddad[0] | bit[RelationType.MEETS_WITH] | bit[RelationType.THREATENS]
        # Re-ingest: the raid without its attacks; the brigade has no TARGETS edge left
        # (the other TARGETS edge is another actor's).
        bare = dataclasses.replace(raid(), relations=raid().relations[:1])
        replaced = dataclasses.replace(info(raid(), RAID_TEXT), sha256="0" * 64)
        assert store.upsert_document(replaced, bare).status == "replaced"
        assert _in_step(store)
        out, in_ = _masks_of(store, "Crimson Brigade")
        assert not out & bit[RelationType.TARGETS] and in_ & bit[RelationType.LEADS]
        # Re-ingest of other content under the same id, and deletes.
        for (document, _), (_, other) in ((docs[0], docs[7]), (docs[1], docs[8])):
            other_content = dataclasses.replace(other, document=document.id)
            store.upsert_document(dataclasses.replace(document, sha256="1" * 64), other_content)
            assert _in_step(store)
        assert store.delete_document("call.txt")
        assert _masks_of(store, "Omar Haddad") == haddad
        assert store.delete_document(docs[4][0].id)
        assert _in_step(store)
    kept, read = _kept_and_read(folder)
    assert kept == read
    assert len({masks for masks in kept.values()}) > 3
    # A new writer reads its actors back with the masks the last one wrote.
    with LadybugStore(folder) as store:
        store.upsert_document(*docs[4])
        assert _in_step(store)


def test_a_bulk_load_keeps_the_masks_upserts_keep(tmp_path: Path) -> None:
    docs = [*_documents(30), _haddad_again()]
    with LadybugStore(tmp_path / "one") as one:
        for document, extraction in docs:
            one.upsert_document(document, extraction)
    bulk_load(tmp_path / "bulk", docs)
    upserted, _ = _kept_and_read(tmp_path / "one")
    kept, read = _kept_and_read(tmp_path / "bulk")
    assert kept == read == upserted


def test_a_graph_made_before_the_masks_were_kept_is_upgraded_on_open(tmp_path: Path) -> None:
    folder = tmp_path / "graph"
    with LadybugStore(folder) as store:
        for document, extraction in _documents(30):
            store.upsert_document(document, extraction)
        before = (_views(store), store.stats())
    # The layout the previous version wrote: no mask columns.
    drop_actor_column(folder, "types_out")
    drop_actor_column(folder, "types_in")
    assert not {"types_out", "types_in"} & actor_columns(folder)
    _upgrades_as_before(folder, before)
    kept, read = _kept_and_read(folder)
    assert kept == read
    assert any(out and in_ for out, in_ in kept.values())


def _every_read(store: LadybugStore, actors: Sequence[str]) -> list[object]:
    """Every actor's connections under each direction, type filter and negation, and
    the walks' reads of them together."""
    filters: list[list[RelationType] | None] = [
        None,
        [RelationType.TARGETS],
        [RelationType.LEADS, RelationType.CEASEFIRE_WITH, RelationType.CRITICIZES],
        [RelationType.MEETS_WITH, RelationType.ALLIED_WITH],
    ]
    found: list[object] = []
    for actor_id in actors:
        for types in filters:
            for direction in Direction:
                for negated in (False, True):
                    for limit in (2, 50):
                        found.append(store.connection_page(
                            actor_id, relation_types=types, direction=direction,
                            include_negated=negated, limit=limit,
                        ))
    for types in filters:
        found.append(store.connections_of(actors, relation_types=types, include_negated=True))
        found.append(store.connections_of(actors[:3], relation_types=types, limit=2))
        # The walks of paths: an actor's edge keys, and a level's.
        for negated in (False, True):
            selection = EdgeSelection(
                relation_types=None if types is None else frozenset(types),
                include_negated=negated,
            )
            found.append(store.edge_keys_of(actors, selection, limit=3))
            found += [store.edge_keys(a, selection, limit=5) for a in actors]
    return found


def test_reads_name_every_type_the_actor_has(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "graph"
    with LadybugStore(folder) as store:
        for document, extraction in [*_documents(20), _haddad_again()]:
            store.upsert_document(document, extraction)
        actors = sorted(store.to_networkx().nodes)
        narrowed = _every_read(store, actors)
        # The same reads naming every table (as before the masks were kept).
        with monkeypatch.context() as patch:
            patch.setattr(ladybug_store, "_narrowed", lambda reads, out, in_, sets: list(reads))
            patch.setattr(
                ladybug_store, "_narrowed_selection", lambda selection, mask, sets: selection
            )
            assert _every_read(store, actors) == narrowed
        # The test can fail: a read that leaves out a type an actor has (here, masks
        # that lose one type each way) misses its edges.
        real, real_selection = ladybug_reads._narrowed, ladybug_reads._narrowed_selection
        targets, leads = (ladybug_cypher.TYPE_BITS[t] for t in (RelationType.TARGETS,
                                                                RelationType.LEADS))
        with monkeypatch.context() as patch:
            patch.setattr(
                ladybug_store,
                "_narrowed",
                lambda reads, out, in_, sets: real(reads, out & ~targets, in_ & ~leads, sets),
            )
            assert _every_read(store, actors) != narrowed
        monkeypatch.setattr(
            ladybug_store,
            "_narrowed_selection",
            lambda selection, mask, sets: real_selection(selection, mask & ~targets, sets),
        )
        assert _every_read(store, actors) != narrowed


def test_an_actor_with_no_type_one_way_skips_that_read(tmp_path: Path) -> None:
    folder = tmp_path / "graph"
    with LadybugStore(folder) as store:
        store.upsert_document(info(raid(), RAID_TEXT), raid())
        reads = ladybug_reads._one_way_reads(Direction.BOTH, None)
        out, in_ = _masks_of(store, "Northgate airbase")
        # The airbase is only a target: no read of its edges out.
        assert out == 0 and in_ == ladybug_cypher.TYPE_BITS[RelationType.TARGETS]
        kept = ladybug_reads._narrowed(reads, out, in_, ladybug_reads.TypeSets())
        assert [(w.outgoing, w.types) for w in kept] == [(False, (RelationType.TARGETS,))]
        # Asked for other types only: no read at all.
        asked = ladybug_reads._one_way_reads(Direction.BOTH, (RelationType.LEADS,))
        assert ladybug_reads._narrowed(asked, out, in_, ladybug_reads.TypeSets()) == []


def test_the_sets_of_types_named_are_bounded() -> None:
    """Every set of types is another query text (a prepared statement per connection):
    past the limit, a read names the smallest set taken that holds the actor's types
    within those asked, or the types as asked."""
    bits = ladybug_cypher.TYPE_BITS
    targets, leads, kills = (bits[t] for t in (
        RelationType.TARGETS, RelationType.LEADS, RelationType.KILLED
    ))
    every = sum(bits.values())
    sets = ladybug_reads.TypeSets(limit=2)
    assert sets.named(targets, every) == targets
    assert sets.named(targets | leads | kills, every) == targets | leads | kills
    assert sets.named(targets, every) == targets  # taken already
    # Full: a set taken that holds it, the smallest; else the types asked.
    assert sets.named(leads, every) == targets | leads | kills
    assert sets.named(leads, leads | targets) == leads | targets
    assert sets.named(bits[RelationType.BACKS], every) == every
    assert sets.named(every, every) == every
    reads = ladybug_reads._one_way_reads(Direction.BOTH, None)
    narrowed = ladybug_reads._narrowed(reads, leads, 0, sets)
    assert [w.types for w in narrowed] == [
        (RelationType.KILLED, RelationType.LEADS, RelationType.TARGETS)
    ]
