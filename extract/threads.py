"""An attack's dead and its doers named in a later sentence than the one that told it.

- The dead named after the killing: "Among the dead was X", "X was among those killed",
  "police identified one of the dead as X", "the dead commander was X", "Y named the
  commander as X" (after "killed a commander"). The named person is one of the dead of
  the last killing told (`resolve.AttackEvent`, noted by the rules that read the
  killing), or of the last that told its dead by the same noun ("the dead commander"
  after "killed the commander of Y" and "a landmine killed two soldiers"): its doer,
  when the article named or credited one, KILLED X; when it has none yet, X is
  remembered among the event's dead for a later claim or blame (claims.py). Two
  killings told last by different doers, a killing told more than a few sentences
  before, the wounded, the arrested and a victim who is no person leave it unread, and
  so does a sentence that names the doer itself (the dead are then told as its own:
  "among those killed was X, whom police described as the gang's chief").
- The doers, once the article has named them, acted on later under their common noun:
  "troops pursued the attackers and killed four of them", "police shot dead two of the
  gunmen": the group named or credited for the attack told last was killed by the
  subject. A blame keeps its blamer as the claim's source (as claims.credit does).
- A person told killed with no doer ("The patrol commander, X, was killed", "X was shot
  dead") in the sentence just after an attack told with its one doer ("Y ambushed a
  patrol"): Y KILLED X. Not one described as an attacker ("one attacker, X"), nor one
  the sentence ties to the doer ("X, a commander of Y"), nor one killed in a clause that
  names another doer ("when the police returned fire").
- A killing whose dead are no actor ("gunmen killed four soldiers") is remembered as an
  event of its sentence, for the two readings above and for claims.py; one killed "by
  members of X" has X for its doer.
- The article's main incident, the killing its opening (headline, dateline, lead) tells:
  its dead named paragraphs later ("Sergeant X was shot dead during the exchange", "X
  died of his wounds (at the scene)", "X was fatally wounded", "Among the dead was X",
  "the dead included X") are its doer's, when every killing told since was told by the
  same doer or by none, within `_MAIN_REACH` sentences, in no sentence of another time
  ("In 2019 ..."), and not by an accident or an illness; told with no doer yet, the dead
  are remembered for a claim or a blame after.
- Unnamed doers told killing a named person ("about eight armed men ... shot dead the
  foreman, X", "X was killed by gunmen"): the one doer of the attack told just before,
  or of the main incident.
- A person set beside the noun a killing told its dead by ("shot dead a security guard
  ... The guard, X, was shot in the chest"; "the dead commander was a national known as
  X") is one of that killing's dead.
- Fighting between two sides ("X and Y clashed"): one told killed in it is the other
  side's dead when the sentence names his side ("Lieutenant W of X", "W, a fighter of
  Y") or a sentence before did; a fight's subject is no doer of the dead otherwise.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from actorgraph.domain import ActorType

from .coref import ATTACKER_NOUNS, bare_definite, sentence_before
from .filters import by_mood
from .lexicon import KILL_VERBS, WOUND_VERBS, words
from .resolve import (
    PLACES,
    AttackEvent,
    Candidate,
    Context,
    R,
    actors_of_tokens,
    candidate,
    negated,
    pobjs,
    rule,
    subjects,
)
from .textprep import doc_text, sentence_starts

# Nouns for the dead of an attack: "among the dead (victims, fatalities)".
_DEAD_NOUNS = words("dead victim victims fatality fatalities casualty casualties")
# Verbs that name one of the dead: "identified the dead soldier as X", "named one of the
# victims as X".
_NAMING_VERBS = words("identify name")
# The words an event of killing is remembered by (claims.event_key), beyond KILL_VERBS.
_DEADLY_KEYS = KILL_VERBS | words("shoot execute behead massacre")
# The sentences back a later sentence may still speak of an event.
_MOST_BACK = 3
# ... and for "the attackers", when every attack the story told before had one doer
_ONE_DOER_BACK = 6


def _dead_phrase(tok: Token) -> bool:
    """"the dead", "the victims", "those killed", "the soldier killed", "the dead
    soldier", "one of the dead"."""
    if tok.lower_ == "one":
        return any(_dead_phrase(p) for p in pobjs(tok, {"of"}))
    if tok.lemma_.lower() in _DEAD_NOUNS or tok.lower_ in _DEAD_NOUNS:
        return True
    return any((c.dep_ == "amod" and c.lower_ == "dead")
               or (c.dep_ == "acl" and c.lemma_ in KILL_VERBS and c.tag_ == "VBN")
               for c in tok.children)


