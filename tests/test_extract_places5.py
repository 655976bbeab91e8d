"""Where a place, a body or a force is, what belongs to what, and ground held, in shapes
fresh news used that the earlier readings missed: a town set off with its kind of place
before "in the north of" a region, a trading centre in a county, a town first named in a
headline and read there as a person. Own sentences, invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.domain import ActorType
from actorgraph.extract import extract_document

from .test_extract import Triple, assert_absent, assert_found, cases

# A town the model labels a person in a headline, placed by the words around it after
_HEADLINED_VILLAGE = ("UN condemns deadly attack on Mabanoa and demands withdrawal of armed "
                      "men from the Kora Area\n\nGunmen burned the village of Mabanoa in "
                      "the northern part of the Kora Area on Sunday.")

FOUND: list[tuple[str, str, list[Triple]]] = [
    ("locality-set-off-in-north-of", "Bandits raided villages in Kolowa locality, in the "
     "north of Turkana County, on Friday.",
     [("Kolowa", "LOCATED_IN", "Turkana County")]),
    ("trading-centre-in-county", "Floods cut the road to Kapedo, a trading centre in "
     "Turkana County, for a week.",
     [("Kapedo", "LOCATED_IN", "Turkana County")]),
    ("headline-person-then-village-of", _HEADLINED_VILLAGE,
     [("Mabanoa", "LOCATED_IN", "Kora Area")]),
    ("which-forms-part-of", "The Kora Rangers, which form part of the Tolan Police "
     "Service, patrol the hills.",
     [("Kora Rangers", "PART_OF", "Tolan Police Service")]),
    # the singular verb's subject is the force, not the volunteers it is made of
    ("force-of-volunteers-that-is-part-of", "The Kora Rangers, a force of armed "
     "volunteers that is part of the Tolan Police Service, patrol the hills.",
     [("Kora Rangers", "PART_OF", "Tolan Police Service")]),
    # a heading over the paragraph is no part of the name that opens it
    ("name-after-a-heading", "THE FARMERS MOVEMENT\n\nThe Regional Farmers Council of "
     "Dessa represents 40 villages. Its Valley Guard, which forms part of the council, "
     "patrols the roads.",
     [("Valley Guard", "PART_OF", "Regional Farmers Council of Dessa")]),
    # a force's elements stand for the force; a base kept at a town
    ("elements-kept-presence-around", "Elements of the Tolan Front have maintained a "
     "presence around Dessa since last year.",
     [("Tolan Front", "LOCATED_IN", "Dessa")]),
    ("kept-base-at", "The Tolan Front, which has kept a forward operating base at Dessa "
     "since 2019, did not comment.",
     [("Tolan Front", "LOCATED_IN", "Dessa")]),
    # a body that directs a force's operations is part of it
    ("body-that-directs-operations-of", "Colonel Ana Ruiz heads the Joint Operations "
     "Staff, the body that directs all operations of the Tolan Defence Forces.",
     [("Joint Operations Staff", "PART_OF", "Tolan Defence Forces")]),
    # a group's named front, and its component
    ("groups-named-front", "The authorities blamed the Tolan Front's Kora Martínez Front, "
     "which operates in the mountains.",
     [("Kora Martínez Front", "PART_OF", "Tolan Front")]),
    ("groups-component", "Most of its fighters serve in the Dessa Military Council, the "
     "Tolan Front's Arab-majority component in the province.",
     [("Dessa Military Council", "PART_OF", "Tolan Front")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    # what follows the comma is no place
    ("locality-set-off-in-an-attack", "Bandits raided villages in Kolowa locality, in an "
     "attack that police blamed on Turkana raiders, on Friday.",
     [("Kolowa", "LOCATED_IN", "*")]),
    ("trading-centre-run-by", "Floods cut the road to Kapedo, a trading centre run by "
     "Turkana traders, for a week.",
     [("Kapedo", "LOCATED_IN", "*")]),
    # a part of something else, or of a group of people
    ("forms-part-of-a-patrol-with", "The Kora Rangers, which form part of a joint patrol "
     "with the Tolan Police Service, guard the hills.",
     [("Kora Rangers", "PART_OF", "*")]),
    ("volunteers-that-are-paid-by", "The Kora Rangers, a force of armed volunteers that "
     "are paid by the Tolan Police Service, patrol the hills.",
     [("Kora Rangers", "PART_OF", "*")]),
    ("attacked-base-at", "The Tolan Front attacked an army base at Dessa in 2019.",
     [("Tolan Front", "LOCATED_IN", "*")]),
    ("elements-of-a-plan", "Elements of the plan drawn up in Dessa were rejected by the "
     "Tolan Front.",
     [("Tolan Front", "LOCATED_IN", "*")]),
    ("body-that-once-directed", "Colonel Ana Ruiz heads the Joint Operations Staff, the "
     "body that once directed all operations of the Tolan Defence Forces.",
     [("*", "PART_OF", "*")]),
    ("body-that-oversees-programme", "Inspectors of the Atomic Energy Agency, the body "
     "that oversees the nuclear programme of Iran, left Tehran.",
     [("*", "PART_OF", "*")]),
    ("groups-rival-front", "The Tolan Front's rival, the Kora Front, denied it.",
     [("*", "PART_OF", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_fresh_shapes_of_place_part_and_ground(nlp: Language, text: str,
                                               expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_no_place_part_or_ground_from_near_misses(nlp: Language, text: str,
                                                  forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)


def test_headline_person_is_the_village_named_after(nlp: Language) -> None:
    ex = extract_document(nlp, _HEADLINED_VILLAGE, "t.txt")
    assert {a.name: a.type for a in ex.actors}["Mabanoa"] is ActorType.LOCATION


def test_person_in_headline_stays_a_person(nlp: Language) -> None:
    ex = extract_document(nlp, "UN envoy meets Mabanoa and urges talks with the Kora "
                          "Front\n\nMabanoa told reporters in Dessa the talks would go on.",
                          "t.txt")
    assert {a.name: a.type for a in ex.actors}.get("Mabanoa") is not ActorType.LOCATION
