"""Generic actors from the CAMEO agents dictionary: "nine Colombian soldiers",
"Houthi militants", "guerrillas", "police".

A noun of the dictionary (compiled into data/agents.json by
scripts/compile_dictionaries.py) stands for an actor when the text says whose it is:
a named group modifying it ("ELN guerrillas" are the ELN), a state ("Colombian
soldiers" are Colombia's forces, CAMEO COLMIL), or, for a state's own services
("police", "the junta"), the one state the document is about. Without any of
these a common noun is no actor ("guerrillas attacked" names nobody), unless it
refers back to a group named earlier ("the rebels" after the ELN); a plural an adjective
sorts into a kind ("relied on tribal militias") refers back to none. "The government of
Chad", "the authorities of Mali" are the state named after "of", never the document's;
"the government of President X", X coded in another state, not the document's either.
"The navy" is the state's navy the document names, never its whole army. "The army",
"the military" that no clause gives an owner are the one state army the document has
named before them (of whatever state), before any army of the article's own state.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Token

from actorgraph.domain import ActorType, RelationType, name_key

from .context import (
    GOVERNMENT_NOUNS,
    NOBODY,
    article_state,
    clause_state,
    de_facto,
    described_group,
    owned,
    plain_service,
    service_modified,
    state_army,
)
from .coref import described_referent, only_army_before
from .lexicon import DEPUTY_WORDS, DESCRIPTORS, FORMER_WORDS, STATE_TITLES, words
from .words import doc_words

if TYPE_CHECKING:
    from .mentions import Mentions

AGENTS_PATH = Path(__file__).parent / "data" / "agents.json"


@dataclass(frozen=True, slots=True)
class Role:
    code: str  # CAMEO agent code: "MIL", "COP", "REB", "UAF", "SPY"
    type: ActorType
    suffix: str  # "Colombian" + "forces"
    cls: str  # what "the rebels" refers back to


# Descriptor classes of the lexicon and the CAMEO role of the actors they name.
CLASS_CODES = {"forces": "MIL", "militias": "UAF", "parliament": "GOVLEG", "police": "COP",
               "rebels": "REB", "intelligence": "SPY", "settlers": "CVL"}
# Roles of a state's own services: with no state named, the document's only state.
_STATE_ROLES = frozenset({"MIL", "COP", "SPY"})
# Roles whose bare noun may refer back to a non-state group named earlier.
_ANAPHORIC_ROLES = frozenset({"REB", "UAF"})
# Nouns of a force's unit, which a named group may have been described as.
_UNIT_NOUNS = words("battalion brigade regiment unit")
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# "fighters of X", "gunmen from X": the group a member noun belongs to
_MEMBERSHIP_PREPS = frozenset({"of", "from"})
# Nouns for the people or parts of a service that a compound before them names:
# "police officers", "army personnel", "navy units".
_MEMBER_NOUNS = frozenset({"officer", "officers", "personnel", "member", "members", "unit",
                           "units", "recruit", "recruits", "patrol", "patrols"})


@lru_cache(maxsize=4)
def load_agents(path: Path = AGENTS_PATH) -> dict[str, Role]:
    """Agent noun (lower case) -> role; raises ValueError naming the file when unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        roles = {
            code: Role(code, ActorType(spec["type"]), spec["suffix"], spec["class"])
            for code, spec in data["roles"].items()
        }
        return {noun: roles[code] for noun, code in data["nouns"].items()}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"cannot read the agents dictionary {path}: {exc!r}") from exc


def agent_role(word: str) -> Role | None:
    return load_agents().get(word)


def member_role(tok: Token) -> Role | None:
    """"five police officers": the role of the service named before a member noun."""
    if tok.lower_ not in _MEMBER_NOUNS:
        return None
    return next((role for c in tok.lefts
                 if c.dep_ == "compound" and (role := agent_role(c.lower_)) is not None), None)


def former(tok: Token) -> bool:
    """"former soldiers", "retired Chadian soldiers", "ex-soldiers": members who have
    left their force (the parser may hang the word on the demonym, or split "ex-")."""
    doc = tok.doc
    lower = doc_words(doc).lower  # (decoded: no Token of each word before the noun)
    if any(lower[i] in FORMER_WORDS for i in range(tok.left_edge.i, tok.i)):
        return True
    return tok.i >= 2 and lower[tok.i - 1] == "-" and lower[tok.i - 2] in FORMER_WORDS


def actor_code(state_code: str | None, cls: str) -> str | None:
    """"COL" + the forces class -> "COLMIL"."""
    role = CLASS_CODES.get(cls)
    return f"{state_code}{role}" if state_code and role else None


