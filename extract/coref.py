"""A small, conservative coreference: who "the group", "it", "he" and "the force" are.

Each reading has a strong cue and a short reach, and stays unread when two actors would
fit as well as each other:
- "the group", "the rebels", "the movement", "the mission", "the ministry": the nearest
  actor before it in its paragraph or the sentence before whose type fits the noun; for
  a noun that heads names ("the mission", "the force", "the party") only an actor whose
  name has it as head ("the United Nations Mission in X"), and for "the party" also a
  body told before as one ("the opposition X Congress", "X Lista, the main opposition
  party"). With none that near, the one actor of the document with that head, or the
  armed group it names far most;
- "it" as a subject, "its" as an owner: the organisation that is the subject of the
  clause, else of the sentence before; the "its" of a speaker told after what was said
  ("X called on Y to ..., its spokesman Z said"), the reported clause's subject; "he",
  "his": the person named before in the
  sentence, else the subject of the sentence before, else its only person. Never across
  a paragraph break, never to a person named in a quotation the pronoun is outside of;
  "it" as the subject of a clause joined by "and" to one whose subject is a body ("the
  front has denounced Y, and it controls Z"): that subject, whatever bodies the first
  clause took as objects;
- "the two sides", "both sides", "the two cartels (gangs, clans)": the two parties the
  sentence before names, when it names exactly two (a person named inside another
  party's phrase, "X, led by Prime Minister Y,", is no side of their own);
- "the attackers", "the assailants": the doer of the last attack or killing told;
- "the raid", "the strike" (condemned): the doer raids or strikes were told with ("X
  raided", "X's raid", "a Turkish strike", "claimed by X"); "the blasts" a bombing's,
  "the killings" the dead's; "the attack" an attack's or assault's so told, else any
  kind's. Two doers of that kind leave it unread, unless one attack is named just after
  the one told last by one doer;
- "rejected the decision (the move, the ruling)": the one actor that was the subject of
  the sentence before, when that sentence tells an act and not what someone said;
- "these attacks", "this assault": as "the attack", unless the sentence just before
  named an attack by the same noun with no doer (that one is meant, its doer unknown);
- "the force" with no name headed by "force": the armed group the story names far most,
  never a state's forces described by a nationality; "the main force in the region is
  X": X, the copula's subject told by the name after it;
- "the Polish agency", "the Kenyan ministry": the one body named before with that head
  noun and that state ("Poland's Internal Security Agency");
- "X are trained by Y, which backs them", "X were set up in 2016. Y backs them": the
  armed group named in the plural that is the subject of the main verb (of the sentence
  before), when no other body is named between;
- "the army", "the military", "the junta": the one state army named before it in the
  document, when only one has been; with two armies in the story it stays unread;
- "his government", "X's government" that acts: the one body named a government its
  person was read to lead ("the Government of National Unity, led by X"), else the one
  state he leads (by a title or any reading before: "X, who has led Mali"); "the
  government", "the country" in a story with no state of its own: the state told of just
  before; "the alliance", "the bloc", "the agency": also any intergovernmental body;
- "the general", "the minister": the person named with that title just before; "the
  70-year-old general" (a title told with its holder's age): the one person the nearest
  sentence naming any names;
- "The Special Envoy for X, Y, met Z", "the Humanitarian Coordinator" later: a title the
  model read as a body's name is the one person set beside its noun or given it before
  (what mentions.py does not read as a post or a titled name itself);
- "the cell" after "an X cell", "a cell of X": the part told again; its leader is one of
  X's people, not X's head;
- "the envoy's office", "the prosecutor's office": the one body named before as the
  "Office of the (Special) Envoy ...", "Office of the Prosecutor";
- "they", "their": an armed group that was the subject of the sentence before, named
  there alone; "its" in what a spokesman or commander says: their organisation's; "its"
  in a clause whose subject is "it": what that "it" stands for;
- "I", "me", "my" in a quotation: the person quoted as saying it, the subject of the
  speech verb that takes the quote ("'I condemn X,' Y said"); in a sentence of the quote
  with no speech verb of its own, the speaker of the quote's sentence before ("'...,' Y
  said. 'I condemn X.'"), when no sentence between was without a quotation and the
  quote is not attributed after it to someone else;
- "them" counted out ("pursued the attackers and killed six of them"): the plural noun a
  verb before it in its sentence took, read in turn; never a description set off by a
  comma ("31 people, most of them women").

Every definite reading skips the doer of its own clause ("X condemned the group" is not
X), and in a tie between subjects the one quoted as speaking ("X burned a clinic, the UN
said. The group ..." is X), then the subject of a clause below the main verb ("X has
raided posts since Y withdrew. The group ..." is X).

"The militia" and "the opposition" described as such earlier are read in
`context.described_group`. The relation keeps the sentence it was read in as evidence.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from actorgraph.domain import ActorType

from .groupnames import NAMING_NOUNS
from .lexicon import (
    ATTACK_NOUNS,
    BLAST_NOUNS,
    DESCRIPTORS,
    FOREIGN_POLICE_WORDS,
    GROUP_PARTS,
    KILL_NOUNS,
    KILL_VERBS,
    PLACE_NOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    STRUCK_NOUNS,
    words,
)
from .namecues import TITLE_HEADS, TITLE_WORDS
from .textprep import doc_text, sentence_of, sentence_starts
from .words import doc_words

# The types of actors that are places (resolve.py re-exports it for the readings).
PLACES = frozenset({ActorType.LOCATION, ActorType.FACILITY})

if TYPE_CHECKING:
    from .mentions import Mentions
    from .resolve import Context

# Nouns that mean the doers of an attack told before them.
_DOER_NOUNS = words("attacker attackers assailant assailants raider raiders")
# Types an organisation's own head noun can stand for ("the council", "the army").
_NAMED_TYPES = frozenset({ActorType.ARMED_GROUP, ActorType.ORGANIZATION,
                          ActorType.GOVERNMENT_BODY})
# Nouns for a state's armed forces as a whole.
_ARMY_NOUNS = words("army military junta")
_HIS = words("his her")
# Modifiers a bare definite phrase may carry and still be the same thing named before.
_BARE_DEPS = frozenset({"det", "nummod", "punct"})


def bare_definite(tok: Token, deps: frozenset[str] = _BARE_DEPS) -> bool:
    """"the force", "the four attackers", "that council": a noun with "the" (or "this",
    "that") and nothing that narrows it (but the modifiers `deps` allows)."""
    if tok.pos_ != "NOUN":
        return False
    left = [c for c in tok.children if c.i < tok.i]
    return (any(c.dep_ == "det" and (c.lower_ == "the" or _demonstrative(c)) for c in left)
            and all(c.dep_ in deps for c in left)) and not restricted(tok)


_DEMONSTRATIVES = words("this that")
_PLURAL_DEMONSTRATIVES = words("these those")


def _demonstrative(det: Token) -> bool:
    """"That council called on X", "this group", "condemns these attacks": a
    demonstrative points back as "the" does; not a "that" after a verb of speech ("said
    that council members"), which the parser may take for one."""
    if not (det.lower_ in _DEMONSTRATIVES and det.head.tag_ == "NN") and not (
            det.lower_ in _PLURAL_DEMONSTRATIVES and det.head.tag_ == "NNS"):
        return False
    before = det.doc[det.i - 1] if det.i > 0 else None
    return before is None or before.lemma_ not in SPEECH_VERBS


def restricted(tok: Token) -> bool:
    """"the group that worries officials most (is known as X)": a relative clause not set
    off by a comma says which one is meant, and that is one told there, not one before
    ("the group, which formed in 2004," still is)."""
    return any(c.dep_ == "relcl" and not any(
        t.text == "," for t in tok.doc[tok.i + 1 : c.left_edge.i]) for c in tok.rights)


def _paragraph_break(tok: Token) -> bool:
    """A blank line: spaCy keeps it as a whitespace token of its own."""
    return tok.is_space and tok.text.count("\n") >= 2


def counted_many(tok: Token) -> bool:
    """"the two cartels", "both groups", "the three militias": a plural of parties'
    nouns counted as more than one, which no single actor told before can be (people
    counted, "the two brothers", are read as before)."""
    return tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() in _PAIR_NOUNS and any(
        c.lower_ == "both" or (c.dep_ == "nummod" and c.like_num and c.lower_ not in (
            "one", "1")) for c in tok.children if c.i < tok.i)


def definite_antecedent(tok: Token, ctx: Context) -> str | None:
    """The actor a bare definite noun phrase stands for, or None when in doubt."""
    if counted_many(tok):
        return None  # "the two cartels": both of them (`two_sides`), never one
    if tok.lower_ == "government":
        # "his government"; else "the government" of a story with no state of its own
        # (extract/context.py): the state told of just before
        return led_government(tok, ctx) or (
            described_referent(ctx.m, tok) if bare_definite(tok) else None)
    if not bare_definite(tok):
        return name_tail(tok, ctx.m) or kind_first(tok, ctx.m) or titled_office(
            tok, ctx.m) or state_body(tok, ctx.m)
    if tok.lower_ in _DOER_NOUNS:
        return _credited_last(ctx) or ctx.last_attacker
    if tok.lower_ in _TOLD_DOER_NOUNS:
        return told_doer(tok, ctx)
    if tok.lower_ in _ARMY_NOUNS:
        return only_army_before(tok, ctx.m)
    m = ctx.m
    if (lemma := tok.lemma_.lower()) in _HEADED or lemma in _DESCRIBING:
        return described_referent(m, tok)
    if (titled := titled_referent(tok, m)) is not None:
        return titled
    heads = (tok.lower_, tok.lemma_.lower())
    named = {key for key, rec in m.actors.items() if rec.type in _NAMED_TYPES
             and rec.name and (rec.name.split()[-1].lower() in heads or (
                 tok.lower_ in _KIND_FIRST and rec.name.split()[0].lower() in heads))}
    if not named:
        # (the usual case: no actor's name ends in this noun)
        return _one_named_before_noun(tok, heads, m) or kind_first(tok, m)
    doc = tok.doc
    for i in range(tok.i - 1, -1, -1):
        if _paragraph_break(doc[i]):
            return None
        key = m.token_actor.get(i)
        if key in named:
            return key
    return None


def _one_named_before_noun(tok: Token, heads: tuple[str, str], m: Mentions) -> str | None:
    """"The clan" after "the Tarvo clan" (also "the crew", "the network"): the one group
    named before with that noun (groupnames.NAMING_NOUNS: the name alone is the actor's,
    the name with the noun one of its aliases); two such groups ("the Tarvo clan ... the
    Lenka clan") leave it unread. ("The gang", "the militia" and the other nouns of
    `_DESCRIBING` are `described_referent`'s.)"""
    if tok.lower_ not in NAMING_NOUNS:
        return None
    found = {key for i, key in m.token_actor.items() if i < tok.i and any(
        len(words_ := alias.split()) >= 2 and words_[-1] in heads
        for alias in m.actors[key].aliases)}
    return found.pop() if len(found) == 1 else None


# ------------------------------------------------------------------ the doers told before
#
# "Vowed to hunt down the killers", "the perpetrators will be punished": plural nouns for
# whoever did the attack (for "the killers", the killing) told a few sentences before,
# named there or credited after by a claim or a blame; the attacks of those sentences
# told by two doers leave them unread (and so does a doer named nowhere).

# Nouns for those who did the killing told before.
_KILLER_NOUNS = words("killers murderers")
# Nouns for those who did the attack told before ("the gunmen" who raided a town).
_TOLD_DOER_NOUNS = _KILLER_NOUNS | words("perpetrators culprits gunmen")
# Words a deadly event is remembered by (claims.event_key), beyond "kill".
_DEADLY_KEYS = words("kill killing shoot execute behead massacre murder assassinate "
                     "assassination")
_DOERS_REACH = 6  # sentences back the attack may be told


def _credited_last(ctx: Context) -> str | None:
    """The doer a claim or a blame gave the attack told last, when the article named it
    with no doer ("Armed men attacked X. Y blamed Z. ... the attackers": Z, not the doer
    of an attack told before)."""
    if not ctx.attack_events:
        return None
    last = max(e.sent for e in ctx.attack_events)
    told = [e for e in ctx.attack_events if e.sent == last]
    if any(e.doer is not None for e in told):
        return None
    credited = {e.credited for e in told} - {None}
    return credited.pop() if len(credited) == 1 else None


def told_doer(tok: Token, ctx: Context) -> str | None:
    """"The killers", "the perpetrators" (with "the" and nothing else before them): the
    doer of the attacks (the killings) told in its sentence or the few before it, when
    every attack (killing) the article told with a doer before it was that one's."""
    if not bare_definite(tok) or tok.tag_ != "NNS":
        return None
    starts = sentence_starts(tok.doc)
    here = bisect_right(starts, tok.i) - 1
    first = starts[max(0, here - _DOERS_REACH)]
    deadly = tok.lower_ in _KILLER_NOUNS
    told = [e for e in ctx.attack_events if e.sent <= starts[here] and (
        not deadly or e.dead or not e.keys.isdisjoint(_DEADLY_KEYS))]
    doers = {e.doer or e.credited for e in told}
    doers.discard(None)
    if len(doers) != 1 or not any(e.sent >= first and (e.doer or e.credited) for e in told):
        return None
    doer = doers.pop()
    return doer if doer is not None and ctx.m.type_of(doer) not in _NOT_DOERS else None


# Types no attack's doer is ("the city's killers" is no city).
_NOT_DOERS = frozenset({ActorType.LOCATION, ActorType.FACILITY, ActorType.MEDIA})


def name_tail(tok: Token, m: Mentions) -> str | None:
    """"The air force", "the task force", "the interior ministry", "the naval force": a
    definite noun whose lower-case words before it are, with it, the last words of the
    name of one body named before it in the document ("the Nigerian Air Force", "the
    Joint Task Force"), or the words its name has before a phrase or a place that only
    narrows it ("the X Naval Force Somalia", "the Y Naval Force in the Gulf"). Two such
    bodies leave it unread."""
    left = [c for c in tok.children if c.i < tok.i]
    if not any(c.lower_ == "the" and c.dep_ == "det" for c in left):
        return None
    mods = [c for c in left if c.dep_ not in _BARE_DEPS]
    if not mods or not all(c.dep_ in _TAIL_DEPS and c.is_lower and c.is_alpha
                           and c.i not in m.token_actor for c in mods):
        return None
    tail = [t.lower_ for t in tok.doc[mods[0].i : tok.i + 1]]
    if len(tail) != len(mods) + 1:
        return None  # (the words must run on to the noun: "the air force")
    found = set()
    for i, key in m.token_actor.items():
        rec = m.actors[key]
        if i >= tok.i or key in found or rec.type not in _NAMED_TYPES or not rec.name:
            continue
        if _tail_of_name(rec.name.split(), tail, m):
            found.add(key)
    return found.pop() if len(found) == 1 else None


# Nouns of a body named as a post holder's: "the Office of the Special Envoy".
_OFFICE_NOUNS = words("office bureau secretariat")


def state_body(tok: Token, m: Mentions) -> str | None:
    """"The Polish agency", "the Kenyan ministry": a noun that heads names, with "the" and
    a state's demonym only, is the one body named before in the document with that head
    whose name holds the state, or whose mention named the state beside it ("Poland's
    Internal Security Agency", "the Polish Internal Security Agency"). Two such bodies,
    or none, leave it unread."""
    noun = tok.lemma_.lower()
    if noun not in _HEADED or tok.tag_ != "NN":
        return None
    left = [c for c in tok.children if c.i < tok.i]
    mods = [c for c in left if c.dep_ not in _BARE_DEPS]
    if len(mods) != 1 or mods[0].dep_ not in ("amod", "compound") or not any(
            c.lower_ == "the" and c.dep_ == "det" for c in left):
        return None
    state = m.state_for_word(mods[0])
    if state is None:
        return None
    found = set()
    for i, key in m.token_actor.items():
        if i >= tok.i or key in found or key == state or m.type_of(key) not in _HEADED[noun] or (
                not _same_noun(name_head(m.actors[key].name), tok.lower_)):
            continue
        if _named_with_state(tok.doc[i], key, state, m):
            found.add(key)
    return found.pop() if len(found) == 1 else None


def _named_with_state(word: Token, key: str, state: str, m: Mentions) -> bool:
    """A mention of `key` (`word`, one of its words) named with the state: the state's
    name or demonym inside the name, or as its owner or modifier ("Poland's X")."""
    head = word
    while head.dep_ == "compound" and m.token_actor.get(head.head.i) == key:
        head = head.head
    return any(m.token_actor.get(c.i) == state or m.state_for_word(c) == state
               for c in head.children if c.dep_ in ("poss", "amod", "compound", "nmod"))


def titled_office(tok: Token, m: Mentions) -> str | None:
    """"The envoy's office", "the prosecutor's office": the one body named before it in
    the document whose name opens with the noun and holds the title after it ("the
    Office of the Special Envoy of X", "the Office of the Prosecutor"). Two such bodies,
    or none, leave it unread."""
    if tok.lower_ not in _OFFICE_NOUNS or tok.tag_ != "NN":
        return None
    owner = [c for c in tok.children if c.dep_ == "poss"]
    if len(owner) != 1 or not owner[0].is_lower or not owner[0].is_alpha or not any(
            c.lower_ == "the" and c.dep_ == "det" for c in owner[0].children):
        return None
    title = owner[0].lower_
    found = set()
    for i, key in m.token_actor.items():
        if i >= tok.i or key in found or m.type_of(key) not in _BODIES:
            continue
        name = m.actors[key].name.lower().split()
        if len(name) > 2 and name[0] == tok.lower_ and name[1] in _AFTER_HEAD and (
                title in name[2:]):
            found.add(key)
    return found.pop() if len(found) == 1 else None


# How a lower-case word before the noun may hang on it: "the task force", "the naval force".
_TAIL_DEPS = frozenset({"compound", "amod"})


def _tail_of_name(name: list[str], tail: list[str], m: Mentions) -> bool:
    """The name's words end in the tail, or have it just before "of"/"in" and what
    follows, or before a last word that is a place's name ("... Naval Force Somalia");
    never in the phrase after its head ("the X Command of the Y Armed Forces")."""
    lower = [w.lower() for w in name]
    n = len(tail)
    for end in range(n, len(lower) + 1):
        if lower[end - n : end] != tail or end - n == 0:
            continue
        if any(w in _AFTER_HEAD for w in lower[: end - n]):
            return False  # ("the armed forces" is not the X Command of the Y Armed Forces)
        rest = name[end:]
        if not rest or rest[0].lower() in _AFTER_HEAD or (
                len(rest) == 1 and m.is_place(rest[0])):
            return True
    return _head_of_words(lower, tail)


def _head_of_words(name: list[str], tail: list[str]) -> bool:
    """"The defence ministry" for the "(Syrian) Ministry of Defence", "the energy
    ministry" for the "Ministry of Energy and Mines": the noun is the name's head, and
    the words before it all stand in the phrase after "of" that names what it is of."""
    noun, mods = tail[-1], tail[:-1]
    if not mods or noun not in name:
        return False
    at = name.index(noun)
    after = name[at + 1 :]
    if not after or after[0] != "of" or any(w in _AFTER_HEAD for w in name[:at]):
        return False
    return set(mods) <= set(after[1:])


# Kinds a name opens rather than closes: "the operation" after "Operation Desert Falcon".
_KIND_FIRST = words("operation")
# Words after a name's opening kind noun in names written head first in Spanish,
# Portuguese, French or Italian ("Sindicato de X", "Comando da Y"). (English names so
# written are read by their head noun, `described_referent`; "the state" after "the State
# of X" is as often another state.)
_HEAD_FIRST_LINKS = words("de del da do dos das des du della di")
_THIS = words("the this that")


def kind_first(tok: Token, m: Mentions) -> str | None:
    """"The sindicato", "this sindicato": a lower-case noun with "the" or "this" and
    nothing else before it that is the opening word of the name of one body named before
    it in the document, a name written head first ("the Sindicato de X", "the Comando da
    Y"). Two such bodies leave it unread, and so does a plural ("the sindicatos": any)."""
    if not tok.is_lower or not tok.is_alpha or tok.pos_ not in ("NOUN", "PROPN", "X"):
        return None
    left = [c for c in tok.children if c.i < tok.i]
    if len(left) != 1 or left[0].lower_ not in _THIS or left[0].dep_ != "det":
        return None
    if tok.tag_ in ("NNS", "NNPS"):
        return None
    opening = {key for key, rec in m.actors.items() if m.type_of(key) in _NAMED_TYPES and (
        name := rec.name.lower().split()) and len(name) > 2 and name[0] == tok.lower_
        and name[1] in _HEAD_FIRST_LINKS}
    if not opening:
        return None  # (the usual case: a walk of the names only)
    found = {key for i, key in m.token_actor.items() if i < tok.i and key in opening}
    return found.pop() if len(found) == 1 else None


# Office holders' nouns that close a title the model may read as a body's name ("the
# Humanitarian Coordinator", "the Personal Envoy"); a body's own name has a code.
_HOLDER_NOUNS = words("coordinator envoy rapporteur representative mediator adviser advisor")
_TITLE_BODY_TYPES = frozenset({ActorType.ORGANIZATION, ActorType.GOVERNMENT_BODY})


def title_holder(tok: Token, m: Mentions) -> str | None:
    """What mentions.py leaves a body of a person's title: "The Humanitarian Coordinator
    for X, Y, said", the model's name running past the title's words (so not read there
    as a post), is the person set beside the title's noun; "The Personal Envoy" later, a
    title given before beside a name with words mentions.py's titles do not take
    ("Y, the Personal Envoy of the Secretary-General for X,"), is that person. Two such
    holders leave it unread, and so does a title never given a name."""
    key = m.token_actor.get(tok.i)
    if key is None or m.type_of(key) not in _TITLE_BODY_TYPES or m.actors[key].code or (
            m.actors[key].name.split()[-1].lower() not in _HOLDER_NOUNS):
        return None
    doc = tok.doc
    holders = set()
    i = 0
    while i <= tok.i:
        if m.token_actor.get(i) != key:
            i += 1
            continue
        end = m.name_end(i, key, len(doc))
        holders.update(_set_beside(doc[end - 1], m))
        i = end
    # (another given the same title beside a name the model read whole leaves it open)
    holders |= _given_title(m.actors[key].name, tok.doc, tok.i, m)
    return holders.pop() if len(holders) == 1 else None


def _given_title(title: str, doc: Doc, before: int, m: Mentions) -> set[str]:
    """The persons named before token `before` with the title's words beside the name:
    "the Personal Envoy of X, Y," or "Y, the Personal Envoy," (a title the model read as
    a name only later)."""
    words_ = set(title.lower().split())
    found = set()
    for i, key in m.persons:
        if i >= before:
            break
        span = range(i, m.name_end(i, key, before))
        root = next((doc[j] for j in span if doc[j].head.i not in span), None)
        if root is None:
            continue
        beside = [c for c in root.children if c.dep_ == "appos"]
        near = {t.lower_ for h in beside for t in h.subtree}
        if root.dep_ == "appos":
            near |= {t.lower_ for t in root.head.subtree if not i <= t.i < root.i + 1}
        if words_ <= near:
            found.add(key)
    return found


def _set_beside(noun: Token, m: Mentions) -> set[str]:
    """The persons in apposition to a title's noun. (A title the model read as the bare
    post, "The Resident and Humanitarian Coordinator in X, Y,", with its place or a
    joined post between it and the holder, is read in mentions.py, `_read_post`: its
    holder is never a body to read back here.)"""
    return {k for c in noun.children if c.dep_ == "appos"
            if (k := m.token_actor.get(c.i)) is not None and m.type_of(k) is ActorType.PERSON}


def part_told_again(tok: Token, m: Mentions) -> bool:
    """"the cell" (this faction) after "an X cell", "a cell of X": the part told before,
    named again by its noun. It may stand for X in what it does, but whoever leads it
    is one of X's people, not X's head. Only a part so told before counts ("the wing"
    with no part of anyone before it stays whatever it was read as)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in GROUP_PARTS or tok.i in m.token_actor:
        return False
    if not any(c.dep_ == "det" and c.lower_ in _THIS for c in tok.children):
        return False
    lemma = tok.lemma_.lower()
    return any(t.pos_ == "NOUN" and t.lemma_.lower() == lemma and _owned_by_body(t, m)
               for t in tok.doc[: tok.i])


def _owned_by_body(part: Token, m: Mentions) -> bool:
    """"an X cell", "a cell of X", "X's cell": a body's name owns the part noun."""
    owners = [c for c in part.children if c.dep_ in ("compound", "poss")]
    owners += [p for c in part.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children if p.dep_ == "pobj"]
    return any((k := m.token_actor.get(o.i)) is not None and m.type_of(k) in _NAMED_TYPES
               for o in owners)


# Nouns for the unnamed doers of an attack, named after as a group's ("the gunmen,
# members of X"), and nouns for a group's own men that name it ("fighters of X").
ATTACKER_NOUNS = _DOER_NOUNS | words("gunman gunmen militant militants bomber bombers "
                                     "insurgent insurgents")
_MEMBER_NOUNS = words("member members fighter fighters militant militants operative "
                      "operatives insurgent insurgents gunman gunmen cell cells unit units")
# Verbs that name the doers' side as one believed or found: "believed to be members of X".
_BELIEVED = words("believe suspect think say identify report")


def _group_of_members(tok: Token, m: Mentions) -> str | None:
    """"fighters of (from, with) X", "X fighters", "members of X": the group named."""
    if tok.lemma_.lower() not in _MEMBER_NOUNS and tok.lower_ not in _MEMBER_NOUNS:
        return None
    named = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from", "with")
             for p in c.children if p.dep_ == "pobj"]
    named += [c for c in tok.children if c.dep_ == "compound"]
    found = [k for t in named if (k := m.token_actor.get(t.i)) is not None
             and m.type_of(k) in _NAMED_TYPES]
    return found[0] if len(set(found)) == 1 else None


