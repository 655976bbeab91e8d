"""Actor search shared by every store: which actors a query names, and in what order.

A store hands over its name keys (`name_key` of each canonical name and alias, with the
actors they belong to); this module ranks them the same way on every backend:

- EXACT: a stored name or alias of the actor is the query;
- PREFIX: a stored name or alias starts with the query;
- ALIAS: the query is another name the gazetteer or the compiled dictionaries know for
  the actor ("AAH", "Ansar Allah", "IRGC"), though the graph never saw it;
- SUBSTRING: a stored name or alias contains the query;
- FUZZY: a close spelling of a whole stored name or alias (rapidfuzz's
  token_sort_ratio: edits and swapped words, "Hezbolah", "Haddad Omar").

Within a tier: better fuzzy score, then degree, then name, then id, so pages are stable.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz, process

from actorgraph.domain import name_key

__all__ = [
    "FUZZY_CUTOFF",
    "Match",
    "MatchKind",
    "MatchLabel",
    "classify",
    "known_names",
    "match_keys",
    "order",
]

# Score (0-100) from which a spelling counts as close: "Hezbolah" ~ "Hezbollah" scores
# 94, "Iraq" ~ "Iran" 75 (two different states) stays out. Whole names are compared,
# not parts (WRatio's partial scores): with those, "unit 4" came close to thousands of
# "unit 4.. of ..." names, and a search of 20,000 actors took seconds.
FUZZY_CUTOFF = 85.0
# Keys shorter than this are close to everything.
FUZZY_MIN_CHARS = 4


class MatchKind(IntEnum):
    """How a query matched an actor; lower ranks first."""

    EXACT = 0
    PREFIX = 1
    ALIAS = 2
    SUBSTRING = 3
    FUZZY = 4

    @property
    def label(self) -> MatchLabel:
        return _LABELS[self]


MatchLabel = Literal["exact", "prefix", "alias", "substring", "fuzzy"]
_LABELS: dict[MatchKind, MatchLabel] = {
    MatchKind.EXACT: "exact",
    MatchKind.PREFIX: "prefix",
    MatchKind.ALIAS: "alias",
    MatchKind.SUBSTRING: "substring",
    MatchKind.FUZZY: "fuzzy",
}


@dataclass(frozen=True, slots=True, order=True)
class Match:
    kind: MatchKind
    score: float = 100.0  # fuzzy similarity; 100 for the other kinds

    def better(self, other: Match | None) -> bool:
        return other is None or (self.kind, -self.score) < (other.kind, -other.score)


@lru_cache(maxsize=1)
def _gazetteer_names() -> dict[str, frozenset[str]]:
    """Name key -> the keys of every name the gazetteer gives the same actor.

    Capitals are left out: the gazetteer lists "Baghdad" as a name of Iraq for the
    extractor's sake, but a search for the city must not claim the state.
    """
    # Imported here: nothing else in `graph` needs `extract` (whose package loads
    # spaCy), and the gazetteer is read (about half a second) on the first search only.
    from actorgraph.extract.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    capitals = set(gaz.capitals)
    index: dict[str, frozenset[str]] = {}
    for canonical, names in gaz.aliases.items():
        keys = frozenset(k for n in (canonical, *names) if (k := name_key(n)))
        keys -= capitals
        if len(keys) < 2:
            continue
        for key in keys:
            # setdefault: the curated list is read first and wins, as in the extractor
            index.setdefault(key, keys)
    return index


def known_names(query_key: str) -> frozenset[str]:
    """Other name keys of the actor the gazetteer knows by `query_key` (without it)."""
    if not query_key:
        return frozenset()
    return _gazetteer_names().get(query_key, frozenset()) - {query_key}


def match_keys(query_key: str, keys: Mapping[str, Iterable[str]]) -> dict[str, Match]:
    """Best match per actor id for a non-empty query key, from `keys` (name key -> ids
    of the actors carrying that name or alias). One pass over the distinct keys."""
    others = known_names(query_key)
    found: dict[str, Match] = {}

    def note(ids: Iterable[str], match: Match) -> None:
        for actor_id in ids:
            if match.better(found.get(actor_id)):
                found[actor_id] = match

    for key, ids in keys.items():
        if key == query_key:
            note(ids, Match(MatchKind.EXACT))
        elif key.startswith(query_key):
            note(ids, Match(MatchKind.PREFIX))
        elif key in others:
            note(ids, Match(MatchKind.ALIAS))
        elif query_key in key:
            note(ids, Match(MatchKind.SUBSTRING))
    if len(query_key) >= FUZZY_MIN_CHARS:
        choices = [k for k in keys if len(k) >= FUZZY_MIN_CHARS]
        # Keys are normalised already (name_key), so no processor; limit=None keeps
        # every choice over the cutoff, in the C++ loop rather than in Python.
        close = process.extract(
            query_key,
            choices,
            scorer=fuzz.token_sort_ratio,
            processor=None,
            score_cutoff=FUZZY_CUTOFF,
            limit=None,
        )
        for key, score, _ in close:
            note(keys[key], Match(MatchKind.FUZZY, float(score)))
    return found


def order(
    matches: Mapping[str, Match], degree: Mapping[str, int], name: Mapping[str, str]
) -> list[str]:
    """Actor ids best first: kind, fuzzy score, degree, name, id."""
    return sorted(
        matches,
        key=lambda i: (
            matches[i].kind,
            -matches[i].score,
            -degree.get(i, 0),
            name.get(i, "").casefold(),
            i,
        ),
    )


def classify(query: str, names: Iterable[str]) -> Match | None:
    """How `query` matches an actor with these names (canonical and aliases)."""
    query_key = name_key(query)
    if not query_key:
        return None
    keys = {k: ("",) for n in names if (k := name_key(n))}
    return match_keys(query_key, keys).get("")
