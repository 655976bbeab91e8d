"""Violence told through what is threatened or how forces meet:

- "X threatened to blow up (attack) the Y Dam (the Y Dam's power lines)": X threatens the
  facility; a threat, unlike a holding, may end in a facility, never in a town;
- "X threatened to attack Z if the army moves against its bases": the act names whom it
  strikes, so the army the condition names is not threatened (as it is in "threatened to
  quit the talks if the army moves");
- "X threatened Y's rulers (forces, border guards) with revenge": Y, the side whose men or
  assets are threatened; not a denied threat, nor "Y's stability";
- "troops (soldiers, units) of X engaged the fighters of Y": X fights Y; not "engaged with"
  elders, "engaged in talks", nor a clerk or a minister who "engaged" a firm; who engages
  answers an attack, so "condemned the attack" after it is not the engagers';
- "X has waged (been fighting, led) a war (the fight, an insurgency) against Y": X fights
  Y; not a war "against corruption", a war denied, nor one X condemned that another
  waged.

Every row is written for this table, with invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

K, T, TH = "KILLED", "TARGETS", "THREATENS"

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- a threat against a facility
    ("threatened-to-blow-up-dam",
     "The Sorel Liberation Front threatened on Friday to blow up the Upper Tamsi Dam.",
     [("Sorel Liberation Front", TH, "Upper Tamsi Dam")]),
    ("threatened-to-attack-dams-lines",
     "The Sorel Liberation Front has threatened to attack the Upper Tamsi Dam's power "
     "lines.",
     [("Sorel Liberation Front", TH, "Upper Tamsi Dam")]),
    # --- the condition of a threatened attack
    ("threatened-to-attack-if-army-moves",
     "The Sorel Liberation Front has threatened to attack the Upper Tamsi Dam if the "
     "Ruvian army moves against its camps.",
     [("Sorel Liberation Front", TH, "Upper Tamsi Dam")]),
    ("threatened-to-quit-talks-if-army-moves",
     "The Sorel Liberation Front threatened to quit the talks if Ruvian troops moved "
     "against its camps.",
     [("Sorel Liberation Front", TH, "Ruvian forces")]),
    # --- whose men are threatened
    ("threatened-states-rulers",
     "The Dorvan Brigades praised the bombing and threatened Chad's new rulers with "
     "revenge.",
     [("Dorvan Brigades", TH, "Chad")]),
    ("threatened-states-diplomats",
     "In a video, a commander of the Dorvan Brigades threatened Chad's diplomats with "
     "reprisals.",
     [("Dorvan Brigades", TH, "Chad")]),
    # --- forces that engage another
    ("troops-of-engaged-fighters-of",
     "Troops of the Samarind Defence Force engaged the fighters of the Kolo Liberation "
     "Front near the river on Tuesday.",
     [("Samarind Defence Force", T, "Kolo Liberation Front")]),
    ("soldiers-engaged-as-they-withdrew",
     "Troops of the Samarind Defence Force engaged Kolo Liberation Front fighters as they "
     "withdrew towards the hills, officials said.",
     [("Samarind Defence Force", T, "Kolo Liberation Front")]),
    # --- a war waged against a side
    ("waged-a-war-against",
     "Since 2019 the Tarvo Front has waged a bloody war against the Kolo Liberation Front "
     "in the hills.",
     [("Tarvo Front", T, "Kolo Liberation Front")]),
    ("fighting-a-separate-war-against",
     "Further north, the Tarvo Front has also been fighting a separate war against the "
     "Kolo Liberation Front.",
     [("Tarvo Front", T, "Kolo Liberation Front")]),
    ("led-the-fight-against",
     "General Ivo Marsh of the Samarind Defence Force led the fight against the Kolo "
     "Liberation Front for a decade.",
     [("Ivo Marsh", T, "Kolo Liberation Front")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("threatened-the-town",
     "The Sorel Liberation Front threatened the town of Marka Sud on Friday.",
     [("Sorel Liberation Front", TH, "Marka Sud")]),
    ("did-not-threaten-dam",
     "The Sorel Liberation Front said it had never threatened to attack the Upper Tamsi "
     "Dam.",
     [("Sorel Liberation Front", TH, "Upper Tamsi Dam")]),
    ("threatened-to-attack-dam-if-army-moves",
     "The Sorel Liberation Front has threatened to attack the Upper Tamsi Dam if the "
     "Ruvian army moves against its camps.",
     [("Sorel Liberation Front", TH, "Ruvian forces")]),
    ("nobody-threatened-states-guards",
     "The Dorvan Brigades said nobody had threatened Chad's border guards.",
     [("Dorvan Brigades", TH, "Chad")]),
    ("threatened-states-stability",
     "Analysts said the Dorvan Brigades threatened Chad's fragile stability.",
     [("Dorvan Brigades", TH, "Chad")]),
    ("engaged-with-elders",
     "Troops of the Samarind Defence Force engaged with elders of the Kolo Liberation "
     "Front near the river on Tuesday.",
     [("Samarind Defence Force", T, "Kolo Liberation Front")]),
    ("engaged-in-talks",
     "The Samarind Defence Force engaged in talks with the Kolo Liberation Front on "
     "Tuesday.",
     [("Samarind Defence Force", T, "Kolo Liberation Front")]),
    ("minister-engaged-a-firm",
     "The minister engaged the Kolo Consulting Group to review the Samarind Defence Force "
     "budget.",
     [("*", T, "Kolo Consulting Group")]),
    ("engagers-not-the-attackers",
     "Gunmen of the Kolo Liberation Front attacked a market in the town of Tarso. Troops "
     "of the Samarind Defence Force engaged the attackers as they fled. The Lakeland "
     "government condemned the attack.",
     [("Lakeland", "CRITICIZES", "Samarind Defence Force")]),
    ("waged-a-war-against-corruption",
     "Since 2019 the Tarvo Front has waged a war against corruption in the hills, its "
     "leader said.",
     [("Tarvo Front", T, "*")]),
    ("never-waged-a-war-against",
     "The Tarvo Front said it had never waged a war against the Kolo Liberation Front.",
     [("Tarvo Front", T, "Kolo Liberation Front")]),
    ("war-waged-by-another-against",
     "The Tarvo Front condemned the war waged by the Samarind Defence Force against the "
     "Kolo Liberation Front.",
     [("Tarvo Front", T, "Kolo Liberation Front")]),
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