def _persons(toks: list[Token], ctx: Context) -> list[str]:
    return [k for k in actors_of_tokens(toks, ctx) if ctx.m.type_of(k) is ActorType.PERSON]


def _named_dead(tok: Token, ctx: Context) -> tuple[list[str], Token | None, bool]:
    """The people a clause names as the dead, the noun it names them by, and whether
    that noun alone makes them the dead: "Among the dead was X", "X was among the dead",
    "identified the dead N (one of the dead) as X", "the dead N was X"; "named the
    commander as X" when a killing told of "a commander" (`_noun_event`)."""
    if tok.lemma_ == "be":
        if any(_dead_phrase(p) for p in pobjs(tok, {"among"})):
            return _persons([c for c in tok.children if c.dep_ in ("nsubj", "attr")],
                            ctx), None, False
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if subj and subj[0].lower_ != "one" and _dead_phrase(subj[0]) \
                and subj[0].lemma_.lower() not in _DEAD_NOUNS:
            # "the dead commander was X" (not "the victims were mostly farmers"), "... was a
            # national known as X"
            attrs = [c for c in tok.children if c.dep_ == "attr"]
            return _persons(attrs + [p for a in attrs for p in _known_as(a)], ctx), subj[0], \
                False
        return [], None, False
    if tok.lemma_ == "include":
        # "the dead (those killed) included X"
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if subj and _dead_phrase(subj[0]):
            return _persons([c for c in tok.children if c.dep_ == "dobj"], ctx), None, False
        return [], None, False
    if tok.lemma_ in _NAMING_VERBS:
        named = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if not named:
            return [], None, False
        noun = named[0] if named[0].lower_ != "one" and named[0].lemma_.lower() not in (
            _DEAD_NOUNS) else None
        if _dead_phrase(named[0]):
            return _persons(pobjs(tok, {"as"}), ctx), noun, False
        if noun is not None and noun.tag_ == "NN" and _bare_the(noun):
            # "named the commander as X": one told killed before ("killed a commander")
            return _persons(pobjs(tok, {"as"}), ctx), noun, True
    return [], None, False


def _known_as(tok: Token) -> list[Token]:
    """"a national known as X", "a man identified as X": the name the noun is given."""
    return [p for c in tok.children if c.dep_ == "acl" and c.lemma_ in ("know", "identify")
            for p in pobjs(c, {"as"})]


def _bare_the(tok: Token) -> bool:
    left = [c for c in tok.children if c.i < tok.i]
    return [c.lower_ for c in left] == ["the"]


def _killed_nouns(verb: Token) -> set[str]:
    """The nouns a killing tells its dead by: "killed a commander of X and two guards"."""
    return {t.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
            for t in c.subtree if t.pos_ == "NOUN"}


def _noun_event(noun: Token, sent: Span, ctx: Context) -> AttackEvent | None:
    """The latest near killing whose dead were told by the noun ("the dead commander"
    after "killed the commander of X"), the event of that killing's doer."""
    lemma = noun.lemma_.lower()
    deadly = [e for e in ctx.attack_events if _deadly(e) and e.sent < sent.start
              and _near(e, sent)]
    for start in sorted({e.sent for e in deadly}, reverse=True):
        told = [e for e in deadly if e.sent == start]
        for verb in sent.doc[start].sent:
            if not _killing_verb(verb) or lemma not in _killed_nouns(verb):
                continue
            killers = _killers(verb, ctx)
            mine = [e for e in told if doer_of(e) in killers]
            if mine:
                return mine[-1]
            if len({doer_of(e) for e in told}) == 1:
                return told[-1]
    return None


def _deadly(event: AttackEvent) -> bool:
    return bool(event.dead) or not event.keys.isdisjoint(_DEADLY_KEYS)


