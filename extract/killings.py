"""Who killed whom, beyond "Y killed X" (which rules._verbs reads):

- nouns: "the assassination of X by Y", "Y's assassination of X", "X's killing by Y",
  "Y ordered the killing of X", "Y was suspected of / convicted for / pleaded guilty to
  the murder of X", "Y is serving a sentence for the murder of X";
- killer nouns: "Y, the assassin of X", "X's assassin Y", and by position "Kennedy
  assassin Oswald", "Kennedy's assassin, Oswald" where the parser loses the apposition,
  "Y was the lone assassin";
- verbs whose killer is not their subject: "Y fired the shots that killed X", "X was
  murdered on the orders of Y", "X was assassinated by a group that included A and B",
  "the man who killed X, Y", "the man convicted of killing X, Y", "X was killed in a
  raid by Y";
- shooting: "X was shot dead / to death by Y", "X was gunned down by Y", "shot and
  mortally wounded X", "X, who was shot by Y, died", "X died after being shot by Y"; a
  plain "Y shot X" stays an attack (TARGETS) unless the sentence is about X's killing,
  and so does a wound ("X was shot and wounded by Y");
- the other side of a gunfight: "X was killed in a shootout with Y", "X died in a
  firefight with Y";
- blame: "police blamed Y for the killing of X", "the killing of X was blamed on Y",
  "the killing of X, which police blamed on Y" (the blamer's claim);
- attempts (TARGETS): "X survived an assassination attempt by Y", "Y's attempt on X's
  life";
- held answerable: "police hold Y responsible for the killing (in May) of X" (Y, not the
  police; the holder's claim); a killing noun with no doer is remembered for a blame
  after ("after the killing of X ... blamed Y for her death", claims.py);
- sieges (TARGETS): "Y laid siege to X (to the towns of A and B)", "Y's siege of X",
  "the siege of X by Y", "pressed Y to lift its siege of X"; not "broke the siege of X".
- one of the people harmed picked out after a comma: "Y threatened (killed, attacked)
  community leaders, among them the activist X", wherever the parser hangs "among them
  X" (often on a name earlier in the sentence): the verb just before, of the attack,
  killing or threat class, with a plural object, gives Y its relation to X (a person).

Negation and reported speech come from `candidate()` on the clause's verb, so "Y denied
killing X" stays negated. One pass over the sentence, dispatching on cheap word checks.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Span, Token

from actorgraph.domain import ActorType, name_key

from .casualties import dead_of_side, raid_that_killed
from .claims import note_event, refused, told_as_news
from .filters import by_mood
from .lexicon import (
    ATTACK_NOUNS,
    DOER_NOUNS,
    INCLUDE_WORDS,
    JUDGED_VERBS,
    KILL_INSTRUMENTS,
    KILL_NOUNS,
    KILL_VERBS,
    KILLER_NOUNS,
    KILLING_VERBS,
    ORDER_NOUNS,
    SHOOT_VERBS,
    STRUCK_NOUNS,
    SUSPECT_VERBS,
    TIME_SERVED_NOUNS,
    WOUND_VERBS,
    words,
)
from .resolve import (
    PLACES,
    SUBJ_DEPS,
    Candidate,
    Context,
    R,
    actor_of,
    actors_of_tokens,
    candidate,
    named_actor,
    negated,
    pobjs,
    rule,
    subjects,
)
from .textprep import sentence_of

_LETHAL = frozenset({"dead", "fatally", "mortally"})
# "Y claimed (responsibility for) the killing of X", "Y admitted the abduction of X"
_CLAIM_VERBS = words("claim admit acknowledge")
_WOUNDED = frozenset({"wounded", "wounding", "injured"})


@rule
def killing_candidates(sent: Span, ctx: Context) -> list[Candidate]:
    """KILLED candidates of one sentence."""
    out: list[Candidate] = []
    killings: tuple[bool, set[str]] | None = None  # computed for the first shooting
    for tok, lower, lemma, pos, _, _ in ctx.words:
        if lower.startswith("assassin") or lemma == "murder":
            _as_people(_victim_tokens(tok), ctx)
        if (lower in KILL_NOUNS or lower in STRUCK_NOUNS) and pos in ("NOUN", "PROPN"):
            out += _kill_noun(tok, ctx)
        elif pos == "VERB" and lemma in KILL_VERBS:
            out += _kill_verb(tok, ctx) + _killed_in_raid(tok, ctx) + _killed_when(tok, ctx)
            out += dead_of_side(tok, ctx) + raid_that_killed(tok, ctx)
        elif pos == "VERB" and lemma in _DIE_VERBS:
            out += _killed_in_raid(tok, ctx) + _killed_when(tok, ctx)
        elif pos == "VERB" and (lemma in SHOOT_VERBS or lemma in WOUND_VERBS):
            if killings is None:
                killings = _killings_named(ctx)
            out += _shooting(tok, ctx, killings)
        elif lower in _ATTEMPTS and pos == "NOUN":
            out += _attempt_on_life(tok, ctx)
        elif lower in _SIEGE_NOUNS and pos == "NOUN":
            out += _siege(tok, ctx)
        elif lower in KILLER_NOUNS:
            out += _assassin(tok, ctx)
            if pos == "NOUN":
                out += _assassin_apposed(tok, ctx)
        elif lower == "among" and tok.i > 0 and tok.doc[tok.i - 1].text == ",":
            out += _harmed_among(tok, ctx)
    return [c for c in out if c.source != c.target]


@cache
def _harm_classes() -> dict[str, R]:
    """The lemmas of the attack, killing and threat verb classes, with their relation."""
    from .engine import load_verb_classes  # (the engine imports this module)

    classes = load_verb_classes()
    return {lemma: R(classes[name]["relation"]) for name in ("attack", "kill", "threaten")
            for lemma in classes[name]["lemmas"]}


@rule
def _harmed_among(among: Token, ctx: Context) -> list[Candidate]:
    """"X threatened community leaders in recent weeks, among them the activist Y", "X
    killed five villagers, among them Y": Y, one of the people the verb just before
    harmed, wherever the parser hangs "among them (the activist) Y" (often on a name
    earlier in the sentence). Only people: a place or a body picked out of a plural is
    no side harmed."""
    if not any(c.dep_ == "pobj" and c.lower_ == "them" for c in among.children):
        return []
    named = among.head
    if named.pos_ not in ("NOUN", "PROPN") or named.i < among.i:
        return []
    # ("the activist Y": the name set beside the noun, not what the noun is hung on)
    names = [n for h in (named, *named.conjuncts) for n in (
        [h] if h.pos_ == "PROPN" else [c for c in h.children if c.dep_ == "appos"])]
    picked = [k for k in actors_of_tokens(names, ctx) if ctx.m.type_of(k) is ActorType.PERSON]
    sent = among.sent
    verb = next((t for t in reversed(sent.doc[sent.start:among.i]) if t.pos_ == "VERB"), None)
    rel = _harm_classes().get(verb.lemma_) if verb is not None else None
    if verb is None or rel is None or not picked:
        return []
    # (the harmed counted or plural, as the verb's object: "leaders", "five villagers")
    if not any(c.dep_ == "dobj" and (c.tag_ == "NNS" or c.pos_ == "NUM")
               for c in verb.children):
        return []
    out: list[Candidate] = []
    for s in subjects(verb, ctx):
        if ctx.m.type_of(s) in PLACES:
            continue
        for p in picked:
            if p != s and (kept := by_mood(candidate(s, rel, p, verb, ctx, 0.6), verb)):
                out.append(kept)
    return out


def _victim_tokens(word: Token) -> list[Token]:
    """Where a murder word names its victim: "X was assassinated", "murdered X",
    "the assassination of X", "X's assassin", with appositions."""
    if word.pos_ == "VERB":
        slots = [c for c in word.children if c.dep_ in ("nsubjpass", "dobj")]
    else:
        slots = pobjs(word, {"of"}) + [c for c in word.children if c.dep_ == "poss"]
    # "the last emir of Kuwait, Omar Haddad": the parser may hang the name on "Kuwait"
    titled = slots + [p for s in slots if s.pos_ == "NOUN" for p in pobjs(s, {"of"})]
    return slots + [a for s in titled for a in s.children if a.dep_ == "appos"]


def _as_people(tokens: list[Token], ctx: Context) -> None:
    """Only people are murdered or assassinated: a name there that the model took for an
    unknown place ("Atahualpa") or a town's namesake ("Lincoln") is a person."""
    m = ctx.m
    for tok in tokens:
        key = m.token_actor.get(tok.i)
        if key is None or m.type_of(key) is not ActorType.LOCATION:
            continue
        rec = m.actors[key]
        if m.gaz.lookup(rec.name) is None and tok.pos_ == "PROPN" and tok.is_alpha:
            rec.type = ActorType.PERSON