def pobjs_of(tok: Token, dep: str) -> list[Token]:
    """The objects of tok's prepositions of one dependency ("agent": "by X")."""
    return [p for c in tok.children if c.dep_ == dep for p in c.children if p.dep_ == "pobj"]


def said_to_be(verb: Token, m: Mentions) -> str | None:
    """The group a clause names its subject's side as: "were (believed to be) members of
    X", "were identified as fighters of X", "belonged to X"."""
    for _ in range(3):
        if verb.lemma_ == "belong":
            found = [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                     for p in c.children if p.dep_ == "pobj"
                     and (k := m.token_actor.get(p.i)) is not None
                     and m.type_of(k) in _NAMED_TYPES]
            return found[0] if found else None
        attrs = [c for c in verb.children if c.dep_ == "attr"] + [
            p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
            for p in c.children if p.dep_ == "pobj"] + [
            # "identified by officials as X": the parser may hang "as" on the agent
            p for a in pobjs_of(verb, "agent") for c in a.children
            if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
        for attr in attrs:
            if (group := _group_of_members(attr, m)) is not None:
                return group
            if verb.lemma_ == "identify" and (k := m.token_actor.get(attr.i)) is not None \
                    and m.type_of(k) is ActorType.ARMED_GROUP:
                return k  # "identified as Murle armed youth": the group itself
        nxt = [c for c in verb.children if c.dep_ == "xcomp"]
        if not nxt or (verb.lemma_ != "be" and verb.lemma_ not in _BELIEVED):
            return None
        verb = nxt[0]
    return None


def identified_doers(tok: Token, m: Mentions) -> str | None:
    """The group unnamed attackers are told to be of, in apposition: "the attackers,
    fighters of X, ...", "gunmen, believed to be members of X, ..."."""
    if tok.lower_ not in ATTACKER_NOUNS or tok.pos_ != "NOUN":
        return None
    for c in tok.children:
        if c.dep_ == "appos" and (group := _group_of_members(c, m)) is not None:
            return group
        if c.dep_ == "acl" and c.lemma_ in _BELIEVED and (group := said_to_be(c, m)):
            return group
    return None


# Attack nouns general enough to name any attack told before ("the assault" after "a
# drone strike").
_ANY_ATTACK = words("attack assault")


def attack_key(noun: Token) -> str:
    """The word an attack is remembered by: "strikes" and "airstrike" are a "strike"."""
    lemma = noun.lemma_.lower()
    return lemma.removeprefix("air") if lemma != "air" else lemma


# What a reaction's noun names, by the words an attack of that kind is told with: "the
# blasts" a bombing, "the strikes" a strike (or bombs dropped), "the killings" whoever
# left the dead; a noun of no kind here names the attacks told by its own word.
_KIND_WORDS = {
    "bombing": "bomb bombing blast explosion",
    "blast": "bomb bombing blast explosion",
    "explosion": "bomb bombing blast explosion",
    "strike": "strike bomb bombing bombard bombardment",
    "shelling": "shell shelling bombard bombardment",
    "bombardment": "shell shelling bombard bombardment bomb bombing strike",
    "killing": "kill killing murder slay slaying assassinate assassination shoot execute",
    "murder": "kill killing murder slay slaying assassinate assassination shoot execute",
    "shooting": "shoot shooting kill killing",
    "kidnapping": "kidnap kidnapping abduct abduction",
    "abduction": "kidnap kidnapping abduct abduction",
}
_KINDS = {noun: frozenset(told.split()) for noun, told in _KIND_WORDS.items()}


# Nouns of an attack a reaction names; "the blasts" name a bombing told before.
_EVENT_NOUNS = ATTACK_NOUNS | KILL_NOUNS | STRUCK_NOUNS | BLAST_NOUNS


def the_event_before(tok: Token, ctx: Context | None = None) -> bool:
    """"the strike", "the raid", "these attacks": an attack named before, with no doer of
    its own here
    ("condemned the raid as a crime": the "as" the parser may hang on the noun is the
    verb's, what the raid is called, not whose it is); "the attack on the ambulance"
    when an ambulance was what an attack told with its doer struck."""
    return tok.lower_ in _EVENT_NOUNS and any(
        c.lower_ == "the" or (c.dep_ == "det" and _demonstrative(c))
        for c in tok.children) and not any(
        c.dep_ in ("prep", "acl", "relcl", "compound", "amod", "poss") and c.lower_ != "as"
        and not (ctx is not None and _on_told_target(c, ctx)) for c in tok.children)


def _on_told_target(prep: Token, ctx: Context) -> bool:
    """"(the attack) on the ambulance": the thing attacked is named by the same noun in
    the sentence of an attack told before with its doer ("X opened fire on an
    ambulance")."""
    if prep.dep_ != "prep" or prep.lower_ not in ("on", "against"):
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
    if len(objects) != 1:
        return False
    noun, doc = objects[0].lemma_.lower(), prep.doc
    here = prep.sent.start
    for told in ctx.attack_doers.values():
        for _, at in told:
            sent = doc[at].sent
            if sent.start < here and any(t.lemma_.lower() == noun and t.pos_ == "NOUN"
                                         for t in sent):
                return True
    return False


def attack_doer(tok: Token, ctx: Context) -> str | None:
    """"Condemned the raid": the doer of the raids told with their doer (by the noun or
    the verb); "the blasts" of the bombings, "the killings" of whoever left the dead;
    "the attack" or "the assault": of those told by either word, else of the attacks told
    by any word ("a drone strike ... condemned the attack"). Two doers of that kind in
    the article leave it unread, unless one attack ("the raid", not "the raids") is
    named just after the one told last, by one doer."""
    doers = ctx.attack_doers
    key = attack_key(tok)
    if _told_without_doer(tok, ctx):
        return None
    if key in _ANY_ATTACK:
        told = [d for word, ds in doers.items() if word in _ANY_ATTACK for d in ds] or [
            d for ds in doers.values() for d in ds]
    else:
        told = [d for word in _KINDS.get(key, (key,)) for d in doers.get(word, ())]
    if not told:
        return None
    if tok.tag_ == "NN":
        last = max(at for _, at in told)
        latest = {d for d, at in told if at == last}
        if len(latest) == 1 and _just_before(last, tok):
            return latest.pop()
    first = told[0][0]
    return first if all(d == first for d, _ in told) else None


def _told_without_doer(tok: Token, ctx: Context) -> bool:
    """"X said it had nothing to do with the attack on the train. 'We condemn this
    attack'": the sentence just before named an attack by the same noun and gave it no
    doer; the noun points back to that one, whose doer is not known."""
    before = sentence_before(tok, across_breaks=True)
    if before is None or not any(t.lemma_ == tok.lemma_ and t.pos_ == "NOUN" for t in before):
        return False
    return not any(start == before.start for told in ctx.attack_doers.values()
                   for _, start in told)


def _just_before(start: int, tok: Token, most: int = 3) -> bool:
    """The sentence starting at `start` is tok's or one of the few before it."""
    starts = 0
    for t in tok.doc[start + 1:tok.sent.start]:  # (stop at the few-th: no long walks)
        if t.is_sent_start:
            starts += 1
            if starts >= most:
                return False
    return True


def note_attack_doer(word: str, doer: str, at: Token, ctx: Context) -> None:
    """Remember a doer of an attack told by `word` (a noun or a verb's lemma) in the
    sentence of `at`."""
    told = ctx.attack_doers.setdefault(word, [])
    start = at.sent.start
    if (doer, start) not in told:
        told.append((doer, start))


# Nouns for a decision, named after the act that made it.
_DECISION_NOUNS = words("decision move ruling order ban verdict")
_NOT_MAKERS = frozenset({ActorType.LOCATION, ActorType.FACILITY, ActorType.MEDIA})


def decision_maker(tok: Token, ctx: Context) -> str | None:
    """"X revoked Y's licence. Y rejected the decision": the one actor that is the subject
    of the sentence just before (not a speaker reporting it, nor the one rejecting)."""
    if tok.lemma_ not in _DECISION_NOUNS or not bare_definite(tok):
        return None
    before = sentence_before(tok)
    if before is None or before.root.lemma_ in SPEECH_VERBS or before.root.pos_ != "VERB":
        return None
    m = ctx.m
    keys = {k for t in subject_tokens(before) if (k := m.token_actor.get(t.i)) is not None}
    if len(keys) != 1:
        return None
    key = keys.pop()
    doers = {m.token_actor.get(c.i) for c in tok.head.children if c.dep_ in _SUBJECT_DEPS}
    return None if m.type_of(key) in _NOT_MAKERS or key in doers else key


def titled_referent(tok: Token, m: Mentions) -> str | None:
    """"The general", "the colonel", "the minister": the person named with that title
    just before ("General X", "Gen. X", "X, the region's president"), in the noun's
    paragraph or the sentence before; the nearest sentence with one must hold only one,
    and a noun inside a quotation stays unread."""
    mods = title_modifiers(tok)
    if mods is None or quoted(tok):
        return None  # (in a quote, "the general" may be the speaker's own)
    start = _window_start(tok)
    doc = tok.doc
    found: dict[str, int] = {}
    for i, key in reversed(m.persons):
        if i >= tok.i:
            continue
        if i < start:
            break
        if key not in found and tok.lower_ in titles_of(doc, i, m.name_end(i, key, tok.i)) \
                and mods <= _words_before(doc, i):
            found[key] = i
    if not found:
        return None
    nearest = sentence_of(doc[max(found.values())])
    close = {k for k, i in found.items() if nearest.start <= i < nearest.end}
    return close.pop() if len(close) == 1 else None


def aged_referent(tok: Token, m: Mentions) -> str | None:
    """"the 70-year-old general", "the 64-year-old minister": a title told with its
    holder's age after "the" describes again a person told just before ("X arrived. The
    70-year-old general, who has led Y since 2010, ...": X leads Y), not a new one: the
    one person the nearest sentence naming any names (before the noun in its own
    sentence), in the noun's paragraph or the sentence before. Two people there, a name
    set beside the noun, or a quotation leave it unread."""
    if tok.pos_ != "NOUN" or tok.lower_ not in TITLE_HEADS or quoted(tok) or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    if not any(c.dep_ == "amod" and c.lower_ == "old" and any(
            g.lower_ == "year" for g in c.children) for c in tok.children):
        return None
    if any(c.dep_ == "appos" for c in tok.children):
        return None  # ("the 70-year-old general, X, ...": X, read by the name)
    start = _window_start(tok)
    before = [(i, key) for i, key in m.persons if start <= i < tok.i]
    if not before:
        return None
    nearest = sentence_of(tok.doc[before[-1][0]])
    keys = {key for i, key in before if i >= nearest.start}
    return keys.pop() if len(keys) == 1 else None


def same_title_person(tok: Token, m: Mentions) -> str | None:
    """"The High Commissioner", "the Special Envoy": the one person named before with
    these title words ("UN High Commissioner for Human Rights X", "the UN Special Envoy
    for Yemen, X,"); a title of two words or more is looked for back to the text's start
    (a release names its author once), a single word in the noun's paragraph only. Two
    people so titled leave it unread."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or quoted(tok):
        return None
    mods = [c for c in tok.children if c.i < tok.i and c.dep_ not in _BARE_DEPS]
    if not all(c.dep_ in ("amod", "compound") and c.i not in m.token_actor
               and c.ent_type_ not in ("NORP", "GPE") for c in mods):
        return None
    title = {tok.lower_, *(c.lower_ for c in mods)}
    start = 0 if mods else _window_start(tok)
    doc = tok.doc
    found = set()
    for i, key in m.persons:
        if i >= tok.i:
            break
        if i < start:
            continue
        name = doc[i]
        sent = sentence_of(name)
        near = {t.lower_ for t in doc[max(sent.start, i - 8):i]}
        root = doc[m.name_end(i, key, tok.i) - 1]
        heads = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            heads.append(_title_phrase(root.head))
        near.update(t.lower_ for h in heads for t in h.subtree if not i <= t.i <= root.i)
        if title <= near:
            found.add(key)
    return found.pop() if len(found) == 1 else None


def _title_phrase(noun: Token) -> Token:
    """The title a name in apposition belongs to: the parser hangs the name on the last
    noun of a long title ("the Special Rapporteur on the situation in Myanmar, X"), the
    title is the noun whose phrase holds that one."""
    for _ in range(6):
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.pos_ not in (
                "NOUN", "PROPN"):
            break
        noun = noun.head.head
    return noun


# Abbreviated ranks and offices before a name ("Gen. X", "Maj. Gen. X") and the noun
# a later mention uses ("the general").
_TITLE_ABBREVIATIONS = {
    "gen.": "general", "gen": "general", "col.": "colonel", "col": "colonel",
    "lt.": "lieutenant", "maj.": "major", "brig.": "brigadier", "capt.": "captain",
    "cmdr.": "commander", "adm.": "admiral", "gov.": "governor", "sen.": "senator",
    "pres.": "president", "amb.": "ambassador", "sgt.": "sergeant"}


def title_modifiers(tok: Token) -> frozenset[str] | None:
    """"The minister" (no modifier), "the chief minister", "the defence minister": the
    title words narrowing a definite title noun; None when anything else narrows it."""
    if tok.pos_ != "NOUN":
        return None
    left = [c for c in tok.children if c.i < tok.i]
    if not any(c.lower_ == "the" and c.dep_ == "det" for c in left):
        return None
    mods = [c for c in left if c.dep_ not in _BARE_DEPS]
    if not all(c.dep_ in ("amod", "compound") and c.is_lower and c.lower_ in TITLE_WORDS
               for c in mods):
        return None
    return frozenset(c.lower_ for c in mods)


def _words_before(doc: Doc, start: int) -> frozenset[str]:
    """The lower-cased words of a title written just before a name ("Chief Minister X")."""
    return frozenset(t.lower_ for t in doc[max(0, start - 4) : start] if t.is_title)


def titles_of(doc: Doc, start: int, end: int) -> set[str]:
    """The title nouns a person was named with at tokens start..end: the word before
    the name, written out ("Gen." is a general), and the head of a title in
    apposition, after or before the name ("X, the region's president", "the army's
    commander, X")."""
    out = {doc[start].lower_}
    j = start - 1
    while j > 0 and start - j <= 2 and doc[j].dep_ == "compound" and doc[j].pos_ == "PROPN" \
            and doc[j].lower_ not in TITLE_WORDS and doc[j].lower_ not in _TITLE_ABBREVIATIONS:
        j -= 1  # (over a given name the model left out of the name: "Gen. Moses [Kabanda]")
    if j >= 0:
        before = doc[j].lower_
        out.add(_TITLE_ABBREVIATIONS.get(before, before))
    root = doc[end - 1] if end > start else doc[start]
    apposed = [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
    if root.dep_ == "appos" and root.head.i < start:
        apposed.append(root.head)
    out.update(t.lemma_.lower() for t in apposed if t.pos_ == "NOUN")
    return out


def only_army_before(tok: Token, m: Mentions) -> str | None:
    """The state army named before the token, when the document has named only one
    ("Sudan's army ... the Sudanese Armed Forces" is one: the forces a demonym makes,
    of the same code as the army named in full, are that army)."""
    armies = {key for i, key in m.token_actor.items() if i < tok.i and _an_army(key, m)}
    if len(armies) > 1 and len({m.actors[k].code for k in armies}) == 1:
        armies = {k for k in armies if not _generic(m, k)}
    if len(armies) > 1:
        # "Jamaican forces" beside the "Jamaica Defence Force": the same state's army
        named = {k for k in armies if not _generic(m, k)}
        states = {_first_state(k, m) for k in named}
        armies = named | {k for k in armies - named if _first_state(k, m) not in states}
    return armies.pop() if len(armies) == 1 else None


def _first_state(key: str, m: Mentions) -> str | None:
    """The state a name opens with, by its name or its people's ("Jamaican forces")."""
    return m.gaz.state_named(m.actors[key].name.split()[0])


_DEFENCE_WORDS = words("defence defense")
_FORCE_WORDS = words("force forces")


def _an_army(key: str, m: Mentions) -> bool:
    """A state's armed forces: a service of the army's role (not its police nor its
    intelligence), or a name of a state's "Defence Force(s)" ("the Jamaica Defence
    Force", "the Uganda People's Defence Force")."""
    rec = m.actors[key]
    if rec.type is not ActorType.ARMED_GROUP:
        return False
    if m.is_service(key):
        names = set(rec.name.lower().split())
        return not (rec.code and rec.code[3:6] != "MIL") and not (names & _POLICE_WORDS)
    lower = rec.name.lower().split()
    return len(lower) > 2 and lower[-2] in _DEFENCE_WORDS and lower[-1] in _FORCE_WORDS and (
        m.gaz.state_named(rec.name.split()[0]) is not None)


def led_government(tok: Token, ctx: Context) -> str | None:
    """"his government", "X's government" (X a person): the one government body named a
    government that X was read to lead ("the Government of National Unity, led by X"),
    else the one state he leads, by a title or by any reading before ("X, who has led
    Mali"); None for a person who leads none, or two."""
    from .resolve import actor_of  # (resolve reads this module; a call-time import)

    poss = [c for c in tok.children if c.dep_ == "poss"]
    if len(poss) != 1 or not (poss[0].lower_ in _HIS or poss[0].pos_ == "PROPN"):
        return None
    person = actor_of(poss[0], ctx)
    m = ctx.m
    if person is None or m.type_of(person) is not ActorType.PERSON:
        return None
    led = ctx.led_by(person, _RULED)
    governments = {k for k in led if m.type_of(k) is ActorType.GOVERNMENT_BODY
                   and "government" in m.actors[k].name.lower().split()}
    if len(governments) == 1:
        return governments.pop()
    states = {k for k in led if m.type_of(k) is ActorType.STATE}
    return states.pop() if len(states) == 1 and not governments else None


# What a person's "government" can be: the state he leads, or a body named a government.
_RULED = frozenset({ActorType.STATE, ActorType.GOVERNMENT_BODY})


# ------------------------------------------------------------------ across sentences
#
# News names an actor in full once and then speaks of "the group", "it", "he" or "the
# two sides". These readings reach back one sentence (or the same paragraph for a
# definite noun), and stay unread when two actors would fit as well as each other.

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_ORGS = frozenset({ActorType.ARMED_GROUP, ActorType.ORGANIZATION})
_BODIES = frozenset({ActorType.ORGANIZATION, ActorType.GOVERNMENT_BODY})
_GROUPS_ONLY = frozenset({ActorType.ARMED_GROUP})
# "it", "its": what an organisation, a group or a body is called.
_IT_TYPES = frozenset({ActorType.ARMED_GROUP, ActorType.ORGANIZATION,
                       ActorType.GOVERNMENT_BODY})
# The parties "the two sides" can stand for (not places).
_PARTY_TYPES = frozenset({ActorType.STATE, ActorType.ARMED_GROUP, ActorType.ORGANIZATION,
                          ActorType.GOVERNMENT_BODY, ActorType.PERSON})
# Plural nouns for a pair of parties -> the types the pair can be ("the two countries").
_STATES_ONLY = frozenset({ActorType.STATE})
_PAIR_NOUNS = {"side": _PARTY_TYPES} | {
    noun: _STATES_ONLY for noun in ("country", "nation", "government")} | {
    noun: _ORGS for noun in ("group", "faction", "movement", "militia")} | {
    noun: _GROUPS_ONLY for noun in ("cartel", "gang", "clan")}
# Definite nouns that refer back (by lemma) -> the types they can mean, and whether the
# actor's own name must have the noun as its head ("the mission" for "the X Mission in
# Y"; "the group" describes any group, whatever its name).
_DESCRIBING = {noun: _ORGS for noun in ("group", "organisation", "organization", "movement",
                                         "faction")}
_DESCRIBING |= {noun: _GROUPS_ONLY for noun in (
    "rebel", "militia", "insurgent", "jihadist", "fighter", "militant", "guerrilla", "gang",
    "cartel")}
# Words of the names of forces that a noun for an armed group never stands for: no
# police is "the militia"; no army, guard or gendarmerie is "the gang" or "the cartel"
# ("the gang threatened ..." after "an officer of the National Gendarmerie").
_POLICE_WORDS = words("police") | FOREIGN_POLICE_WORDS
_CRIME_NOUNS = words("gang cartel")
_STATE_FORCE_WORDS = _POLICE_WORDS | words(
    "army military force forces defence navy guard guards coastguard marines gendarmerie")
_HEADED = {noun: _BODIES for noun in ("mission", "agency", "council", "commission",
                                      "committee", "ministry", "department", "office")}
_HEADED |= {noun: _ORGS | {ActorType.GOVERNMENT_BODY} for noun in (
    "party", "alliance", "coalition", "front", "force", "union", "bloc", "association",
    "society")}
# "The government", "the country": a state as a whole.
_COUNTRY_NOUNS = words("country nation kingdom")
_DESCRIBING |= {noun: frozenset({ActorType.STATE}) for noun in ("government", *_COUNTRY_NOUNS)}
# Nouns news uses for a body of states whatever its name ("NATO ... the alliance", "the
# EU ... the bloc", "the World Food Program ... the agency"): any intergovernmental body
# fits them (CAMEO codes them IGO).
_BLOC_NOUNS = words("alliance bloc agency")
_IGO = "IGO"
# Words after which a name's head noun has been said: "Mission in Y", "Ministry of Z".
_AFTER_HEAD = words("of in for to on at against")
QUOTE_MARKS = ('"', "\u201c", "\u201d")


def headed_noun(tok: Token) -> bool:
    """A noun that heads names ("the front", "the council"): it refers back only to an
    actor whose name has it as head."""
    return tok.lemma_.lower() in _HEADED


def name_head(name: str) -> str:
    """The head noun of a name, lower case: "United Nations Mission in Y" -> "mission"."""
    head = ""
    for word in name.split():
        if word.lower() in _AFTER_HEAD and head:
            break
        head = word.lower()
    return head


def _same_noun(head: str, noun: str) -> bool:
    return head in (noun, f"{noun}s") or noun == f"{head}s" or (
        noun.endswith("y") and head == f"{noun[:-1]}ies")


def _break_before(sent: Span) -> bool:
    """A blank line between this sentence and the one before it."""
    doc = sent.doc
    j = sent.start - 1
    while j >= 0 and doc[j].is_space:
        if _paragraph_break(doc[j]):
            return True
        j -= 1
    return j >= 0 and doc[j].whitespace_.count("\n") >= 2


def sentence_before(tok: Token, across_breaks: bool = False) -> Span | None:
    """The sentence before the token's own, unless a paragraph break lies between (or
    across one, with `across_breaks`: a quotation may open the next paragraph)."""
    sent = sentence_of(tok)
    if sent.start == 0 or (not across_breaks and _break_before(sent)):
        return None
    j = sent.start - 1
    while j > 0 and tok.doc[j].is_space:
        j -= 1
    return sentence_of(tok.doc[j])


def _credit_closing_paragraph(tok: Token) -> Span | None:
    """'... ," X said.\n\nHe also ...': a paragraph closed by a quotation credited to
    its speaker, and the subject opening the next one, of its main verb, outside any
    quotation: the crediting sentence (the speaker is whom "he" goes on about)."""
    sent = sentence_of(tok)
    if tok.head.i != sent.root.i or tok.head.lemma_ in SPEECH_VERBS or not _break_before(sent) or (
            sent.start == 0) or next((t.i for t in sent if not t.is_space), -1) != tok.i:
        return None
    j = sent.start - 1
    while j > 0 and tok.doc[j].is_space:
        j -= 1
    before = sentence_of(tok.doc[j])
    if before.root.lemma_ not in SPEECH_VERBS or not any(
            t.text in QUOTE_MARKS for t in before) or quoted(before.root):
        return None
    return before


def quoted(tok: Token) -> bool:
    """Inside quotation marks: an odd count of them earlier in its paragraph."""
    text = doc_text(tok.doc)
    start = text.rfind("\n\n", 0, tok.idx) + 1
    return sum(text.count(q, start, tok.idx) for q in QUOTE_MARKS) % 2 == 1


def subject_tokens(sent: Span) -> list[Token]:
    """The subject of the sentence's main verb and its conjuncts ("A and B met")."""
    root = sent.root
    found = [c for c in root.children if c.dep_ in _SUBJECT_DEPS]
    if not found:
        # "From the start X was divided": the parser may hang the subject on the main
        # verb's auxiliary; it is still the main verb's
        found = [c for a in root.children if a.dep_ in ("aux", "auxpass")
                 for c in a.children if c.dep_ in _SUBJECT_DEPS]
    if not found and root.pos_ == "PROPN":
        # "X, the country's largest gang, split from Y": the parser made the name the
        # root and the verb a clause below it; the name is still what the sentence is of
        found = [root]
    out: list[Token] = []
    while found:
        tok = found.pop()
        out.append(tok)
        found += [c for c in tok.children if c.dep_ == "conj" and not _other_name(c)]
    return out


def _other_name(conj: Token) -> bool:
    """"The X Brigade, or Brigade 50, presents itself as ...": a name set off by commas
    after "or" is the subject's other name, not a second subject."""
    doc = conj.doc
    before = conj.left_edge.i
    after = conj.right_edge.i + 1
    return before >= 2 and doc[before - 1].lower_ == "or" and doc[before - 2].text == "," and (
        after < len(doc) and doc[after].text == ",") and conj.pos_ == "PROPN"


def previous_person(tok: Token, m: Mentions, depth: int = 0) -> str | None:
    """"He", "his": a person named before the pronoun in its own sentence (the nearest),
    else the person who was the subject of the sentence before (a "he" there read back
    in turn), else the only person named in it. Never across a paragraph break, and
    never a person named inside a quotation when the pronoun stands outside it."""
    outside = not quoted(tok)
    sent = sentence_of(tok)
    for i, key in reversed(m.persons):
        if i < sent.start:
            break
        if i < tok.i and not (outside and quoted(tok.doc[i])):
            return key
    if outside and (titled := _titled_subject(tok, sent, m)) is not None:
        return titled
    before = sentence_before(tok) if tok.dep_ in _SUBJECT_DEPS | {"poss"} else None
    if before is not None and outside and tok.head.lemma_ in SPEECH_VERBS:
        before = _before_quote(sent, before)
    elif before is None and outside and tok.dep_ in _SUBJECT_DEPS:
        before = _credit_closing_paragraph(tok)
    if before is None:
        return None
    doc = tok.doc
    people = {k for t in subject_tokens(before) if not (outside and quoted(t))
              if (k := m.token_actor.get(t.i) or _person_pronoun(t, m, depth)) is not None
              and m.type_of(k) is ActorType.PERSON}
    if not people:
        speaks = tok.head.lemma_ in SPEECH_VERBS
        people = {k for i, k in m.persons if before.start <= i < before.end
                  and not (outside and quoted(doc[i]))
                  and not (speaks and _told_killed(doc[i]))}
    return people.pop() if len(people) == 1 else None


def _titled_subject(tok: Token, sent: Span, m: Mentions) -> str | None:
    """"The Special Representative travelled to X, where she met Y": the person a title
    that is the sentence's subject before the pronoun stands for ("the mayor", "the
    Special Envoy", named so before), even across a paragraph break."""
    for subject in subject_tokens(sent):
        if subject.i >= tok.i or subject.i in m.token_actor or quoted(subject):
            continue
        key = titled_referent(subject, m)
        if key is None and (subject.lower_ in TITLE_WORDS or any(
                c.dep_ in ("amod", "compound") for c in subject.lefts)):
            key = same_title_person(subject, m)
        if key is not None and m.type_of(key) is ActorType.PERSON:
            return key
    return None


# Verbs whose object (or passive subject) is told dead: "killed X", "X was shot dead".
_DEATH_VERBS = KILL_VERBS | words("shoot execute behead neutralise neutralize eliminate")


def _told_killed(tok: Token) -> bool:
    """A person the sentence tells killed ("soldiers had killed X, a commander"): not the
    "he" who speaks in the next one."""
    while tok.dep_ in ("compound", "appos", "conj") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_ in _DEATH_VERBS


_QUOTE_REACH = 4  # sentences a quotation "he said" closes may span


def _marks(sent: Span) -> list[Token]:
    return [t for t in sent if t.text in QUOTE_MARKS]


def _before_quote(sent: Span, before: Span) -> Span | None:
    """'X welcomed the arrests. "A. B," he said.': for the speaker of a quotation that
    opened sentences before the one that credits it, the sentence before the quotation
    (the sentences between wholly inside it); `before` itself when the quotation opened
    in the crediting sentence, None when it cannot be told."""
    marks = _marks(sent)
    if len(marks) != 1 or not quoted(marks[0]):
        return before  # (the quotation opens in this sentence, or there is none)
    for _ in range(_QUOTE_REACH):
        inside = _marks(before)
        if not inside:
            if not quoted(before[0]):
                return None
        elif len(inside) == 1 and inside[0].i == next(
                (t.i for t in before if not t.is_space), -1):
            return sentence_before(before[0])  # the sentence the quotation opens
        else:
            return None
        nxt = sentence_before(before[0])
        if nxt is None:
            return None
        before = nxt
    return None


def _person_pronoun(tok: Token, m: Mentions, depth: int) -> str | None:
    """The subject "he" of the sentence before, read back once more (a few sentences at
    most: a story about one person goes on saying "he")."""
    if tok.lower_ not in _HE or depth >= _CHAIN:
        return None
    return previous_person(tok, m, depth + 1)


_HE = words("he she")
_CHAIN = 3  # sentences a chain of "he" may reach back


def previous_organisation(tok: Token, m: Mentions) -> str | None:
    """"It", "its": the organisation, group or body that is the subject of the clause the
    pronoun hangs on, else the one that (or the state that) was the subject of the
    sentence before (never across a paragraph break); "they", "their": an armed group
    so told ("The Taliban seized X. They ..."). Another organisation named between that
    subject and the pronoun could be meant as well ("X was named head of Y at its
    congress"): then it stays unread."""
    included = _owner_of_list(tok, m)
    if included is not None:
        return included
    key = _previous_body(tok, m)
    if key is not None and _title_across_bodies(tok, m):
        return None
    if tok.lower_ in _IT or key is None:
        return key
    return key if m.type_of(key) is ActorType.ARMED_GROUP and _alone_before(tok, m) else None


def plural_group_object(tok: Token, m: Mentions) -> str | None:
    """"X are trained by Y, which backs them", "X were set up in 2016. Y backs them":
    "them" taken by a verb another does is the armed group named in the plural ("the X
    Forces", "the X Brigades") that is the subject of the sentence's main verb, when the
    pronoun's verb is below it, else of the sentence before's; never the doer of the
    pronoun's own verb, and unread when another body is named in between."""
    if tok.lower_ != "them" or tok.dep_ not in ("dobj", "pobj"):
        return None
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    own = {k for c in verb.children if c.dep_ in _SUBJECT_DEPS
           if (k := m.token_actor.get(c.i)) is not None}
    if verb.dep_ == "relcl" and verb.head.i in m.token_actor:
        own.add(m.token_actor[verb.head.i])  # ("Y, which backs them": Y does it)
    sent = sentence_of(tok)
    root = sent.root
    if root.i == verb.i:
        before = sentence_before(tok)
        if before is None:
            return None
        root, start = before.root, before.start
    else:
        start = sent.start
    subjects = [c for c in root.children if c.dep_ in _SUBJECT_DEPS]
    key = m.token_actor.get(subjects[0].i) if len(subjects) == 1 else None
    if key is None or key in own or m.type_of(key) is not ActorType.ARMED_GROUP or not (
            m.actors[key].name.endswith("s")):
        return None
    between = {k for i in range(start, tok.i) if (k := m.token_actor.get(i)) is not None
               and m.type_of(k) in _IT_TYPES} - own - {key}
    return None if between else key


def _alone_before(tok: Token, m: Mentions) -> bool:
    """No other organisation in the sentence before, that "they" could take in too
    ("X met leaders of Y. They ...")."""
    before = sentence_before(tok)
    return before is None or len({k for i in range(before.start, before.end)
                                  if (k := m.token_actor.get(i)) is not None
                                  and m.type_of(k) in _IT_TYPES}) <= 1


_IT = words("it its")
# Where an "it" or "its" names the body a later definite noun may stand for.
_IT_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})


def _owner_of_list(tok: Token, m: Mentions) -> str | None:
    """"Four commanders of Y, including its leader, X": "its" in an "including" phrase is
    the one body the listed noun belongs to ("of Y"), whatever the clause's subject."""
    if tok.lower_ != "its" or tok.dep_ != "poss" or tok.head.dep_ != "pobj":
        return None
    including = tok.head.head
    if including.lower_ != "including":
        return None
    listed = including.head
    if listed.pos_ in ("VERB", "AUX"):
        # (the parser may hang "including" on the verb: the list is its object)
        listed = next((c for c in listed.children if c.dep_ in ("dobj", "nsubjpass")
                       and c.i < including.i), listed)
    keys = {k for p in listed.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"
            if (k := m.token_actor.get(o.i)) is not None and m.type_of(k) in _IT_TYPES}
    return keys.pop() if len(keys) == 1 else None


def _title_across_bodies(tok: Token, m: Mentions) -> bool:
    """"Y clashed with Z. Its founder, X, ...": a title owned by "its" with no body in its
    own sentence, after a sentence naming two bodies, could be either's: left unread
    (a leader given to the wrong group is worse than none)."""
    if tok.dep_ != "poss" or tok.head.lower_ not in ROLE_NOUNS:
        return False
    sent = sentence_of(tok)
    if any((k := m.token_actor.get(i)) is not None and m.type_of(k) in _IT_TYPES
           for i in range(sent.start, tok.i)):
        return False
    before = sentence_before(tok)
    if before is None:
        return False
    bodies = {t.i: k for t in _main_parties(before) if (k := m.token_actor.get(t.i)) is not None
              and t.i not in m.media_tokens and m.type_of(k) in _IT_TYPES}
    return len(set(bodies.values())) > 1 and not _one_sided(before, bodies)


# Verbs whose subject and the party in a phrase below it act together or against each
# other alike ("X clashed (met, merged) with Y"): neither is the more salient.
_MUTUAL_VERBS = words("clash fight battle meet talk negotiate sign merge ally agree "
                      "cooperate compete trade exchange skirmish war unite join")
# Prepositions whose object is only a place, a source or a time of the subject's act
# ("X split from Y", "X was set up in Y", "X rose after Y"), not a party acting beside it.
_ASIDE_PREPS = words("from to in into on at for after before since over under through "
                     "across near")


def _one_sided(sent: Span, bodies: dict[int, str]) -> bool:
    """The sentence's main verb has one body as its only subject and the others only in
    a phrase of place, source or time below it ("X split from Y in 2020. Its founder
    ..." is X's): the subject is the more salient, unless the verb tells two parties
    acting alike ("X clashed with Y")."""
    root = sent.root
    if root.lemma_ in _MUTUAL_VERBS or any(c.lemma_ in _MUTUAL_VERBS for c in root.conjuncts):
        return False
    subjects = {bodies[t.i] for t in subject_tokens(sent) if t.i in bodies}
    if len(subjects) != 1 or len(subject_tokens(sent)) != 1:
        return False
    doc = sent.doc
    for i, key in bodies.items():
        if key in subjects:
            continue
        t = doc[i]
        if not (t.dep_ == "pobj" and t.head.lower_ in _ASIDE_PREPS and t.head.head.i == root.i):
            return False
    return True


_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _main_parties(sent: Span) -> list[Token]:
    """The subjects and objects of a sentence's main verb, with "with"/"against" phrases
    and conjuncts ("Y clashed with Z", "Y and Z fought"): a body named deeper ("a strike
    on a Y facility") is no rival owner of a later "its"."""
    root = sent.root
    out = [c for c in root.children if c.dep_ in _PARTY_DEPS]
    out += [o for p in root.children if p.dep_ == "prep" for o in p.children
            if o.dep_ == "pobj"]
    return out + [c for t in out for c in t.conjuncts]


# Verbs by which an outlet carries what another says ("a statement carried by X"), and
# the nouns for what is so carried.
_CARRYING_VERBS = words("carry publish release broadcast air post circulate relay")
_CARRIED_NOUNS = words("statement communique communiqué message video recording post "
                       "letter text declaration")


def _carrier(tok: Token) -> bool:
    """The outlet that carried a statement ("In a statement carried by the state news
    agency, it demanded ..."): the channel, never the body that "it" stands for."""
    while tok.dep_ in ("compound", "amod", "det") and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "agent" else None
    return verb is not None and verb.lemma_ in _CARRYING_VERBS and verb.dep_ == "acl" and (
        verb.head.lemma_.lower() in _CARRIED_NOUNS)


def _definite_subject(subject: Token, m: Mentions) -> str | None:
    """A clause's subject that is a bare definite noun for a body ("the battalion", "the
    group"): the body described so before, else the one named just before that fits."""
    if subject.pos_ != "NOUN" or subject.i in m.token_actor or not described_definite(subject):
        return None
    from .context import NOBODY, described_group  # (context reads this module)
    described = described_group(m, subject)
    if described is not None:
        return None if described == NOBODY else described
    key = described_referent(m, subject)
    return key if key is not None and m.type_of(key) in _IT_TYPES else None


def _plural_subject(subject: Token, tok: Token) -> bool:
    """A subject in the plural, a common noun ("Police arrested its leader", "security
    forces captured two of its leaders"): never what a singular "it" or "its" is."""
    return tok.lower_ in _IT and subject.tag_ == "NNS" and subject.pos_ == "NOUN" and (
        subject.dep_ in _SUBJECT_DEPS)


def _reported_body(tok: Token, m: Mentions) -> str | None:
    """"X called on Y to halt the work, its spokesman Z said": the "its" of a speaker told
    after what was said is the body the reported clause names as its subject, whatever
    else that clause names."""
    role, verb = tok.head, tok.head.head
    if role.lower_ not in ROLE_NOUNS or role.dep_ != "nsubj" or verb.lemma_ not in SPEECH_VERBS:
        return None
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.i < role.i:
            key = next((k for c in clause.children if c.dep_ == "nsubj"
                        if (k := m.token_actor.get(c.i)) is not None), None)
            return key if key is not None and m.type_of(key) in _IT_TYPES else None
    return None


def _previous_body(tok: Token, m: Mentions, depth: int = 0) -> str | None:
    sent = sentence_of(tok)
    doc = tok.doc
    others = {k for i in range(sent.start, tok.i) if (k := m.token_actor.get(i)) is not None
              and i not in m.media_tokens and m.type_of(k) in _IT_TYPES
              and not _carrier(doc[i]) and not _plural_subject(doc[i], tok)}
    node = tok
    for _ in range(6):
        head = node.head
        if head.i == node.i:
            break
        if head.pos_ in ("VERB", "AUX"):
            subjects = [c for c in head.children if c.dep_ in _SUBJECT_DEPS
                        and c.i < tok.i and c.i != node.i]
            if subjects and _plural_subject(subjects[0], tok):
                # (the pronoun stands for someone told before them, unless a name no
                # actor was read from comes before it: "accused the X of abuses, and
                # its members ..." may be of that X)
                if any(doc[i].is_title and doc[i].is_alpha and i not in m.token_actor
                       and doc[i].dep_ in _PARTY_DEPS
                       for i in range(sent.start + 1, tok.i)):
                    return None
                subjects = []
            if subjects:
                key = doer_or_spoken_for(subjects[0], m) or _subject_owner(subjects[0], m, tok.i)
                if key is None and (key := _definite_subject(subjects[0], m)) is not None:
                    # "The battalion said its fighters killed X": the body the definite
                    # subject stands for (none other named before the pronoun)
                    return key if others <= {key} or _conjoined_it(tok, node) else None
                if key is not None and _conjoined_it(tok, node) and (
                        m.type_of(key) in _IT_TYPES or (m.type_of(key) is ActorType.STATE
                                                        and subjects[0].pos_ == "PROPN")):
                    return key  # "X denounced Y, and it controls Z": X controls Z
                if key is None and subjects[0].lower_ == "it":
                    # "It called for the release of its leader": the "it" read back (a
                    # body named before it in the sentence must be the same one)
                    key = _previous_body(subjects[0], m)
                    return key if key is not None and m.type_of(key) in _IT_TYPES and (
                        others <= {key}) else None
                if key is not None and not others and m.type_of(key) is ActorType.STATE and (
                        subjects[0].pos_ == "PROPN" and m.token_actor.get(subjects[0].i) == key):
                    return key  # "Kenya completed its withdrawal": the state named as subject
                return key if key is not None and others == {key} else None
        node = head
    if tok.dep_ == "poss" and (key := _reported_body(tok, m)) is not None:
        return key
    if tok.dep_ == "poss" and len(others) == 1:
        # "X said it would ..., its spokesman Y told reporters": the clause has no subject
        # before the pronoun; the one body named before it as a subject is meant
        key = next(iter(others))
        doc = tok.doc
        return key if any(m.token_actor.get(i) == key and doc[i].dep_ in _SUBJECT_DEPS
                          for i in range(sent.start, tok.i)) else None
    before = sentence_before(tok)
    if others:
        return None
    if before is None:
        # a paragraph opening "It holds ...", "Its leader, Y, ..." in a section headed by
        # the name of the body it is about: that body
        return section_topic(tok, m)
    subjects = subject_tokens(before)
    keys = {k for t in subjects
            if (k := doer_or_spoken_for(t, m) or _described_subject(m, t)) is not None}
    if not keys and before.root.lemma_ == "be" and not any(
            t.i in m.token_actor for t in subjects):
        # "The largest force in the region is X. It ...": what the sentence says the
        # subject is
        keys = {k for c in before.root.children if c.dep_ == "attr"
                and (k := m.token_actor.get(c.i)) is not None and m.type_of(k) in _IT_TYPES}
    if not keys and tok.dep_ == "poss" and tok.head.lower_ in ROLE_NOUNS and not any(
            t.lower_ in DESCRIPTORS or m.token_actor.get(i) is not None for t in subjects
            for i in range(t.left_edge.i, t.right_edge.i + 1)):
        # "The vote alarmed the X, the region's main party. Its chairman, Y, ...": with
        # no actor (nor "the army") as the subject, the one body the verb takes is meant
        keys = {k for t in _main_parties(before) if (k := m.token_actor.get(t.i)) is not None
                and t.i not in m.media_tokens and m.type_of(k) in _IT_TYPES}
    if not keys and depth < _IT_CHAIN and [t.lower_ for t in subjects] == ["it"]:
        # "X was founded in 2010. It left the truce in 2015. Months later its fighters
        # ...": the "it" the sentence before was about, read back in turn
        key = _previous_body(subjects[0], m, depth + 1)
        return key if key is not None and m.type_of(key) in _IT_TYPES else None
    if not keys and not any(m.token_actor.get(t.i) for t in subjects):
        # "Y broke away and formed X. Its leader is Z" under the heading "X": the body
        # the section is about, when the sentence before takes no other body
        return section_topic(tok, m, before)
    if len(keys) != 1:
        return None
    key = keys.pop()
    return key if m.type_of(key) in _IT_TYPES | _STATES_ONLY else None


_IT_CHAIN = 2  # sentences of "it" a pronoun may be read back through


def _conjoined_it(tok: Token, verb: Token) -> bool:
    """"X has denounced Y, and it controls Z": "it" as the subject of a clause joined
    to the one above it, whose subject it takes up again, whatever bodies that clause
    named after its verb (its objects are not what the joined clause is about)."""
    return tok.lower_ == "it" and tok.dep_ in _SUBJECT_DEPS and tok.head.i == verb.i and (
        verb.dep_ == "conj") and any(c.dep_ == "cc" for c in verb.head.children
                                     if verb.head.i < c.i < verb.i)

# ------------------------------------------------------------------ the section's body
#
# Backgrounders tell one group per section, under a heading in capitals that names it
# ("THE NORTHERN FRONT"); "it" and "its" there, with no body told just before them, are
# that group's, also at the head of a new paragraph.

_SECTION_REACH = 6  # paragraphs back a heading may stand
_HEADING_WORDS = 10  # words a heading has at most


def _heading(par: str) -> bool:
    """A paragraph that is a section's heading: a short line in capitals, no sentence."""
    line = par.strip()
    return (bool(line) and "\n" not in line and not any(ch.islower() for ch in line)
            and any(ch.isalpha() for ch in line) and len(line.split()) <= _HEADING_WORDS
            and not line.endswith((".", '"', "\u201d")))


def _heading_body(heading: str, m: Mentions) -> str | None:
    """The one organisation, group or body the heading spells the name (or a name) of:
    "THE X FRONT", "WHO ARE THEY: X FRONT"; a one-word heading names no one."""
    words_ = heading.strip().rsplit(":", 1)[-1].split()
    if words_ and words_[0].lower() == "the":
        words_ = words_[1:]
    if len(words_) < 2:
        return None
    spelled = " ".join(words_).casefold()
    found = {key for key, rec in m.actors.items() if rec.type in _IT_TYPES and any(
        name.casefold().removeprefix("the ") == spelled for name in (rec.name, *rec.aliases))}
    return found.pop() if len(found) == 1 else None


def _section_heading(tok: Token, m: Mentions) -> tuple[str | None, int, int] | None:
    """The heading over the section of `tok` (a few paragraphs back at most): the body
    it names (None when it names none), where the section's first paragraph begins
    (at the blank line after the heading) and where it ends (before `tok`'s own
    paragraph when that is a later one, else at `tok`); None with no heading."""
    doc = tok.doc
    text = doc_text(doc)
    sent = sentence_of(tok)
    opening = next((t.idx for t in sent if not t.is_space), tok.idx)
    begin = text.rfind("\n\n", 0, opening)
    limit = tok.idx
    for _ in range(_SECTION_REACH):
        if begin < 0:
            return None
        prev = text.rfind("\n\n", 0, begin)
        if _heading(text[prev + 2 if prev >= 0 else 0 : begin]):
            break
        limit, begin = begin, prev
    else:
        return None
    return _heading_body(text[prev + 2 if prev >= 0 else 0 : begin], m), begin, limit


def _headed_section_body(tok: Token, m: Mentions) -> str | None:
    """"X GANG\n\nThe gang grew out of ...": a definite noun in a section under a heading
    that spells a body's name, with no body named in the section before it, is that
    body (the caller checks its type fits the noun)."""
    found = _section_heading(tok, m)
    if found is None or found[0] is None:
        return None
    key, begin = found[0], found[1]
    doc = tok.doc
    if any(begin <= doc[i].idx < tok.idx and m.type_of(k) in _IT_TYPES
           for i, k in m.token_actor.items()):
        return None  # (a body the section names before the noun may be the one meant)
    return key


def section_topic(tok: Token, m: Mentions, before: Span | None = None) -> str | None:
    """The body the section of `tok` is about, by its heading, when that body is named
    in the section's first paragraph and the sentence before `tok` (across a paragraph
    break too) has no other body as a party (subject, object, or in a phrase of its
    verb); else None."""
    if tok.lower_ not in _IT:
        return None
    doc = tok.doc
    sent = sentence_of(tok)
    found = _section_heading(tok, m)
    if found is None:
        return None
    key, begin, limit = found
    # (the paragraph after the heading, up to the pronoun, names the body)
    if key is None or not any(k == key and begin <= doc[i].idx < limit
                              for i, k in m.token_actor.items()):
        return None
    if before is None and sent.start > 0:
        j = sent.start - 1
        while j > 0 and doc[j].is_space:
            j -= 1
        before = sentence_of(doc[j])
    if before is None:
        return key
    subjects = {k for t in subject_tokens(before) if (k := m.token_actor.get(t.i) or (
        _previous_body(t, m, _IT_CHAIN - 1) if t.lower_ == "it" else None)) is not None}
    if subjects:  # ("Smaller than its rival, it fought X": the subject is meant)
        return key if subjects == {key} else None
    return None if any((k := m.token_actor.get(t.i)) is not None and k != key
                       and m.type_of(k) in _IT_TYPES for t in _main_parties(before)) else key


def _subject_owner(subject: Token, m: Mentions, until: int) -> str | None:
    """"The KIA's leverage rests on what it captured": the one body that owns a subject
    that is no actor nor role ("X's strength", "X's leverage"), when no other doer is
    named between it and the pronoun at `until`."""
    if subject.pos_ != "NOUN" or subject.i in m.token_actor or subject.lemma_ in ROLE_NOUNS:
        return None
    owners = {k for c in subject.children if c.dep_ == "poss"
              if (k := m.token_actor.get(c.i)) is not None and m.type_of(k) in _IT_TYPES}
    if len(owners) != 1:
        return None
    owner = owners.pop()
    # (another doer named after it could be meant: "X's leaders treated Russia as a target
    # since its intervention" is Russia's)
    return None if any(k != owner and m.type_of(k) not in PLACES
                       for i, k in m.token_actor.items() if subject.i < i < until) else owner



def doer_or_spoken_for(subject: Token, m: Mentions) -> str | None:
    """The actor a subject names; for a person or a role ("a spokesman for X", "Y, X's
    commander,") the one organisation named in its phrase, whose "its" a pronoun in
    what they say is."""
    key = m.token_actor.get(subject.i)
    if key is None and len(named := {k for c in subject.children if c.dep_ == "appos" and (
            k := m.token_actor.get(c.i)) is not None and m.type_of(k) in _IT_TYPES}) == 1:
        return named.pop()  # "its armed wing, the X Units, said ...": the body set beside it
    if key is None and subject.lemma_ not in ROLE_NOUNS and subject.lower_ not in ROLE_NOUNS:
        return None
    if key is not None and m.type_of(key) is not ActorType.PERSON:
        return key
    keys = {k for t in subject.subtree if t.i != subject.i
            if (k := m.token_actor.get(t.i)) is not None and k != key
            and t.i not in m.media_tokens and m.type_of(k) in _IT_TYPES}
    return keys.pop() if len(keys) == 1 else key


def _described_subject(m: Mentions, tok: Token) -> str | None:
    """"The (banned) group claimed the attack. Its fighters ...": the subject read back in
    turn; a describing adjective leaves it the group named before ("a rival group" does
    not: described_referent)."""
    return described_referent(m, tok) if described_definite(tok) else None


_DESCRIBED_DEPS = _BARE_DEPS | {"amod", "compound"}


def described_definite(tok: Token) -> bool:
    """"The group", "the banned group", "the jihadist group" (a lower-case word the
    parser may hang on as a compound): a definite noun only described, not named."""
    return bare_definite(tok, _DESCRIBED_DEPS) and all(
        c.is_lower for c in tok.lefts if c.dep_ == "compound")


def _window_start(tok: Token) -> int:
    """Where a definite noun may look back to: its paragraph, and at least the sentence
    before it (a paragraph of one sentence follows the one that named the actor)."""
    doc = tok.doc
    sent = sentence_of(tok)
    par = doc_text(doc).rfind("\n\n", 0, sent.start_char)
    first = doc.char_span(par, par + 2, alignment_mode="expand") if par >= 0 else None
    start = min(sent.start, first.end) if first is not None else 0
    j = sent.start - 1
    while j > 0 and doc[j].is_space:
        j -= 1
    return min(start, sentence_of(doc[j]).start) if j >= 0 and sent.start > 0 else start


def described_referent(m: Mentions, tok: Token) -> str | None:
    """"The group", "the rebels", "the mission", "the ministry": the nearest actor before
    it, in its paragraph or the sentence before, whose type fits the noun (and, for a
    noun that heads names, whose name has it as head). When the nearest sentence with
    such an actor holds two, the one that is a subject there is meant; else it stays
    unread. With none so near: the document's only actor of that head noun, or for
    "the group" or "the rebels" the armed group the document names far most."""
    noun = tok.lemma_.lower()
    if noun in _HEADED:
        types, headed = _HEADED[noun], True
    elif noun in _DESCRIBING:
        types, headed = _DESCRIBING[noun], False
    else:
        return None
    if tok.tag_ == "NNS" and types is not _GROUPS_ONLY:
        return None  # "the groups", "the parties": more than one ("the rebels" is one)
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights) or any(
            c.lower_ in _OTHER_WORDS for c in tok.lefts):
        return None  # "the group of villagers", "a rival group": told there, or another
    if restricted(tok):
        return None
    if any(c.i in m.token_actor for c in tok.children if c.dep_ in _OWN_NAME_DEPS):
        return None  # "the Maute group", "the organisation X": named on the spot
    if noun in _COUNTRY_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "of":
        return None  # "the leaders of the country": a place in a phrase, not a doer
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and (
            told := _named_by_copula(tok, m)) is not None:
        # "The main force in the region is X": told by the name after the copula
        return told if m.type_of(told) in types else None

    def fits(key: str) -> bool:
        rec = m.actors[key]
        return rec.type in types and not (groups_only and (m.is_service(key) or (
            forces & set(rec.name.lower().split())))) and (
            not headed or _same_noun(name_head(rec.name), tok.lower_)
            or (noun in _BLOC_NOUNS and (rec.code or "").startswith(_IGO))
            or (noun == "party" and told_as_party(key, tok, m)))

    # (a state's army is not "the group" nor "the rebels", nor any police "the militia")
    groups_only = not headed
    forces = _STATE_FORCE_WORDS if noun in _CRIME_NOUNS else _POLICE_WORDS
    # "X condemned the group", "X, one of the group's units": the group is not X
    doers = _co_subjects(tok, m) | _appositive_holder(tok, m)
    near: dict[str, int] = {}
    doc = tok.doc
    decoded = doc_words(doc)  # (decoded once: no Token made for every word looked back over)
    for i in range(tok.i - 1, _window_start(tok) - 1, -1):
        key = m.token_actor.get(i)
        # (the decoded lemma first, as `_unnamed_same` tests it: a Token only for the noun)
        if not near and key is None and decoded.lemma[i].lower() == noun and _unnamed_same(
                doc[i], noun, m):
            return None  # "X raided Y. Police held members of a rival gang. The gang's ..."
        if key is None and decoded.lower[i] in _IT and decoded.dep[i] in _IT_SUBJECT_DEPS:
            # "It was formed when the original X split. Its leader has led the group":
            # the body "it" or "its" stands for, as a subject or an owner, is named there
            key = _previous_body(doc[i], m)
        if key is not None and decoded.dep[i] in ("compound", "poss") and _place_owner(
                doc[i], key, m):
            continue  # "X's Rio Seco region": X named as a place there, not a doer
        if key is not None and _named_as_foe(doc, i, key, m):
            continue  # "the largest anti-X force is Y. ... the group": Y, X's foe
        if key is not None and key not in near and key not in doers \
                and i not in m.media_tokens and fits(key) \
                and not (i in m.descriptor_tokens and _generic(m, key)):
            near[key] = i
    named = {k for k in near if _same_noun(name_head(m.actors[k].name), tok.lower_)}
    if named:  # "the movement" after the X Movement and the Y Front: the movement
        near = {k: i for k, i in near.items() if k in named}
    if not near:
        if (key := _headed_section_body(tok, m)) is not None and fits(key):
            return key  # "X GANG\n\nThe gang grew out of ...": the body of the heading
        return _only_or_main(m, tok, headed, fits)
    nearest = sentence_of(doc[max(near.values())])
    close = {k for k, i in near.items() if nearest.start <= i < nearest.end}
    tied = set(close)
    if len(close) > 1:
        close &= _clause_subjects(nearest, m)
    if len(close) > 1:  # "X burned a clinic, the UN said": X is told of, the UN tells
        close -= _speakers(nearest, m)
    if len(close) > 1:
        # "X has raided posts since Y withdrew. The group ...": the subject of the main
        # verb, not of a clause below it (two subjects of the main verb stay unread)
        close &= _main_subjects(nearest, m)
    if len(close) != 1 and not headed and tok.dep_ in _PROMINENT_DEPS:
        # no one subject among them: the armed group the story is about, if one is
        close = _prominent(m, tok, close or tied)
    return close.pop() if len(close) == 1 else None


