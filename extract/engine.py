"""Relation patterns as data, in spaCy's DependencyMatcher or Matcher format.

`patterns/*.jsonl` hold one pattern a line: an `id`, the `verbs` class it reads
(`patterns/verbs.json`, which gives the relation type and CAMEO code), a dependency
`pattern` (spaCy's DependencyMatcher format; `"@class"` in an `IN` list stands for the
class's lemmas), the `source` and `target` anchors (a node of the pattern and how to read
it), a `confidence`, and an `example` and a `must_not` sentence (tests/test_extract_patterns.py
checks both for every pattern). A pattern may give `tokens` instead of `pattern`: a
token sequence in spaCy's Matcher format ("the Tulsa-based X", "X, Y" in a row), for
readings that sit in word order rather than in the parse; a token that an anchor names
carries a `RIGHT_ID`, as a dependency node does. A `check` names a test of the actors
read (CHECKS below) for what a pattern cannot say of them ("a town of a US state").

Reading an anchor is the only Python here: `actor` (the name, pronoun or apposition the
node stands for), `owner` (that, else the side a thing belongs to: "Houthi positions"),
`inside` (that, else the actors named inside the phrase, not its victim or place:
"condemned the Houthi attacks on X"), `subject` (the doer of the node's verb, inherited
through "vowed to attack", "and"), `state` (the state a word modifying the node names,
"relied on Ugandan troops": Uganda; else the node's actor). The filters that apply to
every candidate (negation, reported speech, asked of another, a threat or a condition,
typing) run after
(`filters.py`, `resolve.candidate`, `rules._typed_ok`).
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any, cast

import numpy as np
from spacy.attrs import LEMMA, LOWER  # type: ignore[import-not-found]  # (a .pyx)
from spacy.matcher import DependencyMatcher, Matcher
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from actorgraph.domain import ActorType, RelationType

from .agents import former
from .claims import note_event, told_as_news
from .combat import announced_forces, fighter_supported, fighters_backed, held_cities
from .coref import (
    attack_doer,
    attack_key,
    decision_maker,
    note_attack_doer,
    struck_owner,
    the_event_before,
    threatened_enemy,
)
from .events import quoted_group, service_owner
from .filters import by_mood
from .killings import claimed_beside
from .lexicon import (
    ARMED_WORDS,
    ATTACK_NOUNS,
    CIVILIAN_NOUNS,
    CLASH_NOUNS,
    FORMER_WORDS,
    KILL_INSTRUMENTS,
    KILL_NOUNS,
    MOVING_NOUNS,
    STRUCK_NOUNS,
    WATER_WORDS,
    words,
)
from .places import holds_towns
from .resolve import (
    BODY_WORDS,
    PLACES,
    Candidate,
    Context,
    actors_of_tokens,
    candidate,
    counted_things,
    described_person,
    negated,
    pobjs,
    regime_heads,
    served_sides,
    speaker_going_on,
    subjects,
)
from .textprep import sentence_of, sentence_starts
from .treematch import TreeMatcher, TreePatternError

R = RelationType
# ("others": the source's fellow doers, each the target of each: "X and Y traded blame",
# "accused each other", "carried out joint patrols")
READS = ("actor", "owner", "inside", "subject", "state", "enemy", "others")
_HARM = frozenset({R.TARGETS, R.KILLED})
# Who drives another out (or engages them) answers an attack: "condemned the attack" next
# is not theirs
_PUSH_BACK = words("drive push chase flush expel oust engage")
# Ties a word of the match can put in the past: "a former member of Y", "its onetime ally".
_TIES = frozenset({RelationType.MEMBER_OF, RelationType.PART_OF, RelationType.ALLIED_WITH})
# Help a noun of the match can put in the past: "Y, X's former backer".
_HELP = frozenset({RelationType.BACKS, RelationType.COOPERATES_WITH})
_OWNER_DEPS = ("compound", "poss", "amod", "nmod")


class PatternError(ValueError):
    """A pattern file that cannot be read; the message names the file and the line."""


@dataclass(frozen=True, slots=True)
class Anchor:
    node: str  # a RIGHT_ID of the pattern
    read: str  # one of READS


@dataclass(frozen=True, slots=True)
class Pattern:
    id: str
    relation: RelationType
    cameo: str | None
    source: Anchor
    target: Anchor
    confidence: float
    state: str | None  # CEASEFIRE_WITH: "agreed" or "ended"
    example: dict[str, str]  # {"text", "source", "target"}
    must_not: str
    nodes: tuple[str, ...]  # the RIGHT_IDs in pattern order (the matcher's token order)
    spec: tuple[dict[str, Any], ...]
    tokens: bool = False  # `spec` is a token sequence (Matcher), not a dependency tree
    check: str | None = None  # a name in CHECKS: a test of the (source, target) read
    # the anchor's own negation is the reading ("will not allow Y to ..."), no denial of it
    refusal: bool = False


def _town_in_region(source: str, target: str, ctx: Context) -> bool:
    """A town (not a state or region) and a region that holds towns but is not a
    country ("In Iraq, ... in Syria" names two countries, not one inside the other)."""
    m = ctx.m
    return (m.type_of(source) is ActorType.LOCATION and not holds_towns(source, ctx)
            and m.type_of(target) is ActorType.LOCATION and holds_towns(target, ctx))


def _state_leaves_body(source: str, target: str, ctx: Context) -> bool:
    """A state and a body of states: "left the bloc", not "left the capital"."""
    m = ctx.m
    return m.type_of(source) is ActorType.STATE and m.type_of(target) in (
        ActorType.ORGANIZATION, ActorType.GOVERNMENT_BODY)


def _person_rules_state(source: str, target: str, ctx: Context) -> bool:
    """A person who rules a state, not a court's ruling nor a body's rule of a town."""
    m = ctx.m
    return m.type_of(source) is ActorType.PERSON and m.type_of(target) is ActorType.STATE


def _person_rules_realm(source: str, target: str, ctx: Context) -> bool:
    """A person who rules a state or a region ("has ruled Puntland since 2016"), not a
    court's ruling, nor a judge's on a body ("ruled Y a terrorist group")."""
    m = ctx.m
    return m.type_of(source) is ActorType.PERSON and m.type_of(target) in (
        ActorType.STATE, ActorType.LOCATION)


def _body_over_group(source: str, target: str, ctx: Context) -> bool:
    """A council, party or person over an armed group: "controls the militia" is command."""
    m = ctx.m
    return m.type_of(source) in (ActorType.ORGANIZATION, ActorType.GOVERNMENT_BODY,
                                 ActorType.PERSON) and m.type_of(target) is ActorType.ARMED_GROUP


def _person_and_body(source: str, target: str, ctx: Context) -> bool:
    """A person and a party, movement, group or other body (not a place's name)."""
    m = ctx.m
    return m.type_of(source) is ActorType.PERSON and m.type_of(target) in (
        ActorType.ORGANIZATION, ActorType.GOVERNMENT_BODY, ActorType.ARMED_GROUP)


def _unit_of_body(source: str, target: str, ctx: Context) -> bool:
    """A group or body and a larger one (or a state): a unit, never a person."""
    m = ctx.m
    return m.type_of(source) in (ActorType.ARMED_GROUP, ActorType.GOVERNMENT_BODY,
                                 ActorType.ORGANIZATION) and m.type_of(target) in (
        ActorType.ARMED_GROUP, ActorType.GOVERNMENT_BODY, ActorType.ORGANIZATION,
        ActorType.STATE)


def _unit_of_group(source: str, target: str, ctx: Context) -> bool:
    """A unit of a group or body, not of a state: "Boko Haram's X faction" is Boko
    Haram's, "Somalia's X faction" is only in Somalia."""
    m = ctx.m
    return _unit_of_body(source, target, ctx) and m.type_of(target) is not ActorType.STATE


def _member_of_body(source: str, target: str, ctx: Context) -> bool:
    """A group, body or state and a body it belongs to ("X, a member of Y"); a person's
    membership is a title (links.py), and a state is never a member of a place."""
    m = ctx.m
    return m.type_of(source) in (ActorType.ARMED_GROUP, ActorType.GOVERNMENT_BODY,
                                 ActorType.ORGANIZATION, ActorType.STATE) and m.type_of(
        target) in (ActorType.ARMED_GROUP, ActorType.GOVERNMENT_BODY, ActorType.ORGANIZATION)


def _named_in_order(source: str, target: str, ctx: Context) -> bool:
    """Two parties read from one phrase ("the two sides"): once each, the one the text
    named first as the source."""
    order = list(ctx.m.actors)
    return order.index(source) < order.index(target)


def _guest_is_person(source: str, target: str, ctx: Context) -> bool:
    """A person hosted or received: a meeting; a group "hosted" is given shelter."""
    return ctx.m.type_of(target) is ActorType.PERSON and source != target


def _victim_is_person(source: str, target: str, ctx: Context) -> bool:
    """A person put out of action ("neutralised X"): a killing; a thing or a place is not."""
    return ctx.m.type_of(target) is ActorType.PERSON and source != target


def _not_two_people(source: str, target: str, ctx: Context) -> bool:
    """Sides that fight, not two people at odds ("the governor clashed with his
    predecessor over the bandits": a quarrel)."""
    m = ctx.m
    return not (m.type_of(source) is ActorType.PERSON and m.type_of(target) is ActorType.PERSON)


def _town_or_region(source: str, target: str, ctx: Context) -> bool:
    """A town or region as the site of an attack, not a state ("raided a market in Mali"
    tells where, not that Mali was attacked) nor a facility nearby."""
    return ctx.m.type_of(target) is ActorType.LOCATION


def _a_town(source: str, target: str, ctx: Context) -> bool:
    """A town or village whose homes were burned, not the region or state it lies in
    ("in the village of X, in Y province")."""
    return _town_or_region(source, target, ctx) and not holds_towns(target, ctx)


def _held_place(source: str, target: str, ctx: Context) -> bool:
    """Ground or a facility, held by a side that is no place: "took X" of a town, not of
    a person, a group or a state ("took Iraq to court")."""
    m = ctx.m
    return m.type_of(target) in PLACES and m.type_of(source) not in PLACES


def _body_leaves(source: str, target: str, ctx: Context) -> bool:
    """A force, a state or a body leaves; a person's "exit from" a place is a trip."""
    return ctx.m.type_of(source) not in (ActorType.PERSON, *PLACES)


def _not_a_place(source: str, target: str, ctx: Context) -> bool:
    """A side struck at, not the town or region a strike fell on."""
    return not _town_or_region(source, target, ctx)


def _site_or_side(source: str, target: str, ctx: Context) -> bool:
    """A facility or a force struck ("hit the X air base"), not a town, a person, a
    body or a state (a verb as loose as "hit" says an attack only on these)."""
    return ctx.m.type_of(target) in (ActorType.FACILITY, ActorType.ARMED_GROUP) and (
        source != target)


def _holds_towns(source: str, target: str, ctx: Context) -> bool:
    """A state or region that towns are in ("Kitale, a town of western Kenya"), not a town
    ("the island township of X" names the township X)."""
    return holds_towns(target, ctx)


CHECKS: dict[str, Callable[[str, str, Context], bool]] = {
    "holds_towns": _holds_towns,
    "site_or_side": _site_or_side,
    "not_a_place": _not_a_place,
    "town_or_region": _town_or_region,
    "a_town": _a_town,
    "held_place": _held_place,
    "body_leaves": _body_leaves,
    "named_in_order": _named_in_order,
    "body_over_group": _body_over_group,
    "person_and_body": _person_and_body,
    "unit_of_body": _unit_of_body,
    "unit_of_group": _unit_of_group,
    "member_of_body": _member_of_body,
    "town_in_region": _town_in_region,
    "state_leaves_body": _state_leaves_body,
    "person_rules_state": _person_rules_state,
    "person_rules_realm": _person_rules_realm,
    "guest_is_person": _guest_is_person,
    "victim_is_person": _victim_is_person,
    "not_two_people": _not_two_people,
}


def _token_nodes(spec: tuple[dict[str, Any], ...], where: str) -> tuple[str, ...]:
    """The RIGHT_IDs of a token sequence: named once each, on a token matched once."""
    nodes = tuple(str(t["RIGHT_ID"]) for t in spec if "RIGHT_ID" in t)
    if len(set(nodes)) != len(nodes):
        raise PatternError(f"{where}: a RIGHT_ID is used twice in the tokens")
    if any("RIGHT_ID" in t and t.get("OP", "!") not in ("!", "1") for t in spec):
        raise PatternError(f"{where}: a named token must match exactly once (no OP)")
    return nodes


def matcher_tokens(pattern: Pattern) -> list[dict[str, Any]]:
    """The token sequence as spaCy's Matcher takes it (the names left out)."""
    return [{k: v for k, v in t.items() if k != "RIGHT_ID"} for t in pattern.spec]


def _data(name: str) -> str:
    return resources.files("actorgraph.extract").joinpath("patterns", name).read_text("utf-8")


def load_verb_classes() -> dict[str, dict[str, Any]]:
    raw = json.loads(_data("verbs.json"))
    return {k: v for k, v in raw.items() if not k.startswith("_")}


def _expand(value: Any, classes: dict[str, dict[str, Any]], where: str) -> Any:
    """Replace "@class" by the class's lemmas, anywhere inside a pattern."""
    if isinstance(value, str) and value.startswith("@"):
        if value[1:] not in classes:
            raise PatternError(f"{where}: unknown verb class {value!r}")
        return list(classes[value[1:]]["lemmas"])
    if isinstance(value, dict):
        return {k: _expand(v, classes, where) for k, v in value.items()}
    if isinstance(value, list):
        # "@class" beside other words in a list is its lemmas among them
        out: list[Any] = []
        for v in value:
            item = _expand(v, classes, where)
            out += item if isinstance(v, str) and v.startswith("@") else [item]
        return out
    return value


def _anchor(raw: Any, nodes: tuple[str, ...], where: str) -> Anchor:
    if not isinstance(raw, dict) or raw.get("node") not in nodes or raw.get("read") not in READS:
        raise PatternError(
            f"{where}: an anchor needs a node of the pattern ({', '.join(nodes)}) "
            f"and a read ({', '.join(READS)}), got {raw!r}"
        )
    return Anchor(raw["node"], raw["read"])


def parse_pattern(raw: dict[str, Any], classes: dict[str, dict[str, Any]], where: str) -> Pattern:
    try:
        # A pattern that reads no verb class ("X, based in Y") names its relation itself.
        verbs = classes[raw["verbs"]] if "verbs" in raw else {"relation": raw["relation"]}
        tokens = "tokens" in raw
        spec = tuple(_expand(raw["tokens" if tokens else "pattern"], classes, where))
        nodes = _token_nodes(spec, where) if tokens else tuple(
            str(node["RIGHT_ID"]) for node in spec)
        if raw["target"].get("read") == "others" and raw["source"].get("read") != "subject":
            raise PatternError(f"{where}: a target read as \"others\" needs a source read "
                               "as \"subject\" (the doers it pairs)")
        return Pattern(
            id=str(raw["id"]),
            relation=RelationType(raw.get("relation", verbs["relation"])),
            cameo=raw.get("cameo", verbs.get("cameo")),
            source=_anchor(raw["source"], nodes, where),
            target=_anchor(raw["target"], nodes, where),
            confidence=float(raw["confidence"]),
            state=raw.get("state"),
            example=dict(raw["example"]),
            must_not=str(raw["must_not"]),
            nodes=nodes,
            spec=spec,
            tokens=tokens,
            check=_check_name(raw.get("check"), where),
            refusal=bool(raw.get("refusal", False)),
        )
    except KeyError as e:
        raise PatternError(f"{where}: missing key {e}") from e
    except (TypeError, ValueError) as e:
        raise PatternError(f"{where}: {e}") from e


def _check_name(name: Any, where: str) -> str | None:
    if name is not None and name not in CHECKS:
        raise PatternError(f"{where}: unknown check {name!r} (known: {', '.join(CHECKS)})")
    return name if name is None else str(name)


def pattern_files() -> list[str]:
    """Every `patterns/*.jsonl`, in name order (one file per family of readings)."""
    folder = resources.files("actorgraph.extract").joinpath("patterns")
    return sorted(f.name for f in folder.iterdir() if f.name.endswith(".jsonl"))


def load_patterns() -> list[Pattern]:
    classes = load_verb_classes()
    out: list[Pattern] = []
    seen: set[str] = set()
    for name in pattern_files():
        for lineno, line in enumerate(_data(name).splitlines(), 1):
            if not line.strip():
                continue
            where = f"patterns/{name} line {lineno}"
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as e:
                raise PatternError(f"{where}: {e.msg}") from e
            pattern = parse_pattern(raw, classes, where)
            if pattern.id in seen:
                raise PatternError(f"{where}: the id {pattern.id!r} is used twice")
            seen.add(pattern.id)
            out.append(pattern)
    return out


class PatternEngine:
    """The patterns, checked by spaCy's DependencyMatcher (its validation of the format)
    and matched by the tree matcher, which reads the same format faster; token sequences
    by spaCy's Matcher."""

    def __init__(self, vocab: Vocab, patterns: list[Pattern]) -> None:
        self.patterns = {p.id: p for p in patterns}
        self.checked = DependencyMatcher(vocab, validate=True)
        self.matcher = TreeMatcher(vocab.strings)
        self.sequences = Matcher(vocab, validate=True)
        self.needs: list[tuple[Need, ...]] = []  # per token sequence, the words it needs
        for p in patterns:
            if p.tokens:
                try:
                    self.sequences.add(p.id, [matcher_tokens(p)])
                except ValueError as e:  # spaCy's own message names the bad attribute
                    raise PatternError(f"pattern {p.id!r}: {e}") from e
                self.needs.append(sequence_needs(p.spec, vocab.strings))
                continue
            self.checked.add(p.id, [list(p.spec)])
            try:
                self.matcher.add(p.id, list(p.spec))
            except TreePatternError as e:
                raise PatternError(str(e)) from e

    def matches(self, doc: Doc) -> dict[int, list[tuple[Pattern, dict[str, Token]]]]:
        """Every match of the document, bucketed by the start of its sentence."""
        out: dict[int, list[tuple[Pattern, dict[str, Token]]]] = {}
        starts = sentence_starts(doc)
        for key, tokens in self.matcher(doc):
            pattern = self.patterns[key]
            nodes = dict(zip(pattern.nodes, tokens, strict=True))
            start = starts[bisect_right(starts, tokens[0].i) - 1]
            out.setdefault(start, []).append((pattern, nodes))
        for pattern, nodes, start in self.sequence_matches(doc, starts):
            out.setdefault(start, []).append((pattern, nodes))
        return out

    def sequence_matches(self, doc: Doc, starts: list[int] | None = None
                         ) -> Iterator[tuple[Pattern, dict[str, Token], int]]:
        """Each token-sequence match inside one sentence, once per set of named tokens
        (a "*" in the middle gives one match per length), with its sentence's start
        (`starts`, the sentences' first tokens, when the caller has them).
        Only sentences that hold the words some sequence needs (`sequence_needs`) are
        read: a "*" run over the whole document from each of its openings costs more
        than the rest of the engine, and spaCy's Matcher tries every pattern at every
        token of the sentences it is given."""
        if not len(self.sequences):
            return  # (spaCy warns when a Matcher without patterns is called)
        values = doc.to_array([LOWER, LEMMA])
        bounds = [*(sentence_starts(doc) if starts is None else starts), len(doc)]
        for start, end in pairwise(bounds):
            present = _Present(values, start, end)
            if any(all(present.has(need) for need in needs) for needs in self.needs):
                yield from self._sentence_matches(doc[start:end], start)

    def _sentence_matches(self, sent: Span, start: int
                          ) -> Iterator[tuple[Pattern, dict[str, Token], int]]:
        doc = sent.doc
        seen: set[tuple[str, tuple[int, ...]]] = set()
        for found in self.sequences(sent, with_alignments=True):
            # (spaCy's stub knows only the 3-tuple; with alignments each match has a 4th
            # item, the pattern index of every token in the match; on a Span, the match's
            # offsets count from the Span's start)
            key, first, _, aligned = cast(tuple[int, int, int, list[int]], found)
            pattern = self.patterns[doc.vocab.strings[key]]
            by_index = {k: i for i, k in reversed(list(enumerate(aligned)))}
            named = [j for j, t in enumerate(pattern.spec) if "RIGHT_ID" in t]
            ids = tuple(start + first + by_index[j] for j in named)
            if (pattern.id, ids) in seen:
                continue
            seen.add((pattern.id, ids))
            nodes = dict(zip(pattern.nodes, (doc[i] for i in ids), strict=True))
            yield pattern, nodes, start


@dataclass(frozen=True, slots=True)
class Need:
    """A word a token sequence cannot match without: some token of the sentence (only
    its first token when `first`) whose `attr` value, as a string id, is in `values`."""

    attr: int  # LOWER or LEMMA
    values: frozenset[int]
    first: bool = False


# The attributes a need is read from, and the array each is looked up in: a token whose
# ORTH is "X" has the LOWER "x" (the same for every word, the language's lower-casing).
_NEED_ATTRS = (("LOWER", LOWER, False), ("ORTH", LOWER, True), ("LEMMA", LEMMA, False))


def sequence_needs(spec: tuple[dict[str, Any], ...], strings: StringStore) -> tuple[Need, ...]:
    """What a sentence must hold for the token sequence to match in it: for each token
    the sequence matches once or more, its LOWER, ORTH or LEMMA value (or one of its
    `IN` list); a token with `IS_SENT_START` can only be the sentence's first."""
    out = []
    for token in spec:
        if token.get("OP", "1") not in ("1", "+"):
            continue
        first = token.get("IS_SENT_START") is True
        for name, attr, lower in _NEED_ATTRS:
            value = token.get(name)
            if isinstance(value, str):
                words = [value]
            elif isinstance(value, dict) and set(value) == {"IN"} and isinstance(
                    value["IN"], list):
                words = [str(v) for v in value["IN"]]
            else:
                continue  # no value, or one a need cannot say (NOT_IN, REGEX, ...)
            ids = frozenset(strings.add(w.lower() if lower else w) for w in words)
            out.append(Need(attr, ids, first))
    return tuple(out)


class _Present:
    """The LOWER and LEMMA values of a sentence's tokens, as sets made when first asked."""

    __slots__ = ("_end", "_sets", "_start", "_values")

    def __init__(self, values: np.ndarray[Any, Any], start: int, end: int) -> None:
        self._values, self._start, self._end = values, start, end
        self._sets: dict[int, set[int]] = {}

    def has(self, need: Need) -> bool:
        column = 0 if need.attr == LOWER else 1
        if need.first:
            return int(self._values[self._start, column]) in need.values
        found = self._sets.get(need.attr)
        if found is None:
            found = self._sets[need.attr] = set(
                self._values[self._start : self._end, column].tolist())
        return not need.values.isdisjoint(found)


Match = tuple[Pattern, dict[str, Token]]
_WHERE = words("in at near inside outside across throughout")
# Participles that say who a side is, not what it did: "a group led by X", "allied with Z"
_SIDE_PARTICIPLES = words("lead head command found run ally align back support sponsor arm "
                          "fund finance base link affiliate tie")
_WHERE_IN = words("in inside near outside around")
_VICTIM_PREPS = words("of on against")
_HARM_NOUNS = ATTACK_NOUNS | KILL_NOUNS | STRUCK_NOUNS
# Wrongs done to someone: "condemned all violence against X" names X as the wronged.
_WRONG_NOUNS = words("violence abuse crime atrocity aggression discrimination harassment")
# Nouns of people set free or sent back: "the release of X" names whom, not who holds them.
_FREED_NOUNS = words("release freeing return repatriation handover")
# Nouns of a person held or a right trampled: "the detention of X's staff", "a violation
# of X's sovereignty" name the wronged after "of", not the one condemned.
_WRONGED_OF_NOUNS = words("detention detentions abduction abductions kidnapping kidnappings "
                          "arrest arrests imprisonment violation violations infringement "
                          "infringements breach breaches")
# Nouns of leaving: "the withdrawal of X's troops from Y" names the place left after "from".
# Deals made with another: "the agreement with X" names a party, not the one rejected
_DEAL_NOUNS = words("agreement deal accord treaty pact truce ceasefire memorandum")
_LEAVING_NOUNS = words("withdrawal pullout pull-out departure exit retreat")
# "the attack, claimed / carried out by X"
_CLAIMED = words("claim carry conduct launch stage mount perpetrate")
# What a vehicle "struck" by chance ("struck a roadside bomb in X"): X was not attacked
_MUNITIONS = KILL_INSTRUMENTS | words("mine mines landmine landmines device devices ied ieds")
# Clauses that tell the news itself; an attack told in a relative clause ("a militia
# that has attacked US forces in the past") is background, not the one condemned next.
_TOLD_NOW = frozenset({"ROOT", "conj", "ccomp"})


def any_dealing(deal: Token) -> bool:
    """"any deal (agreement) with X", "all deals with X": every dealing with X refused, not
    one deal X is a party to."""
    return any(c.dep_ == "det" and c.lower_ in ("any", "all") for c in deal.children)


def not_criticised(tok: Token, top: Token) -> bool:
    """The token lies in a place phrase ("the attacks in the town of X") or names the
    victim ("the killing of X", "attacks on X"), the people to be freed ("the release of
    X's staff"), the one held or wronged ("the detention of X's staff", "a violation of X's
    sovereignty") or the place left ("the withdrawal of X from Y") under `top`: not the one
    criticised (or asked); nor one a participle describes a side by ("the killings by Y, a
    group led by X and allied with Z": Y's, not its leader's or its ally's), nor what the
    object is called ("condemned the attack as a violation of X's sovereignty")."""
    node = tok
    while node.i != top.i and node.head.i != node.i:
        if _describes_side(node):
            return True
        if node.dep_ == "prep" and node.lower_ == "as" and node.head.i == top.i:
            return True
        if node.dep_ == "pobj" and node.head.dep_ == "agent" and _describes_side(node.head.head):
            return True
        if node.dep_ == "pobj" and (node.head.dep_ == "agent" or node.head.lower_ == "by"):
            return False  # "the release of staff held by X": the holder (the doer) is meant
        if node.dep_ in ("pcomp", "ccomp") or (node.dep_ == "pobj" and node.tag_ == "VBG"):
            # "accused the guards of helping X": X is in the charge, not charged (the
            # parser may make the gerund the object of "of"); "rejected comments
            # suggesting X could act": X is in what was said, not its teller
            return True
        if node.dep_ == "pobj" and node.head.lower_ == "with" and (
                node.head.head.lemma_ in _DEAL_NOUNS) and not any_dealing(node.head.head):
            return True  # "rejected the peace agreement with X": X a party to the deal
            # (but "opposed any deal with X" refuses to deal with X at all)
        if node.dep_ == "pobj" and (node.head.lower_ in _WHERE or (
                node.head.lower_ in _VICTIM_PREPS and node.head.head.lower_ in _HARM_NOUNS)
                or (node.head.lower_ == "against" and node.head.head.lemma_ in _WRONG_NOUNS)
                or (node.head.lower_ == "of" and node.head.head.lemma_ in _FREED_NOUNS)
                or (node.head.lower_ == "of" and node.head.head.lower_ in _WRONGED_OF_NOUNS)
                or (node.head.lower_ == "from" and node.head.head.lemma_ in _LEAVING_NOUNS)):
            return True
        if node.dep_ == "pobj" and node.head.lower_ in ("on", "against") and _by_doer(
                node.head.head):
            return True  # "an attack by X on Y": the parser hangs "on Y" on X
        if node.dep_ == "pobj" and node.head.lower_ in ("on", "against") and any(
                c.dep_ == "prep" and c.lower_ == "by" and c.i < node.i
                for c in node.head.head.children):
            return True  # "a provocation by X against Y": the doer named, Y is the wronged
        if node.dep_ in ("conj", "appos") and node.pos_ == "PROPN" and (
                node.head.lower_ in _HARM_NOUNS) and not any(
                c.dep_ == "cc" for c in node.head.children if c.i > node.head.i
                and node.dep_ == "conj"):
            return True  # "the killings ..., including the murder of a priest, Father X":
            # the victim set off after the harm (no "and" to it), not a second thing blamed
        node = node.head
    return False




def _describes_side(verb: Token) -> bool:
    """"(a group) led by X", "(a group led by X) and allied with Z", "(Y,) which is backed
    by X": a participle that describes a noun by its leader, ally or backer."""
    return verb.lemma_ in _SIDE_PARTICIPLES and (
        (verb.dep_ == "acl" and verb.tag_ == "VBN")
        or (verb.dep_ == "relcl" and verb.tag_ == "VBN"
            and any(c.dep_ == "auxpass" for c in verb.children))  # "which is backed by X"
        or (verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD") and verb.head.dep_ == "acl"
            and verb.head.tag_ == "VBN"))


def _by_doer(tok: Token) -> bool:
    """The doer's name in "an attack by X" (or "raids conducted by X")."""
    by = tok.head
    return tok.dep_ == "pobj" and by.lower_ == "by" and (
        by.head.lower_ in _HARM_NOUNS or by.head.head.lower_ in _HARM_NOUNS)


def _unarmed(noun: Token) -> bool:
    """"Malian refugees", "former Chadian soldiers": people who carry no side's arms."""
    return noun.lemma_ in CIVILIAN_NOUNS or former(noun)


# Words that make an attack noun one more of those told before: "a further strike"
_FURTHER = words("further another second third fresh renewed")


def _attack_told_before(noun: Token, ctx: Context) -> bool:
    """"The strike", "a further strike", "another raid": an attack of a kind told before,
    with no doer or owner of its own here."""
    if noun.lower_ not in ATTACK_NOUNS:
        return False
    if the_event_before(noun, ctx):
        return True
    return any(c.lower_ in _FURTHER for c in noun.children if c.dep_ in ("amod", "det")) and (
        not any(c.dep_ in ("prep", "acl", "relcl", "compound", "poss") for c in noun.children))


def _subject_words(verb: Token) -> list[Token]:
    """The verb's subject words, or those of the verb it is joined to by "and": "Kenya's
    foreign ministry condemned the raid and urged Y to ..." (for the owner of a subject
    that names no actor itself)."""
    node = speaker_going_on(verb) or verb
    for _ in range(4):
        found = [c for c in node.children if c.dep_ == "nsubj"]
        if found or node.dep_ != "conj" or node.head.i == node.i:
            return found
        node = node.head
    return []


def subject_owners(verb: Token, ctx: Context) -> list[str]:
    """Whose the subject is when it names no actor itself: "Myanmar's junta bombed Y", "An
    Israeli strike killed X" (not "Thai villagers", "former Malian soldiers": a
    nationality, not an owner)."""
    return [k for s in _subject_words(verb) if not _unarmed(s)
            for k in _owners(s, ctx) or _claimants(s, ctx)]


def subject_possessors(verb: Token, ctx: Context) -> list[str]:
    """The body or state that owns the subject by a possessive, when the subject names no
    actor itself: "Uganda's foreign ministry urged Y", "the group's spokesman accused Y"
    (not a person's: "his faction rejected the plan" is the faction's act)."""
    return [k for s in _subject_words(verb) if not _unarmed(s)
            for k in actors_of_tokens([_antecedent(c) for c in s.children if c.dep_ == "poss"],
                                      ctx)
            if ctx.m.type_of(k) is not ActorType.PERSON]


def _doers(verb: Token, sent: Span, harm: bool, ctx: Context) -> list[str]:
    """The doers of a verb; of a harm, the party backed in it ("backs X to defeat Y": X)
    and, in a group's quoted words, the group ("those who attack us")."""
    found = subjects(verb, ctx)
    if not found:  # "An Israeli strike killed X": the subject's owner
        found = subject_owners(verb, ctx)
    if not found and harm:  # "gunmen stormed Y, an attack claimed by X"
        found = claimed_beside(verb, ctx)
    if not found and harm:  # "X shelled Y. A further strike hit Z": X's strike
        found = [k for s in _subject_words(verb) if _attack_told_before(s, ctx)
                 and (k := attack_doer(s, ctx)) is not None][:1]
    if harm and verb.dep_ == "acl" and (backed := fighter_supported(verb.head, ctx)):
        return backed  # "backs X in its efforts to defeat Y"
    if harm and verb.dep_ != "acl":
        found = fighters_backed(verb, found, ctx)
    return found or quoted_group(verb, sent, ctx)


def _read(anchor: Anchor, nodes: dict[str, Token], sent: Span, harm: bool,
          ctx: Context) -> list[str]:
    tok = nodes[anchor.node]
    if anchor.read == "subject":
        return _doers(tok, sent, harm, ctx)
    ante = _antecedent(tok)
    if tok.lower_ == "who" and (person := described_person(ante, ctx)) is not None:
        return [person]  # "X, a nurse with Y, who was shot": X, not Y
    tok = _named_as(ante)
    # ('condemned what it called "the use of force" by X': the parser may hang the
    # named thing's "by X" on the naming verb)
    by_named = pobjs(ante, {"by"}) if tok.i != ante.i else []
    if anchor.read == "state":
        # "Ugandan troops", "Russia's mercenaries": the state they serve, else their
        # actor, else whose they are ("Poland's diplomats"); "Russian-held": the
        # demonym itself
        states = (ctx.m.state_for_word(c) for c in (tok, *tok.children)
                  if c.i == tok.i or c.dep_ in _OWNER_DEPS)
        state = next((k for k in states if k is not None), None)
        return [state] if state is not None else (actors_of_tokens([tok], ctx)
                                                  or _owners(tok, ctx))
    if anchor.read == "inside" and (ruler := regime_heads(tok, ctx)):
        return ruler  # "criticised X's government (regime)": X, who heads it
    found = actors_of_tokens([tok], ctx)
    if not found and (anchor.read == "enemy" or (harm and anchor.read == "actor")):
        found = actors_of_tokens(_counted_out(tok), ctx)  # "hunt down every one of them"
    if not found and anchor.read == "inside":
        # "condemned the Houthi attacks on X": the author inside the object, not the
        # victim or the place of the event
        if tok.dep_ == "dobj" and tok.pos_ == "NOUN":
            # "condemned a drone and artillery attack by X on Y": the parser may hang the
            # deed's "by X" on the (active) verb
            by_named += [p for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "by"
                         and c.i > tok.i for p in c.children if p.dep_ == "pobj"]
        found = actors_of_tokens([t for t in tok.subtree if t.i != tok.i
                                  and not not_criticised(t, tok)]
                                 + [t for p in by_named for t in p.subtree], ctx)[:2]
        if not found and tok.lower_ in ATTACK_NOUNS:
            # "(would respond to) any Rwandan airstrikes": the state the demonym names
            found = [k for c in tok.children if c.dep_ == "amod"
                     and (k := ctx.m.state_for_word(c)) is not None][:1]
        if not found and (doer := attack_doer(tok, ctx) if the_event_before(tok, ctx)
                          else decision_maker(tok, ctx) or _measure_taker(tok, ctx)):
            # "condemned the raid": the raid told with its doer before; "the decision";
            # "(would respond to) the expulsion"
            found = [doer]
    if not found and anchor.read == "owner":
        # "struck Houthi positions": the side the thing struck belongs to; else, for an
        # attack on a thing that stays put, the place it stood in ("struck an oil depot
        # in Belgorod")
        found = _owners(tok, ctx)
        if not found and harm and tok.lemma_ not in MOVING_NOUNS and tok.lower_ not in (
                _MUNITIONS | CLASH_NOUNS) and tok.ent_type_ not in ("DATE", "TIME") and (
                not _foe_fought(tok)):
            # ("fought a battle near X", "clashed with gunmen near X": X is no side; "a
            # raid on Sunday night near X" is no attack on a time; a ship's or a convoy's
            # place is where it was; a sea is never the target)
            found = actors_of_tokens(_where_stood(tok) + _place_after(tok) + _parts_of(tok),
                                     ctx)
    return found


_EACH_WORDS = words("one each all some many most several")


def _counted_out(tok: Token) -> list[Token]:
    """"(hunt down) every one of them", "(killed) each of the X fighters": the people a
    count word picks from, named after "of"."""
    if not (tok.like_num or tok.lower_ in _EACH_WORDS) or tok.pos_ not in (
            "NUM", "PRON", "DET", "ADJ", "NOUN"):
        return []
    return [p for p in pobjs(tok, {"of"}) if p.tag_ in ("NNS", "NNPS", "PRP")]


# Nouns of a measure one side takes against another -> the verb that tells it done
_MEASURES = {"expulsion": "expel", "expulsions": "expel", "deportation": "deport",
             "arrest": "arrest", "arrests": "arrest", "detention": "detain",
             "seizure": "seize"}
_MEASURE_REACH = 3  # sentences before the noun's own that may tell the measure


def _measure_taker(noun: Token, ctx: Context) -> str | None:
    """"Russia would respond to the expulsion": the one side that expelled (arrested,
    seized ...) in the few sentences before, told by the verb of the noun."""
    verb = _MEASURES.get(noun.lower_)
    if verb is None or not any(c.lower_ == "the" for c in noun.children) or any(
            c.dep_ in ("poss", "compound", "amod") or (c.dep_ == "prep" and c.lower_ in (
                "of", "by", "from")) for c in noun.children):
        return None  # (not "the expulsion of X by Y", "Y's expulsion of X")
    doc, sent = noun.doc, sentence_of(noun)
    for _ in range(_MEASURE_REACH):
        j = sent.start - 1
        while j > 0 and doc[j].is_space:
            j -= 1
        if j < 0:
            return None
        sent = sentence_of(doc[j])
        told = {k for t in sent if t.lemma_ == verb and t.pos_ == "VERB"
                for k in subjects(t, ctx)}
        if told:
            return told.pop() if len(told) == 1 else None
    return None


def _antecedent(tok: Token) -> Token:
    """"the army post, which X attacked", "the group, whose fighters killed X": what a
    relative pronoun stands for (the head of its clause, a step or two up; "X, a group
    which moved into Y and which officials say is allied with Z": one more past "and")."""
    if tok.tag_ not in ("WDT", "WP", "WP$"):
        return tok
    node = tok
    for _ in range(4):
        if node.dep_ == "relcl":
            return _agreeing(node.head, node)
        node = node.head
    return tok


def _agreeing(head: Token, verb: Token) -> Token:
    """"a force of volunteers that is part of Y": a plural noun after "of" that the
    singular verb cannot have for its subject leaves the noun it belongs to ("a force")."""
    outer = head.head.head
    if head.tag_ == "NNS" and verb.tag_ == "VBZ" and head.dep_ == "pobj" and (
            head.head.lower_ == "of") and outer.tag_ in ("NN", "NNP"):
        return outer
    if head.pos_ == "PROPN" and head.dep_ == "pobj" and head.head.lower_ == "in" and (
            outer.pos_ == "NOUN" and outer.lemma_ in BODY_WORDS):
        # "the armed group in northern Mali, which is allied with Y": the group, not
        # the place it is in
        return outer
    return head


# Verbs that name a thing for what a speaker holds it to be: "what it described as X".
_NAMING_VERBS = words("describe call term label identify")


def _named_as(tok: Token) -> Token:
    """"struck what it described as X's bases", "fired at what it called X targets",
    "hit what it said were X positions": the thing the free relative is named as (the
    attacker's own word for what it struck)."""
    if tok.pos_ not in ("VERB", "AUX") or not any(
            t.lower_ == "what" and t.tag_ == "WP" for t in tok.subtree if t.i < tok.i):
        return tok
    if tok.lemma_ in _NAMING_VERBS:
        named = pobjs(tok, {"as"}) + [c for c in tok.children if c.dep_ == "oprd"]
    elif tok.lemma_ == "say":
        named = [a for c in tok.children if c.dep_ == "ccomp" and c.lemma_ == "be"
                 and any(w.lower_ == "what" for w in c.children if w.dep_ == "nsubj")
                 for a in c.children if a.dep_ == "attr"]
    else:
        named = []
    return named[0] if named else tok


def _claimants(noun: Token, ctx: Context) -> list[str]:
    """"The bombing, claimed by X, killed ...", "an air strike by X killed ...": who an
    attack noun names as its doer, by itself or by its participle."""
    if noun.lower_ not in _HARM_NOUNS:
        return []
    return actors_of_tokens(pobjs(noun, {"by"}) + [
        p for c in noun.children if c.dep_ == "acl" and c.lemma_ in _CLAIMED
        for p in pobjs(c, {"by"})], ctx)


def _where_stood(tok: Token, depth: int = 0) -> list[Token]:
    """The places a thing stood in, through one more place phrase when the first names
    no place ("a hotel near the palace in Mogadishu": Mogadishu); never a sea."""
    out = []
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in _WHERE_IN:
            continue
        for p in c.children:
            if p.dep_ == "pobj" and p.lower_ not in WATER_WORDS:
                out.append(p)
                if depth == 0 and p.ent_type_ == "":
                    out += _where_stood(p, depth + 1)
    return out


# Parts of a town named with the town after "of": "shelled the outskirts of X"
_TOWN_PARTS = words("outskirts outskirt suburbs suburb edge fringes centre center")


def _parts_of(tok: Token) -> list[Token]:
    """"(struck) the outskirts of X", "the centre of X": the town the part belongs to, as
    the thing struck ("an ambush on the outskirts of X" tells where)."""
    return pobjs(tok, {"of"}) if tok.lower_ in _TOWN_PARTS and tok.dep_ in (
        "dobj", "nsubjpass") else []


def _place_after(tok: Token) -> list[Token]:
    """"stormed a prison in Beni": a place the parser hangs on the verb, right after the
    object, is still the object's place ("In Beni, X stormed a prison" says where X was).
    Not after a fight: "fought the gunmen in X" tells where the fighting was."""
    if tok.dep_ != "dobj" or tok.head.lemma_ in _fight_lemmas():
        return []
    return [p for c in tok.head.children
            if c.dep_ == "prep" and c.lower_ in _WHERE_IN and c.i == tok.right_edge.i + 1
            for p in c.children if p.dep_ in ("pobj", "pcomp") and p.lower_ not in WATER_WORDS]


# Possessives that may stand for the attacker or for the side it struck.
_OWN_WORDS = words("its their")


def _struck_owners(tok: Token, found: list[str], doers: list[str], ctx: Context
                   ) -> list[str]:
    """"X shelled its positions": "its" read as the attacker itself is the other side
    named before ("Y withdrew after X shelled its positions")."""
    pron = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in _OWN_WORDS), None)
    if pron is None:
        return found
    if any(c.lower_ == "own" for c in tok.children):
        return []  # "killing 14 of their own soldiers": the doer's own, not a side struck
    own = actors_of_tokens([pron], ctx)
    if own and not set(own) & set(doers):
        return found
    owner = struck_owner(pron, doers, ctx.m)
    return [owner] if owner is not None else [k for k in found if k not in doers]


