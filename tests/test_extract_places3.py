"""Where a person or body is and what ground is held, in the shapes fresh news used that
the earlier readings missed: ground named by its kind ("holds the barrios of X and Y",
"controls the neighbourhood of X"), a person kept in custody ("has been held since 2021
in a prison in X"), a ship or unit stationed somewhere, and a second relative clause ("X,
who holds A and who is believed to live in Y"). Own sentences, invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

FOUND: list[tuple[str, str, list[Triple]]] = [
    # ground named by its kind, each place of its list
    ("holds-the-villages-of-a-and-b", "The Tarai Front holds the villages of Korma and "
     "Dessa.",
     [("Tarai Front", "CONTROLS", "Korma"), ("Tarai Front", "CONTROLS", "Dessa")]),
    ("gang-that-holds-the-barrios-of", "The Kora Boys, a gang that holds the barrios of "
     "Wendou and Dessa near the port, denied it.",
     [("Kora Boys", "CONTROLS", "Dessa")]),
    ("controls-the-neighbourhood-of", "The Kora Boys gang controls the neighbourhood of "
     "Dessa south of the city centre.",
     [("Kora Boys", "CONTROLS", "Dessa")]),
    ("seized-the-towns-of-a-and-b", "Rebels of the Liptako Brigade seized the towns of "
     "Karsala and Tanvoro on Sunday.",
     [("Liptako Brigade", "CONTROLS", "Karsala"), ("Liptako Brigade", "CONTROLS", "Tanvoro")]),
    # a person kept in custody now
    ("has-been-held-in-a-prison-in", "Omar Hale has been held since 2021 in a "
     "maximum-security prison in Karsala.",
     [("Omar Hale", "LOCATED_IN", "Karsala")]),
    ("is-being-detained-at-a-camp-in", "Lena Brandt is being detained at a military camp "
     "in Tanvoro, her lawyer said.",
     [("Lena Brandt", "LOCATED_IN", "Tanvoro")]),
    # stationed
    ("ship-stationed-in", "The Kesh Navy ship KNS Orla, which has been stationed in "
     "Karsala since 2018, escorted the tanker.",
     [("KNS Orla", "LOCATED_IN", "Karsala")]),
    # the second of two relative clauses speaks of the same person
    ("who-and-who-believed-living-in", "Kesh militia leader Omar Hale, a Kesh citizen who "
     "also holds a Ghanaian passport and who, according to police, is believed to be "
     "living in Ghana, denied the charge.",
     [("Omar Hale", "LOCATED_IN", "Ghana")]),
    ("who-born-and-who-lives", "Dana Hale, who was born in Tulsa and who now lives in "
     "Accra, spoke first.",
     [("Dana Hale", "LOCATED_IN", "Accra")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    # a list of places: no place in another, and no holding from fleeing, an attack or a try
    ("villages-listed-not-in-each-other", "The Tarai Front holds the villages of Korma "
     "and Dessa.",
     [("Korma", "LOCATED_IN", "*"), ("Dessa", "LOCATED_IN", "*"), ("Korma", "*", "Korma")]),
    ("fled-to-the-villages-of", "Fighters of the Tarai Front fled to the villages of "
     "Korma and Dessa.",
     [("Tarai Front", "CONTROLS", "*")]),
    ("attacked-the-villages-of", "The Tarai Front attacked the villages of Korma and "
     "Dessa on Sunday.",
     [("Tarai Front", "CONTROLS", "*")]),
    ("tried-to-seize-the-towns-of", "The Liptako Brigade tried to seize the towns of "
     "Karsala and Tanvoro but was driven back.",
     [("Liptako Brigade", "CONTROLS", "*")]),
    ("failed-to-capture-the-town-of", "The Liptako Brigade failed to capture the town of "
     "Karsala.",
     [("Liptako Brigade", "CONTROLS", "*")]),
    # held, but no one in custody there now
    ("talks-are-held-in", "Talks between the two sides are held in Karsala every year.",
     [("*", "LOCATED_IN", "Karsala")]),
    ("held-in-high-regard", "Omar Hale is held in high regard in Karsala.",
     [("Omar Hale", "LOCATED_IN", "Karsala")]),
    ("detained-at-a-camp-near", "Lena Brandt is being detained at a military camp near "
     "Tanvoro, her lawyer said.",
     [("Lena Brandt", "LOCATED_IN", "Tanvoro")]),
    ("held-responsible-for", "Omar Hale is held responsible for the bombing of the "
     "market in Karsala.",
     [("Omar Hale", "LOCATED_IN", "Karsala")]),
    # a distance from a town places no one in it
    ("stationed-km-east-of", "Kesh troops of the Tarai Front are stationed 40 km east of "
     "Karsala.",
     [("*", "LOCATED_IN", "Karsala")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_fresh_shapes_of_place_and_ground(nlp: Language, text: str,
                                          expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_no_place_or_ground_from_near_misses(nlp: Language, text: str,
                                             forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
