"""The writer's actor index holds every actor's name keys but the full state of only the
actors writes touched lately; the others are read by id when a write needs them. A
store that can hold one state writes exactly what a store holding all of them writes."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from actorgraph.domain import ActorType
from actorgraph.graph import ladybug_store
from actorgraph.graph.ladybug_actors import ActorIndex, ActorState
from actorgraph.graph.ladybug_store import LadybugStore
from tests.ladybug_read import query_rows
from tests.test_ladybug_bulk import _documents

_ACTORS = (
    "MATCH (a:Actor) RETURN a.id, a.name, a.type, a.key, a.keys, a.aliases, a.degree, "
    "a.first_seen, a.last_seen, a.document_count, a.document_head, a.types_out, a.types_in "
    "ORDER BY a.id"
)


def _state(actor_id: str, key: str) -> ActorState:
    return ActorState(actor_id, actor_id, ActorType.ARMED_GROUP, key, (key,), (), 1, None, None)


def test_states_beyond_the_bound_are_read_again_by_id() -> None:
    stored = {s.id: s for s in (_state("a", "ka"), _state("b", "kb"), _state("c", "kc"))}
    reads: list[list[str]] = []

    def load(ids: list[str]) -> list[Mapping[str, Any]]:
        reads.append(ids)
        return [stored[i].row() for i in ids]

    index = ActorIndex([s.row() for s in stored.values()], cached=1).reading(load)
    # Resolution needs no state: names and types only.
    by_key, known = index.known_under(["kb"])
    assert by_key == {"kb": {"b"}} and known["b"].type is ActorType.ARMED_GROUP
    assert reads == []
    index.prefetch(["a", "b", "nobody"])
    assert reads == [["a", "b"]]
    assert index.get("a") == stored["a"] and index.get("b") == stored["b"]
    assert reads == [["a", "b"]]  # held for the rest of the write
    index.reading(load)  # the next write: one state kept, the one used last
    assert index.get("b") == stored["b"]
    assert reads == [["a", "b"]]
    assert index.get("a") == stored["a"]
    assert reads == [["a", "b"], ["a"]]
    assert index.get("nobody") is None


def test_an_index_with_nothing_to_read_says_so() -> None:
    index = ActorIndex([_state("a", "ka").row()], cached=0)
    with pytest.raises(LookupError, match="none to read"):
        index.get("a")


def test_a_write_changes_a_held_state_without_reading_it() -> None:
    index = ActorIndex(cached=None)
    index.apply([_state("a", "ka")])
    renamed = dataclasses.replace(_state("a", "kz"), keys=("kz",))
    index.apply([renamed])
    assert index.get("a") == renamed
    assert index.known_under(["ka"]) == ({}, {})
    index.apply([], removed=["a"])
    assert "a" not in index and index.get("a") is None


def _write_all(folder: Path) -> None:
    docs = _documents(24)
    with LadybugStore(folder) as store:
        for document, extraction in docs[:12]:
            store.upsert_document(document, extraction)
        assert len(list(store.upsert_documents(docs[12:]))) == len(docs) - 12
        # The same id with other content, then deletions: states read before and after.
        document, _ = docs[2]
        other = dataclasses.replace(docs[9][1], document=document.id)
        store.upsert_document(dataclasses.replace(document, sha256="0" * 64), other)
        assert store.delete_document(docs[5][0].id)
        assert store.delete_document(docs[14][0].id)
        store.upsert_document(*docs[5])


def test_a_store_holding_one_state_writes_what_one_holding_all_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write_all(tmp_path / "all")
    monkeypatch.setattr(ladybug_store, "ACTOR_STATES_HELD", 1)
    _write_all(tmp_path / "one")
    every = query_rows(tmp_path / "all", _ACTORS)
    assert len(every) > 20 and any(int(row[6]) > 1 for row in every)
    assert query_rows(tmp_path / "one", _ACTORS) == every
