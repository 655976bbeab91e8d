"""Names given a kind by the noun before them: "the separatist party Core in Fronte",
"the rights group Nuru Haki", "the militia Bantu Shield", "the ruling party Adelante Ya".

A one-word or foreign name says nothing of what it names, and the small model reads
such names as people, places, works of art or not at all. The article and the group's
lower-case noun before them say it: "the", a few lower-case words ("separatist", "rival
autonomist", "human rights") and a noun of a body, then capitalised words, are one body
of the noun's kind (an armed group for a militia, a gang, or a rebel or armed "group").
Not read: a name the gazetteer knows, one opening with a title ("the party President X"),
a reduced relative clause ("the party Jane Doe founded": the name is its subject), or a
date. The name goes over hyphens and the joining words of Romance names ("Frente de
Liberación"), over an English "in" or "of" only where the model read the words as one
name already ("Core in Fronte"), and stops at a possessive.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .groupnames import _keeps_reading, _overlapping, _put_in
from .lexicon import JOB_NOUNS, ROLE_NOUNS, words
from .namecues import TITLE_WORDS, group_kind
from .placenames import is_place_name
from .words import doc_words

# Lower-case nouns of a body that may stand before its name, as apposition.
_KIND_NOUNS = words(
    "party group coalition alliance movement organisation organization association "
    "federation union bloc charity outfit collective militia militias gang cartel "
    "faction"
)
_CUE = re.compile(r"\b(?:" + "|".join(sorted(_KIND_NOUNS)) + r"),? [A-Z]")
# Words before the kind noun that open the phrase ("the", "a", a possessive's "'s").
_OPENERS = frozenset({"the", "a", "an", "'s", "\u2019s"})
_MAX_MODIFIERS = 3  # "the rival autonomist party", "the main opposition party"
_MAX_NAME = 8  # tokens
# Joining words of a Romance or Arabic name, read inside a name wherever they stand.
_NAME_JOINERS = words("de del du des di da do dos das la le los las el al y e et wa")
# English words that join a name only where the model read over them already.
_ENGLISH_JOINERS = words("in of for the and")
# Words opening a person's title, not a name: "the party Chairman X"
_TITLES = TITLE_WORDS | frozenset(ROLE_NOUNS) | frozenset(JOB_NOUNS) | words(
    "spokesman spokeswoman spokesperson")
_NOT_NAME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                              "QUANTITY"})


def names_after_kind_noun(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """The sentence's entities with each name after a body's lower-case noun made one
    entity of the noun's kind."""
    if not _CUE.search(text):
        # (most sentences: no kind noun before a capital, no Token looked at)
        return parties_of_titled_people(ents, sent) if " of " in text else ents
    out = ents
    doc = sent.doc
    lower = doc_words(doc).lower
    for i in range(sent.start, sent.end):
        if lower[i] not in _KIND_NOUNS:
            continue  # (the decoded word first: a Token only for a kind noun)
        noun = doc[i]
        if not noun.is_lower or noun.i + 1 >= sent.end:
            continue
        opener = _opener(noun, sent.start)
        if opener is None:
            continue
        comma = doc[noun.i + 1].text == ","
        end = _name_end(doc[noun.i + comma], sent.end, out)
        if end is None:
            continue
        span = doc[noun.i + 1 + comma : end]
        if comma and not (end < sent.end and doc[end].text == "," and (
                span.root.dep_ == "appos" and span.root.head.i == noun.i)):
            continue  # ("a spokesman for the party, Jane Doe, said": the man's name)
        inside = _overlapping(out, span.start, span.end)
        if any(_keeps_reading(e, span.start, _possessive_end(span)) for e in inside) or (
                _subject_of_relative(noun, span)):
            continue
        modifiers = {t.lower_ for t in doc[opener + 1 : noun.i]}
        name = Span(doc, span.start, span.end, label=group_kind(noun.lower_, modifiers),
                    span_id=span.text)
        out = _put_in(out, inside, name)
    return parties_of_titled_people(out, sent)


def _possessive_end(span: Span) -> int:
    """Where the model may end a name it read over the possessive after it: "[Nuru
    Haki's] director" is the name and its "'s"."""
    doc = span.doc
    return span.end + (span.end < len(doc) and doc[span.end].lower_ in ("'s", "\u2019s"))


def _opener(noun: Token, first: int) -> int | None:
    """Where the phrase before the kind noun opens: "the" or "'s" and up to three
    lower-case words between ("the rival autonomist party"); None if nothing opens it."""
    doc = noun.doc
    i = noun.i - 1
    while i >= first and noun.i - i <= _MAX_MODIFIERS + 1:
        tok = doc[i]
        if tok.lower_ in _OPENERS:
            return i
        if not (tok.is_lower and (tok.is_alpha or tok.text == "-")):
            return None
        i -= 1
    return None