def _near(event: AttackEvent, sent: Span, most: int = _MOST_BACK) -> bool:
    """Told in this sentence or in one of the few (`most`) before it."""
    starts = sentence_starts(sent.doc)
    here = starts.index(sent.start) if sent.start in starts else None
    there = starts.index(event.sent) if event.sent in starts else None
    return here is not None and there is not None and 0 <= here - there <= most


def _last_killing(sent: Span, ctx: Context) -> AttackEvent | None:
    """The killing told last, near enough; None when the last sentence that told one
    told two by different doers."""
    deadly = [e for e in ctx.attack_events if _deadly(e) and e.sent <= sent.start]
    if not deadly or not _near(deadly[-1], sent):
        return None
    last = [e for e in deadly if e.sent == deadly[-1].sent]
    if len({doer_of(e) for e in last}) > 1:
        return None
    return last[-1]


# The sentences of an article's opening (headline, dateline, lead) that tell its main
# incident, and how far on its dead may still be named.
_LEAD = 4
_MAIN_REACH = 10


def _other_time(sent: Span) -> bool:
    """"In 2019 ...", "last year": a sentence of the story's past."""
    return any((t.like_num and len(t.text) == 4 and t.text[:2] in ("19", "20")
                and not any(a.lemma_ == "bear" for a in t.ancestors))  # (not "born in 1990")
               or (t.lemma_ in ("year", "decade") and t.i > 0
                   and t.doc[t.i - 1].lower_ in ("last", "previous"))
               for t in sent)


def _main_incident(sent: Span, ctx: Context) -> AttackEvent | None:
    """The killing the article's opening (headline, dateline, lead) tells ("Gunmen
    ambushed a patrol, killing four soldiers"), whose dead a later sentence names when
    the opening named one doer at most and every killing or attack told since was told
    by the same doer or by none: the last of them. None in a sentence of another time ("in
    2019 ..."), and beyond `_MAIN_REACH` sentences."""
    deadly = [e for e in ctx.attack_events if _deadly(e) and e.sent < sent.start]
    if not deadly or _other_time(sent):
        return None
    starts = sentence_starts(sent.doc)
    if sent.start not in starts or any(e.sent not in starts for e in deadly):
        return None
    here = starts.index(sent.start)
    if starts.index(deadly[0].sent) > _LEAD or here - starts.index(deadly[0].sent) > _MAIN_REACH:
        return None
    if "\n\n" not in doc_text(sent.doc)[sent.doc[deadly[0].sent].idx : sent.start_char]:
        return None  # (the lead's incident is told on in later paragraphs, not in its own)
    doers = {doer_of(e) for e in deadly} - {None}
    # (every attack told since the opening, deadly or not: "police opened fire on a
    # meeting" between the lead and the dead makes them the police's to tell)
    doers_since = {doer_of(e) for e in ctx.attack_events
                   if deadly[0].sent < e.sent < sent.start} - {None}
    if len(doers | doers_since) > 1:
        return None  # (another killing or attack told since, or two sides)
    if any(len({doer_of(e) for e in deadly if e.sent == d.sent}) > 1 for d in deadly):
        return None  # (a sentence told two killings, one with no doer named)
    return next(e for e in reversed(deadly) if not doers or doer_of(e) in doers)


def _attack_just_before(sent: Span, ctx: Context) -> AttackEvent | None:
    """With no killing told near: the attack told in the sentence just before, by its one
    named (or credited) doer ("X attacked the village, burning 60 houses. Among those
    killed was Y": the dead the attack left)."""
    told = sentence_before(sent[0])  # (not across a paragraph break)
    if told is None:
        return None
    before = [e for e in ctx.attack_events if e.sent == told.start
              and e.keys.isdisjoint(_FIGHTING)]
    if not before or len({doer_of(e) for e in before}) != 1 or doer_of(before[-1]) is None:
        return None
    if any(k != doer_of(before[-1]) for t in told if _subject_word(t)
           and (k := ctx.m.token_actor.get(t.i)) is not None
           and ctx.m.type_of(k) not in PLACES):
        return None  # ("X and Y attacked the village": whose dead is not told)
    return before[-1]


