"""Later mentions read back to the actor named before (extract/coref.py):

- "X has led Chad since 2021. His government called on Y to ...", "the Government of
  National Concord, led by Z ... Z's government condemned Y": a person's government that acts is
  the one body named a government he was read to lead, else the one state he leads (by
  a title or any reading before); not a government criticised ("condemned X's
  government" is still X's), nor that of a person who leads none;
- "The front has denounced Y, and it controls Z", "X allowed Y to return, and it has
  since cooperated with W": "it" as the subject of a clause joined by "and" to the one
  before is that clause's subject, whatever bodies the first clause took as objects; not
  an "it" in a clause below ("because it had called on ..."), nor a person's clause.

Every row is written for this table, with invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

D, C, CO = "DEMANDS", "CRITICIZES", "COOPERATES_WITH"

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- a person's government: what he leads
    ("her-government-after-led-government",
     "Lena Ost has led the Government of National Concord since 2023. Her government "
     "called on the Sorel Liberation Front to lay down its arms in May.",
     [("Government of National Concord", D, "Sorel Liberation Front")]),
    ("his-government-after-led-state",
     "Ivo Marsh has led Chad since a coup in 2021. His government called on the Sorel "
     "Liberation Front to lay down its arms in May.",
     [("Chad", D, "Sorel Liberation Front")]),
    ("named-government-after-its-head",
     "The Government of National Concord, led by Prime Minister Lena Ost, sits in Olmira. "
     "Ost's government condemned the Sorel Liberation Front on Monday.",
     [("Government of National Concord", C, "Sorel Liberation Front")]),
    # --- "it" taking up the subject of the clause it is joined to
    ("and-it-after-definite-subject",
     "The Sorel Liberation Front split from the Tamsi People's Movement in 2019. The front "
     "has denounced the Tamsi People's Movement for selling out, and it has called on the "
     "Chadian Army to leave the gold mines.",
     [("Sorel Liberation Front", D, "Chadian Army")]),
    ("and-it-after-named-subject",
     "When the Tamsi People's Movement closed on Dovra, the Sorel Liberation Front allowed "
     "Chadian troops to return to the town, and it has since cooperated with the Chadian "
     "Army.",
     [("Sorel Liberation Front", CO, "Chadian Army")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("criticised-persons-government",
     "Ivo Marsh has led Chad since a coup in 2021. The Sorel Liberation Front condemned "
     "Marsh's government on Monday.",
     [("Sorel Liberation Front", C, "Chad")]),
    ("government-of-one-who-leads-none",
     "Ivo Marsh, a lawyer from Olmira, spoke on Monday. His government called on the Sorel "
     "Liberation Front to lay down its arms.",
     [("Chad", D, "Sorel Liberation Front")]),
    ("it-in-a-clause-below",
     "The Sorel Liberation Front denounced the Tamsi People's Movement on Monday because it "
     "had called on the Chadian Army to leave the gold mines.",
     [("Sorel Liberation Front", D, "Chadian Army")]),
]


# (a row is read or refused: one test over both tables, each row named by its id)
READINGS = [
    *(pytest.param(text, triples, True, id=row) for row, text, triples in POSITIVE),
    *(pytest.param(text, triples, False, id=f"not-{row}") for row, text, triples in NEGATIVE),
]


@pytest.mark.parametrize(("text", "triples", "read"), READINGS)
def test_later_mention_read_or_refused(nlp: Language, text: str, triples: list[Triple],
                                       read: bool) -> None:
    (assert_found if read else assert_absent)(nlp, text, triples)
