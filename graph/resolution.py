"""Actor resolution, shared by every store: which stored actor each of an extraction's
local actors is, which actors are new, and by which names the document mentions them.

A store looks up what it holds under the extraction's name keys (`name_keys_of`), hands
that to `plan_actors`, and applies the returned `ActorPlan` in its own transaction. The
rules themselves (graph/merging.py) are the same on every engine, so a document merges
the same way whichever store it lands in.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from actorgraph.domain import Actor, ActorType, Extraction, actor_slug, name_key
from actorgraph.graph.merging import actor_name_keys, actor_names, alias_compatible, same_family

__all__ = ["ActorPlan", "Known", "KnownActor", "NewActor", "name_keys_of", "plan_actors"]


class Known(Protocol):
    """What resolution needs to know of a stored actor: its type and canonical key."""

    @property
    def type(self) -> ActorType: ...

    @property
    def key(self) -> str: ...


@dataclass(frozen=True, slots=True)
class KnownActor:
    """A stored actor as a store reads it for resolution."""

    id: str
    type: ActorType
    key: str


@dataclass(frozen=True, slots=True)
class NewActor:
    id: str
    name: str
    type: ActorType
    key: str


@dataclass(slots=True)
class ActorPlan:
    """The merge plan of one extraction's actors.

    `local` maps each local actor id to its store id; `new` lists the actors to create;
    `mentions` holds, per store id, the names (with their keys) the document uses, in
    first-seen order without repeats.
    """

    local: dict[str, str] = field(default_factory=dict)
    new: list[NewActor] = field(default_factory=list)
    mentions: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def store_id(self, local_id: str, document: str) -> str:
        """The store id of a local actor id, or ValueError naming the document."""
        try:
            return self.local[local_id]
        except KeyError:
            raise ValueError(
                f"relation in {document!r} refers to actor {local_id!r}, "
                "which is not among the extraction's actors"
            ) from None


def name_keys_of(extraction: Extraction, key: Callable[[str], str] = name_key) -> list[str]:
    """Every normalised name key of the extraction's actors (what to look up), sorted."""
    return sorted({k for actor in extraction.actors for k in actor_name_keys(actor, key)})


def plan_actors(
    extraction: Extraction,
    stored: Mapping[str, set[str]],
    known: Mapping[str, Known],
    taken: Container[str],
    *,
    key: Callable[[str], str] = name_key,
) -> ActorPlan:
    """Resolve the extraction's actors against the stored ones.

    `stored` maps name keys to the ids of stored actors known under them (canonical
    name or alias), at least for the extraction's keys; `known` gives those actors'
    type and canonical key; `taken` answers whether an id is already used (for new
    ids, `slug` or `slug-<n>`). Actors created or re-aliased earlier in the same
    extraction count too, so local actors "US" and "United States" become one.
    """
    resolver = _Resolver(stored, known, taken, key)
    plan = ActorPlan()
    for actor in extraction.actors:
        actor_id = resolver.resolve(actor, plan)
        plan.local[actor.id] = actor_id
        names = plan.mentions.setdefault(actor_id, [])
        for name in actor_names(actor, key) or [actor.name]:
            if any(name == seen for seen, _ in names):
                continue
            name_k = key(name)
            names.append((name, name_k))
            resolver.note_key(name_k, actor_id)
    return plan


class _Resolver:
    def __init__(
        self,
        stored: Mapping[str, set[str]],
        known: Mapping[str, Known],
        taken: Container[str],
        key: Callable[[str], str],
    ) -> None:
        self._stored = stored
        self._known: dict[str, Known] = {}
        self._stored_known = known
        self._taken = taken
        self._key = key
        self._pending: dict[str, set[str]] = {}

    def resolve(self, actor: Actor, plan: ActorPlan) -> str:
        found = self._match(actor)
        if found is not None:
            return found
        actor_id = self._new_id(actor.name)
        actor_key = self._key(actor.name)
        plan.new.append(NewActor(actor_id, actor.name, actor.type, actor_key))
        self._known[actor_id] = KnownActor(actor_id, actor.type, actor_key)
        self.note_key(actor_key, actor_id)
        return actor_id

    def note_key(self, key: str, actor_id: str) -> None:
        if key:
            self._pending.setdefault(key, set()).add(actor_id)

    def _candidates(self, key: str) -> set[str]:
        return self._stored.get(key, set()) | self._pending.get(key, set())

    def _info(self, actor_id: str) -> Known:
        return self._known.get(actor_id) or self._stored_known[actor_id]

    def _match(self, actor: Actor) -> str | None:
        key = self._key(actor.name)
        # 1. An actor with the same canonical name, of a compatible type.
        same_name = [
            c
            for c in self._candidates(key)
            if key and self._info(c).key == key and same_family(self._info(c).type, actor.type)
        ]
        if same_name:
            return min(same_name, key=lambda c: (self._info(c).type != actor.type, c))
        # 2. A name that is an alias of exactly one actor of the same kind: an ambiguous
        #    alias, or one of another type, must not merge "Iraq" into "Iraqi parliament".
        for alias_key in actor_name_keys(actor, self._key):
            candidates = self._candidates(alias_key)
            if len(candidates) == 1:
                (candidate,) = candidates
                if alias_compatible(self._info(candidate).type, actor.type):
                    return candidate
        return None

    def _new_id(self, name: str) -> str:
        base = actor_slug(name)
        candidate, n = base, 2
        while candidate in self._taken or candidate in self._known:
            candidate, n = f"{base}-{n}", n + 1
        return candidate
