"""The dead of one side, told as common nouns after a fight or an attack between two sides.

- "X clashed with Y, killing four members of the security forces", "X fought Y and
  killed dozens of militants", "after days of fighting with rebels of Y, killing dozens
  of insurgents": the dead are the members of the side whose kind they fit (soldiers,
  officers, policemen: a state's; rebels, insurgents, militants: an armed group's), and
  the other side killed them. Two sides of the same kind, or none, leave it unread.
- "gunmen from X killed three police officers": the men's group is the killer
  (resolve.actors_of_tokens); the officers are the article's police (context.py);
  "X ambushed a police convoy, killing two officers": the one police force the article
  names, when it names exactly one.
- "an ambush by X that killed nine Malian soldiers": the attack's author killed them.

The dead with an owner of their own ("Malian soldiers", "14 of its fighters", "four of
the attackers") are read elsewhere or not at all; civilians, the wounded and the captured
never fit a side.
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.domain import ActorType

from .filters import by_mood
from .lexicon import ATTACK_NOUNS, words
from .resolve import (
    PLACES,
    Candidate,
    Context,
    R,
    actor_of,
    actors_of_tokens,
    candidate,
    negated,
    pobjs,
    rule,
    subjects,
)

# The members a side's dead are counted as: a state's forces, or an armed group's.
_STATE_DEAD = words(
    "soldier troop officer policeman gendarme guard serviceman personnel conscript "
    "recruit commando paratrooper marine sailor airman trooper"
)
_GROUP_DEAD = words(
    "rebel insurgent militant militiaman jihadist guerrilla combatant fighter separatist"
)
# "members of the security forces", "dozens of insurgents": a count or a member noun
_COUNT_NOUNS = words("member dozen score hundred thousand number")
# "members of the security forces (the army, the police)": a state's own
_STATE_BODIES = words("forces force army military police gendarmerie")
# Verbs and nouns whose two sides the dead may belong to
_FIGHT_WORDS = words(
    "fight battle clash skirmish combat fighting clashes battles gunbattle firefight"
)
_DEAD_GROUPS = frozenset({ActorType.ARMED_GROUP})
_KILLER_GROUPS = frozenset({ActorType.ARMED_GROUP, ActorType.ORGANIZATION})
_POLICE_TYPES = frozenset({ActorType.ARMED_GROUP, ActorType.GOVERNMENT_BODY,
                           ActorType.ORGANIZATION})
_FIRE = words("fire gunfire shots")
_ATTACK_VERBS = words(
    "attack assault storm raid ambush strike shell bomb pound overrun besiege target"
)


def _kind(dead: Token) -> str | None:
    """"soldiers" -> "state", "insurgents" -> "group"; None for anyone else."""
    lemma = dead.lemma_.lower()
    if lemma in _STATE_DEAD:
        return "state"
    if lemma in _GROUP_DEAD:
        return "group"
    return None


def _dead_members(verb: Token, ctx: Context) -> tuple[Token, str] | None:
    """The bare member noun a killing verb's object names, with its kind: "killing five
    soldiers", "killing dozens of insurgents", "killing four members of the security
    forces". None when the dead have an owner of their own ("Malian soldiers", "its
    fighters", "soldiers of the Malian army") or are no side's members."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objs) != 1:
        return None
    dead = objs[0]
    if dead.lemma_.lower() in _COUNT_NOUNS or dead.like_num:
        inner = pobjs(dead, {"of"})
        if len(inner) != 1:
            return None
        if dead.lemma_.lower() == "member" and inner[0].lower_ in _STATE_BODIES:
            body = inner[0]
            if _owned(body, ctx):
                return None
            return body, "state"
        dead = inner[0]
    kind = _kind(dead)
    if kind is None or _owned(dead, ctx):
        return None
    return dead, kind


def _owned(noun: Token, ctx: Context) -> bool:
    """Whether a noun of the dead names whose they are: a name, a demonym, a possessive,
    "of X"."""
    if actor_of(noun, ctx) is not None:
        return True
    for c in noun.children:
        if c.dep_ == "poss":
            return True
        if c.dep_ in ("amod", "compound", "nmod") and (
                c.i in ctx.m.token_actor or ctx.m.state_for_word(c) is not None):
            return True
    return bool(pobjs(noun, {"of", "from"}))


def _fits(key: str, kind: str, ctx: Context, killer: bool = False) -> bool:
    """Whether a side is of a kind: a state's ("state") or an armed group's ("group"); a
    group killing may be told of an organisation the model typed so ("gunmen of X")."""
    m = ctx.m
    kind_of = m.type_of(key)
    if kind_of in PLACES or kind_of is ActorType.PERSON:
        return False
    state_side = kind_of in (ActorType.STATE, ActorType.GOVERNMENT_BODY) or m.is_service(key)
    if kind == "state":
        return state_side
    groups = _KILLER_GROUPS if killer else _DEAD_GROUPS
    return kind_of in groups and not state_side


