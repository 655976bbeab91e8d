"""Violence told by a frame around the deed rather than by a verb of its doer:

- a killing laid at a door by a holding verb: "investigators hold Y responsible for the
  killing of X" (Y KILLED X, not the investigators), also when the date splits the noun
  from its victim ("the murder in March of X");
- a killing told by its noun with no doer, then blamed: "after the killing of X ...
  Prosecutors blamed Y for her death";
- a siege: "Y laid siege to X", "laid siege to the towns of A and B", "Y's siege of X",
  "the siege of X by Y", "pressed Y to lift its siege of X" (Y TARGETS X); never "the
  army broke the siege of X" (no besieger named), a siege planned, threatened or denied;
- an attack noun whose target or doer the parser hangs elsewhere: "repelled an assault
  by Y and its allies on X", "condemned the attack carried out by armed men, including
  members of Y, on the village of X";
- one told killed in the sentence after an attack, by what struck him ("was killed when
  a shell hit his house and three others were wounded"), but not when the clause names
  another doer ("when the army returned fire", "a shell fired by Y").

Every row is written for this table, with invented names and places from several
regions and naming traditions.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- held responsible for a killing
    ("held-responsible-killing", "Police held the Red Hand Brigade responsible for the "
     "murder of Amina Yusuf.", [("Red Hand Brigade", "KILLED", "Amina Yusuf")]),
    ("hold-responsible-date-between", "Investigators also hold Dmitri Volkov responsible "
     "for the killing in January of Lieutenant Oleg Sidorov, a traffic policeman who was "
     "shot at a checkpoint.", [("Dmitri Volkov", "KILLED", "Oleg Sidorov")]),
    ("held-responsible-slavic-first", "The committee held Tomas Varga responsible for the "
     "killing of Sergeant Ivan Petrov.", [("Tomas Varga", "KILLED", "Ivan Petrov")]),
    # --- a killing noun with no doer, blamed after
    ("blamed-for-her-death", "In May the government suspended talks with the group after "
     "the killing of Rosa Quispe, a community leader, in Ayacucho. Prosecutors blamed the "
     "Red Condor Front for her death.", [("Red Condor Front", "KILLED", "Rosa Quispe")]),
    ("blamed-for-the-killing-next", "The killing of Halima Warsame, a clan elder, shocked "
     "Baidoa. Police blamed the Jubba Valley Brigade for the killing.",
     [("Jubba Valley Brigade", "KILLED", "Halima Warsame")]),
    # --- sieges
    ("laid-siege-to", "The Tuareg Liberation Front laid siege to Kidal in March.",
     [("Tuareg Liberation Front", "TARGETS", "Kidal")]),
    ("laid-siege-to-towns-of", "The Desert Hawks and their ally, the Northern Front, have "
     "laid siege to the Upper Nile towns of Kodok and Tonga.",
     [("Desert Hawks", "TARGETS", "Kodok"), ("Desert Hawks", "TARGETS", "Tonga"),
      ("Northern Front", "TARGETS", "Kodok")]),
    ("possessive-siege-of", "The Arakan Army's siege of Sittwe continued into its third "
     "month.", [("Arakan Army", "TARGETS", "Sittwe")]),
    ("pressed-to-lift-its-siege", "The Arakan Army controls most of the coast. Since "
     "January, Ruvia has pressed the group to lift its siege of Sittwe, the state capital.",
     [("Arakan Army", "TARGETS", "Sittwe")]),
    ("siege-of-by", "The siege of Ocotal by the Segovia Patriotic Front has lasted four "
     "months.", [("Segovia Patriotic Front", "TARGETS", "Ocotal")]),
    # --- attack nouns whose ends the parser hangs elsewhere
    ("assault-by-and-allies-on", "The army said it had repelled a combined assault by the "
     "paramilitary Desert Hawks and their rebel allies on the border town of Tonga in "
     "Upper Nile.", [("Desert Hawks", "TARGETS", "Tonga")]),
    ("attack-carried-out-including-on", "The mission strongly condemns the attack carried "
     "out on 3 May by armed men, including members of the White Army, on the village of "
     "Pibor, which killed 12 civilians.", [("White Army", "TARGETS", "Pibor")]),
    # --- killed by what struck, the sentence after the attack
    ("killed-when-shell-hit", "The Kivu Front shelled the border village of Kalto on "
     "Monday. A farmer, Omar Dalo, was killed when a shell hit his house.",
     [("Kivu Front", "KILLED", "Omar Dalo")]),
    ("killed-when-shell-and-wounded", "Ruvian artillery then shelled the border village of "
     "Kalto and the farmland around it. The local radio said a 40-year-old farmer, Omar "
     "Dalo, was killed when a shell hit his house and three other people were wounded.",
     [("Ruvian forces", "KILLED", "Omar Dalo")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # --- held responsible: the holder is no killer, a denial is none
    ("holder-not-killer", "Police held the Red Hand Brigade responsible for the murder of "
     "Amina Yusuf.", [("*", "KILLED", "Red Hand Brigade"), ("Police", "KILLED", "*")]),
    # --- a killing noun not blamed
    ("killing-not-blamed", "The killing of Rosa Quispe, a community leader, shocked "
     "Ayacucho. Police have not blamed anyone for her death, and the Red Condor Front "
     "denied involvement.", [("Red Condor Front", "KILLED", "*")]),
    # --- sieges with no besieger, or none laid
    ("siege-broken-by-army", "The Nile Defence Force broke the siege of Kodok on Monday.",
     [("Nile Defence Force", "TARGETS", "Kodok")]),
    ("siege-planned", "The army accused the Desert Hawks of planning a siege of Kodok.",
     [("Desert Hawks", "TARGETS", "Kodok")]),
    ("siege-threatened", "The Desert Hawks threatened to lay siege to Kodok if the army "
     "did not withdraw.", [("Desert Hawks", "TARGETS", "Kodok")]),
    ("siege-urged", "Ruvia urged the Arakan Army to lay siege to Sittwe.",
     [("Arakan Army", "TARGETS", "Sittwe")]),
    ("siege-denied", "The Desert Hawks denied laying siege to Kodok.",
     [("Desert Hawks", "TARGETS", "Kodok")]),
    # --- attack nouns: a date or a report is no target
    ("assault-by-no-target", "The Nile Front said it had repelled an assault by the Desert "
     "Hawks on Monday.", [("Desert Hawks", "TARGETS", "*")]),
    ("opened-fire-on-patrol-next", "Gunmen of the Black Lions opened fire on a patrol of "
     "the Coastal Guard near the port. The Coastal Guard said the patrol commander, Captain "
     "Idris Kamara, was killed.", [("Coastal Guard", "KILLED", "*")]),
    # --- the clause names another doer
    ("killed-when-army-returned-fire", "The Kivu Front shelled the border village of Kalto "
     "on Monday. A farmer, Omar Dalo, was killed when the army returned fire.",
     [("Kivu Front", "KILLED", "Omar Dalo")]),
    ("killed-when-shell-fired-by-other", "The Kivu Front shelled the border village of "
     "Kalto on Monday. A farmer, Omar Dalo, was killed when a shell fired by the Ruvian "
     "army hit his house.", [("Kivu Front", "KILLED", "Omar Dalo")]),
    ("wounded-not-killed", "The Kivu Front shelled the border village of Kalto on Monday. "
     "A farmer, Omar Dalo, was wounded when a shell hit his house.",
     [("Kivu Front", "KILLED", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_violence_found(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_violence_not_found(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
