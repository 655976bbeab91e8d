"""A passive verb joined to a clause shares its subject: "the Front is the armed wing of
the League and is commanded by X", "was founded in 2012 and is backed by Y". Each next to
the near miss: a joined clause with a subject of its own, a negation. Own sentences,
invented groups and people."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

FOUND: list[tuple[str, str, list[Triple]]] = [
    ("wing-and-commanded", "The Sword Front is the armed wing of the Tula People's League "
     "and is commanded by General Musa Kabir.", [("Musa Kabir", "LEADS", "Sword Front")]),
    ("founded-and-backed", "The Sword Front was founded in 2012 and is backed by Eritrea.",
     [("Eritrea", "BACKS", "Sword Front")]),
    ("based-and-led", "The Kivu Defence Force is based in Masisi and is led by Jean-Paul "
     "Mukete, a former army colonel.", [("Jean-Paul Mukete", "LEADS", "Kivu Defence Force")]),
    ("long-wire", "BANGUI, 4 May 2026 — The Ndele Patriotic Union, which took up arms in "
     "2019, has fought government troops around Birao and is commanded by Ahmat Djouma, "
     "the army said on Tuesday.", [("Ahmat Djouma", "LEADS", "Ndele Patriotic Union")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    ("own-subject", "The Sword Front was founded in 2012 and the Tula League is led by "
     "Musa Kabir.", [("Musa Kabir", "LEADS", "Sword Front")]),
    ("negated", "The Sword Front is the armed wing of the Tula People's League and is not "
     "commanded by Musa Kabir.", [("Musa Kabir", "LEADS", "Sword Front")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_shared_subject_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_shared_subject_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
