"""Titles owned by a body the sentence names only by a reference, with the holder set off
after them: "Its political leader, the lawyer X, ...", "the release of its founder and
leader, X", "The group's military commander, the former officer X, said ...".

The owner is what "its" or "the group's" stands for (`coref`: the body that was the
subject before, unread when two fit); the holder is the person in apposition to the title,
past a describing phrase ("the lawyer", "the Catholic priest") or past a second title
joined by "and" ("founder and leader"). A describing phrase that names another's kin or
post ("the brother of X", "a son of X") is no description of the holder, and "former",
"deputy" make the holder one of the body's people, not its head.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from actorgraph.domain import ActorType

from .coref import doer_or_spoken_for, quoted, sentence_before, subject_tokens
from .leaders import post_held
from .lexicon import DEPUTY_WORDS, ROLE_NOUNS, ROLE_WORDS
from .namecues import REGION_HEADS
from .resolve import Candidate, R, actor_of, given_actor, rule

if TYPE_CHECKING:
    from .resolve import Context

# Owners read through a reference: a pronoun, or a definite noun with "'s".
_OWNER_PRONOUNS = frozenset({"its", "their"})
_OWNER_WORDS = _OWNER_PRONOUNS | {"'s", "\u2019s"}
# The bodies a title so owned can be of.
_BODY_TYPES = frozenset({ActorType.ARMED_GROUP, ActorType.ORGANIZATION,
                         ActorType.GOVERNMENT_BODY})
# Words of a describing phrase set off before the holder's name ("the lawyer X").
_DESCRIBING_DEPS = frozenset({"det", "amod", "compound", "punct"})
_MOST_DESCRIBING = 4  # words a describing phrase may hold before the name


def _reference_owner(title: Token) -> Token | None:
    """The "its" or "the group's" that owns a title, when it is a reference."""
    owners = [c for c in title.children if c.dep_ == "poss"]
    if len(owners) != 1:
        return None
    owner = owners[0]
    if owner.lower_ in _OWNER_PRONOUNS:
        return owner
    if owner.pos_ == "NOUN" and any(c.lower_ == "the" for c in owner.children) and any(
            c.dep_ == "case" for c in owner.children):
        return owner  # "the group's", "the party's"
    return None


def _holder(title: Token, ctx: Context) -> str | None:
    """The person in apposition to a title: right after it ("its founder and leader, X")
    or after a describing phrase in apposition ("Its leader, the lawyer X")."""
    m = ctx.m
    for app in (c for c in title.children if c.dep_ == "appos" and c.i > title.i):
        key = m.token_actor.get(app.i)
        if key is not None:
            return key if m.type_of(key) is ActorType.PERSON and _set_off(title, app) else None
        if app.pos_ != "NOUN" or any(c.dep_ == "prep" for c in app.children):
            return None  # ("the brother of X": another's kin, not a description)
        names = [c for c in app.children if c.i > app.i and c.dep_ in ("appos", "compound")
                 and (k := m.token_actor.get(c.i)) is not None
                 and m.type_of(k) is ActorType.PERSON]
        names += [c for c in app.children if c.i < app.i and c.dep_ == "compound"
                  and (k := m.token_actor.get(c.i)) is not None
                  and m.type_of(k) is ActorType.PERSON]
        if len(names) != 1 and app.i + 1 < len(app.doc) and (
                k := m.token_actor.get(app.i + 1)) is not None and (
                m.type_of(k) is ActorType.PERSON):
            names = [app.doc[app.i + 1]]  # "the lawyer X": the name right after the noun
        if len(names) != 1:
            return None
        words = [t for t in app.lefts]
        if len(words) > _MOST_DESCRIBING or not all(
                t.dep_ in _DESCRIBING_DEPS and t.i not in m.token_actor for t in words) or (
                not any(t.lower_ in ("the", "a", "an") for t in words)):
            return None
        return m.token_actor.get(names[0].i) if _set_off(title, app) else None
    return None


def _set_off(title: Token, app: Token) -> bool:
    """A comma between the title phrase and its apposition."""
    doc = title.doc
    return any(doc[k].text == "," for k in range(title.i + 1, app.left_edge.i))


@rule
def owned_titles(sent: Span, ctx: Context) -> list[Candidate]:
    """"Its political leader, the lawyer X", "its founder and leader, X": X heads (speaks
    for, belongs to) the body "its" stands for."""
    m = ctx.m
    out: list[Candidate] = []
    if ctx.lowers.isdisjoint(ROLE_WORDS) or ctx.lowers.isdisjoint(_OWNER_WORDS):
        return out  # (most sentences: no title, or none owned; no token walked)
    for tok in sent:
        rel = ROLE_NOUNS.get(tok.lower_)
        if rel is None or tok.pos_ != "NOUN" or tok.lower_ in REGION_HEADS:
            continue  # (a governor or mayor heads a place, not a body: "its mayor, X")
        first = tok.head if tok.dep_ == "conj" and tok.head.lower_ in ROLE_NOUNS else tok
        owner = _reference_owner(first)
        if owner is None or any(c.dep_ == "prep" and c.lower_ in ("of", "for")
                                for t in (first, tok) for c in t.children):
            continue  # ("its director of public relations": a portfolio, not the body, headed)
        last = tok
        while (more := [c for c in last.children if c.dep_ == "conj"
                        and c.lower_ in ROLE_NOUNS]):
            last = more[0]
        person = _holder(last, ctx) or (_holder(first, ctx) if first is not last else None)
        if person is None:
            continue
        org = actor_of(owner, ctx)
        if org is None or m.type_of(org) not in _BODY_TYPES:
            continue
        held = post_held(first)
        if held is None:
            continue
        mods = {c.lower_ for t in (first, tok) for c in t.lefts}
        if rel is R.LEADS and (held is R.MEMBER_OF or mods & DEPUTY_WORDS):
            rel = R.MEMBER_OF
        if rel is R.SPOKESPERSON_FOR and mods & DEPUTY_WORDS:
            rel = R.MEMBER_OF
        out.append(Candidate(person, rel, org, False, 0.8))
    return out


# ------------------------------------------------------------------ a spokesman's body
#
# 'X denied the claim. "We did not attack the village," spokesman Y said': a spokesman's
# title that names no body of its own speaks for the body the sentence before was about,
# its main subject (salience by grammatical role: an object or a phrase below the verb
# is told of, not speaking).

_SPOKES_TITLES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# Words after which a bare title still owns nothing ('... the village," spokesman Y').
_OPENERS = frozenset({",", '"', "\u201c", "\u201d", "'", "--", "\u2014", ":"})


def _bare_title(title: Token) -> bool:
    """A title with nothing before it that says whose it is: no owner, no body or
    nationality word ("army spokesman", "a Kenyan spokesman"), no "of"/"for" after it,
    and only a comma or quotation mark (or the sentence's start) before it."""
    if any(c.i < title.i for c in title.children) or any(
            c.dep_ == "prep" for c in title.children):
        return False
    sent = title.sent
    return title.i == sent.start or title.doc[title.i - 1].text in _OPENERS


def _named_after(title: Token, ctx: Context) -> str | None:
    """The person the bare title stands before: "spokesman Y"."""
    m = ctx.m
    if title.dep_ != "compound" or title.head.i <= title.i:
        return None
    key = m.token_actor.get(title.head.i)
    return key if key is not None and m.type_of(key) is ActorType.PERSON else None


def _subject_body(sent: Span, ctx: Context) -> str | None:
    """The one body that is the main subject of a sentence, when no other body is the
    subject of any of its clauses."""
    m = ctx.m
    keys = {k for t in subject_tokens(sent) if (k := doer_or_spoken_for(t, m)) is not None}
    if len(keys) != 1:
        return None
    key = keys.pop()
    if m.type_of(key) not in _BODY_TYPES or any(
            t.dep_ in ("nsubj", "nsubjpass") and (k := m.token_actor.get(t.i)) is not None
            and k != key and m.type_of(k) in _BODY_TYPES for t in sent):
        return None
    return key


@rule
def unowned_spokespeople(sent: Span, ctx: Context) -> list[Candidate]:
    """'X denied the claim. "We did not ...," spokesman Y said': Y speaks for X, the body
    that was the one main subject of the sentence just before (no paragraph break),
    when Y's sentence names no body outside its quotation and no role of Y's is read."""
    if ctx.lowers.isdisjoint(_SPOKES_TITLES):
        return []
    m = ctx.m
    out: list[Candidate] = []
    for tok in sent:
        if tok.lower_ not in _SPOKES_TITLES or tok.pos_ not in ("NOUN", "PROPN") or (
                not _bare_title(tok)):
            continue
        person = _named_after(tok, ctx)
        if person is None or ctx.roles.get(person):
            continue
        if any((k := m.token_actor.get(t.i)) is not None and m.type_of(k) in _BODY_TYPES
               and not quoted(t) for t in sent):
            continue  # (a body named beside the title may be the one spoken for)
        before = sentence_before(tok)
        org = _subject_body(before, ctx) if before is not None else None
        if org is None:
            continue
        ctx.roles.setdefault(person, []).append((R.SPOKESPERSON_FOR, org))
        out.append(Candidate(person, R.SPOKESPERSON_FOR, org, False, 0.6))
    return out


# ------------------------------------------------------------ a title or unit told by "is"
#
# "Its leader is X", "The group's spokesman is X": the holder is the attribute of a
# present "is" whose subject is the owned title; "Its main unit in the south is the Y
# Front", "X's principal unit there is Y", and in apposition "Y, the faction's largest
# unit,": the body so named is a part of the owner.

# Who may be a body's member: its people, and bodies and states that join it.
_MEMBERS = _BODY_TYPES | {ActorType.STATE}
# Nouns that name a body's part.
_UNIT_NOUNS = frozenset({"unit", "wing", "branch", "faction", "structure", "formation",
                         "front", "bloc", "column", "brigade", "battalion", "division",
                         "component", "arm"})
# Words that make a title or a unit no longer the owner's, or one of a kind only spoken of.
_NOT_NOW = DEPUTY_WORDS | frozenset({"ex", "ex-", "new", "next", "future", "previous",
                                     "one-time", "onetime", "interim", "rival", "enemy"})
_PRESENT_BE = frozenset({"VBZ", "VBP"})


def _owner_key(noun: Token, ctx: Context) -> str | None:
    """The body that owns a noun: "its", "the group's" (through `coref`) or a name's
    possessive ("the EMC's main unit")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if len(owners) != 1:
        return None
    key = actor_of(owners[0], ctx)
    return key if key is not None and ctx.m.type_of(key) in _BODY_TYPES else None


# Verbs that name who holds a title: "named the gang's leader as X"
_NAMING_VERBS = frozenset({"name", "identify"})


def _named_as(title: Token) -> Token | None:
    """The name a naming verb gives a title: "identified its leader as X" (the parser
    hangs "as X" on the verb or on the title); not "was named as its leader"."""
    verb = title.head
    if title.dep_ != "dobj" or verb.lemma_ not in _NAMING_VERBS or verb.pos_ != "VERB" or any(
            c.dep_ in ("neg", "aux") and c.lower_ not in ("has", "have", "had") for c in
            verb.children):
        return None
    names = [p for h in (title, verb) for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
             for p in c.children if p.dep_ == "pobj"]
    return names[0] if len(names) == 1 else None


def _attribute(be: Token) -> Token | None:
    """The attribute of a present "is" that no negation or modal holds back."""
    if be.lemma_ != "be" or be.tag_ not in _PRESENT_BE or any(
            c.dep_ in ("neg", "aux") for c in be.children):
        return None
    attrs = [c for c in be.children if c.dep_ == "attr"]
    return attrs[0] if len(attrs) == 1 else None


@rule
def owned_copulas(sent: Span, ctx: Context) -> list[Candidate]:
    """"Its leader is X" (X LEADS the body "its" stands for), "Its principal unit there
    is the Y Front", "Y, the faction's largest unit," (Y PART_OF it); not a former,
    deputy, future or rival holder ("Its former leader is X"), nor "was"."""
    m = ctx.m
    out: list[Candidate] = []
    if ctx.lowers.isdisjoint(_OWNER_WORDS):
        return out
    for tok in sent:
        lower = tok.lower_
        unit = lower in _UNIT_NOUNS
        member = lower in ("member", "members")  # ("Its founding member is the Y Front")
        rel = R.PART_OF if unit else R.MEMBER_OF if member else ROLE_NOUNS.get(lower)
        if rel is None or (rel is R.MEMBER_OF and not member) or tok.pos_ != "NOUN" or (
                lower in REGION_HEADS) or any(c.lower_ in _NOT_NOW for c in tok.lefts):
            continue
        if any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in tok.children):
            continue  # ("its director of operations", "its unit in charge of Y")
        given = None
        if tok.dep_ == "nsubj" and (attr := _attribute(tok.head)) is not None:
            named = attr
            # ("Its commander is the guerrilla known as X": the name the noun is given)
            given = given_actor(attr, ctx)
        elif not unit and (as_named := _named_as(tok)) is not None:
            named = as_named  # "police named the gang's leader as X"
        elif unit and tok.dep_ == "appos" and tok.head.i < tok.i and _set_off(tok.head, tok) \
                and _reference_owner(tok) is not None:
            # (a named owner, "Y, the X's elite unit", is the pattern part.appos_owner_unit's)
            named = tok.head
        else:
            continue
        held = m.token_actor.get(named.i) or given
        if held is None:
            continue
        owner = _owner_key(tok, ctx)
        if owner is None or owner == held:
            continue
        # "Its members are the Y Front and the Z Brigade": each one named
        for one in [held, *(_listed_after(named, ctx) if member and tok.tag_ == "NNS" else [])]:
            kind = m.type_of(one)
            if one == owner or (unit and kind not in _BODY_TYPES) or (
                    not unit and kind is not ActorType.PERSON
                    and not (member and kind in _MEMBERS)) or (
                    kind is ActorType.STATE and tok.tag_ == "NNS"):
                # ("Its members are mostly Afghans": a people, not the state)
                continue
            out.append(Candidate(one, rel, owner, False, 0.7))
    return out


def _listed_after(first: Token, ctx: Context) -> list[str]:
    """The actors joined to `first` by "and" or commas: "the Y Front and the Z Brigade"."""
    out: list[str] = []
    tok = first
    while (nxt := next((c for c in tok.children if c.dep_ == "conj"), None)) is not None:
        if (key := ctx.m.token_actor.get(nxt.i)) is not None:
            out.append(key)
        tok = nxt
    return out
