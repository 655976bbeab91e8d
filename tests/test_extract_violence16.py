"""Violence told by where it struck, what was vowed and which attack a doer is named for:

- "X attacked (ambushed, raided) a convoy (an army base) near Y": an indefinite thing is
  known by the place it stood in, so X targets Y (and so are things described in the
  plural, "ambushed separate convoys near Y"); not "attacked Z positions near Y" nor
  "attacked the Q checkpoint near Y": a named or owned thing is itself what was struck,
  and Y only places it;
- "X vowed (promised, pledged) to topple (crush) Y": a threat; not "promising not to
  topple Y", "vowed never to fight Y" (a pledge of restraint);
- "Gunmen ambushed a patrol. X carried out (claimed) the ambush": X did that attack; not
  "X carried out the 2015 massacre (the March 2016 bombing)", an attack of its own time.

Every row is written for this table, with invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

K, T, TH = "KILLED", "TARGETS", "THREATENS"

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- an indefinite thing struck, known by its place
    ("raided-a-market-near-town",
     "Gunmen of the Tuareg Salvation Front raided a market on Tuesday near Agadez, "
     "residents said.",
     [("Tuareg Salvation Front", T, "Agadez")]),
    ("ambushed-a-convoy-near-town",
     "Gunmen of the Tuareg Salvation Front ambushed a fuel convoy near Agadez on Sunday.",
     [("Tuareg Salvation Front", T, "Agadez")]),
    ("named-checkpoint-struck-itself",
     "Gunmen of the Tuareg Salvation Front attacked the Tamsi checkpoint near Agadez on "
     "Tuesday.",
     [("Tuareg Salvation Front", T, "Tamsi checkpoint")]),
    # --- a vow to bring a side down
    ("vowed-to-topple",
     "The Tuareg Salvation Front vowed to topple the government of Chad.",
     [("Tuareg Salvation Front", TH, "Chad")]),
    # --- a doer named for the attack told before
    ("carried-out-the-ambush",
     "Gunmen ambushed a Nigerien army patrol near Agadez on Monday, killing four "
     "soldiers. The Tuareg Salvation Front carried out the ambush, police said.",
     [("Tuareg Salvation Front", T, "Nigerien forces")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("owned-positions-near-town",
     "Gunmen of the Tuareg Salvation Front attacked Kel Adrar positions near Agadez on "
     "Tuesday.",
     [("Tuareg Salvation Front", T, "Agadez")]),
    ("named-checkpoint-near-town",
     "Gunmen of the Tuareg Salvation Front attacked the Tamsi checkpoint near Agadez on "
     "Tuesday.",
     [("Tuareg Salvation Front", T, "Agadez")]),
    ("promising-not-to-topple",
     "The Tuareg Salvation Front pulled its men out of the hills while promising not to "
     "topple the government of Chad.",
     [("Tuareg Salvation Front", TH, "Chad")]),
    ("vowed-never-to-fight",
     "The Tuareg Salvation Front vowed never to fight the government of Chad again.",
     [("Tuareg Salvation Front", TH, "Chad")]),
    ("carried-out-a-massacre-of-its-own-year",
     "Gunmen ambushed a Nigerien army patrol near Agadez on Monday, killing four "
     "soldiers. The Tuareg Salvation Front carried out the 2015 massacre at the Tamsi "
     "market, police said.",
     [("Tuareg Salvation Front", T, "Nigerien forces"),
      ("Tuareg Salvation Front", K, "Nigerien forces")]),
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
