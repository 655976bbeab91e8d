"""Precision of general readings, second round: an armed unit leads no force by a verb
(rules._verbs); the head of a part of a body or a regional director is one of its people,
not its head, and a minister's portfolio read as a name is no body (rules._titles); a
charged act or one still to come places nobody (links._where_done), nor does a backer
named before "-backed" (links._appos_modifiers); a governor leads no continent
(bodyheads.bodies_led); a body's word keeps a
listed town's name a body ("the University of X"). Own sentences; each must-not has a must
beside it that keeps the reading's output."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # a person commands a unit by a verb
    ("person-commands-unit", "The Zarovian Army's Ninth Division, headquartered in Velmar, "
     "is commanded by General Tomas Brandt.", [("Tomas Brandt", "LEADS", "Ninth Division")]),
    # the head of a body named after the title heads it
    ("head-of-body", "Omar Haddad, the head of the Ravine Liberation Front, said the drones "
     "hit a school.", [("Omar Haddad", "LEADS", "Ravine Liberation Front")]),
    ("head-of-press-part-speaks", "Omar Haddad, the head of the Ravine Liberation Front media "
     "centre, said the drones hit a school.",
     [("Omar Haddad", "SPOKESPERSON_FOR", "Ravine Liberation Front")]),
    ("regional-director-is-member", '"We counted the graves," said Lina Osei, Global '
     "Witness's Regional Director for Asia.", [("Lina Osei", "MEMBER_OF", "Global Witness")]),
    # a region's own name may hold "Regional": its commander heads it
    ("regional-police-commander", "Tarvo Regional Police Commander Juma Okello said seven "
     "people were detained.", [("Juma Okello", "LEADS", "Tarvo Regional Police")]),
    # what a group does in a place puts it there (told by another, not charged)
    ("done-in-place", "The Ravine Liberation Front carried out raids in Walikale, where its "
     "fighters have camps.", [("Ravine Liberation Front", "LOCATED_IN", "Walikale")]),
    ("done-in-place-said", "The Ravine Liberation Front (RLF) fought on. The RLF committed "
     "genocide in Dover in January, Kenya said.",
     [("Ravine Liberation Front", "LOCATED_IN", "Dover")]),
    ("sent-to-fight-in", "Zarovian troops were later sent to fight in Dover.",
     [("Zarovian forces", "LOCATED_IN", "Dover")]),
    # a town or a state before a body's noun is its home
    ("based-modifier", "Hani Adel, a Cairo-based security researcher, said the bomb was "
     "planted.", [("Hani Adel", "LOCATED_IN", "Cairo")]),
    ("demonym-modifier", "Kataib Sayyid, an Iraqi group, denied taking part in the attack.",
     [("Kataib Sayyid", "LOCATED_IN", "Iraq")]),
    # a governor with no region named leads the article's one region
    ("governor-of-the-region", "Drug gangs ship cocaine from the Ravalo province through "
     "the port. Governor Tomas Vidal, who took office in 2023, has increased spending on the "
     "police.", [("Tomas Vidal", "LEADS", "Ravalo")]),
    # a ministry named with the title is the minister's body
    ("ministry-spokesman", "Raj Mehta, the Union Home Ministry spokesman, met the elders.",
     [("Raj Mehta", "SPOKESPERSON_FOR", "Union Home Ministry")]),
    # a researcher at a university works for it
    ("researcher-at-university", "The gangs control the port, said Ana Ruiz, a researcher "
     "at the University of Panama who has studied them for years.",
     [("Ana Ruiz", "MEMBER_OF", "University of Panama")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_precision_keeps(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # a unit that commands troops leads no force
    ("unit-commands-troops", "The Zarovian Army's Ninth Division commands Zarovian troops "
     "in the province.", [("Ninth Division", "LEADS", "Zarovian Army")]),
    # the head of a part of a body does not head the body
    ("head-of-part", "Omar Haddad, the head of the Ravine Liberation Front media centre, "
     "said the drones hit a school.", [("Omar Haddad", "LEADS", "Ravine Liberation Front")]),
    ("regional-director", '"We counted the graves," said Lina Osei, Global Witness\'s '
     "Regional Director for Asia.", [("Lina Osei", "LEADS", "Global Witness")]),
    # a charged act places nobody
    ("accused-of-in", "The Ravine Liberation Front (RLF) fought on. Kenya accused the RLF of "
     "genocide in Dover in January and sanctioned its leader.",
     [("Ravine Liberation Front", "LOCATED_IN", "Dover")]),
    # an act still to come places nobody yet
    ("will-in", "The Ravine Liberation Front will get a hostile welcome in Dover.",
     [("Ravine Liberation Front", "LOCATED_IN", "Dover")]),
    # a backer named before "-backed" is not where the backed body is
    ("backed-modifier", "Kataib Sayyid, the Iran-backed group, denied taking part in the "
     "attack.", [("Kataib Sayyid", "LOCATED_IN", "Iran")]),
    ("backed-modifier-town", "Serb List, the Belgrade-backed party, called for calm.",
     [("Serb List", "LOCATED_IN", "Belgrade")]),
    # ... never a continent or a region across states
    ("governor-of-no-continent", "Drug gangs ship cocaine to Europe through the port. "
     "Governor Tomas Vidal, who took office in 2023, has increased spending on the police.",
     [("Tomas Vidal", "LEADS", "Europe")]),
    # a minister's portfolio is no body
    ("portfolio-before-minister", "Union Home Minister Raj Mehta said the rebels would be "
     "defeated.", [("Raj Mehta", "MEMBER_OF", "Union Home")]),
    ("portfolio-after-minister", "Raj Mehta, the Minister of State for Karamoja Affairs, met "
     "the elders.", [("Raj Mehta", "MEMBER_OF", "Karamoja Affairs")]),
    # a university named after a listed place is no place
    ("researcher-at-university", "The gangs control the port, said Ana Ruiz, a researcher "
     "at the University of Panama who has studied them for years.",
     [("Ana Ruiz", "LOCATED_IN", "University of Panama")]),
]


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_precision_drops(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