# Words that make a body named with them a political party: "the opposition X", "the
# ruling X" (whatever its name's head: "Congress", "Movement", "Lista").
_PARTY_MARKS = words("opposition ruling governing")


def told_as_party(key: str, before: Token, m: Mentions) -> bool:
    """"The opposition X Congress walked out ... the party's spokesman", "X, the
    region's main opposition party, ... the party": a body whose name has no "party"
    in it is still "the party" where the text named it before as one, marked
    "opposition" or "ruling", or with "party" in apposition to its name."""
    doc = before.doc
    i = 0
    while i < before.i:
        if m.token_actor.get(i) != key:
            i += 1
            continue
        end = m.name_end(i, key, before.i)
        span = range(i, end)
        root = next((doc[j] for j in span if doc[j].head.i not in span), doc[i])
        near = [*root.children, *([root.head] if root.dep_ == "appos" else [])]
        if any(t.lower_ in _PARTY_MARKS for t in doc[max(0, i - 2) : i]) or any(
                t.lemma_.lower() == "party" and (t.dep_ == "appos" or t is root.head)
                for t in near):
            return True
        i = end
    return False


def _named_by_copula(subject: Token, m: Mentions) -> str | None:
    """The actor named after the copula whose subject is `subject` ("the main force in
    the region is X"), if one is."""
    return next((k for c in subject.head.children if c.dep_ == "attr"
                 if (k := m.token_actor.get(c.i)) is not None), None)


