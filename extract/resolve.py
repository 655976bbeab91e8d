"""Who a token stands for: names, copulas, pronouns, titles, speakers, negation.

Shared by the clause rules (rules.py) and the event-noun rules (events.py). A second
description set off after a first that ends on a body's name is that body's ("X, a unit
of Y, the movement that holds Z": Y holds Z; "X is part of Y, the administration that
runs Z"); a relative pronoun after a preposition is the noun its clause hangs on ("Y,
with which X worked").
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, ParamSpec

from spacy.tokens import Doc, Span, Token

from actorgraph.domain import ActorType, RelationType, name_key

from .agents import agent_role, former
from .context import de_facto, described_group
from .coref import (
    FIRST_PERSON,
    aged_referent,
    bare_definite,
    crediting_verb,
    definite_antecedent,
    described_referent,
    headed_noun,
    identified_doers,
    led_government,
    partitive_antecedent,
    plural_group_object,
    previous_organisation,
    previous_person,
    quoted,
    quoted_self,
    same_title_person,
    shared_object,
    title_holder,
    titled_referent,
    two_sides,
)
from .coref import PLACES as PLACES  # (re-exported: the readings import it from here)
from .lexicon import (
    ARMED_WORDS,
    ATTACK_NOUNS,
    FORMER_WORDS,
    GOVERNMENT_WORDS,
    GROUP_ANAPHORS,
    ITEM_VERBS,
    JOB_NOUNS,
    KILL_NOUNS,
    LAY_SPEAKERS,
    NEGATING_VERBS,
    NEGATION_WORDS,
    OFFICE_LINKS,
    PLACE_NOUNS,
    PROXY_NOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    words,
)
from .mentions import Mentions
from .textprep import sentence_of
from .words import Word, children_in, doc_words

if TYPE_CHECKING:
    from .bodyheads import BodyHead
    from .ministers import Minister

R = RelationType


SUBJ_DEPS = ("nsubj", "csubj")


_PERSON_PRONOUNS = words("he she him his her")


_THING_PRONOUNS = words("it they them its their")
# Relative pronouns read back to the antecedent of their clause; "whom" as the clause's
# object too ("X, whom Y blamed for the killings": Y blamed X).
_RELATIVES = words("who whom which that")
_WHO = words("who whom")
# "It said", "its leader": read back to the organisation told of before.
_IT_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})


_WE = words("we us our")


_OWN_PRONOUNS = words("its their our")
# A side's own forces, as its speaker names them: "our forces", "our soldiers".
_OWN_FORCES = words("forces force troops soldiers army military men fighters units police")


ROLE_RELS = frozenset({R.LEADS, R.MEMBER_OF, R.SPOKESPERSON_FOR, R.PART_OF})
# Actor types that are where things happen: attacked, held or lived in, never the doer.
PLACES_OR_STATES = PLACES | {ActorType.STATE}


_CALLED = words("call name know dub")


# What a denial after a comma may deny in a clause of its own: "..., a charge Y denies".
_CLAIM_NOUNS = words("charge accusation allegation claim assertion")
# "X dismissed (brushed off) reports that ...": a denial of what the noun reports (not
# "dismissed the general")
_DISMISSING = words("dismiss")
_REPORTED = _CLAIM_NOUNS | words("report suggestion rumour rumor")
# "X was accused of attacking Y": the passive subject is alleged, not found, to act.
_ALLEGING_VERBS = words(
    "accuse charge suspect acquit convict arrest indict blame clear try sentence jail "
    "detain question investigate"
)

# "X praised (criticised) Y for withdrawing": the act after "for" is the object's.
_JUDGING_VERBS = words(
    "criticise criticize condemn denounce fault rebuke slam blast chide berate reproach "
    "praise commend thank applaud laud hail congratulate credit reward punish sanction "
    "designate blacklist"
)


@dataclass(frozen=True, slots=True)
class Candidate:
    source: str
    type: RelationType
    target: str
    negated: bool
    confidence: float
    state: str | None = None
    source_actor: str | None = None
    pattern: str = ""  # the id of the pattern or rule that read it
    cameo: str | None = None  # a finer CAMEO code than the relation type's root
    # the spokesperson whose words the source (their body) said: "Its spokesman, X,
    # called on Y" is the body's demand and X's own
    voice: str | None = None


_P = ParamSpec("_P")


def rule(fn: Callable[_P, list[Candidate]]) -> Callable[_P, list[Candidate]]:
    """Give the candidates of a Python rule its id ("module.function"), unless an inner
    rule or pattern already named them, so every relation says what read it."""
    rule_id = f"{fn.__module__.rsplit('.', 1)[-1]}.{fn.__name__.lstrip('_')}"

    @functools.wraps(fn)
    def named(*args: _P.args, **kwargs: _P.kwargs) -> list[Candidate]:
        found = fn(*args, **kwargs)
        if not found:
            return found  # (most rules find nothing in most sentences: no new list)
        return [c if c.pattern else replace(c, pattern=rule_id) for c in found]

    return named


@dataclass(slots=True)
class AttackEvent:
    """An attack told as news: what it struck and whose dead it left, for the doer named
    after it ("X claimed the ambush", "blaming X", "the attackers, fighters of X")."""

    sent: int  # the start of the sentence that told it
    keys: set[str]  # the words it was told by ("ambush", "kill", "bombing")
    targets: list[str] = field(default_factory=list)
    dead: list[str] = field(default_factory=list)
    doer: str | None = None
    # the doer a later claim or blame gave it (claims.credit), and who blamed it
    credited: str | None = None
    blamer: str | None = None


@dataclass(slots=True)
class Context:
    """Per-document memory the rules share across sentences."""

    m: Mentions
    roles: dict[str, list[tuple[RelationType, str]]] = field(default_factory=dict)
    # how many of each person's roles were read before the current sentence
    roles_before: dict[str, int] = field(default_factory=dict)
    last_attack_target: str | None = None
    last_ceasefire_party: str | None = None
    last_attacker: str | None = None  # doer of the last asserted attack or killing
    # attacks told with their doer ("X's raid", "the strike was carried out by X", "X
    # shelled Y"), word -> its doers and the sentences (starts) that told them: whose "the
    # raid" or "the attack" is meant later
    attack_doers: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    attack_events: list[AttackEvent] = field(default_factory=list)  # the latest last
    quote_speaker: str | None = None  # speaker of the last attributed quote
    # "President X" (person, title, sentence, the state the sentence gives or None):
    # the article read whole says whose the rest are (leaders.heads_of_unnamed_states)
    titled_heads: list[tuple[str, str, Span, str | None]] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)  # the current sentence, made once
    words: list[Word] = field(default_factory=list)  # ... its tokens with their attributes
    text: str = ""  # ... and its text (`Span.text` rebuilds it from every token)
    # ... and its words' lower-case forms and lemmas as sets: a rule that needs some word
    # tests them once (`ctx.lemmas.isdisjoint(VERBS)`) before it walks the tokens
    lowers: frozenset[str] = frozenset()
    lemmas: frozenset[str] = frozenset()
    # titled ministers, paired with the ministries the article names once it is read
    ministers: list[Minister] = field(default_factory=list)
    # person -> what an asserted LEADS read so far says he heads: whose "Haftar's
    # forces" are, what "his government" stands for (`led_by`)
    led: dict[str, set[str]] = field(default_factory=dict)
    # heads a title names only by the kind of their body ("Police Commissioner X"),
    # paired with the body once the article is read (bodyheads.bodies_led)
    body_heads: list[BodyHead] = field(default_factory=list)

    def led_by(self, person: str, types: frozenset[ActorType]) -> set[str]:
        """The actors of `types` that `person` was read to lead: by an asserted LEADS of
        a sentence before, or by a title (`roles`)."""
        led = self.led.get(person, set()) | {
            org for rel, org in self.roles.get(person, ()) if rel is R.LEADS}
        return {org for org in led if self.m.type_of(org) in types}


# ------------------------------------------------------------------ resolution


def named_actor(i: int, ctx: Context) -> str | None:
    """The actor a token names itself (not "US forces" read from a descriptor)."""
    if i in ctx.m.descriptor_tokens:
        return None
    return ctx.m.token_actor.get(i)


def name_just_before(tok: Token, ctx: Context) -> tuple[str, Token] | None:
    """The actor whose name ends just before `tok` (past a comma, and past its acronym
    in parentheses: "the Y (ABBR), whose ..."), with the name's last token."""
    doc = tok.doc
    start = tok.sent.start
    k = tok.i - 1
    if k > start and doc[k].text == ",":
        k -= 1
    if k > start and doc[k].text == ")":
        k = next((j - 1 for j in range(k - 1, max(start, k - 8), -1) if doc[j].text == "("),
                 start - 1)
    if k < start or (key := named_actor(k, ctx)) is None:
        return None
    return key, doc[k]


def _person_owning_place(noun: Token, ctx: Context) -> str | None:
    """The person a place phrase hangs on: "Governor X of the province of Y" from Y."""
    node = noun
    for _ in range(3):
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return None
        node = node.head.head
        key = ctx.m.token_actor.get(node.i)
        if key is not None:
            return key if ctx.m.type_of(key) is ActorType.PERSON else None
    return None


def _title_holder(body: Token, ctx: Context) -> str | None:
    """The person whose title a body closes: "X, the director of Y" (Y the body), the
    title in apposition to X's name."""
    prep = body.head
    if body.dep_ != "pobj" or prep.lower_ not in ("of", "for", "at"):
        return None
    title = prep.head
    if title.dep_ != "appos" or (title.lower_ not in ROLE_NOUNS and title.lower_ not in JOB_NOUNS):
        return None
    key = ctx.m.token_actor.get(title.head.i)
    return key if key is not None and ctx.m.type_of(key) is ActorType.PERSON else None


def described_person(body: Token, ctx: Context) -> str | None:
    """"X, a volunteer with Y, who was shot", "X, a nurse at Y, who": the person a
    singular noun in apposition describes by a body, whom "who" after the body stands
    for."""
    prep = body.head
    if body.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in (
            "of", "for", "at", "with", "from", "in"):
        return None
    noun = prep.head
    if noun.dep_ != "appos" or noun.pos_ != "NOUN" or noun.tag_ != "NN":
        return None
    key = ctx.m.token_actor.get(noun.head.i)
    return key if key is not None and ctx.m.type_of(key) is ActorType.PERSON else None


# Participles that say what a person is taken for: "X, described as the man who ..."
_DESCRIBED = words("describe identify name know see regard portray brand label present")


def described_as(noun: Token, ctx: Context) -> str | None:
    """"X, described in the warrant as the boss who ...", "X, identified by police as the
    gunman who ...": the person a participle set after the name describes as the noun."""
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or prep.lower_ != "as" or verb.tag_ != "VBN" or (
            verb.lemma_ not in _DESCRIBED or verb.dep_ != "acl"):
        return None
    key = ctx.m.token_actor.get(verb.head.i)
    return key if key is not None and ctx.m.type_of(key) is ActorType.PERSON else None


def _body_before_place(place: Token, ctx: Context) -> str | None:
    """The body a place's phrase hangs on, "the largest group in Y", "the UN mission in
    Y": a clause after the place is the body's when the noun before names a body that is
    no place nor person (the parser hangs "which" on the nearest noun)."""
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ not in ("in", "of", "from") or (
            prep.head.pos_ not in ("NOUN", "PROPN")):
        return None
    key = actor_of(prep.head, ctx, 2)
    if key is None or ctx.m.type_of(key) in PLACES_OR_STATES or (
            ctx.m.type_of(key) is ActorType.PERSON):
        return None
    return key


