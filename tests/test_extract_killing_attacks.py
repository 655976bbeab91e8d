"""A killing of a side's people is an attack on the side: "the Sahel Front killed twelve
soldiers of the Malian army" gives the Front KILLED the army and the Front TARGETS the
army, from the same sentence, as analysts count attacks by who was hit.

Must-nots: a person killed is no side ("gunmen killed the journalist X": no TARGETS of
X), a denied or conditional killing asserts no attack, and the attack keeps the
killing's direction.

Own sentences with invented incidents, in many regions."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

K, T = "KILLED", "TARGETS"

FOUND: list[tuple[str, str, list[Triple]]] = [
    ("soldiers-of-army", "The Sahel Liberation Front killed twelve soldiers of the Malian "
     "army near Gao on Sunday.", [("Sahel Liberation Front", K, "Malian forces"),
                                  ("Sahel Liberation Front", T, "Malian forces")]),
    ("demonym-police", "The Kanu Seke gang killed five Haitian police officers in an ambush "
     "outside Mirebalais, officials said.", [("Kanu Seke", T, "Haitian police")]),
    ("troops-kill-fighters", "Kenyan troops killed 14 al-Shabaab fighters in a raid on a camp "
     "near the border on Tuesday, the military said.", [("Kenyan forces", T, "al-Shabaab")]),
    ("group-fighters-long", "According to the army, which gave no figure for its own losses, "
     "Colombian soldiers killed six fighters of the National Liberation Army in Arauca on "
     "Thursday.", [("Colombian forces", T, "National Liberation Army")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    ("person-killed", "Gunmen from the Sahel Liberation Front killed the journalist Ali Musa "
     "in Gao.", [("*", T, "Ali Musa")]),
    ("denied", "The Sahel Liberation Front denied killing soldiers of the Malian army near "
     "Gao.", [("Sahel Liberation Front", T, "*")]),
    ("direction-kept", "The Sahel Liberation Front killed twelve soldiers of the Malian army "
     "near Gao on Sunday.", [("Malian forces", T, "Sahel Liberation Front")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_killing_of_a_sides_people_is_an_attack(nlp: Language, text: str,
                                                expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_no_attack_without_a_killing_of_a_side(nlp: Language, text: str,
                                               forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