# "the rebel-held town": participles that make the town's holder a side struck with it
_HELD = words("held controlled occupied")


def _holders(tok: Token, ctx: Context) -> list[str]:
    """"shelled the M23-held town of X": who holds the place struck is struck too."""
    out: list[str] = []
    for held in (c for c in tok.children if c.dep_ == "amod" and c.lower_ in _HELD):
        for g in held.children:
            if g.dep_ not in ("npadvmod", "compound", "nmod"):
                continue
            state = ctx.m.state_for_word(g)
            keys = [state] if state is not None else actors_of_tokens([g], ctx)
            out += [k for k in keys if k not in out and ctx.m.type_of(k) not in PLACES]
    return out


def _owners(tok: Token, ctx: Context) -> list[str]:
    """"Houthi targets", "Myanmar's junta", "an Israeli strike": whose the thing is."""
    if counted := counted_things(tok):  # "one of the X cutters": the cutters' owner
        return actors_of_tokens(counted, ctx) or [k for c in counted for k in _owners(c, ctx)]
    found = actors_of_tokens([_antecedent(c) for c in tok.children if c.dep_ in _OWNER_DEPS],
                             ctx)
    if not found:
        states = (ctx.m.state_for_word(c) for c in tok.children if c.dep_ in _OWNER_DEPS)
        found = [s for s in states if s is not None][:1]
    if not found:
        found = service_owner(tok, ctx)
    if not found:
        # "vehicles belonging to X and Y", "positions held by X": owners told by a
        # participle, each one struck (not "positions once held by X": no longer its)
        found = actors_of_tokens([p for c in tok.children if c.dep_ == "acl"
                                  and c.lemma_ in _OWNING and not _no_longer_held(c)
                                  for p in pobjs(c, {_OWNING[c.lemma_]})], ctx)
    if not found:
        found = actors_of_tokens(served_sides(tok), ctx)  # "gunmen loyal to X"
    return found