def _place_owner(tok: Token, key: str, m: Mentions) -> bool:
    """"Tolvara's Rio Seco region", "the X Company's Alta Vista district": a name (of actor
    `key`, `tok` one of its words) whose possessive owns a place (a place's name, or a
    kind of place's noun) is named as a place there, whatever type it was read as."""
    # (on the decoded words: the walk up the name makes no Token)
    words = doc_words(tok.doc)
    dep, offsets = words.dep, words.head_offsets
    i = tok.i
    while dep[i] == "compound" and offsets[i] and m.token_actor.get(i + offsets[i]) == key:
        i += offsets[i]
    if dep[i] != "poss":
        return False
    head = i + offsets[i]
    owned = m.token_actor.get(head)
    return (owned is not None and m.type_of(owned) in PLACES) or (
        words.lower[head] in PLACE_NOUNS) or any(
        dep[c] == "compound" and (k := m.token_actor.get(c)) is not None
        and m.type_of(k) in PLACES for c in words.children[head])


def _named_as_foe(doc: Doc, i: int, key: str, m: Mentions) -> bool:
    """A name written after "anti-" ("an anti-X militia", "the anti-X force"): the
    phrase tells of X's foe, never of X, so X is no candidate for a later "the group"."""
    while i > 0 and m.token_actor.get(i - 1) == key:
        i -= 1  # (to the name's first word: "anti-Boko Haram")
    lower = doc_words(doc).lower  # (decoded: no Token of the words before every name)
    return i >= 2 and lower[i - 1] == "-" and lower[i - 2] in _FOE_PREFIXES


