"""Whose "the army", "the government" and "soldiers" are: the state of the article.

News tells most of a state's acts through descriptions: "the army said", "security
forces killed", "the government rejected". With no state in the phrase, they belong to
- a state the clause itself names as the doer ("Uganda deployed soldiers", "Chad said
  its aircraft ..."), else
- the article's state: the country of the dateline ("KAMPALA, Uganda, 3 May 2025 —", or
  a capital alone), else the one state the article names most (at least twice as often
  as any other; a story of two states as often named stays unread); a dateline's state
  whose capital only hosts the talks the lead tells of ("DOHA, Qatar — ... after talks in
  the Qatari capital") yields to the one other state the headline names.

A state's own army, named in the article ("the Ugandan People's Defence Force"), is
what its "army" and "soldiers" are, when exactly one such name is there.
Conservative by design: a description with words that may narrow it to someone else
("the eastern forces", "rival troops") is left unread.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import numpy as np
from spacy.attrs import LEMMA  # type: ignore[import-not-found]  # (a .pyx)
from spacy.tokens import Doc, Token

from actorgraph.domain import ActorType, name_key

from .coref import bare_definite, described_referent
from .dates import DATELINE_HEAD
from .lexicon import ROLE_NOUNS, words
from .textprep import doc_text

if TYPE_CHECKING:
    from .gazetteer import Gazetteer
    from .mentions import Mentions

# Nouns for a state's government as a whole, read as the state itself.
GOVERNMENT_NOUNS = words("government authorities junta")


def de_facto(tok: Token) -> bool:
    """"The de facto authorities (government)": those who rule, not the state's own."""
    return any(c.lower_ in ("facto", "de-facto") for c in tok.lefts for c in c.subtree)
# Words that may stand before a state's service and keep it the state's own whole
# service: "the armed forces", "security forces", "the air force", "government troops".
_PLAIN_MODIFIERS = words(
    "armed security air naval government state national federal regular army military "
    "special defence defense police"
)
_PLAIN_DEPS = frozenset({"det", "nummod", "quantmod", "punct", "advmod", "amod",
                         "compound", "poss", "prep", "pobj"})
_DETERMINERS = words("the its their")
_OWN = words("its their")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PLACE = re.compile(r"[ \t]*([A-Z][A-Za-z'.-]+(?:[ -][A-Z][A-Za-z'.-]+){0,3})")
# A state named at least this many times as often as any other is the article's state.
_DOMINANCE = 2
# A state the text under the dateline names this many times as often as the dateline's
# is the story's, the dateline a bureau's or a venue's ("NAIROBI, Kenya -" over talks on
# South Sudan's war).
_OVER_DATELINE = 4
_CACHE_KEY = "actorgraph_article_states"
# Verbs whose object is the subject's own troops: "Chad deployed soldiers".
_SENDING_VERBS = words("deploy send dispatch station mobilise mobilize base keep have")
# Words of talks a state may host, as lemmas ("talks in the Qatari capital").
_TALKS = words("talk talks negotiation meeting meet summit round conference mediation")
# What `clause_state` says of "its troops" whose owner is not a state: nobody's to read.
NOBODY = ""
# Words inside the proper name of a state's whole army, between the state and "Army".
OFFICIAL_WORDS = words(
    "armed national defence defense people's peoples royal federal republican state "
    "revolutionary popular"
)
# Last words of a state's whole army named as a proper name.
_ARMY_ENDS = words("forces force army military")


@dataclass(frozen=True, slots=True)
class ArticleStates:
    """Per article of a text (a file may hold several, each under its dateline): where
    it starts and its state, when one is clear."""

    starts: tuple[int, ...]  # character offsets
    states: tuple[str | None, ...]  # canonical state names

    def at(self, offset: int) -> str | None:
        i = bisect_right(self.starts, offset) - 1
        return self.states[max(i, 0)] if self.states else None


def _dateline_state(doc: Doc, match: re.Match[str], gaz: Gazetteer) -> str | None:
    """The state a dateline names: its country ("JUBA, South Sudan"), else its city
    when that is a capital or a state ("KAMPALA, 3 May")."""
    region = match.group("region")
    if region is not None and (entry := gaz.lookup(region)) is not None and (
            entry.type is ActorType.STATE):
        return entry.name
    place = _PLACE.match(doc_text(doc), match.start())  # (`doc.text` joins every token)
    if place is None:
        return None
    text = place.group(1)
    if (state := gaz.capitals.get(name_key(text))) is not None:
        return state
    entry = gaz.lookup(text)
    return entry.name if entry is not None and entry.type is ActorType.STATE else None