# Participles that tell whose a thing is, with the preposition of the owner.
_OWNING = {"belong": "to", "hold": "by", "control": "by", "occupy": "by", "man": "by",
           "run": "by", "operate": "by", "use": "by"}
_TAKING = words("take capture seize overrun retake recapture reclaim liberate free storm")
_HELD_PARTICIPLES = words("held controlled occupied run")


def _taken_from_holder(holder: Token, place: Token) -> bool:
    """"took the M23-held village of X", "the rebel-held X, which the army said it had
    taken": the side named in "X-held" held the place before it was taken, not now."""
    doc = holder.doc
    if not (holder.i + 2 < len(doc) and doc[holder.i + 1].text == "-"
            and doc[holder.i + 2].lower_ in _HELD_PARTICIPLES):
        return False
    nouns = [place] + ([place.head.head] if place.head.lower_ == "of" else [])
    return any((n.dep_ == "dobj" and n.head.lemma_ in _TAKING) or any(
        c.dep_ == "relcl" and any(
            t.lemma_ in _TAKING and t.pos_ == "VERB" and any(
                o.dep_ in ("dobj", "nsubjpass") and o.tag_ in ("WDT", "WP")
                for o in t.children) for t in c.subtree)
        for c in n.children) for n in nouns)


# "positions formerly held by X": held once, not now
_BEFORE_NOW = words("formerly previously once earlier long")