_FOE_PREFIXES = words("anti counter")


# Dependencies by which an indefinite noun describes an actor named beside it ("X, a
# transnational gang", "X is a gang"), not another one.
_DESCRIBING_DEPS = frozenset({"appos", "attr"})


def _unnamed_same(t: Token, noun: str, m: Mentions) -> bool:
    """A noun of the definite's own kind told before it with "a", "another" or "rival"
    and no name ("members of a rival gang"): "the gang" after it is that one, not a
    group named further back. One in apposition to a name or after "is" describes
    that actor ("X, a transnational gang")."""
    if t.lemma_.lower() != noun or t.pos_ != "NOUN" or t.dep_ in _DESCRIBING_DEPS:
        return False
    if any(c.i in m.token_actor for c in t.children if c.dep_ in _OWN_NAME_DEPS):
        return False
    return any(c.lower_ in _OTHER_WORDS and c.lower_ not in _THIS for c in t.lefts)


# Where a reference tied between groups may be read as the story's group: a doer, an
# owner, an object ("the group's bases"), not a phrase below a noun ("a faction of the
# group" is not the group).
_PROMINENT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "dobj"})


def _prominent(m: Mentions, tok: Token, keys: set[str]) -> set[str]:
    """Of armed groups that fit a reference alike, the one the document has named at
    least twice as often as each other before it ("Y accuses Z of sheltering X's
    commanders. ... the group's bases" in a story about X); else all of them."""
    counts = Counter(k for i, k in m.groups if i < tok.i and k in keys)
    ranked = counts.most_common(2)
    if len(ranked) == len(keys) == 2 and ranked[0][1] >= _MAIN * ranked[1][1]:
        return {ranked[0][0]}
    if len(ranked) == 1 and len(keys) == 2:
        return set()  # (the other is no armed group: nothing tells them apart)
    return keys


