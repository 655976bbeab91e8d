"""What the writing process of a Ladybug store keeps of every actor: names, name keys
and figures, so that resolving a document's actors and updating their figures read
nothing from the database.

Ladybug has no secondary index, so finding the stored actors known under a name key
was a scan of the whole actor table per document, growing with the graph. One process
holds a database for writing (the engine's file lock), so a copy kept by that process
stays exact as long as it changes only after a commit: the store hands each write's
changes to `apply` once the transaction has committed, and `refresh` re-reads actors
whose state a write changed in ways it does not compute itself (a replaced or deleted
document).
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

from actorgraph.domain import ActorType, name_key
from actorgraph.graph.resolution import KnownActor

__all__ = ["HEAD_DOCUMENTS", "HEAD_ROOM", "ActorIndex", "ActorState"]

# The first document ids (by id) an actor keeps on its node, as an edge keeps its
# evidence head: a connections response lists its centre's first 20 documents, and
# reading a hub's thousands of ids to sort them was the largest query of a request.
# The head holds at least HEAD_DOCUMENTS ids (or every one) and at most HEAD_ROOM, so
# that a removed document takes the next ids from the stored mentions only once the
# head has run short, not at every removal.
HEAD_DOCUMENTS = 20
HEAD_ROOM = 40


@dataclass(frozen=True, slots=True)
class ActorState:
    """An actor as stored on its node (the columns a write reads or sets)."""

    id: str
    name: str
    type: ActorType
    key: str
    keys: tuple[str, ...]
    aliases: tuple[str, ...]
    degree: int
    first_seen: str | None
    last_seen: str | None
    # How many documents mention the actor: a connections page shows it for each
    # neighbour, and counting a busy neighbour's mentions took longer than the page.
    document_count: int = 0
    # The ids of its first documents, sorted: the whole list or its first ids, at least
    # HEAD_DOCUMENTS of them (`head_short` says when a removal left fewer).
    document_head: tuple[str, ...] = ()
    # The relation types of its edges leaving it and entering it, as bit masks
    # (ladybug_cypher.TYPE_BITS): a read of its edges names only those tables.
    types_out: int = 0
    types_in: int = 0

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> ActorState:
        return cls(
            id=str(row["id"]),
            name=str(row["name"]),
            type=ActorType(row["type"]),
            key=str(row["key"] or ""),
            keys=tuple(row["keys"] or ()),
            aliases=tuple(row["aliases"] or ()),
            degree=int(row["degree"] or 0),
            first_seen=row["first_seen"],
            last_seen=row["last_seen"],
            document_count=int(row["document_count"] or 0),
            document_head=tuple(row["document_head"] or ()),
            types_out=int(row.get("types_out") or 0),
            types_in=int(row.get("types_in") or 0),
        )

    def known(self) -> KnownActor:
        return KnownActor(self.id, self.type, self.key)

    def with_figures(
        self, degree: int, first_seen: str | None, last_seen: str | None
    ) -> ActorState:
        return replace(self, degree=degree, first_seen=first_seen, last_seen=last_seen)

    def with_types(self, types_out: int, types_in: int) -> ActorState:
        """The actor with more relation types each way (bits OR-ed in)."""
        if self.types_out | types_out == self.types_out and (
            self.types_in | types_in == self.types_in
        ):
            return self
        return replace(
            self, types_out=self.types_out | types_out, types_in=self.types_in | types_in
        )

    def mentioned_in(self, document_id: str) -> ActorState:
        """The actor once a new document mentions it: counted, and in the head if its id
        comes before the head's last or the head is the whole list."""
        kept = self.document_head
        whole = len(kept) >= self.document_count
        if document_id not in kept and (whole or (kept and document_id < kept[-1])):
            at = bisect.bisect(kept, document_id)
            kept = (*kept[:at], document_id, *kept[at:])[:HEAD_ROOM]
        return replace(self, document_count=self.document_count + 1, document_head=kept)

    def unmentioned_in(self, document_id: str) -> ActorState:
        """The actor once a document that mentioned it is gone (the head may run short:
        see `head_short`)."""
        kept = tuple(i for i in self.document_head if i != document_id)
        return replace(self, document_count=self.document_count - 1, document_head=kept)

    @property
    def head_short(self) -> bool:
        """Whether the head lacks ids a connections response lists (after removals):
        the next ones are then read from the stored mentions."""
        return len(self.document_head) < min(HEAD_DOCUMENTS, self.document_count)

    def row(self) -> dict[str, Any]:
        """The node's columns, as CREATE_FULL_ACTORS and SET_ACTOR_STATE take them."""
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type.value,
            "key": self.key,
            "keys": list(self.keys),
            "aliases": list(self.aliases),
            "degree": self.degree,
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
            "document_count": self.document_count,
            "document_head": list(self.document_head),
            "types_out": self.types_out,
            "types_in": self.types_in,
        }


class ActorIndex:
    """Every stored actor by id and by name key. Contains-checks answer whether an id is
    taken (what resolution needs to number new ids)."""

    def __init__(self, rows: Iterable[Mapping[str, Any]] = ()) -> None:
        # Name keys of the names the writer meets, remembered: the same names come back
        # in document after document, and normalising one is most of resolution's time.
        self.name_key: Callable[[str], str] = functools.lru_cache(maxsize=2**16)(name_key)
        self._actors: dict[str, ActorState] = {}
        self._by_key: dict[str, set[str]] = {}
        for row in rows:
            self._put(ActorState.from_row(row))

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._actors

    def __len__(self) -> int:
        return len(self._actors)

    def __iter__(self) -> Iterator[str]:
        return iter(self._actors)

    def get(self, actor_id: str) -> ActorState | None:
        return self._actors.get(actor_id)

    def degree(self, actor_id: str) -> int:
        state = self._actors.get(actor_id)
        return state.degree if state is not None else 0

    def known_under(self, keys: Iterable[str]) -> tuple[dict[str, set[str]], dict[str, KnownActor]]:
        """For resolution: the ids known under each of `keys`, and those actors."""
        by_key: dict[str, set[str]] = {}
        known: dict[str, KnownActor] = {}
        for key in keys:
            ids = self._by_key.get(key)
            if not ids:
                continue
            by_key[key] = set(ids)
            for actor_id in ids:
                known[actor_id] = self._actors[actor_id].known()
        return by_key, known

    def apply(self, changed: Iterable[ActorState], removed: Iterable[str] = ()) -> None:
        """Take a committed write's changes: actors created or updated, actors deleted."""
        for actor_id in removed:
            self._drop(actor_id)
        for state in changed:
            self._drop(state.id)
            self._put(state)

    def refresh(self, rows: Iterable[Mapping[str, Any]], ids: Iterable[str]) -> None:
        """Replace the actors `ids` by their stored `rows` (an id with no row was
        deleted)."""
        states = [ActorState.from_row(row) for row in rows]
        found = {state.id for state in states}
        self.apply(states, removed=[i for i in ids if i not in found])

    def _put(self, state: ActorState) -> None:
        self._actors[state.id] = state
        for key in state.keys:
            self._by_key.setdefault(key, set()).add(state.id)

    def _drop(self, actor_id: str) -> None:
        state = self._actors.pop(actor_id, None)
        if state is None:
            return
        for key in state.keys:
            ids = self._by_key.get(key)
            if ids is not None:
                ids.discard(actor_id)
                if not ids:
                    del self._by_key[key]