def _no_longer_held(participle: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in _BEFORE_NOW for c in participle.children)


def pattern_candidates(
    sent: Span, found: list[tuple[Pattern, dict[str, Token]]], ctx: Context
) -> Iterator[Candidate]:
    """The candidates of the sentence's matches, each with its pattern's id and CAMEO code."""
    for pattern, nodes in found:
        verb = nodes[pattern.nodes[0]]
        harm = pattern.relation in _HARM
        if (pattern.relation in _TIES and _former(nodes)) or (
                pattern.relation in _HELP and _former_noun(nodes)) or (
                pattern.relation is R.OPPOSES and _former_noun({"": verb})):
            continue  # (enmity only by its own noun: "Y, X's former rival", not "a
            # former officer and an opponent of X")
        if pattern.relation in _GROUND and _none_held(nodes):
            continue  # "X has no bases in Y", "X holds no positions in Y": nothing there
        if (pattern.relation in _BELONGING and _held_until(verb)) or (
                pattern.relation in _TIES and _broken_away(nodes)):
            continue  # "a breakaway faction of Y", "who spoke for Y until 2019": no tie now
        if pattern.relation is R.THREATENS and _time_to_leave(verb):
            continue  # "expelled X, giving him 72 hours to leave": the expulsion's term
        doers = _read(pattern.source, nodes, sent, harm, ctx)
        if pattern.relation in _TIES and pattern.source.read == "subject" and _said_of_object(
                said := nodes[pattern.source.node]):
            # "police identified the men as members of Y": the men's tie, not the police's
            describers = set(actors_of_tokens([c for c in said.children if c.dep_ == "nsubj"],
                                              ctx))
            doers = [d for d in doers if d not in describers]
        if pattern.source.read == "subject" and (harm or pattern.relation is R.THREATENS):
            # "the minister said the army would crush Y": the speaker's forces (and the
            # speaker's threat, whichever army the story makes them)
            doers += [k for k in announced_forces(nodes[pattern.source.node], ctx)
                      if k not in doers]
        mutual = pattern.target.read == "others"
        if mutual and not _each_to_each(verb, pattern.relation, ctx):
            continue
        targets = doers if mutual else _read(pattern.target, nodes, sent, harm, ctx)
        if pattern.relation is R.CONTROLS:
            if _taken_from_holder(nodes[pattern.source.node], nodes[pattern.target.node]):
                continue
            targets = held_cities(nodes[pattern.target.node], targets, ctx)
        elif pattern.relation is R.LOCATED_IN and all(
                ctx.m.type_of(k) in PLACES for k in doers):
            # "Copenhagen's Tingbjerg district": a place in a capital is in the city
            targets = held_cities(nodes[pattern.target.node], targets, ctx)
        if harm and pattern.target.read == "owner":
            targets = _struck_owners(nodes[pattern.target.node], targets, doers, ctx)
            targets += [k for k in _holders(nodes[pattern.target.node], ctx)
                        if k not in targets and k not in doers]
        if harm and _named_ally(nodes[pattern.target.node]):
            continue
        if harm and pattern.source.read == "subject" and _fended_off(verb):
            continue  # "X fought off Y": Y attacked (fight.fought_off reads it so)
        if not targets and pattern.target.read == "enemy":
            # "vowed to crush the insurgents": the group the story names
            enemy = threatened_enemy(next(iter(_counted_out(nodes[pattern.target.node])),
                                          nodes[pattern.target.node]), doers, ctx.m)
            targets = [enemy] if enemy is not None else []
        for src in doers:
            for tgt in targets:
                if mutual and src == tgt:
                    continue
                if pattern.check is not None and not CHECKS[pattern.check](src, tgt, ctx):
                    continue
                c = candidate(src, pattern.relation, tgt, verb, ctx, pattern.confidence,
                              state=pattern.state,
                              neg=_refusal_denied(verb) if pattern.refusal else None)
                kept = by_mood(replace(c, pattern=pattern.id, cameo=pattern.cameo), verb)
                if kept is not None:
                    if verb.lemma_ not in _PUSH_BACK:
                        _note_attacker(kept, verb, ctx)
                    yield kept
        if harm and doers and not targets and verb.lemma_ not in _fight_lemmas() | _PUSH_BACK:
            # "X attacked a train": no actor struck, but "condemned the attack" next is X's
            # (not "X fought the gunmen": who fights back is not the attacker)
            kept = by_mood(candidate(doers[0], pattern.relation, doers[0], verb, ctx, 0.0), verb)
            if kept is not None:
                _note_attacker(kept, verb, ctx)
                if kept.type is pattern.relation and told_as_news(verb):
                    note_event(verb, pattern.relation, [], doers, ctx)  # its doer named
        if harm and targets and not doers:
            _note_target(targets[0], verb, ctx)
        if harm and targets and told_as_news(verb):
            told = by_mood(candidate(targets[0], pattern.relation, targets[0], verb, ctx, 0.0),
                           verb)
            if told is not None and told.type is pattern.relation and not told.negated:
                note_event(verb, pattern.relation, targets, doers, ctx)
        if harm and len(doers) > 1 and pattern.source.read == "subject" and not mutual and (
                not _no_third_side(verb, ctx)):
            yield from _joint(doers, verb, pattern, ctx)


