"""Where actors are and what belongs to what, in shapes fresh news used: a body set off
by its state's possessive and a word for a state's service ("X (XA), Norway's border
police agency") is part of that state; a body "based in the department (state) of Y" is
in Y; a unit set off as "a formation of Y", or told as "one of five divisions of Y", is
part of Y; a verb the parser hung on its object as a modifier ("the Front controlled
Kessel, the valley's main town") still tells who holds what; the troops of a body kept
at a place put the body there. No home from a person's nationality or field set off
after the name ("X, a Russian diplomat", "a Sudan analyst"), from envoys sent "from" a
body, from a listing ("designated X a terrorist group in Z") or from a people struck
there ("to bomb our people in Z"). Own sentences, invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

FOUND: list[tuple[str, str, list[Triple]]] = [
    # a body set off by its state's possessive and a word for a state's service
    ("set-off-state-agency", "Officers of the Directorate of Border Security (DBS), "
     "Norway's border police agency, made the arrests on Friday.",
     [("Directorate of Border Security", "PART_OF", "Norway")]),
    ("set-off-state-service", "The arrests were made by the Office of Public Protection "
     "(OPP), Chile's domestic intelligence service, on Monday.",
     [("Office of Public Protection", "PART_OF", "Chile")]),
    # based in a kind of region named after "of"
    ("based-in-department-of", "The army fought the Orlis Front, a trafficking clan based "
     "in the department of Kessel, which guards the border.",
     [("Orlis Front", "LOCATED_IN", "Kessel")]),
    ("based-in-state-of", "The Orlis Front is based in the state of Jalisco.",
     [("Orlis Front", "LOCATED_IN", "Jalisco")]),
    # a unit set off as a formation of a larger body
    ("appos-formation-of", "The Orlis Legion, a formation of the Kivu Army, guards the "
     "airport.", [("Orlis Legion", "PART_OF", "Kivu Army")]),
    # one of a body's units, told with "is" or set off
    ("is-one-of-divisions-of", "The Orlis Command is one of five divisions of the Kivu "
     "Army.", [("Orlis Command", "PART_OF", "Kivu Army")]),
    ("appos-one-of-regions-of", "The Tarvo Command, one of seven regions of the Kivu "
     "Police Service, made the arrests.", [("Tarvo Command", "PART_OF", "Kivu Police Service")]),
    # a verb with its own subject, hung on its object as a modifier
    ("verb-read-as-modifier-vbn", "Its fighters attacked army positions in the valley, and "
     "within a week the Orlis Front controlled Kessel, the valley's main city, and its "
     "airport.", [("Orlis Front", "CONTROLS", "Kessel")]),
    ("verb-read-as-modifier-vbd", "Their fighters attacked positions of the Second Military "
     "Region, and within a week the Kivu Transitional Council controlled Goma, the "
     "province's main city, and its airport.",
     [("Kivu Transitional Council", "CONTROLS", "Goma")]),
    # a person's city, or a place told as the base, still places the person
    ("person-city-still", '"It is over," said Lena Dahl, a Nairobi lawyer.',
     [("Lena Dahl", "LOCATED_IN", "Nairobi")]),
    ("person-based-state-still", '"It is over," said Lena Dahl, a Kenya-based analyst.',
     [("Lena Dahl", "LOCATED_IN", "Kenya")]),
    # the troops of a body kept (stationed) at a place: the body is there
    ("keeps-troops-of-at", "Norway keeps soldiers of the Fjord Brigade at the Vardo air "
     "base.", [("Fjord Brigade", "LOCATED_IN", "Vardo air base")]),
    ("stations-units-of-in", "The government stationed units of the Kivu Rangers in Goma "
     "last year.", [("Kivu Rangers", "LOCATED_IN", "Goma")]),
    # a body's own people told in a place, not struck there
    ("our-people-in-still", '"We signed because our people in Equatoria are tired," said a '
     "spokesman for the Kivu Front.", [("Kivu Front", "LOCATED_IN", "Equatoria")]),
    # who meets in a place is still there
    ("met-in-still", "The Kivu Front met the defence ministry in Goma on Saturday.",
     [("Kivu Front", "LOCATED_IN", "Goma")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    # a state's news agency is a body of the press, not of the state; a group's service
    # is no state's
    ("set-off-news-agency", "The story was carried by the Kivu Press Agency, Kenya's state "
     "news agency.", [("Kivu Press Agency", "PART_OF", "*")]),
    # a kind of region with a body's name after "of" is no place
    ("based-in-department-of-body", "The Orlis Front is based in the Department of Public "
     "Works.", [("Orlis Front", "LOCATED_IN", "*")]),
    ("appos-formation-of-police", "The Orlis Legion, a formation of riot police, guards "
     "the airport.", [("Orlis Legion", "PART_OF", "*")]),
    # troops of a body lost (or prisoners held) at a place: no presence of the body
    ("lost-troops-of-at", "Norway lost soldiers of the Fjord Brigade at the Vardo air "
     "base.", [("Fjord Brigade", "LOCATED_IN", "*")]),
    ("keeps-prisoners-of-at", "The army keeps prisoners of the Kivu Front at the Tarvo "
     "camp.", [("Kivu Front", "LOCATED_IN", "*")]),
    # one of a body's rivals (or of a place's regions) is no unit of it
    ("is-one-of-rivals-of", "The Orlis Command is one of five rivals of the Kivu Army.",
     [("Orlis Command", "PART_OF", "*")]),
    ("appos-one-of-allies-of", "The Orlis Command, one of five allies of the Kivu Army, "
     "guards the port.", [("Orlis Command", "PART_OF", "*")]),
    # a true modifier: no doer of its own
    ("modifier-without-doer", "Troops entered the rebel-controlled Kessel on Monday.",
     [("*", "CONTROLS", "Kessel")]),
    # a person's nationality, or the country one studies, is not where one is
    ("person-nationality-appos", "The government expelled Ivan Sokolov, a Russian "
     "diplomat, on Monday.", [("Ivan Sokolov", "LOCATED_IN", "*")]),
    ("person-field-appos", '"It is over," said Lena Dahl, a Sudan analyst at the Oslo '
     "Centre.", [("Lena Dahl", "LOCATED_IN", "Sudan")]),
    ("person-envoy-appos", "Tomas Berg, Sweden's ambassador, met the Orlis Council.",
     [("Tomas Berg", "LOCATED_IN", "*")]),
    # envoys sent from a body meet there, not the body
    ("delegations-from-met-in", "Delegations from the Kivu Front and the defence ministry "
     "met in Goma on Saturday.", [("Kivu Front", "LOCATED_IN", "*")]),
    # bodies listed or designated where the decision was made are not there
    ("designated-in", "In Nairobi, the government designated both the Orlis Front and the "
     "Kivu League as terrorist organisations in March.",
     [("Orlis Front", "LOCATED_IN", "*"), ("Kivu League", "LOCATED_IN", "*")]),
    # a people told as "our people" in a place is no body's presence there
    ("our-people-in", '"Their aircraft take off to bomb our people in Darfur," said a '
     "spokesman for the Kivu Front.", [("Kivu Front", "LOCATED_IN", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_homes_parts_and_holdings_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_no_home_or_part_from_near_shapes(nlp: Language, text: str,
                                          forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