def named_group(m: Mentions, tok: Token) -> str | None:
    """"ELN guerrillas", "Houthi militants", "RSF troops": the named group before the noun;
    "fighters of the ELN", "gunmen from Los X": the named group the noun is said to be of."""
    for child in tok.children:
        if child.dep_ in _MODIFIER_DEPS and child.i < tok.i:
            named = [child]
        elif child.dep_ == "prep" and child.lower_ in _MEMBERSHIP_PREPS and child.i > tok.i:
            named = [c for c in child.children if c.dep_ == "pobj"]
        else:
            continue
        for word in named:
            key = m.token_actor.get(word.i)
            if key is not None and word.i not in m.descriptor_tokens and (
                    m.actors[key].type is ActorType.ARMED_GROUP):
                return key
    return None


def unnamed_owner(m: Mentions, tok: Token, role: Role | None) -> str | None:
    """Whose "police", "the government" or "guerrillas" these are when the phrase names
    no state or group: for a state's services and government, a state the clause names
    as the doer, else the one state the document has named so far, else the article's
    state (extract/context.py); the army the article names for that state, if one. "The
    battalion", "the brigade" described before as a named group's ("X, a local
    battalion,") are that group."""
    if tok.lower_ in _UNIT_NOUNS and _definite(tok):
        described = described_group(m, tok)
        if described is not None:
            return described or None
    if role is None or role.code in _STATE_ROLES:
        government = tok.lower_ in GOVERNMENT_NOUNS
        if government and de_facto(tok):
            return None  # "the de facto authorities": a ruling group's, read in resolve
        if government and (ruled := _ruled_after_of(m, tok)) is not None:
            return ruled or None
        if role is None and not government and (
                DESCRIPTORS.get(tok.lower_, ("",))[0] != "forces"
                or not (owned(tok) or service_modified(tok))):
            return None  # "the force", "aircraft": only an owner or a modifier says whose
        plain = plain_service(tok)
        state = clause_state(m, tok) if plain else None
        if state == NOBODY:
            return None
        if role is None and not government:
            # "its aircraft" is the clause's state's; "the armed forces" the article's
            if state is None and (owned(tok) or not plain):
                return None
        elif state is None and _other_army_named(m, tok):
            return None  # the soldiers may be the other army's, no state's
        elif state is None and (army := _army_told_before(m, tok, plain)) is not None:
            # "the military" after "the X Armed Forces" in a story told of another state:
            # the one state army named so far, not the article's state's
            return army
        elif state is None and len(m.state_counts) == 1:
            state = next(iter(m.state_counts))  # the document speaks of one state only
        if state is None and plain:
            state = article_state(m, tok)
        if state is None or government or not plain or (role is not None and role.code != "MIL"):
            return state
        if tok.lower_ in _BRANCH_NOUNS:
            # "the navy": the state's navy named in the article, never its whole army
            return _state_branch(m, state, tok.lower_) or state
        return state_army(m, state) or state
    if role.code in _ANAPHORIC_ROLES and _definite(tok):
        described = described_group(m, tok)  # "the militia": the group described as one
        if described is not None:
            return described or None
    if role.code in _ANAPHORIC_ROLES and _definite(tok):
        return described_referent(m, tok)  # "the guerrillas": the group named just before
    return None


# Nouns for a state's whole armed forces, told with "the" alone.
_WHOLE_ARMY = words("army military")


def _army_told_before(m: Mentions, tok: Token, plain: bool) -> str | None:
    """"The army", "the military" that no clause gives an owner: the one state army the
    document has named before it (coref.only_army_before), or None."""
    if not plain or tok.lower_ not in _WHOLE_ARMY or not _definite(tok):
        return None
    return only_army_before(tok, m)


# Nouns of one branch of a state's forces.
_BRANCH_NOUNS = words("navy")


def _state_branch(m: Mentions, state: str, noun: str) -> str | None:
    """The one armed group the article names as the state's branch ("the Kesh Navy",
    "the Navy of Kesh") for `noun`, or None."""
    rec = m.actors[state]
    starts = {w for w in (rec.name, m.gaz.state_adj.get(rec.name, rec.name)) if w}
    found = {key for key, other in m.actors.items() if other.type is ActorType.ARMED_GROUP
             and (words_ := other.name.split()) and (
                 (words_[-1].lower() == noun and " ".join(words_[:-1]) in starts) or (
                     words_[0].lower() == noun and words_[-1] in starts))}
    return found.pop() if len(found) == 1 else None


