"""An attack told first with an unnamed doer ("gunmen", "militants"), its doer named after.

Every attack told as news is remembered with what it struck and whose dead it left
(`resolve.AttackEvent`); a later claim ("X claimed the ambush", "X said it carried out
the attack", "X claimed responsibility for the blast", "X said its men had destroyed a
column of the army": what its men struck is what the attack struck), a blame ("the
army said, blaming X", "police said X was behind it") or an
identification of the doers ("the gunmen were believed to be members of X") gives X the
event: X TARGETS what it struck and X KILLED the side of its dead. A blame is the
blamer's claim (`source_actor`). A reference finds the nearest attack told by its word
("the ambush"), or the last of any kind ("the attack", "it"); one whose doer was named
is another's, never the claimant's; one dated apart ("claimed an attack last year",
"carried out the 2017 massacre") is another attack.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Span, Token

from .coref import ATTACKER_NOUNS, attack_key, bare_definite, note_attack_doer, said_to_be
from .filters import by_mood
from .lexicon import ATTACK_NOUNS, BLAST_NOUNS, KILL_NOUNS, KILL_VERBS, NEGATING_VERBS, words
from .resolve import (
    PLACES,
    AttackEvent,
    Candidate,
    Context,
    R,
    actors_of_tokens,
    candidate,
    governing_speaker,
    negated,
    organisation_of,
    pobjs,
    rule,
    subjects,
)
from .textprep import sentence_starts
from .threads import note_killing, told_after

# Clauses that tell an event as news, and participles hung on them ("..., killing four").
_TOLD = frozenset({"ROOT", "conj", "ccomp"})
# Words general enough to name any attack told before.
_ANY = words("attack attacks assault assaults incident it this that")
# Determiners of an event told before: "the ambush", "this attack", "Monday's bombing".
_DEFINITE = words("the this that these those")
# Words of a time that is not the story's: "an attack last year", "the bombing in 2019".
_OTHER_TIME = words("year month decade")
# The modifiers before an attack noun that may date it: "the (January) 2017 massacre"
_DATED = frozenset({"compound", "nummod", "npadvmod", "amod", "nmod"})
# Verbs under which a blame is refused or only reported to be refused.
_REFUSING = NEGATING_VERBS | words("dismiss rebuff")
# Nouns a blame is for, other than an attack's: "blamed X for the deaths".
_HARM_NOUNS = words("death deaths killing killings bloodshed massacre violence")
# Nouns of a bomb that went off: "claimed responsibility for the blast (for a bomb found
# under a police car)".
_BOMB_NOUNS = BLAST_NOUNS | words("bomb bombs bombing bombings")


def event_key(tok: Token) -> str:
    """The word an event is told and found by: "bombed" and "bombing" are "bomb"."""
    lemma = attack_key(tok)
    return lemma.removesuffix("ing") if lemma.endswith("ing") and len(lemma) > 6 else lemma


def told_as_news(verb: Token) -> bool:
    """A clause telling the event as done: the sentence's own (or said) verb, or a
    participle hung on one ("ambushed a convoy, killing four soldiers")."""
    if verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG":
        verb = verb.head
    return verb.dep_ in _TOLD and not negated(verb)


def note_event(tok: Token, rel: R, targets: list[str], doers: list[str], ctx: Context) -> None:
    """Remember an attack (or killing) told in the current sentence: what it struck
    (`rel` TARGETS) or whose dead it left (KILLED, its doer remembered for "the
    killings"); one sentence tells one event of each
    doer ("X struck Y after Z killed W" tells two)."""
    m = ctx.m
    doer = next((d for d in doers if m.type_of(d) not in PLACES), None)
    start = tok.sent.start
    events = ctx.attack_events
    event = events[-1] if events else None
    if event is None or event.sent != start or event.doer != doer:
        event = AttackEvent(start, set(), doer=doer)
        events.append(event)
    event.keys.add(event_key(tok))
    if rel is R.KILLED and doer is not None:
        note_attack_doer("kill", doer, tok, ctx)  # "the killings" later are the dead's doer's
    into = event.dead if rel is R.KILLED else event.targets
    into += [t for t in targets if t not in into and t != doer
             and not (rel is R.KILLED and m.type_of(t) in PLACES)]


# Nouns for a group's own men, owned by a pronoun: "its fighters", "our men".
_OWN_MEN = words("fighter fighters man men member members militant militants unit units "
                 "cell cells mujahideen")


def speakers_men(verb: Token, ctx: Context) -> list[str]:
    """"X said its fighters had carried out the attack": the speaker's group."""
    own = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in _OWN_MEN
           and any(p.dep_ == "poss" and p.lower_ in ("its", "their", "our")
                   for p in c.children)]
    speaker = governing_speaker(verb, ctx) if own else None
    if speaker is None or ctx.m.type_of(speaker) in PLACES:
        return []
    group = organisation_of(speaker, ctx)
    return [group] if group is not None and ctx.m.type_of(group) not in PLACES else []