def _kill(
    killers: list[str], victims: list[str], anchor: Token, ctx: Context, conf: float,
    neg: bool | None = None, rel: R = R.KILLED,
) -> list[Candidate]:
    return [
        candidate(k, rel, v, anchor, ctx, conf, neg=neg)
        for k in killers
        for v in victims
        if k != v and ctx.m.type_of(v) not in PLACES
    ]


# ------------------------------------------------------------------ nouns


@rule
def _kill_noun(noun: Token, ctx: Context) -> list[Candidate]:
    """ "the assassination of X by Y", "Y's assassination of X", "X's killing by Y"; and
    the same of a harm short of death: "the shelling of X's positions by Y" (TARGETS)."""
    rel = R.KILLED if noun.lower_ in KILL_NOUNS else R.TARGETS
    # "the assassination in 1961 of X": "of X" may hang on the date or place
    of = pobjs(noun, {"of"}) + [o for p in pobjs(noun, {"in", "on"}) for o in pobjs(p, {"of"})]
    if not of and noun.i + 1 < len(noun.doc) and (after := noun.nbor(1)).lower_ in ("in", "on"):
        # "the killing in January of X", the date hung on the verb
        of = [o for p in after.children if p.dep_ == "pobj" for o in pobjs(p, {"of"})]
    victims = actors_of_tokens(of, ctx)
    if not victims and rel is R.TARGETS:
        victims = _owners_of(of, ctx)  # "the bombing of a Syrian army convoy"
    # "the assassination of X by Y": the parser often hangs "by Y" on X
    killers = actors_of_tokens(pobjs(noun, {"by"}) + [b for o in of for b in pobjs(o, {"by"})], ctx)
    poss = [c for c in noun.children if c.dep_ == "poss"]
    if poss:
        # With an "of" object the possessor is the doer; without, the one it happened to.
        owners = actors_of_tokens(poss, ctx)
        if victims:
            killers = killers or owners
        else:
            victims = owners
    if not victims:
        return []
    conf = 0.6
    anchor = noun
    if not killers:
        killers, anchor, conf = _noun_doers(_first_conjunct(noun), ctx)
    if not killers:
        blamed = _blamed_for(noun, of, victims, ctx, rel)
        if not blamed and rel is R.KILLED and not negated(noun):
            # "after the killing of X": remembered for a blame or claim after ("blamed Y
            # for her death")
            note_event(noun, R.KILLED, [v for v in victims if ctx.m.type_of(v) is ActorType.PERSON],
                       [], ctx)
        return blamed
    killers += [k for k in _on_orders(noun, ctx) if k not in killers]
    out = _kill(killers, victims, anchor, ctx, conf, rel=rel)
    if anchor.lemma_ in _HOLDING_VERBS and (holders := subjects(anchor, ctx)):
        # "police hold Y responsible for the killing of X": the holder's claim
        out = [c if c.source_actor is not None or holders[0] == c.source
               else replace(c, source_actor=holders[0]) for c in out]
    return out


_ATTEMPTS = words("attempt attempts")
# "Y's siege of X", "Y laid siege to X"
_SIEGE_NOUNS = words("siege sieges")
_OWN_PRONOUNS = words("its their his her")
_SIEGE_ENDS = words("lift end ease break")
_LIFE_TAKING = words("assassination murder")
_SURVIVED_VERBS = words("survive escape")


