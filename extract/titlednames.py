"""Where an office ends and a person's name begins, read whole.

Wire copy names people by an office first, and the small model often cuts the name at
the wrong word or reads none of it:

- "Minister of Defence Kwame Asante Boateng", "Secretary of State Ana Ruiz", "Chief of
  Defence Staff Paul Okon", "President of the Council of Ministers Jean Doe": after an
  office, "of" or "for" and its portfolio's words, the capitalised words that follow are
  the person (the model reads them as part of the office, as a place, or not at all);
  the portfolio's own words are no body ("State" in "Secretary of State");
- "Chief Constable Jon Boutcher", "Superintendent Mark Hanley": a rank the model read into
  the person's name is no part of it;
- "led by Twan Mrat Naing": capitalised words the model took for a title of a work, after
  "by" or a rank, are a person;
- "Governor AbdulKarim Dankwambo": two to four name words after a title, one written
  with a capital inside, are a person (the model reads such words as no name).
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from .groupnames import _overlapping, _put_in
from .lexicon import OFFICE_LINKS, words
from .namecues import ENLISTED_RANKS, TITLE_WORDS

# An office's head word, then the word joining it to its portfolio.
_OFFICE_CUE = re.compile(
    r"\b(?:Minister|Secretary|Chief|Director|Director-General|Head|Commander|President"
    r"|Chairman|Chairperson|Chair|Governor|Commissioner|General|Speaker|Inspector"
    r"|Inspector-General|Attorney|Attorney-General) (?:of|for) (?:the )?[A-Z]")
_OFFICE_HEADS = words(
    "minister secretary chief director director-general head commander president chairman "
    "chairperson chair governor commissioner general speaker inspector inspector-general "
    "attorney attorney-general")
# The words of a portfolio or an office's body: capitalised in the title, common words.
PORTFOLIO_WORDS = words(
    "defence defense interior foreign affairs home internal external justice security "
    "public national homeland state finance economy economic planning information "
    "communication communications health education trade commerce industry energy mines "
    "mining petroleum oil gas water agriculture transport works labour labor employment "
    "youth sports women gender family social welfare solidarity humanitarian relief "
    "disaster management human rights territorial administration local government "
    "decentralisation decentralization reconciliation peace unity integration religious "
    "culture environment lands land housing development cooperation regional diaspora "
    "veterans war council ministers cabinet staff general army navy air force forces police "
    "immigration customs intelligence prisons correctional services service civil "
    "protection emergency legal constitutional parliamentary relations parliament assembly "
    "senate prosecutions central armed joint operations presidency office prime minister's "
    "african union republic transitional military supreme federal federation commission "
    "committee board authority")
# Offices whose words after "of" name a portfolio, not a body ("Minister of Defence")
_PORTFOLIO_HEADS = words("minister secretary")
# A region's word ends an office too: "Governor of Kaduna State X"
OFFICE_WORDS = PORTFOLIO_WORDS | words(
    "state province region county district governorate prefecture oblast municipality")
# Ranks and honorifics between an office and the name: "Minister of Defence General X"
_RANKS = TITLE_WORDS | words(
    "constable inspector detective superintendent sergeant officer gen gen. lt lt. col col. "
    "maj maj. capt capt. brig brig. adm adm. sgt sgt. retired") | ENLISTED_RANKS | words(
    # police and army ranks of French, Spanish and Portuguese news, written before the name
    "commissaire capitaine commandant adjudant inspecteur comisario comisaria capitán "
    "capitan teniente coronel comandante sargento delegado delegada capitão capitao tenente "
    "comissário comissario")
_PARTICLES = words("bin ibn bint al el de da dos das del van von la le ould wa")
_NAME_WORDS = (2, 4)  # a person's name after an office: "Jean Doe" .. "Ali Lamine Ould Zeine"
_PERSON_LABELS = frozenset({"PERSON"})
_WORK_LABELS = frozenset({"WORK_OF_ART", "PRODUCT"})
_RANKED_LABELS = frozenset({"ORG", "PERSON", "NORP", "GPE"})


def titled_names(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """The sentence's entities with each person named after an office read whole."""
    out = _names_after_offices(ents, sent, text)
    out = _camel_names_after_titles(out, sent)
    return _untitled_persons(_ranked_pieces(_works_as_persons(out, sent)))


