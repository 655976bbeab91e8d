"""What belongs to what and where actors are, in shapes fresh news used: a government
body's named office or unit after its possessive is part of it, an owner whose name has
its own "of" included ("the Department of Justice's Federal Bureau of Investigation");
jets or drones that strike targets in a place are not based there; an unnamed speaker the
parser hangs on the name before a subjectless "said" ("near X, a police source in Y
said"), or a noun set against a name ("X, not our cousins in Y"), tells no place of that
name's; a list of towns "in" a word that names an armed group is no containment; bases
said to be none ("has no bases in Y"), a ship's flag ("a Panama-flagged carrier") and a
state's own embassy place nothing. Own sentences, invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

FOUND: list[tuple[str, str, list[Triple]]] = [
    # a named office of a government body, after the body's possessive
    ("office-of-a-department", "The State Department's Bureau of Counterterrorism named "
     "the Kivu League a terrorist group.",
     [("Bureau of Counterterrorism", "PART_OF", "US State Department")]),
    # an owner whose name has its own "of"
    ("owner-named-with-of", "The Department of Justice's Federal Bureau of Investigation "
     "opened a case against Tomas Varga.",
     [("Federal Bureau of Investigation", "PART_OF", "Department of Justice")]),
    # a state's possessive still places its own body
    ("state-owner-still", "Kenya's Ministry of Interior said on Monday that it would act.",
     [("Kenyan Ministry of Interior", "PART_OF", "Kenya")]),
    # a unit of an armed group after its possessive, unchanged
    ("group-unit-still", "Officials said the Kivu League's Tiger Brigade was behind the raid.",
     [("Tiger Brigade", "PART_OF", "Kivu League")]),
    # a named place the towns are in is still read
    ("towns-in-a-state", "Most of the displaced have fled to Gewane and Mille in Ethiopia.",
     [("Gewane", "LOCATED_IN", "Ethiopia"), ("Mille", "LOCATED_IN", "Ethiopia")]),
    # one struck, then taken to hospital in a place, is there
    ("struck-then-taken-to-hospital", "Corporal Anton Brel was struck by a stone and taken "
     "to hospital in Rzeszow.", [("Anton Brel", "LOCATED_IN", "Rzeszow")]),
    # bases said to be there still place the group
    ("has-bases-inside", "The Kivu League has several bases inside Rwanda.",
     [("Kivu League", "LOCATED_IN", "Rwanda")]),
    # a state's embassy is where the text puts it
    ("embassy-in-a-city", "Kenya's embassy in Kampala said on Monday that it was helping "
     "the crew.", [("Kenyan embassy", "LOCATED_IN", "Kampala")]),
    # a site set off by a comma before "in" is there
    ("site-set-off-in", "Workers at the Acme Plant, in Dover, went on strike.",
     [("Acme Plant", "LOCATED_IN", "Dover")]),
    ("spokesperson-for-body-in", "Please contact Ana Ruiz, spokesperson for the Office "
     "of the United Nations High Commissioner for Human Rights, in Geneva.",
     [("Office of the United Nations High Commissioner for Human Rights", "LOCATED_IN",
       "Geneva")]),
    # a true apposition of a town still places it
    ("town-apposition-still", "Fighters attacked Kessel, a town in Tarvania, a police "
     "officer said on Monday.", [("Kessel", "LOCATED_IN", "Tarvania")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    # a description of a ministry's own people is no named body
    ("ministry-description", "The Department of Justice's lawyers opened a case against "
     "Tomas Varga.", [("*", "PART_OF", "Department of Justice")]),
    # strikes in a place are no base there
    ("jets-struck-targets-in", "Indian jets struck targets in Muzaffarabad and Kotli "
     "overnight.", [("Indian forces", "LOCATED_IN", "*")]),
    ("drones-hit-camps-in", "Ethiopian drones hit camps in Kassala and Gedaref during the "
     "fighting.", [("Ethiopian forces", "LOCATED_IN", "*")]),
    # the unnamed speaker of a subjectless "said" is no apposition of the name before
    ("speaker-after-place", "Rebels attacked army positions on the edge of Kessel, a police "
     "source in Dorn said.", [("Kessel", "LOCATED_IN", "Dorn")]),
    # a noun set against a name with "not" says nothing of it
    ("not-our-cousins-in", '"Our enemy is the Kivu League, not our cousins in Uvira," '
     "Baraka said.", [("Kivu League", "LOCATED_IN", "Uvira")]),
    # bases said to be none
    ("has-no-bases-inside", "The Kivu League has no fixed bases inside Rwanda.",
     [("Kivu League", "LOCATED_IN", "*")]),
    ("keeps-no-outposts", "The Kivu League keeps no outposts in Uvira.",
     [("Kivu League", "LOCATED_IN", "*")]),
    # a ship's flag is its registry, not where it is
    ("flagged-carrier", "Pirates attacked the Sea Falcon, a Panama-flagged bulk carrier "
     "sailing towards Durban, on Monday.", [("Sea Falcon", "LOCATED_IN", "Panama")]),
    # a state's embassy is abroad
    ("embassy-not-in-its-state", "Kenya's embassy said on Monday that it was helping the "
     "crew.", [("Kenyan embassy", "LOCATED_IN", "Kenya")]),
    # a place after a clause set off by commas tells where the act was, not the body's
    ("body-in-clause-then-in", "On Monday, gunmen attacked a camp of the General Service "
     "Unit, the paramilitary force that is part of Kenya's Ministry of Interior, in the Lamu "
     "district of Coast province, killing two officers.",
     [("Kenyan Ministry of Interior", "LOCATED_IN", "*")]),
    ("whole-of-a-wing-then-in", "Trainers armed units of the Kivu Rangers, the armed wing "
     "of the exiled Kivu Council, in Uvira.", [("Kivu Council", "LOCATED_IN", "*")]),
    # towns "in" a region whose word resolves to an armed group: no place of the group's
    ("towns-in-a-group-word", "The Danakil Special Police Force was deployed. Most of the "
     "displaced have fled to Gewane and Mille in the Danakil region.",
     [("*", "LOCATED_IN", "Danakil Special Police Force")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_named_parts_and_homes(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_no_home_or_part_from_near_misses(nlp: Language, text: str,
                                          forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
