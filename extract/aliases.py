"""Other names of an actor within one document: acronyms, spellings, short forms.

"the Arakan Army (AA)" makes "AA" an alias from there on; "El Fasher" and "al-Fasher"
are one place, and so are "United States Central Command" and "US Central Command" (a
state or body spelled out inside a longer name); "the Observatory" after "the Syrian
Observatory for Human Rights" is that organisation. A short form is taken only when it
points at exactly one actor named before, so two actors are never merged because they
share a word; a word joined by a hyphen to another ("the Kesh-Tarsi region") is no short
form. An acronym the text introduces in brackets but read as an actor of its own (a
heading's "X Y Movement (XYM)") is the one body whose name's capitals spell it, or spell
it in another order when the bracket follows the name ("the National Civil Police
(PNC)": the order of the name's own language). A long name opening its clause before
", better known as" and a body's name ("Jama'at X fi Bilad Y, better known as Z") is
that body's other name. "A Treasury official" after "the United States Department of the
Treasury", "the Guards" after "the Islamic Revolutionary Guard Corps": a body read by one
word alone is the one body whose name ends on it or holds its singular; a person named by
one word ("Kadyrov", "Anwar") the one person whose longer name holds it. A state named
only by its short name ("Congo") in a story that names another state whose long name ends
in "Republic of (the)" and that short name ("the Democratic Republic of Congo") is that
state, unless the story names the short name's own state by a longer form or its capital.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from actorgraph.domain import ActorType, name_key

from .gazetteer import Gazetteer
from .lexicon import BODY_HEADS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Arabic article forms that spellings of one name add or drop: "al-Fasher", "El Fasher".
_ARTICLE = re.compile(r"\b(?:al|el|ad|ar|as|ash|at|az|an)\s+(?=\w)")
# Name words too generic to stand for one actor ("the Army" is usually the state's).
_GENERIC = _words(
    "army forces force front council committee party movement group union organization "
    "organisation ministry government state states republic national international united "
    "people peoples popular democratic islamic revolutionary liberation human rights "
    "brigade brigades battalion corps guard police agency office department general new "
    "north south east west northern southern eastern western central high supreme "
    "federal military security defence defense special coalition alliance commission "
    "court assembly"
)
_SHORT_FORM_TYPES = frozenset(
    {ActorType.ORGANIZATION, ActorType.GOVERNMENT_BODY, ActorType.ARMED_GROUP}
)


# A state or body spelled out inside a longer name, and its short form ("United States
# Central Command" is "US Central Command").
_SPELLED_OUT = re.compile(r"\bunited (states|kingdom|nations)\b(?= \w)")
_SHORT = {"states": "us", "kingdom": "uk", "nations": "un"}


def spelling_key(name: str) -> str:
    """"al-Fasher", "El Fasher", "Fasher" -> "fasher": the name without its articles;
    "United States Central Command" and "US Central Command" -> "us central command"."""
    key = _SPELLED_OUT.sub(lambda m: _SHORT[m.group(1)], name_key(name))
    return _ARTICLE.sub("", key).strip()


@dataclass(slots=True)
class ShortForms:
    """Head words of the multi-word names met so far -> the one actor each stands for
    (None once two actors share the word)."""

    words: dict[str, str | None] = field(default_factory=dict)
    # first words of the names -> the one actor each opens ("Radaa" for "Radaa Special
    # Deterrence Force"), None once two actors share it
    openers: dict[str, str | None] = field(default_factory=dict)

    # a body's head word opening its name ("Union for Peace in X") -> the one actor it
    # names, None once another name holds the word ("European Union")
    heads: dict[str, str | None] = field(default_factory=dict)

    def note(self, name: str, type_: ActorType, key: str, gaz: Gazetteer) -> None:
        if type_ not in _SHORT_FORM_TYPES:
            return
        parts = name.split()
        if len(parts) < 2:
            return
        head = _head_index(parts)
        for n, word in enumerate(parts):
            lower = word.lower()
            if lower in KIND_HEADS and word[:1].isupper():
                _own(self.heads, lower, key if n == head else "")
            elif lower in BODY_HEADS and word[:1].isupper():
                opens = n == 0 and len(parts) >= 3 and parts[1] in _HEAD_JOINERS
                _own(self.heads, lower, key if opens else "")
            if (not word[:1].isupper() or lower in _GENERIC or lower in STOP_WORDS
                    or len(lower) < 4 or not word.isalpha() or gaz.state_of_demonym(word)
                    or gaz.lookup(word) is not None or (
                        lower.endswith("s") and gaz.state_of_demonym(word[:-1]))):
                # (nor a people's plural: "Kenyans" alone after "Kenyans for Peace")
                continue
            _own(self.words, lower, key)
            if n == 0 and type_ is not ActorType.GOVERNMENT_BODY:  # (not "Assad regime")
                _own(self.openers, lower, key)

    def opened_by(self, tok: Token) -> str | None:
        """"Radaa fighters", "Radaa's commander": the first word of one group's name,
        standing alone (not the start of another name), after the name was met."""
        if not tok.is_title or tok.lower_ not in self.openers:
            return None
        doc = tok.doc
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.is_title and nxt.pos_ == "PROPN":
            return None
        if _hyphened(tok):
            return None  # "the Radaa-Bayda road": a word of a longer hyphened name
        return self.openers[tok.lower_]

    def actor_for(self, tok: Token) -> str | None:
        """"the Observatory": a capitalised head word after "the" that one actor owns;
        "the Union" after "the Union for Peace in X" and no other union."""
        if not self._short_form(tok):
            return None
        return self.words.get(tok.lower_) or self.heads.get(tok.lower_) or None

    def ambiguous(self, tok: Token) -> bool:
        """"the Observatory" after two observatories: one of them, but which is unknown;
        "the Organisation" capitalised is whichever organisation was told of before."""
        if not self._short_form(tok):
            return False
        return (tok.lower_ in self.words and self.words[tok.lower_] is None) or (
            tok.lower_ in self.heads and self.heads[tok.lower_] is None) or (
            tok.lower_ in _DESCRIBING_HEADS)

    @staticmethod
    def _short_form(tok: Token) -> bool:
        if not tok.is_title or tok.i == 0 or tok.doc[tok.i - 1].lower_ != "the" or (
                _hyphened(tok)):
            return False
        doc = tok.doc
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        # not part of a longer name: "the Observatory Council", "the Union for Peace in X"
        if nxt is not None and nxt.lower_ in _HEAD_JOINERS and tok.i + 2 < len(doc) and (
                doc[tok.i + 2].is_title):
            return False
        return nxt is None or not (nxt.is_title and nxt.pos_ == "PROPN")


def _hyphened(tok: Token) -> bool:
    """"Kesh" in "the Kesh-Tarsi region": a word joined by a hyphen to the next or the
    one before, part of a longer name rather than a short form on its own."""
    doc = tok.doc
    return (tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_) or (
        tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_)


_HEAD_JOINERS = _words("for of")
# Kinds of body a release names its issuer by again, capitalised: "the Office", "the
# Mission", "the Commission" after "the UN Human Rights Office", "the UN Mission in X",
# "the Inter-American Commission on Human Rights": the one body whose name the word heads,
# wherever in the name it stands (another name holding the word elsewhere leaves it open).
KIND_HEADS = _words("office mission commission committee council agency secretariat "
                    "tribunal panel")
# Nouns that describe any body of their kind rather than head its name: "the
# Organisation" is the organisation told of before (coref's describing nouns), no name.
_DESCRIBING_HEADS = _words("organisation organization")
# Words after which a name's head has been said: "Mission in X", "Office of the Y".
_AFTER_HEAD = _words("of in for to on at against")


def _head_index(parts: list[str]) -> int:
    """Where a name's head noun stands: its last word before "of", "in", "for" ... ."""
    head = 0
    for n, word in enumerate(parts):
        if n and word.lower() in _AFTER_HEAD:
            break
        head = n
    return head