@rule
def _attempt_on_life(noun: Token, ctx: Context) -> list[Candidate]:
    """ "X survived an assassination attempt by Y", "the attempt on X's life by Y",
    "Y's attempt on the life of X": an attack on X that did not kill."""
    on = pobjs(noun, {"on"})
    lives = [o for o in on if o.lemma_ == "life"]
    if not lives and not any(c.lower_ in _LIFE_TAKING for c in noun.children
                             if c.dep_ in ("compound", "amod", "nmod")):
        return []
    owners = [c for c in noun.children if c.dep_ == "poss"]
    whose = ([c for o in lives for c in o.children if c.dep_ == "poss"]
             + [p for o in lives for p in pobjs(o, {"of"})] + ([] if lives else on))
    victims = actors_of_tokens(whose, ctx)
    if not victims and noun.dep_ == "dobj" and noun.head.lemma_ in _SURVIVED_VERBS:
        victims = subjects(noun.head, ctx)
    # ("the attempt on the life of X by Y": the parser may hang "by Y" on X)
    doers = actors_of_tokens(pobjs(noun, {"by"}) + owners
                             + [b for w in (*whose, *lives) for b in pobjs(w, {"by"})], ctx)
    return _kill(doers, victims, noun, ctx, 0.5, rel=R.TARGETS)


@rule
def _siege(noun: Token, ctx: Context) -> list[Candidate]:
    """ "Y's siege of X", "the siege of X by Y", "Y laid siege to X", "pressed Y to lift
    its siege of X": Y besieges X (TARGETS). Not "the army broke the siege of X" (no
    besieger named)."""
    head = noun.head
    verb = head if noun.dep_ == "dobj" and head.pos_ == "VERB" else None
    if verb is not None and verb.lemma_ == "lay":
        to = pobjs(verb, {"to"}) + pobjs(noun, {"to"})
        # "laid siege to the towns of A and B": the towns named
        targets = actors_of_tokens([o for t in to for o in (
            pobjs(t, {"of"}) if t.pos_ == "NOUN" and t.i not in ctx.m.token_actor else [t])], ctx)
        doers = subjects(verb, ctx)
    else:
        of = pobjs(noun, {"of"})
        targets = actors_of_tokens(of, ctx)
        doers = actors_of_tokens(pobjs(noun, {"by"}) + [b for o in of for b in pobjs(o, {"by"})],
                                 ctx)
        poss = [c for c in noun.children if c.dep_ == "poss"]
        if not doers and poss and poss[0].lower_ in _OWN_PRONOUNS and verb is not None:
            # "its siege": the one who holds it, "pressed Y to lift its siege"
            ruler = verb.head if verb.dep_ == "xcomp" else None
            objs = [c for c in ruler.children if c.dep_ == "dobj"] if ruler is not None else []
            doers = actors_of_tokens(objs, ctx) if objs else subjects(verb, ctx)
        elif not doers and poss:
            doers = actors_of_tokens(poss, ctx)
    out = [candidate(d, R.TARGETS, t, noun, ctx, 0.55) for d in doers for t in targets if d != t]
    # (a siege held already is no act asked of another: "pressed Y to lift its siege")
    mood = verb if verb is not None and verb.lemma_ not in _SIEGE_ENDS else noun
    return [k for c in out if (k := by_mood(c, mood)) is not None]


def _laid_on(tok: Token) -> list[Token]:
    """Whom a blame is laid on: "on Y", not "(on X,) not on Y" (the parser may hang the
    "not" on the other "on")."""
    ons = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"]
    denied = [o for o in ons if o.i > 0 and o.nbor(-1).lower_ in ("not", "never")]
    ons = [o for o in ons if o not in denied
           and (denied or not any(n.dep_ == "neg" for n in o.children))]
    return [p for o in ons for p in o.children if p.dep_ == "pobj"]


def _first_conjunct(noun: Token) -> Token:
    """ "responsible for the killing of X and the shooting of Z": the frame of "the
    shooting" is that of the first noun of the list."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    return noun


_BLAME_VERBS = words("blame")


def _blamed_for(noun: Token, of: list[Token], victims: list[str], ctx: Context, rel: R
                ) -> list[Candidate]:
    """ "police blamed Y (Y's members) for the killing of X", "the killing of X was blamed
    on Y", "blamed the killing of X on Y", "the killing of X, which police blamed on Y":
    Y killed X, as the blamer's claim."""
    first = _first_conjunct(noun)
    head = first.head
    verb: Token | None = None
    if first.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_ in _BLAME_VERBS:
        verb = head.head
        blamed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    elif first.dep_ in ("dobj", "nsubjpass") and head.lemma_ in _BLAME_VERBS:
        verb = head
        blamed = _laid_on(verb) + [o for t in (first, *of) for o in _laid_on(t)]
    else:
        # "which police blamed on Y": the clause may hang on the victim's name
        verb = next((c for t in (first, *of) for c in t.children if c.dep_ == "relcl"
                     and c.lemma_ in _BLAME_VERBS and any(
                         w.dep_ == "dobj" and w.tag_ == "WDT" for w in c.children)), None)
        blamed = _laid_on(verb) if verb is not None else []
    if verb is None or refused(verb):
        return []
    blamers = subjects(verb, ctx)
    out = _kill(actors_of_tokens(blamed, ctx), victims, verb, ctx, 0.5, rel=rel)
    return [c if c.source_actor is not None or not blamers or blamers[0] == c.source
            else replace(c, source_actor=blamers[0]) for c in out]


def _owners_of(things: list[Token], ctx: Context) -> list[str]:
    """Whose the struck things are, as an attack noun's are (events.py): "a Syrian army
    convoy" (the state a demonym names), "Houthi positions" (a name, not a town's)."""
    mods = [c for t in things for c in t.children if c.dep_ in ("amod", "compound")]
    states = [k for k in (ctx.m.state_for_word(c) for c in mods) if k is not None]
    named = [k for k in actors_of_tokens(mods, ctx) if ctx.m.type_of(k) not in PLACES]
    return states[:1] or named[:1]