def _other_time(noun: Token) -> bool:
    """"claimed an attack last year (in 2019)", "carried out the 2017 massacre (the
    January 2017 bombing)": an attack of its own time, not the one told before."""
    if any(_year(t) for c in noun.children if c.i < noun.i and c.dep_ in _DATED
           for t in c.subtree):
        return True
    return any(t.lemma_ in _OTHER_TIME or _year(t)
               for t in noun.head.subtree if t.dep_ in ("npadvmod", "pobj") and t.i > noun.i)


def _year(tok: Token) -> bool:
    return tok.like_num and len(tok.text) == 4 and tok.text.isdigit()


def one_event_told(noun: Token, ctx: Context) -> bool:
    """Whether an attack noun names one event told before ("the ambush"), read from the
    memory of events; "(some of) the attacks" name a campaign, whose target is the one
    the story told last (events._target_before)."""
    return bool(ctx.attack_events) and noun.tag_ != "NNS"


def referred_event(noun: Token, ctx: Context) -> AttackEvent | None:
    """The attack a definite noun ("the ambush", "the attack", "it") names: the nearest
    told by its word, or, for a word general enough, the last told."""
    if not ctx.attack_events:
        return None
    if noun.lower_ not in ("it", "this"):
        definite = any((c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss"
                       or (c.dep_ == "acl" and c.tag_ == "VBN" and noun.lower_ in _BOMB_NOUNS)
                       for c in noun.children)  # ("a bomb found under a car": that one)
        if not definite or _other_time(noun):
            return None  # "claimed an attack last year"
    key = event_key(noun)
    if key in _ANY or not any(key in event.keys for event in ctx.attack_events):
        return ctx.attack_events[-1]  # ("claimed the bombing" after "a bomb struck ...")
    return next(event for event in reversed(ctx.attack_events) if key in event.keys)


def credit(doer: str, event: AttackEvent | None, anchor: Token, ctx: Context, conf: float,
           blamer: str | None = None) -> list[Candidate]:
    """The event given to its doer: X TARGETS what it struck (and whom it killed), X
    KILLED its dead; told by another (a blame), it is the blamer's claim."""
    if event is None or (event.doer is not None and event.doer != doer) or _asked(anchor):
        return []
    if event.doer is None and event.credited is None:
        # (whose "the attackers" and "among the dead" are after: threads.py)
        event.credited, event.blamer = doer, blamer
    # (those it killed it struck: "gunmen killed six soldiers" is an attack on them too)
    struck = event.targets + [d for d in event.dead if d not in event.targets]
    out = [candidate(doer, R.TARGETS, t, anchor, ctx, conf) for t in struck] + [
        candidate(doer, R.KILLED, d, anchor, ctx, conf) for d in event.dead]
    if blamer is not None and blamer != doer:
        out = [c if c.source_actor is not None else replace(c, source_actor=blamer)
               for c in out]
    return [c for c in out if c.source != c.target]


def _asked(verb: Token) -> bool:
    """"(investigating) whether X was behind the attack": asked, not told."""
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if")
               for t in (verb, *verb.ancestors) for c in t.children)


def refused(verb: Token) -> bool:
    """"rejected (dismissed) claims that X was behind it": a blame not made."""
    return any(a.lemma_ in _REFUSING for a in verb.ancestors)