def _own(table: dict[str, str | None], word: str, key: str) -> None:
    """The word names `key`, or no one once two actors share it."""
    table[word] = key if table.get(word, key) == key else None


# Last words of the proper name of a state's whole army or police ("Sudanese Armed Forces",
# "Haitian National Police") -> the generic role word it matches; a branch ("Air Force",
# "Navy") or a command is no such name.
WHOLE_SERVICE = {"Forces": "forces", "Army": "forces", "Military": "forces", "Police": "police"}
# Words after "Police" in a police's proper name: "the National Police Service", "the
# Uganda Police Force"
_POLICE_TAILS = frozenset({"Service", "Force"})


def _without_police_tail(words: list[str]) -> list[str]:
    """A police's name without "Service" or "Force" after "Police": its service words."""
    if len(words) > 2 and words[-1] in _POLICE_TAILS and words[-2] == "Police":
        return words[:-1]
    return words


# Words a generic service's name has at most: a state's name and the role word
# ("Sudanese forces", "Democratic Republic of the Congo forces").
_GENERIC_MOST = 7


def named_services(actors: list[tuple[str, str, str | None]]) -> dict[str, str]:
    """Generic state forces read through the agents dictionary ("the army" -> Sudanese
    forces) -> the one named service of the same state and role in the document
    ("Sudanese Armed Forces"): one actor, whichever of the two names comes first.
    `actors` are (key, name, CAMEO code); a generic name is a state word and a lower-case
    role word, a named one starts with the same state word and ends in a service word,
    or names the state after "of" ("the Armed Forces of Chad").
    Where both carry a CAMEO code, the codes must agree."""
    named: list[tuple[list[str], str, str, str | None]] = []  # (words, role, key, code)
    for key, name, code in actors:
        if (service := _service_words(_without_police_tail(name.split()))) is not None:
            # (after "of", one service word names the whole service: "the Army of Chad")
            words = [*service[0], ""] if "of" in name.split() else service[0]
            named.append((words, service[1], key, code))
    out = {}
    generic: dict[str, list[str]] = {}  # role -> keys of the generic services
    for key, name, code in actors:
        words = name.split()
        if code is None or not 2 <= len(words) <= _GENERIC_MOST or (
                words[-1] not in ("forces", "police")):
            continue
        generic.setdefault(words[-1], []).append(key)
        state = words[:-1]  # "Sudanese", "South Sudanese"
        found = [(k, c) for n, role, k, c in named if role == words[-1]
                 and len(n) > len(state) + 1 and _same_state(state, n[: len(state)])]
        if len(found) == 1 and found[0][1] in (None, code):
            out[key] = found[0][0]
    stateless = _stateless_services(actors, generic)
    # ("National Police" -> Colombian police -> "Colombian National Police": one actor)
    return out | {k: out.get(v, v) for k, v in stateless.items()}


