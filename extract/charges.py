"""Backing laid on another by an accuser: "X accused Y of arming Z", "X accuses Y of
financing and training Z's fighters": Y BACKS Z as X's claim (the accuser's word, not a
finding), never X's own backing. Not when the accusation is denied, asked of another ("X
urged Y to accuse Z of ..."), put as a question, or made by no named accuser ("Y has been
accused of arming Z").

Sanctions named one by one after a count: "X placed sanctions on four commanders, among
them Y", "X added six traders to its sanctions list, among them Y" (the same sentence), and
"X sanctioned four men. Among them was Y" (the sentence before): X SANCTIONS Y."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .coref import crediting_verb, definite_antecedent, quoted
from .filters import asked_of_another
from .lexicon import words
from .resolve import (
    Candidate,
    Context,
    R,
    actors_of_tokens,
    candidate,
    credited_speaker,
    governing_speaker,
    negated,
    organisation_of,
    pobjs,
    rule,
    subjects,
)
from .textprep import sentence_of

_ACCUSING = words("accuse")
# Acts of backing another side with arms, money, training or cover ("of paying Z to
# attack ...", "of harbouring Z").
_BACKING = words("arm fund finance back support sponsor train equip supply bankroll pay "
                 "harbour harbor shelter")
_GERUNDS = frozenset(w + "ing" for w in ("arm", "fund", "financ", "back", "support", "sponsor",
                                         "train", "equipp", "supply", "bankroll", "pay",
                                         "harbour", "harbor", "shelter"))
# People of a side: "the clan's gunmen", "fighters of X", "X militants".
_PEOPLE = words("fighter gunman militant member unit cell rebel insurgent militiaman "
                "cadre combatant recruit force")


def _acts(verb: Token) -> list[Token]:
    """The backing acts the accusation names after "of": "of arming Z", "of financing and
    arming Z" (the second act joined to the first, or, as the parser often hangs it, to
    the accusing verb itself)."""
    acts: list[Token] = []
    for of in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"):
        for act in (c for c in of.children if c.dep_ in ("pcomp", "pobj")
                    and (c.tag_ == "VBG" or c.lower_ in _GERUNDS)):
            acts += [act] + [c for c in act.children if c.dep_ == "conj" and c.tag_ == "VBG"]
    if acts:
        acts += [c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBG"
                 and not any(s.dep_.startswith("nsubj") for s in c.children)]
    return [a for a in acts if a.lemma_ in _BACKING or a.lower_ in _GERUNDS]


def _backed(act: Token, acts: list[Token], ctx: Context) -> list[str]:
    """Whom the act backs: its object, else the side whose people it names ("the clan's
    gunmen", "fighters of X"); the object of the last act of "financing and arming Z"."""
    objs = [c for c in act.children if c.dep_ == "dobj"]
    if not objs:
        objs = [c for a in acts if a.i > act.i for c in a.children if c.dep_ == "dobj"][:1]
    objs += [c for o in objs for c in o.children if c.dep_ == "conj"]
    # "of backing his group": whose group the pronoun means is not read here
    objs = [o for o in objs if not any(c.dep_ == "poss" and c.tag_ == "PRP$"
                                       for c in o.children)]
    found = actors_of_tokens(objs, ctx) or [k for o in objs if o.lemma_ not in ("it", "they")
                                            and (k := definite_antecedent(o, ctx))][:1]
    if found:
        return found
    people = [o for o in objs if o.lemma_ in _PEOPLE]
    sides = [c for o in people for c in o.children if c.dep_ == "poss"] + [
        p for o in people for p in pobjs(o, {"of"})]
    found = actors_of_tokens(sides, ctx)
    # "the clan's gunmen": the one actor the bare definite noun names in the article
    return found or [k for t in sides if (k := definite_antecedent(t, ctx))][:1]


@rule
def accused_of_backing(sent: Span, ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    if ctx.lemmas.isdisjoint(_ACCUSING):
        return out
    for verb in sent:
        if verb.lemma_ not in _ACCUSING or verb.pos_ != "VERB" or negated(verb):
            continue
        acts = _acts(verb)
        if not acts or asked_of_another(verb):
            continue
        accused = actors_of_tokens([c for c in verb.children if c.dep_ == "dobj"], ctx)
        accusers = subjects(verb, ctx)
        if not accused or not accusers:
            continue
        for act in acts:
            for backer in accused:
                out += [Candidate(backer, R.BACKS, t, False, 0.55, None, accusers[0])
                        for t in _backed(act, acts, ctx)
                        if t != backer and t not in accusers]
    return out


# Modals of what one ought to do: '"Y must withdraw its troops," X said' is X's call on Y.
_MUST = words("must should")
# Auxiliaries after the modal that make it a guess, not a call ("Y must have known")
_GUESSED = words("have be")
# Verbs of a retort, not a call to act: "Y should look at its own record", "Y must know"
_RETORTS = words("look know think understand realise realize remember ask consider")


def _called_on(verb: Token) -> bool:
    """A verb of an act put as owed by its subject: "must (should) VERB", active, not a
    guess ("must have crossed"), nor a state ("must be"), nor a retort ("should look at
    itself"), nor supposed ("if Y should")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (any(a.lower_ in _MUST for a in auxes) and verb.lemma_ not in _RETORTS
            and verb.lemma_ != "be"
            and not any(a.lemma_ in _GUESSED or a.dep_ == "auxpass" for a in auxes)
            and not any(c.dep_ == "mark" for c in verb.children))


def _speaker(verb: Token, ctx: Context) -> str | None:
    """Who says the clause: the subject of the speech verb over it, or of the one that
    closes its quotation in a later sentence."""
    speaker = governing_speaker(verb, ctx)
    if speaker is None and quoted(verb) and (said := crediting_verb(verb)) is not None:
        speaker = credited_speaker(said, ctx)
    return speaker


@rule
def owed_acts(sent: Span, ctx: Context) -> list[Candidate]:
    """'"Y must withdraw its troops from Z," said X', "X said Y should stop the shelling":
    X DEMANDS Y (the act is owed, not done: see filters.unrealised)."""
    out: list[Candidate] = []
    if ctx.lowers.isdisjoint(_MUST):
        return out
    for verb in sent:
        if verb.pos_ != "VERB" or not _called_on(verb):
            continue
        subj = [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ != "PRP"]
        owing = actors_of_tokens(subj, ctx)
        speaker = _speaker(verb, ctx) if owing else None
        if speaker is None:
            continue
        own = {speaker, organisation_of(speaker, ctx)}
        out += [candidate(speaker, R.DEMANDS, o, verb, ctx, 0.55, neg=False)
                for o in owing if o not in own]
    return out


# Verbs of a sanction laid on those named: "OFAC sanctioned four men and two firms".
_SANCTIONING = words("sanction designate blacklist")
# What "Among them (the companies) was Y" picks out of those sanctioned before.
_PICKED_FROM = words("them those")


def _sanctioners(sent: Span, group: Token, ctx: Context) -> list[str]:
    """Who, in sentence `sent`, sanctioned a number of people or firms the group noun
    `group` ("them", "the companies") can mean: "sanctioned four individuals and two
    companies", "sanctioned X, along with four associates and six companies"; or any
    that `sent` tells sanctioned when the group is itself said sanctioned ("Among the
    companies designated was Y")."""
    out: list[str] = []
    said_sanctioned = any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in _SANCTIONING
                          for c in group.children)
    for verb in sent:
        if verb.lemma_ not in _SANCTIONING or verb.pos_ != "VERB" or negated(verb):
            continue
        counted = [t for t in verb.subtree if t.tag_ == "NNS"
                   and any(c.dep_ == "nummod" for c in t.children)]
        if said_sanctioned or any(group.lower_ in _PICKED_FROM or t.lemma_ == group.lemma_
                                  for t in counted):
            out += subjects(verb, ctx)
    return out


# Sanctions laid by a verb of placing them ("imposed asset freezes on", "added to its
# sanctions list"): the verb, and the nouns that make it a sanction.
_LAYING = words("impose add place put slap")
_SANCTION_NOUNS = words("sanction freeze ban embargo blacklist")


def _laid_on(group: Token) -> Token | None:
    """The verb that sanctions the counted people `group`: "sanctioned (designated)
    three officers", "imposed asset freezes on three officers", "added two individuals to
    its sanctions list"."""
    head = group.head
    if group.dep_ == "dobj" and head.lemma_ in _SANCTIONING:
        return head
    if group.dep_ == "dobj" and head.lemma_ in _LAYING and any(
            t.lemma_ in _SANCTION_NOUNS for t in head.subtree if t.i > group.i):
        return head
    if group.dep_ == "pobj" and head.lower_ in ("on", "against") and (
            head.head.lemma_ in _SANCTION_NOUNS or any(
                c.lemma_ in _SANCTION_NOUNS for c in head.head.conjuncts)):
        verb = head.head
        while verb.pos_ != "VERB" or verb.lemma_ not in _LAYING:
            if verb.head.i == verb.i:
                return None
            verb = verb.head
        return verb
    return None


@rule
def named_among_sanctioned(sent: Span, ctx: Context) -> list[Candidate]:
    """"X imposed asset freezes on three officers, among them Y", "X added two men to its
    sanctions list, among them Y": X SANCTIONS Y, one of the counted people sanctioned
    just before (not one of those named as doers of what they are sanctioned for)."""
    out: list[Candidate] = []
    if "among" not in ctx.lowers:
        return out  # (the sentence's words as a set: no Token made of each)
    for among in sent:
        if among.lower_ != "among" or among.i < 2 or sent.doc[among.i - 1].text != ",":
            continue
        if not any(c.dep_ == "pobj" and c.lower_ == "them" for c in among.children):
            continue
        picked = actors_of_tokens([among.head, *among.head.conjuncts], ctx)
        # the counted plural the comma closes: the last one before "among"
        counted = [t for t in sent.doc[sent.start:among.i] if t.tag_ == "NNS"
                   and any(c.dep_ == "nummod" for c in t.children)]
        verb = _laid_on(counted[-1]) if counted else None
        if verb is None or not picked or negated(verb):
            continue
        out += [candidate(s, R.SANCTIONS, p, verb, ctx, 0.6)
                for s in subjects(verb, ctx) for p in picked if s != p]
    return out


@rule
def among_sanctioned(sent: Span, ctx: Context) -> list[Candidate]:
    """"X sanctioned four individuals and two companies. Among them was Y": X SANCTIONS
    Y (the sentence just before, in the same paragraph, names the sanction)."""
    first = sent[0]
    if first.lower_ != "among" or first.dep_ != "prep" or first.head.lemma_ != "be":
        return []
    groups = pobjs(first.head, {"among"})
    named = [c for c in first.head.children if c.dep_ in ("nsubj", "attr")]
    named += [t for n in named for t in n.conjuncts]
    picked = actors_of_tokens(named, ctx)
    if not groups or not picked or sent.start == 0:
        return []
    before = sentence_of(sent.doc[sent.start - 1])
    if any(t.is_space and t.text.count("\n") >= 2 for t in sent.doc[before.start:sent.start]):
        return []  # (a new paragraph)
    return [Candidate(s, R.SANCTIONS, p, False, 0.55)
            for s in _sanctioners(before, groups[0], ctx) for p in picked if s != p]