def _name_end(before: Token, last: int, ents: list[Span]) -> int | None:
    """Where the name after the word `before` (the kind noun or a comma after it) ends,
    or None when no name follows it."""
    doc = before.doc
    if before.i + 1 >= last:
        return None
    first = doc[before.i + 1]
    if not _name_word(first) or first.lower_ in _TITLES:
        return None  # ("the party Chairman X": the party's man)
    end = before.i + 2
    j = end
    while j < last and j - before.i <= _MAX_NAME:
        tok = doc[j]
        if _name_word(tok):
            end = j = j + 1
            continue
        after = doc[j + 1] if j + 1 < last else None
        if after is None or not _name_word(after) or not (
                tok.text == "-" or (tok.is_lower and (tok.lower_ in _NAME_JOINERS or (
                    tok.lower_ in _ENGLISH_JOINERS and _read_over(ents, before.i + 1, j))))):
            break
        j += 1
    return end


def _name_word(tok: Token) -> bool:
    """A capitalised word of a name ("Fronte", "M23", "ZANU-PF"), no date nor number."""
    return tok.text[:1].isupper() and (tok.is_alpha or tok.text.replace("-", "").isalnum()) and (
        tok.ent_type_ not in _NOT_NAME_LABELS)


def _read_over(ents: list[Span], start: int, i: int) -> bool:
    """The model read one name from `start` over the word at `i`."""
    return any(e.start <= start and e.end > i + 1 for e in ents)


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# What may follow a verb as its object or clause: it then is the name's own verb.
_OBJECT_POS = frozenset({"DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM", "SCONJ", "PART"})


def _subject_of_relative(noun: Token, span: Span) -> bool:
    """"the party Jane Doe founded in 2010 condemned ...", "the group Moses Kuria leads
    said ...": the name is the subject of a clause on the noun (the parser seldom says so):
    a verb right after it with no object of its own, then another finite verb before
    any comma or conjunction; or of a clause after the noun as an object ("told the
    group Lena Marsh had been freed")."""
    if noun.dep_ != "ROOT" and any(t.dep_ in ("nsubj", "nsubjpass") and (
            t.head.dep_ == "relcl") and t.head.head.i == noun.i for t in span):
        # (a noun the parser made the root has no verb of its own: the clause is the
        # sentence's, "the faction X clashed with ...")
        return True
    doc = span.doc
    verb = span.end
    if noun.dep_ in ("dobj", "dative") and verb < len(doc) and doc[verb].tag_ in _FINITE:
        return True  # "told the group Lena Marsh had been freed": the name opens a clause
    if verb + 1 >= len(doc) or doc[verb].tag_ not in ("VBD", "VBZ", "VBP", "VBN") or (
            doc[verb + 1].pos_ in _OBJECT_POS):
        return False
    for tok in doc[verb + 1 : min(verb + 8, len(doc))]:
        if tok.is_punct or tok.pos_ == "CCONJ":
            return False
        if tok.tag_ in _FINITE:
            return True
    return False


# Titles of a party's people ("First Minister X of Y", "opposition lawmaker X of Y"),
# after which "of" and a name no place list knows name the person's party; titles bound
# to a place ("Mayor", "Governor", "Senator X of Ohio") are not here.
_PARTY_TITLES = words("minister premier lawmaker legislator mp deputy leader chairman "
                      "chairwoman candidate")


def parties_of_titled_people(ents: list[Span], sent: Span) -> list[Span]:
    """"First Minister Jane Doe of Sinn Féin", "lawmaker Ana Ruiz of Morena": the name
    after a titled person's "of", where the model read none or a person's and no place
    list knows it, is the person's party (an organisation)."""
    out = ents
    doc = sent.doc
    for ent in ents:
        of = ent.end
        if ent.label_ != "PERSON" or ent.start == sent.start or of + 1 >= sent.end or (
                doc[of].lower_ != "of") or doc[ent.start - 1].lower_ not in _PARTY_TITLES:
            continue
        end = _name_end(doc[of], sent.end, out)
        if end is None:
            continue
        span = doc[of + 1 : end]
        inside = _overlapping(out, span.start, span.end)
        if any(e.ent_id_ or e.start < span.start or e.end > end for e in inside) or (
                is_place_name(span.text)):
            continue
        out = _put_in(out, inside, Span(doc, span.start, span.end, label="ORGANIZATION",
                                        span_id=span.text))
    return out