def _camel_names_after_titles(ents: list[Span], sent: Span) -> list[Span]:
    """"Governor AbdulRahman AbdulRazaq", "Senator Ali McKenzie": two to four name words
    after a title, one of them written with a capital inside, are a person, whatever
    the model read in them (it reads such words as no name, or as a body's)."""
    doc = sent.doc
    out = ents
    for i in range(sent.start + 1, sent.end - 1):
        if not _camel_name(doc[i]) or not (doc[i - 1].is_title or _camel_name(doc[i - 1])):
            continue
        start = i
        while start > sent.start and _is_name_word(doc[start - 1]) and i - start < 3:
            start -= 1
        if start == sent.start or not (doc[start - 1].is_title
                                       and doc[start - 1].lower_ in TITLE_WORDS):
            continue
        end = _name_end(doc, start, sent.end)
        if end is None or end <= i:
            continue
        inside = _overlapping(out, start, end)
        if any(e.ent_id_ or e.start < start - 1 or e.end > end for e in inside):
            continue  # (a known name, or a longer one read already)
        out = _put_in(out, inside, Span(doc, start, end, label="PERSON"))
    return out


def _is_name_word(tok: Token) -> bool:
    return (tok.is_title or _camel_name(tok)) and (
        tok.text.replace("-", "").replace("'", "").isalpha()) and (
        tok.lower_ not in PORTFOLIO_WORDS and tok.lower_ not in _RANKS
        and tok.lower_ not in _OFFICE_HEADS)


def _camel_name(tok: Token) -> bool:
    """"AbdulRahman", "McKenzie": a name word with a capital inside, after small letters."""
    text = tok.text
    return len(text) > 3 and text[0].isupper() and text[1].islower() and not text.isupper() and (
        any(a.islower() and b.isupper() for a, b in pairwise(text)))


def _joining_hyphen(tok: Token) -> bool:
    """"Jean-Baptiste": a hyphen the words hold on both sides."""
    return tok.text == "-" and not tok.whitespace_ and not tok.nbor(-1).whitespace_


def _name_end(doc: Doc, start: int, stop: int) -> int | None:
    """The end of a person's name of two to four words from `start` (particles may join
    them: "Ali bin Hamad"), None when the capitalised words run on past four or stop
    before two."""
    k, count = start, 0
    while k < stop and (_is_name_word(doc[k]) or (
            (doc[k].lower_ in _PARTICLES or _joining_hyphen(doc[k])) and count
            and k + 1 < stop and _is_name_word(doc[k + 1]))):
        count += _is_name_word(doc[k])
        k += 1
    if not _NAME_WORDS[0] <= count <= _NAME_WORDS[1]:
        return None
    if k < stop and doc[k].is_title and doc[k].is_alpha:
        return None  # ("Minister of Defence Kwame Asante Boateng Street": not a name's end)
    return k