def _noun_doers(noun: Token, ctx: Context) -> tuple[list[str], Token, float]:
    """The killer named by the frame around a killing noun, with the frame's verb."""
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB":
        # "Y ordered / carried out the killing of X"
        if head.lemma_ in KILLING_VERBS or head.lemma_ in _CLAIM_VERBS:
            return subjects(head, ctx), head, 0.5
        return [], noun, 0.0
    if noun.dep_ != "pobj" or head.lower_ not in ("of", "for", "in", "with", "to"):
        return [], noun, 0.0
    frame = head.head
    if frame.lower_ == "responsibility" and frame.head.lemma_ in _CLAIM_VERBS | {"take"}:
        # "Y claimed / took responsibility for the killing of X"
        return subjects(frame.head, ctx), frame.head, 0.5
    if frame.pos_ == "VERB" and frame.lemma_ in JUDGED_VERBS:
        # "Y was suspected of / convicted for / executed for the murder of X"
        return _judged(frame, ctx), frame, _judged_confidence(frame)
    if frame.i in ctx.m.token_actor and frame.head.lemma_ in JUDGED_VERBS:
        # "police suspect Y of the murder of X": "of" hangs on the suspect's name
        return [ctx.m.token_actor[frame.i]], frame.head, _judged_confidence(frame.head)
    if frame.lower_ in TIME_SERVED_NOUNS:
        # "Y is serving a term for / held on a sentence for the murder of X"
        verb = frame
        while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "pobj", "prep"):
            verb = verb.head
        if verb.pos_ in ("VERB", "AUX"):
            held = [c for c in verb.children if c.dep_ == "nsubjpass"]
            return actors_of_tokens(held, ctx) or subjects(verb, ctx), verb, 0.55
    if frame.lemma_ == "serve" and frame.pos_ == "VERB":
        # "Y is serving 99 years for the murder of X"
        return subjects(frame, ctx), frame, 0.55
    if frame.lemma_ == "plead" and frame.pos_ == "VERB":
        # "Y pleaded guilty in Memphis to the murder of X"
        guilty = [c for c in frame.children if c.lower_ == "guilty"]
        if guilty and not _denied(guilty[0]):
            return subjects(frame, ctx), frame, 0.55
        return [], noun, 0.0
    if frame.lower_ in _ANSWERABLE and (answerable := _held_answerable(frame)) is not None:
        # "police hold Y responsible for the killing of X": Y, not the police
        holder = answerable.head if answerable.dep_ == "dobj" else frame.head
        return actors_of_tokens([answerable], ctx), holder, 0.5
    if frame.lower_ in ("responsible", "guilty") and frame.head.pos_ in ("VERB", "AUX"):
        # "Y was responsible for / pleaded guilty to the killing of X"
        if _denied(frame):
            return [], noun, 0.0
        return subjects(frame.head, ctx), frame.head, 0.55
    return [], noun, 0.0


# "hold (consider, deem) Y responsible (accountable) for the killing of X"
_HOLDING_VERBS = words("hold consider deem")
_ANSWERABLE = words("responsible accountable")


def _held_answerable(adj: Token) -> Token | None:
    """The one a holding verb holds answerable: "held Y responsible", parsed with the
    adjective on Y (Y the verb's object) or as a clause of its own (Y its subject)."""
    if adj.dep_ == "amod" and adj.head.dep_ == "dobj" and adj.head.head.lemma_ in _HOLDING_VERBS:
        return adj.head
    if adj.head.lemma_ in _HOLDING_VERBS and adj.dep_ in ("ccomp", "oprd", "xcomp", "acomp"):
        return next((c for c in (*adj.children, *adj.head.children)
                     if c.dep_ in ("nsubj", "dobj") and adj.head.i < c.i < adj.i), None)
    return None


def _denied(adj: Token) -> bool:
    """ "not guilty", "not responsible": the negation sits on the adjective."""
    return any(c.dep_ == "neg" or c.lower_ in ("not", "never") for c in adj.children)


def _judged_confidence(verb: Token) -> float:
    return 0.45 if verb.lemma_ in SUSPECT_VERBS else 0.55


def _judged(verb: Token, ctx: Context) -> list[str]:
    """The one suspected or convicted: the passive subject, the object, or the person a
    reduced clause describes ("the man convicted of killing X, Y")."""
    who = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    if who:
        return actors_of_tokens(who, ctx)
    if verb.dep_ in ("acl", "relcl", "advcl") and verb.tag_ == "VBN" and verb.i > 1:
        # "... the arrest of Y, suspected of killing X": whatever the parser hangs the
        # participle on, it describes the name just before the comma
        key = ctx.m.token_actor.get(verb.i - 2)
        if (
            verb.doc[verb.i - 1].text == ","
            and key is not None
            and ctx.m.type_of(key) is ActorType.PERSON
        ):
            return [key]
    if verb.dep_ in ("acl", "relcl"):
        return _doer_noun(verb.head, verb, ctx)
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        return _judged(verb.head, ctx)  # "Y was tried and convicted for ..."
    return subjects(verb, ctx)


@rule
def _assassin(noun: Token, ctx: Context) -> list[Candidate]:
    """ "Kennedy assassin Lee Oswald", "Kennedy's assassin, Lee Oswald", "Oswald was the
    lone assassin" (of the killing the sentence names). Read by position where the
    parser loses the apposition (it may even take "assassin" for a verb)."""
    m = ctx.m
    people = _people_at
    before = noun.i - 2 if noun.i > 1 and noun.nbor(-1).lower_ == "'s" else noun.i - 1
    victims = people(before, ctx) or (_surname_at(noun.doc[before], ctx) if before >= 0 else [])
    victims += actors_of_tokens(
        [c for c in noun.children if c.dep_ == "poss"] + pobjs(noun, {"of"}), ctx
    )
    after = noun.i + 2 if noun.i + 2 < len(noun.doc) and noun.nbor(1).text == "," else noun.i + 1
    killers = people(after, ctx)
    end = after
    while m.token_actor.get(end + 1) in killers and killers:
        end += 1
    if end + 1 < len(noun.doc) and noun.doc[end + 1].lower_ == "'s":
        killers = []  # "Sadat's assassin, Islambouli's brother": not the killer
    # "the King assassin Ray" names the killer: the clause's negation is not about it
    neg: bool | None = False
    if not killers:
        neg = None  # "Y was not the assassin"
        killers = _holder_of(noun, ctx)
        if killers and not victims:
            victims = _unclaimed_victims(ctx)  # "... the assassination of X ... Y was the
            # lone assassin"
    if not killers or not victims:
        return []
    anchor = noun.head if noun.dep_ == "compound" else noun
    return _kill(killers, victims, anchor, ctx, 0.55, neg)


