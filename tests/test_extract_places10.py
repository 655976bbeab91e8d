"""Where actors are and what belongs to what, in shapes fresh news used: a place told
first and a body "located" (stationed, headquartered) there in a "where" clause; a body
based on islands, shores or in creeks of a named place, or "in the municipality of Y",
or keeping fighters or cells there; a unit set off as "the political and military wing
of Y" (two words joined before the unit noun, which the parser hangs apart) or as "the
force run by Y", or in a second verb of a relative clause ("which is based in K and
forms part of Y"); a body's own apposition ("X, a researcher at Y, a Lima-based
organisation") places the body, not the person; no home from watching or counting ("a
researcher who follows crime in Z", "the office recorded attacks in Z") or from the
envoys a body sends ("representatives of X met in Z"), nor containment from a bearing
("X, north of Y"), nor a home from a clause joined with a subject of its own ("A is strong
in X, and the militia is based in Y"); control of "several neighbourhoods of X" holds X.
Own sentences, invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

FOUND: list[tuple[str, str, list[Triple]]] = [
    # a place told first, and a body located there in a "where" clause
    ("where-located", "In Tarvo, where the navy's Tarvo Defence Command is located, "
     "residents were calm.", [("Tarvo Defence Command", "LOCATED_IN", "Tarvo")]),
    ("where-stationed", "In Orlis, where the Kivu Rangers are stationed, the market "
     "reopened on Monday.", [("Kivu Rangers", "LOCATED_IN", "Orlis")]),
    # based on islands, on shores, in creeks of a named place
    ("whose-fighters-on-islands", "The Kivu League, whose fighters are based on islands in "
     "Lake Kivu, has been at war with a rival faction.",
     [("Kivu League", "LOCATED_IN", "Lake Kivu")]),
    ("based-on-shores-of", "The Kivu League is based on the shores of Lake Kivu.",
     [("Kivu League", "LOCATED_IN", "Lake Kivu")]),
    ("based-in-creeks-of", "The Kivu League is based in the creeks of Bayelsa.",
     [("Kivu League", "LOCATED_IN", "Bayelsa")]),
    # based in a kind of place named after "of"
    ("based-in-municipality-of", "The Orlis Front is based in the southern municipality of "
     "Kessel, in the Tarvo canyon.", [("Orlis Front", "LOCATED_IN", "Kessel")]),
    # fighters or cells kept in a place
    ("strongest-in-still", "The Kivu Front is strongest in Uvira, and the smaller militia "
     "is based in Tarvo.", [("Kivu Front", "LOCATED_IN", "Uvira")]),
    ("has-fighters-in", "The Orlis Front, which has fighters in the Kessel mountains further "
     "north, has exploited the fighting.", [("Orlis Front", "LOCATED_IN", "Kessel")]),
    ("keeps-cells-in", "The Orlis Front keeps cells in Tarvo and the north.",
     [("Orlis Front", "LOCATED_IN", "Tarvo")]),
    # a unit set off after a name (and its acronym) with two words before the unit noun
    ("twofold-wing-of", "Ines Varga, head of Defence Media Services (DMS), the press and "
     "liaison wing of the Kivu Army, said two soldiers died.",
     [("Defence Media Services", "PART_OF", "Kivu Army")]),
    ("twofold-arm-of", "Sami Rahal, a spokesman for the Tarvo Relief Corps (TRC), the "
     "medical and logistics arm of the Orlis Front, said the convoy was delayed.",
     [("Tarvo Relief Corps", "PART_OF", "Orlis Front")]),
    # a town set off with the place it is in is still in it
    ("town-in-region-still", "Fighters attacked Kessel, a town in Dorn, on Monday.",
     [("Kessel", "LOCATED_IN", "Dorn")]),
    # control of the ground of a town: the town is held
    ("control-of-neighbourhoods-of", "The Orlis Front took control of several "
     "neighbourhoods of Kessel in April.", [("Orlis Front", "CONTROLS", "Kessel")]),
    ("gang-which-took-control-of-districts", "The gunmen belonged to the Orlis gang, which "
     "took control of two districts of Kessel last year.", [("Orlis", "CONTROLS", "Kessel")]),
    # part of a larger body, told in the second verb of a relative clause
    ("which-based-and-forms-part-of", "The 3rd Infantry Regiment, which is based in Kourou "
     "and forms part of the Veloria Armed Forces, took part in the operation.",
     [("3rd Infantry Regiment", "PART_OF", "Veloria Armed Forces")]),
    ("which-based-and-is-part-of", "The Kora Rangers, which are based in Lamu and are part "
     "of the Tolan Police Service, patrol the hills.",
     [("Kora Rangers", "PART_OF", "Tolan Police Service")]),
    # a unit set off as run or controlled by a larger body
    ("force-run-by", "The Orlis Legion, the paramilitary force run by the Veloria Ministry of "
     "Defence, trained the new recruits.",
     [("Orlis Legion", "PART_OF", "Veloria Ministry of Defence")]),
    ("unit-controlled-by", "The Orlis Legion, an elite unit controlled by the Kivu Army, "
     "guards the airport.", [("Orlis Legion", "PART_OF", "Kivu Army")]),
    # a body's own apposition, hung by the parser on the person named before the body
    ("body-appos-after-person", '"The war is hidden," said Rosa Tello, a researcher at the '
     "Andean Studies Institute (ASI), a Lima-based research organisation.",
     [("Andean Studies Institute", "LOCATED_IN", "Lima")]),
    ("person-based-still", '"The war is hidden," said Rosa Tello, a Cusco-based lawyer.',
     [("Rosa Tello", "LOCATED_IN", "Cusco")]),
    # who meets in a place is still there
    ("met-in-still", "The Kivu Council and the Ituri Council met in Goma on Monday to "
     "discuss the truce.", [("Kivu Council", "LOCATED_IN", "Goma")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    # a "where" clause of an act done there places nobody
    ("where-defeated", "In Tarvo, where the Kivu League was defeated, shops stayed shut.",
     [("Kivu League", "LOCATED_IN", "*")]),
    # a base that has ended
    ("was-based-on-islands-until", "The Kivu League was based on islands in Lake Kivu "
     "until 2019, when it moved to Uvira.", [("Kivu League", "LOCATED_IN", "Lake Kivu")]),
    # a joined clause with a subject of its own places that subject, not the first one
    ("joined-clause-own-subject", "The Kivu Front is strongest in Uvira, and the smaller "
     "militia is based in Tarvo.", [("Kivu Front", "LOCATED_IN", "Tarvo")]),
    # fighters lost, sent or none: no presence
    ("lost-fighters-in", "The Orlis Front has lost fighters in Kessel.",
     [("Orlis Front", "LOCATED_IN", "*")]),
    ("no-fighters-in", "The Orlis Front has no fighters in Kessel.",
     [("Orlis Front", "LOCATED_IN", "*")]),
    # a rival, not a wing
    ("twofold-rival-of", "Ines Varga, head of Defence Media Services (DMS), the press and "
     "liaison rival of the Kivu Army, said two soldiers died.",
     [("Defence Media Services", "PART_OF", "*")]),
    # ground near a town is not the town; control tried for is not held
    ("control-of-villages-near", "The Orlis Front took control of several villages near "
     "Kessel in April.", [("Orlis Front", "CONTROLS", "*")]),
    ("tried-control-of-neighbourhoods", "The Orlis Front tried to take control of several "
     "neighbourhoods of Kessel in April.", [("Orlis Front", "CONTROLS", "*")]),
    # a joint patrol formed with a body, a rival of it: no part of it
    ("which-based-and-forms-part-of-patrol-with", "The Kora Rangers, which are based in Lamu "
     "and form part of a joint patrol with the Tolan Police Service, guard the hills.",
     [("Kora Rangers", "PART_OF", "*")]),
    ("which-based-and-is-rival-of", "The Kora Rangers, which are based in Lamu and are the "
     "main rival of the Tolan Police Service, patrol the hills.",
     [("Kora Rangers", "PART_OF", "*")]),
    # funded is not run; a person runs no body it is part of
    ("force-funded-by", "The Orlis Legion, the paramilitary force funded by the Veloria "
     "Ministry of Defence, trained the new recruits.", [("Orlis Legion", "PART_OF", "*")]),
    ("militia-run-by-person", "The Orlis Legion, a militia run by Tomas Varga, guards the "
     "airport.", [("Orlis Legion", "PART_OF", "*")]),
    ("body-appos-not-person", '"The war is hidden," said Rosa Tello, a researcher at the '
     "Andean Studies Institute (ASI), a Lima-based research organisation.",
     [("Rosa Tello", "LOCATED_IN", "*")]),
    # a bearing from a place: outside it
    ("north-of-town", "Drones struck rebel positions near Kessel, north of Dorn, the army "
     "said.", [("Kessel", "LOCATED_IN", "Dorn")]),
    ("east-of-town", "Gunmen boarded the trawler near Pulau Lemar, east of Lahad Kessel, at "
     "dawn.", [("Pulau Lemar", "LOCATED_IN", "*")]),
    # watching or counting what happens in a place
    ("researcher-follows-crime-in", '"The feud is old," said Ana Lukic, a researcher who '
     "follows organised crime in the Drina Valley.", [("Ana Lukic", "LOCATED_IN", "*")]),
    ("office-recorded-attacks-in", "In the Ruzizi Plain, the Kivu Rights Office recorded 40 "
     "attacks in January.", [("Kivu Rights Office", "LOCATED_IN", "*")]),
    ("monitors-track-clashes-in", "The Orlis Observatory monitors clashes in Masisi from "
     "its office abroad.", [("Orlis Observatory", "LOCATED_IN", "Masisi")]),
    # the envoys of a body meet there, not the body
    ("representatives-of-met-in", "Representatives of the Kivu Council and the Ituri "
     "Council met in Goma on Monday to discuss the truce.",
     [("Kivu Council", "LOCATED_IN", "*"), ("Ituri Council", "LOCATED_IN", "*")]),
    ("delegation-of-met-in", "A delegation of the Tarvo Assembly met in Orlis with the "
     "mediators.", [("Tarvo Assembly", "LOCATED_IN", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_homes_and_parts_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_no_home_or_part_from_near_shapes(nlp: Language, text: str,
                                          forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