def _stateless_services(actors: list[tuple[str, str, str | None]],
                        generic: dict[str, list[str]]) -> dict[str, str]:
    """"the National Police" in a story whose only police are Colombia's: a service
    named with no state is the one state's service of its role that the document
    speaks of (with two states' police, or two such names, it stays apart). The name
    with the state, and its CAMEO code, is the one kept: "National Police" alone does
    not say whose."""
    stateless: dict[str, list[str]] = {}
    for key, name, code in actors:
        *opening, last = _without_police_tail(name.split())
        if code is None and opening and last in WHOLE_SERVICE and (
                set(opening) <= _SERVICE_OPENERS):
            stateless.setdefault(WHOLE_SERVICE[last], []).append(key)
    return {keys[0]: generic[role][0] for role, keys in stateless.items()
            if len(keys) == 1 and len(generic.get(role, ())) == 1}


# Words before "of" in the proper name of a state's whole service: "the Armed Forces of
# Chad", "the National Police of Colombia" (not "the Revolutionary Armed Forces of ...").
_SERVICE_OPENERS = frozenset({"Armed", "National", "Defence", "Defense", "Security"})


def _service_words(words: list[str]) -> tuple[list[str], str] | None:
    """The words of a state's whole service named as a proper name, the state first, and
    its role: "Sudanese Armed Forces" as written, "Armed Forces of Chad" as "Chad Armed
    Forces"; None for any other name."""
    if len(words) > 2 and words[-1] in WHOLE_SERVICE:
        return words, WHOLE_SERVICE[words[-1]]
    if "of" not in words:
        return None
    at = words.index("of")
    service, state = words[:at], words[at + 1 + (words[at + 1 : at + 2] == ["the"]) :]
    if not service or service[-1] not in WHOLE_SERVICE or not state or not (
            set(service[:-1]) <= _SERVICE_OPENERS):
        return None
    return state + service, WHOLE_SERVICE[service[-1]]


def _same_state(state: list[str], opening: list[str]) -> bool:
    """"South Sudanese" and "South Sudan" (a service named after the state, not its
    people) open names of the same state's services; "Sudanese" and "South" do not."""
    *same, last = state
    *also, word = opening
    return same == also and (word == last or (len(word) >= 4 and last.startswith(word)))