def actor_of(tok: Token, ctx: Context, depth: int = 0) -> str | None:
    """The actor a token stands for, through names, copulas, pronouns and titles."""
    m = ctx.m
    if tok.i in m.media_tokens:
        return None
    key = m.token_actor.get(tok.i)
    if key is not None and (holder := title_holder(tok, m)) is not None:
        return holder  # "the Personal Envoy for X, Y,": the title read as a body is Y
    if tok.pos_ == "NOUN" and any(c.lower_ == "anti" for c in tok.children) and depth <= 3:
        # "the anti-X movement": a foe of X's, not X (but the name it is set beside)
        return actor_of(tok.head, ctx, depth + 1) if tok.dep_ == "appos" else None
    if key is not None or depth > 3:
        return key
    lower = tok.lower_
    if (group := identified_doers(tok, m)) is not None:
        return group  # "the attackers, fighters of X, ..."
    if tok.dep_ == "attr" and tok.head.lemma_ == "be":
        if (last := _second_apposition_of(tok, ctx)) is not None:
            return last  # "X is part of Y, the body that runs Z": Y runs Z
        for subj in tok.head.children:
            if subj.dep_ == "nsubj" and subj.lower_ != "what":  # ("what it said were X")
                return actor_of(subj, ctx, depth + 1)
    if tok.dep_ == "appos":
        if tok.tag_ == "NN" and any(c.dep_ == "conj" and c.i < tok.i
                                    for c in tok.head.children) and (
                (last := _named_before_comma(tok, ctx)) is not None):
            return last  # "X and Y, the rebel movement that ...": the parser hangs it on X
        held = actor_of(tok.head, ctx, depth + 1)
        if held is not None and tok.pos_ == "NOUN" and tok.lemma_ in BODY_WORDS and (
                m.type_of(held) is ActorType.PERSON) and (
                (last := _named_before_comma(tok, ctx)) is not None) and last != held:
            return last  # "X, head of Y, the Kurdish-led force ...": Y is the force
        if held is not None and (last := _second_apposition_of(tok, ctx)) is not None and (
                last != held):
            return last  # "X, a unit of Y, the movement that holds Z": Y holds Z
        return held
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "NOUN" and (
            (named := _name_set_before(tok, ctx)) is not None):
        return named  # "X, Y's affiliate in Z, claimed ...": the parser makes X a modifier
    if tok.dep_ == "conj" and tok.head.dep_ in ("attr", "appos"):
        return actor_of(tok.head, ctx, depth + 1)  # "is a militia and (a) party"
    if tok.dep_ == "relcl" and lower in ("who", "which", "that"):
        return actor_of(tok.head, ctx, depth + 1)
    clause = tok.head
    if lower in ("who", "which", "that") and clause.dep_ == "ccomp" and clause.head.dep_ == (
            "relcl") and tok.i < clause.head.i:
        clause = clause.head  # "X, which a panel says is backed by Y": X is backed
    if lower in _RELATIVES and tok.dep_ == "dobj" and clause.dep_ == "xcomp" and (
            clause.head.dep_ == "relcl") and tok.i < clause.head.i:
        clause = clause.head  # "X, whom Y refuses to recognise": the object of the verb below
    if lower in ("which", "whom") and tok.dep_ == "pobj" and clause.dep_ == "prep" and (
            clause.head.dep_ == "relcl") and tok.i < clause.head.i:
        clause = clause.head  # "X, with which Y worked": the noun the clause hangs on
    if lower in _RELATIVES and tok.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "conj" \
            and clause.head.dep_ == "relcl" and tok.i > clause.head.i:
        clause = clause.head  # "X, who holds A and who is believed to live in Y": X
    if lower in _RELATIVES and clause.dep_ == "relcl":
        ante = clause.head
        if (later := [c for c in ante.conjuncts if ante.i < c.i < tok.i]) and (
                "," in (t.text for t in tok.doc[later[-1].i:tok.i])) and (
                clause.tag_ == "VBZ" or ante.head.lower_ == "between"):
            # "between X and the Y of Z, which fight alongside W": a clause set off after
            # the last of a pair, hung by the parser on the first, stands for the nearest
            # when the verb is singular or the pair are two sides (not "X and Y, which back")
            ante = later[-1]
        key = actor_of(ante, ctx, depth + 1) or (
            _named_before_comma(ante, ctx) if ante.dep_ == "appos" and lower not in _WHO
            else None)
        if key is None and lower == "who":
            # "his sister Mariam, who lives in Y": the clause hangs on the noun, the
            # person is the name in apposition to it
            key = next((k for c in ante.children if c.dep_ == "appos"
                        and (k := m.token_actor.get(c.i)) is not None
                        and m.type_of(k) is ActorType.PERSON), None)
        if lower == "who" and key is not None and m.type_of(key) is not ActorType.PERSON and (
                (holder := _title_holder(ante, ctx)) is not None):
            key = holder  # "X, the director of Y, who also chairs Z": X chairs Z, not Y
        if lower == "who" and (key is None or m.type_of(key) is not ActorType.PERSON) and (
                (person := described_person(ante, ctx) or described_as(ante, ctx)) is not None):
            key = person  # "X, a nurse with Y, who was shot", "X, named as the man who": X
        if lower not in _WHO and key is not None and m.type_of(key) is ActorType.PERSON and (
                (led := _led_thing(ante)) is not None):
            # "a group led by X that fights alongside Y": "that" is the group's, the
            # parser hangs it on the leader's name (a person would be "who")
            key = actor_of(led, ctx, depth + 1) or _named_before_comma(led, ctx) or key
        if lower in _WHO and (key is None or m.type_of(key) in PLACES_OR_STATES):
            # "Governor X of the province of Y, whom Z blamed": the parser hangs the
            # clause on the nearest noun, a place; "who(m)" stands for the person before
            key = _person_owning_place(ante, ctx) or key
        if lower in ("which", "that") and key is not None and (
                m.type_of(key) in PLACES_OR_STATES) and (
                (body := _body_before_place(ante, ctx)) is not None):
            key = body  # "the largest armed group in Y, which has worked with Z": the group
        if lower == "which" and key is not None and m.type_of(key) is ActorType.PERSON:
            # "the killing of an officer, X, which Y blamed on Z": "which" is never a person;
            # the parser hung it on the nearest name, the thing meant is no actor
            return None
        return key
    if lower in _PERSON_PRONOUNS:
        # ('"He threw the grenade," X said': inside the quote "he" is another, not X)
        speaker = None if quoted(tok) else governing_speaker(tok, ctx)
        if speaker and m.type_of(speaker) is ActorType.PERSON:
            return speaker
        return previous_person(tok, m)
    if lower in _THING_PRONOUNS:
        if (counted := partitive_antecedent(tok) or shared_object(tok)) is not None:
            return actor_of(counted, ctx, depth + 1)  # "pursued the attackers, killed six of them"
        speaker = None if quoted(tok) else governing_speaker(tok, ctx)
        if speaker and m.type_of(speaker) is not ActorType.PERSON:
            return speaker
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ccomp":
            # "Hezbollah warned (that) it would ...": the group speaking of itself
            for subj in tok.head.head.children:
                if subj.dep_ == "nsubj" and subj.i != tok.i:
                    key = actor_of(subj, ctx, depth + 1)
                    if key and m.type_of(key) not in (ActorType.PERSON, *PLACES):
                        return key
        if tok.dep_ in ("dobj", "pobj") and (first := _first_conjunct(tok)) is not None:
            return actor_of(first, ctx, depth + 1)  # "X and the Y who fight beside them"
        if (group := plural_group_object(tok, m)) is not None:
            return group  # "X are financed by Y, which backs them"
        if tok.dep_ in _IT_DEPS:
            return previous_organisation(tok, m)  # "The X Front ... It/Its/Their fighters"
        return None
    if lower in FIRST_PERSON:
        return quoted_self(tok, ctx)  # '"I condemn X," Y said': Y
    if lower in _WE:
        speaker = words_speaker(tok, ctx)
        side = speaking_for(speaker, ctx) if speaker else None
        if lower != "we" and side is not None and m.type_of(side) is ActorType.PERSON:
            return None  # "they fired on us (our positions)": a side struck, not the speaker
        return side
    if lower in _OWN_FORCES and (we := [c for c in tok.children if c.dep_ == "poss"
                                       and c.lower_ == "our"]):
        return actor_of(we[0], ctx, depth + 1)  # "our forces": the speaker's side, if a body
    for child in tok.children:
        # "a group called X"
        if child.dep_ == "acl" and child.lemma_ in _CALLED:
            for obj in child.children:
                if obj.dep_ in ("oprd", "dobj", "attr", "xcomp"):
                    return actor_of(obj, ctx, depth + 1)
        if child.dep_ == "relcl" and child.lemma_ == "call" and any(
                c.dep_ == "dobj" and c.lower_ in ("itself", "themselves") for c in child.children):
            # "a group that called itself X"
            for obj in child.children:
                if obj.dep_ in ("oprd", "xcomp"):
                    return actor_of(obj, ctx, depth + 1)
    if tok.dep_ == "nsubj" and tok.head.lemma_ in _CALLED and tok.head.tag_ == "VBD":
        # misparsed "a group called X" (called as the main verb)
        for obj in tok.head.children:
            if obj.dep_ in ("oprd", "dobj") and obj.i in m.token_actor:
                return m.token_actor[obj.i]
    if lower in _RULERS and (ruler := _de_facto_ruler(tok, m)) is not None:
        return ruler
    if (aged := aged_referent(tok, m)) is not None:
        return aged  # "the 70-year-old general": the person told just before
    if lower in ROLE_NOUNS or tok.lemma_ in ROLE_NOUNS:
        return _role_holder(tok, ctx, depth)
    if lower in JOB_NOUNS and (named := titled_person(tok, ctx)) is not None:
        return named  # "(talks with) the chief negotiator of Y, X": X
    if (lower in JOB_NOUNS or lower in _UN_TITLES) and (
            named := same_title_person(tok, m)) is not None:
        return named  # "the High Commissioner", "the Special Rapporteur": named so before
    if (lower in PLACE_NOUNS or lower == "state") and any(
            c.dep_ == "poss" for c in tok.children) and (place := next((
            k for c in tok.children if c.dep_ == "compound" and (k := m.token_actor.get(c.i))
            and m.type_of(k) is ActorType.LOCATION), None)):
        return place  # "Syria's Idlib province", "Nigeria's Borno state": not the owner
    if lower in _ARMED_MEN and (side := _side_of_men(tok, ctx)) is not None:
        return side  # "Haftar's forces": the side (the one group its person leads)
    if lower in _FORCE_ASSETS and (force := _force_of(tok, ctx, depth)) is not None:
        return force  # "a post of the Frontier Corps", "peacekeepers of the UN mission"
    if lower == "government" and (ruled := led_government(tok, ctx)) is not None:
        return ruled  # "X's government expelled Y": the state (or government) X leads
    if lower in PROXY_NOUNS or lower in _SENT_NOUNS:
        # "Houthi targets", "Hezbollah fighters", "the city of Kharkiv", "a delegation
        # from Hamas" (those sent speak for who sent them)
        owners = ("of", "from") if lower in _SENT_NOUNS else ("of",)
        for child in tok.children:
            if child.dep_ in ("compound", "poss", "amod", "nmod") and child.i in m.token_actor:
                return m.token_actor[child.i]  # ("nmod": "the Irob and Adwa districts")
            if child.dep_ == "amod" and lower in _SENT_NOUNS and (
                    state := m.state_for_word(child)) is not None:
                return state  # "a Ukrainian delegation" speaks for Ukraine
            if child.dep_ == "prep" and child.lower_ in owners:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return actor_of(pobj, ctx, depth + 1)
    if agent_role(lower) is not None and not former(tok) and (
            group := _group_of(tok, ctx, depth)) is not None:
        return group  # "guerrillas of the ELN", "troops of the Wagner Group"
    if tok.pos_ == "NOUN" and bare_definite(tok):
        described = described_group(m, tok)  # "the militia": the one described as one
        if described is not None and (described or not headed_noun(tok)):
            # (two fronts named in the story: "the front" is the one whose name has it
            # as head, named in the sentence before, read below)
            return described or None
    if lower in _KIND_NOUNS and (named := _name_before_kind(tok, m)) is not None:
        return named  # "the Islamic State group", "the Barrio 18 gang": the name it follows
    if lower in GROUP_ANAPHORS and (owner := [c for c in tok.lefts if c.dep_ == "poss"]):
        return _own_group(owner[0], tok, ctx, depth)  # "his group"
    if lower in GROUP_ANAPHORS and any(c.lower_ == "the" for c in tok.lefts):
        return described_referent(m, tok)  # "the group": the one group named just before
    return definite_antecedent(tok, ctx)  # "the force", "the attackers"


