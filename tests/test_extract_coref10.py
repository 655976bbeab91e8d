"""Later mentions read back to the actor named before (extract/coref.py,
extract/mentions.py, extract/context.py): an acronym the gazetteer knows glossing a
name it does not; a title before a surname ("Ms Otieno"); ...

Passages are invented, in the style of wire and agency reports.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

FOUND: list[tuple[str, str, list[Triple]]] = [
    # ---- a known acronym glossing a name the gazetteer does not hold is that name's
    ("c10-acronym-glosses-name",
     "The UN Child Rights Agency (UNICEF) said on Friday it had suspended work in Kidal. "
     "UNICEF is working with the Malian Red Cross to shelter families.",
     [("UN Child Rights Agency", "COOPERATES_WITH", "Malian Red Cross")]),
    # ---- a title before the surname of the one person who bears it
    ("c10-titled-surname",
     "Grace Wanjiru Otieno, the agency's head of mission in Chad, visited Abeche on "
     "Monday. During the visit, Ms Otieno met Mahamat Saleh Annadif, the governor.",
     [("Grace Wanjiru Otieno", "MEETS_WITH", "Mahamat Saleh Annadif")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    # the acronym of words inside the name is theirs, not the name's
    ("c10-acronym-of-inner-name",
     "The Task Force against the Islamic State (ISIS) said it had struck ISIS positions "
     "near Raqqa. ISIS attacked Syrian Democratic Forces near Hasakah.",
     [("Task Force against the Islamic State", "TARGETS", "Syrian Democratic Forces")]),
    # a name the gazetteer holds keeps its own actor beside another's acronym
    ("c10-acronym-of-known-other",
     "Fighting between the Rapid Support Forces (SAF) and militias spread to Nyala. "
     "SAF shelled positions of the Sudan Liberation Movement near El Fasher.",
     [("Rapid Support Forces", "TARGETS", "*")]),
    # a surname two people bear: "Mr Otieno" is neither
    ("c10-titled-surname-shared",
     "Grace Wanjiru Otieno, the agency's head of mission in Chad, visited Abeche with "
     "Peter Otieno, a logistics officer. Later, Mr Otieno met Mahamat Saleh Annadif.",
     [("Grace Wanjiru Otieno", "MEETS_WITH", "*"), ("Peter Otieno", "MEETS_WITH", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_later_mention_read_back(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_later_mention_not_misread(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