@rule
def _assassin_apposed(noun: Token, ctx: Context) -> list[Candidate]:
    """"Y, the assassin of X", "X's assassin Y" as the parser reads them."""
    m = ctx.m
    victims = [k for c in noun.children if c.dep_ in ("poss", "compound")
               if (k := actor_of(c, ctx))]
    victims += [k for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj" if (k := actor_of(p, ctx))]
    if noun.dep_ == "compound":
        # "Sadat's assassin Khalid Islambouli": the possessive hangs on the name
        victims += [k for c in noun.head.children if c.dep_ == "poss" and c.i < noun.i
                    if (k := actor_of(c, ctx))]
    killers: list[str] = []
    if noun.dep_ == "appos":
        k = named_actor(noun.head.i, ctx)
        killers += [k] if k else []
    killers += [k for c in noun.children if c.dep_ == "appos" if (k := named_actor(c.i, ctx))]
    if noun.i + 1 < len(noun.doc):
        k = named_actor(noun.i + 1, ctx)
        if k and noun.nbor(1).dep_ != "case":
            killers.append(k)
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        killers += [k for c in noun.head.children if c.dep_ == "nsubj"
                    if (k := actor_of(c, ctx))]
    neg = noun.dep_ == "attr" and negated(noun.head)  # "Y was not the assassin of X"
    return [Candidate(k, R.KILLED, v, neg, 0.6) for k in killers for v in victims
            if k != v and m.type_of(v) not in PLACES and m.type_of(k) not in PLACES]


@rule
def _killed_in_raid(verb: Token, ctx: Context) -> list[Candidate]:
    """"X died / was killed in a raid by Y", "X, killed in an ambush carried out by Y":
    the raid's author killed X; so does the side owning the raid, "X was killed in an
    Israeli airstrike", "X died in a Hamas ambush"."""
    if pobjs(verb, {"by"}):
        return []  # an agent on the verb itself is read by the verb rules
    dies = verb.lemma_ in _DIE_VERBS
    victims = [c for c in verb.children if c.dep_ == ("nsubj" if dies else "nsubjpass")]
    if not victims and verb.dep_ == "acl" and verb.tag_ == "VBN":
        victims = [verb.head]  # "X, killed in a raid by Y": the name the participle describes
    raids = [p for p in pobjs(verb, {"in", "during"}) if p.lower_ in ATTACK_NOUNS]
    # the raid's author: "a raid by Y", "a raid led / carried out by Y" ("died in a raid
    # by Y" is the data pattern kill.died_in_attack_by)
    agents = [] if dies else [g for r in raids for g in pobjs(r, {"by"})] + [
        g for r in raids for c in r.children if c.dep_ == "acl" and c.lemma_ in _RAID_VERBS
        for g in pobjs(c, {"by"})]
    killers = actors_of_tokens(agents, ctx)
    if not killers and not any(pobjs(r, {"by"}) for r in raids):
        killers = [k for r in raids for k in _raid_owners(r, ctx)]
    if not raids:
        # "X was killed in a shootout with Y", "X died in a firefight with a team of Y":
        # a gunfight one side lost its man in was the other side's doing
        fights = [p for p in pobjs(verb, {"in", "during"}) if p.lower_ in _GUNFIGHTS
                  or (p.lemma_ == "battle" and any(c.lower_ == "gun" for c in p.children))]
        # ("killed in a shootout with Y": the parser may hang "with Y" on the verb)
        # (not "killed with his deputy in a clash": a companion before the fight)
        foes = [w for f in fights for w in pobjs(f, {"with"})] or [
            w for w in pobjs(verb, {"with"}) if fights and w.i > fights[0].i]
        killers = [k for k in actors_of_tokens(foes, ctx) if ctx.m.type_of(k) not in PLACES]
    named = actors_of_tokens(victims, ctx) or [k for v in victims for k in _among(v, ctx)]
    found = (candidate(k, R.KILLED, v, verb, ctx, 0.6) for k in killers for v in named if k != v)
    # "X could be killed in a firefight with Y": spoken of, not done
    return [kept for c in found if (kept := by_mood(c, verb)) is not None]


@rule
def _killed_when(verb: Token, ctx: Context) -> list[Candidate]:
    """"X was killed / died when Y opened fire on (attacked, stormed) ...": the attackers
    of the clause that tells when killed X; not a clause of what X did ("when he attacked
    the post"), nor one of no attack ("when his car hit a mine")."""
    if pobjs(verb, {"by"}):
        return []  # an agent on the verb itself is read by the verb rules
    victims = [c for c in verb.children if c.dep_ == (
        "nsubj" if verb.lemma_ in _DIE_VERBS else "nsubjpass")]
    named = actors_of_tokens(victims, ctx)
    attacks = [c for c in verb.children if c.dep_ == "advcl" and any(
        m.dep_ == "advmod" and m.lower_ == "when" for m in c.children) and (
        c.lemma_ in _WHEN_ATTACKS or (c.lemma_ == "open" and any(
            o.dep_ == "dobj" and o.lower_ == "fire" for o in c.children)))]
    found = []
    for attack in attacks:
        doers = [c for c in attack.children if c.dep_ == "nsubj"
                 and not any(p.dep_ == "poss" for p in c.children)]  # not "his men"
        killers = [k for k in actors_of_tokens(doers, ctx) if ctx.m.type_of(k) not in PLACES
                   ] or claimed_beside(attack, ctx)
        found += [candidate(k, R.KILLED, v, verb, ctx, 0.55) for k in killers for v in named
                  if k != v and not any(org == k for _, org in ctx.roles.get(v, ()))]
        if found and told_as_news(verb):
            # (for "the attack on X" after: whose attack it was)
            note_event(attack, R.KILLED, named, killers, ctx)
    return [kept for c in found if (kept := by_mood(c, verb)) is not None]


# Attacks a "when" clause tells ("was killed when Y stormed the base")
_WHEN_ATTACKS = words("attack storm raid ambush shell bomb strike overrun fire shoot")


def _among(dead: Token, ctx: Context) -> list[str]:
    """"X was among those (the nine soldiers) killed in ...": X, who was among them."""
    if dead.dep_ != "pobj" or dead.head.lower_ != "among" or dead.head.head.lemma_ != "be":
        return []
    return subjects(dead.head.head, ctx)


_DIE_VERBS = words("die perish")
# fights between armed men that leave one of them dead ("killed in a shootout with Y")
_GUNFIGHTS = words("shootout shootouts firefight firefights gunfight gunfights gunbattle "
                   "gunbattles clash clashes skirmish skirmishes")


def _raid_owners(raid: Token, ctx: Context) -> list[str]:
    """Whose raid it is: "an Israeli airstrike", "a Hamas ambush", "Russia's strike"; a
    place before the noun ("a Gaza airstrike") tells where, not who."""
    owners = [c for c in raid.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    found = [k for k in actors_of_tokens(owners, ctx) if ctx.m.type_of(k) not in PLACES]
    if not found:
        states = (ctx.m.state_for_word(c) for c in owners)
        found = [s for s in states if s is not None][:1]
    return found


# "an ambush carried out / led / staged by Y"
_RAID_VERBS = words("carry lead stage launch mount conduct organize organise claim")


def claimed_beside(verb: Token, ctx: Context) -> list[str]:
    """"Gunmen stormed a checkpoint, an attack claimed by Y", "X were killed when gunmen
    stormed ..., an attack carried out by Y": the author an attack noun set in apposition
    after the clause names, for the verb whose own doers go unnamed."""
    for t in verb.sent:
        if t.i > verb.i and t.dep_ in ("appos", "npadvmod") and t.lower_ in ATTACK_NOUNS:
            agents = [g for c in t.children if c.dep_ == "acl" and c.lemma_ in _RAID_VERBS
                      for g in pobjs(c, {"by"})] + [
                g for c in t.children if c.dep_ == "relcl" and c.lemma_ == "claim"
                for g in c.children if g.dep_ == "nsubj"]  # "an attack Y claimed"
            return [k for k in actors_of_tokens(agents, ctx) if ctx.m.type_of(k) not in PLACES]
    return []


def _people_at(i: int, ctx: Context) -> list[str]:
    key = ctx.m.token_actor.get(i) if i >= 0 else None
    return [key] if key is not None and ctx.m.type_of(key) is ActorType.PERSON else []


def _surname_at(tok: Token, ctx: Context) -> list[str]:
    """ "the King assassin Y": a bare surname the model did not tag, of a person named
    earlier in the document."""
    if tok.i in ctx.m.token_actor or tok.pos_ != "PROPN":
        return []
    key = ctx.m.surnames.get(name_key(tok.text))
    return [key] if key is not None else []


def _holder_of(noun: Token, ctx: Context) -> list[str]:
    """Who a killer noun is said of: "Y was the assassin", "Y, identified as the assassin"."""
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_ == "be":
        return [k for k in subjects(head, ctx) if ctx.m.type_of(k) is ActorType.PERSON]
    if noun.dep_ == "pobj" and head.lower_ == "as" and head.head.tag_ == "VBN":
        verb = head.head  # "identified / recognized as the assassin"
        if verb.dep_ in ("acl", "relcl"):
            return _people_at(verb.head.i, ctx)
        held = [c for c in verb.children if c.dep_ == "nsubjpass"]
        return [k for k in actors_of_tokens(held, ctx) if ctx.m.type_of(k) is ActorType.PERSON]
    return []


def _unclaimed_victims(ctx: Context) -> list[str]:
    """Victims of the killings the sentence names without saying who killed them."""
    out: list[str] = []
    if ctx.lowers.isdisjoint(KILL_NOUNS):
        return out  # (no killing noun: no token walked)
    for t, lower, _, pos, _, _ in ctx.words:
        if lower in KILL_NOUNS and pos in ("NOUN", "PROPN") and not pobjs(t, {"by"}):
            found = actors_of_tokens(
                pobjs(t, {"of"}) + [c for c in t.children if c.dep_ == "poss"], ctx
            )
            out += [k for k in found if k not in out and ctx.m.type_of(k) is ActorType.PERSON]
    return out


# ------------------------------------------------------------------ verbs


@rule
def _kill_verb(verb: Token, ctx: Context) -> list[Candidate]:
    """Killers that are not the verb's subject; the plain clause is rules._verbs' job."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    victims = _victims(
        [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")], ctx
    )
    if not victims and verb.dep_ == "ccomp" and verb.head.lemma_ in KILLING_VERBS:
        # "Y ordered X killed": X parses as the clause's subject
        victims = actors_of_tokens([c for c in verb.children if c.dep_ in SUBJ_DEPS], ctx)
        return _kill(subjects(verb.head, ctx), victims, verb.head, ctx, 0.5)
    if not victims:
        return []
    out = _kill(_on_orders(verb, ctx), victims, verb, ctx, 0.5)
    if passive:
        if not any(c.i in ctx.m.token_actor for c in verb.children if c.dep_ == "nsubjpass"):
            # "the mayor of X, Y, was killed by Z": the plain verb rule finds no name there
            out += _kill(actors_of_tokens(pobjs(verb, {"by"}), ctx), victims, verb, ctx, 0.6)
        for agent in pobjs(verb, {"by"}):
            if agent.i not in ctx.m.token_actor:
                out += _kill(_members(agent, ctx), victims, verb, ctx, 0.55)
        out += _kill(actors_of_tokens(_stray_agents(verb), ctx), victims, verb, ctx, 0.55)
        return out
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    titled = not any(c.i in ctx.m.token_actor for c in verb.children if c.dep_ == "dobj")
    if titled and subj is not None and verb.dep_ in ("ROOT", "ccomp", "conj"):
        # "Y killed the mayor of X, Z" (not "Y tried to kill ...": an attempt is no killing)
        out += _kill(actors_of_tokens([subj], ctx), victims, verb, ctx, 0.6)
    clause = verb
    while clause.dep_ == "conj" and subj is not None and subj.tag_ in ("WP", "WDT"):
        clause = clause.head  # "the man who killed X and who later killed Z"
    if clause.dep_ in ("relcl", "acl") and (subj is None or subj.tag_ in ("WP", "WDT")):
        head = clause.head
        if head.lower_ in KILL_INSTRUMENTS and head.dep_ in ("dobj", "nsubjpass"):
            # "Y fired the shots that killed X": whoever fired them
            shooters = (
                actors_of_tokens(pobjs(head.head, {"by"}), ctx)
                if head.dep_ == "nsubjpass"
                else subjects(head.head, ctx)
            )
            out += _kill(shooters, victims, head.head, ctx, 0.6)
        elif head.i not in ctx.m.token_actor:
            out += _kill(_doer_noun(head, clause, ctx), victims, verb, ctx, 0.6)
    elif verb.dep_ == "pcomp" and verb.head.head.lemma_ in JUDGED_VERBS:
        # "Y was suspected of killing X", "Y was tried and convicted of killing X"
        frame = verb.head.head
        out += _kill(_judged(frame, ctx), victims, frame, ctx, _judged_confidence(frame))
    elif verb.dep_ == "pcomp" and verb.head.head.dep_ == "acl":
        # "the man convicted of killing X, Y"
        frame = verb.head.head
        out += _kill(_doer_noun(frame.head, frame, ctx), victims, frame, ctx, 0.55)
    return out


_WHERE_PREPS = frozenset({"in", "at", "on", "near", "outside", "inside"})


def _stray_agents(verb: Token) -> list[Token]:
    """ "X was shot dead in the yard of a farm by Y": the parser hangs the
    passive's "by Y" on the last noun of the place phrase. Only when the verb has none."""
    if pobjs(verb, {"by"}):
        return []
    out: list[Token] = []
    nouns = pobjs(verb, _WHERE_PREPS)
    while nouns:
        out += [a for n in nouns for a in pobjs(n, {"by"})]
        nouns = [o for n in nouns for o in pobjs(n, {"of"})]
    return out


def _victims(tokens: list[Token], ctx: Context) -> list[str]:
    """Who a clause's object stands for, preferring a named person in apposition to a
    title or place ("the last emir of Kuwait, Omar Haddad, was murdered": Omar Haddad)."""
    m = ctx.m
    out: list[str] = []
    for tok in tokens:
        key = m.token_actor.get(tok.i)
        # a place is never the victim: "in 44 B.C., Emperor Julius Caesar" misread
        if (key is None and tok.pos_ == "NOUN") or (key and m.type_of(key) in PLACES):
            named = [c for c in tok.children if c.dep_ == "appos"] + [
                a for p in pobjs(tok, {"of"}) for a in p.children if a.dep_ == "appos"
            ]
            keys = [k for a in named if (k := m.token_actor.get(a.i)) is not None]
            if keys and m.type_of(keys[0]) is ActorType.PERSON:
                out += [keys[0]] if keys[0] not in out else []
                continue
        out += [k for k in actors_of_tokens([tok], ctx) if k not in out]
    return out


def _doer_noun(noun: Token, clause: Token, ctx: Context) -> list[str]:
    """The named person a noun such as "the man" stands for: its apposition, or the
    apposition the parser hung on the clause's last object ("the man who killed X, Y")."""
    key = actor_of(noun, ctx)  # "Y was the gunman who killed X"
    if key is not None or (noun.lower_ not in DOER_NOUNS and noun.lemma_ not in DOER_NOUNS):
        return [key] if key else []
    m = ctx.m
    for child in noun.children:
        if child.dep_ == "appos" and (key := m.token_actor.get(child.i)) is not None:
            return [key]
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ == "VERB":
        # "Y was identified as the man who killed X": the one the verb names so
        named = [k for c in noun.head.head.children if c.dep_ in ("nsubjpass", "dobj")
                 and (k := m.token_actor.get(c.i)) is not None
                 and m.type_of(k) is ActorType.PERSON]
        if named:
            return named[:1]
    last = max(t.i for t in clause.subtree if not t.is_punct)
    for tok in clause.subtree:
        if (
            tok.dep_ == "appos"
            and tok.i in m.token_actor
            and tok.i == last
            and tok.head.i in m.token_actor
            and tok.doc[tok.left_edge.i - 1].text == ","
        ):
            key = m.token_actor[tok.i]
            if m.type_of(key) is ActorType.PERSON and key != m.token_actor[tok.head.i]:
                return [key]
    return []


def _members(group: Token, ctx: Context) -> list[str]:
    """ "a cell (of officers) that included A and B", "a cell including A": A and B."""
    out: list[str] = []
    for tok in group.subtree:
        if tok.lemma_ in INCLUDE_WORDS and tok.dep_ in ("relcl", "acl", "prep"):
            objs = [c for c in tok.children if c.dep_ in ("dobj", "pobj")]
            _as_people(objs + [c for o in objs for c in o.conjuncts], ctx)  # "Cassius"
            out += [k for k in actors_of_tokens(objs, ctx) if k not in out]
    return out


def _on_orders(tok: Token, ctx: Context) -> list[str]:
    """ "on the orders of Y", "on Y's orders": who ordered it (in news, the killer)."""
    orders = [p for p in pobjs(tok, {"on", "at", "under"}) if p.lemma_ in ORDER_NOUNS]
    return actors_of_tokens(
        [c for o in orders for c in o.children if c.dep_ == "poss"]
        + [p for o in orders for p in pobjs(o, {"of", "from"})],
        ctx,
    )


# ------------------------------------------------------------------ shooting


def _killings_named(ctx: Context) -> tuple[bool, set[str]]:
    """Whether the sentence names a killing without saying of whom ("the killing"), and
    the victims of the killings it names ("killed X", "X's murder", "X's assassin").
    Only a killing noun counts as bare: "a convicted killer" or "whose brother was killed"
    says nothing about the shooting next to it."""
    bare = False
    victims: set[str] = set()
    for t in ctx.tokens:
        if t.lower_ in KILL_NOUNS or t.lower_ in KILLER_NOUNS:
            owned = [c for c in t.children if c.dep_ in ("poss", "compound")]
            found = actors_of_tokens(pobjs(t, {"of"}) + owned, ctx)
            bare = bare or (not found and t.lower_ in KILL_NOUNS)
        elif t.pos_ == "VERB" and t.lemma_ in KILL_VERBS:
            found = actors_of_tokens(
                [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")], ctx
            )
        else:
            continue
        victims.update(found)
    return bare, victims


@rule
def _shooting(verb: Token, ctx: Context, killings: tuple[bool, set[str]]) -> list[Candidate]:
    """ "X was shot dead / to death by Y", "X was gunned down by Y"; "Y shot X" only when
    the sentence is about X's killing (else it is an attack, read as TARGETS)."""
    lethal = any(c.lower_ in _LETHAL for c in verb.children) or any(
        p.lower_ == "death" for p in pobjs(verb, {"to"})
    ) or _shot_dead(verb) or _shot_then_died(verb)
    # "X was shot by Y and mortally wounded"
    lethal = lethal or any(
        c.dep_ == "conj" and c.lower_ in _WOUNDED and any(g.lower_ in _LETHAL for g in c.children)
        for c in verb.children
    )
    if verb.lemma_ in WOUND_VERBS and not lethal:
        return _wounding(verb, ctx)  # a wound kills only when the sentence says so
    gunned = verb.lemma_ in ("gun", "cut") and any(c.lower_ == "down" for c in verb.children)
    if verb.lemma_ == "cut" and not gunned:
        return []  # "cut" alone (aid, ties) is no shooting
    bare, killed = killings
    named = _one_on_one(verb, ctx)
    if not (lethal or gunned or bare or killed or named):
        return []
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    shared = _shared_passive(verb)
    if passive:
        killers = actors_of_tokens(pobjs(verb, {"by"}) + _stray_agents(verb), ctx)
        victims = _victims([c for c in verb.children if c.dep_ == "nsubjpass"], ctx)
        if not victims and verb.dep_ == "relcl" and any(
                c.dep_ == "nsubjpass" and c.tag_ == "WP" for c in verb.children):
            victims = _victims([verb.head], ctx)  # "X, who was shot by Y, ..."
        if not victims and lethal and verb.dep_ == "pcomp":
            # "X died after being shot by Y"
            victims = _victims([c for c in verb.head.head.children if c.dep_ == "nsubj"], ctx)
        if not killers:
            # "X was shot and mortally wounded by Y": the agent hangs on the second verb
            killers = actors_of_tokens([a for c in verb.children if c.dep_ == "conj"
                                        for a in pobjs(c, {"by"})], ctx)
    elif shared is not None:
        # the same clause read from its second verb ("... and mortally wounded by Y")
        killers = actors_of_tokens(pobjs(verb, {"by"}), ctx)
        victims = _victims([c for c in shared.children if c.dep_ == "nsubjpass"], ctx)
    else:
        killers = subjects(verb, ctx)
        victims = _victims(_shot_objects(verb), ctx)
    if not (lethal or gunned):
        # only a person shot, and one whose killing is told (or a killing of no one named),
        # or one named person shooting another
        victims = [
            v for v in victims if ctx.m.type_of(v) is ActorType.PERSON
            and (bare or v in killed or (named and _people_only(killers, ctx)))
        ]
    conf = 0.6 if lethal else 0.55 if gunned else 0.45
    if (lethal or gunned) and victims and told_as_news(verb):
        note_event(verb, R.KILLED, victims, killers, ctx)  # for the doer named after
    return _kill(killers, victims, verb, ctx, conf)


@rule
def _wounding(verb: Token, ctx: Context) -> list[Candidate]:
    """ "X was shot and wounded by Y", "Y wounded X", "X was stabbed by Y": an attack on
    X that did not kill."""
    shared = _shared_passive(verb)
    if any(c.dep_ == "nsubjpass" for c in verb.children) or shared is not None:
        held = (shared or verb).children
        doers = actors_of_tokens(pobjs(verb, {"by"}) + _stray_agents(verb), ctx)
        victims = _victims([c for c in held if c.dep_ == "nsubjpass"], ctx)
    else:
        doers = subjects(verb, ctx)
        victims = _victims([c for c in verb.children if c.dep_ == "dobj"], ctx)
    found = _kill(doers, victims, verb, ctx, 0.55, rel=R.TARGETS)
    return [kept for c in found if (kept := by_mood(c, verb)) is not None]


def _shot_then_died(verb: Token) -> bool:
    """ "X, who was shot by Y as he fled, died in hospital", "X died after being shot by
    Y": the one shot is the one who died."""
    head = verb.head
    if verb.dep_ == "relcl" and any(c.tag_ == "WP" and c.dep_ == "nsubjpass"
                                    for c in verb.children):
        return head.dep_ == "nsubj" and head.head.lemma_ in _DIE_VERBS
    if verb.dep_ == "pcomp" and head.lower_ == "after" and head.head.lemma_ in _DIE_VERBS:
        # (not "died of cancer after being shot years ago")
        return any(c.lower_ == "being" for c in verb.children) and all(
            o.lemma_ in _WOUND_NOUNS for o in pobjs(head.head, {"of", "from"}))
    return False


_WOUND_NOUNS = words("wound injury")


def _shot_dead(verb: Token) -> bool:
    """"shot dead X": the parser may hang "dead" on the victim; right after the verb it is
    still the verb's ("shot the dead man" has it after the article)."""
    # ("shot dead Mayor X": on the title, inside the object)
    return any(a.dep_ == "amod" and a.lower_ == "dead" and a.i == verb.i + 1
               for c in verb.children if c.dep_ == "dobj" for a in c.subtree)


def _shot_objects(verb: Token) -> list[Token]:
    """Who was shot: the verb's object, or the object the parser hangs on "dead" ("shot
    dead four soldiers")."""
    return [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.lower_ == "dead" for g in c.children if g.dep_ == "dobj"]


def _shared_passive(verb: Token) -> Token | None:
    """The passive verb a conjunct shares its subject with: "X was shot and wounded by Y"."""
    head = verb.head
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return head if any(c.dep_ == "nsubjpass" for c in head.children) else None


# "X shot Y and wounded him", "Y survived": a shooting the sentence says was not fatal
_SURVIVED = _WOUNDED | frozenset({"wound", "wounds", "survive", "survived", "survives",
                                  "injure", "injuries", "hospitalized", "hospitalised",
                                  "recovering", "missed", "grazed"})


_LIMBS = frozenset({"arm", "leg", "foot", "hand", "shoulder", "knee", "thigh", "ankle"})


def _one_on_one(verb: Token, ctx: Context) -> bool:
    """"X shot Y" with both named people, and nothing in the sentence saying Y lived:
    one person shooting another by name is reported as a killing."""
    if verb.lemma_ != "shoot" or any(c.dep_ == "prt" for c in verb.children):
        return False  # "shot up", "shot down" (aircraft); "shot at X" has no object
    sent = sentence_of(verb)
    if any(t.lower_ in _SURVIVED or t.lemma_ in _SURVIVED or t.lemma_ in KILL_VERBS
           for t in sent) or any(p.lemma_ in _LIMBS for p in pobjs(verb, {"in"})):
        return False  # "shot X in the leg"; "shot X, whose brother was killed": not X's death
    shot = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "relcl" and any(c.tag_ == "WP" for c in shot):
        shot.append(verb.head)  # "X, who was shot by Y"
    return any(c.i in ctx.m.token_actor
               and ctx.m.type_of(ctx.m.token_actor[c.i]) is ActorType.PERSON for c in shot)


def _people_only(keys: list[str], ctx: Context) -> bool:
    return bool(keys) and all(ctx.m.type_of(k) is ActorType.PERSON for k in keys)
