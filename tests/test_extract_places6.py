"""Where a place is, what belongs to what, and ground held, in shapes fresh news used
that the earlier readings missed: a part set off beside its owner's possessive in the
order of the words (however the parser hangs it), ground held "including" the places it
holds, a town the model left unlabelled set off by its kind of place, and the place a deal
was signed, which is no home of whoever the clause around it speaks of. Own sentences,
invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.domain import ActorType
from actorgraph.extract import extract_document

from .test_extract import Triple, assert_absent, assert_found, cases

FOUND: list[tuple[str, str, list[Triple]]] = [
    # a part named after its owner's part noun, with the short form in brackets
    ("owners-backbone-then-name", "Ruvania, which calls the Tolan Front's backbone, the "
     "Kora Brigades (KB), a terrorist group, closed the border on Monday.",
     [("Kora Brigades", "PART_OF", "Tolan Front")]),
    # "whose" wing, the clause hung on the organisation's apposition
    ("whose-armed-wing-then-name", "Its founder is the Dessa People's Union (DPU), the "
     "oldest political organisation in the hills, whose armed wing, the Dessa Liberation "
     "Army, has run a camp near the border since 2001.",
     [("Dessa Liberation Army", "PART_OF", "Dessa People's Union")]),
    # the part noun's modifiers hold a place's name
    ("name-then-owners-component", "Most of its fighters are local men serving in the "
     "Kasai Military Council, the Tolan Front's Luba-majority component in the province.",
     [("Kasai Military Council", "PART_OF", "Tolan Front")]),
    # ground held, then the places it holds
    ("holds-bank-including-towns", "The Lomami Liberation Army holds the western bank of "
     "the river, including Kindu, Kasongo and the border town of Kibombo.",
     [("Lomami Liberation Army", "CONTROLS", "Kindu"),
      ("Lomami Liberation Army", "CONTROLS", "Kasongo"),
      ("Lomami Liberation Army", "CONTROLS", "Kibombo")]),
    ("controls-most-of-province-including", "The Lomami Liberation Army still controls "
     "most of the province, including Kindu.",
     [("Lomami Liberation Army", "CONTROLS", "Kindu")]),
    # a one-word town the model left unlabelled, set off by its kind of place
    ("unlabelled-village-set-off", "Kembo, a farming village in Nakuru County, has been "
     "attacked repeatedly.",
     [("Kembo", "LOCATED_IN", "Nakuru County")]),
    # the signers named after "by" are where the deal was signed
    ("deal-signed-by-named", "The agreement was signed in Kindu by Joseph Kabila and "
     "Moise Tshombe.",
     [("Joseph Kabila", "LOCATED_IN", "Kindu")]),
    # a named unit of a state's armed forces, written with its demonym
    ("named-unit-of-demonym-forces", "Residents reported abuses by the Kora Joint Task "
     "Force of the Peruvian armed forces near the river.",
     [("Kora Joint Task Force", "PART_OF", "Peruvian forces")]),
    # a part of its owner's structure
    ("part-of-owners-structure", "General Ana Ruiz, who commands the Kora Provincial "
     "Police Command, part of the Peruvian police's national structure, said the streets "
     "were quiet.",
     [("Kora Provincial Police Command", "PART_OF", "Peruvian police")]),
    # a faith's council named after the state is there, not part of it
    ("faith-council-of-state", "The Christian Council of Lesotho called for dialogue "
     "between the families.",
     [("Christian Council of Lesotho", "LOCATED_IN", "Lesotho")]),
    # (while a state's own council stays its part)
    ("state-council-of-state", "The Supreme Court of Canada ruled on Friday.",
     [("Supreme Court of Canada", "PART_OF", "Canada")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    ("unit-and-demonym-forces", "Residents reported abuses by the Kora Joint Task Force "
     "and the Peruvian armed forces near the river.",
     [("Kora Joint Task Force", "PART_OF", "Peruvian forces")]),
    ("no-part-of-owners-structure", "The Kora Rapid Unit, no part of the Peruvian army's "
     "command structure, patrols the coast.",
     [("Kora Rapid Unit", "PART_OF", "Peruvian forces")]),
    ("faith-council-no-part", "The Christian Council of Lesotho called for dialogue "
     "between the families.",
     [("Christian Council of Lesotho", "PART_OF", "Lesotho")]),
    # a people's name before its community or land names no body of the state
    ("states-people-community", "The Kora Guard, an umbrella of Druze factions, spoke for "
     "Syria's Druze community.",
     [("Druze", "PART_OF", "Syria")]),
    # a dissident faction of a group is no longer its part
    ("dissident-faction-of", "The Kora Front is a dissident faction of the former Tolan "
     "Liberation Army that rejected the peace deal.",
     [("Kora Front", "PART_OF", "Tolan Liberation Army")]),
    # a rival's faction or a breakaway one is not the owner's part
    ("owners-rival-faction", "The Kora Brigades, the Tolan Front's rival faction, shelled "
     "the airstrip.",
     [("Kora Brigades", "PART_OF", "Tolan Front")]),
    ("owners-breakaway-faction-then-name", "Ruvania calls the Tolan Front's breakaway "
     "faction, the Kora Brigades, a terrorist group.",
     [("Kora Brigades", "PART_OF", "Tolan Front")]),
    # a body beside another body and a noun of no part
    ("name-then-owners-foes", "Troops attacked the Kora Brigades, the Tolan Front, the "
     "army's old foes.",
     [("Kora Brigades", "PART_OF", "Tolan Front")]),
    # ground struck, not held
    ("attacked-bank-including-towns", "The Lomami Liberation Army attacked the western "
     "bank of the river, including Kindu and Kasongo.",
     [("Lomami Liberation Army", "CONTROLS", "Kindu")]),
    # things seized, not places
    ("seized-weapons-including", "The Lomami Liberation Army seized weapons, including "
     "rifles, in Kindu.",
     [("Lomami Liberation Army", "CONTROLS", "Kindu")]),
    # where a deal was signed is no home of those the clause speaks of
    ("deal-signed-since", "The Lomami Union has escorted convoys on the road since a "
     "peace deal was signed in Kindu.",
     [("Lomami Union", "LOCATED_IN", "Kindu")]),
    ("named-accord-signed-in", "The Lomami Accord, signed in Kinshasa in 2019 between "
     "Ruvania and the Tolan Front, ended the war.",
     [("Lomami Accord", "LOCATED_IN", "Kinshasa"),
      ("Tolan Front", "LOCATED_IN", "Kinshasa")]),
    ("agreement-they-signed-in", "The two ministers agreed to revive a committee set up "
     "under the agreement they signed in Kindu last year, the Ruvanian defence ministry "
     "said.",
     [("Ruvanian defence ministry", "LOCATED_IN", "Kindu")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_set_off_parts_ground_including_and_towns(nlp: Language, text: str,
                                                  expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_no_part_ground_or_home_from_near_misses(nlp: Language, text: str,
                                                 forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)


def test_unlabelled_name_set_off_by_a_village_is_a_place(nlp: Language) -> None:
    ex = extract_document(nlp, "Kembo, a farming village in Nakuru County, has been "
                          "attacked repeatedly.", "t.txt")
    assert {a.name: a.type for a in ex.actors}["Kembo"] is ActorType.LOCATION


def test_name_set_off_by_a_persons_noun_is_no_place(nlp: Language) -> None:
    ex = extract_document(nlp, "Kembo, a herder in Nakuru County, was attacked.", "t.txt")
    assert {a.name: a.type for a in ex.actors}.get("Kembo") is not ActorType.LOCATION