def _dominant(counts: Counter[str]) -> str | None:
    ranked = counts.most_common(2)
    if not ranked:
        return None
    if len(ranked) == 1 or ranked[0][1] >= _DOMINANCE * ranked[1][1]:
        return ranked[0][0]
    return None


def _told_state(dateline: str | None, counts: Counter[str], body: Counter[str]) -> str | None:
    """The dateline's state, unless the article never names it while it names others
    ("BANGKOK —" over a story of Myanmar and China: a bureau's city, not the story's
    state, and none then), or names another four times as often outside the dateline
    (that one: "NAIROBI, Kenya -" over talks on South Sudan); with no dateline state, the
    one named most."""
    if dateline is None:
        return _dominant(counts)
    if counts and not counts[dateline]:
        return None
    top = body.most_common(1)
    if top and top[0][0] != dateline and top[0][1] >= _OVER_DATELINE * max(body[dateline], 1):
        return top[0][0]
    return dateline


def _party_over_venue(doc: Doc, match: re.Match[str], dateline: str, gaz: Gazetteer
                      ) -> str | None:
    """The one other state the headline names when the dateline's state only hosts the
    talks the lead tells of ("DOHA, Qatar — ... since the two sides began meeting in the
    Qatari capital" under "Colombia and the X agree truce at Doha talks"): the story's
    state, whose "army" and "government" the text speaks of; None otherwise."""
    place = _PLACE.match(doc_text(doc), match.start())
    city = name_key(place.group(1)) if place is not None else ""
    end = doc_text(doc).find("\n", match.end())
    lead = doc.char_span(0, end if end > 0 else len(doc_text(doc)), alignment_mode="expand")
    if lead is None or not any(_hosted_talks(t, city, dateline, gaz) for t in lead
                               if t.lemma_.lower() in _TALKS):
        return None
    named = {e.id_ for e in doc.ents if e.end_char <= match.start() and e.label_ == "STATE"
             and e.id_} - {dateline}
    return named.pop() if len(named) == 1 else None


def _hosted_talks(talks: Token, city: str, dateline: str, gaz: Gazetteer) -> bool:
    """"the Doha talks", "talks in Doha", "meeting in the Qatari capital", "talks hosted
    by Qatar": talks the dateline's state is the venue or host of."""
    for child in talks.children:
        if child.dep_ == "compound" and name_key(child.text) == city:
            return True
        if child.dep_ == "prep" and child.lower_ in ("in", "at"):
            for obj in child.children:
                if obj.dep_ == "pobj" and (name_key(obj.text) == city or (
                        obj.lemma_ == "capital" and any(
                            gaz.state_of_demonym(c.text) == dateline for c in obj.lefts))):
                    return True
        if child.dep_ == "acl" and child.lemma_ == "host":
            return any(o.ent_id_ == dateline for a in child.children if a.dep_ == "agent"
                       for o in a.children if o.dep_ == "pobj")
    return False


def article_states(doc: Doc, gaz: Gazetteer) -> ArticleStates:
    """The state of each article in the text, read once per Doc."""
    cached = doc.user_data.get(_CACHE_KEY)
    if isinstance(cached, ArticleStates):
        return cached
    matches = list(DATELINE_HEAD.finditer(doc_text(doc)))
    heads = [(m.start(), _dateline_state(doc, m, gaz)) for m in matches]
    if not heads:
        heads = [(0, None)]
    heads[0] = (0, heads[0][1])  # (a headline above the first dateline is its article's)
    starts = [s for s, _ in heads]
    spans = [range(m.start(), m.end()) for m in matches]
    counts: list[Counter[str]] = [Counter() for _ in heads]
    body: list[Counter[str]] = [Counter() for _ in heads]  # (not the dateline's own words)
    for ent in doc.ents:
        if ent.label_ == "STATE" and ent.id_:
            k = bisect_right(starts, ent.start_char) - 1
            counts[k][ent.id_] += 1
            if not any(ent.start_char in r for r in spans):
                body[k][ent.id_] += 1
    states = [_told_state(state, n, b)
              for (_, state), n, b in zip(heads, counts, body, strict=True)]
    if matches and heads[0][1] is not None and states[0] == heads[0][1]:
        states[0] = _party_over_venue(doc, matches[0], heads[0][1], gaz) or states[0]
    found = ArticleStates(tuple(starts), tuple(states))
    doc.user_data[_CACHE_KEY] = found
    return found