def glossed_name(tok: Token) -> Token | None:
    """The name a state's service goes by, glossed in English: "X, as Chad's army is
    known, said" and "Chad's army, known as X, said" (a name in the country's own
    language); the token of X, or None. `tok` is the service noun ("army")."""
    head = tok.head
    if tok.dep_ == "nsubjpass" and head.lemma_ == "know" and any(
            c.lower_ == "as" and c.i < tok.i for c in head.children):
        if head.dep_ in ("relcl", "acl"):
            return head.head  # "X, as Chad's army is known, ..." hung on the name
        if head.dep_ == "advcl":  # ... or on the verb the name is the subject of
            return next((c for c in head.head.children
                         if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
        return None
    for known in tok.rights:
        if known.dep_ == "acl" and known.lemma_ == "know" and known.i == tok.i + 2:
            return next((o for p in known.children if p.dep_ == "prep" and p.lower_ == "as"
                         for o in p.children if o.dep_ == "pobj"), None)
    return None


# Adverbs between a name and "known as" ("X, better known as Y").
_KNOWN_ADVERBS = _words("also widely better locally commonly popularly generally often "
                        "simply now formerly more usually formally officially")
# Parts of speech of an appositive's words before "known as" ("X, an elite unit widely
# known as Y"): a noun phrase, with no verb or preposition that would make Y another's
# name ("a group led by a man known as Y").
_APPOSITIVE_POS = frozenset({"DET", "ADJ", "NOUN", "ADV", "PROPN", "PUNCT"})
_MAX_APPOSITIVE = 8  # tokens
# Words that join the parts of one transliterated name ("Saif al-Janub").
_NAME_JOINERS = _words("al el ad ar ash at az bin ibn wal -")
# Words after "as" that say the name is a description, not a name ("known as a hardliner").
_NOT_NAMED = _words("a an one his her its their")


def name_run(doc: Doc, i: int) -> int:
    """The end of the run of capitalised words from token i (an opening "the" skipped by
    the caller): "Black Hats", "Saif al-Janub"; i itself when no capital opens it."""
    end = i
    while end < len(doc) and (
            (doc[end].is_title and doc[end].is_alpha) or (
            end > i and doc[end].lower_ in _NAME_JOINERS and end + 1 < len(doc)
            and (doc[end + 1].is_title or doc[end + 1].lower_ in _NAME_JOINERS))):
        end += 1
    while end > i and doc[end - 1].lower_ in _NAME_JOINERS:
        end -= 1
    return end


def _name_from(doc: Doc, i: int) -> tuple[int, int] | None:
    """The name opening at token i, "the" left out; None for a description."""
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    if i >= len(doc) or doc[i].lower_ in _NOT_NAMED:
        return None
    end = name_run(doc, i)
    if end > i + 1 and end + 1 < len(doc) and doc[end].text in ("\u2013", "\u2014") and (
            doc[end + 1].is_title and name_run(doc, end + 1) > end + 1):
        end = name_run(doc, end + 1)  # "Joint Task Force – Horn of Africa": one name
    if end > i and end < len(doc) and doc[end].is_digit and len(doc[end]) <= 3 and (
            end + 1 == len(doc) or not doc[end + 1].like_num):
        end += 1  # "known as Brigade 30": a numbered unit's name holds its number
    return (i, end) if end > i else None


def known_as_name(doc: Doc, end: int) -> tuple[int, int] | None:
    """Another name of the actor whose name ends before token `end`, as news glosses it:
    "X, (widely) known as Y", "X, an elite unit better known as Y", "X, known locally as
    Y", "X, better known by his nom de guerre Y", "X, or Y as it is known", and "X (the
    Y)" in brackets. The span (start, end) of Y, or None."""
    if end + 2 >= len(doc):
        return None
    if (alias := _alias_name(doc, end)) is not None:
        return alias
    if doc[end].text == "(":
        named = _name_from(doc, end + 1) if doc[end + 1].lower_ == "the" else None
        return named if named is not None and named[1] < len(doc) and (
            doc[named[1]].text == ")") else None
    if doc[end].text != ",":
        return None
    if doc[end + 1].lower_ == "or":
        return _or_as_known(doc, end + 2)
    j = end + 1
    if doc[j].lower_ in ("a", "an"):  # an appositive before "known"
        while j < len(doc) and j - end <= _MAX_APPOSITIVE and doc[j].lower_ != "known" and (
                doc[j].pos_ in _APPOSITIVE_POS or doc[j - 1].text == "-") and (
                doc[j].text in ("-",) or doc[j].is_alpha):
            j += 1
    while j < len(doc) and doc[j].lower_ in _KNOWN_ADVERBS:
        j += 1
    if j + 2 >= len(doc) or doc[j].lower_ != "known":
        return None
    j += 1
    if doc[j].lower_ in _KNOWN_ADVERBS:
        j += 1  # "known locally as"
    if doc[j].lower_ == "by" and j + 1 < len(doc) and doc[j + 1].lower_ in (
            "his", "her", "its", "their", "the"):
        j += 2  # "known by his nom de guerre Y"
        while j < len(doc) and j - end <= _MAX_APPOSITIVE and doc[j].is_lower:
            j += 1
        return _name_from(doc, j)
    if doc[j].lower_ != "as":
        return None
    j += 1
    while j < len(doc) and doc[j].text in _QUOTES:
        j += 1  # 'X, known as "El Toro"': a nickname in quotation marks
    return _name_from(doc, j)


# Small words inside a long transliterated or foreign name ("Jama'at Nusrat al-Islam wal-
# Muslimin", "Jamaat X fi Bilad Y", "Frente de Liberación del Norte").
_LONG_NAME_JOINERS = _NAME_JOINERS | _words("fi wal li lil min bi de del la las los of for")
_MIN_LONG_NAME = 3  # tokens


def name_before_known_as(doc: Doc, start: int) -> tuple[int, int] | None:
    """"Jama'at X fi Bilad Y, better known as Z, ...": the long name of the body named Z
    at token `start`, set off before ", (better) known as" at the opening of its clause,
    which the model did not read whole; its (start, end), or None."""
    j = start - (doc[start - 1].lower_ == "the") - 1 if start > 0 else -1
    if j < 2 or doc[j].lower_ != "as" or doc[j - 1].lower_ != "known":
        return None
    j -= 2
    while j > 0 and doc[j].lower_ in _KNOWN_ADVERBS:
        j -= 1
    if j < _MIN_LONG_NAME or doc[j].text != ",":
        return None
    end = i = j
    while i > 0 and (doc[i - 1].text[:1].isupper() or doc[i - 1].lower_ in _LONG_NAME_JOINERS):
        i -= 1
    if i < end and i == doc[i].sent.start and doc[i].pos_ in ("NOUN", "DET"):
        i += 1  # "Fighters of X", "The X": a common word opening the sentence is no part
    while i < end and not doc[i].text[:1].isupper():
        i += 1
    opening = i == doc[i].sent.start or doc[i - 1].lower_ == "the" or doc[i - 1].is_punct
    return (i, end) if opening and end - i >= _MIN_LONG_NAME else None


# Words that give a person's nickname or nom de guerre: "X, alias \"El Toro\"", "X (aka Y)"
_ALIAS_WORDS = _words("alias aka a.k.a. nicknamed dubbed")
_QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''"})


def _alias_name(doc: Doc, end: int) -> tuple[int, int] | None:
    """"X, alias \"El Toro\"", "X alias El Toro", "X (aka Y)": Y, quoted or not, is X's
    other name (a nickname is its bearer's, never a body of its own)."""
    j = end + (doc[end].text in (",", "("))
    if j + 1 >= len(doc) or doc[j].lower_ not in _ALIAS_WORDS:
        return None
    j += 1
    while j < len(doc) and doc[j].text in _QUOTES:
        j += 1
    return _name_from(doc, j)


def _or_as_known(doc: Doc, i: int) -> tuple[int, int] | None:
    """"X, or Y as it is known": Y when "as it is (widely) known" follows it."""
    named = _name_from(doc, i)
    if named is None:
        return None
    j = named[1]
    tail = [t.lower_ for t in doc[j : j + 5]]
    if len(tail) < 4 or tail[0] != "as" or tail[1] not in ("it", "they") or (
            tail[2] not in ("is", "are")):
        return None
    known = tail[3] if tail[3] != "widely" and tail[3] not in _KNOWN_ADVERBS else (
        tail[4] if len(tail) > 4 else "")
    return named if known == "known" else None


# Words a gloss in English may join its capitalised words with ("Guardians of the State").
_GLOSS_JOINERS = _words("of the for and in de")
_MAX_GLOSS = 8  # tokens


def glossed_acronym(doc: Doc, i: int) -> tuple[int, int, int, int] | None:
    """"X (Red Command, CV)": a name written in another language, glossed in English in
    brackets before its acronym. At the opening bracket `i`: (start, end) of the gloss,
    the acronym's token and the closing bracket; None for anything else ("X (Kenya,
    2019)" is no gloss: the caller checks the acronym spells the name)."""
    if i + 4 >= len(doc) or doc[i].text != "(":
        return None
    j = i + 1
    while j < len(doc) and j - i <= _MAX_GLOSS and (
            (doc[j].is_title and doc[j].is_alpha) or (
            doc[j].lower_ in _GLOSS_JOINERS and doc[j].is_lower and j > i + 1)):
        j += 1
    if j == i + 1 or not doc[j - 1].is_title or j + 2 >= len(doc) or doc[j].text != ",":
        return None
    acro = doc[j + 1]
    if doc[j + 2].text != ")" or not (acro.is_upper and acro.is_alpha and 2 <= len(acro) <= 6):
        return None
    return i + 1, j, j + 1, j + 2


def initials_spell(words_: list[str], acro: str) -> bool:
    """"PCC" of "Primeiro Comando da Capital", "GDE" of "Guardiões do Estado": each
    capitalised word gives its initial, a lower-case word its initial or nothing."""
    if not words_:
        return not acro
    first, rest = words_[0], words_[1:]
    if first[:1].islower() and initials_spell(rest, acro):
        return True
    return bool(acro) and first[:1].upper() == acro[0] and initials_spell(rest, acro[1:])


def or_acronym(doc: Doc, end: int) -> int | None:
    """"the X Y Z, or XYZ, ...": an acronym in capitals set off after ", or" (closed by
    punctuation, not the opening of a phrase) is another name of the name ending before
    token `end`; the acronym's token, or None (the caller checks that it spells it)."""
    if end + 3 > len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "or":
        return None
    acro = doc[end + 2]
    if not (acro.is_alpha and acro.is_upper and 2 <= len(acro.text) <= 6):
        return None
    return end + 2 if end + 3 == len(doc) or doc[end + 3].is_punct else None


def gloss_after_acronym(doc: Doc, close: int) -> tuple[int, int] | None:
    """"X (EMC), or Central General Staff, was ...": after a bracketed acronym, ", or"
    and a run of capitalised words closed by a comma is the name glossed in English;
    its (start, end)."""
    if close + 3 >= len(doc) or doc[close].text != ")" or doc[close + 1].text != "," or (
            doc[close + 2].lower_ != "or"):
        return None
    named = _name_from(doc, close + 3)
    if named is None or named[1] >= len(doc) or doc[named[1]].text != ",":
        return None
    return named


# Letters an acronym standing alone as an actor's whole name has ("KPDM", "OLA").
_ACRONYM_LETTERS = range(3, 7)
_ACRONYM_OWNERS = _SHORT_FORM_TYPES


def spelled_acronyms(actors: list[tuple[str, str, ActorType, str | None]], text: str
                     ) -> dict[str, str]:
    """An acronym the text introduces in brackets, read as an actor of its own ("KPDM",
    introduced in a heading or a line the names were not read on) -> the one body of the
    document whose name's capitalised words spell it ("Kesh People's Democratic
    Movement"), or spell it in another order right before the bracket, the acronym of
    the name in its own language ("the National Civil Police (PNC)"): one actor.
    `actors` are (key, name, type, CAMEO code); an acronym the dictionaries know (a code
    of its own) keeps it, and two bodies spelling it leave it apart."""
    bodies = [(key, name, name.replace("-", " ").split(), code)
              for key, name, type_, code in actors
              if type_ in _ACRONYM_OWNERS and len(name.split()) >= 2]
    out = {}
    for key, name, _, code in actors:
        if not (name.isalpha() and name.isupper() and len(name) in _ACRONYM_LETTERS) or (
                f"({name})" not in text):
            continue
        found = [(k, c) for k, full, words, c in bodies if k != key and (
            initials_spell(words, name) or (
                _initials_reordered(words, name) and f"{full} ({name})" in text))]
        if len(found) == 1 and code in (None, found[0][1]):
            out[key] = found[0][0]
    return out


def word_short_forms(actors: list[tuple[str, str, ActorType, str | None, list[str]]]
                     ) -> dict[str, str]:
    """A body named by one capitalised word alone, read as an actor of its own, that is
    the one other body of the document whose name (or an alias, of two words or more)
    ends on that word ("a Treasury official", "according to the Treasury" after "the
    United States Department of the Treasury"), or holds its singular ("the Guards"
    after "the Islamic Revolutionary Guard Corps"): that body. `actors` are (key, name,
    type, CAMEO code, aliases as written); a word the dictionaries know (a code of its
    own) keeps it, a word two bodies' names hold is left apart, a word any body of its
    kind is named by ("Office", "Army") is no short form, and a word standing whole inside
    another name ("Indigenous" and "Union of Indigenous Peoples") is none. The singular
    opening a name is a people's or a place's word ("the Germans" and "German police"),
    not the body's own: no short form either."""
    out = {}
    for key, name, type_, code, _ in actors:
        if type_ not in _SHORT_FORM_TYPES or code is not None or " " in name or not (
                name[:1].isupper() and name.isalpha()) or len(name) < 5 or (
                name.lower() in _GENERIC):  # ("Army", "Office": any body's of the kind)
            continue
        singular = name[:-1] if name.endswith("s") else None
        found = {k for k, other, t, _, aliases in actors if k != key and t in _SHORT_FORM_TYPES
                 and any(len(words_ := form.split()) >= 2 and (
                     words_[-1] == name or singular in words_[1:])
                     for form in (other, *aliases))}
        if len(found) == 1:
            out[key] = found.pop()
    return out


def person_short_names(actors: list[tuple[str, str, ActorType]]) -> dict[str, str]:
    """"Kadyrov" (in a headline before "Ramzan Kadyrov"), "Anwar" after "Anwar Ibrahim",
    "Omar" after "Omar al-Masalmeh": a person named by one word, a word of the name of
    exactly one other person of the document, is that person. Two persons sharing the
    word ("Gary Hutch", "Gerard Hutch") leave it apart, and so does a word another
    actor's name holds too ("Karen" and "Karen State"). `actors` are (key, name, type)."""
    out = {}
    for key, name, type_ in actors:
        if type_ is not ActorType.PERSON or " " in name or not name.istitle() or len(name) < 3:
            continue
        holders = {(k, t) for k, other, t in actors if k != key
                   and len(other.split()) >= 2 and name in other.split()}
        if len(holders) == 1 and (found := holders.pop())[1] is ActorType.PERSON:
            out[key] = found[0]
    return out


def _initials_reordered(words_: list[str], acro: str) -> bool:
    """"BCIJ" of "Central Bureau of Judicial Investigations", "PNC" of "National Civil
    Police": the initials of the capitalised words in another order, as the name's own
    language orders its words (an acronym of three letters or more)."""
    return len(acro) >= 3 and sorted(w[0] for w in words_ if w[:1].isupper()) == sorted(acro)


# A state's long name that holds another state's short one after "Republic of": "the
# Democratic Republic of the Congo" and "Congo".
_REPUBLIC_OF = re.compile(r"\bRepublic of (?:the )?(?P<short>[A-Z][\w' -]*)$")


def short_state_names(actors: list[tuple[str, str, ActorType, list[str]]]) -> dict[str, str]:
    """A state named in a story only by its bare short name ("Congo"), where the story
    names another state whose long name ends in "Republic of (the)" and that short name
    ("the Democratic Republic of Congo") -> that state: news shortens the long name so,
    and calls the other state by its own long name or its capital when it means it
    ("the Republic of Congo", "Brazzaville" keep it apart). `actors` are (key, name,
    type, aliases as written)."""
    states = [(key, name, aliases) for key, name, type_, aliases in actors
              if type_ is ActorType.STATE]
    longs: dict[str, list[str]] = {}
    for key, name, _ in states:
        if (m := _REPUBLIC_OF.search(name)) is not None:
            longs.setdefault(m.group("short"), []).append(key)
    out = {}
    for key, name, aliases in states:
        owners = [k for k in longs.get(name, []) if k != key]
        if len(owners) == 1 and all(a == name for a in aliases):
            out[key] = owners[0]
    return out
