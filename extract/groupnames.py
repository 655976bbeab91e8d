"""Group names that hold a place name, read as one name.

The model and the gazetteer cut "Islamic State Sahel Province" into a group ("Islamic
State") and a place ("Sahel Province"), and "Tehreek-e-Taliban Pakistan (TTP)" into a
group and a state, so the state did what the group did. Two cues say the pieces are one
name, and only they:
- an acronym in brackets right after the words, whose letters are the initials of the
  words' capitalised parts ("Tehreek-e-Taliban Pakistan (TTP)": T, T, P);
- a group's name run straight into a place's name ending in a word that names a branch
  of a group ("Province", "Branch", "Wilayat").
The whole is one entity, an armed group when a piece was one; `Mentions` then reads the
acronym as its alias, so "the TTP" later is the group and never the state.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .lexicon import words

# Words that end the name of a group's regional branch.
_BRANCH_HEADS = words("province branch wilayat wilayah chapter")
# Labels of the pieces that may be a group's name: the gazetteer's and the model's.
_GROUP_LABELS = frozenset({"ARMED_GROUP", "ORGANIZATION", "GOVERNMENT_BODY", "ORG"})
_PLACE_LABELS = frozenset({"STATE", "GPE", "LOC", "LOCATION"})
_ACRONYM_LETTERS = range(2, 9)


def whole_group_names(ents: list[Span]) -> list[Span]:
    """The sentence's entities with each group name that was cut in pieces made whole."""
    if len(ents) < 2:
        return ents
    out: list[Span] = []
    i = 0
    while i < len(ents):
        merged = _before_acronym(ents, i) or _branch_name(ents, i)
        if merged is None:
            out.append(ents[i])
            i += 1
            continue
        span, taken = merged
        out.append(span)
        i += taken
    return out


def _joined(pieces: list[Span], start: int, end: int) -> Span:
    """One entity over tokens start..end, labelled as an armed group when one of its
    pieces is (named as written: the gazetteer knows only the piece)."""
    doc = pieces[0].doc
    if any(p.label_ == "ARMED_GROUP" for p in pieces):
        text = doc[start:end].text
        return Span(doc, start, end, label="ARMED_GROUP", span_id=text)
    return Span(doc, start, end, label="ORG")


def _before_acronym(ents: list[Span], i: int) -> tuple[Span, int] | None:
    """The name before a bracketed acronym whose initials spell it, when it is more than
    one entity the model read whole: ents[i], the capitalised words and entities after
    it up to the bracket, and the words before it that the initials need."""
    doc = ents[i].doc
    end = ents[i].end
    while end < len(doc) and (doc[end].is_title or _hyphen_piece(doc[end])):
        end += 1
    acro = _acronym_at(doc, end)
    if acro is None:
        return None
    j = i
    while j + 1 < len(ents) and ents[j + 1].start < end:
        j += 1
    if ents[j].end > end:
        return None  # (an entity runs past the bracket)
    start = _name_start(doc, ents[i].start, end, acro)
    if start is None or (start, end) == (ents[i].start, ents[i].end):
        return None  # one entity the model read whole: nothing to join
    if i > 0 and ents[i - 1].end > start:
        return None  # (the name would cut into the entity before it)
    pieces = ents[i : j + 1]
    if not any(p.label_ in _GROUP_LABELS for p in pieces):
        return None  # a group's name needs a piece read as a group ("Juba Sudan (JS)")
    return _joined(pieces, start, end), j - i + 1


def _name_start(doc: Doc, start: int, end: int, acro: str) -> int | None:
    """Where the name ending at `end` starts for its initials to spell `acro`: at
    `start` or further left over capitalised words and hyphen-joined pieces."""
    while True:
        start = _hyphened_start(doc, start)
        spelled = _initials(doc[start:end])
        if spelled == acro:
            return start
        if len(spelled) >= len(acro) or start == 0 or not (
                doc[start - 1].is_title and doc[start - 1].is_alpha) or (
                doc[start - 1].is_sent_start):
            return None
        start -= 1


def _branch_name(ents: list[Span], i: int) -> tuple[Span, int] | None:
    """"Islamic State" + "Sahel Province": a group's name run into a branch's place."""
    if i + 1 >= len(ents):
        return None
    group, place = ents[i], ents[i + 1]
    if group.label_ not in _GROUP_LABELS or place.label_ not in _PLACE_LABELS:
        return None
    if place.start != group.end or not group[-1].whitespace_:
        return None
    doc = group.doc
    end = place.end
    if place[-1].lower_ not in _BRANCH_HEADS:
        if end < len(doc) and doc[end].is_title and doc[end].lower_ in _BRANCH_HEADS:
            end += 1  # "Mozambique" + "Province" the model left out
        else:
            return None
    return _joined([group, place], group.start, end), 2


def _acronym_at(doc: Doc, i: int) -> str | None:
    """"(TTP)" at token i: the acronym's letters."""
    if i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
        return None
    text = doc[i + 1].text
    if not (text.isalpha() and text.isupper() and len(text) in _ACRONYM_LETTERS):
        return None
    return text


def _hyphen_piece(tok: Token) -> bool:
    """"-" or "e" in "Tehreek-e-Taliban": a piece joined to the words around it."""
    if tok.whitespace_ or tok.i == 0:
        return False
    return tok.text == "-" or (tok.is_alpha and tok.is_lower and tok.nbor(-1).text == "-"
                               and not tok.nbor(-1).whitespace_)


def _hyphened_start(doc: Doc, start: int) -> int:
    """"Tehreek-e-Taliban": the name starts at its first hyphen-joined piece."""
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and (
            not doc[start - 1].whitespace_ and doc[start - 2].is_alpha):
        start -= 2
    return start


def _initials(span: Span) -> str:
    """The first letters of the capitalised words and word pieces: "Tehreek-e-Taliban
    Pakistan" -> "TTP"."""
    return "".join(t.text[0] for t in span if t.is_alpha and t.text[0].isupper())