# Words of fighting between sides, which tell no one attack whose dead are named after.
_FIGHTING = words("fight clash battle engage")


def _subject_word(tok: Token) -> bool:
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass")


def _add_dead(event: AttackEvent, victims: list[str], doer: str | None,
              ctx: Context) -> list[str]:
    """The victims who are neither the doer nor one of his own (a role tying them to
    him), added to the event's dead."""
    victims = [v for v in victims if v != doer
               and not any(t == doer for _, t in ctx.roles.get(v, ()))]
    event.dead += [v for v in victims if v not in event.dead]
    return victims


def doer_of(event: AttackEvent) -> str | None:
    """The doer the article named for an event, or the one a claim or blame credited."""
    return event.doer or event.credited


def _killed_by_doer(doer: str, victims: list[str], event: AttackEvent, anchor: Token,
                    ctx: Context) -> list[Candidate]:
    out = []
    for v in victims:
        if v == doer:
            continue
        c = candidate(doer, R.KILLED, v, anchor, ctx, 0.55)
        if event.doer is None and event.blamer is not None and c.source_actor is None \
                and event.blamer != doer:
            c = replace(c, source_actor=event.blamer)
        if (kept := by_mood(c, anchor)) is not None:
            out.append(kept)
    return out


def _names(tok: Token, key: str, ctx: Context) -> bool:
    """Whether the sentence of a clause naming the dead names the actor itself, other
    than as the one who names them ("the army identified one of the dead as X", "police
    said among the dead was X")."""
    namers = [tok] if tok.lemma_ in _NAMING_VERBS else []
    namers += [a for a in tok.ancestors]
    spoken = {t.i for v in namers for c in v.children if c.dep_ in ("nsubj", "agent")
              for t in c.subtree}
    sent = tok.sent
    return any(ctx.m.token_actor.get(i) == key for i in range(sent.start, sent.end)
               if i not in spoken)


def _dead_named_after(tok: Token, sent: Span, ctx: Context) -> list[Candidate]:
    victims, noun, by_noun = _named_dead(tok, ctx)
    if not victims or negated(tok):
        return []
    event = _noun_event(noun, sent, ctx) if noun is not None else None
    if event is None and not by_noun:
        event = _last_killing(sent, ctx)
    if event is None and noun is None and not by_noun:
        event = _attack_just_before(sent, ctx) or _main_incident(sent, ctx)
    if event is None:
        return []
    doer = doer_of(event)
    if doer is not None and _names(tok, doer, ctx):
        return []  # "among those killed was X, whom they described as the doer's chief"
    victims = _add_dead(event, victims, doer, ctx)
    if doer is None or ctx.m.type_of(doer) in PLACES:
        return []  # (remembered for a claim or a blame after)
    return _killed_by_doer(doer, victims, event, tok, ctx)


# Clauses that tell an event as news (as claims.told_as_news reads them).
_TOLD = frozenset({"ROOT", "conj", "ccomp"})


def _told(verb: Token) -> bool:
    if verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG":
        verb = verb.head
    return verb.dep_ in _TOLD and not negated(verb)


def _the_attackers(tok: Token) -> bool:
    """"the attackers", "the four gunmen" (not "gunmen", "the attackers' car")."""
    return tok.lower_ in ATTACKER_NOUNS and tok.tag_ == "NNS" and bare_definite(tok)