# Nouns of a body's kind written after its name: "the Islamic State group", "the X gang"
_KIND_NOUNS = GROUP_ANAPHORS | words("gang cartel network faction")
_NAMED_KINDS = frozenset({ActorType.ARMED_GROUP, ActorType.ORGANIZATION})


def _name_before_kind(noun: Token, m: Mentions) -> str | None:
    """"the Islamic State group": the group named just before its kind noun, all of the
    words between "the" and the noun one body's name (not "the Kivu and Ituri militias")."""
    names = [c for c in noun.lefts if c.dep_ in ("compound", "nmod")]
    if not names or names[-1].i != noun.i - 1:
        return None
    keys = {m.token_actor.get(t.i) for c in names for t in c.subtree}
    if len(keys) != 1 or None in keys:
        return None
    key = keys.pop()
    return key if key is not None and m.type_of(key) in _NAMED_KINDS else None


# Titles of those who report to a body on a topic, no post in it ("the Special
# Rapporteur on X", "the Ombudsman"): read only as the one person named so before.
_UN_TITLES = words("rapporteur ombudsman")


# Nouns of those who govern a place: "the de facto authorities in X".
_RULERS = words("authorities government administration rulers")


def _de_facto_ruler(tok: Token, m: Mentions) -> str | None:
    """"The de facto authorities in Kabul (in Sanaa)": the group the gazetteer names as
    holding the place (`de_facto_in`), not the state whose capital it is."""
    if not de_facto(tok):
        return None
    for place in pobjs(tok, {"in", "of"}):
        key = m.token_actor.get(place.i)
        names = [place.text, m.actors[key].name] if key else [place.text]
        ruler = next((r for n in names if (r := m.gaz.de_facto.get(name_key(n)))), None)
        if ruler is not None:
            return m.add(ruler, m.gaz.entries[ruler].type, ruler)
    return None


def _led_thing(name: Token) -> Token | None:
    """"a group led (founded, commanded) by X": the thing X is the agent of a participle
    describing, where X is that participle's "by" object."""
    by = name.head
    verb = by.head
    if name.dep_ == "pobj" and by.dep_ == "agent" and verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head
    return None


# What a person never is: "X, head of Y, the Kurdish-led force ..." says it of Y.
BODY_WORDS = ARMED_WORDS | words("group movement party organisation organization alliance "
                                  "coalition faction network")


def _named_before_comma(appos: Token, ctx: Context) -> str | None:
    """"... the Kano Vigilance Group (KVG), a militia that fights ...": the parser may hang
    the apposition on a noun before the name; the actor named just before its comma is
    the one its clause tells of (a place there is not; nor, for "who", a person: "X, a
    lawyer who ..." may be the lawyer's own clause)."""
    doc = appos.doc
    j = appos.left_edge.i - 1
    if j < 1 or doc[j].text != ",":
        return None
    j -= 1
    if doc[j].text == ")":
        j -= 1  # the acronym in parentheses stands for the same actor
    key = ctx.m.token_actor.get(j)
    return key if key is not None and ctx.m.type_of(key) not in PLACES else None


# Nouns of a body that a second description after a body's name may be headed by.
_SECOND_NOUNS = BODY_WORDS | GOVERNMENT_WORDS | words("administration authority body")


def _second_apposition_of(appos: Token, ctx: Context) -> str | None:
    """"X, a unit that is part of Y, the movement that holds Z", "X is part of Y, the
    administration that runs Z": a second description set off after a first that ends
    on a body's name describes that body, the nearest (the parser hangs both on X, or
    on the copula). Only a body's noun for a body named there: never a person or a
    place ("X, a militia from Y, the largest group ..." stays X's)."""
    if appos.pos_ != "NOUN" or appos.lemma_ not in _SECOND_NOUNS:
        return None
    head = appos.head
    first = next((c for c in head.children if c.dep_ == appos.dep_ and c.i < appos.i), None)
    if first is None and appos.dep_ == "appos" and head.pos_ == "NOUN" and head.i < appos.i:
        first = head  # "X is an ally of Y, the movement that ...": hung on "ally"
    last = _named_before_comma(appos, ctx)
    if first is None or last is None or ctx.m.type_of(last) is ActorType.PERSON:
        return None
    comma = appos.left_edge.i - 1
    # (the name ends the first description: nothing but its words before the comma)
    return last if first.left_edge.i <= comma - 1 <= first.right_edge.i + 1 else None


def _name_set_before(noun: Token, ctx: Context) -> str | None:
    """The actor named before `noun` and a comma that the parser hung on it as a modifier
    ("X, al-Qaeda's affiliate in Z, claimed ..."): the noun is said of that actor."""
    doc = noun.doc
    for c in noun.children:
        if c.dep_ == "nmod" and c.i < noun.i and c.i + 1 < len(doc) and doc[c.i + 1].text == ",":
            key = ctx.m.token_actor.get(c.i)
            if key is not None and ctx.m.type_of(key) not in PLACES:
                return key
    return None


# Those a body sends to talk (act) for it: "a Ukrainian delegation", "the UN mission",
# "a team from X".
_SENT_NOUNS = words(
    "delegation delegations envoys negotiators emissaries diplomats mission missions "
    "team teams")


# Nouns of the armed men or machines a side fields: "Haftar's forces", "the RSF's
# drones", "Kony's men".
_ARMED_MEN = words("forces troops soldiers fighters men militiamen loyalists gunmen "
                   "warplanes jets aircraft drones")
# Pronouns owning the men, read through to the body or person they stand for.
_MEN_OWNERS = words("its their his her")


def _side_of_men(tok: Token, ctx: Context) -> str | None:
    """"Haftar's forces captured X", "forces of Y", "the Front's fighters": the person or
    body owning the men, the one armed group a person was read to lead standing for him
    when the article names it; none for those who left ("Haftar's former soldiers"), nor
    a place's or a state's ("Mali's troops" are read by the agents dictionary)."""
    if former(tok):
        return None
    owners = [c for c in tok.children if c.dep_ == "poss" and c.i < tok.i] + pobjs(tok, {"of"})
    for c in owners:
        key = ctx.m.token_actor.get(c.i)
        if key is None and c.lower_ in _MEN_OWNERS:
            key = actor_of(c, ctx, 2)  # "its fighters": the body "its" stands for
        if key is None or ctx.m.type_of(key) in PLACES_OR_STATES:
            continue
        if ctx.m.type_of(key) is ActorType.PERSON:
            groups = ctx.led_by(key, _ARMED_ONLY)
            return next(iter(groups)) if len(groups) == 1 else key
        return key
    return None


_ARMED_ONLY = frozenset({ActorType.ARMED_GROUP})


def _own_group(owner: Token, tok: Token, ctx: Context, depth: int) -> str | None:
    """"His group", "her movement": the one body its person was read to lead, speak for
    or belong to; else the group named last before (a person's own group is the one
    the story is about)."""
    person = actor_of(owner, ctx, depth + 1) if owner.lower_ in _PERSON_PRONOUNS else None
    if person is not None:
        bodies = {org for rel, org in ctx.roles.get(person, ())
                  if ctx.m.type_of(org) not in PLACES_OR_STATES}
        if len(bodies) == 1:
            return bodies.pop()
    return ctx.m.last_group_before(tok.i, services=False)


def _group_of(tok: Token, ctx: Context, depth: int) -> str | None:
    """The armed group named after "of" on an agent noun; a state there is a nationality
    the agents dictionary reads ("soldiers of Mali" are Mali's forces), so it is left."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (key := actor_of(pobj, ctx, depth + 1)) is not None:
                    return key if ctx.m.type_of(key) is ActorType.ARMED_GROUP else None
    return None


# Nouns of a force's posts and men that name the force after "of" only when it is one
# ("a post of the Frontier Corps", "peacekeepers of the UN mission"; never "the post of
# defence minister", "the peacekeepers of Chad's army" read by the agents dictionary).
_FORCE_ASSETS = words("post posts peacekeeper peacekeepers")
_FORCE_OWNERS = frozenset({ActorType.ARMED_GROUP, ActorType.ORGANIZATION,
                           ActorType.GOVERNMENT_BODY})


def _force_of(tok: Token, ctx: Context, depth: int) -> str | None:
    key = next((k for p in pobjs(tok, {"of"}) if (k := actor_of(p, ctx, depth + 1))), None)
    return key if key is not None and ctx.m.type_of(key) in _FORCE_OWNERS else None


_CIVIL_OFFICES = words("official leader representative envoy minister")


def _role_holder(tok: Token, ctx: Context, depth: int) -> str | None:
    """"the Kataib Hezbollah spokesperson" -> the person introduced in that role."""
    org = None
    for child in tok.children:
        if child.dep_ in ("compound", "poss", "nmod"):
            org = actor_of(child, ctx, depth + 1)
        if org is None and child.dep_ in ("amod", "compound") and tok.tag_ == "NNS" and (
                tok.lemma_ in _CIVIL_OFFICES):
            # "Ethiopian officials", "Omani ministers": civil office holders in the plural
            # named by a demonym stand for their state ("a Kenyan official" is one person;
            # soldiers and officers are the state's forces, read by the agents dictionary)
            org = ctx.m.state_for_word(child)
        elif child.dep_ == "prep" and child.lower_ in ("of", "for"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    org = actor_of(pobj, ctx, depth + 1)
        if org:
            break
    if org is None and (named := titled_person(tok, ctx)) is not None:
        return named  # "the Special Representative of the Secretary-General, X,"
    if org is None:  # "the general", "the minister": the one so titled just before
        return titled_referent(tok, ctx.m) or same_title_person(tok, ctx.m)
    if (named := titled_person(tok, ctx)) is not None:
        return named
    role = ROLE_NOUNS.get(tok.lower_) or ROLE_NOUNS[tok.lemma_]
    if role is R.MEMBER_OF and tok.tag_ == "NNS":
        return org  # "its fighters", "the group's members": many, the body's, not one
    for person, roles in ctx.roles.items():
        if (role, org) in roles:
            return person
    return org


RANK_WORDS = frozenset({
    "general", "gen.", "admiral", "adm.", "brigadier", "brig.", "colonel", "col.", "major",
    "maj.", "lieutenant", "lt.", "captain", "capt.", "commodore", "marshal", "field",
    "air", "vice", "rear", "lieutenant-general", "major-general", "brigadier-general",
})
_RANK_SPAN = 3  # "Lieutenant General", "Air Vice Marshal"
# Ranks a name may carry after a title and its comma: the forces' and the police's
# ("its commander, Admiral X", "the police chief, Inspector General X")
_NAME_RANKS = RANK_WORDS | frozenset({
    "inspector", "superintendent", "commissioner", "sergeant", "sgt.", "corporal", "cpl.",
    "senior", "assistant", "chief"})


def past_ranks(k: int, sent: Span, ctx: Context) -> int:
    """The index after the capitalised ranks (outside any name) that start at `k`."""
    doc = sent.doc
    end = k
    while (end < sent.end and end - k < _RANK_SPAN and doc[end].lower_ in _NAME_RANKS
           and doc[end].is_title and (end not in ctx.m.token_actor or _rank_name(end, ctx))):
        end += 1
    return end if end < sent.end and end in ctx.m.token_actor and not _rank_name(end, ctx) else k


def _rank_name(i: int, ctx: Context) -> bool:
    """The token is of a "name" made of ranks only ("Air Commodore" read as a body)."""
    key = ctx.m.token_actor.get(i)
    return key is not None and all(
        w in _NAME_RANKS for w in ctx.m.actors[key].name.lower().split())


def chief_of_staff(title: Token) -> bool:
    """"the chief of staff of (for) the Y": who heads a force's staff heads the force; an
    office's (a ministry's, a president's) is one of its people."""
    doc = title.doc
    k = title.i + 1
    return title.lower_ == "chief" and k + 2 < len(doc) and doc[k].lower_ == "of" and (
        doc[k + 1].lower_ == "staff" and doc[k + 2].lower_ in ("of", "for"))


