"""Fighting read from framing words rather than a verb of attack.

- "the Iran-Iraq war" -> each TARGETS the other
- "backs X in its fight against Y", "support for X in their efforts to defeat Y"
  -> X (the party supported) TARGETS Y, not the supporter
- "Y liberated the town from X (control)", "Y drove X out of the town" -> Y TARGETS X
- "X took control of the town", "Y lost control of the town to X", "the fall of the town
  to X", "X's liberation of the town", "the recapture of the town by X" -> X CONTROLS the
  town
- "X provided weapons (or $N in aid) to Y", "X will provide Y with military support",
  "X supports Iraqi unity", "X stands shoulder to shoulder with Y" -> X BACKS Y
- "backs X to defeat Y", "supports X in defeating Y", "supports X against Y" -> X TARGETS Y
- "X, as part of the Coalition, struck Y" -> the Coalition TARGETS Y too
- "urged X to attack Y": asked, not done -> no TARGETS (the clause rules ask here)
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from actorgraph.domain import ActorType

from .context import own_service
from .coref import quoted
from .filters import by_mood, undone, wanted
from .lexicon import (
    ARMS_AND_AID,
    FIGHT_NOUNS,
    PROVIDE_VERBS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    SUPPORT_NOUNS,
    words,
)
from .links import MEMBER_WORDS, as_part, city_of, part_of_parties
from .namecues import TITLE_HEADS
from .places import ground_named
from .resolve import (
    PLACES,
    Candidate,
    Context,
    R,
    actor_of,
    actors_of_tokens,
    candidate,
    expand,
    pobjs,
    rule,
    subjects,
)
from .textprep import sentence_of

_WAR_NOUNS = words("war wars conflict")
_EFFORT_NOUNS = FIGHT_NOUNS | words("efforts effort bid drive")
_POSSESSIVE_PRONOUNS = words("its their his her")
_LIBERATE_VERBS = words("liberate free recapture retake reclaim wrest")
_EXPEL_VERBS = words("drive push expel oust")
_TAKE_BACK_VERBS = _LIBERATE_VERBS | _EXPEL_VERBS
_BACK_LEMMAS = words("support back help assist aid stand")
_CONTROL_VERBS = words(
    "take seize gain claim have retain regain assume wrest keep retake retook establish "
    "consolidate extend exert maintain restore reassert recapture reclaim secure")
# Facilities and parts of a town whose control is told with the town after "of" or "at"
_FACILITY_PARTS = words("port airport airfield airstrip harbour harbor base crossing centre "
                        "center outskirts compound camp headquarters barracks barrack "
                        "garrison station section stretch segment portion")
# "handed (over) control of X to Y", "lost control of X to Y": the holder follows "to"
_HAND_VERBS = words("hand transfer return cede lose")
_AID_NOUNS = ARMS_AND_AID | words("advisers advisors troops")


@rule
def combat_candidates(sent: Span, ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    for tok, lower, lemma, pos, dep, _ in ctx.words:
        if lower in _WAR_NOUNS and pos in ("NOUN", "PROPN"):
            out += _war_between(tok, ctx)
        elif pos == "VERB" and lemma in _TAKE_BACK_VERBS:
            out += _liberated(tok, ctx)
        elif pos == "VERB" and lemma in PROVIDE_VERBS:
            out += _provided(tok, ctx)
        elif pos == "VERB" and lemma in _BACK_LEMMAS:
            out += _backed_against(tok, ctx) + _backed_cause(tok, ctx) + _shoulder(tok, ctx)
        elif lower == "control" and dep == "dobj" and tok.head.lemma_ in _CONTROL_VERBS | (
                _HAND_VERBS):
            out += _took_control(tok, ctx)
        elif lower == "control" and (taking := _taking_compound(tok)) is not None:
            out += _took_control(tok, ctx, taking)
        elif lower == "fall" and pos == "NOUN":
            out += _fell_to(tok, ctx)
        elif pos == "NOUN" and (lower in _CAPTURE_NOUNS or _re_taking(tok)):
            out += _captured(tok, ctx)
    return out


_TRIED = words("try attempt seek fail plan aim")
_VOWED = words("threaten vow pledge promise swear warn")
_SHARED_ACTS = frozenset({R.TARGETS, R.KILLED, R.THREATENS, R.BACKS, R.CONTROLS})


@rule
def acting_as_part(found: list[Candidate], ctx: Context) -> list[Candidate]:
    """"X, as part of the Coalition, struck Y": the coalition acts through its member,
    so what X does in the sentence the coalition does too (X's membership is read by
    links)."""
    out: list[Candidate] = []
    if ctx.lowers.isdisjoint(MEMBER_WORDS):
        return out  # (most sentences: no "part" or "member" word)
    for tok, lower, _, _, _, _ in ctx.words:
        if lower not in MEMBER_WORDS or not as_part(tok):
            continue  # (the decoded word first: `as_part` reads it from the Token anew)
        members, groups = part_of_parties(tok, ctx)
        out += [Candidate(g, c.type, c.target, c.negated, c.confidence * 0.9, c.state,
                          c.source_actor)
                for c in found if c.source in members and c.type in _SHARED_ACTS
                for g in groups if g not in (c.source, c.target)]
    return out


_OWN_ROLES = frozenset({R.LEADS, R.MEMBER_OF, R.SPOKESPERSON_FOR})


# Verbs of a side hitting back: "our forces responded (retaliated, returned fire, fought
# back)", and what makes a response one of arms ("in self-defence", "with artillery")
_ANSWERING = words("respond react retaliate")
_BACK_VERBS = words("hit fight strike shoot")
_ARMED_ANSWERS = words(
    "self-defence self-defense defence defense force fire artillery airstrikes strikes "
    "rockets mortars shelling")
_MAYBE_DONE = words("will would could might may should 'll wo shall")


def _hits_back(verb: Token) -> bool:
    """"responded in self-defence (with force)", "retaliated", "returned fire", "fought back"."""
    kids = list(verb.children)
    if verb.lemma_ == "retaliate":
        return True
    if verb.lemma_ in _ANSWERING:
        return any(c.dep_ == "prep" and c.lower_ in ("in", "with") and any(
            p.lower_ in _ARMED_ANSWERS for p in c.subtree if p.dep_ == "pobj") for c in kids)
    if verb.lemma_ == "return":
        return any(c.dep_ == "dobj" and c.lower_ == "fire" for c in kids)
    return verb.lemma_ in _BACK_VERBS and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in kids)


@rule
def answered_attacks(found: list[Candidate], sent: Span, ctx: Context) -> list[Candidate]:
    """"Y attacked our base and our forces responded in self-defence": the side that hit
    back TARGETS the attacker the same sentence (or the quote's sentence before) names,
    told as done (not "would respond", "did not return fire")."""
    out: list[Candidate] = []
    if ctx.lemmas.isdisjoint(_HITTING_BACK):
        return out  # (most sentences: no such verb, no token walked)
    verbs = [t for t, _, lemma, pos, _, _ in ctx.words if lemma in _HITTING_BACK and pos == "VERB"]
    for verb in verbs:
        if not _hits_back(verb) or verb.tag_ not in ("VBD", "VBN") or any(
                c.dep_ == "aux" and c.lower_ in _MAYBE_DONE for c in verb.children):
            continue
        for side in actors_of_tokens([c for c in verb.children if c.dep_ == "nsubj"], ctx):
            if ctx.m.type_of(side) in PLACES or ctx.m.type_of(side) is ActorType.PERSON:
                continue
            attackers = [c.source for c in found if c.type in (R.TARGETS, R.KILLED)
                         and _struck_side(c.target, side, ctx) and not c.negated
                         and not _struck_side(c.source, side, ctx)]
            if not attackers:
                attackers = _attacker_before_in_quote(side, verb, sent, ctx)
            for attacker in dict.fromkeys(attackers):
                c = by_mood(candidate(side, R.TARGETS, attacker, verb, ctx, 0.55), verb)
                if c is not None and c.type is R.TARGETS:
                    out.append(c)
    return out


_HITTING_BACK = _ANSWERING | _BACK_VERBS | words("return")


def _struck_side(key: str, side: str, ctx: Context) -> bool:
    """The side itself or its own forces ("attacked our soldiers ... our forces returned
    fire", the state's forces and the state)."""
    return key == side or own_service(ctx.m, key, side)


def _attacker_before_in_quote(side: str, verb: Token, sent: Span, ctx: Context) -> list[str]:
    """The doer of the attack on `side` told in the sentence just before, for a response
    told in a quote ('X said: "Y attacked our base. Our forces responded in self-defence."',
    or the speaker's quote going on after "said X.")."""
    if not ctx.attack_events or sent.start == 0 or not quoted(verb):
        return []
    event = ctx.attack_events[-1]
    before = sentence_of(sent.doc[sent.start - 1])
    if event.sent != before.start or event.doer is None or not any(
            _struck_side(t, side, ctx) for t in event.targets):
        return []
    return [event.doer]


@rule
def spoken_threats(found: list[Candidate], ctx: Context) -> list[Candidate]:
    """"X's minister said the army would strike Y if ...": a threat told by one who holds
    office in the side that would strike is that person's threat too (not an outsider's
    report of it: "analysts said the rebels would attack if ...")."""
    out: list[Candidate] = []
    for c in found:
        speaker = c.source_actor
        if c.type is not R.THREATENS or c.negated or speaker is None:
            continue
        sides = {org for rel, org in ctx.roles.get(speaker, ()) if rel in _OWN_ROLES}
        if ctx.m.type_of(speaker) in _SIDES:
            sides.add(speaker)  # "Ethiopia said its forces would ...": a state's own
        if c.target in sides or any(own_service(ctx.m, side, c.target) for side in sides):
            continue  # (a state and its own army: no threat between them)
        if c.source != speaker and (c.source in sides or any(
                own_service(ctx.m, side, c.source) for side in sides)):
            out.append(Candidate(speaker, R.THREATENS, c.target, False, c.confidence * 0.9,
                                 cameo=c.cameo))
    return out


# Forces told by no owner's name ("the army", "troops", "security forces", "our men"),
# and the words that may stand beside them without naming another side
_FORCE_WORDS = words("army military troops troop forces force soldiers police fighters men")
_GROUP_FORCE_WORDS = words("fighters men")
_FORCE_MODIFIERS = words("the our security armed government national regular special")
_SPEAKING = SPEECH_VERBS | _VOWED
_TO_COME = words("will would 'll")
# Who may speak for a side's forces: a state, its bodies, an armed group; a person by a title
_SIDES = frozenset({ActorType.STATE, ActorType.GOVERNMENT_BODY, ActorType.ARMED_GROUP})
_OFFICE_WORDS = frozenset(ROLE_NOUNS) | TITLE_HEADS | words("spokesman spokeswoman")


def announced_forces(verb: Token, ctx: Context) -> list[str]:
    """"The minister said (vowed, warned) the army would crush Y": forces named by no
    owner, told as acting later by one who speaks for a side, are that speaker's; the
    threat is read by who utters it. Not a report by an outsider ("analysts said the
    army would ..."), nor an act told as done ("said the army had crushed Y")."""
    node = verb
    while node.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in node.children):
        node = node.head  # "troops would continue to attack Y"
    subj = [c for c in node.children if c.dep_ == "nsubj"]
    if (len(subj) != 1 or subj[0].lower_ not in _FORCE_WORDS
            or any(c.lower_ not in _FORCE_MODIFIERS and c.dep_ not in ("punct", "cc", "conj")
                   for c in subj[0].children)):
        return []
    if node.dep_ != "ccomp" or node.head.lemma_ not in _SPEAKING or not any(
            c.dep_ == "aux" and c.lower_ in _TO_COME for c in node.children):
        return []
    return [k for k in subjects(node.head, ctx) if _speaks_for_side(k, node.head, ctx)
            and (subj[0].lower_ in _GROUP_FORCE_WORDS or not _group_side(k, ctx))]


def _group_side(key: str, ctx: Context) -> bool:
    """An armed group, or one who speaks only for armed groups: its "troops" or "army"
    told bare are more often the state's it fights ("the Front warned that troops would
    attack Jolo")."""
    if ctx.m.type_of(key) is ActorType.ARMED_GROUP:
        return True
    # (roles told before the sentence: "General X, commander of the Y Army, said troops
    # would ..." speaks of his own)
    orgs = [org for _, org in ctx.roles.get(key, ())[:ctx.roles_before.get(key, 0)]]
    return bool(orgs) and all(ctx.m.type_of(o) is ActorType.ARMED_GROUP for o in orgs)


def _speaks_for_side(key: str, speech: Token, ctx: Context) -> bool:
    kind = ctx.m.type_of(key)
    if kind in _SIDES:
        return True
    if kind is not ActorType.PERSON:
        return False
    if ctx.roles.get(key):
        return True
    speaker = [c for c in speech.children if c.dep_ == "nsubj"]
    return any(t.lower_ in _OFFICE_WORDS for s in speaker for t in s.subtree)


def fighter_supported(noun: Token, ctx: Context) -> list[str]:
    """Who fights in "backs X in its fight against Y" or "(reiterates) support for X in
    the fight against Y": the party backed, not the backer.

    Empty unless the effort noun sits in "in <its|the> <effort>" under a verb or noun
    of support (or a verb whose object is one) that names the party.
    """
    if noun.lower_ not in _EFFORT_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return []
    host = noun.head.head
    theirs = any(c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS for c in noun.children)
    hosts = [host]
    if host.pos_ in ("VERB", "AUX"):
        # "reiterates support for X in the fight": the support noun is the object
        hosts += [c for c in host.children if c.dep_ == "dobj" and c.lower_ in SUPPORT_NOUNS]
    backing = any(h.lemma_ in _BACK_LEMMAS or h.lower_ in SUPPORT_NOUNS for h in hosts)
    if not theirs and not backing:
        return []
    objs: list[Token] = []
    for h in hosts:
        if h.pos_ in ("VERB", "AUX"):
            objs += [c for c in h.children if c.dep_ == "dobj"] + pobjs(h, {"for", "of"})
        else:
            objs += [h, *pobjs(h, {"for", "of", "to"})]
    return actors_of_tokens(objs, ctx)


def fighters_backed(verb: Token, doers: list[str], ctx: Context) -> list[str]:
    """Who fights in "backs X to defeat Y" or "supports X in defeating Y": X, the party
    backed, not the backer; in "stands by X to defeat Y" both of them."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "to degrade and defeat Y"
    if first.dep_ == "pcomp" and first.head.lower_ == "in":
        host, purpose = first.head.head, False
    elif first.dep_ in ("xcomp", "advcl") and any(c.lower_ == "to" for c in first.children):
        host, purpose = first.head, first.dep_ == "advcl"
    else:
        return doers
    backed = _backed_by(host, ctx)
    if not backed:
        return doers
    return [*doers, *(b for b in backed if b not in doers)] if purpose else backed


def _backed_by(verb: Token, ctx: Context) -> list[str]:
    """The party a verb of support backs: "supports X", "stands by / with X"."""
    if verb.pos_ != "VERB" or verb.lemma_ not in _BACK_LEMMAS:
        return []
    if verb.lemma_ == "stand":
        return actors_of_tokens(pobjs(verb, {"by", "with"}), ctx)
    return actors_of_tokens([c for c in verb.children if c.dep_ == "dobj"], ctx)


@rule
def _backed_against(verb: Token, ctx: Context) -> list[Candidate]:
    """"supports X against Y": X fights Y."""
    against = pobjs(verb, {"against"})
    foes = actors_of_tokens(against, ctx) or actors_of_tokens(
        [t for p in against for t in p.subtree if t.dep_ in ("pobj", "poss") and t.i != p.i], ctx)
    backed = _backed_by(verb, ctx) if foes else []
    return [candidate(b, R.TARGETS, f, verb, ctx, 0.55) for b in backed for f in foes if b != f]


@rule
def _shoulder(verb: Token, ctx: Context) -> list[Candidate]:
    """"X stands shoulder to shoulder with Y": X backs Y."""
    if verb.lemma_ != "stand" or not any(c.lower_ == "shoulder" for c in verb.children):
        return []
    hosts = [verb, *(t for t in verb.subtree if t.lower_ == "shoulder")]
    backed = actors_of_tokens([p for h in hosts for p in pobjs(h, {"with", "alongside"})], ctx)
    return [candidate(s, R.BACKS, b, verb, ctx, 0.6)
            for s in subjects(verb, ctx) for b in backed if s != b]


_CAUSE_NOUNS = words("unity sovereignty independence integrity stability democracy efforts")


@rule
def _backed_cause(verb: Token, ctx: Context) -> list[Candidate]:
    """"X supports Malian unity", "backs Ukraine's independence": X backs
    the state whose cause it is."""
    if verb.lemma_ not in ("support", "back"):
        return []
    causes = [t for c in verb.children if c.dep_ == "dobj" for t in (c, *c.conjuncts)
              if t.lower_ in _CAUSE_NOUNS and actor_of(t, ctx) is None]
    states = {k for t in causes for c in t.children if c.dep_ in ("amod", "poss", "compound")
              if (k := ctx.m.state_for_word(c)) is not None}
    return [candidate(s, R.BACKS, k, verb, ctx, 0.55)
            for s in subjects(verb, ctx) for k in sorted(states) if s != k]


@rule
def _war_between(noun: Token, ctx: Context) -> list[Candidate]:
    """"the Iran-Iraq War": the two sides named before the noun, joined by a hyphen."""
    doc = noun.doc
    i = noun.i
    if i < 3 or doc[i - 2].text not in ("-", "–"):
        return []
    m = ctx.m
    a, b = m.token_actor.get(i - 3), m.token_actor.get(i - 1)
    if a is None or b is None or a == b:
        return []
    return [candidate(a, R.TARGETS, b, noun, ctx, 0.5), candidate(b, R.TARGETS, a, noun, ctx, 0.5)]


@rule
def _liberated(verb: Token, ctx: Context) -> list[Candidate]:
    """"liberated Raqqa from ISIL (control)", "drove ISIL out of Kobane"."""
    if verb.dep_ == "xcomp" and verb.head.lemma_ in _TRIED | _VOWED:
        return []  # "tried (threatened) to drive ISIL out of Kobane": not done
    if verb.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in _TO_COME
                                    for c in verb.children):
        return []  # "said its troops would drive ISIL out of Kobane": a threat
    if verb.lemma_ in _EXPEL_VERBS:
        if not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children) and not any(
                c.dep_ == "prep" and c.lower_ in ("out", "from") for c in verb.children):
            return []
        foes = actors_of_tokens([c for c in verb.children if c.dep_ == "dobj"], ctx)
    else:
        held = pobjs(verb, {"from"})
        # "from ISIL control": the owner of the control
        held += [c for p in held for c in p.children if c.dep_ in ("compound", "poss")]
        foes = actors_of_tokens(held, ctx)
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        doers = actors_of_tokens(pobjs(verb, {"by"}), ctx)
    else:
        doers = subjects(verb, ctx)
    return [candidate(d, R.TARGETS, f, verb, ctx, 0.6) for d in doers for f in foes if d != f]


@rule
def _provided(verb: Token, ctx: Context) -> list[Candidate]:
    """"X provided weapons to Y", "X will provide Y with military support"."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    # a sum given is aid; one given away, up or back is not ("gave away $1 billion to Y")
    phrasal = any(c.dep_ in ("prt", "advmod") and c.lower_ in ("away", "up", "back")
                  for c in verb.children)
    aid = [o for o in objs for t in (o, *o.conjuncts)
           if t.lower_ in _AID_NOUNS or (_money(t) and not phrasal)]
    if aid:
        # "provided X to Y" ("to" may be parsed as a dative) or "gave Y weapons";
        # "$100 million in assistance to Y"
        datives = [c for c in verb.children if c.dep_ == "dative"]
        receivers = pobjs(verb, {"to", "for"}) + [
            g for c in datives for g in (c.children if c.lower_ in ("to", "for") else [c])] + [
            r for o in aid for a in pobjs(o, {"in"}) for r in pobjs(a, {"to", "for"})]
    else:
        with_aid = [p for p in pobjs(verb, {"with"}) if p.lower_ in _AID_NOUNS]
        receivers = objs if with_aid else []
    backed = actors_of_tokens(receivers, ctx)
    return [candidate(s, R.BACKS, b, verb, ctx, 0.6)
            for s in subjects(verb, ctx) for b in backed if s != b]


_CURRENCY = frozenset("$£€") | words("dollars pounds euros")


def _money(tok: Token) -> bool:
    """"$100 million", "20 million pounds": a sum of money."""
    if tok.lower_ in _CURRENCY:
        return any(c.like_num for c in tok.children)
    return tok.like_num and any(t.text in _CURRENCY for t in tok.subtree)


def _taking_compound(noun: Token) -> Token | None:
    """"X retook control of Y" parsed with "retook" a compound of the noun: the word that
    stands for the verb (X is its subject)."""
    if noun.dep_ not in ("ROOT", "ccomp", "conj", "relcl", "advcl"):
        return None
    return next((c for c in noun.children if c.dep_ == "compound"
                 and c.lower_ in _CONTROL_VERBS and c.i == noun.i - 1), None)


@rule
def _took_control(noun: Token, ctx: Context, verb: Token | None = None) -> list[Candidate]:
    """"X took (full) control of Y", "X claims control of Y", "handed control of Y to X"."""
    verb = noun.head if verb is None else verb
    if undone(R.CONTROLS, verb):
        return []  # "tried to take (would seize) control of Y": no control is told
    # ("over X" is often hung on the verb: "consolidated their control over X")
    held = pobjs(noun, {"of", "over"}) + pobjs(verb, {"over"})
    if not held and noun.i + 1 < len(noun.doc) and noun.nbor().lower_ == "of":
        held = pobjs(verb, {"of"})  # "of X" right after the noun, hung on the verb
    # "control of the port (the airfield) of X": the facility's town
    # ("control of the army base in X": the town is often hung on the verb)
    held += [p for h in held if h.lemma_ in _FACILITY_PARTS
             for p in pobjs(h, {"of", "at", "in"}) or pobjs(verb, {"at", "in"})]
    places = _places_of(held, ctx)
    # "took control of several neighbourhoods of X": the town whose ground is held
    places += [k for k in ground_named(held, ctx) if k not in places]
    holders = actors_of_tokens(pobjs(verb, {"to"}), ctx) if verb.lemma_ in _HAND_VERBS else (
        subjects(verb, ctx))
    return [candidate(s, R.CONTROLS, p, verb, ctx, 0.6)
            for s in holders for p in places if s != p]


@rule
def _fell_to(noun: Token, ctx: Context) -> list[Candidate]:
    """"the fall of town T to group G": G took T."""
    held = pobjs(noun, {"of"})
    places = _places_of(held, ctx)
    takers = actors_of_tokens(pobjs(noun, {"to"}), ctx)
    doc = noun.doc
    for tok in held:  # "to ISIL" is often hung elsewhere: read it by position
        k = tok.right_edge.i + 1
        if not takers and k + 1 < len(doc) and doc[k].lower_ == "to":
            k += 2 if doc[k + 1].lower_ == "the" and k + 2 < len(doc) else 1
            key = ctx.m.token_actor.get(k)
            takers = [key] if key is not None else []
    return [candidate(t, R.CONTROLS, p, noun, ctx, 0.6)
            for t in takers for p in places if t != p]


_CAPTURE_NOUNS = words("capture recapture retaking liberation seizure takeover")


def _re_taking(noun: Token) -> bool:
    """"re-taking", split by the tokenizer into "re", "-", "taking"."""
    doc, i = noun.doc, noun.i
    return noun.lower_ == "taking" and i >= 2 and doc[i - 1].text == "-" and (
        doc[i - 2].lower_ == "re")


@rule
def _captured(noun: Token, ctx: Context) -> list[Candidate]:
    """"Y's liberation of Tikrit", "the recapture of Ramadi by Y", "the re-taking by Y of
    25% of the territory, including Tikrit" -> Y CONTROLS the place."""
    if wanted(noun):
        return []
    agents = pobjs(noun, {"by"})
    takers = actors_of_tokens(agents, ctx) or [
        k for c in noun.children if c.dep_ in ("poss", "compound")
        if (k := ctx.m.token_actor.get(c.i)) is not None and ctx.m.type_of(k) not in PLACES]
    held = pobjs(noun, {"of", "including"}) + [p for a in agents for p in pobjs(a, {"of"})]
    # "of 25% of the territory, including Tikrit": the places named inside
    held += [t for h in held for t in h.subtree
             if t.dep_ == "pobj" and t.head.lower_ in ("of", "including") and t.i != h.i]
    places = [k for k in _places_of(held, ctx) if ctx.m.type_of(k) in PLACES]
    return [candidate(t, R.CONTROLS, p, noun, ctx, 0.55)
            for t in takers for p in dict.fromkeys(places) if t != p]


def held_cities(tok: Token, held: list[str], ctx: Context) -> list[str]:
    """"X controls much of Kingston": a capital held is the city, not its state (the
    capital's name within the phrase read, else the state as read)."""
    m = ctx.m
    return [next((c for t in tok.subtree if m.token_actor.get(t.i) == k
                  and (c := city_of(t, ctx)) is not None), k)
            if m.type_of(k) is ActorType.STATE else k for k in held]


def _places_of(tokens: list[Token], ctx: Context) -> list[str]:
    """The places named, each of a list ("control of X and Y"); a capital is the city
    here, not its state ("control of Sanaa")."""
    return [city_of(u, ctx) or k for t in tokens for u in expand(t)
            if (k := actor_of(u, ctx)) is not None]