def _attackers_killed(verb: Token) -> bool:
    """A killing verb whose dead are the attackers: "killed the attackers", "killed two of
    the gunmen", "pursued the attackers and killed four of them"."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if _the_attackers(obj):
            return True
        inner = pobjs(obj, {"of"}) if obj.like_num or obj.lower_ in ("some", "several",
                                                                      "most", "all") else []
        for p in inner:
            if _the_attackers(p):
                return True
            if p.lower_ == "them" and verb.dep_ == "conj" and any(
                    _the_attackers(o) for o in verb.head.children if o.dep_ == "dobj"):
                return True  # "pursued the attackers and killed four of them"
    return False


def _doers_killed(tok: Token, sent: Span, ctx: Context) -> list[Candidate]:
    if tok.lemma_ not in KILL_VERBS and not _shot_dead(tok):
        return []
    if not _told(tok) or not _attackers_killed(tok):
        return []
    events = [e for e in ctx.attack_events if e.sent < sent.start and doer_of(e) is not None]
    # (the attackers of a story whose every attack told before had one doer may be told
    # of a few more sentences on)
    one = len({doer_of(e) for e in events}) == 1
    if not events or not _near(events[-1], sent, _ONE_DOER_BACK if one else _MOST_BACK):
        return []
    event = events[-1]
    doer = doer_of(event)
    assert doer is not None
    killers = [k for k in subjects(tok, ctx) if k != doer and ctx.m.type_of(k) not in PLACES]
    return [kept for k in killers for kept in _killed_by_doer(k, [doer], event, tok, ctx)]


def _killing_verb(tok: Token) -> bool:
    """"killed", "shot dead", "gunned down" (not "wounded")."""
    if tok.pos_ != "VERB":
        return False
    if tok.lemma_ in KILL_VERBS:
        return True
    return _shot_dead(tok) or (
        tok.lemma_ == "gun" and any(c.lower_ == "down" for c in tok.children))


def _shot_dead(tok: Token) -> bool:
    return tok.lemma_ == "shoot" and any(c.lower_ == "dead" for c in tok.children)


# Words of a death no one caused.
_ACCIDENT = words("accident accidents crash collision illness disease")
# "fatally wounded", "died of his wounds (injuries)": a death a wound of the attack caused.
_FATALLY = words("fatally mortally")
_WOUNDS = words("wound wounds injury injuries")


def _died_of_wounds(tok: Token) -> bool:
    """"X was fatally wounded", "X died of his wounds", "X died at the scene" (not "X
    was wounded", "X died of an illness")."""
    if tok.lemma_ == "wound":
        return any(c.dep_ == "advmod" and c.lower_ in _FATALLY for c in tok.children)
    # ("died at the scene", "died in hospital": of nothing else told)
    return tok.lemma_ == "die" and all(p.lower_ in _WOUNDS for p in pobjs(tok, {"of", "from"}))


# Auxiliaries of a killing not told as done.
_MAYBE = words("would could may might will can should must")


def _maybe(verb: Token) -> bool:
    return any(a.dep_ == "aux" and a.lower_ in _MAYBE for a in verb.children) or any(
        a.lemma_ in ("threaten", "vow", "plan", "try", "warn") for a in verb.ancestors)


# Nouns of the people of a side that a killing's "by" may name them by: "shot dead by
# members of X".
_PEOPLE_OF = words("member members soldier soldiers officer officers troops personnel "
                   "commando commandos")


def _killers(verb: Token, ctx: Context) -> list[str]:
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        by = pobjs(verb, {"by"})
        found = [k for t in by if t.lower_ in _PEOPLE_OF for p in pobjs(t, {"of"})
                 if (k := ctx.m.token_actor.get(p.i)) is not None] or actors_of_tokens(by, ctx)
    else:
        found = subjects(verb, ctx)
    return [k for k in found if ctx.m.type_of(k) not in PLACES]


def _told_after(verb: Token) -> bool:
    """"ordered troops in after gunmen killed three officers": a killing told done in a
    clause of time."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VBD" and _told(verb.head)
            and any(c.dep_ == "mark" and c.lower_ in ("after", "when") for c in verb.children))


def _retold(verb: Token, sent: Span, ctx: Context) -> bool:
    """"The officers were shot dead late on Tuesday", with no doer, a sentence or two
    after a killing told with its doer: that killing told again."""
    dead = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if len(dead) != 1 or pobjs(verb, {"by"}) or dead[0].tag_ != "NNS":
        return False
    left = [c for c in dead[0].children if c.i < dead[0].i]
    if not left or left[0].lower_ != "the" or any(c.dep_ not in ("det", "nummod")
                                                   for c in left):
        return False
    starts = sentence_starts(sent.doc)
    here = starts.index(sent.start) if sent.start in starts else 0
    return any(_deadly(e) and doer_of(e) is not None and e.sent in starts[max(0, here - 2):here]
               for e in ctx.attack_events)


def note_killing(sent: Span, ctx: Context) -> None:
    """A killing told as news whose dead are no actor ("gunmen killed four soldiers",
    "troops shot dead two rebels") is remembered as an event of this sentence (the rules
    that read a killing remember it only with its dead named), for its dead named after
    and its doer claimed or blamed after."""
    here = [e for e in ctx.attack_events if e.sent == sent.start]
    if any(_deadly(e) for e in here):
        _doer_by(here, ctx)
        return
    for tok in ctx.tokens:
        if not _killing_verb(tok) or not (_told(tok) or _told_after(tok)) or _maybe(tok):
            continue
        if _retold(tok, sent, ctx):
            return  # "The officers were shot dead ...": the killing told just before
        killers = _killers(tok, ctx)
        doer = killers[0] if len(killers) == 1 else None
        # (an event of this sentence by the same doer, or by any when the killing names
        # none: "armed men believed to belong to X attacked Y, killing nine")
        same = next((e for e in reversed(here) if e.doer == doer or doer is None), None)
        if same is not None:
            same.keys.add("kill")  # ("ambushed a patrol, killing three officers")
        else:
            ctx.attack_events.append(AttackEvent(sent.start, {"kill"}, doer=doer))
        return


def _doer_by(here: list[AttackEvent], ctx: Context) -> None:
    """A killing of this sentence remembered with no doer, whose "by" names its people
    ("were shot dead by members of X"): X is its doer."""
    deadly = [e for e in here if _deadly(e)]
    if len(deadly) != 1 or deadly[0].doer is not None:
        return
    for tok in ctx.tokens:
        if _killing_verb(tok) and any(c.dep_ == "nsubjpass" for c in tok.children) \
                and _told(tok) and not _maybe(tok):
            killers = _killers(tok, ctx)
            if len(killers) == 1:
                deadly[0].doer = killers[0]
            return


# Dependencies of a clause hung on a killing that may tell its own doer ("was killed
# when the police returned fire", "was killed and soldiers fled").
_OTHER_CLAUSES = frozenset({"advcl", "conj", "ccomp"})


# What a clause may tell a killing by without naming another doer: "was killed when a
# shell hit his house".
_MUNITIONS = words("shell shells rocket rockets missile missiles mortar mortars bomb bombs "
                   "grenade grenades bullet bullets round rounds projectile projectiles "
                   "drone drones mine landmine")


def _other_doer(clause: Token, ctx: Context) -> bool:
    """Whether a clause joined to the killing tells it by another doer ("when the police
    returned fire"); not by what struck ("when a shell hit his house", no actor in it),
    nor the others wounded ("and four other people were wounded")."""
    subj = [s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]
    if not subj:
        # ("when a shell hit his orchard and four others were wounded": the parser may
        # hang the first clause on the second)
        return False
    if clause.lemma_ in WOUND_VERBS | words("injure") and subj[0].dep_ == "nsubjpass" \
            and not pobjs(clause, {"by"}):
        return any(_other_doer(c, ctx) for c in clause.children if c.dep_ in _OTHER_CLAUSES)
    return not (subj[0].lower_ in _MUNITIONS
                and not any(t.i in ctx.m.token_actor for t in subj[0].subtree))


def _killed_after_attack(tok: Token, sent: Span, ctx: Context) -> list[Candidate]:
    """"Y ambushed a patrol. Its commander, X, was killed": the one doer of the attack
    told in the sentence before killed X, a person the clause tells killed with no doer."""
    wounds = tok.pos_ == "VERB" and _died_of_wounds(tok)
    if not (_killing_verb(tok) or wounds) or not _told(tok) or _maybe(tok):
        return []
    if (by := pobjs(tok, {"by"})) and (actors_of_tokens(by, ctx) or any(
            t.pos_ == "PROPN" or t.lower_ in ATTACKER_NOUNS for t in by)):
        return []  # (a doer told: "by the police"; not "by a rocket")
    if any(t.lower_ in _ACCIDENT for t in tok.subtree):
        return []  # ("was killed in a road accident")
    dead = [c for c in tok.children if c.dep_ == "nsubjpass"
            or (c.dep_ == "nsubj" and tok.lemma_ == "die")]
    if len(dead) != 1 or dead[0].lemma_.lower() in ATTACKER_NOUNS or dead[0].lower_ == "one":
        return []  # ("one attacker, X", "one of the gunmen")
    if any(c.dep_ in _OTHER_CLAUSES and _other_doer(c, ctx) for c in tok.children):
        return []
    victims = _persons(dead, ctx)
    if not victims:
        return []
    if (fought := _killed_by_other_side(tok, dead[0], victims, sent, ctx)) is not None:
        return fought
    starts = sentence_starts(sent.doc)
    here = starts.index(sent.start) if sent.start in starts else 0
    if here == 0:
        return []
    before = [e for e in ctx.attack_events if e.sent == starts[here - 1]]
    doers = {doer_of(e) for e in before} | {d for told in ctx.attack_doers.values()
                                            for d, at in told if at == starts[here - 1]}
    if any(not e.keys.isdisjoint(_FIGHTING) for e in before):
        return []  # (fighting: whose dead is told by his side, `_killed_by_other_side`)
    if before and len(doers) == 1:
        event: AttackEvent | None = before[-1]
        doer = doers.pop()
    elif before:
        return []  # (two doers told just before: whose dead is not told)
    else:
        # (no attack just before: the article's main incident, told in its opening)
        event = _main_incident(sent, ctx)
        doer = doer_of(event) if event is not None else None
    if event is None or (doer is not None and (ctx.m.type_of(doer) in PLACES
                                               or _names(tok, doer, ctx))):
        return []
    victims = _add_dead(event, victims, doer, ctx)
    if doer is None:
        return []  # (remembered for a claim or a blame after)
    return _killed_by_doer(doer, victims, event, tok, ctx)


# Nouns of unnamed doers a killing may be told by, beyond ATTACKER_NOUNS: "armed men".
_UNNAMED_DOERS = ATTACKER_NOUNS | words("man men bandit bandits rustler rustlers "
                                        "sniper snipers")


def _unnamed_doer(tok: Token, ctx: Context) -> bool:
    """"Gunmen", "about eight armed men", "the attackers": a noun of doers with no
    actor in it (not "gunmen of X", not "police", not "men" alone)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _UNNAMED_DOERS:
        return False
    if tok.lower_ in ("man", "men") and not any(
            c.dep_ == "amod" and c.lower_ in ("armed", "masked", "hooded")
            for c in tok.children):
        return False
    return not any(ctx.m.token_actor.get(t.i) is not None for t in tok.subtree)


def _killed_by_unnamed(tok: Token, sent: Span, ctx: Context) -> list[Candidate]:
    """"About eight armed men entered the ranch and shot dead the foreman, X", "X was
    killed by gunmen": unnamed doers of the attack told just before with its one doer
    (or of the article's main incident) killed X."""
    if not _killing_verb(tok) or not _told(tok) or _maybe(tok):
        return []
    if any(c.dep_ == "nsubjpass" for c in tok.children):
        doers = pobjs(tok, {"by"})
        dead = [c for c in tok.children if c.dep_ == "nsubjpass"]
    else:
        verb = tok
        while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        dead = [c for c in tok.children if c.dep_ == "dobj"]
    if len(doers) != 1 or not _unnamed_doer(doers[0], ctx) or not dead:
        return []
    victims = _persons(dead, ctx)
    if not victims:
        return []
    event = _attack_just_before(sent, ctx) or _main_incident(sent, ctx)
    doer = doer_of(event) if event is not None else None
    if event is None or doer is None or ctx.m.type_of(doer) in PLACES \
            or _names(tok, doer, ctx):
        return []
    victims = _add_dead(event, victims, doer, ctx)
    return _killed_by_doer(doer, victims, event, tok, ctx)


# Verbs of a clause that tells what befell one of the dead: "The guard, X, was shot in
# the chest", "the officer, X, died at the scene".
_BEFELL = words("shoot hit strike stab die bury behead")


def _dead_by_noun(tok: Token, sent: Span, ctx: Context) -> list[Candidate]:
    """"Armed men shot dead a security guard. ... The guard, X, was shot in the chest":
    X, set beside the noun a killing told a few sentences before told its dead by, is
    one of its dead; its doer (named, or credited by a claim or blame) killed X."""
    if tok.lemma_ not in _BEFELL or not _told(tok) or _maybe(tok):
        return []
    subjects_ = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    nouns = [c for c in subjects_ if c.pos_ == "NOUN" and _bare_the(c)]
    if len(nouns) != 1:
        return []
    # (the name set off after the noun, which the parser may make a second subject)
    victims = _persons([a for a in nouns[0].children if a.dep_ == "appos"]
                       + [c for c in subjects_ if c.pos_ == "PROPN" and c.i > nouns[0].i], ctx)
    event = _noun_event(nouns[0], sent, ctx) if victims else None
    if event is None:
        return []
    doer = doer_of(event)
    victims = _add_dead(event, victims, doer, ctx)
    if doer is None or ctx.m.type_of(doer) in PLACES or _names(tok, doer, ctx):
        return []
    return _killed_by_doer(doer, victims, event, tok, ctx)


# A person's ties that make a side his own.
_OWN_ROLES = frozenset({R.LEADS, R.MEMBER_OF, R.SPOKESPERSON_FOR})


def _fight_told(sent: Span, ctx: Context) -> tuple[AttackEvent, set[str]] | None:
    """The fighting between two sides told last before the sentence, a few sentences
    before it at most (or in the opening, `_main_incident`), with no other event told
    since: the event and its two sides."""
    before = [e for e in ctx.attack_events if e.sent < sent.start]
    if not before or _other_time(sent):
        return None
    fights = [e for e in before if not e.keys.isdisjoint(_FIGHTING) and e.doer is not None]
    if not fights:
        return None
    fight = fights[-1]
    sides = {k for k in (fight.doer, *fight.targets) if k is not None}
    if len(sides) != 2 or any(ctx.m.type_of(k) in PLACES for k in sides):
        return None
    if any(e.sent > fight.sent and ({doer_of(e), *e.targets} - {None}) - sides
           for e in before):
        return None  # (another event told since)
    if not _near(fight, sent, _MAIN_REACH):
        return None
    return fight, sides


def _killed_by_other_side(verb: Token, dead: Token, victims: list[str], sent: Span,
                          ctx: Context) -> list[Candidate] | None:
    """"Soldiers of X and fighters of Y clashed near Z. Lieutenant W of X was killed in the
    fighting": the side the victim is not of killed him, when he is told of one of the
    two sides that fought. None when no fighting is told, or the victim's side is not
    told."""
    told = _fight_told(sent, ctx)
    if told is None or len(victims) != 1:
        return None
    fight, sides = told
    victim = victims[0]
    # (a side named, or told of him before; not one a pronoun is taken for: "its
    # commander")
    before = ctx.roles.get(victim, [])[:ctx.roles_before.get(victim, 0)]
    own = {k for t in dead.subtree if t.pos_ != "PRON"
           and (k := ctx.m.token_actor.get(t.i)) is not None} | {
        org for rel, org in before if rel in _OWN_ROLES}
    mine = own & sides
    if len(mine) != 1:
        return None
    other = (sides - mine).pop()
    if _names(verb, other, ctx):
        return []
    if victim not in fight.dead:
        fight.dead.append(victim)
    return _killed_by_doer(other, [victim], fight, verb, ctx)


# The lemmas the readings of a death on a verb start from (`_killing_verb`,
# `_died_of_wounds`, `_BEFELL`): a sentence with none of them is not walked for them.
_DEATH_LEMMAS = KILL_VERBS | _BEFELL | words("gun wound")


@rule
def told_after(sent: Span, ctx: Context) -> list[Candidate]:
    """The dead of the killing told last named now, and its doers killed now."""
    if not ctx.attack_events:
        return []
    out: list[Candidate] = []
    deaths = not ctx.lemmas.isdisjoint(_DEATH_LEMMAS)
    for tok in ctx.tokens:
        if tok.lemma_ in ("be", "include") or tok.lemma_ in _NAMING_VERBS:
            out += _dead_named_after(tok, sent, ctx)
        elif deaths and tok.pos_ == "VERB":
            out += _doers_killed(tok, sent, ctx) or _killed_after_attack(tok, sent, ctx) \
                or _killed_by_unnamed(tok, sent, ctx) or _dead_by_noun(tok, sent, ctx)
    return out
