"""Where a body or place is, ground held or given up, and a truce agreed, in shapes fresh
news used that the earlier readings missed: a body headquartered at a named camp, a
suburb on the edge of a town, the town where a body has its headquarters, a unit that
operates around towns, blocks of a town held, a town handed back to another, a truce
agreed "in talks ... to" that the parser hangs on the talks. Own sentences, invented
names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

FOUND: list[tuple[str, str, list[Triple]]] = [
    ("headquartered-at-named-camp", "The Tolan Monitoring Mission, which has observed "
     "the truce since 2004 and is headquartered at Camp Reddin in Marovo, said it had been "
     "told of the incident.",
     [("Tolan Monitoring Mission", "LOCATED_IN", "Camp Reddin")]),
    ("suburb-on-the-edge-of", "Officers surrounded a house in Dessa, a suburb on the "
     "northern edge of Karsala, on Tuesday.",
     [("Dessa", "LOCATED_IN", "Karsala")]),
    ("town-where-body-has-headquarters", "Shopkeepers in Korma, the border town where the "
     "Tarai Front has its headquarters, complained of shortages.",
     [("Tarai Front", "LOCATED_IN", "Korma")]),
    ("operates-around-towns", "Its main unit is the Red River Brigade, which operates "
     "around Korma and Dessa along the river.",
     [("Red River Brigade", "LOCATED_IN", "Korma"), ("Red River Brigade", "LOCATED_IN", "Dessa")]),
    ("controls-blocks-in-town", "The police said the attackers belonged to the Kora Boys, "
     "a gang that sells drugs and controls several blocks of housing in Dessa.",
     [("Kora Boys", "CONTROLS", "Dessa")]),
    ("handed-town-back-to", "In May the Ruvo Liberation Front handed the town of Mbirika "
     "back to the Malian army.",
     [("Ruvo Liberation Front", "WITHDRAWS_FROM", "Mbirika"),
      ("Malian forces", "CONTROLS", "Mbirika")]),
    ("agreed-in-talks-to-ceasefire", "The Ruvo Liberation Front agreed in talks in Marovo "
     "to a ceasefire with the Malian army.",
     [("Ruvo Liberation Front", "CEASEFIRE_WITH", "Malian forces")]),
    # custody told after "where" still places the kept person
    ("prison-where-he-is-held", "Omar Hale was taken to the prison at Korma, where he is "
     "held with other detainees.",
     [("Omar Hale", "LOCATED_IN", "Korma")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    # a headquarters no longer there, or none
    ("town-where-body-had-headquarters", "Shopkeepers in Korma, the town where the Tarai "
     "Front had its headquarters until 2019, complained of shortages.",
     [("Tarai Front", "LOCATED_IN", "Korma")]),
    ("town-where-former-headquarters", "Shopkeepers in Korma, the town where the Tarai "
     "Front has its former headquarters, complained of shortages.",
     [("Tarai Front", "LOCATED_IN", "Korma")]),
    ("town-where-no-headquarters", "Shopkeepers in Korma, the town where the Tarai Front "
     "has no headquarters, complained of shortages.",
     [("Tarai Front", "LOCATED_IN", "Korma")]),
    # what was done there places no one
    ("town-where-body-attacked", "Shopkeepers in Korma, the town where the Tarai Front "
     "attacked a convoy, complained of shortages.",
     [("Tarai Front", "LOCATED_IN", "Korma")]),
    ("town-where-body-held-a-rally", "Shopkeepers in Korma, where the Tarai Front held a "
     "rally on Sunday, complained of shortages.",
     [("Tarai Front", "LOCATED_IN", "Korma")]),
    # an operation told in the past, a visit
    ("operated-around-last-week", "The Red River Brigade operated around Korma last week.",
     [("Red River Brigade", "LOCATED_IN", "Korma")]),
    ("sent-observers-to-camp", "The Tolan Monitoring Mission, which sent observers to "
     "Camp Reddin on Monday, said it had been told of the incident.",
     [("Tolan Monitoring Mission", "LOCATED_IN", "Camp Reddin")]),
    # blocks struck, wanted or lost are not held
    ("attacked-blocks-in-town", "Police said the Kora Boys, a gang that sells drugs, "
     "attacked several blocks of housing in Dessa.",
     [("Kora Boys", "CONTROLS", "*")]),
    ("wants-to-control-blocks-in-town", "Police said the Kora Boys, a gang that sells "
     "drugs, wants to control several blocks of housing in Dessa.",
     [("Kora Boys", "CONTROLS", "*")]),
    # handing back people, an intention, a refusal, a denial
    ("handed-prisoners-back", "In May the Ruvo Liberation Front handed two prisoners back "
     "to the Malian army in the town of Mbirika.",
     [("*", "WITHDRAWS_FROM", "*"), ("*", "CONTROLS", "*")]),
    ("vowed-never-to-hand-back", "The Ruvo Liberation Front vowed never to hand the town "
     "of Mbirika back to the army.",
     [("*", "WITHDRAWS_FROM", "*")]),
    ("refused-to-hand-back", "The Ruvo Liberation Front refused to hand the town of "
     "Mbirika back to the Malian army.",
     [("*", "WITHDRAWS_FROM", "*"), ("*", "CONTROLS", "*")]),
    ("denied-handing-back", "The Ruvo Liberation Front denied that it had handed the town "
     "of Mbirika back to the Malian army.",
     [("*", "WITHDRAWS_FROM", "*"), ("*", "CONTROLS", "*")]),
    # talks on a truce agree to nothing
    ("talks-on-a-ceasefire", "Hamas held talks in Cairo on a ceasefire with Israel.",
     [("*", "CEASEFIRE_WITH", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_fresh_shapes_of_seat_ground_and_truce(nlp: Language, text: str,
                                               expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_no_seat_ground_or_truce_from_near_misses(nlp: Language, text: str,
                                                  forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