# Verbs of sending someone away, whose deadline to leave is the term of the expulsion
_SEND_AWAY = words("expel deport banish declare order")


def _time_to_leave(verb: Token) -> bool:
    """"Expelled X, giving him 72 hours to leave the country": the time an expelled
    person is given to go, no ultimatum."""
    return verb.dep_ in ("advcl", "conj") and verb.head.lemma_ in _SEND_AWAY and any(
        t.lemma_ == "leave" for t in verb.subtree)


def _refusal_denied(verb: Token) -> bool:
    """A refusal read whole ("we will not allow Y to ..."): only a negation above its
    verb denies it ("did not say it would not allow ...")."""
    return verb.head.i != verb.i and negated(verb.head)


def _named_ally(tok: Token) -> bool:
    """"fought alongside its ally the X": without commas the parser makes the ally's
    name the verb's object; it is named as the one fought beside, not against."""
    before = tok.left_edge.i - 1
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.i > 0 and (
            tok.doc[tok.head.i - 1].lower_ in ("together", "along")):
        return True  # "fought Y together with the army": the army fought beside, not against
    return before >= 0 and tok.dep_ == "dobj" and tok.doc[before].lemma_ in ("ally", "partner") \
        and tok.doc[before].dep_ == "pobj" and tok.doc[before].head.head.i == tok.head.i