def office_body_start(title: Token, stop: int) -> int | None:
    """Where the body an office is of begins: "the head of [the] Y", "the chief of staff
    of [the] Y" (the staff is the body's own); None when no "of" or "for" follows."""
    doc = title.doc
    k = title.i + 1
    if chief_of_staff(title):
        k += 2
    if k >= stop or doc[k].lower_ not in ("of", "for"):
        return None
    k += 1
    if k < stop and doc[k].lower_ == "the":
        k += 1
    return k if k < stop else None


def office_body(doc: Doc, k: int, ctx: Context, *, described: bool = False
                ) -> tuple[str, int] | None:
    """The body named at `k` after an office, and where its words begin: a name, or a
    state's service read from a description ("the chief of the Ugandan army": Uganda's
    forces, read on "army"), or with `described` any body a description stands for."""
    m = ctx.m
    if k not in m.token_actor and k + 1 < len(doc) and k + 1 in m.descriptor_tokens and (
            m.state_for_word(doc[k]) is not None):
        k += 1  # (the demonym before the service's word)
    key = m.token_actor.get(k)
    if key is None or (k in m.descriptor_tokens and not described and not m.is_service(key)):
        return None
    return key, k


def holder_set_off(title: Token, ctx: Context) -> str | None:
    """"(met) the head of the Y, General X, ...": the person named, past his ranks, between
    commas after the office and its body, however the parser hung the name."""
    sent = sentence_of(title)
    m = ctx.m
    k = office_body_start(title, sent.end)
    found = office_body(title.doc, k, ctx, described=True) if k is not None else None
    if found is None or m.type_of(found[0]) is ActorType.PERSON:
        return None
    org, k = found
    k = m.name_end(k, org, sent.end)
    if k + 1 >= sent.end or title.doc[k].text != ",":
        return None
    k = past_ranks(k + 1, sent, ctx)
    person = named_actor(k, ctx)
    if person is None or m.type_of(person) is not ActorType.PERSON:
        return None
    end = m.name_end(k, person, sent.end)
    return person if end >= sent.end or title.doc[end].text in (",", ".", ";") else None


def titled_person(title: Token, ctx: Context) -> str | None:
    """The person named after a title: "the President of Y, X," (the parser often hangs
    the name on Y rather than on the title)."""
    if title.is_title and (named := _name_closing_office(title, ctx)) is not None:
        return named  # "Minister of Local Government and Police X"
    heads = [title, *(p for c in title.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                      for p in c.children if p.dep_ == "pobj")]
    for head in heads:
        for child in head.children:
            if (child.dep_ == "appos" and child.i > head.i
                    and (key := named_actor(child.i, ctx)) is not None
                    and ctx.m.type_of(key) is ActorType.PERSON):
                return key
    return holder_set_off(title, ctx)


_MAX_OFFICE = 8  # words after a title: "of the Interior and Public Security General"


def _name_closing_office(title: Token, ctx: Context) -> str | None:
    """"Minister of Local Government and Police X": the person whose name closes the
    capitalised office the title opens, with no other word between."""
    doc = title.doc
    for k in range(title.i + 1, min(title.i + 1 + _MAX_OFFICE, len(doc))):
        key = ctx.m.token_actor.get(k)
        if key is not None and ctx.m.type_of(key) is ActorType.PERSON:
            return key
        if not (doc[k].is_title or doc[k].lower_ in OFFICE_LINKS):
            return None
    return None


def organisation_of(key: str | None, ctx: Context) -> str | None:
    """A spokesperson speaks for their organisation; others for themselves."""
    if key is None:
        return None
    for rel, org in ctx.roles.get(key, ()):
        if rel is R.SPOKESPERSON_FOR:
            return org
    return key


# What a person's "we" stands for, by the role held: the body spoken for, else the one
# led ("a commander of Y", "the president of Y"), else the one served.
_WE_ROLES = (R.SPOKESPERSON_FOR, R.LEADS, R.MEMBER_OF)


def speaking_for(key: str, ctx: Context) -> str | None:
    """Whom a speaker's "we", "us", "our" stands for: the body the speaker speaks for,
    leads or serves ("said X, spokesman of the Y army": Y; "President X of Y": Y); none
    for one told only as a resident, witness or analyst (no body speaks through them);
    else the speaker (a body speaking, or a person whose office the story leaves
    unnamed)."""
    if ctx.m.type_of(key) is not ActorType.PERSON:
        return key
    roles = ctx.roles.get(key, ())
    for wanted in _WE_ROLES:
        if wanted is R.MEMBER_OF and _told_as_lay(key, ctx):
            return None  # ("X, a researcher at Y": Y does not speak through X)
        bodies = list(dict.fromkeys(org for rel, org in roles if rel is wanted))
        if len(bodies) == 1 and ctx.m.type_of(bodies[0]) not in PLACES:
            return bodies[0]
    return None if _told_as_lay(key, ctx) else key


def _told_as_lay(key: str, ctx: Context) -> bool:
    """A person the sentence names as one with no body to speak for: "X, a resident"."""
    return any(ctx.m.token_actor.get(t.i) == key and any(
        c.dep_ == "appos" and c.lemma_ in LAY_SPEAKERS for c in t.children)
        for t in ctx.tokens)


def words_speaker(tok: Token, ctx: Context) -> str | None:
    """Who says the words holding `tok`: the speaker of the speech verb over it, or of the
    one closing its quotation later ('"We demand ... . ...," X said'), else the speaker
    of the quotation the sentence before told."""
    speaker = governing_speaker(tok, ctx) or _warner(tok, ctx)
    if speaker is None and quoted(tok) and (verb := crediting_verb(tok)) is not None:
        speaker = credited_speaker(verb, ctx)
    elif speaker is None:
        speaker = ctx.quote_speaker
    return speaker


def governing_speaker(tok: Token, ctx: Context) -> str | None:
    """The subject of the speech verb whose clause holds `tok` ("X said ... tok")."""
    node = tok
    while node.head.i != node.i:
        head = node.head
        if head.lemma_ in SPEECH_VERBS and node.dep_ in ("ccomp", "parataxis", "advcl"):
            return _speaker_of(head, ctx)
        if head.lemma_ in SPEECH_VERBS and node.dep_ in ("nsubj",):
            return None
        node = head
    return None


def quote_between(name: Token, title: Token) -> bool:
    """A double quote closes between two words ("X," a spokesman): a lone apostrophe is
    more often inside a name ("Sha 'th") than a quote."""
    return any(t.is_quote and t.text not in ("'", "‘", "’")
               for t in name.doc[name.i + 1:title.i])


# Verbs that quote a warning: '"We will crush them," the army warned'
_WARNING_VERBS = words("warn vow threaten pledge promise swear")


def _warner(tok: Token, ctx: Context) -> str | None:
    """Who says "we" in words quoted as a warning (not reported speech: the warner's own
    words are no claim about another)."""
    node = tok
    while node.head.i != node.i:
        if node.head.lemma_ in _WARNING_VERBS and node.dep_ in ("ccomp", "parataxis"):
            return _speaker_of(node.head, ctx)
        node = node.head
    return None


def credited_speaker(verb: Token, ctx: Context) -> str | None:
    """Who the speech verb that credits a quote in a later sentence names as its speaker;
    none for one that sentence tells as a resident or witness ("said X, a resident")."""
    key = _speaker_of(verb, ctx)
    if key is None or any(ctx.m.token_actor.get(t.i) == key and any(
            c.dep_ == "appos" and c.lemma_ in LAY_SPEAKERS for c in t.children)
            for t in sentence_of(verb)):
        return None
    return key


def _speaker_of(verb: Token, ctx: Context) -> str | None:
    for child in verb.children:
        if child.dep_ == "nsubj":
            if child.lower_ in _PERSON_PRONOUNS:
                return previous_person(child, ctx.m)
            return actor_of(child, ctx, 2)
    title = _title_after_quote(verb)
    return _role_holder(title, ctx, 2) if title is not None else None


def _title_after_quote(verb: Token) -> Token | None:
    """'"... the remarks of X," a spokesman for Y said': the parser hangs the speaker's
    title on the name that closes the quote, leaving the speech verb no subject."""
    for tok in verb.doc[sentence_of(verb).start:verb.i]:
        if (tok.dep_ == "appos" and tok.head.i < tok.i and tok.lower_ in ROLE_NOUNS
                and quote_between(tok.head, tok)):
            return tok
    return None


# The children `expand` reads: names run into a name, conjuncts and appositions.
_EXPANDED_DEPS = frozenset({"compound", "nmod", "amod", "conj", "appos"})


