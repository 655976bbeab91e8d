"""Places and parts told by a run of ground, a post, a list or an apposition:

- "X controls a string (cluster, chain) of villages around (in) Y", "X controls much of
  the countryside around Y": X holds the town Y the ground lies in or around; not ground
  "near" Y, not a state ("villages in Uganda"), not ground only attacked;
- "X mans the Y checkpoint", "the Y checkpoint was manned by X": X holds the facility;
  not one attacked, nor one X no longer mans;
- "Z, a town of the Y region held by X" holds Z, but "a farm near Z held by X" does not
  (the participle after "near Z" tells of the farm);
- "X, the Y branch of W": X, the named branch, is in Y (W need not be);
- "X's fighters (cells, units) are based in Y", "its cells are based in Y": X is in Y;
  not X's rivals;
- "X, a formation (unit, brigade) of Kenya's defence ministry": X is part of Kenya;
- "W's faction (wing, cell) known as X", "its faction known as X": X is part of W; not
  "W's rival known as X";
- where an act was decided is not where those it lists or bans are ("in Y, the ministry
  banned X", "in Y, the council added X to its list"); a body's delegate or negotiator
  "in Y" is there, the body need not be; "X, a former preacher from Y" no longer is in Y;
  "X, a Kenyan-born resident of Y" lives in Y, not in Kenya.

Every row is written for this table, with invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

C, L, P = "CONTROLS", "LOCATED_IN", "PART_OF"

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- a run or a share of ground, and the town it lies around
    ("string-of-villages-around",
     "The Tano Front controls a string of villages around Gulu, close to the border, "
     "residents said.",
     [("Tano Front", C, "Gulu")]),
    ("cluster-of-hamlets-in-district",
     "The Tano Front holds a cluster of hamlets in Gulu district, residents said.",
     [("Tano Front", C, "Gulu")]),
    ("much-of-countryside-around",
     "The Tano Front controls much of the countryside around Gulu, residents said.",
     [("Tano Front", C, "Gulu")]),
    # --- a facility manned
    ("mans-the-checkpoint",
     "Fighting was reported on Monday. The Tano Front mans the Kolo Bridge checkpoint on "
     "the main road.",
     [("Tano Front", C, "Kolo Bridge checkpoint")]),
    ("checkpoint-manned-by",
     "Fighting was reported on Monday. The Kolo Bridge checkpoint was manned by the Tano "
     "Front, a unit of the army.",
     [("Tano Front", C, "Kolo Bridge checkpoint")]),
    # --- a town held, named in a phrase
    ("town-of-held-by",
     "Fighting spread to the town of Kumasi held by the Kora Liberation Front since May.",
     [("Kora Liberation Front", C, "Kumasi")]),
    # --- a named branch and its place
    ("apposed-branch-in",
     "The Kivu Shield, the Gulu branch of the Lakes Jihad Movement, raided two villages "
     "on Monday.",
     [("Kivu Shield", L, "Gulu")]),
    # --- where a body's men are based
    ("owners-cells-based-in",
     "The Tano Front has regrouped in the north. Its remaining cells are based in Gulu "
     "district, from where they raid farms.",
     [("Tano Front", L, "Gulu")]),
    # --- a unit known by a name, of its owner
    ("owners-faction-known-as",
     "The Kora Liberation Front is divided: its faction known as the Tarvo Brigades has "
     "been at war with rivals since 2024.",
     [("Tarvo Brigades", P, "Kora Liberation Front")]),
    # --- a unit of a state's ministry
    ("formation-of-states-ministry",
     "The Karsk Legion, a formation of Kenya's defence ministry, guards the airfield, "
     "officials said.",
     [("Karsk Legion", P, "Kenya")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("cluster-of-villages-near",
     "The Tano Front controls a cluster of villages near Gulu, residents said.",
     [("Tano Front", C, "Gulu")]),
    ("string-of-villages-in-state",
     "The Tano Front controls a string of villages in Uganda, residents said.",
     [("Tano Front", C, "Uganda")]),
    ("attacked-string-of-villages",
     "The Tano Front attacked a string of villages around Gulu, residents said.",
     [("Tano Front", C, "Gulu")]),
    ("hopes-to-seize-string-of-villages",
     "The Tano Front hopes to seize a string of villages around Gulu, residents said.",
     [("Tano Front", C, "Gulu")]),
    ("attacked-the-checkpoint",
     "Fighting was reported on Monday. The Tano Front attacked the Kolo Bridge "
     "checkpoint on the main road.",
     [("Tano Front", C, "Kolo Bridge checkpoint")]),
    ("never-manned-the-checkpoint",
     "Fighting was reported on Monday. Officials said the Kolo Bridge checkpoint was "
     "never manned by the Tano Front.",
     [("Tano Front", C, "Kolo Bridge checkpoint")]),
    ("farm-near-town-held-by",
     "On Monday, troops surrounded a compound near Kumasi held by the Kora Liberation "
     "Front, a local faction.",
     [("Kora Liberation Front", C, "Kumasi")]),
    ("apposed-branch-not-the-whole",
     "The Kivu Shield, the Gulu branch of the Lakes Jihad Movement, raided two villages "
     "on Monday.",
     [("Lakes Jihad Movement", L, "Gulu")]),
    ("owners-rivals-based-in",
     "The Tano Front's rivals are based in Gulu district, from where they raid farms.",
     [("Tano Front", L, "Gulu")]),
    ("owners-rival-known-as",
     "The Kora Liberation Front's main rival known as the Tarvo Brigades ambushed a "
     "convoy on Monday.",
     [("Tarvo Brigades", P, "Kora Liberation Front")]),
    ("rival-of-states-ministry",
     "The Karsk Legion, a rival of Kenya's defence ministry, guards the airfield, "
     "officials said.",
     [("Karsk Legion", P, "Kenya")]),
    ("banned-in-capital",
     "In Nairobi, the Kenyan interior ministry banned the Tolam Relief Society, a "
     "Lira-based charity, on Monday.",
     [("Tolam Relief Society", L, "Nairobi")]),
    ("added-to-list-in-capital",
     "In Nairobi, the Kenyan interior ministry added the Tolam Relief Society to its list "
     "of banned groups on Monday.",
     [("Tolam Relief Society", L, "Nairobi")]),
    ("negotiator-in-city",
     "Omar Kaya, the Tano Front's chief negotiator in Nairobi, said the group would "
     "respect the truce.",
     [("Tano Front", L, "Nairobi")]),
    ("delegate-in-town",
     "The Tolam Relief Society said its regional delegate in Lira had been threatened.",
     [("Tolam Relief Society", L, "Lira")]),
    ("former-preacher-from",
     "The Tano Front is led by Omar Kaya, a former preacher from Lira, officials said.",
     [("Omar Kaya", L, "Lira")]),
    ("born-resident-of",
     "Police arrested Omar Kaya, a Kenyan-born resident of Lira, on Monday, officials "
     "said.",
     [("Omar Kaya", L, "Kenya")]),
]


# (a row is read or refused: one test over both tables, each row named by its id)
READINGS = [
    *(pytest.param(text, triples, True, id=row) for row, text, triples in POSITIVE),
    *(pytest.param(text, triples, False, id=f"not-{row}") for row, text, triples in NEGATIVE),
]


@pytest.mark.parametrize(("text", "triples", "read"), READINGS)
def test_places_read_or_refused(nlp: Language, text: str, triples: list[Triple],
                                read: bool) -> None:
    (assert_found if read else assert_absent)(nlp, text, triples)