# Adverbs that put a tie in the past: "X, formerly part of Y", "which was once part of Y"
_FORMERLY = words("formerly once previously")


# Where an actor is and what it holds, which a noun of the match said to be none undoes
_GROUND = frozenset({RelationType.LOCATED_IN, RelationType.CONTROLS})


def _none_held(nodes: dict[str, Token]) -> bool:
    """A noun of the match with "no": "X has no fixed bases inside Y"."""
    return any(c.dep_ == "det" and c.lower_ == "no"
               for t in nodes.values() if t.pos_ == "NOUN" for c in t.children)


def _former(nodes: dict[str, Token]) -> bool:
    """A noun of the match called former ("X, a former member of Y"), or a word of it
    said to hold formerly ("X, once part of Y"): a tie that ended."""
    return _former_noun(nodes) or any(
        c.dep_ == "advmod" and c.lower_ in _FORMERLY for t in nodes.values() for c in t.children)


def _former_noun(nodes: dict[str, Token]) -> bool:
    """A noun of the match called former: "Y, X's former backer"."""
    return any(c.dep_ == "amod" and c.lower_ in FORMER_WORDS
               for t in nodes.values() if t.pos_ == "NOUN" for c in t.children)


# Posts and parts that an end in the past undoes ("spoke for Y until 2019"); a member
# until then was one ("fought for Y until his capture"), as a former member is.
_BELONGING = frozenset({RelationType.PART_OF, RelationType.LEADS,
                        RelationType.SPOKESPERSON_FOR})
