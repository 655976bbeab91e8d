"""Filters every pattern candidate passes through: what the clause does to its verb.

"urged Y to attack Z" is asked of another (dropped); "tried to kill X" is an attack, not
a killing; "threatened to attack X", "would attack X if ..." are threats, not attacks.
Negation and reported speech are read by `resolve.candidate` for every candidate.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from actorgraph.domain import RelationType

from .combat import asked_of_another
from .lexicon import words
from .resolve import Candidate

R = RelationType
_ATTEMPTS = words("try attempt plot intend plan seek conspire")
_THREATS = words("threaten vow warn pledge promise swear")
_CONDITIONS = words("if unless")
# A condition on a stated future act; "until" only there: "held out until X attacked" is told
_FUTURE_CONDITIONS = _CONDITIONS | words("until")
_MODALS = words("would will could might")
# Verbs that only say an act goes on or starts: "threatened to keep attacking X"
_ASPECTS = words("keep continue resume start begin step")
_HARM = frozenset({R.TARGETS, R.KILLED})


def _condition(clause: Token) -> bool:
    """An adverbial clause that sets a condition: "if", "unless", "until", "as long as"."""
    if clause.dep_ == "advmod" and clause.lower_ == "long":
        # "as long as X kept ...": the clause hangs on "long"
        return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as"
                                             for m in c.children) for c in clause.children)
    if clause.dep_ != "advcl":
        return False
    if any(m.dep_ == "mark" and m.lower_ in _FUTURE_CONDITIONS for m in clause.children):
        return True
    opening = [t.lower_ for t in list(clause.subtree)[:3]]
    return opening == ["as", "long", "as"]


def _conditional(verb: Token) -> bool:
    """"would attack X if Y stayed", "would continue its raids as long as ...", "would
    keep attacking X until ...": a modal verb with a condition attached."""
    chain = [verb]
    while chain[-1].dep_ == "xcomp" and chain[-1].head.lemma_ in _ASPECTS:
        chain.append(chain[-1].head)
    modal = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in chain[-1].children)
    return modal and any(_condition(c) for node in chain for c in node.children)


def _threatened(verb: Token) -> bool:
    """"threatened to attack X", "warned that it would attack X"."""
    node = verb
    while node.head.i != node.i and (
            node.dep_ == "conj" or (node.dep_ == "xcomp" and node.head.lemma_ in _ASPECTS)):
        node = node.head  # "to attack and destroy X", "to keep attacking X"
    if node.dep_ == "xcomp" and node.head.lemma_ in _THREATS:
        return True
    modal = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in node.children)
    return modal and node.dep_ == "ccomp" and node.head.lemma_ in _THREATS


def _supposed(verb: Token) -> bool:
    """"(would strike X) if Israel attacked Beirut": a condition, not an event."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children)


def by_mood(c: Candidate, verb: Token) -> Candidate | None:
    """The candidate as the clause around its verb leaves it, or None when nobody acts."""
    if asked_of_another(verb) or _supposed(verb):
        return None
    if c.type not in _HARM:
        return c
    if _conditional(verb) or _threatened(verb):
        return replace(c, type=R.THREATENS, cameo="138")  # 138: threaten with military force
    if c.type is R.KILLED and verb.dep_ == "xcomp" and verb.head.lemma_ in _ATTEMPTS:
        return replace(c, type=R.TARGETS)
    return c