def _ruled_after_of(m: Mentions, tok: Token) -> str | None:
    """"the government of Chad", "the authorities of Mali": the state named after "of"
    is whose they are, never the article's. "The government of President X", X a ruler
    the dictionaries code in another state than the article's: not the article's state
    (NOBODY; the phrase is read as X's in resolve). None when "of" names neither (the
    article's state is read then)."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for owner in prep.children:
            if owner.dep_ != "pobj":
                continue
            if (state := m.state_for_word(owner)) is not None:
                return state
            key = m.token_actor.get(owner.i)
            if key is not None and m.type_of(key) is ActorType.PERSON and (
                    (coded := m.gaz.state_of_code(m.actors[key].code)) is not None) and (
                    article_state(m, tok) != name_key(coded)):
                return NOBODY
    return None


# The nouns of a side's armed service, and what may stand before one and keep it plain.
_ARMY_NOUNS = words("army forces troops military")
_PLAIN_OWNERS = words(
    "armed security air naval government state national federal regular army military "
    "special defence defense police the its their"
)


def _other_army_named(m: Mentions, tok: Token) -> bool:
    """"X attacked Vandor army positions, killing 11 soldiers": the sentence names an
    army by a capitalised owner that is no state ("Vandor", a region or a breakaway
    government the article does not know as a state); the soldiers may be that army's,
    not the article's state's."""
    for t in tok.sent:
        if t.i == tok.i or t.lower_ not in _ARMY_NOUNS or (
                t.i in m.token_actor and not t.is_lower):
            continue  # (an army's own name, "the Kesh Army", is an actor of its own;
            # "the Vandor army", a region's army read whole, is the other army still)
        c = t.doc[t.i - 1] if t.i > t.sent.start else None
        if (c is not None and c.pos_ == "PROPN" and c.is_title and c.i > t.sent.start
                and c.lower_ not in _PLAIN_OWNERS and m.state_for_word(c) is None):
            return True  # ("Vandorland army positions": the parser may hang it on either)
    return False


def kind_of(tok: Token) -> bool:
    """"ethnic militias", "tribal militias": a plural with no determiner that a lower-case
    adjective sorts into a kind names the kind, not the one group met before."""
    return tok.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in tok.children) and (
        any(c.dep_ == "amod" and c.is_lower and c.pos_ == "ADJ" for c in tok.children))


def _definite(tok: Token) -> bool:
    return any(c.lower_ in ("the", "these", "those") for c in tok.children if c.i < tok.i)


# Heads of state and government by their office alone: "Qatar's emir", "the Kenyan
# president", "the prime minister of Nepal". Whoever holds the office speaks and acts
# for the state (CAMEO codes them as its government), so with no name given the state
# stands in; a deputy or a former holder does not.
_HEAD_TITLES = tuple(title for title, rel in STATE_TITLES.items() if rel is RelationType.LEADS)
# ... by their last word, the one `office_state` is asked of (most words end none of them)
_HEAD_TITLES_BY_LAST: dict[str, list[tuple[str, ...]]] = {}
for _title in _HEAD_TITLES:
    _HEAD_TITLES_BY_LAST.setdefault(_title[-1], []).append(_title)
_NOT_THE_HOLDER = DEPUTY_WORDS | frozenset(
    {"late", "interim", "transitional", "last", "first", "then", "next", "future"})


def office_state(m: Mentions, tok: Token) -> str | None:
    """The state whose head `tok` names without a name of its own, or None."""
    titles = _HEAD_TITLES_BY_LAST.get(tok.lower_, ())
    if not any(_titled(tok, title[:-1]) for title in titles):
        return None
    if tok.dep_ in ("compound", "appos", "attr") or any(
            c.dep_ == "appos" or c.lower_ in _NOT_THE_HOLDER for c in tok.children):
        return None  # "President X", "X, Kenya's president", "the former emir"
    if (tok.i + 1 < len(tok.doc) and tok.nbor().pos_ == "PROPN") or _named_after(tok) or any(
            c.ent_type_ == "ORDINAL" for c in tok.children):
        return None  # "Qatar's emir Tamim", "the president of X, Y,", "the 30th president"
    owners = [c for c in tok.children if c.dep_ in _MODIFIER_DEPS and c.i < tok.i] + [
        p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children if p.dep_ == "pobj"]
    for owner in owners:
        state = m.state_for_word(owner)
        if state is not None:
            return state
    return None


def _named_after(tok: Token) -> bool:
    """"the president of Chad, Ana Ruiz,": a name set after the title's phrase (the
    parser may hang it on the state)."""
    doc = tok.doc
    end = min(tok.right_edge.i + 2, len(doc) - 1)
    return any(doc[k].text == "," and doc[k + 1].pos_ == "PROPN" for k in range(tok.i + 1, end))


def _titled(tok: Token, words: tuple[str, ...]) -> bool:
    """"prime" before "minister": the title's other words modify its head."""
    return all(any(c.lower_ == w and c.i < tok.i for c in tok.children) for w in words)
