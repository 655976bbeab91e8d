"""What the writing process of a Ladybug store keeps of its actors: every actor's type
and name keys, so that resolving a document's actors reads nothing from the database,
and the full state (names, figures, first documents) of the actors writes touched
lately, so that updating their figures reads only the others, by primary key.

Ladybug has no secondary index, so finding the stored actors known under a name key
was a scan of the whole actor table per document, growing with the graph. One process
holds a database for writing (the engine's file lock), so a copy kept by that process
stays exact: a write hands its changes to `apply` as it makes them (the store forgets
the index if the transaction does not commit), and `refresh` re-reads actors whose
state a write changed in ways it does not compute itself (a replaced or deleted
document).
"""

from __future__ import annotations

import bisect
import functools
from collections import OrderedDict
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


# Reads stored actors' full states by id (rows of ACTOR_STATE_BY_ID).
StateReader = Callable[[list[str]], Iterable[Mapping[str, Any]]]


@dataclass(frozen=True, slots=True)
class _Keyed:
    """What resolution needs of every actor: its type and name keys."""

    type: ActorType
    key: str
    keys: tuple[str, ...]


class ActorIndex:
    """Every stored actor's id, type and name keys, and the full state of the actors
    writes touched lately. Contains-checks answer whether an id is taken (what
    resolution needs to number new ids).

    A full state holds the actor's names and first document ids, about 4 KB: kept for
    every actor of a graph of a million statements it took 80 MB of the writing
    process. So a writer's index keeps the states of at most `cached` actors and reads
    the others from the database when a write needs them (`reading`); a bulk build,
    which has no database to read, keeps every one (`cached` None)."""

    def __init__(
        self, rows: Iterable[Mapping[str, Any]] = (), *, cached: int | None = None
    ) -> None:
        # Name keys of the names the writer meets, remembered: the same names come back
        # in document after document, and normalising one is most of resolution's time.
        self.name_key: Callable[[str], str] = functools.lru_cache(maxsize=2**16)(name_key)
        self._known: dict[str, _Keyed] = {}
        self._by_key: dict[str, set[str]] = {}
        self._states: OrderedDict[str, ActorState] = OrderedDict()
        self._cached = cached
        self._load: StateReader | None = None
        for row in rows:
            keys = tuple(row["keys"] or ())
            self._put(_Keyed(ActorType(row["type"]), str(row["key"] or ""), keys), str(row["id"]))

    def reading(self, load: StateReader) -> ActorIndex:
        """The index for one write transaction: states it does not hold are read with
        `load` (rows of ACTOR_STATE_BY_ID for a list of ids). Called as the transaction
        starts, when every state held is committed, so the least used beyond `cached`
        are forgotten here and never during a write (a write's own states stay)."""
        self._load = load
        if self._cached is not None:
            while len(self._states) > self._cached:
                self._states.popitem(last=False)
        return self

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._known

    def __len__(self) -> int:
        return len(self._known)

    def __iter__(self) -> Iterator[str]:
        return iter(self._known)

    def get(self, actor_id: str) -> ActorState | None:
        if actor_id not in self._states:
            self.prefetch((actor_id,))
        state = self._states.get(actor_id)
        if state is not None:
            self._states.move_to_end(actor_id)
        return state

    def prefetch(self, actor_ids: Iterable[str]) -> None:
        """Read the states of `actor_ids` that are stored but not held, in one query."""
        wanted = sorted({a for a in actor_ids if a in self._known and a not in self._states})
        if not wanted:
            return
        if self._load is None:
            raise LookupError(f"no state held for the actors {wanted[:3]} and none to read")
        for row in self._load(wanted):
            self._states[str(row["id"])] = ActorState.from_row(row)

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
                keyed = self._known[actor_id]
                known[actor_id] = KnownActor(actor_id, keyed.type, keyed.key)
        return by_key, known

    def apply(self, changed: Iterable[ActorState], removed: Iterable[str] = ()) -> None:
        """Take a write's changes: actors created or updated, actors deleted."""
        for actor_id in removed:
            self._drop(actor_id)
        for state in changed:
            self._drop(state.id)
            self._put(_Keyed(state.type, state.key, state.keys), state.id)
            self._states[state.id] = state

    def refresh(self, rows: Iterable[Mapping[str, Any]], ids: Iterable[str]) -> None:
        """Replace the actors `ids` by their stored `rows` (an id with no row was
        deleted)."""
        states = [ActorState.from_row(row) for row in rows]
        found = {state.id for state in states}
        self.apply(states, removed=[i for i in ids if i not in found])

    def _put(self, keyed: _Keyed, actor_id: str) -> None:
        self._known[actor_id] = keyed
        for key in keyed.keys:
            self._by_key.setdefault(key, set()).add(actor_id)

    def _drop(self, actor_id: str) -> None:
        self._states.pop(actor_id, None)
        keyed = self._known.pop(actor_id, None)
        if keyed is None:
            return
        for key in keyed.keys:
            ids = self._by_key.get(key)
            if ids is not None:
                ids.discard(actor_id)
                if not ids:
                    del self._by_key[key]