def _main_subjects(sent: Span, m: Mentions) -> set[str]:
    """The actors that are the subject of a sentence's main verb (with conjuncts)."""
    return {k for t in subject_tokens(sent) if (k := m.token_actor.get(t.i)) is not None}


def _co_subjects(tok: Token, m: Mentions) -> set[str]:
    """The actors that are the subject of the clause a noun is the object of: a noun
    there names someone else ("Chad condemned the government" is not Chad itself)."""
    node = tok
    while node.dep_ in ("pobj", "prep", "conj") and node.head.i != node.i:
        node = node.head
    if node.dep_ not in ("dobj", "pobj", "dative", "attr", "oprd"):
        return set()
    return {k for c in node.head.children if c.dep_ in _SUBJECT_DEPS
            if (k := m.token_actor.get(c.i)) is not None}


def _appositive_holder(tok: Token, m: Mentions) -> set[str]:
    """The actor whose apposition a noun sits in: "X, one of the group's units" tells of a
    group other than X."""
    node = tok
    while node.dep_ in ("poss", "pobj", "prep") and node.head.i != node.i:
        node = node.head
    if node.dep_ != "appos":
        return set()
    key = m.token_actor.get(node.head.i)
    return {key} if key is not None else set()


def _speakers(sent: Span, m: Mentions) -> set[str]:
    """The actors a sentence quotes as saying it: the subjects of a verb of speech."""
    return _clause_subjects(sent, m, SPEECH_VERBS)