# Words that make a faction of Y no longer Y's: "a breakaway faction of Y".
_SPLIT_WORDS = words("breakaway break-away splinter renegade rival dissident")
# Verbs that end a tie named by a noun: "ended its alliance with Y".
_ENDING_VERBS = words("end break sever abandon quit leave dissolve terminate scrap cancel "
                      "suspend renounce exit dump collapse crumble fracture unravel disavow")


def _broken_away(nodes: dict[str, Token]) -> bool:
    """A noun of the match called a breakaway or a rival: "X, a splinter group of Y";
    or one a verb ends: "X ended its alliance with Y", "X's pact with Y collapsed"."""
    return any((c.dep_ in ("amod", "compound") and c.lower_ in _SPLIT_WORDS)
               for t in nodes.values() if t.pos_ == "NOUN" for c in t.children) or any(
        t.pos_ == "NOUN" and t.dep_ in ("dobj", "nsubj", "nsubjpass") and (
            t.head.lemma_ in _ENDING_VERBS) for t in nodes.values())


def _held_until(verb: Token) -> bool:
    """"X, who spoke for Y until 2019": a past tie that ended then."""
    return verb.tag_ == "VBD" and any(c.dep_ == "prep" and c.lower_ in ("until", "till")
                                      for c in verb.children)


