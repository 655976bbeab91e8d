"""KILLED told from the victims' side, as wire reports tell killings: the dead named as
men of a side or by the thing of theirs that was struck ("attacked a base of X, killing
five soldiers"), killers named by a noun ("an air strike by Y killed X", "gunmen loyal to
Y"), and the words armies use for killing ("neutralised", "eliminated", "took out").

Every row is a sentence written for this table, with invented people and groups in several
regions, once short and often inside a long wire sentence. The must-nots hold the near
misses: civilians (no side), the attacker's own losses, a threat, a denial, an accident,
a survivor, and the other direction.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases
from .test_extract_violence import killed, never

READ: list[tuple[str, str, list[Triple]]] = [
    # a thing of the side struck, then its men killed: the side is killed
    (
        "y2-ambushed-patrol-militiamen",
        "Rebels of the Tana River Brigade attacked an outpost of the Garre militia on "
        "Monday, killing four militiamen.",
        [killed("Tana River Brigade", "Garre")],
    ),
    (
        "y2-stormed-base-fighters",
        "The Arakan Army stormed a base of the Chin National Front near Paletwa, killing "
        "six fighters.",
        [killed("Arakan Army", "Chin National Front")],
    ),
    (
        "y2-raided-camp-members-long",
        "Boko Haram fighters raided a camp of the Civilian Joint Task Force near Bama on "
        "Friday, killing nine members, a militia leader said.",
        [killed("Boko Haram", "Civilian Joint Task Force")],
    ),
    (
        "y2-ambushed-patrol-soldiers",
        "The Arakan Army ambushed a patrol of the Tatmadaw near Kyauktaw, killing two "
        "soldiers.",
        [killed("Arakan Army", "Tatmadaw")],
    ),
    (
        "y2-ambushed-patrol-reported",
        "Jubaland police said Monday that al-Shabaab militants had ambushed a patrol of the "
        "Ras Kamboni Brigade near Afmadow, killing two militiamen.",
        [killed("al-Shabaab", "Ras Kamboni Brigade")],
    ),
    (
        "y2-attacked-convoy-state-army",
        "Red Sierra Front rebels attacked a convoy of the Peruvian army on Tuesday, killing "
        "seven soldiers, officials said.",
        [killed("Red Sierra Front", "Peruvian forces")],
    ),
    (
        "y2-attacked-checkpoint-state-army",
        "The Jubaland Liberation Front attacked a checkpoint of the Somali army on Monday, "
        "killing four soldiers.",
        [killed("Jubaland Liberation Front", "Somali forces")],
    ),
    (
        "y2-attacked-army-members-of-security-forces",
        "The Kivu Front attacked the Congolese army near Beni, killing at least 11 members "
        "of the security forces.",
        [killed("Kivu Front", "Democratic Republic of the Congo forces")],
    ),
    # members of a side killed, active and passive
    (
        "y2-members-killed-by",
        "Twelve members of the Red Wolves gang were killed by Haitian police on Sunday.",
        [killed("Haitian police", "Red Wolves")],
    ),
    (
        "y2-soldiers-of-killed-by-fighters-of",
        "Three soldiers of the Malian army were killed by fighters of the Sahel Liberation "
        "Front near Gao.",
        [killed("Sahel Liberation Front", "Malian forces")],
    ),
    (
        "y2-members-of-police-killed-by",
        "Six members of the Kenyan police were killed by al-Shabaab militants near Mandera "
        "on Monday.",
        [killed("al-Shabaab", "Kenyan police")],
    ),
    (
        "y2-killed-members-of-militia",
        "Boko Haram killed nine members of the Civilian Joint Task Force in Borno State.",
        [killed("Boko Haram", "Civilian Joint Task Force")],
    ),
    (
        "y2-commandos-of-killed-members",
        "Commandos of the Colombian army killed three members of the National Liberation "
        "Army near Cali.",
        [killed("Colombian forces", "National Liberation Army")],
    ),
    (
        "y2-commander-of-killed",
        "The Sahel Liberation Front killed a commander of the Wagner Group near Gao.",
        [killed("Sahel Liberation Front", "Wagner Group")],
    ),
    # killers told by a noun
    (
        "y2-shot-dead-by-group-gunmen",
        "Sergeant Ali Hassan was shot dead by Red Wolves gunmen in Carrefour.",
        [killed("Red Wolves", "Ali Hassan")],
    ),
    (
        "y2-killed-by-fighters-of",
        "Omar Kaya was killed by fighters of the Tana River Brigade.",
        [killed("Tana River Brigade", "Omar Kaya")],
    ),
    (
        "y2-killed-by-soldiers-of",
        "Ali Farah was killed by soldiers of the Somali army near Jilib.",
        [killed("Somali forces", "Ali Farah")],
    ),
    (
        "y2-shot-dead-by-troops-of",
        "Ali Farah was shot dead by troops of the Somali army near Jilib.",
        [killed("Somali forces", "Ali Farah")],
    ),
    (
        "y2-commandos-of-killed",
        "Commandos of the Colombian army killed Pedro Alvarado near Cali.",
        [killed("Colombian forces", "Pedro Alvarado")],
    ),
    (
        "y2-troops-of-shot-dead",
        "Troops of the Malian army shot dead Moussa Diarra near Gao.",
        [killed("Malian forces", "Moussa Diarra")],
    ),
    (
        "y2-gunmen-loyal-to-person",
        "Gunmen loyal to Karim Nasser killed Ali Saleh, a police officer, in Sirte.",
        [killed("Karim Nasser", "Ali Saleh")],
    ),
    (
        "y2-gunmen-loyal-to-group",
        "Gunmen loyal to the Tawfiq Brigade killed Ali Saleh in Sirte.",
        [killed("Tawfiq Brigade", "Ali Saleh")],
    ),
    (
        "y2-killed-by-gunmen-loyal-to",
        "Ali Saleh was killed by gunmen loyal to the Tawfiq Brigade in Sirte.",
        [killed("Tawfiq Brigade", "Ali Saleh")],
    ),
    (
        "y2-air-strike-by-killed",
        "An air strike by the Nigerian air force killed Abu Musa near Bama.",
        [killed("Nigerian forces", "Abu Musa")],
    ),
    (
        "y2-drone-strike-by-killed",
        "A drone strike by the United States killed Hassan Dahir near Jilib.",
        [killed("United States", "Hassan Dahir")],
    ),
    (
        "y2-raid-by-killed-long",
        "A raid by Somali forces killed Ali Farah, an al-Shabaab commander, near Jilib on "
        "Friday, the ministry said.",
        [killed("Somali forces", "Ali Farah")],
    ),
    (
        "y2-air-strike-by-killed-commander",
        "An air strike by the Nigerian air force killed Abu Musa, a commander of Boko Haram.",
        [killed("Nigerian forces", "Abu Musa")],
    ),
    # the words armies use for killing
    (
        "y2-neutralised-members",
        "The Nigerian army said it neutralised 14 members of Boko Haram in Borno State.",
        [killed("Nigerian forces", "Boko Haram")],
    ),
    (
        "y2-neutralised-members-long",
        "Pakistani security forces said they had neutralised 12 members of the "
        "Tehrik-i-Taliban Pakistan in a raid in North Waziristan on Tuesday.",
        [killed("Pakistani forces", "Tehrik-i-Taliban Pakistan")],
    ),
    (
        "y2-eliminated-members",
        "The Burkinabe army eliminated 20 members of JNIM near Djibo.",
        [killed("Burkinabe forces", "Jama'at Nusrat al-Islam wal-Muslimin")],
    ),
    (
        "y2-neutralised-person",
        "Nigerian troops neutralised Abu Musa, a Boko Haram commander, near Bama on Friday.",
        [killed("Nigerian forces", "Abu Musa")],
    ),
    (
        "y2-neutralised-by",
        "Abu Musa was neutralised by Nigerian troops near Bama on Friday.",
        [killed("Nigerian forces", "Abu Musa")],
    ),
    (
        "y2-members-neutralised-by",
        "Five members of the Red Wolves gang were neutralised by Haitian police in Carrefour.",
        [killed("Haitian police", "Red Wolves")],
    ),
    (
        "y2-neutralised-in-operation-by",
        "Abu Musa was neutralised in an operation by the Nigerian army.",
        [killed("Nigerian forces", "Abu Musa")],
    ),
    (
        "y2-neutralised-in-operation-by-long",
        "The Nigerian army said on Sunday that Abu Musa, a senior Boko Haram commander, had "
        "been neutralised in an air operation by the Nigerian air force near Bama.",
        [killed("Nigerian forces", "Abu Musa")],
    ),
    (
        "y2-took-out-commander",
        "Pakistani forces took out a commander of the Baloch Freedom Army.",
        [killed("Pakistani forces", "Baloch Freedom Army")],
    ),
    (
        "y2-took-out-commanders-long",
        "Israeli forces took out two commanders of Hamas in Gaza on Friday, the army said.",
        [killed("Israeli forces", "Hamas")],
    ),
    # a person of one side killed in a raid by another
    (
        "y2-side-commander-killed-in-raid-by",
        "A Boko Haram commander, Abu Musa, was killed in a raid by the Nigerian army.",
        [killed("Nigerian forces", "Abu Musa")],
    ),
    (
        "y2-side-commander-killed-in-raid-by-long",
        "An al-Shabaab commander, Ali Farah, was killed in a raid by Somali forces near "
        "Jilib.",
        [killed("Somali forces", "Ali Farah")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), cases(READ))
def test_killings3_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


MUST_NOT: list[Any] = [
    never(
        "y2-not-civilians-after-convoy",
        "The Sahel Liberation Front attacked a convoy of the Malian army near Menaka, "
        "killing 14 civilians.",
        killed("*", "*"),
    ),
    never(
        "y2-not-civilians-after-patrol",
        "Fighters of the Arakan Army ambushed a patrol of the Tatmadaw near Kyauktaw, "
        "killing three villagers.",
        killed("*", "*"),
    ),
    never(
        "y2-not-own-losses",
        "The Sahel Liberation Front attacked a convoy of the Malian army near Menaka, "
        "losing five fighters.",
        killed("*", "*"),
    ),
    never(
        "y2-not-lost-soldiers-no-attacker",
        "The Malian army lost five soldiers in an attack near Menaka.",
        killed("*", "*"),
    ),
    never(
        "y2-not-car-accident",
        "Omar Kaya was killed in a car accident near Beni.",
        killed("*", "*"),
    ),
    never(
        "y2-not-civilians-killed",
        "Malian soldiers killed five civilians near Menaka.",
        killed("*", "*"),
    ),
    never(
        "y2-not-soldiers-as-victims",
        "The Malian army's soldiers killed three Sahel Liberation Front fighters.",
        killed("Sahel Liberation Front", "*"),
        killed("*", "Malian forces"),
    ),
    never(
        "y2-not-survived-attack",
        "Omar Kaya survived an attack by the Tana River Brigade.",
        killed("*", "*"),
    ),
    never(
        "y2-not-survived-ambush",
        "Omar Kaya survived an ambush by the Tana River Brigade near Garissa.",
        killed("*", "*"),
    ),
    never(
        "y2-not-threatened-to-kill",
        "The Arakan Army threatened to kill Myanmar soldiers.",
        killed("*", "*"),
    ),
    never(
        "y2-not-threatened-to-kill-members",
        "The Tana River Brigade threatened to kill members of the Kenyan police.",
        killed("*", "*"),
    ),
    never(
        "y2-not-denied-killing",
        "The Tana River Brigade denied killing Omar Kaya.",
        killed("*", "*"),
    ),
    never(
        "y2-not-denied-neutralised",
        "The Nigerian army denied that it had neutralised Abu Musa near Bama.",
        killed("*", "*"),
    ),
    never(
        "y2-not-would-neutralise",
        "The Nigerian army said it would neutralise members of Boko Haram.",
        killed("*", "*"),
    ),
    never(
        "y2-not-eliminated-from-race",
        "The ruling party eliminated Pedro Alvarado from the race.",
        killed("*", "*"),
    ),
    never(
        "y2-not-eliminated-from-ballot",
        "The party eliminated two members of the committee from the ballot.",
        killed("*", "*"),
    ),
    never(
        "y2-not-eliminated-from-tournament",
        "Ghana eliminated Nigeria from the tournament.",
        killed("*", "*"),
    ),
    never(
        "y2-not-eliminated-from-talks",
        "Ansarul Islam was eliminated from the peace talks by the Burkinabe government.",
        killed("*", "*"),
    ),
    never(
        "y2-not-neutralised-drones",
        "Ukrainian air defences neutralised 20 Russian drones overnight.",
        killed("*", "*"),
    ),
    never(
        "y2-not-took-out-loan",
        "Pakistani forces took out a loan from the World Bank.",
        killed("*", "*"),
    ),
    never(
        "y2-not-not-taken-out",
        "Hamas said Israel had not taken out any of its commanders.",
        killed("*", "*"),
    ),
    never(
        "y2-not-side-of-the-victim",
        "A Boko Haram commander, Abu Musa, was killed in a raid by the Nigerian army.",
        killed("Boko Haram", "*"),
    ),
    never(
        "y2-not-side-of-the-victim-long",
        "An al-Shabaab commander, Ali Farah, was killed in a raid by Somali forces near "
        "Jilib.",
        killed("al-Shabaab", "*"),
    ),
    never(
        "y2-not-attacked-side-kills-back",
        "The Arakan Army ambushed a patrol of the Tatmadaw near Kyauktaw, killing two "
        "soldiers.",
        killed("Tatmadaw", "*"),
    ),
    never(
        "y2-not-attacked-side-kills-back-members",
        "Boko Haram fighters raided a camp of the Civilian Joint Task Force near Bama on "
        "Friday, killing nine members, a militia leader said.",
        killed("Civilian Joint Task Force", "*"),
    ),
    never(
        "y2-not-reversed-passive",
        "Twelve members of the Red Wolves gang were killed by Haitian police on Sunday.",
        killed("Red Wolves", "*"),
    ),
    never(
        "y2-not-reversed-loyal",
        "Ali Saleh was killed by gunmen loyal to the Tawfiq Brigade in Sirte.",
        killed("Ali Saleh", "*"),
    ),
    never(
        "y2-not-once-loyal",
        "Ali Saleh was killed by gunmen who were once loyal to the Tawfiq Brigade in Sirte.",
        killed("Tawfiq Brigade", "*"),
    ),
    never(
        "y2-not-strike-on-market",
        "An air strike by the Nigerian air force hit a market in Bama.",
        killed("*", "*"),
    ),
    never(
        "y2-not-place-killed-after-raid",
        "Boko Haram fighters raided a camp near Bama on Friday, killing nine soldiers.",
        killed("*", "Bama"),
    ),
    never(
        "y2-not-neutralised-reversed",
        "Five members of the Red Wolves gang were neutralised by Haitian police in Carrefour.",
        killed("Red Wolves", "*"),
    ),
    never(
        "y2-not-loyal-to-ousted-government",
        "Fighters loyal to the ousted government of Kenya ambushed patrols of the Tana Front "
        "near Lamu, killing dozens of its members.",
        ("Kenya", "*", "*"),
    ),
]


@pytest.mark.parametrize(("text", "forbidden"), MUST_NOT)
def test_killings3_must_not(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