_OWN_NAME_DEPS = frozenset({"compound", "appos", "nmod"})
# Last words of an actor made from a nationality and an agent noun ("Basque militants").
_AGENT_SUFFIXES = words("forces police rebels militants intelligence")


def _generic(m: Mentions, key: str) -> bool:
    """An actor made from a nationality and an agent noun, which "the group" or "the
    rebels" may not mean: the description names no one group."""
    adj, _, last = m.actors[key].name.rpartition(" ")
    return last in _AGENT_SUFFIXES and bool(adj) and m.gaz.state_of_demonym(adj) is not None


# Words that make a definite noun another one than the one named before.
_OTHER_WORDS = words("other another rival second third new splinter breakaway different "
                     "separate smaller larger allied a an")


def _only_or_main(m: Mentions, tok: Token, headed: bool, fits: Callable[[str], bool]
                  ) -> str | None:
    """Beyond the paragraph: the one actor of the document with the noun as its name's
    head ("the mission"), or the armed group named at least twice as often as any other
    ("the rebels" in a story about one rebel group)."""
    if headed:
        # (a bare "the force" is no description of a state's forces: "Chadian forces"
        # names no force)
        bare = tok.lemma_.lower() in _ANY_FORCE and _bare(tok)
        found = {k for i, k in m.token_actor.items() if i < tok.i and fits(k)
                 and not (bare and i in m.descriptor_tokens and _generic(m, k))}
        if found or not bare:
            return found.pop() if len(found) == 1 else None

        def fits(key: str) -> bool:  # "the force": no name has it, any armed body may be
            return m.type_of(key) is ActorType.ARMED_GROUP and not _generic(m, key)
    counts = Counter(k for i, k in m.groups if i < tok.i and fits(k))
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] < _MAIN * ranked[1][1]):
        return None
    return ranked[0][0]


