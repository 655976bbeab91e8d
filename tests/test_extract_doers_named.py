"""Doers named through the side they serve or the name they go by: "gunmen linked to X
shot dead Y" (also when the parser makes "linked" the verb that governs "shot"), "men
affiliated with X", "a gang known as X killed Y". Each next to the near miss: a negated
tie, a side whose ruler is gone, a named person tied to a group acting alone. Own
sentences, invented groups and people."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

FOUND: list[tuple[str, str, list[Triple]]] = [
    ("linked-shot-dead", "Gunmen linked to the Sword Front shot dead Mayor Ali Musa on "
     "Monday.", [("Sword Front", "KILLED", "Ali Musa")]),
    ("affiliated-killed", "Gunmen affiliated with the Sword Front killed Ali Musa on "
     "Monday.", [("Sword Front", "KILLED", "Ali Musa")]),
    ("linked-ambush-killing", "Fighters linked to the Sword Front ambushed a convoy of the "
     "Malian army, killing four soldiers.", [("Sword Front", "TARGETS", "Malian forces")]),
    ("affiliated-abducted", "Men affiliated with the Sword Front abducted Ali Musa.",
     [("Sword Front", "TARGETS", "Ali Musa")]),
    ("gang-known-as", "A gang known as the Six Brothers killed Jamal Roberts on Friday.",
     [("Six Brothers", "KILLED", "Jamal Roberts")]),
    ("linked-to-gang-known-as", "Gunmen linked to a gang known as the Six Brothers killed "
     "Jamal Roberts on Friday.", [("Six Brothers", "KILLED", "Jamal Roberts")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    ("negated-tie", "Gunmen not linked to the Sword Front shot dead Mayor Ali Musa.",
     [("Sword Front", "KILLED", "Ali Musa")]),
    ("ruler-gone", "Fighters loyal to the ousted government of Kenya attacked Ali Musa.",
     [("Kenya", "TARGETS", "Ali Musa")]),
    ("person-tied", "Ali Musa was linked to the Sword Front and killed a priest.",
     [("Sword Front", "KILLED", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_doers_named_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_doers_named_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
