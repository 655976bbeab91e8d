"""An attack told first with an unnamed doer ("gunmen", "militants", "a roadside bomb"),
its doer named after: a claim ("X claimed the ambush", "X claimed responsibility", "X
said it carried out the attack"), a blame by the victims' side or the authorities
("the army said, blaming X", "police said X was behind it", told as the blamer's claim)
or an identification of the doers ("the attackers, fighters of X, ...", "the gunmen
were believed to be members of X"). X TARGETS what the attack struck and X KILLED the
side of its dead. Own sentences in wire style, invented groups, people and towns."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- a claim in the next sentence
    ("claim-ambush-next", "Militants ambushed a convoy of the Malian army near Ansongo on "
     "Monday, killing four soldiers. The Gourma Sword Front claimed the ambush.",
     [("Gourma Sword Front", "TARGETS", "Malian forces"),
      ("Gourma Sword Front", "KILLED", "Malian forces")]),
    ("claim-responsibility-for-attack", "Gunmen attacked a police station in Garissa, Kenya, "
     "on Monday, killing three police officers. The Boni Forest Brigade claimed "
     "responsibility for the attack.",
     [("Boni Forest Brigade", "KILLED", "Kenyan police")]),
    ("claim-responsibility-bare", "Gunmen attacked a police station in Mandera, Kenya, on "
     "Monday, killing three police officers. The Boni Forest Brigade claimed responsibility.",
     [("Boni Forest Brigade", "KILLED", "Kenyan police")]),
    ("claim-responsibility-statement", "MAIDUGURI, Nigeria — Insurgents stormed a Nigerian "
     "army base in Borno state before dawn on Saturday, killing eleven soldiers, according to "
     "two military officers. In a statement posted online, the Sambisa Martyrs Brigade "
     "claimed responsibility for the assault.",
     [("Sambisa Martyrs Brigade", "TARGETS", "Nigerian forces"),
      ("Sambisa Martyrs Brigade", "KILLED", "Nigerian forces")]),
    ("claim-bombing-after-strike", "A suicide bomber struck a police checkpoint in Quetta, "
     "Pakistan, on Friday, killing nine police officers. The Bolan Liberation Front later "
     "claimed the bombing.",
     [("Bolan Liberation Front", "KILLED", "Pakistani police")]),
    ("claim-no-dead-targets-only", "Militants ambushed a convoy of the Burkinabe army near "
     "Djibo on Monday. The Soum Defence Front claimed the ambush.",
     [("Soum Defence Front", "TARGETS", "Burkinabe forces")]),
    ("claim-said-carried-out", "Gunmen attacked a police station in Lamu, Kenya, on Sunday, "
     "killing two police officers. The Boni Forest Brigade said it carried out the attack.",
     [("Boni Forest Brigade", "KILLED", "Kenyan police")]),
    ("claim-attack-was-claimed-by", "Gunmen raided an army post near Dori, Burkina Faso, on "
     "Tuesday, killing six soldiers. The attack was claimed by the Liptako Patriotic Front.",
     [("Liptako Patriotic Front", "KILLED", "Burkinabe forces")]),
    ("claim-two-sentences-later", "Militants ambushed a Malian army patrol near Tessit on "
     "Thursday, killing seven soldiers. The patrol had left the town at dawn. On Friday, the "
     "Ansongo Resistance Movement claimed the ambush in a message to reporters.",
     [("Ansongo Resistance Movement", "KILLED", "Malian forces")]),
    ("claim-named-victim", "Gunmen shot dead Mayor Elena Vargas of Tumaco, Colombia, on "
     "Sunday. The Mira River Front claimed responsibility for the killing.",
     [("Mira River Front", "KILLED", "Elena Vargas")]),
    ("claim-same-sentence", "A suicide bomber struck a police checkpoint in Quetta, "
     "Pakistan, on Friday, killing nine police officers, and the Bolan Liberation Front "
     "later claimed the bombing.",
     [("Bolan Liberation Front", "KILLED", "Pakistani police")]),
    # --- a blame by the victims' side or the authorities
    ("blame-participle-same-sentence", "BAMAKO, Mali — Gunmen killed six soldiers at a "
     "checkpoint near Gao on Friday, the army said, blaming the Gourma Sword Front.",
     [("Gourma Sword Front", "KILLED", "Malian forces")]),
    ("blame-next-sentence", "Four Colombian soldiers were killed on Sunday when their patrol "
     "was ambushed in Cauca province. The army blamed the Red Ridge Front, a dissident "
     "faction.",
     [("Red Ridge Front", "KILLED", "Colombian forces")]),
    ("blame-for-killing", "Gunmen shot dead Mayor Elena Vargas of Tumaco, Colombia, on "
     "Sunday. The army blamed the Red Ridge Front for the killing.",
     [("Red Ridge Front", "KILLED", "Elena Vargas")]),
    ("blame-behind-it", "Gunmen attacked a police station in Garissa, Kenya, on Monday, "
     "killing three police officers. Police said the Boni Forest Brigade was behind it.",
     [("Boni Forest Brigade", "KILLED", "Kenyan police")]),
    ("blame-behind-the-attack", "Militants ambushed a convoy of the Malian army near Gao on "
     "Monday, killing four soldiers. The army said the Gourma Sword Front was behind the attack.",
     [("Gourma Sword Front", "KILLED", "Malian forces"),
      ("Gourma Sword Front", "TARGETS", "Malian forces")]),
    ("blame-for-the-ambush", "Militants ambushed a convoy of the Nigerien army near Tillia on "
     "Monday, killing nine soldiers. Niger blamed the Azawagh Brigade for the ambush.",
     [("Azawagh Brigade", "KILLED", "Nigerien forces")]),
    ("blame-it-on", "Gunmen attacked a police post in Garissa, Kenya, on Monday, killing two "
     "police officers. The government blamed it on the Boni Forest Brigade.",
     [("Boni Forest Brigade", "KILLED", "Kenyan police")]),
    ("blame-long-wire", "ISLAMABAD, Pakistan — Unidentified gunmen opened fire on a police "
     "patrol in the northwestern city of Bannu late on Wednesday, killing four police "
     "officers, a senior official said, blaming the Kurram Valley Front, which has "
     "carried out a string of raids in the region.",
     [("Kurram Valley Front", "KILLED", "Pakistani police")]),
    # --- the doers identified
    ("identify-apposition-fighters-of", "The attackers, fighters of the Gourma Sword Front, set "
     "off a bomb under a police truck in Garissa, Kenya, killing three police officers.",
     [("Gourma Sword Front", "KILLED", "Kenyan police")]),
    ("identify-apposition-members-of", "The gunmen, members of the Boni Forest Brigade, "
     "attacked a police station in Lamu, Kenya, on Sunday, killing two police officers.",
     [("Boni Forest Brigade", "KILLED", "Kenyan police")]),
    ("identify-were-believed-members", "Gunmen stormed a Nigerian army base in Borno on "
     "Monday, killing seven soldiers. The gunmen were believed to be members of the Sambisa "
     "Martyrs Brigade.",
     [("Sambisa Martyrs Brigade", "KILLED", "Nigerian forces"),
      ("Sambisa Martyrs Brigade", "TARGETS", "Nigerian forces")]),
    ("identify-were-fighters-sources-said", "Unidentified gunmen raided a Nigerian army base "
     "in Borno state overnight, killing eleven soldiers, according to military sources. The "
     "attackers were fighters of the Sambisa Martyrs Brigade, the sources said.",
     [("Sambisa Martyrs Brigade", "KILLED", "Nigerian forces")]),
    ("identify-identified-as", "Gunmen ambushed a Malian army convoy near Boni on Monday, "
     "killing five soldiers. The assailants were identified as fighters of the Hombori "
     "Front.",
     [("Hombori Front", "KILLED", "Malian forces")]),
    # --- more regions, short and long
    ("claim-philippines-radio", "Gunmen ambushed a Philippine army patrol in Maguindanao on "
     "Sunday, killing three soldiers. The Liguasan Liberation Front claimed the attack in a "
     "radio interview.",
     [("Liguasan Liberation Front", "KILLED", "Philippine forces")]),
    ("blame-mozambique-behind", "Insurgents raided a Mozambican army post near Palma on "
     "Wednesday, killing eight soldiers. The army said the Rovuma Brotherhood Army was "
     "behind the attack.",
     [("Rovuma Brotherhood Army", "KILLED", "Mozambican forces")]),
    ("blame-colombia-for-attack", "Gunmen killed two police officers in Cali, Colombia, on "
     "Saturday. Police blamed the Farallones Front for the attack.",
     [("Farallones Front", "KILLED", "Colombian police")]),
    ("claim-long-wire-dateline", "KABUL, Afghanistan (AP) — Militants armed with rifles and "
     "grenades attacked an Afghan army outpost in the eastern province of Nangarhar late "
     "on Tuesday, killing six soldiers and wounding four others, a provincial spokesman "
     "said. The Khyber Pass Battalion claimed responsibility for the attack in a message to "
     "journalists on Wednesday.",
     [("Khyber Pass Battalion", "KILLED", "Afghan forces"),
      ("Khyber Pass Battalion", "TARGETS", "Afghan forces")]),
    ("identify-later-said-belonged", "ABUJA, Nigeria — Gunmen stormed a Nigerian army base "
     "near Damboa on Monday, killing nine soldiers. Military sources said the attackers "
     "belonged to the Sambisa Martyrs Brigade.",
     [("Sambisa Martyrs Brigade", "KILLED", "Nigerian forces")]),
    ("claim-responsibility-bare-wire", "Unidentified attackers set fire to a Chadian army "
     "depot near Bol on Thursday and shot dead three soldiers, residents said. The Kanem "
     "Jihad Brigade claimed responsibility on Friday.",
     [("Kanem Jihad Brigade", "KILLED", "Chadian forces")]),
    ("identify-suspected-militants", "Police said suspected Boni Forest Brigade militants "
     "attacked a police station in Lamu, Kenya, on Sunday, killing two police officers.",
     [("Boni Forest Brigade", "KILLED", "Kenyan police")]),
    ("claim-its-fighters-carried-out", "A roadside bomb struck an army truck near Miranshah, "
     "Pakistan, on Thursday, killing two soldiers. The Tochi Valley Front said its fighters "
     "had carried out the attack.",
     [("Tochi Valley Front", "KILLED", "Pakistani forces"),
      ("Tochi Valley Front", "TARGETS", "Pakistani forces")]),
    ("claim-carried-out-to-avenge", "Gunmen killed four Burkinabe soldiers near Djibo on "
     "Sunday. The Soum Defence Front said it had carried out the attack to avenge its "
     "commander.", [("Soum Defence Front", "KILLED", "Burkinabe forces")]),
    ("identify-belonged-to", "Gunmen attacked a police station in Mandera, Kenya, on Monday, "
     "killing three police officers. Police said the attackers belonged to the Boni Forest "
     "Brigade.",
     [("Boni Forest Brigade", "KILLED", "Kenyan police")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # a denial is no claim
    ("denied-role", "Gunmen attacked a police station in Garissa, Kenya, on Monday, killing "
     "three police officers. The Boni Forest Brigade denied any role in the attack.",
     [("Boni Forest Brigade", "*", "*")]),
    ("denied-responsibility", "Militants ambushed a convoy of the Malian army near Gao on "
     "Monday, killing four soldiers. The Gourma Sword Front denied responsibility for the "
     "ambush.", [("Gourma Sword Front", "KILLED", "*"), ("Gourma Sword Front", "TARGETS", "*")]),
    ("denied-carried-out", "Gunmen attacked a police station in Lamu, Kenya, on Sunday, "
     "killing two police officers. The Boni Forest Brigade said it did not carry out the "
     "attack.", [("Boni Forest Brigade", "KILLED", "*")]),
    # a claim of another attack
    ("claim-other-attack-last-year", "Gunmen attacked a police station in Garissa, Kenya, on "
     "Monday, killing three police officers. The Boni Forest Brigade claimed an attack on a "
     "bank last year.", [("Boni Forest Brigade", "KILLED", "*")]),
    ("claim-an-attack-indefinite", "Militants ambushed a convoy of the Malian army near Gao "
     "on Monday, killing four soldiers. The Gourma Sword Front has claimed attacks in the region "
     "before.", [("Gourma Sword Front", "KILLED", "*")]),
    # a blame rejected or not made
    ("blame-rejected", "Gunmen attacked a police station in Garissa, Kenya, on Monday, "
     "killing three police officers. The Boni Forest Brigade rejected claims that it was "
     "behind the attack.", [("Boni Forest Brigade", "KILLED", "*")]),
    ("blame-declined", "Militants ambushed a convoy of the Malian army near Gao on Monday, "
     "killing four soldiers. The army declined to blame the Gourma Sword Front.",
     [("Gourma Sword Front", "KILLED", "*")]),
    ("blame-not", "Militants ambushed a convoy of the Malian army near Gao on Monday, "
     "killing four soldiers. The army did not blame the Gourma Sword Front.",
     [("Gourma Sword Front", "KILLED", "*")]),
    ("blame-for-crisis", "Militants ambushed a convoy of the Malian army near Gao on Monday, "
     "killing four soldiers. Separately, the junta blamed the Gao Traders Union for the fuel "
     "shortage.", [("Gao Traders Union", "*", "Malian forces")]),
    # a threat is no claim
    ("threat-vowed-more", "Gunmen attacked a police station in Garissa, Kenya, on Monday, "
     "killing three police officers. The Boni Forest Brigade vowed more attacks.",
     [("Boni Forest Brigade", "KILLED", "*")]),
    ("threat-would-carry-out", "Gunmen attacked a police station in Garissa, Kenya, on "
     "Monday, killing three police officers. The Boni Forest Brigade said it would carry out "
     "the attack again.", [("Boni Forest Brigade", "KILLED", "*")]),
    # a different event in between: the claim is of the nearest matching one
    ("other-event-between", "Militants ambushed a convoy of the Malian army near Gao on "
     "Monday, killing four soldiers. On Tuesday, Malian army jets bombed a camp of the Kidal "
     "Lions near Aguelhok. The Gourma Sword Front claimed the attack.",
     [("Gourma Sword Front", "*", "*")]),
    # no dead: no KILLED
    ("no-dead-no-killed", "Militants ambushed a convoy of the Burkinabe army near Djibo on "
     "Monday. The Soum Defence Front claimed the ambush.",
     [("Soum Defence Front", "KILLED", "*")]),
    ("no-dead-wounded", "Gunmen attacked a police station in Garissa, Kenya, on Monday, "
     "wounding two police officers. The Boni Forest Brigade claimed the attack.",
     [("Boni Forest Brigade", "KILLED", "*")]),
    # a doer named already is not the claimant's
    ("doer-named-other", "The Kidal Liberation Army ambushed a Malian army convoy near Anefis on "
     "Monday, killing four soldiers. The Gourma Sword Front claimed the ambush.",
     [("Gourma Sword Front", "*", "*")]),
    # the attack only feared or planned
    ("attack-feared", "Gunmen could attack police stations in Garissa, Kenya, officials "
     "warned on Monday. The Boni Forest Brigade claimed responsibility.",
     [("Boni Forest Brigade", "*", "*")]),
    ("attack-foiled", "Police foiled a plot to attack a bank in Garissa, Kenya, on Monday. "
     "The Boni Forest Brigade claimed responsibility.",
     [("Boni Forest Brigade", "*", "*")]),
    # the victims' side is not the doer
    ("blamer-not-doer", "BAMAKO, Mali — Gunmen killed six soldiers at a checkpoint near Gao "
     "on Friday, the army said, blaming the Gourma Sword Front.",
     [("Malian forces", "KILLED", "*")]),
    # a blame long after, for nothing told
    ("blame-no-event", "The Kenyan government blamed the Boni Forest Brigade on Monday.",
     [("Boni Forest Brigade", "KILLED", "*"), ("Boni Forest Brigade", "TARGETS", "*")]),
    ("condemned-not-claimed", "Gunmen ambushed a Philippine army patrol in Maguindanao on "
     "Sunday, killing three soldiers. The Liguasan Liberation Front condemned the attack.",
     [("Liguasan Liberation Front", "KILLED", "*")]),
    ("nothing-to-do-with", "Gunmen killed two police officers in Cali, Colombia, on Saturday. "
     "The Farallones Front said it had nothing to do with the attack.",
     [("Farallones Front", "KILLED", "*")]),
    ("investigating-whether", "Gunmen killed two police officers in Cali, Colombia, on "
     "Saturday. Police were investigating whether the Farallones Front was behind the "
     "attack.", [("Farallones Front", "KILLED", "*")]),
    ("mourned-the-dead", "Insurgents raided a Mozambican army post near Palma on Wednesday, "
     "killing eight soldiers. The Rovuma Brotherhood Army praised the attack.",
     [("Rovuma Brotherhood Army", "KILLED", "*")]),
    ("attackers-members-of-other-clause", "Gunmen stormed a Nigerian army base near Damboa "
     "on Monday, killing nine soldiers. Many residents are members of the Damboa Farmers "
     "Association.", [("Damboa Farmers Association", "*", "*")]),
    ("blame-threat-far-later", "Gunmen killed two police officers in Cali, Colombia, on "
     "Saturday. The city held a vigil on Sunday. Shops stayed closed. Schools reopened on "
     "Tuesday. On Thursday the mayor blamed the Farallones Front for the rise in extortion.",
     [("Farallones Front", "KILLED", "*")]),
    ("claim-its-fighters-would", "A roadside bomb struck an army truck near Miranshah, "
     "Pakistan, on Thursday, killing two soldiers. The Tochi Valley Front said its fighters "
     "would carry out more attacks.", [("Tochi Valley Front", "KILLED", "*")]),
    ("blame-rejected-by-army", "Gunmen killed four Burkinabe soldiers near Djibo on Sunday. "
     "The army dismissed reports blaming the Soum Defence Front.",
     [("Soum Defence Front", "KILLED", "*")]),
    # a member phrase about others than the attackers
    ("members-not-attackers", "Gunmen attacked a police station in Garissa, Kenya, on "
     "Monday, killing three police officers. The victims were members of the Kenyan Police "
     "Union.", [("Kenyan Police Union", "*", "*")]),
]

CASES = [pytest.param(text, want, True, id=f"reads-{cid}") for cid, text, want in POSITIVE] + [
    pytest.param(text, bad, False, id=f"not-{cid}") for cid, text, bad in NEGATIVE]


@pytest.mark.parametrize(("text", "triples", "asserted"), CASES)
def test_reading(nlp: Language, text: str, triples: list[Triple], asserted: bool) -> None:
    (assert_found if asserted else assert_absent)(nlp, text, triples)
