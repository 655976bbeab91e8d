"""Where a place is and what belongs to what, in shapes fresh news used that the earlier
readings missed: the capital of a state or province named with its kind ("the capital of
Kordo State", "of North Sava province"), a district of a capital (the city, not its state),
a mountain held from its summit, a group working out of wild ground placed by the name
after it ("across the river in X district"), a unit "known as" a name after its owner's
name, and a unit that answers to an owner's ministry (the owner). Own sentences, invented
names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

FOUND: list[tuple[str, str, list[Triple]]] = [
    # a capital of a province whose name ends in its kind
    ("capital-of-named-state", "Drones struck Dembeni, the capital of Kordo State, on "
     "Sunday night.", [("Dembeni", "LOCATED_IN", "Kordo State")]),
    # the kind after the name, lower case
    ("capital-of-name-then-kind", "Rebels shelled Nyala, the capital of South Darfur "
     "state, for a week.", [("Nyala", "LOCATED_IN", "Darfur")]),
    # a district of a capital is in the city
    ("capitals-district", "Gunmen opened fire in Nairobi's Kibera district late on "
     "Friday.", [("Kibera", "LOCATED_IN", "Nairobi")]),
    # wild ground placed by the name after it
    ("operates-across-river-in", "The Kacho Front operates from the forests across the "
     "river in Sukkur.", [("Kacho Front", "LOCATED_IN", "Sukkur")]),
    ("operates-in-forests-of", "The Kacho Front operates in the forests of Sukkur.",
     [("Kacho Front", "LOCATED_IN", "Sukkur")]),
    # a mountain is held from its summit
    ("seized-summit-of-mount", "Since May the Kivu Defence Forces have crossed the river, "
     "seized the summit of Mount Karisimbi and set up outposts.",
     [("Kivu Defence Forces", "CONTROLS", "Mount Karisimbi")]),
    # a unit known as a name, after its owner's name
    ("owners-cell-known-as", "Prosecutors charged members of a Lomami Union cell known "
     "as the Sankuru Boys with the murder.", [("Sankuru Boys", "PART_OF", "Lomami Union")]),
    # a unit that answers to its owner's ministry is the owner's
    ("answers-to-owners-ministry", "Fighters of the Kalay Defence Force, a local "
     "battalion that answers to the Northern Unity Government's defence ministry, overran "
     "an outpost.", [("Kalay Defence Force", "PART_OF", "Northern Unity Government")]),
    ("which-answers-to-states-ministry", "The Lakeshore Guard, which answers to Zambia's "
     "interior ministry, patrols the islands.", [("Lakeshore Guard", "PART_OF", "Zambia")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    # an armed group's "capital" is no place that holds the city
    ("capital-of-a-group", "Jets bombed Raqqa, the self-declared capital of the Islamic "
     "State, on Monday.", [("Raqqa", "LOCATED_IN", "Islamic State")]),
    # a body named like a province's is no place
    ("capital-of-a-council", "Officials met in Kigali, the capital of the Eastern "
     "Province Development Council, on Monday.",
     [("Kigali", "LOCATED_IN", "Eastern Province Development Council")]),
    # a single operation told in the past is no seat
    ("operated-in-forests-last-week", "The Kacho Front operated in the forests of Sukkur "
     "last week.", [("Kacho Front", "LOCATED_IN", "Sukkur")]),
    # a summit not taken
    ("failed-to-seize-summit", "The Kivu Defence Forces failed to seize the summit of "
     "Mount Karisimbi.", [("Kivu Defence Forces", "CONTROLS", "Mount Karisimbi")]),
    # known to a name is no name of the unit
    ("owners-cell-known-to", "Prosecutors charged members of a Lomami Union cell known to "
     "the Sankuru Boys with the murder.", [("Sankuru Boys", "PART_OF", "Lomami Union")]),
    # a force that answers to a commander with no owner named
    ("answers-to-unnamed-commander", "The Lakeshore Guard, a force that reports to a "
     "senior commander in Zambia, patrols the islands.",
     [("Lakeshore Guard", "PART_OF", "Zambia")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_capitals_wild_ground_and_known_units(nlp: Language, text: str,
                                              expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_no_capital_seat_or_unit_from_near_misses(nlp: Language, text: str,
                                                  forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
