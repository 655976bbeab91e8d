"""Events as news tells them (extract/patterns/acts.jsonl, filters.py): sanctions on the
people who move money for a group, an attack on a thing that stands in a place, a threat
to keep on attacking. Each reading has a text in which it must stay unread.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

FRONT = "Tuareg Salvation Front"

FOUND: list[tuple[str, str, list[Triple]]] = [
    # sanctions on a group's money men are sanctions on the group
    ("sanctioned-money-movers", f"Britain sanctioned six traders who moved money for the {FRONT}.",
     [("United Kingdom", "SANCTIONS", FRONT)]),
    ("sanctioned-as-financiers", f"Norway sanctioned two shipping firms accused of financing the "
     f"{FRONT} on Friday.", [("Norway", "SANCTIONS", FRONT)]),
    ("sanctions-on-its-network", f"Japan imposed sanctions on what it described as the {FRONT}'s "
     "smuggling network.", [("Japan", "SANCTIONS", FRONT)]),
    ("proscribed", f"Britain proscribed the {FRONT} in 2021 after the embassy bombing.",
     [("United Kingdom", "SANCTIONS", FRONT)]),
    # an attack on a thing near a place: the place is struck
    ("convoy-near-town", f"Gunmen of the {FRONT} ambushed a fuel convoy near Agadez on Tuesday.",
     [(FRONT, "TARGETS", "Agadez")]),
    ("camp-in-region", f"The {FRONT} raided an army camp in the Tillaberi region overnight.",
     [(FRONT, "TARGETS", "Tillaberi")]),
    # driven out by another: an attack by the one who drives
    ("driven-out-by", f"Fighters of the {FRONT} were driven out of Arlit by Nigerien troops "
     "on Friday.", [("Nigerien forces", "TARGETS", FRONT)]),
    ("condemned-after-driven-out", f"The {FRONT} attacked a market in Arlit on Sunday. The "
     f"rebels were driven out of the town by Nigerien troops on Monday. Algeria condemned the "
     "attack.", [("Algeria", "CRITICIZES", FRONT)]),
    # "the two countries" of the sentence before, when it names exactly two states
    ("officials-of-both-met", "Ghana accused Togo of closing the border on Friday. Officials "
     "from the two countries met in Lome on Sunday.", [("Ghana", "MEETS_WITH", "Togo")]),
    ("both-countries-met", "Peru recalled its ambassador to Chile in March. The two countries "
     "met in Lima in June to mend ties.", [("Peru", "MEETS_WITH", "Chile")]),
    ("agreed-joint-patrols", "Ghana and Togo have argued over smuggling for years. On Monday "
     "the two countries agreed to set up joint patrols on the border.",
     [("Ghana", "COOPERATES_WITH", "Togo")]),
    # a threat to go on attacking is a threat, not an attack
    ("would-keep-attacking-until", f"The {FRONT} would keep attacking Nigerien soldiers until "
     "the occupation of Agadez ends.", [(FRONT, "THREATENS", "Nigerien forces")]),
    ("things-linked-to-a-side", f"The {FRONT} attacked three trucks linked to Niger near the "
     "border on Friday.", [(FRONT, "TARGETS", "Niger")]),
    ("threatened-to-keep-attacking", f"The {FRONT} threatened to keep attacking Nigerien "
     "territory until the troops leave.", [(FRONT, "THREATENS", "Niger")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    ("three-countries-before", "Ghana accused Togo and Benin of closing the border on Friday. "
     "Officials from the two countries met in Lome on Sunday.", [("Ghana", "MEETS_WITH", "*")]),
    ("refused-joint-patrols", "Ghana and Togo have argued over smuggling for years. On Monday "
     "the two countries refused to set up joint patrols on the border.",
     [("Ghana", "COOPERATES_WITH", "Togo")]),
    ("two-states-are-not-countries", "Peru and Chile sent aid to Texas and Ohio. The two states "
     "met the envoys in Austin.", [("*", "MEETS_WITH", "Peru"), ("Peru", "MEETS_WITH", "*")]),
    ("money-moved-for-another", f"Britain sanctioned six traders who moved money for a charity, "
     f"and the {FRONT} welcomed the move.", [("United Kingdom", "SANCTIONS", FRONT)]),
    ("network-it-exposed", f"Japan imposed sanctions on a smuggling network that the {FRONT} "
     "had exposed.", [("Japan", "SANCTIONS", FRONT)]),
    ("would-not-proscribe", f"Britain said it would not proscribe the {FRONT} in 2021.",
     [("United Kingdom", "SANCTIONS", FRONT)]),
    ("pushed-back-another", f"On Friday the {FRONT} pushed back the Nigerien army.",
     [("Nigerien forces", "TARGETS", FRONT)]),
    ("forced-out-by-want", f"The {FRONT} was forced out of Arlit by a lack of water.",
     [("*", "TARGETS", FRONT)]),
    ("the-attack-is-not-the-push-back", f"The {FRONT} attacked a market in Arlit on Sunday. The "
     f"rebels were driven out of the town by Nigerien troops on Monday. Algeria condemned the "
     "attack.", [("Algeria", "CRITICIZES", "Nigerien forces")]),
    ("bound-for-a-town", f"The {FRONT} ambushed a fuel convoy bound for Agadez near the "
     "Algerian border.", [(FRONT, "TARGETS", "Agadez")]),
    ("the-frame-of-the-story", f"In Agadez, the {FRONT} raided a market on Tuesday.",
     [(FRONT, "TARGETS", "Agadez")]),
    ("a-state-is-not-the-site", f"The {FRONT} attacked an army post near Niger's border.",
     [(FRONT, "TARGETS", "Niger")]),
    ("vehicle-struck-a-mine", "Two Nigerien soldiers died when their truck struck a landmine "
     "in the Tillaberi region.", [("Nigerien forces", "TARGETS", "Tillaberi")]),
    ("road-linked-to-a-side", f"The {FRONT} attacked three trucks on a road linked to Niger by "
     "a new bridge.", [(FRONT, "TARGETS", "Niger")]),
    ("kept-attacking-until-is-told", f"The {FRONT} kept attacking Nigerien soldiers until the "
     "occupation of Agadez ended.", [(FRONT, "THREATENS", "Nigerien forces")]),
    ("kept-attacking-is-an-attack", f"The {FRONT} kept attacking Nigerien territory for a week.",
     [(FRONT, "THREATENS", "Niger")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_acts_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_acts_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