_MAIN = 2  # how many times as often the main group is named as any other
# Heads of names that also describe any armed body ("the force" after "the X Coast
# Guard", when no name is headed by it).
_ANY_FORCE = words("force")


def _bare(tok: Token) -> bool:
    """"the force" and nothing more: not "the main military force" (a kind told anew,
    often named just after: "the main force in the region is X"), nor a copula's subject."""
    return all(c.lower_ == "the" for c in tok.lefts) and not (
        tok.dep_ == "nsubj" and tok.head.lemma_ == "be")


def _clause_subjects(sent: Span, m: Mentions, verbs: frozenset[str] | None = None
                     ) -> set[str]:
    """The actors that are the subject of any clause of the sentence (with conjuncts),
    or of a clause whose verb is one of `verbs`."""
    found = [t for t in sent if t.dep_ in _SUBJECT_DEPS
             and (verbs is None or t.head.lemma_ in verbs)]
    keys = set()
    while found:
        t = found.pop()
        if (key := m.token_actor.get(t.i)) is not None:
            keys.add(key)
        found += [c for c in t.children if c.dep_ == "conj"]
    return keys


def two_sides(tok: Token, m: Mentions) -> tuple[str, str] | None:
    """"The two sides", "both sides", "the two countries", "the two groups": the two
    states named before the noun in its own sentence ("X's envoy met Y's, and the two
    governments agreed"), or two parties joined by "and" there ("after talks between X and
    Y, the two sides signed"), else the two parties of the sentence before, when it names
    exactly two of the kind the noun says (never across a paragraph break)."""
    kinds = _PAIR_NOUNS.get(tok.lemma_.lower())
    if kinds is None or not any(c.lower_ in ("two", "both") for c in tok.lefts):
        return None
    # (in its own sentence only states, or two parties joined by "and": "the two sides"
    # there is as often the subject and one other, "the UN in Lebanon called on both
    # sides")
    found = _two_parties(sentence_of(tok).start, tok.i, kinds, m) if kinds == _STATES_ONLY else (
        _joined_pair(tok, kinds, m))
    before = sentence_before(tok)
    if found is None and before is not None:
        found = _two_parties(before.start, before.end, kinds, m, tok.doc)
    return found


def _joined_pair(tok: Token, kinds: frozenset[ActorType], m: Mentions
                 ) -> tuple[str, str] | None:
    """Two parties joined by "and" before the noun in its own sentence, and no other
    party there: "after talks between X and Y, the two sides signed a truce"."""
    pair = _two_parties(sentence_of(tok).start, tok.i, kinds, m)
    if pair is None:
        return None
    doc = tok.doc
    joined = any(t.dep_ == "conj" and m.token_actor.get(t.i) == pair[1]
                 and m.token_actor.get(t.head.i) == pair[0]
                 for t in doc[sentence_of(tok).start:tok.i])
    return pair if joined else None


def _two_parties(start: int, end: int, kinds: frozenset[ActorType], m: Mentions,
                 doc: Doc | None = None) -> tuple[str, str] | None:
    parties: dict[str, None] = {}  # (in the order named)
    for i in range(start, end):
        key = m.token_actor.get(i)
        if key is not None and i not in m.media_tokens and m.type_of(key) in kinds and not (
                doc is not None and _told_inside_another(doc[i], key, m)):
            parties[key] = None
    if len(parties) != 2:
        return None
    first, second = parties
    return first, second


def _told_inside_another(tok: Token, key: str, m: Mentions) -> bool:
    """"X, led by Prime Minister Y, opposes Z": a person named inside another party's
    phrase (its leader, its spokesman) is told of that party, no side of their own."""
    if m.type_of(key) is not ActorType.PERSON:
        return False
    return any((other := m.token_actor.get(a.i)) is not None and other != key
               and m.type_of(other) is not ActorType.PERSON for a in tok.ancestors
               if a.pos_ == "PROPN")


# Words a part of a plural is counted by: "six of them", "some of them".
_PART_WORDS = words("one some many most several few all both dozens scores")
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def partitive_antecedent(tok: Token) -> Token | None:
    """"Pursued the attackers and killed six of them": "them" counted out ("six of them",
    "some of them") is the nearest plural noun before it in its sentence that a verb
    takes as its doer or object; None when that noun is the count's own phrase or none
    is there."""
    if tok.lower_ != "them" or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return None
    part = tok.head.head
    if not (part.like_num or part.lower_ in _PART_WORDS) or part.dep_ not in _SUBJECT_DEPS | {
            "dobj"} or part.head.pos_ not in ("VERB", "AUX") or (
            part.i > 0 and tok.doc[part.i - 1].text == ","):
        return None  # ("31 people, most of them women": a description, no verb's part)
    sent = sentence_of(tok)
    for t in reversed(sent[: part.i - sent.start]):
        if t.tag_ not in _PLURAL_TAGS or _inside_a_name(t):
            continue  # ("fighters of the Y of the Philippines": the fighters are meant)
        return t if t.dep_ in _PARTITIVE_DEPS and _taken_by_a_verb(t) else None
    return None


_PARTITIVE_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "conj"})


def shared_object(tok: Token) -> Token | None:
    """"Pursued the attackers and fired on them", "arrested the gunmen and questioned
    them": "them" taken by a verb joined to one before it that has no doer of its own
    (so "them" is not who does it) is the plural noun the verb before took as its
    object."""
    if tok.lower_ != "them" or tok.dep_ not in ("dobj", "pobj"):
        return None
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    if verb.pos_ != "VERB" or verb.dep_ != "conj" or verb.head.pos_ != "VERB" or any(
            c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    objects = [c for c in verb.head.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].tag_ not in _PLURAL_TAGS or any(
            c.dep_ == "conj" for c in objects[0].children):
        return None  # ("seized weapons and vehicles and burned them": not a doer)
    return objects[0]


def _inside_a_name(t: Token) -> bool:
    """A plural word that only modifies a noun: inside a name ("Communist Party of the
    Philippines") or an "of" phrase ("fighters of the Forces")."""
    return t.dep_ in ("compound", "poss") or (
        t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "PROPN"))


def _taken_by_a_verb(t: Token) -> bool:
    """The noun is a verb's doer or object, or in a phrase a verb or an act takes ("came
    under fire from the gunmen", "a strike against the fighters")."""
    while t.dep_ == "conj":
        t = t.head
    if t.dep_ == "pobj":
        return t.head.head.pos_ in ("VERB", "AUX", "NOUN")
    return t.head.pos_ in ("VERB", "AUX")


# ------------------------------------------------------------------ a threat's enemy
#
# A threat often names its enemy by a description and the group by name elsewhere in
# the story, before or after it ("vowed to crush the insurgents after X killed 20
# soldiers"). Two groups that fit leave it unread.

# Descriptions a threat gives its enemy by.
_ENEMY_NOUNS = words("insurgent insurgents militant militants rebel rebels gang gangs "
                     "terrorist terrorists jihadist jihadists attacker attackers assailant "
                     "assailants gunmen group militia extremists bandits killers perpetrators "
                     "culprits bombers kidnappers abductors")
_ENEMY_REACH = 2  # sentences before the threat's own that may name the group


def threatened_enemy(tok: Token, doers: list[str], m: Mentions) -> str | None:
    """"Vowed to crush the insurgents", "we will hunt them down": the one armed group,
    not a state's army nor the threatener, named in the threat's sentence or the two
    before it (no paragraph break between)."""
    if not (tok.lower_ in _ENEMY_NOUNS and bare_definite(tok)) and tok.lower_ != "them":
        return None  # ("we will hunt them down": those a threat is made against)
    start = sentence_of(tok).start
    for _ in range(_ENEMY_REACH):
        before = sentence_before(tok.doc[start])
        if before is None:
            break
        start = before.start
    end = sentence_of(tok).end
    groups = {k for i in range(start, end) if (k := m.token_actor.get(i)) is not None
              and k not in doers and m.type_of(k) is ActorType.ARMED_GROUP
              and not m.is_service(k) and not _generic(m, k)}
    return groups.pop() if len(groups) == 1 else None


def struck_owner(pronoun: Token, doers: list[str], m: Mentions) -> str | None:
    """"X shelled its positions": whose things an attack struck is not the attacker
    (a side does not strike its own camps); the one other body or state named before
    the pronoun in its sentence, else the one that was the subject of the sentence
    before."""
    sent = sentence_of(pronoun)
    doc = pronoun.doc
    kinds = _IT_TYPES | _STATES_ONLY
    named = {k for i in range(sent.start, pronoun.i) if (k := m.token_actor.get(i))
             is not None and i not in m.media_tokens and m.type_of(k) in kinds
             and k not in doers and m.token_actor.get(doc[i].head.i) not in doers}
    if len(named) > 1:  # (a fighting side before a body: "X left Y after Z shelled its ...")
        named = {k for k in named if m.type_of(k) in _SIDES}
    if not named and (before := sentence_before(pronoun)) is not None:
        named = {k for t in subject_tokens(before)
                 if (k := doer_or_spoken_for(t, m)) is not None
                 and m.type_of(k) in kinds and k not in doers}
    return named.pop() if len(named) == 1 else None


_SIDES = frozenset({ActorType.ARMED_GROUP, ActorType.STATE})


# ------------------------------------------------------------------ a quote's "I"

FIRST_PERSON = words("i me my myself")


def quoted_self(tok: Token, ctx: Context) -> str | None:
    """"I", "me", "my" inside quotation marks: the person quoted. The speaker of the
    speech verb the quote hangs on; a sentence of the quote with no speech verb of its
    own keeps the speaker of the quote's sentence before (`Context.quote_speaker`, which
    a sentence without quotation marks forgets), unless the quotation it opens closes in
    a later sentence that has a speech verb (the quote is someone's told there). A body
    quoted ("the ministry said") says no "I" of a person: unread."""
    from .resolve import credited_speaker, governing_speaker  # (resolve reads this module)

    if tok.lower_ not in FIRST_PERSON or not quoted(tok):
        return None
    m = ctx.m
    speaker = governing_speaker(tok, ctx)
    sent = sentence_of(tok)
    if speaker is None and (verb := crediting_verb(tok)) is not None:
        # '"I call on Y to act. We cannot wait," she said': the quote credited after it
        speaker = credited_speaker(verb, ctx)
    elif speaker is None:
        if ctx.quote_speaker is None or _speech_verb_in(sent):
            return None
        speaker = ctx.quote_speaker
    if speaker is None:
        return None
    return speaker if m.type_of(speaker) is ActorType.PERSON else None


def _speech_verb_in(sent: Span) -> bool:
    return any(t.lemma_ in SPEECH_VERBS for t in sent)


def _attributed_later(tok: Token) -> bool:
    """The quotation holding `tok` closes in a later sentence with a speech verb:
    '"I was there. We saw them," a resident said.'"""
    return crediting_verb(tok) is not None


def crediting_verb(tok: Token) -> Token | None:
    """The speech verb after the close of the quotation holding `tok`, when it closes in
    a later sentence: '"We demand that Y stop. If it does not, we will act," X said'
    ("said"); none when the quote closes in its own sentence or with no speech verb."""
    doc = tok.doc
    sent = sentence_of(tok)
    for t in doc[tok.i + 1:]:
        if _paragraph_break(t):
            return None
        if t.text in QUOTE_MARKS or (t.is_quote and t.text not in ("'", "\u2018", "\u2019")):
            close = sentence_of(t)
            if close.start == sent.start:
                return None
            return next((v for v in close if v.i > t.i and v.lemma_ in SPEECH_VERBS),
                        None) or next((v for v in close if v.lemma_ in SPEECH_VERBS), None)
    return None