def expand(tok: Token) -> Iterator[Token]:
    """A token and its conjuncts ("killed A and B"), and the other states of "US and
    British forces" (each marked as its own forces by the mentions)."""
    yield tok
    for child in children_in(tok, _EXPANDED_DEPS):  # (no Token of the other children)
        if child.dep_ in ("compound", "nmod", "amod") and child.i < tok.i:
            # (every name of the list: "the Terene, Seakhi and Mabuza gangs")
            yield from (g for g in child.conjuncts if g.i > child.i)
            # "met Foreign Minister A and Defence Minister B", parsed as one name run
            # headed by B: A, joined by "and" deep in the run, is met too
            yield from (g for g in (child, *child.children) if g.dep_ == "nmod" and any(
                c.dep_ == "cc" and c.lower_ == "and" for c in g.children))
            # (or the run before B hung on B itself: "met Syrian Foreign Minister A and
            # Jordanian Foreign Minister B")
        if child.dep_ == "conj":
            # (not "A, but not B": B is left out)
            if not _stray_conjunct(child) and not any(g.dep_ == "neg" for g in child.children):
                yield from expand(child)
        elif child.dep_ == "appos":
            if _listed_name(child, tok):
                yield child  # "A, B and C attacked", parsed as A with B in apposition
            for grand in child.children:
                if grand.dep_ == "conj":
                    yield from expand(grand)
    yield from _offices_on_verb(tok)
    names = children_in(tok, ("appos",))
    if len(names) >= 2 and any(c.dep_ == "cc" and c.lower_ == "and" for c in names[0].children):
        # "met Kenyan Minister A and Ugandan Minister B", parsed as two names of one title
        yield from names[1:]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "appos":
        # "X, a coalition of A, B and C, attacked": B and C, hung on X, end A's list
        for stray in tok.head.head.head.children:
            if stray.dep_ == "conj" and stray.i > tok.i and _stray_conjunct(stray):
                yield from expand(stray)
    if tok.dep_ == "pobj":
        # "sanctions on A, on B and on C": the preposition said again joins its objects
        for again in tok.head.children:
            if again.dep_ == "conj" and again.lower_ == tok.head.lower_:
                for obj in again.children:
                    if obj.dep_ == "pobj":
                        yield from expand(obj)


def _offices_on_verb(tok: Token) -> Iterator[Token]:
    """"met the head of Y, A, and the commander of Z, B": the parser hangs the second
    office on the verb as its conjunct; an office joined by "and" after the verb's
    object (or its "with" partner) is met too."""
    if tok.dep_ == "dobj":
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "with":
        verb = tok.head.head if tok.head.head.dep_ != "dobj" else tok.head.head.head
    else:
        return
    if verb.pos_ != "VERB":
        return
    for c in verb.children:
        if c.dep_ == "conj" and c.i > tok.i and c.pos_ == "NOUN" and (
                c.lower_ in ROLE_NOUNS or c.lower_ in JOB_NOUNS) and any(
                a.dep_ == "cc" and a.lower_ == "and" and tok.i < a.i < c.i
                for a in verb.children):
            yield from expand(c)


def _stray_conjunct(name: Token) -> bool:
    """"X, a coalition of A, B and C, attacked Y": the parser may join B and C to X. A
    name after a comma, joined to one whose apposition ends in "of" and a name (no
    "and" from X to there), ends the list that apposition opened."""
    head = name.head
    if _victim_set_off(name) or _tail_speakers(name):
        return True
    if name.pos_ != "PROPN" or head.pos_ != "PROPN" or name.doc[name.left_edge.i - 1].text != ",":
        return False  # ("met X, the leader of Y, and Z": Z is met too)
    appos = next((c for c in head.children if c.dep_ == "appos" and head.i < c.i < name.i
                  and c.pos_ == "NOUN"), None)
    if appos is None:
        return False
    last = appos.right_edge
    return last.pos_ == "PROPN" and any(
        p.lower_ == "of" and p.head.i == appos.i for p in last.ancestors) and all(
        t.lower_ != "and" for t in name.doc[head.i : last.i])


def _tail_speakers(name: Token) -> bool:
    """"killing 40 people, medics and the army said": the parser may join the speakers of
    a "said" with no subject to the list before it; the list that ends right before that
    verb (after a comma) is who said it."""
    doc = name.doc
    last = max((name, *name.conjuncts), key=lambda t: t.i)
    end = last.right_edge.i + 1
    if end >= len(doc) or doc[end].lemma_ not in _TAIL_SAYING or doc[end].pos_ != "VERB":
        return False
    verb = doc[end]
    return name.left_edge.i > 0 and doc[name.left_edge.i - 1].text == "," and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb in name.ancestors


_TAIL_SAYING = words("say tell report confirm")


def _victim_set_off(name: Token) -> bool:
    """"condemned the murder of a priest, Father X": the parser may join the name set off
    after the victim to the harm noun, as if a second thing condemned; with no "and" or
    "or" on either, it names the victim."""
    head = name.head
    return (name.pos_ == "PROPN" and head.pos_ == "NOUN" and head.lower_ in _HARMS
            and name.doc[name.left_edge.i - 1].text == ","
            and not any(c.dep_ in ("cc", "conj") for c in (*head.children, *name.children)
                        if c.i != name.i))


_HARMS = ATTACK_NOUNS | KILL_NOUNS


def _second_subject(tok: Token, found: list[Token]) -> bool:
    """"The A and B gangs, both members of Y, attacked Z": a common noun after a comma,
    parsed as a second subject of the verb, describes the subject before it; "X, whose
    agreement with Y came into force, said ...": a subject owned by "whose" is the
    relative clause's, not the verb's."""
    return ((tok.pos_ == "NOUN" or any(c.tag_ == "WP$" for c in tok.children))
            and tok.left_edge.i > 0
            and tok.doc[tok.left_edge.i - 1].text == ","
            and any(o.i < tok.i and o.dep_ == tok.dep_ for o in found))


def _said_inside_relative(tok: Token, found: list[Token], node: Token, verb: Token) -> bool:
    """"X, who police said led Y", "the men, who he said belonged to Y": the sayer set
    inside a relative clause is not the subject of what is said there; the relative
    word (the noun the clause is on) is."""
    return (node.i != verb.i and node.dep_ == "relcl" and node.lemma_ in SPEECH_VERBS
            and tok.lower_ not in _RELATIVES
            and any(o.lower_ in _RELATIVES and o.dep_ == "nsubj" for o in found))


def _listed_name(name: Token, head: Token) -> bool:
    """"Mali, Burkina Faso and Niger", "the KDF, the Ruzizi Front and the Itombwe
    Brigade": a name the parser set in apposition to the name before it, itself joined
    by "and" to a name after it, is the middle of a list (an apposition describes: "X,
    a militia"; one in brackets is an acronym)."""
    return (name.pos_ == "PROPN" and head.pos_ == "PROPN" and head.i < name.i
            and name.doc[name.left_edge.i - 1].text != "("
            and any(c.dep_ == "cc" and c.lower_ == "and" for c in name.children)
            and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in name.children))


def _no_longer(tok: Token) -> bool:
    """"X is no longer allied with Y": what held before is denied now."""
    return tok.lower_ == "longer" and any(c.lower_ == "no" for c in tok.children)


