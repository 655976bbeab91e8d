"""Stances read from news nobody developed on (the batches 168-183): what a spokesperson
says for a body (a demand, a criticism, a rejection) is the body's stance and the
spokesperson's own; and what is not read: a spokesperson's words for a person (the
person's alone), what a body does through its spokesperson (a meeting). Own sentences,
with invented or generic names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # a spokesperson's demand: the body's and the spokesperson's own
    ("its-spokesman-called-on", "The Tolo Liberation Front said it would not lay down "
     "its arms. Its spokesman, Amadou Kessel, called on the African Union to send "
     "monitors.",
     [("Tolo Liberation Front", "DEMANDS", "African Union"),
      ("Amadou Kessel", "DEMANDS", "African Union")]),
    ("spokesman-for-accused", "Ivo Marek, a spokesman for the Kenyan Ministry of "
     "Foreign Affairs, accused Somalia of harbouring the gunmen.",
     [("Ivo Marek", "CRITICIZES", "Somalia")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # a spokesman for a person speaks that person's words, not his own
    ("spokesman-for-president-urged", "Ivo Marek, a spokesman for President Tomas Berg, "
     "said Berg urged Somalia to hand over the gunmen.",
     [("Ivo Marek", "DEMANDS", "Somalia")]),
    # a body's meeting is not its spokesperson's
    ("its-spokesman-met", "The Tolo Liberation Front said it wanted talks. Its spokesman, "
     "Amadou Kessel, said the front had met the African Union in Addis Ababa.",
     [("Amadou Kessel", "MEETS_WITH", "African Union")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_stance_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_stance_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