def _names_after_offices(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """"Minister of Defence Kwame Boateng", "Governor of Kaduna State Musa Danladi": the
    person after the last word of an office's portfolio or region."""
    if _OFFICE_CUE.search(text) is None:
        return ents  # (most sentences: no office with "of", no Token looked at)
    doc = sent.doc
    out = ents
    for found in _OFFICE_CUE.finditer(text):
        head = sent.char_span(found.start(), found.start() + len(found.group().split()[0]),
                              alignment_mode="expand")
        if head is None:
            continue
        k = head.end + 1  # after "of" / "for"
        if k < sent.end and doc[k].lower_ == "the":
            k += 1
        office_start, last = k, None
        while k < sent.end and (doc[k].is_title or (
                (doc[k].lower_ in OFFICE_LINKS or _joining_hyphen(doc[k]))
                and k > office_start and k + 1 < sent.end and doc[k + 1].is_title)):
            if doc[k].is_title and doc[k].lower_ in OFFICE_WORDS:
                last = k
            k += 1
        if last is None:
            continue
        start = last + 1
        while start < k and doc[start].is_title and doc[start].lower_ in _RANKS:
            start += 1  # "Minister of Defence General X"
        if _name_end(doc, start, sent.end) != k:
            continue
        out = _place_person(out, doc, start, k, (office_start, last + 1),
                            head.text.lower() in _PORTFOLIO_HEADS)
    return out


def _place_person(ents: list[Span], doc: Doc, start: int, end: int,
                  office: tuple[int, int], portfolio: bool) -> list[Span]:
    """The entities with a person over `start`..`end`: an entity the model ran from the
    office into the name ends with the office ("Kaduna State"); one of the office's words
    alone ("State" in "Secretary of State"), or a minister's portfolio ("Local Government
    and Police"), is no body; a known or longer name over the
    person's words is kept as read."""
    inside = _overlapping(ents, start, end)
    kept: list[Span] = []
    for ent in inside:
        if ent.end > end or (ent.ent_id_ and ent.start >= start and len(ent) > 1):
            return ents  # ("Hama" alone, a known place, may open "Hama Amadou")
        if ent.start < start and not ent.ent_id_:
            kept.append(Span(doc, ent.start, min(ent.end, office[1]), label=ent.label_))
    dropped = [e for e in ents if office[0] <= e.start and e.end <= office[1] and (
        len(e) == 1 or portfolio) and all(
            t.lower_ in PORTFOLIO_WORDS or t.lower_ in OFFICE_LINKS for t in e)]
    person = Span(doc, start, end, label="PERSON")
    return sorted([*(e for e in ents if e not in inside and e not in dropped), *kept, person],
                  key=lambda e: e.start)


def _untitled_persons(ents: list[Span]) -> list[Span]:
    """"Chief Constable Jon Boutcher" read as "Constable Jon Boutcher": the rank words
    opening a person's name of two words or more after them are no part of it."""
    out = ents
    for ent in ents:
        if ent.label_ not in _PERSON_LABELS or ent.ent_id_ or len(ent) < 3 or not (
                ent[0].is_title and ent[0].lower_ in _RANKS):
            continue
        k = ent.start
        while k < ent.end and ent.doc[k].is_title and ent.doc[k].lower_ in _RANKS:
            k += 1
        if _name_end(ent.doc, k, ent.end) != ent.end:
            continue
        out = _put_in(out, [ent], Span(ent.doc, k, ent.end, label="PERSON"))
    return out


def _ranked_pieces(ents: list[Span]) -> list[Span]:
    """"[General Mahamat] Idriss [Kello Itno]": a rank and a given name the model read as
    a body, then the rest of the person's name read as a person, touching it (or with one
    or two capitalised words between), are one person's name, the rank no part of it."""
    out = ents
    for prev, ent in pairwise(ents):
        if ent.label_ not in _PERSON_LABELS or prev.label_ not in _RANKED_LABELS or not (
                prev[0].is_title and prev[0].lower_ in _RANKS) or ent.ent_id_ or (
                prev.ent_id_) or not 0 <= ent.start - prev.end <= 2:
            continue
        doc = ent.doc
        k = prev.start
        while k < prev.end and doc[k].is_title and doc[k].lower_ in _RANKS:
            k += 1
        if k == prev.end or _name_end(doc, k, ent.end) != ent.end:
            continue
        out = _put_in(out, [prev, ent], Span(doc, k, ent.end, label="PERSON"))
    return out


def _works_as_persons(ents: list[Span], sent: Span) -> list[Span]:
    """"led by Twan Mrat Naing" read as a title of a work: after "by" or a rank, two to
    four capitalised words are a person."""
    out = ents
    doc = sent.doc
    for ent in ents:
        if ent.label_ not in _WORK_LABELS or ent.start <= sent.start:
            continue
        before = doc[ent.start - 1]
        if before.lower_ != "by" and not (before.is_title and before.lower_ in _RANKS):
            continue
        if _name_end(doc, ent.start, ent.end) != ent.end:
            continue
        out = _put_in(out, [ent], Span(doc, ent.start, ent.end, label="PERSON"))
    return out