def _opponents(host: Token, verb: Token, ctx: Context) -> list[str]:
    """The other side of a fight or an attack: "clashed with Y", "fought Y", "attacked a
    base of Y", "after days of fighting with (rebels of) Y"."""
    toks: list[Token] = [c for c in host.children if c.dep_ == "dobj"]
    toks += pobjs(host, {"with", "against"})
    # "after three days of fighting with Y": a fight noun inside the host's clause
    toks += [p for t in host.subtree if t.lower_ in _FIGHT_WORDS and t.pos_ == "NOUN"
             and not (verb.left_edge.i <= t.i <= verb.right_edge.i)
             for p in pobjs(t, {"with", "against"})]
    found: list[str] = []
    for tok in toks:
        # the side itself; "rebels of Y", "a base of Y": the owner named after "of";
        # "a Congolese army base": the state a demonym names
        keys = actors_of_tokens([tok], ctx) or actors_of_tokens(pobjs(tok, {"of"}), ctx) or [
            k for c in tok.children if c.dep_ in ("amod", "compound")
            if (k := ctx.m.state_for_word(c)) is not None] or _named_police(tok, ctx)
        found += [k for k in keys if k not in found]
    return found


def _named_police(tok: Token, ctx: Context) -> list[str]:
    """"a police convoy (station, patrol)": the one police force the article names; none
    when it names none or several."""
    if not any(c.dep_ in ("amod", "compound") and c.lower_ == "police" and not any(c.children)
               for c in tok.children):
        return []
    m = ctx.m
    # (every force named so counts, a state's or not: two of them leave it unread)
    found = set(m.named_police(_POLICE_TYPES))
    return [k for k in found if m.is_service(k)] if len(found) == 1 else []


@rule
def dead_of_side(verb: Token, ctx: Context) -> list[Candidate]:
    """"X clashed with Y, killing four soldiers": the side whose members died was killed
    by the other."""
    found = _dead_members(verb, ctx)
    if found is None:
        return []
    kind = found[1]
    host = verb.head
    if verb.dep_ not in ("advcl", "conj") or verb.tag_ not in ("VBG", "VBD", "VBN") or (
            host.pos_ != "VERB" or not _fight_or_attack(host)):
        return []
    if verb.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []  # "X fought Y and the army killed ...": a clause of its own
    doers = subjects(host, ctx)
    sides = doers + [k for k in _opponents(host, verb, ctx) if k not in doers]
    # "X attacked (a post of) Y, killing four fighters": the dead are the attacked side's,
    # never the attackers' (a clash leaves either side's)
    attacked = host.lemma_ in _ATTACK_VERBS and not any(
        t.lower_ in _FIGHT_WORDS and t.pos_ == "NOUN" for t in host.subtree)
    dead_sides = [k for k in sides if _fits(k, kind, ctx) and not (attacked and k in doers)]
    if len(dead_sides) != 1:
        return []  # none, or two of the same kind: no guess
    # the killers are of the other kind: a state's side against a group, or the reverse
    killers = [k for k in sides if _fits(k, "group" if kind == "state" else "state", ctx,
                                         killer=True)]
    # ("did not clash with Y, killing ...": the participle shares its host's negation)
    neg = True if negated(host) else None
    found_now = [candidate(k, R.KILLED, dead_sides[0], verb, ctx, 0.55, neg=neg)
                 for k in killers]
    return [kept for c in found_now if (kept := by_mood(c, verb)) is not None]


def _fight_or_attack(host: Token) -> bool:
    """"clashed with", "attacked", "retook ... after days of fighting with"."""
    if host.lemma_ == "exchange":  # "exchanged fire with Y"
        return any(c.dep_ == "dobj" and c.lower_ in _FIRE for c in host.children)
    return host.lemma_ in _FIGHT_WORDS or host.lemma_ in _ATTACK_VERBS or any(
        t.lower_ in _FIGHT_WORDS and t.pos_ == "NOUN" for t in host.subtree)


@rule
def raid_that_killed(verb: Token, ctx: Context) -> list[Candidate]:
    """"an ambush by X that killed nine Malian soldiers": the attack's author killed them."""
    head = verb.head
    if verb.dep_ != "relcl" or head.lower_ not in ATTACK_NOUNS:
        return []
    if not any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children):
        return []
    killers = actors_of_tokens(pobjs(head, {"by"}), ctx)
    victims = actors_of_tokens([c for c in verb.children if c.dep_ == "dobj"], ctx)
    return [candidate(k, R.KILLED, v, verb, ctx, 0.6) for k in killers for v in victims
            if k != v and ctx.m.type_of(v) not in PLACES]