def plain_service(tok: Token) -> bool:
    """"the army", "27 soldiers", "security forces", "its aircraft": a service named by
    nothing that could make it another's ("rebel troops", "the eastern forces"), and
    itself the head of its phrase (not "the Houthi military spokesman")."""
    if tok.dep_ in ("amod", "compound", "nmod") or (tok.dep_ == "poss" and not (
            tok.lower_ == "government" and tok.head.lower_ in ROLE_NOUNS)):
        return False  # ("the government's spokesman": the government plain, a title's owner)
    for child in tok.lefts:
        if child.dep_ not in _PLAIN_DEPS:
            return False
        if child.dep_ in ("amod", "compound") and child.lower_ not in _PLAIN_MODIFIERS:
            return False
        if child.dep_ == "poss" and child.lower_ not in _OWN:
            return False
        if child.dep_ == "det" and child.lower_ not in _DETERMINERS:
            return False  # "a government", "another army", "some troops"
    return True


def service_modified(tok: Token) -> bool:
    """"security forces", "the air force", "government troops": a word before the noun
    that makes it a state's own service."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in _PLAIN_MODIFIERS
               for c in tok.lefts)


def clause_state(m: Mentions, tok: Token) -> str | None:
    """The state the clause names as doer of the act the service takes part in:
    "Chad sent troops", "Chad says its army ...", "Chad deployed soldiers and its jets
    bombed ..."; not a state the clause does something to ("troops attacked Chad").
    "its troops" owned by no state the clause names gives NOBODY: they are not the
    article's state's."""
    if not owned(tok):
        # "Chad deployed soldiers": the troops a state sends are its own; not what it
        # leaves or fights ("Chad withdrew from the force", "Chad attacked the army")
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head  # "deployed soldiers and police officers"
        verb = first.head
        if first.dep_ != "dobj" or verb.lemma_ not in _SENDING_VERBS:
            return None
        return next((k for c in verb.children if c.dep_ == "nsubj"
                     if (k := m.token_actor.get(c.i)) is not None
                     and m.type_of(k) is ActorType.STATE), None)
    node = tok  # "its aircraft": the doer of the clause, or of the one it hangs on
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            break
        if head.pos_ in ("VERB", "AUX"):
            found = [(c, k) for c in head.children if c.dep_ in _SUBJECTS and c.i != tok.i
                     if (k := m.token_actor.get(c.i) or _told_before(m, c)) is not None]
            if found:  # "the bloc withdrew its troops": no state's
                subject, key = found[0]
                if m.type_of(key) is ActorType.GOVERNMENT_BODY:
                    return body_state(m, subject, key) or NOBODY
                return key if m.type_of(key) is ActorType.STATE else NOBODY
            if head.dep_ not in ("conj", "xcomp", "advcl", "ccomp"):
                break
        node = head
    return NOBODY


def _told_before(m: Mentions, tok: Token) -> str | None:
    """"The ministry", "the government": the actor told of before (extract/coref.py)."""
    return described_referent(m, tok) if bare_definite(tok) else None


def body_state(m: Mentions, body: Token, key: str) -> str | None:
    """The state a government body is named with, here or where it was named: "the
    Armenian Defence Ministry", "Mali's interior ministry ... the ministry" (whose "its
    forces" are the state's)."""
    named = [body] + [body.doc[i] for i, k in m.token_actor.items() if k == key]
    return next((s for t in named for c in t.children
                 if c.dep_ in ("poss", "amod", "compound") and c.i < t.i
                 if (s := m.state_for_word(c)) is not None), None)


def owned(tok: Token) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in _OWN for c in tok.lefts)


def article_state(m: Mentions, tok: Token) -> str | None:
    """The key of the article's state for a token, added to the mentions if the article
    names it only later."""
    name = article_states(tok.doc, m.gaz).at(tok.idx)
    if name is None:
        return None
    return m.add(name, ActorType.STATE, name)


def state_army(m: Mentions, state: str) -> str | None:
    """The one army of the state the article names ("the Chadian National Army"), or
    None."""
    rec = m.actors[state]
    starts = {w for w in (rec.name, m.gaz.state_adj.get(rec.name, rec.name)) if w}
    generic = {f"{w} forces" for w in starts}
    found = set()
    for key, other in m.actors.items():
        if other.type is not ActorType.ARMED_GROUP or other.name in generic:
            continue
        if other.code is not None and other.code[3:6] != "MIL":
            continue  # "the Libyan National Army": the dictionaries know it as rebels
        start = next((w for w in starts if other.name.startswith(f"{w} ")), None)
        if start is None:
            continue
        words = other.name[len(start):].lower().split()
        # "the Sudanese Armed Forces", "the Ugandan People's Defence Force"; not a group
        # named after the country ("the Myanmar National Democratic Alliance Army")
        if words[-1] in _ARMY_ENDS and set(words[:-1]) <= OFFICIAL_WORDS:
            found.add(key)
    return found.pop() if len(found) == 1 else None


