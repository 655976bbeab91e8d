"""Name-calling: a speaker who gives an actor a contemptuous label criticises it ("calling
X 'a band of murderers'", "dismissed X as thieves", "branded X a terrorist group", "X was
described by the minister as criminals"). A neutral label ("called X a partner", "a gang
called the Six Brothers") is no criticism."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import words
from .resolve import (
    Candidate,
    Context,
    R,
    actor_of,
    actors_of_tokens,
    candidate,
    pobjs,
    rule,
    subjects,
)

# Verbs that put a label on their object: "called X Y", "described X as Y".
_LABEL_VERBS = words("call brand label describe dismiss term dub portray depict "
                     "characterise characterize paint denounce condemn")
# Nouns that are contempt in themselves, and adjectives that make any noun so
# ("a terrorist organisation", "a criminal gang").
_SCORN_NOUNS = words(
    "terrorist criminal murderer killer thief bandit thug coward mercenary puppet traitor "
    "gangster butcher savage extremist outlaw lackey stooge henchman criminality "
    "terror murder")
_SCORN_ADJECTIVES = words("terrorist criminal murderous cowardly barbaric bloodthirsty "
                          "lawless treacherous savage")
# Nouns that gather people: "a band of murderers", "a gang of thieves".
_GATHERINGS = words("band gang bunch pack group collection horde")


def _scornful(label: Token, depth: int = 0) -> bool:
    """The label holds contempt: its noun, an adjective on it, or "a band of" such."""
    if label.lemma_ in _SCORN_NOUNS or label.lower_ in _SCORN_NOUNS:
        return True
    if any(c.dep_ in ("amod", "compound") and c.lemma_ in _SCORN_ADJECTIVES
           for c in label.children):
        return True
    return depth == 0 and label.lemma_ in _GATHERINGS and any(
        _scornful(p, 1) for p in pobjs(label, {"of"}))


def _labels(verb: Token, named: list[Token]) -> list[Token]:
    """The words a label verb gives its object, as the parser hangs them: "called X
    murderers" (oprd), "branded X a terrorist group" (the object's apposition),
    "dismissed X as thieves" ("as")."""
    out = [c for c in verb.children if c.dep_ in ("oprd", "xcomp")]
    out += [c for n in named for c in n.children if c.dep_ == "appos"]
    return out + pobjs(verb, {"as"})


@rule
def name_calling(sent: Span, ctx: Context) -> list[Candidate]:
    """"X condemned the raid, calling Y 'a band of murderers'": X CRITICIZES Y."""
    out: list[Candidate] = []
    if ctx.lemmas.isdisjoint(_LABEL_VERBS):
        return out  # (most sentences: no label verb, no token walked)
    for verb, _, lemma, pos, _, _ in ctx.words:
        if pos != "VERB" or lemma not in _LABEL_VERBS:
            continue
        passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
        named = passive or [c for c in verb.children if c.dep_ == "dobj"]
        labels = _labels(verb, named)
        if not named and not labels:
            continue
        targets = actors_of_tokens(named, ctx)
        if not targets:
            # "called the Sword Front murderers": the parser makes the label the object
            # (or the predicate) and the name its modifier
            labels += named
            targets = list(dict.fromkeys(k for n in labels for c in n.lefts
                                         if c.dep_ == "compound" and (k := actor_of(c, ctx))))
        if not targets or not any(_scornful(lab) for lab in labels):
            continue
        sources = actors_of_tokens(pobjs(verb, {"by"}), ctx) if passive else subjects(verb, ctx)
        out += [candidate(s, R.CRITICIZES, t, verb, ctx, 0.6)
                for s in sources for t in targets if s != t]
    return out
