"""Violence laid at a side's door after the deed, or by the one who set it going:

- a killing told first with no doer, then laid to a side: "police attributed the killing
  to X", "blamed the killing on X", "the murder was attributed to X", "..., a killing
  that investigators attribute to X" (X KILLED the dead, as the blamer's claim);
- an attack its organiser set going: "X ordered (planned, financed, masterminded) the
  attack on Y" (X TARGETS Y), read only of an attack that happened: never of a plan
  foiled or still to come, a denial, an accusation or a negation.

Every row is written for this table, with invented names and places from several
regions and naming traditions.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- a killing laid to a side after it is told
    ("attributed-killing-next", "Jonas Mensah, a commander of the Blue Hawks gang, was shot "
     "dead outside a bar in Kumasi in March. Police attributed the killing to the Red "
     "Scorpions gang.", [("Red Scorpions", "KILLED", "Jonas Mensah")]),
    ("blamed-killing-on", "Lieutenant Arturo Quispe was shot dead at a checkpoint near "
     "Ayacucho on Sunday. The defence ministry blamed the killing on the Shining Path "
     "Remnant Front.", [("Shining Path Remnant Front", "KILLED", "Arturo Quispe")]),
    ("murder-was-attributed", "Village chief Ousmane Diallo was shot dead in Ménaka in "
     "2023. The murder was attributed to the Azawad Desert Brigade.",
     [("Azawad Desert Brigade", "KILLED", "Ousmane Diallo")]),
    ("killing-that-attribute", "Ivan Horvat was killed in Vienna in 2021, a killing that "
     "investigators attribute to the Dalmatian Brotherhood.",
     [("Dalmatian Brotherhood", "KILLED", "Ivan Horvat")]),
    ("deaths-attributed-slavic", "Two officers, Pavel Kuznetsov and Oleg Morozov, were "
     "killed near Nalchik on Friday. Investigators attributed the deaths to the "
     "Kabardino Mountain Front.", [("Kabardino Mountain Front", "KILLED", "Pavel Kuznetsov"),
                 ("Kabardino Mountain Front", "KILLED", "Oleg Morozov")]),
    # --- an attack its organiser set going
    ("ordered-attack-on", "The Tana Valley Brigade ordered the attack on Garsen police "
     "station on 3 May, police said.", [("Tana Valley Brigade", "TARGETS",
                                          "Garsen police station")]),
    ("planned-and-financed-attacks", "Our investigation shows that the Red Hand Brigade "
     "planned and financed the attacks on Kalma police station last month.",
     [("Red Hand Brigade", "TARGETS", "Kalma police station")]),
    ("masterminded-relative", "Juma Okello, who masterminded the attack on the Moyale "
     "police station, was arrested in Marsabit on Friday.",
     [("Juma Okello", "TARGETS", "Moyale police station")]),
    ("organised-raid-spanish", "According to prosecutors, Los Halcones organised "
     "the raid on Tumbes prison in January.",
     [("Los Halcones", "TARGETS", "Tumbes prison")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # --- a killing not laid to the side
    ("not-attributed", "Kwame Boateng was shot dead in Accra in 2022. Police have not "
     "attributed the killing to any group, and the Red Scorpions gang denied involvement.",
     [("Red Scorpions", "KILLED", "*")]),
    ("claims-rejected", "Kwame Boateng was shot dead in Accra in 2022. The Red Scorpions "
     "gang rejected claims that attributed the killing to it.",
     [("Red Scorpions", "KILLED", "*")]),
    ("illness-blamed", "Kwame Boateng died of a heart attack in Accra in 2022. His family "
     "blamed the death on the Red Scorpions gang.", [("Red Scorpions", "KILLED", "*")]),
    ("attributed-success-not-harm", "Halima Yusuf was elected mayor of Kano in 2022. "
     "Analysts attributed the victory to the Kano Traders Union.",
     [("Kano Traders Union", "*", "Halima Yusuf")]),
    ("killing-of-another-history", "The Dalmatian clan is led by Ivan Horvat. Analysts "
     "attribute the rise in violence to the Istrian clan.",
     [("Istrian clan", "KILLED", "*")]),
    # --- an attack organised that did not (yet) happen, or was not organised
    ("planning-foiled", "The Red Hand Brigade was planning an attack on Kalma police "
     "station when police raided its camp.", [("Red Hand Brigade", "TARGETS", "*")]),
    ("planned-indefinite-plot", "The Red Hand Brigade planned an attack on Kalma police "
     "station, but police foiled the plot.", [("Red Hand Brigade", "TARGETS", "*")]),
    ("denied-ordering", "The Tana Valley Brigade denied ordering the attack on Garsen police "
     "station.", [("Tana Valley Brigade", "TARGETS", "*")]),
    ("accused-of-planning", "Police accused the Tana Valley Brigade of planning the attack on "
     "Garsen police station.", [("Tana Valley Brigade", "TARGETS", "*")]),
    ("did-not-order", "The Tana Valley Brigade did not order the attack on Garsen police "
     "station, its spokesman said.", [("Tana Valley Brigade", "TARGETS", "*")]),
    ("is-planning-future", "The Red Hand Brigade is planning attacks on Kalma police "
     "station, an informant said.", [("Red Hand Brigade", "TARGETS", "*")]),
    ("ordered-investigation", "The Kenyan interior ministry ordered an investigation into "
     "the attack on Garsen police station.", [("*", "TARGETS", "*")]),
]

CASES = [pytest.param(text, want, True, id=f"reads-{cid}") for cid, text, want in POSITIVE] + [
    pytest.param(text, bad, False, id=f"not-{cid}") for cid, text, bad in NEGATIVE]


@pytest.mark.parametrize(("text", "triples", "asserted"), CASES)
def test_violence3(nlp: Language, text: str, triples: list[Triple], asserted: bool) -> None:
    (assert_found if asserted else assert_absent)(nlp, text, triples)
