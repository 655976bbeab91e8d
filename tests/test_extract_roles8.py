"""Posts and memberships in shapes the earlier readings missed: a spokesman for a person
("X, a spokesman for President Y"); the head of a region named as the title's own object
("X, the head of Y"); the leader of a part of a body ("the leader of a local cell of Y")
one of the body's people, not its head. Own sentences, invented names.

Must-nots: a spokesman for a person's family (the family's, not the person's); a lawyer
for a person; the head of a service in a place ("head of security in Y"); the leader of
a part of a body is not the body's head.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found
from .test_extract_roles5 import Row, rows

POSITIVE: list[Row] = [
    # a spokesman for a person
    ("spokesman-for-person", "Ilya Sorokin, a spokesman for Viktor Lebedev, said the "
     "talks would resume next week.",
     [("Ilya Sorokin", "SPOKESPERSON_FOR", "Viktor Lebedev")]),
    ("spokesman-for-titled-person", "Karim Nasser, a spokesman for President Hassan "
     "Mahmoud, said the border crossing would stay shut.",
     [("Karim Nasser", "SPOKESPERSON_FOR", "Hassan Mahmoud")]),
    ("spokeswoman-of-person", "Leila Amrani, spokeswoman of Prime Minister Youssef "
     "Benali, said the decree had been signed.",
     [("Leila Amrani", "SPOKESPERSON_FOR", "Youssef Benali")]),
    # the head of a region
    ("head-of-region", "Timur Aliev, the head of Dagestan, visited the wounded officers "
     "in Makhachkala.",
     [("Timur Aliev", "LEADS", "Dagestan")]),
    ("leader-of-region", "Ruslan Batov, the leader of Chechnya, said the gunmen had been "
     "killed.",
     [("Ruslan Batov", "LEADS", "Chechnya")]),
    # the leader of a part of a body: one of its people
    ("leader-of-cell-of", "Police said the dead man was Jamal Idris, whom they described "
     "as the leader of a local cell of the Kivu Liberation Front.",
     [("Jamal Idris", "MEMBER_OF", "Kivu Liberation Front")]),
    ("commander-of-faction-of", "Soldiers detained Jamal Idris, the commander of a "
     "breakaway faction of the Kivu Liberation Front.",
     [("Jamal Idris", "MEMBER_OF", "Kivu Liberation Front")]),
]


@pytest.mark.parametrize(("text", "expected"), rows(POSITIVE))
def test_expected_triples(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


NEGATIVE: list[Row] = [
    # a spokesman for a family, a lawyer: not the person's voice
    ("spokesman-for-family-of", "Karim Nasser, a spokesman for the family of Hassan "
     "Mahmoud, said the body had been returned.",
     [("Karim Nasser", "SPOKESPERSON_FOR", "*")]),
    ("lawyer-for-person", "Karim Nasser, a lawyer for Hassan Mahmoud, said the trial "
     "had been delayed.",
     [("Karim Nasser", "SPOKESPERSON_FOR", "*"), ("Karim Nasser", "MEMBER_OF", "*")]),
    # the head of a service in a place leads no place
    ("head-of-security-in", "Timur Aliev, the head of security in Makhachkala, said the "
     "gunmen had been killed.",
     [("Timur Aliev", "LEADS", "*")]),
    # the leader of a part of a body is not the body's head
    ("leader-of-cell-not-head", "Police said the dead man was Jamal Idris, whom they "
     "described as the leader of a local cell of the Kivu Liberation Front.",
     [("Jamal Idris", "LEADS", "*")]),
    ("commander-of-faction-not-head", "Soldiers detained Jamal Idris, the commander of a "
     "breakaway faction of the Kivu Liberation Front.",
     [("Jamal Idris", "LEADS", "*")]),
]


@pytest.mark.parametrize(("text", "absent"), rows(NEGATIVE))
def test_absent_triples(nlp: Language, text: str, absent: list[Triple]) -> None:
    assert_absent(nlp, text, absent)
