"""Rules both stores share: when two actor mentions are one actor, and edge keys."""

from __future__ import annotations

from collections.abc import Callable

from actorgraph.domain import Actor, ActorType, RelationType, name_key

# Types that may be one real-world actor under the same canonical name: the extractor
# types a country as STATE in one story and LOCATION in the next, a militia as
# ARMED_GROUP or ORGANIZATION.
NAME_FAMILIES: tuple[frozenset[ActorType], ...] = (
    frozenset({ActorType.PERSON}),
    frozenset(
        {
            ActorType.ARMED_GROUP,
            ActorType.ORGANIZATION,
            ActorType.GOVERNMENT_BODY,
            ActorType.MEDIA,
        }
    ),
    frozenset({ActorType.STATE, ActorType.LOCATION, ActorType.FACILITY}),
)
# Aliases are weaker evidence than a canonical name ("Baghdad" is an alias of Iraq the
# state, and also a city), so an alias merges only the same type or these near-synonyms.
ALIAS_SYNONYMS: frozenset[ActorType] = frozenset({ActorType.ARMED_GROUP, ActorType.ORGANIZATION})

_EDGE_KEYS: dict[tuple[RelationType, bool], str] = {
    (t, n): f"{t.value}:negated" if n else t.value for t in RelationType for n in (False, True)
}


def same_family(a: ActorType, b: ActorType) -> bool:
    """May actors of these types be merged under one canonical name?"""
    return any(a in family and b in family for family in NAME_FAMILIES)


def alias_compatible(a: ActorType, b: ActorType) -> bool:
    """May actors of these types be merged through a shared alias?"""
    return a == b or (a in ALIAS_SYNONYMS and b in ALIAS_SYNONYMS)


def edge_key(relation_type: RelationType, negated: bool) -> str:
    """The key of an edge in the networkx graph: "TARGETS" or "TARGETS:negated"."""
    return _EDGE_KEYS[relation_type, negated]


def actor_names(actor: Actor, key: Callable[[str], str] = name_key) -> list[str]:
    """Canonical name then aliases, without repeats or names that normalise to nothing."""
    seen: list[str] = []
    for name in (actor.name, *actor.aliases):
        if name and name not in seen and key(name):
            seen.append(name)
    return seen


def actor_name_keys(actor: Actor, key: Callable[[str], str] = name_key) -> list[str]:
    """The distinct normalised keys of an actor's names, canonical name first."""
    keys: list[str] = []
    for name in actor_names(actor, key):
        k = key(name)
        if k not in keys:
            keys.append(k)
    return keys
