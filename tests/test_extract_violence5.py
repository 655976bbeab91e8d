"""Violence whose victim, target or threatened side is told by a phrase around the name:

- a victim named by the doer among a count: "killed five insurgents, including a
  commander it identified as X" (X KILLED, as "including X" is), and "killed a commander
  it named as X"; never one named by someone else ("a man who named X");
- "who" after a body that closes an apposition on a person: "X, a nurse with Y, who was
  shot dead by Z" (Z KILLED X, not Y, and Y stays a body);
- a threat with a condition on the threatened: "X threatened to close ... unless Y ...",
  "X threatened to suspend ... if Y ..." (X THREATENS Y); never an offer or a hope, nor a
  condition on no one;
- attacks told by a light verb with where they fell: "carried out a bomb attack in X",
  "carried out a wave of bombings in A and in the town of B" (TARGETS the town), never
  other deeds ("a wave of arrests in X") nor a state ("an attack in Colombia");
- strikes on open ground near a town: "drones struck hillsides around X", "shelled farms
  near X" (TARGETS X);
- an attack told at a site: "claimed the attack at X prison", "the massacre at X" (the
  claimant TARGETS the facility or town), never "at dawn".

Every row is written for this table, with invented names and places from several
regions and naming traditions.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- a victim named as one of a count
    ("including-commander-identified-as", "The Nigerian Army said its troops killed five "
     "insurgents near Gwoza, including a commander it identified as Musa Bakura.",
     [("Nigerian Army", "KILLED", "Musa Bakura")]),
    ("including-leader-named-as", "The Somali National Army said it killed eleven "
     "fighters of al-Shabaab, including a leader it named as Abdi Farah Jama.",
     [("Somali National Army", "KILLED", "Abdi Farah Jama")]),
    ("including-commander-identified-acl", "The Philippine Army killed three gunmen, "
     "including a commander identified as Rolando Dimaculangan.",
     [("Philippine Army", "KILLED", "Rolando Dimaculangan")]),
    ("killed-commander-it-named-as", "The Colombian Army said it had killed a commander "
     "it named as Hernán Quintero Ruiz.",
     [("Colombian Army", "KILLED", "Hernán Quintero Ruiz")]),
    # --- who after a body in an apposition
    ("nurse-with-body-who-shot", "Among those killed was Amina Yusuf, a nurse with the "
     "Kano Red Crescent Society, who was shot dead by ISWAP fighters on 3 May.",
     [("Islamic State West Africa Province", "KILLED", "Amina Yusuf")]),
    ("volunteer-with-body-who-shot", "Grace Achieng, a volunteer with the Turkana Peace "
     "Network, who was shot dead by the Lotikipi Raiders on Sunday, was buried in Lodwar.",
     [("Lotikipi Raiders", "KILLED", "Grace Achieng")]),
    ("teacher-at-body-who-killed", "Jean-Paul Habimana, a teacher at the Goma Youth "
     "Centre, who was killed by M23 fighters, was 34.",
     [("March 23 Movement", "KILLED", "Jean-Paul Habimana")]),
    # --- a threat with a condition on the threatened
    ("threatened-to-unless", "Russia threatened to cut gas supplies unless Moldova paid "
     "its debts.", [("Russia", "THREATENS", "Moldova")]),
    ("threatened-to-unless-officials", "Turkish officials threatened to close the border "
     "crossings unless the Kurdistan Workers' Party withdrew from Sinjar.",
     [("Turkey", "THREATENS", "Kurdistan Workers' Party")]),
    ("threatened-to-if-on-act", "Serbia threatened to suspend the talks if Kosovo "
     "deployed police to the north.", [("Serbia", "THREATENS", "Kosovo")]),
    ("threatened-to-and-unless", "Ethiopia threatened to close the Moyale road and halt "
     "grain shipments unless the Oromo Liberation Army ended its blockade.",
     [("Ethiopia", "THREATENS", "Oromo Liberation Army")]),
    # --- attacks in a place
    ("bomb-attack-in-town", "The Red Condor Front carried out a bomb attack in Popayán on "
     "Sunday.", [("Red Condor Front", "TARGETS", "Popayán")]),
    ("wave-of-bombings-in-and-in-town-of", "Al-Shabaab carried out a wave of bombings in "
     "Baidoa and in the town of Afgooye.",
     [("al-Shabaab", "TARGETS", "Baidoa"), ("al-Shabaab", "TARGETS", "Afgooye")]),
    ("launched-raid-in-town", "The Arakan Army launched a raid in Maungdaw at dawn.",
     [("Arakan Army", "TARGETS", "Maungdaw")]),
    # --- open ground near a town
    ("struck-hillsides-around", "Turkish drones struck hillsides around Penjwen on "
     "Monday.", [("Turkish forces", "TARGETS", "Penjwen")]),
    ("claimed-attack-at-prison", "Boko Haram claimed the attack at Kuje prison.",
     [("Boko Haram", "TARGETS", "Kuje prison")]),
    ("group-that-claimed-massacre-at", "Ansar Dine, the group that claimed the 2019 "
     "massacre at the Sévaré Grand Mosque, has grown.",
     [("Ansar Dine", "TARGETS", "Sévaré Grand Mosque")]),
    ("struck-farms-around", "The Sudanese Armed Forces struck farms around Kodok on "
     "Monday.", [("Sudanese Armed Forces", "TARGETS", "Kodok")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # --- attacks in a place: only attacks, only towns and regions
    ("wave-of-arrests-in", "Al-Shabaab carried out a wave of arrests in Baidoa and in the "
     "town of Afgooye.", [("al-Shabaab", "TARGETS", "*")]),
    ("claimed-attack-at-dawn", "Boko Haram claimed the attack at dawn on Tuesday.",
     [("Boko Haram", "TARGETS", "*")]),
    ("census-in", "The Red Condor Front carried out a census in Popayán on Sunday.",
     [("Red Condor Front", "TARGETS", "*")]),
    ("attack-in-state", "The Red Condor Front carried out an attack in Ecuador on Sunday.",
     [("Red Condor Front", "TARGETS", "Ecuador")]),
    ("farmers-near-town-fields", "Farmers near Kodok said the Sudanese Armed Forces struck "
     "their fields.", [("Sudanese Armed Forces", "TARGETS", "Kodok")]),
    # --- a name given by someone else is no victim
    ("man-who-named", "The Nigerian Army said its troops killed five insurgents near "
     "Gwoza, including a man who named Musa Bakura as his leader.",
     [("Nigerian Army", "KILLED", "Musa Bakura")]),
    # --- the body is no person, nor the one shot
    ("nurse-with-body-not-victim", "Amina Yusuf, a nurse with the Kano Red Crescent "
     "Society, who was shot dead by ISWAP fighters on 3 May, was buried in Maiduguri.",
     [("Islamic State West Africa Province", "KILLED", "Kano Red Crescent Society"),
      ("Islamic State West Africa Province", "TARGETS", "Kano Red Crescent Society")]),
    ("who-on-the-person-himself", "The Lotikipi Raiders shot dead Grace Achieng, who was "
     "a volunteer with the Turkana Peace Network.",
     [("Lotikipi Raiders", "KILLED", "Turkana Peace Network")]),
    # --- an offer, a hope, a condition on no one
    ("offered-to-unless", "Turkey offered to open the Habur crossing unless the Kurdistan "
     "Regional Government objected.",
     [("Turkey", "THREATENS", "Kurdistan Regional Government")]),
    ("hoped-to-if", "Serbia hoped to resume the talks if Kosovo deployed police to the "
     "north.", [("Serbia", "THREATENS", "Kosovo")]),
    ("threatened-to-unless-no-one", "Russia threatened to cut gas supplies unless prices "
     "rose.", [("Russia", "THREATENS", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_violence_found(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_violence_not_found(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
