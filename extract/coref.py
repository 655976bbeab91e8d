"""A small, conservative coreference for definite noun phrases.

Two readings only, each with a strong cue and a short reach:
- "the force", "the coalition", "the council": the nearest actor named before it in the
  same paragraph whose name ends in that noun ("the Multinational Joint Task Force ...
  Niger left the force");
- "the attackers", "the assailants": the doer of the last attack or killing told, which
  is what the noun means ("X stormed a hotel ... troops killed the attackers").

- "the army", "the military", "the junta": the one state army named before it in the
  document, when only one has been ("Myanmar's military ... a ceasefire with the
  military"); with two armies in the story it stays unread;
- "his government": the state its person leads, by a title read before ("President X ...
  his government").

Anything else ("the group", pronouns) is read in `resolve.actor_of`; a phrase with its own
modifiers ("the regional force", "the force's commander") is left alone, since it may name
something else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from actorgraph.domain import ActorType, RelationType

from .lexicon import words

if TYPE_CHECKING:
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


def bare_definite(tok: Token) -> bool:
    """"the force", "the four attackers": a noun with "the" and nothing that narrows it."""
    if tok.pos_ != "NOUN":
        return False
    left = [c for c in tok.children if c.i < tok.i]
    return (any(c.lower_ == "the" and c.dep_ == "det" for c in left)
            and all(c.dep_ in _BARE_DEPS for c in left))


def _paragraph_break(tok: Token) -> bool:
    """A blank line: spaCy keeps it as a whitespace token of its own."""
    return tok.is_space and tok.text.count("\n") >= 2


def definite_antecedent(tok: Token, ctx: Context) -> str | None:
    """The actor a bare definite noun phrase stands for, or None when in doubt."""
    if tok.lower_ == "government":
        return _led_state(tok, ctx)
    if not bare_definite(tok):
        return None
    if tok.lower_ in _DOER_NOUNS:
        return ctx.last_attacker
    if tok.lower_ in _ARMY_NOUNS:
        return _only_army_before(tok, ctx)
    m = ctx.m
    heads = (tok.lower_, tok.lemma_.lower())
    named = {key for key, rec in m.actors.items() if rec.type in _NAMED_TYPES
             and rec.name and rec.name.split()[-1].lower() in heads}
    if not named:
        return None  # (the usual case: no actor's name ends in this noun)
    doc = tok.doc
    for i in range(tok.i - 1, -1, -1):
        if _paragraph_break(doc[i]):
            return None
        key = m.token_actor.get(i)
        if key in named:
            return key
    return None


def _only_army_before(tok: Token, ctx: Context) -> str | None:
    """The state army named before the token, when the document has named only one."""
    m = ctx.m
    armies = {key for i, key in m.token_actor.items() if i < tok.i
              and m.type_of(key) is ActorType.ARMED_GROUP and m.is_service(key)}
    return armies.pop() if len(armies) == 1 else None


def _led_state(tok: Token, ctx: Context) -> str | None:
    """"his government": the state the person the pronoun stands for leads."""
    from .resolve import actor_of  # (resolve reads this module; a call-time import)

    poss = [c for c in tok.children if c.dep_ == "poss"]
    if len(poss) != 1 or poss[0].lower_ not in _HIS:
        return None
    person = actor_of(poss[0], ctx)
    if person is None:
        return None
    states = {org for rel, org in ctx.roles.get(person, [])
              if rel is RelationType.LEADS and ctx.m.type_of(org) is ActorType.STATE}
    return states.pop() if len(states) == 1 else None