def named_armies(m: Mentions) -> dict[str, str]:
    """Generic state forces ("Chadian forces", read from "the army" before the name came)
    -> the one army the article names for that state ("the Chadian National Army"), to
    be one actor."""
    out = {}
    for key, rec in m.actors.items():
        adj, _, role = rec.name.rpartition(" ")
        if rec.type is not ActorType.ARMED_GROUP or role != "forces" or not adj:
            continue
        state = m.gaz.state_of_demonym(adj) or (adj if adj in m.gaz.entries else None)
        state_key = name_key(state) if state else None
        if state_key is None or state_key not in m.actors:
            continue
        army = state_army(m, state_key)
        if army is not None and army != key:
            out[key] = army
    return out


def own_service(m: Mentions, source: str, target: str) -> bool:
    """A state and its own army, police or intelligence ("X withdrew its troops" is no
    withdrawal from anyone): no event runs between the two."""
    for state, other in ((source, target), (target, source)):
        code = m.actors[state].code
        if m.type_of(state) is ActorType.STATE and code and m.is_service(other) and (
                (m.actors[other].code or "").startswith(code)):
            return True
    return False


# Head nouns of a definite description that refers back to a named group: "the militia",
# "the rebels", "the party", "the opposition" (as lemmas).
DESCRIBED_NOUNS = words("militia rebel group insurgent opposition party movement fighter "
                        "faction front coalition alliance battalion brigade regiment unit "
                        "cell company firm")
# Words a name holds that say what a described noun says, in the languages names keep
# ("Compañía Minera X ... the company").
_COMPANY_WORDS = words("company compañía companhia compagnie corporation")
_NAME_WORDS = {"company": _COMPANY_WORDS, "firm": _COMPANY_WORDS}
# Nouns that describe the same kind of body: a firm is a company ("X, a haulage firm ...
# Y Company ... the company" may be either).
_SAME_NOUNS = {"company": ("company", "firm"), "firm": ("company", "firm")}
_LEMMAS_KEY = "actorgraph_lemmas"
_NAME_SPLIT = re.compile(r"[\s-]+")


def _lemma_ids(doc: Doc) -> np.ndarray[Any, np.dtype[np.uint64]]:
    cached = doc.user_data.get(_LEMMAS_KEY)
    if cached is None:
        cached = doc.user_data[_LEMMAS_KEY] = doc.to_array(LEMMA)
    return cast("np.ndarray[Any, np.dtype[np.uint64]]", cached)


def _described(m: Mentions, noun: Token) -> str | None:
    """The named actor an earlier phrase with the same head noun describes: "X, a youth
    militia", "X is a militia", "the X militia"."""
    head = noun.head
    if noun.dep_ == "appos":
        return _named(m, head)
    if noun.dep_ == "attr" and head.lemma_ == "be":
        return next((k for c in head.children if c.dep_ == "nsubj"
                     if (k := _named(m, c)) is not None), None)
    if noun.i not in m.token_actor:
        return next((k for c in noun.lefts if c.dep_ == "compound"
                     if (k := _named(m, c)) is not None), None)
    return None


def _named(m: Mentions, tok: Token) -> str | None:
    return None if tok.i in m.descriptor_tokens else m.token_actor.get(tok.i)


def described_group(m: Mentions, tok: Token) -> str | None:
    """"the militia", "the opposition", "the party": the one named group before `tok`
    that the article described with that noun or whose name holds it ("the X
    Movement-in-Opposition" for "the opposition"). None when nothing was so described,
    NOBODY when two or more were (then it stays unread)."""
    lemma = tok.lemma_.lower()
    if lemma not in DESCRIBED_NOUNS:
        return None
    doc = tok.doc
    found: set[str] = set()
    lemmas = _lemma_ids(doc)[: tok.i]
    for same in _SAME_NOUNS.get(lemma, (lemma,)):
        for i in np.flatnonzero(lemmas == doc.vocab.strings[same]).tolist():
            if (key := _described(m, doc[i])) is not None:
                found.add(key)
    forms = {lemma, tok.lower_} | _NAME_WORDS.get(lemma, frozenset())
    before = {k for i, k in m.token_actor.items() if i < tok.i and i not in m.descriptor_tokens}
    for key in before:
        rec = m.actors[key]
        if rec.type in (ActorType.ARMED_GROUP, ActorType.ORGANIZATION) and (
                forms & set(_NAME_SPLIT.split(rec.name.lower()))):
            found.add(key)
    found = {k for k in found if m.type_of(k) is not ActorType.PERSON and not m.is_service(k)}
    if len(found) > 1:
        return NOBODY
    return found.pop() if found else None