def _blamed(verb: Token, ctx: Context) -> list[str]:
    """"(the army said,) blaming X", "blamed X", "blamed it on X": the blamed, when the
    blame is for the event told and not for an attack noun read in events._blame."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.lower_ in ATTACK_NOUNS or o.lower_ in KILL_NOUNS for o in objs):
        return []  # "blamed the attack on X": events._blame reads it
    fors = pobjs(verb, {"for"})
    if any(f.lower_ in ATTACK_NOUNS for f in fors):
        return []
    if fors and not all(f.lower_ in _HARM_NOUNS or f.lower_ in ("it", "this") for f in fors):
        return []  # "blamed X for the crisis"
    if objs and objs[0].lower_ in ("it", "this"):
        return actors_of_tokens(pobjs(verb, {"on"}), ctx)
    return actors_of_tokens(objs, ctx)


# Relative words a killing is laid to through: "a killing that police attribute to X".
_RELATIVE = words("that which")


def _laid_to(verb: Token, ctx: Context) -> list[str]:
    """"Police attributed the killing to X", "blamed the killing on X", "the murder was
    attributed to X", "a killing that investigators attribute to X": the one a killing
    (no attack noun, read in events._blame; no "of" victim, read in killings.py) is laid
    to."""
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ in ("relcl", "acl") and (verb.dep_ == "acl" or any(
            t.lower_ in _RELATIVE for t in things)):
        things = [verb.head]  # (the noun the clause hangs on)
    if len(things) != 1 or negated(verb):
        return []
    thing = things[0]
    if not (thing.lower_ in KILL_NOUNS or thing.lower_ in _HARM_NOUNS) or pobjs(thing, {"of"}):
        return []
    if verb.lemma_ == "attribute":
        # (the parser may hang "to" on the noun, as it may "on")
        return actors_of_tokens(pobjs(verb, {"to"}) or pobjs(thing, {"to"}), ctx)
    return actors_of_tokens(pobjs(verb, {"on"}) or pobjs(thing, {"on"}), ctx)


def _behind(verb: Token, ctx: Context) -> list[str]:
    """"X was behind it (the killings)": the subject; "behind the attack" is read in
    events._blame."""
    if verb.lemma_ != "be":
        return []
    if not any(p.lower_ in ("it", "this") or p.lower_ in _HARM_NOUNS
               for p in pobjs(verb, {"behind"})):
        return []
    return actors_of_tokens([c for c in verb.children if c.dep_ == "nsubj"], ctx)


def _recent(event: AttackEvent, sent: Span, most: int = 3) -> bool:
    """The event was told in this sentence or in one of the few before it."""
    if event.sent == sent.start:
        return True
    # the sentences that start between the two, counted among the document's sentence
    # starts (read once) rather than by a walk over the Tokens between them
    starts = sentence_starts(sent.doc)
    return bisect_left(starts, sent.start) - bisect_left(starts, event.sent + 1) < most


def _claimed_event(verb: Token, last: AttackEvent, ctx: Context) -> AttackEvent | None:
    """"X claimed responsibility" (for the attack told last), "X claimed the killing",
    "claimed responsibility for the killings (for it, for the blast)"; an attack noun
    claimed is read in events._attack_noun, a killing told with its victim in
    killings.py."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    duty = [o for o in objs if o.lower_ == "responsibility"]
    if duty and not pobjs(duty[0], {"for"}):
        return last
    things = pobjs(duty[0], {"for"}) if duty else objs
    if not things or pobjs(things[0], {"of"}) or not (
            things[0].lower_ in KILL_NOUNS or things[0].lower_ in _HARM_NOUNS
            or things[0].lower_ in _BOMB_NOUNS or things[0].lower_ in ("it", "this")):
        return None
    return referred_event(things[0], ctx)


# Verbs that lay a harm at another's door: "blamed the killing on X", "attributed it to X".
_LAYING = words("blame attribute")
# Verbs that send a weapon on its way, and the weapons: "the drones were launched by X".
_LAUNCHING = words("launch fire drop plant")
_WEAPONS = words("drone drones rocket rockets missile missiles shell shells mortar mortars "
                 "bomb bombs grenade grenades projectile projectiles")


