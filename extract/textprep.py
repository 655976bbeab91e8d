"""Same-length text normalisation, so spaCy offsets index the original text."""

from __future__ import annotations

import re
from bisect import bisect_right

import numpy as np
from spacy.attrs import ORTH, SENT_START, SPACY  # type: ignore[import-not-found]  # (a .pyx)
from spacy.tokens import Doc, Span, Token

from .lexicon import ITEM_VERBS
from .placenames import is_place_name

# Every replacement is one character for one character: offsets never shift.
_CHAR_MAP = str.maketrans(
    {
        "\u00a0": " ",  # no-break space
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u201b": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2212": "-",  # minus sign
    }
)
_DASHES = "\u2013\u2014"
# "BANGKOK, Thailand (AP)", "MEXICO CITY (AP) -": a place in capitals opening a line
_CAPS_DATELINE = re.compile(
    r"(?m)^([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,2})(?= ?, [A-Z]| \(| [-\u2013\u2014])"
)

# "was killed.[3]", "Zagros Mountains,[1]": an encyclopedia's reference marks, glued to
# the word before them, would make "Mountains,[1" one name
_REFERENCE_MARK = re.compile(r"\[(?:\d{1,3}|[a-z]|citation needed)\]")
# A list item of a release or a resolution opening with its verb, capitalised
# ("- Calls on X to ...", "• Urges Y to ..."): the model takes a capitalised verb there
# for a name, so the verb is lower-cased (the same length) and a round bullet made a dash.
_ITEM_VERB = re.compile(
    r"(?m)^([ \t]*(?:[-\u2013\u2014\u2022*]|\d{1,2}[.)]|\(?[a-z]\))[ \t]*)"
    r"(?i:(" + "|".join(sorted(ITEM_VERBS)) + r"))\b")


# A round bullet opening a line, which the model takes for a verb ("• the X to halt ..."),
# is made a dash, which it reads as the item's mark.
_ROUND_BULLET = re.compile("(?m)^([ \t]*)\u2022(?=[ \t])")


def _item_verbs(text: str) -> str:
    if "\n" not in text:
        return text
    text = _ITEM_VERB.sub(lambda m: m.group(1).replace("\u2022", "-") + m.group(2).lower(),
                          text)
    return _ROUND_BULLET.sub(lambda m: m.group(1) + "-", text) if "\u2022" in text else text


def normalise(text: str) -> str:
    """Straight quotes, plain spaces and hyphens; the result has the same length.

    En/em dashes between two letters or digits ("Iranian–backed") become hyphens so
    the tokenizer splits them like "-"; spaced dashes stay, spaCy already treats
    them as punctuation. Reference marks ("[3]") become spaces.
    """
    out = _item_verbs(_title_case_datelines(text.translate(_CHAR_MAP)))
    if "[" in out:
        out = _REFERENCE_MARK.sub(_blank, out)
    if not any(d in out for d in _DASHES):
        return out
    chars = list(out)
    for i, ch in enumerate(chars):
        if (ch in _DASHES and 0 < i < len(chars) - 1
                and chars[i - 1].isalnum() and chars[i + 1].isalnum()):
            chars[i] = "-"
    return "".join(chars)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def _title_case_datelines(text: str) -> str:
    """A dateline place in capitals is title-cased, so the model and the gazetteer
    read it as the place it is ("BANGKOK" -> "Bangkok"); acronyms are left alone."""
    if not text[:1].isupper() and "\n" not in text:
        return text  # no line can open with a dateline

    def fix(match: re.Match[str]) -> str:
        words = match.group(1)
        return words.title() if is_place_name(words) else words

    return _CAPS_DATELINE.sub(fix, text)


_TEXT_KEY = "actorgraph.text"


def doc_text(doc: Doc) -> str:
    """The document's text, joined once: `doc.text` joins every token anew on each call,
    which read per sentence or per noun makes a long document's reading quadratic."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        # (`doc.text` joined from one array: each word's string and its space, no Token)
        strings = doc.vocab.strings
        text = doc.user_data[_TEXT_KEY] = "".join(
            strings[orth] + " " if space else strings[orth]
            for orth, space in doc.to_array([ORTH, SPACY]).tolist())
    return str(text)


_STARTS_KEY = "actorgraph.sentence_starts"


def sentence_starts(doc: Doc) -> list[int]:
    """The first token of each sentence, as `doc.sents` gives them, read from one array
    once per Doc (the reading asks for it per match and per clause)."""
    starts = doc.user_data.get(_STARTS_KEY)
    if starts is None:
        flags = doc.to_array(SENT_START)
        starts = [0, *(np.flatnonzero(flags[1:] == 1) + 1).tolist()] if len(doc) else []
        doc.user_data[_STARTS_KEY] = starts
    return list(starts)


def sentence_of(tok: Token) -> Span:
    """`tok.sent`, found among the document's sentence starts: `Token.sent` walks to
    both ends of the sentence and slices the Doc twice, in Python, on every call."""
    return _sentence_at(tok.doc, tok.i)


def _span_sentence(span: Span) -> Span:
    """`span.sent` (the sentence of its first token), found as `sentence_of` finds it."""
    return _sentence_at(span.doc, span.start)


def _sentence_at(doc: Doc, i: int) -> Span:
    starts = doc.user_data.get(_STARTS_KEY) or sentence_starts(doc)
    k = bisect_right(starts, i)
    return Span(doc, starts[k - 1], starts[k] if k < len(starts) else len(doc))


def sentences_from_starts(doc: Doc) -> None:
    """`tok.sent` and `span.sent` anywhere in the reading answered by `sentence_of`
    (spaCy's hooks for them): the same sentence, with no walk nor slicing."""
    doc.user_token_hooks["sent"] = sentence_of
    doc.user_span_hooks["sent"] = _span_sentence