# Verbs that say what their object is ("identified X as a member of Y"): a post or tie
# after "as" is said of the object, not of the subject.
_DESCRIBING = words("identify describe name list brand label designate call consider regard "
                    "classify class count suspect know recognise recognize view portray present")
_SELF = words("himself herself itself themselves oneself")
_RELATIVE_WORDS = words("who whom which that")


def _said_of_object(verb: Token) -> bool:
    """"police identified the men as members of Y", "whom it described as a member of
    Y", "the men police named as members of Y": the tie after "as" is the object's; not
    "X describes himself as a member of Y" (the subject's own)."""
    if verb.lemma_ not in _DESCRIBING or any(c.dep_ in ("nsubjpass", "auxpass")
                                             for c in verb.children):
        return False  # ("X was described as a member of Y": said of X)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if objects:
        return not all(o.lower_ in _SELF for o in objects)
    # "the men police identified as ...": said of the noun the clause is on
    # (not "X, who identifies as a member of Y": the relative is the subject, X himself)
    return verb.dep_ in ("relcl", "acl") and any(
        c.dep_ == "nsubj" and c.lower_ not in _RELATIVE_WORDS for c in verb.children)


_FEND_LEMMAS = words("fight fend ward beat")


def _fended_off(verb: Token) -> bool:
    """"fought off (fended off) Y": the subject resisted an attack, it made none."""
    return verb.lemma_ in _FEND_LEMMAS and any(
        c.lower_ == "off" and c.dep_ in ("prt", "prep") for c in verb.children)


@cache
def _foe_fought(tok: Token) -> bool:
    """"clashed with gunmen (fought the rebels) near X": the foe of a fight, whose place
    is where the fighting was."""
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("with", "against") \
        else tok.head if tok.dep_ == "dobj" else None
    return verb is not None and verb.lemma_ in _fight_lemmas()


@cache
def _fight_lemmas() -> frozenset[str]:
    return frozenset(load_verb_classes()["fight"]["lemmas"])


def _note_attacker(kept: Candidate, verb: Token, ctx: Context) -> None:
    """The doer of an attack told as news, for "X condemned the raid" later; not of a
    threat ("would strike ... if") nor of a denied attack."""
    if kept.type in _HARM and not kept.negated and (verb.dep_ in _TOLD_NOW or _noun_clause(verb)):
        ctx.last_attacker = kept.source
        note_attack_doer(attack_key(verb), kept.source, verb, ctx)


def _noun_clause(verb: Token) -> bool:
    """"reports that X struck Y": the clause a noun's "that" opens, told as the news (the
    parser hangs it on the noun as a participle)."""
    return verb.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that"
                                      for c in verb.children)


def _note_target(target: str, verb: Token, ctx: Context) -> None:
    """"Gunmen raided X. The raid was carried out by Y": what an attack by no named doer
    struck, told as news, for its author or claimant named next."""
    kept = by_mood(candidate(target, R.TARGETS, target, verb, ctx, 0.0), verb)
    if kept is not None and kept.type is R.TARGETS and not kept.negated \
            and verb.dep_ in _TOLD_NOW:
        ctx.last_attack_target = target


# Verbs under which a pair's act is told as going on: "continued to trade accusations"
_GOING_ON = words("keep continue resume start begin")


def _each_to_each(verb: Token, rel: RelationType, ctx: Context) -> bool:
    """Whether the doers of `verb` act on one another: in a clause of their own (or one
    they go on with), not an act only aimed at ("plan to hold joint patrols", "agreed
    to ..." is read as an agreement); and, but for working together, not against a
    third side named with the act ("X and Y exchanged fire with Z": partners against Z)."""
    if verb.dep_ == "xcomp" and verb.head.lemma_ not in _GOING_ON:
        return False
    return rel is R.COOPERATES_WITH or not any(
        o.lower_ in _SIDE_NOUNS or actors_of_tokens([o], ctx) or _owners(o, ctx)
        for t in (verb, *(c for c in verb.children if c.dep_ == "dobj"))
        for p in t.children if p.dep_ == "prep" and p.lower_ in ("with", "against")
        for o in p.children if o.dep_ == "pobj")


# Nouns of a side in a fight, named or not: "exchanged fire with the junta's troops"
_SIDE_NOUNS = ARMED_WORDS | words("troops soldiers fighters militants gunmen insurgents")


def _no_third_side(verb: Token, ctx: Context) -> bool:
    """A fight whose only "with" names no side: "X and Y troops fought with clubs and
    fists" is the pair's own fight, not one they fought together (as "fought the groups",
    "fought against Z", "fought with Z's men" are)."""
    return verb.lemma_ in _fight_lemmas() and not any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "against")
        for c in verb.children) and not any(
        o.lower_ in _SIDE_NOUNS or actors_of_tokens([o], ctx)
        or any(c.dep_ in _OWNER_DEPS for c in o.children) for o in pobjs(verb, {"with"}))


def _at_each_other(verb: Token) -> bool:
    """"fought each other", "attacked one another": the doers are each other's target."""
    return any((c.dep_ in ("dobj", "pobj", "prep") and _each_other(c))
               or any(_each_other(g) for g in c.children if g.dep_ == "pobj"
                      or (g.dep_ == "poss" and c.dep_ == "dobj"))  # ("each other's men")
               for c in verb.children)


# What a pair fights with no third side named: one another ("X and Y fought a war")
_WAR_NOUNS = words("war wars conflict conflicts battle battles clash clashes skirmish "
                   "skirmishes")


def _fought_a_war(verb: Token) -> bool:
    """"X and Y fought a four-day conflict": a war of the two, not against a third side
    (that one is named: "fought a war against Z")."""
    return verb.lemma_ in _fight_lemmas() and any(
        c.dep_ == "dobj" and c.lower_ in _WAR_NOUNS and not any(
            p.dep_ == "prep" and p.lower_ in ("against", "on") for p in c.children)
        for c in verb.children) and not any(
        p.dep_ == "prep" and p.lower_ in ("against", "alongside") for p in verb.children)


def _each_other(tok: Token) -> bool:
    """"(each) other", "another", "one another" (the parser makes "one" the head)."""
    return tok.lower_ in ("other", "another") or (
        tok.lower_ == "one" and any(d.lower_ == "another" for d in tok.children))


def _joint(doers: list[str], verb: Token, pattern: Pattern, ctx: Context
           ) -> Iterator[Candidate]:
    """"Russia and Iran struck the rebels": those who act together cooperate."""
    if _at_each_other(verb) or _fought_a_war(verb):
        return  # "X and Y fought each other (a four-day war)": foes, not partners
    own = subjects(verb, ctx)
    for i, a in enumerate(own):
        for b in own[i + 1 :]:
            if a in doers and b in doers and not ({ctx.m.type_of(a), ctx.m.type_of(b)} & PLACES):
                c = candidate(a, R.COOPERATES_WITH, b, verb, ctx, 0.45)
                if by_mood(c, verb) is not None:
                    yield replace(c, pattern=f"{pattern.id}.joint")