def _launched_by(verb: Token, ctx: Context) -> list[str]:
    """"the drones (the rockets, the bomb) were launched (fired, planted) by X": X, the
    doer of the attack they were told in (a weapon named with "the", as one told before;
    not "drones launched by X struck Y", which names its own target)."""
    if verb.lemma_ not in _LAUNCHING or verb.dep_ not in _TOLD or negated(verb):
        return []
    weapons = [c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ in _WEAPONS
               and bare_definite(c)]
    return actors_of_tokens(pobjs(verb, {"by"}), ctx) if weapons else []


# Verbs of a deed a group says its men did: "said its men had destroyed a column".
_HARM_VERBS = words("attack ambush destroy strike hit raid storm kill bomb blow target")


def _mens_deed(verb: Token, event: AttackEvent, ctx: Context) -> list[str]:
    """"X said its men had destroyed a column of the army" after an attack on the army
    told with no doer: X's, when what its men struck is the side the attack struck."""
    if event.doer is not None or negated(verb):
        return []
    group = speakers_men(verb, ctx)
    struck = {k for c in verb.children if c.dep_ == "dobj"
              for k in actors_of_tokens(list(c.subtree), ctx)}
    return group if group and struck & {*event.targets, *event.dead} else []


@rule
def attributed_attacks(sent: Span, ctx: Context) -> list[Candidate]:
    """Blames and identifications of the doers of the attack told last; and the dead
    a passive tells ("four soldiers were killed") remembered for them."""
    note_killing(sent, ctx)  # (a killing whose dead are no actor: threads.py)
    out: list[Candidate] = []
    recent: dict[int, bool] = {}  # an event's id -> told near enough (one walk a sentence)
    for tok, _, lemma, pos, dep, _ in ctx.words:
        if pos != "VERB" and lemma != "be":
            continue
        if lemma in KILL_VERBS and told_as_news(tok) and not pobjs(tok, {"by"}):
            dead = [c for c in tok.children if c.dep_ == "nsubjpass"]
            if dead:
                note_event(tok, R.KILLED, actors_of_tokens(dead, ctx), [], ctx)
            continue
        event = ctx.attack_events[-1] if ctx.attack_events else None
        if event is None:
            continue
        if (near := recent.get(id(event))) is None:
            near = recent[id(event)] = _recent(event, sent)
        if not near:
            continue
        if lemma == "claim" and not refused(tok):
            claimed = _claimed_event(tok, event, ctx)
            out += [c for s in subjects(tok, ctx) for c in credit(s, claimed, tok, ctx, 0.6)]
            continue
        if lemma in _HARM_VERBS and dep == "ccomp":
            # (the deed itself is remembered as an event of this sentence: the one before)
            told = next((e for e in reversed(ctx.attack_events) if e.sent != sent.start), None)
            if told is not None and _recent(told, sent) and (men := _mens_deed(tok, told, ctx)):
                out += [k for g in men for c in credit(g, told, tok, ctx, 0.55)
                        if (k := by_mood(c, tok)) is not None]
            continue
        if lemma in _LAYING:
            blamed = _laid_to(tok, ctx) or (_blamed(tok, ctx) if lemma == "blame" else [])
        else:
            blamed = _behind(tok, ctx) or (_launched_by(tok, ctx) if event.sent != sent.start
                                           else [])
        if blamed and not refused(tok):
            blamers = subjects(tok, ctx) if lemma in _LAYING else []
            out += [c for b in blamed for c in credit(
                b, event, tok, ctx, 0.55, blamers[0] if blamers else None)]
            continue
        doers = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")
                 and c.lower_ in ATTACKER_NOUNS and bare_definite(c)]
        if doers and event.sent != sent.start and (group := said_to_be(tok, ctx.m)):
            # "the gunmen were believed to be members of X"
            kept = [c for c in credit(group, event, tok, ctx, 0.55)
                    if by_mood(c, tok) is not None]
            out += kept
    return out + told_after(sent, ctx)