_NEITHER_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
_CONTRAST_WORDS = frozenset({"but", "yet"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _contrasted(below: Token, node: Token) -> bool:
    """"X did not support the raids but accused Y", "X did not attend and criticised Y": a
    verb joined by "but", or a finite verb joined to a bare one after "did not", is a clause
    of its own, outside the negation (not "did not attack or kill Y", "did not loot and
    burn it")."""
    if below.dep_ != "conj" or below.head.i != node.i or below.pos_ not in ("VERB", "AUX"):
        return False
    return (below.tag_ in _FINITE_TAGS and node.tag_ == "VB") or any(
        c.dep_ == "cc" and c.lower_ in _CONTRAST_WORDS and node.i < c.i < below.i
        for c in node.children)


def negated(tok: Token) -> bool:
    """A negation on the verb or on a verb governing it, up to a speech verb."""
    doc = tok.doc
    words = doc_words(doc)  # (the children tested on the decoded words: no Token of each)
    kids, dep, lower = words.children, words.dep, words.lower
    if any(lower[g] == "neither" for c in kids[tok.i] if dep[c] in _NEITHER_DEPS
           for g in kids[c] if dep[g] in ("det", "preconj")):
        return True  # "Neither A nor B left the bloc", "condemned neither A nor B"
    node: Token | None = tok
    below = tok
    answer = False  # an answer joined to what is denied (below)
    outside = False  # a clause of its own, joined to a denied one (_contrasted)
    while node is not None:
        outside = outside or _contrasted(below, node)
        if not outside and any(
                dep[c] == "neg" or lower[c] in NEGATION_WORDS
                or (lower[c] == "longer" and _no_longer(doc[c]))
                for c in kids[node.i] if dep[c] in ("neg", "advmod", "det")):
            return True
        if node.i != tok.i and (node.lemma_ in NEGATING_VERBS or (
                node.lemma_ in _DISMISSING and below.lemma_ in _REPORTED)):
            # "X denied the charge and accused Y": a clause joined to the denial is
            # said, not denied; nor is what its subject says of the denier ("X and its
            # allies in Y rejected the report")
            return not (_denies_own_object(node, below) or answer
                        or below.dep_ in ("nsubj", "agent")
                        or (below.dep_ == "conj" and below.head.i == node.i))
        answer = answer or _answer_to_denial(node)
        if (node.lemma_ in SPEECH_VERBS and node.pos_ != "NOUN") or node.head.i == node.i:
            return False  # (not the noun: "denied reports that it had urged Y")
        if (node.dep_ in ("advcl", "relcl")
                or (node.dep_ in ("acl", "amod") and node.tag_ == "VBN" and not any(
                    c.dep_ in ("nsubj", "mark") for c in node.children))
                or (node.dep_ == "appos" and node.head.dep_ in ("nsubj", "nsubjpass"))):
            # a clause describing a noun ("X, convicted of killing Y") is outside the
            # main verb's negation ("the board refused to free X, convicted of ..."), and
            # so are a participle before it ("convoys have not reached Houthi-held Y")
            # and what its subject is ("X, a faction of Y, refused to disarm"); a clause
            # with its own subject is what a noun reports, inside the denial
            return False
        below, node = node, node.head
    return False


# What a denier goes on to do in the same breath: "X denied that its men fired and
# accused Y of lying" (the parser joins "accused" to "fired", inside the denial).
_ANSWER_VERBS = words("accuse blame condemn vow warn threaten call urge")
# Stances a sentence's subject takes after what it reports or demands: the answers and
# the plain rejections.
_STANCE_VERBS = _ANSWER_VERBS | words("criticise criticize denounce reject")


def _stance_joined_to_clause(verb: Token) -> Token | None:
    """"X demanded that Y withdraw and threatened to attack", "X said it had reports that
    homes were burned and criticised Y": the parser joins the stance verb to the verb of
    the reported clause, whose subject is another; the stance is the sentence's subject's
    (its root verb). Not under a plain speech verb ("officials said the rebels burned the
    village and threatened to return" is the rebels' threat)."""
    head = verb.head
    if (verb.dep_ != "conj" or verb.lemma_ not in _STANCE_VERBS or head.i == verb.i
            or any(c.dep_ in SUBJ_DEPS or c.dep_ == "nsubjpass" for c in verb.children)
            or not any(c.dep_ in SUBJ_DEPS or c.dep_ == "nsubjpass" for c in head.children)):
        return None
    root = sentence_of(verb).root
    if root.i in (verb.i, head.i) or root.pos_ != "VERB":
        return None
    if head.dep_ == "acl" or (head.dep_ == "ccomp" and head.head.i == root.i
                              and root.lemma_ not in SPEECH_VERBS):
        return root
    if head.dep_ == "ccomp" and head.head.i == root.i and all(
            c.lemma_.lower() in _EVENT_SUBJECTS for c in head.children if c.dep_ in SUBJ_DEPS):
        # "X said the kidnapping showed ... and criticised Y": an event criticises no
        # one; the stance is the speaker's
        return root
    return None


# Subjects of a reported clause that are events or findings, never one taking a stance.
_EVENT_SUBJECTS = words("kidnapping abduction attack attacks killing killings raid incident "
                        "violence shooting bombing massacre ambush clash clashes fighting "
                        "report findings investigation inquiry death deaths operation")




def _answer_to_denial(verb: Token) -> bool:
    """An answering verb with no subject of its own, joined to a clause that has one."""
    return (verb.dep_ == "conj" and verb.lemma_ in _ANSWER_VERBS
            and not any(c.dep_ in SUBJ_DEPS for c in verb.children)
            and any(c.dep_ in SUBJ_DEPS for c in verb.head.children)
            and verb.head.dep_ == "ccomp")


def _claim_denied(tok: Token) -> bool:
    """"X said Y had threatened Z, a charge (an accusation) Y denies": what another
    reports is called a claim after it, and the claim is denied (the report is not)."""
    words = doc_words(tok.doc)  # (the clause and the words after it read decoded)
    dep, lemma, kids, offsets = words.dep, words.lemma, words.children, words.head_offsets
    i = tok.i
    while dep[i] not in ("ccomp", "pcomp"):
        if not offsets[i]:
            return False  # (no clause over it up to the root)
        i += offsets[i]
    if speaker_going_on(tok) is not None:
        return False  # "said ... and accused Y of Z, a charge Y denies": the speaker's own act
    return any(lemma[j] in _CLAIM_NOUNS and dep[j] in ("appos", "npadvmod", "dobj")
               and any(dep[c] == "relcl" and lemma[c] in NEGATING_VERBS for c in kids[j])
               for j in range(tok.i + 1, sentence_of(tok).end))


def _denies_own_object(verb: Token, clause: Token) -> bool:
    """"X accused Y of Z, a charge Y denies" / "..., which Y denies": the parser hung the
    clause below the denial, but the denial's own object (the charge, "which") stands
    between them, and that is what is denied; the clause itself stays asserted."""
    if clause.i > verb.i:
        return False
    return any(t.lemma_ in _CLAIM_NOUNS or (t.lower_ == "which" and t.dep_ == "dobj")
               for t in verb.doc[clause.right_edge.i + 1 : verb.i])


# Verbs that cast their object as doing something: "police describe X as controlling Y"
_CAST_AS_VERBS = words("describe see regard view portray depict characterize characterise")


def _cast_as(verb: Token) -> Token | None:
    """"Police describe X as controlling Y", "X, which police see as running Y": X does
    the verb set after "as", not the one who describes it."""
    cast = verb.head.head
    if not (verb.dep_ == "pcomp" and verb.head.lower_ == "as" and cast.lemma_ in _CAST_AS_VERBS):
        return None
    obj = next((c for c in cast.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.tag_ in ("WDT", "WP") and cast.dep_ == "relcl":
        return cast.head  # ("which": the noun the clause describes)
    return obj


# Acts of speech or stance a speaker goes on to do after what he said: "X said the rebels
# had fled and accused Y of ..."
_SPOKEN_ACTS = words("accuse blame condemn denounce criticise criticize urge call demand warn "
                     "threaten vow appeal press reject deny welcome praise thank summon")


def speaker_going_on(verb: Token) -> Token | None:
    """"X said the rebels had fled and accused Y of ...", "X said its forces had acted to
    protect lives and urged Y to ...": the parser joins the second verb to the reported
    clause, but its tense is the speaker's ("accused" beside "said", not "had fled"): the
    speech verb, whose subject is the doer."""
    if verb.dep_ != "conj" or verb.lemma_ not in _SPOKEN_ACTS or verb.tag_ not in ("VBD", "VBZ"):
        return None
    head = verb.head
    if head.tag_ not in ("VB", "VBG") and not any(
            c.dep_ == "aux" and c.lemma_ in ("have", "will", "would") for c in head.children):
        return None  # "said the rebels attacked and accused Y": theirs, as parsed
    node = head
    for _ in range(4):
        if node.dep_ == "ccomp" and node.head.lemma_ in SPEECH_VERBS and (
                node.head.tag_ == verb.tag_):
            return node.head
        if node.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or node.head.i == node.i:
            return None
        node = node.head
    return None


# Words opening a clause of time that the parser may read as a preposition taking the
# clause's subject: "(promised X) after gunmen from Y ambushed Z"
_TIME_OPENERS = words("after before since until")


def _men_serving_before(verb: Token, ctx: Context) -> list[str] | None:
    """"(after a weekend in which) gunmen linked to X killed Y", parsed with "linked" as
    a clause of its own and "killed" hung, subjectless, on the sentence's verb: the side
    the men just before the verb serve; "(X promised troops) after gunmen from Y ambushed
    Z", parsed with the men as the object of "after" and "ambushed" joined to the
    sentence's verb: the men's side (None when no such men end there)."""
    if verb.i == 0 or any(c.dep_ in SUBJ_DEPS for c in verb.children):
        return None
    for link in verb.doc[verb.i - 1].ancestors:
        if link.lower_ in _SERVING and link.pos_ == "VERB":
            men = [c for c in link.children if c.dep_ in SUBJ_DEPS and c.tag_ == "NNS"]
            if men and link.right_edge.i == verb.i - 1:
                return actors_of_tokens(pobjs(link, _SERVING[link.lower_]), ctx)
            return None
        if link.dep_ == "pobj" and link.tag_ == "NNS" and link.head.lower_ in _TIME_OPENERS \
                and link.head.i < link.i and link.right_edge.i == verb.i - 1 and (
                    link.head.i > verb.head.i):
            return actors_of_tokens([link], ctx) or None
    return None


def _speakers_as_they(found: list[Token], node: Token, ctx: Context) -> list[str]:
    """"X and Y announced that they would coordinate ...": "they" under a speech verb
    whose subject names two or more sides is those sides (one alone is left to coref)."""
    if len(found) != 1 or found[0].lower_ not in ("they", "we") or node.dep_ != "ccomp" or (
            node.head.lemma_ not in SPEECH_VERBS):
        return []
    said_by = [c for c in node.head.children if c.dep_ == "nsubj"]
    if len(said_by) != 1 or not said_by[0].conjuncts:
        return []
    keys = actors_of_tokens([said_by[0], *said_by[0].conjuncts], ctx)
    return keys if len(keys) > 1 else []


# The children `subjects` takes for a verb's doers (a Token made only for them).
_SUBJECT_OR_PASSIVE = (*SUBJ_DEPS, "nsubjpass")


def subjects(verb: Token, ctx: Context) -> list[str]:
    """Actors doing `verb`, inheriting the subject of a governing verb if it has none."""
    if (cast := _cast_as(verb)) is not None:
        return actors_of_tokens([cast], ctx)
    node = speaker_going_on(verb) or verb
    for _ in range(4):
        node = _stance_joined_to_clause(node) or node
        found = [c for c in children_in(node, _SUBJECT_OR_PASSIVE) if (c.dep_ in SUBJ_DEPS
                 or (c.dep_ == "nsubjpass" and node.i != verb.i
                     and node.lemma_ not in _ALLEGING_VERBS)) and not _opens_item(c)]
        found = [c for c in found if not _second_subject(c, found)
                 and not _said_inside_relative(c, found, node, verb)]
        if found:  # "X is committed to defeating Y": the passive subject controls
            if (pair := _speakers_as_they(found, node, ctx)):
                return pair
            keys = actors_of_tokens(found, ctx)
            if not keys and node.i != verb.i and node.lower_ in _SERVING and (
                    all(t.tag_ == "NNS" for t in found)):
                # "gunmen linked to X shot dead Y", parsed with "linked" as the verb that
                # governs "shot": the side the men serve
                return actors_of_tokens(pobjs(node, _SERVING[node.lower_]), ctx)
            if not keys and (force := _reporting_force(found, node, ctx)) is not None:
                return [force]
            return keys + [k for t in found if (k := _holder_after_topic(t, ctx))
                           and k not in keys]
        agents = children_in(node, ("agent",))
        if agents and node.i == verb.i:
            return actors_of_tokens(pobjs(node, {"by"}), ctx)
        if node.dep_ == "prep" and node.i != verb.i and node.head.lemma_ in _ALLEGING_VERBS and (
                any(c.dep_ == "dobj" for c in node.head.children)):
            return []  # "X accused Y of arming Z": alleged of Y, and never X's own act
        if node.dep_ == "prep" and node.lower_ == "for" and node.i != verb.i and (
                node.head.lemma_ in _JUDGING_VERBS):
            # "X criticised Y for pulling its units out of Z" ("Y was criticised for"): Y's
            # act, judged by X
            return actors_of_tokens([c for c in node.head.children
                                     if c.dep_ in ("dobj", "nsubjpass")], ctx)
        if node.dep_ == "conj" and node.tag_ == "VBG" and node.head.lemma_ in _ALLEGING_VERBS \
                and any(p.dep_ == "prep" and p.lower_ == "of" for p in node.head.children):
            return []  # "X accused Y of financing and arming Z", "arming" hung on "accused"
        if node.dep_ in ("advcl", "conj") and node.tag_ == "VBD" and (
                (served := _men_serving_before(node, ctx)) is not None):
            return served
        if (node.dep_ in ("xcomp", "conj", "advcl", "pcomp", "prep", "acomp")
                and node.head.i != node.i):
            node = node.head
            continue
        if node.dep_ == "relcl":
            key = actor_of(node.head, ctx)
            return [key] if key else []
        if node.dep_ == "acl" and node.tag_ == "VBD" and node.head.dep_ == "ROOT" and (
                node.head.pos_ in ("NOUN", "PROPN")):
            # "Its spokesman, X, called on Y": the sentence's verb, in the past tense,
            # hung on its subject as if it named the noun ("a man called X")
            return actors_of_tokens([node.head], ctx)
        if node.dep_ == "acl":
            key = actor_of(node.head, ctx)
            if key:
                return [key]
            # "the Coalition's strategy (Coalition efforts, a decision by the Coalition)
            # to defeat X": the plan's owner
            owners = [c for c in node.head.children if c.dep_ == "poss"
                      or (c.dep_ == "compound" and c.i in ctx.m.token_actor)
                      ] + pobjs(node.head, {"by", "of"} if node.head.lemma_ in _DECIDING_NOUNS
                                else {"by"})
            if owners and node.tag_ == "VB":
                keys = actors_of_tokens(owners, ctx)
                if keys or not _own_pronoun(node.head):
                    return keys
            # "passed a resolution calling for X": the resolution's author; not through
            # a passive participle ("defended the man convicted of killing X"), nor from
            # the people a charge or an arrest names ("charged two men living in X with
            # arming Y": theirs is the alleged act, and the home)
            # nor from a thing's owner ("destroyed vehicles belonging to X": the
            # vehicles belong, not their attackers)
            if (node.head.dep_ == "dobj" and node.tag_ != "VBN" and node.lemma_ != "belong"
                    and node.head.head.lemma_ not in _ALLEGING_VERBS):
                node = node.head.head
                continue
            return []
        if node.i != verb.i and node.dep_ == "dobj" and node.pos_ == "NOUN":
            # "X reaffirmed its (Y's) commitment to defeating Z": the owner of the noun
            keys = actors_of_tokens([c for c in node.children if c.dep_ == "poss"], ctx)
            if keys or not _own_pronoun(node):
                return keys
            node = node.head
            continue
        break
    heading = _list_heading(node)
    key = actor_of(heading, ctx) if heading is not None else None
    return [key] if key is not None else []


# Marks that open an item of a list: "- Calls on X to ...", "* Urges Y to ..."
_BULLETS = frozenset("-–—•*·")


def _item_mark(tok: Token) -> bool:
    """A bullet or an item's number ("-", "2.", "(b)", "iv)")."""
    return tok.text in _BULLETS or tok.like_num or tok.text in (".", ")", "(") or (
        tok.is_lower and tok.is_alpha and len(tok.text) <= 3 and tok.i + 1 < len(tok.doc)
        and tok.doc[tok.i + 1].text == ")")


def _opens_item(tok: Token) -> bool:
    """A bullet, or an item's number opening its line ("1.", "2)"), that the parser took
    for the subject of the item's verb."""
    if tok.text in _BULLETS:
        return True
    doc = tok.doc
    return (tok.like_num or tok.is_alpha) and tok.i + 1 < len(doc) and (
        doc[tok.i + 1].text in (".", ")")) and _item_mark(tok) and (
        _line_start(doc, tok.i) is not None)


def _newline_before(doc: Doc, i: int) -> int:
    """The line break last before token `i` (-1 on the text's first line)."""
    j = i - 1
    while j >= 0 and not (doc[j].is_space and "\n" in doc[j].text):
        j -= 1
    return j


def _line_start(doc: Doc, i: int) -> int | None:
    """Where the line holding token `i` opens past its bullet, or None when a word other
    than a bullet or a number comes before `i` on the line."""
    j = _newline_before(doc, i)
    return j if all(_item_mark(t) for t in doc[j + 1 : i]) else None


def item_verb(tok: Token) -> bool:
    """"(b) calls on X to ...": a verb opening an item of a list, which the parser may
    take for a plural noun after the item's letter or number."""
    return tok.dep_ == "ROOT" and tok.is_lower and tok.text.endswith("s") and (
        tok.lower_ in ITEM_VERBS) and _line_start(tok.doc, tok.i) is not None


def _list_heading(verb: Token) -> Token | None:
    """"The Council:\n- Calls on X to ...;\n- Urges Y to ...": a verb opening an item of
    a list, with no subject of its own, is said by the heading the list hangs on, a name
    closing with a colon on the line above the first item (the items between all open
    with a verb of their own)."""
    if verb.dep_ != "ROOT" or (verb.pos_ != "VERB" and not item_verb(verb)) or any(
            c.dep_ in SUBJ_DEPS and not _opens_item(c) for c in verb.children):
        return None
    doc = verb.doc
    k = _colon_above(doc, _line_start(doc, verb.i), _opens_with_verb)
    if k is None:
        return None
    head = doc[k].head
    while head.dep_ != "ROOT" and head.head.i != head.i and head.head.i < k:
        head = head.head
    # (the heading opens its line, or a sentence after the lead's last one: "... killed
    # in X. The Office therefore:")
    if head.pos_ in ("PROPN", "NOUN") and (
            _line_start(doc, head.left_edge.i) is not None or head.left_edge.is_sent_start):
        return head
    return None


def _colon_above(doc: Doc, j: int | None, item_ok: Callable[[Doc, int, int], bool]
                 ) -> int | None:
    """The colon closing the lead-in of the list whose item opens past the line break
    `j`: the lines between are items of the list (`item_ok` of the tokens from the line
    break before one to its last word)."""
    for _ in range(12):
        if j is None or j < 1:
            return None
        k = j - 1
        while k >= 0 and (doc[k].is_space or (doc[k].is_punct and doc[k].text != ":")):
            k -= 1  # (back over the line's closing ";" or ".")
        if k < 0:
            return None
        if doc[k].text == ":":
            return k
        line = _newline_before(doc, k + 1)
        if not item_ok(doc, line, k):
            return None
        j = line
    return None


def _opens_with_verb(doc: Doc, line: int, last: int) -> bool:
    """An item whose first word is a verb of its own ("- Condemns ...")."""
    first = next((t for t in doc[line + 1 : last + 1] if not _item_mark(t)
                  and not t.is_space), None)
    return first is not None and (first.pos_ == "VERB" or item_verb(first)) and (
        first.dep_ == "ROOT")


def _opens_with_mark(doc: Doc, line: int, last: int) -> bool:
    """An item opening with a bullet or a number ("- the X to ...", "2. Y to ...")."""
    return line + 1 <= last and _item_mark(doc[line + 1])


_WHEN = frozenset({"DATE", "TIME"})  # ("called on Sunday on:": no one asked)
# Verbs a lead-in ends on before the list of those it asks ("X calls on:", "Y urges:").
_ASKING_LEAD_INS = words("call urge ask press implore appeal request demand")


def asking_lead_in(item: Token) -> Token | None:
    """"X calls on:\n- the Government of Y to release ...;\n- Z to end ...": an item that
    names one asked and what (its verb with "to" and the one asked as its subject), under
    a lead-in ending on an asking verb that asks no one itself: that verb. The items
    between open with a bullet or a number."""
    if item.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in item.children):
        return None
    lead = list_lead_in(item.left_edge)
    return lead[0] if lead is not None and not lead[1] else None


def list_lead_in(first: Token) -> tuple[Token, list[Token]] | None:
    """The asking verb of the lead-in above the item of a list that opens at token
    `first` ("X urged:", "X called on the parties to take the following steps:"),
    with the ones it asks itself (none in "X urged:"); None when the lines above are
    not items opening with a bullet or a number under a lead-in on an asking verb."""
    doc = first.doc
    k = _colon_above(doc, _line_start(doc, first.i), _opens_with_mark)
    if k is None:
        return None
    head = doc[k].head
    # ("calls on:", "appeals to:"; "called on X to take the following steps:")
    for _ in range(3):
        if head.lemma_ in _ASKING_LEAD_INS or (
                head.pos_ != "ADP" and head.dep_ not in ("dobj", "xcomp")):
            break
        head = head.head
    asked = [c for c in [*head.children, *pobjs(head, {"on", "upon", "to"})]
             if c.dep_ in ("dobj", "dative", "pobj") and c.ent_type_ not in _WHEN]
    if head.pos_ != "VERB" or head.lemma_ not in _ASKING_LEAD_INS:
        return None
    return head, asked


# Nouns whose "of" names who decided ("the decision of the Council to impose ...").
_DECIDING_NOUNS = words("decision resolution ruling move")


# Bare troops whose deeds a state's force reports are its own ("Troops retook X, the
# army said"); not gunmen or fighters, the other side's in such a report.
_OWN_TROOPS = words("troops soldiers forces commandos")


def _reporting_force(found: list[Token], verb: Token, ctx: Context) -> str | None:
    """"Soldiers retook X on Monday, the Chadian army said": the army, named after the
    clause (named before it, "the army said troops ...", the mentions read it)."""
    if len(found) != 1 or found[0].dep_ != "nsubj" or found[0].lower_ not in _OWN_TROOPS or any(
            c.dep_ != "det" or c.lower_ != "the" for c in found[0].children):
        return None
    speaker = governing_speaker(verb, ctx)
    return speaker if speaker is not None and ctx.m.is_service(speaker) else None


# Offices whose holder may be named after the office's topic, with no comma between.
_OFFICE_NOUNS = frozenset(ROLE_NOUNS) | frozenset(JOB_NOUNS) | _UN_TITLES
_NAME_TITLES = frozenset(ROLE_NOUNS) | frozenset(JOB_NOUNS) | words(
    "prime king queen prince sheikh mr mrs ms dr president")


def _holder_after_topic(title: Token, ctx: Context) -> str | None:
    """"The UN Special Rapporteur on Torture Anna Lindqvist (said)": the parser makes the
    title the subject, read as its office, and hangs the person on the topic's "on"
    ("for Human Rights X"); the person named there speaks too. Not "a spokesman for
    President X": a title before the name makes that person the one spoken for."""
    if title.lower_ not in _OFFICE_NOUNS:
        return None
    for p in pobjs(title, {"on", "for"}):
        key = ctx.m.token_actor.get(p.i)
        if key is None or ctx.m.type_of(key) is not ActorType.PERSON:
            continue
        lead = [c for c in p.children if c.dep_ == "compound" and c.i < p.i]
        topic = [c for c in lead if ctx.m.token_actor.get(c.i) != key]
        if topic and not any(c.lower_ in _NAME_TITLES for c in lead):
            return key
    return None


def _first_conjunct(pron: Token) -> Token | None:
    """"the army and the mercenaries who fight beside it (them)": an object pronoun in a
    clause on the second of two joined nouns stands for the first."""
    node = pron
    for _ in range(3):
        node = node.head
        if node.dep_ == "relcl":
            noun = node.head
            return noun.head if noun.dep_ == "conj" and noun.head.i < noun.i else None
    return None


def _own_pronoun(noun: Token) -> bool:
    """"its commitment", "their efforts": owned by the clause's own subject."""
    return any(c.dep_ == "poss" and c.lower_ in _OWN_PRONOUNS for c in noun.children)


# Words that tie men to the side they serve, with the prepositions naming it; a side
# whose ruler is gone is none ("loyal to the ousted government of X").
_SERVING = {"loyal": frozenset({"to"}), "affiliated": frozenset({"with", "to"}),
            "allied": frozenset({"to", "with"}), "linked": frozenset({"to", "with"}),
            "aligned": frozenset({"with", "to"}), "tied": frozenset({"to"}),
            "connected": frozenset({"to", "with"}), "belonging": frozenset({"to"}),
            "associated": frozenset({"with"})}
_GONE = words("ousted toppled deposed overthrown fallen former late")


# Men told by the group they come from: "gunmen from X", "fighters of X"
_MEN_FROM = words("gunman fighter militant rebel insurgent militiaman attacker assailant "
                  "jihadist guerrilla element")
_GROUPS = frozenset({ActorType.ARMED_GROUP, ActorType.ORGANIZATION})


# The people a body sends to speak or meet for it: "officials from X", "bishops from X".
_ENVOYS = words("official delegate representative envoy emissary negotiator diplomat "
                "bishop")


def sent_from(verb: Token, ctx: Context) -> list[str]:
    """"Officials from X met Y", "Bishops from the diocese of X condemned Y": the body
    whose people (no person, no place) the verb's subject names after "from"."""
    return [k for s in verb.children if s.dep_ == "nsubj" and s.tag_ == "NNS"
            and s.lemma_ in _ENVOYS for k in actors_of_tokens(pobjs(s, {"from"}), ctx)
            if ctx.m.type_of(k) not in PLACES and ctx.m.type_of(k) is not ActorType.PERSON]


def served_sides(tok: Token) -> list[Token]:
    """"gunmen loyal to X", "fighters affiliated with X", "men linked to X", "men claiming
    to speak for X": the words naming the side they serve."""
    return [p for c in tok.children if c.dep_ in ("amod", "acl") and c.lower_ in _SERVING
            and not any(n.dep_ == "neg" for n in c.children)
            for p in pobjs(c, _SERVING[c.lower_])
            if not any(a.lower_ in _GONE for a in p.children)] + _claimed_side(tok)


# "men claiming to speak for X (to belong to X, to be members of X, to represent X)"
_CLAIMING = words("claiming saying purporting")
_CLAIMED_TIES = {"speak": ("prep", "for"), "belong": ("prep", "to"), "act": ("prep", "for"),
                 "fight": ("prep", "for"), "represent": ("dobj", "")}
_MEMBER_WORDS = words("member members fighter fighters part")


def _claimed_side(tok: Token) -> list[Token]:
    """The side men say they serve: "men claiming to speak for X", "gunmen claiming to be
    members of X" (the claim is the story's word for who they are)."""
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ != "acl" or c.lower_ not in _CLAIMING:
            continue
        for x in c.children:
            if x.dep_ != "xcomp":
                continue
            if x.lemma_ == "be":
                out += [p for a in x.children if a.dep_ == "attr" and a.lower_ in _MEMBER_WORDS
                        for p in pobjs(a, {"of"})]
            elif (tie := _CLAIMED_TIES.get(x.lemma_)) is not None:
                out += pobjs(x, {tie[1]}) if tie[0] == "prep" else [
                    o for o in x.children if o.dep_ == "dobj"]
    return out


_NAMING = words("known called named calling identified nicknamed dubbed")


def _name_given(noun: Token) -> list[Token]:
    """The name a common noun is given by a participle: "a gang known as X", "a group
    called X", "a militia calling itself X", "a man identified as X"."""
    out: list[Token] = []
    for c in noun.children:
        if c.lower_ in _NAMING and (c.dep_ == "acl" or _naming_clause(c)):
            out += pobjs(c, {"as"}) + [g for g in c.children if g.dep_ in ("oprd", "attr")]
    return out


def _naming_clause(verb: Token) -> bool:
    """"a commander it identified as X", "a man police named as X": a clause on the noun
    whose own subject (no relative pronoun: "a man who named X" names another) gives it
    its name."""
    return verb.dep_ == "relcl" and verb.tag_ == "VBD" and any(
        c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") for c in verb.children)


def given_actor(noun: Token, ctx: Context) -> str | None:
    """The actor a common noun is named as: "a gang known as X", "a man identified as
    X"."""
    if noun.pos_ != "NOUN":
        return None
    return next((k for n in _name_given(noun) if (k := actor_of(n, ctx))), None)


# What a leader heads, named with his name: "X's government", "X's regime"
_RULE_NOUNS = words("government administration regime cabinet")


def regime_heads(tok: Token, ctx: Context) -> list[str]:
    """"(criticised) X's government (regime)": the person named as its owner, who heads
    it (not the state the word "government" would stand for alone)."""
    if tok.lemma_ not in _RULE_NOUNS:
        return []
    return [k for c in tok.children if c.dep_ == "poss" and (k := actor_of(c, ctx)) is not None
            and ctx.m.type_of(k) is ActorType.PERSON]


# Words that name some of a counted or plural group: "killed eleven fighters, among them
# X", "killing three of them, including X".
_SOME_OF = words("among including")


def _demonym(tok: Token, ctx: Context) -> bool:
    """"Canadian", "Canadians": a nationality's word, singular or plural."""
    gaz = ctx.m.gaz
    return bool(gaz.state_of_demonym(tok.text) or (
        tok.text.endswith("s") and gaz.state_of_demonym(tok.text[:-1])))


def _named_among(tok: Token, ctx: Context) -> list[str]:
    """The actors named as some of a counted or plural object: "(killed) eleven fighters,
    among them X", "six people, including X"; the parser may hang "among them X" on the
    verb after its object, which is read only for people."""
    if tok.tag_ != "NNS" and tok.pos_ != "NUM":
        return []
    names = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in _SOME_OF
             for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"
             and not _demonym(p, ctx)]  # ("including two Canadians": people, no state)
    # "(killed) three militants, including a commander it named as X": the name given
    names += [n for c in tok.children if c.dep_ == "prep" and c.lower_ in _SOME_OF
              for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"
              for n in _name_given(p)]
    verb = tok.head
    on_verb: list[Token] = []
    if tok.dep_ == "dobj" and verb.pos_ == "VERB":
        for c in verb.children:
            if c.i <= tok.i:
                continue
            if c.dep_ == "prep" and c.lower_ in _SOME_OF:
                on_verb += [p for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
                on_verb += [n for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"
                            for n in _name_given(p)]
            elif c.pos_ == "PROPN" and any(g.dep_ == "prep" and g.lower_ == "among"
                                           and g.i < c.i for g in c.children):
                on_verb.append(c)  # "among them X", X hung on the verb
    out: list[str] = []
    for name in names + on_verb:
        for t in expand(name):
            key = actor_of(t, ctx)
            if key is None or key in out:
                continue
            if name in on_verb and ctx.m.type_of(key) is not ActorType.PERSON:
                continue
            out.append(key)
    return out


def actors_of_tokens(tokens: list[Token], ctx: Context) -> list[str]:
    out: list[str] = []
    for tok in tokens:
        for t in expand(tok):
            # "killed a Y commander known as X": X, besides Y whose commander he is
            if (given := given_actor(t, ctx)) is not None and given not in out:
                out.append(given)
            key = actor_of(t, ctx)
            if key is None and (pair := two_sides(t, ctx.m)) is not None:
                out += [k for k in pair if k not in out]  # "the two sides": both parties
                continue
            if key is None and t.lower_ not in _HARMS:
                # "our comrade Heval Zagros": the named apposition (not one set beside a
                # harm: "the killings ..., Father X" names the victim)
                key = next((actor_of(c, ctx) for c in t.children if c.dep_ == "appos"), None)
            if key is None and t.tag_ == "NNS":
                # "gunmen linked to X shot dead ...": the side the men serve
                key = next((k for p in served_sides(t) if (k := actor_of(p, ctx))), None)
                if key is None and t.lemma_ in _MEN_FROM and not any(
                        c.lower_ in FORMER_WORDS for c in t.lefts):  # (not "former rebels")
                    # "gunmen from X", "fighters of X": the armed group they come from
                    key = next((k for p in pobjs(t, {"from", "of"}) if (k := actor_of(p, ctx))
                                and ctx.m.type_of(k) in _GROUPS), None)
            if key is None and t.pos_ == "NOUN":
                # "a gang known as X", "a militia calling itself X": the name it goes by
                key = next((k for n in _name_given(t) if (k := actor_of(n, ctx))), None)
            if key and key not in out:
                out.append(key)
            out += [k for k in _other_demonyms(t, key, ctx) if k not in out]
            out += [k for k in _other_owners(t, ctx) if k not in out]
            out += [k for k in _named_among(t, ctx) if k not in out]
    return out


def _other_demonyms(tok: Token, key: str | None, ctx: Context) -> list[str]:
    """"Malaysian and Indonesian authorities" (officials, envoys): each state the joined
    nationality words name, besides the first's, which the noun was read as."""
    if key is None or ctx.m.type_of(key) is not ActorType.STATE:
        return []
    gaz = ctx.m
    return [s for c in tok.children if c.dep_ == "amod" and gaz.state_for_word(c) == key
            for d in c.children if d.dep_ == "conj" and (s := gaz.state_for_word(d)) is not None]


def _other_owners(tok: Token, ctx: Context) -> list[str]:
    """"(met) leaders of X and Y": titles in the plural stand for each body listed after
    "of", not for the first alone (the title itself is read as the first body's); "the
    juntas (governments, armies) of X, Y and Z" stand for each state listed."""
    if tok.tag_ != "NNS":
        return []
    if tok.lower_ in _RULING_PLURALS:
        owners = [u for p in pobjs(tok, {"of"}) for u in expand(p)]
        return [k for u in owners if (k := actor_of(u, ctx)) is not None
                and ctx.m.type_of(k) is ActorType.STATE]
    if tok.lemma_ not in ROLE_NOUNS:
        return []
    owners = [u for p in pobjs(tok, {"of"}) for u in expand(p)][1:]
    return [k for u in owners if (k := actor_of(u, ctx)) is not None]


# A state's rulers or forces in the plural, one for each state after "of".
_RULING_PLURALS = words("governments juntas regimes administrations authorities armies "
                        "militaries")


# Words a part of a plural is counted by: "one of the X cutters", "two of its posts".
_COUNT_WORDS = words("one some several many most few both")


def counted_things(tok: Token) -> list[Token]:
    """"(fired on) one of the X cutters", "(struck) two of the army's posts": the plural
    noun a number or count word counts out, whose owner is the one struck."""
    if not (tok.like_num or tok.lower_ in _COUNT_WORDS) or tok.pos_ not in ("NUM", "PRON",
                                                                             "ADJ", "NOUN"):
        return []
    return [p for p in pobjs(tok, {"of"}) if p.tag_ in ("NNS", "NNPS")]


def pobjs(tok: Token, preps: frozenset[str] | set[str]) -> list[Token]:
    doc = tok.doc
    words = doc_words(doc)  # (a Token made only for each object found)
    kids, dep, lower = words.children, words.dep, words.lower
    return [
        doc[p] for c in kids[tok.i] if dep[c] in ("prep", "agent") and lower[c] in preps
        for p in kids[c] if dep[p] == "pobj"
    ]


# ------------------------------------------------------------------ rules


def candidate(src: str, rel: RelationType, tgt: str, tok: Token | None, ctx: Context,
          conf: float, state: str | None = None, neg: bool | None = None) -> Candidate:
    # who made the claim: the one who says it, or vows (warns) it ("X vowed that its
    # troops would ...")
    speaker = (governing_speaker(tok, ctx) or _warner(tok, ctx)) if tok is not None else None
    is_neg = negated(tok) if (neg is None and tok is not None) else bool(neg)
    if neg is None and tok is not None and not is_neg:
        is_neg = _claim_denied(tok)
    voice = None
    if rel not in ROLE_RELS and ctx.m.type_of(src) is ActorType.PERSON:
        org = organisation_of(src, ctx) or src
        if org != src and rel in VOICED_STANCES and ctx.m.type_of(org) is not ActorType.PERSON:
            voice = src  # (not a spokesman for a person: the words are the person's)
        src = org
    elif rel in VOICED_STANCES and tok is not None and quoted(tok) and (
            spoke := words_speaker(tok, ctx)) not in (None, src) and ctx.m.type_of(
            spoke) is ActorType.PERSON and src in (organisation_of(spoke, ctx),
                                                   speaking_for(spoke, ctx)):
        # '"We call on Y to ...," said X, its spokesperson (its leader, a member)': X's
        # words too
        voice = spoke
    return Candidate(src, rel, tgt, is_neg, conf, state,
                     speaker if speaker not in (None, src) else None, voice=voice)


# What a spokesperson says for a body is also theirs to have said: a demand, a criticism,
# a rejection (not what the body does: its attacks, its meetings, its truces).
VOICED_STANCES = frozenset({R.DEMANDS, R.CRITICIZES, R.OPPOSES})


def voiced(cands: list[Candidate]) -> list[Candidate]:
    """The stances a spokesperson voiced for a body, as the spokesperson's own too."""
    return [replace(c, source=c.voice, voice=None, source_actor=None) for c in cands
            if c.voice is not None and c.voice != c.target]
