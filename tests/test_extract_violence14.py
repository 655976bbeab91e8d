"""Violence told through whom a harm picks out, whose strike it was and what a warning
promises:

- "X fought alongside Z against Y", the parser hanging "against Y" on the ally: X fights
  Y; not Z's own earlier quarrel told in a clause on it ("Z, which once rebelled against
  Y");
- "(the arrests followed) a Kenyan drone strike that killed Y": the side whose strike it
  was killed Y; not a strike told by its place alone ("a drone strike in Tarvo that
  killed Y");
- "X threatened (killed, attacked) community leaders, among them the activist Y": Y, one
  of the people harmed, wherever the parser hangs "among them Y"; not one picked out of
  people praised, nor a harm denied, nor a town picked out of the villages attacked;
- "X warned that Y would be legitimate targets (within range of its rockets, not safe)":
  X threatens Y, a force or a site; not troops "safe" or "the targets of a smear
  campaign", nor a denied warning;
- '"Y killed our men, and Y will answer (pay) for it," X said': X threatens Y, the side
  that will answer, a force; not "has answered for it in court";
- "X said it would pursue (hunt down, track) Y's cells": X threatens Y, whose men are to
  be pursued; not cells pursued in a year gone by.

Every row is written for this table, with invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

K, T, TH = "KILLED", "TARGETS", "THREATENS"

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- fighting beside an ally against a side
    ("fought-alongside-ally-against",
     "Since 2020 the Kenyan Army has been fighting alongside the FAMa against the Dune "
     "Liberation Front (DLF), a rebel group.",
     [("Kenyan Army", T, "Dune Liberation Front")]),
    # --- whose strike killed
    ("owned-strike-that-killed",
     "The arrests came weeks after a Kenyan drone strike that killed Tomas Varga, the "
     "rebels' finance chief.",
     [("Kenya", K, "Tomas Varga")]),
    ("owned-air-raid-that-killed",
     "Talks collapsed in May, a month after an Ethiopian air raid that killed Abel Tesso, "
     "a senior rebel commander.",
     [("Ethiopia", K, "Abel Tesso")]),
    # --- one of the people harmed, picked out after a comma
    ("threatened-leaders-among-them",
     "He singled out the Tarvo Liberation Front, which he said had threatened community "
     "leaders in recent weeks, among them the activist Anton Bela.",
     [("Tarvo Liberation Front", TH, "Anton Bela")]),
    ("killed-villagers-among-them",
     "The Tarvo Liberation Front killed five villagers in recent weeks, among them Anton "
     "Bela.",
     [("Tarvo Liberation Front", K, "Anton Bela")]),
    # --- a warning of what awaits a side
    ("warned-would-be-legitimate-targets",
     "The Dune Liberation Front warned that Kenyan troops in the valley would be "
     "legitimate targets.",
     [("Dune Liberation Front", TH, "Kenyan forces")]),
    ("warned-would-be-within-range",
     "A commander of the Dune Liberation Front warned that Kenyan troops in the valley "
     "would be within range of its rockets.",
     [("Dune Liberation Front", TH, "Kenyan forces")]),
    ("warned-would-not-be-safe",
     "The Dune Liberation Front warned that Kenyan troops would not be safe anywhere in "
     "the valley.",
     [("Dune Liberation Front", TH, "Kenyan forces")]),
    # --- a side told it will answer for a deed, or whose men will be pursued
    ("will-answer-for-it",
     '"The Dune Liberation Front killed our men, and the Dune Liberation Front will answer '
     'for it," the Kenyan Army said.',
     [("Kenyan Army", TH, "Dune Liberation Front")]),
    ("will-pursue-sides-cells",
     "The Kenyan Army said it would pursue the Dune Liberation Front's cells into every "
     "valley.",
     [("Kenyan Army", TH, "Dune Liberation Front")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("allys-old-quarrel",
     "Since 2020 the Kenyan Army has been fighting alongside the FAMa, which once rebelled "
     "against the Dune Liberation Front (DLF).",
     [("Kenyan Army", T, "Dune Liberation Front")]),
    ("strike-told-by-its-place",
     "The arrests came weeks after a drone strike in Kessel that killed Tomas Varga, the "
     "rebels' finance chief.",
     [("*", K, "Tomas Varga")]),
    ("praised-leaders-among-them",
     "The Tarvo Liberation Front praised community leaders in recent weeks, among them "
     "the activist Anton Bela.",
     [("Tarvo Liberation Front", "*", "Anton Bela")]),
    ("did-not-threaten-leaders-among-them",
     "The Tarvo Liberation Front did not threaten community leaders in recent weeks, "
     "among them the activist Anton Bela.",
     [("Tarvo Liberation Front", TH, "Anton Bela")]),
    ("attacked-villages-among-them-a-town",
     "The Tarvo Liberation Front attacked several villages in recent weeks, among them "
     "Lima.",
     [("Tarvo Liberation Front", T, "Lima")]),
    ("targets-of-a-smear-campaign",
     "The Dune Liberation Front warned that Kenyan troops in the valley had been the "
     "targets of a smear campaign.",
     [("Dune Liberation Front", TH, "Kenyan forces")]),
    ("would-be-safe",
     "The Dune Liberation Front warned that Kenyan troops would be safe anywhere in the "
     "valley.",
     [("Dune Liberation Front", TH, "Kenyan forces")]),
    ("within-range-of-a-hospital",
     "A commander of the Dune Liberation Front said that Kenyan troops in the valley were "
     "within range of the new hospital.",
     [("Dune Liberation Front", TH, "Kenyan forces")]),
    ("did-not-warn-targets",
     "The Dune Liberation Front did not warn that Kenyan troops would be legitimate "
     "targets.",
     [("Dune Liberation Front", TH, "Kenyan forces")]),
    ("has-answered-for-it",
     '"The Dune Liberation Front killed our men, and the Dune Liberation Front has answered '
     'for it in court," the Kenyan Army said.',
     [("Kenyan Army", TH, "Dune Liberation Front")]),
    ("pursued-cells-years-ago",
     "The Kenyan Army said it had pursued the Dune Liberation Front's cells into every "
     "valley in 2019.",
     [("Kenyan Army", TH, "Dune Liberation Front")]),
]


# (a row is read or refused: one test over both tables, each row named by its id)
READINGS = [
    *(pytest.param(text, triples, True, id=row) for row, text, triples in POSITIVE),
    *(pytest.param(text, triples, False, id=f"not-{row}") for row, text, triples in NEGATIVE),
]


@pytest.mark.parametrize(("text", "triples", "read"), READINGS)
def test_violence_read_or_refused(nlp: Language, text: str, triples: list[Triple],
                                  read: bool) -> None:
    (assert_found if read else assert_absent)(nlp, text, triples)
