"""Threats as officials and commanders tell them: a minister, president, general or
spokesman who says the army (troops, security forces) will crush, hunt down or pursue a
group; a state speaking of its own forces; vows to drive a group out of a region, to
avenge those killed by it, to step up attacks on it; warnings of a harsh response to any
attack by it; "would pay for the massacre", "would meet the same fate as". And what only
looks like one: an outsider's forecast, a fear, a denial, an act told as done, forces of
another side, a threat against the speaker, a warning of floods or of a slow response.
Every phrasing short and inside a long wire sentence. Own sentences, invented names,
several regions."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- a speaker's forces named by no owner: the threat is the speaker's ---
    ("minister-army-would-crush", "Defence Minister Musa Bello said the army would crush "
     "the Gongola Liberation Front.", [("Musa Bello", "THREATENS", "Gongola Liberation Front")]),
    ("minister-army-would-crush-long", "Defence Minister Musa Bello said on Tuesday that the "
     "army would crush the Gongola Liberation Front (GLF), which has killed dozens of "
     "villagers in the northeastern state of Adamawa since January, according to a "
     "statement from his office.",
     [("Musa Bello", "THREATENS", "Gongola Liberation Front")]),
    ("president-vowed-troops-hunt", "President Amara Kone vowed that troops would hunt down "
     "the Sahel Freedom Movement.", [("Amara Kone", "THREATENS", "Sahel Freedom Movement")]),
    ("president-vowed-troops-hunt-long", "President Amara Kone of Mali vowed on Friday that "
     "troops would hunt down the Sahel Freedom Movement, whose fighters ambushed a convoy "
     "near the northern town of Tessit last week, killing 17 soldiers.",
     [("Amara Kone", "THREATENS", "Sahel Freedom Movement")]),
    ("promised-armed-forces-pursue-commanders", "Interior Minister Hamid Sarraf promised "
     "that the armed forces would pursue the Tawfiq Brigade's commanders.",
     [("Hamid Sarraf", "THREATENS", "Tawfiq Brigade")]),
    ("promised-security-forces-pursue-long", "Interior Minister Hamid Sarraf promised on "
     "Sunday that security forces would pursue the commanders of the Tawfiq Brigade "
     "\"wherever they hide\", two days after a car bomb killed 12 people in the eastern "
     "city of Qasr.", [("Hamid Sarraf", "THREATENS", "Tawfiq Brigade")]),
    ("general-troops-keep-up-pressure", "General Tomas Rivas said troops would keep up the "
     "pressure on the Cauca Liberation Front until it surrendered.",
     [("Tomas Rivas", "THREATENS", "Cauca Liberation Front")]),
    ("general-troops-keep-up-pressure-long", "General Tomas Rivas, the commander of the "
     "Andean Army, said on Monday that troops would keep up the pressure on the Cauca "
     "Liberation Front in the mountains around Tumbes until its leaders surrendered.",
     [("Tomas Rivas", "THREATENS", "Cauca Liberation Front")]),
    ("general-troops-continue-to-attack", "General Tomas Rivas said troops would continue "
     "to attack the Cauca Liberation Front until it disarmed.",
     [("Tomas Rivas", "THREATENS", "Cauca Liberation Front")]),
    ("spokesman-military-would-destroy", "Colonel Adil Musa, the army spokesman, said the "
     "military would destroy the Green Crescent Brigade.",
     [("Adil Musa", "THREATENS", "Green Crescent Brigade")]),
    ("government-armed-forces-defeat", "The Sudanese government said the armed forces would "
     "defeat the Green Crescent Brigade.", [("Sudan", "THREATENS", "Green Crescent Brigade")]),
    ("secretary-troops-wipe-out-long", "Defence Secretary Ramon Cruz told reporters in "
     "Manila on Thursday that troops would wipe out the Sulu Liberation Movement before the "
     "end of the year, a week after the group beheaded two kidnapped fishermen on Jolo.",
     [("Ramon Cruz", "THREATENS", "Sulu Liberation Movement")]),
    ("titled-minister-of-state-army", "Colombia's defence minister, Ivan Restrepo, said the "
     "army would hunt down the Cauca Liberation Front.",
     [("Ivan Restrepo", "THREATENS", "Cauca Liberation Front")]),
    ("quote-our-troops-will-crush", "\"Our troops will crush the Gongola Liberation Front,\" "
     "Defence Minister Musa Bello said.",
     [("Musa Bello", "THREATENS", "Gongola Liberation Front")]),
    ("warned-that-security-forces-respond", "Ecuador warned the Esmeraldas Front that "
     "security forces would respond with force.", [("Ecuador", "THREATENS", "Esmeraldas Front")]),
    ("group-spokesman-its-fighters", "A spokesman for the Arakan Dawn Army said its fighters "
     "would attack Myanmar's army posts in Rakhine.",
     [("Arakan Dawn Army", "THREATENS", "Myanmar")]),
    # --- a state of its own forces ---
    ("state-its-forces-drive-out", "Ethiopia said its forces would drive the Awash "
     "Liberation Front out of Afar.", [("Ethiopia", "THREATENS", "Awash Liberation Front")]),
    # --- drive out, expel ---
    ("pledged-drive-out", "Prime Minister Abiy Tesfaye pledged to drive the Awash Liberation "
     "Front out of Afar.", [("Abiy Tesfaye", "THREATENS", "Awash Liberation Front")]),
    ("pledged-drive-out-long", "Prime Minister Abiy Tesfaye pledged on Thursday to drive the "
     "Awash Liberation Front out of the Afar region, where the group seized three towns "
     "along the highway to Djibouti last month, state media reported.",
     [("Abiy Tesfaye", "THREATENS", "Awash Liberation Front")]),
    ("vowed-expel-from", "Kyrgyzstan vowed to expel the Ferghana Islamic Movement from the "
     "Batken region.", [("Kyrgyzstan", "THREATENS", "Ferghana Islamic Movement")]),
    # --- avenging, retaliation, a harsh response ---
    ("swore-avenge-killed-by", "President Ivan Petrov swore to avenge the soldiers killed "
     "in the ambush by the Donets Brigade.", [("Ivan Petrov", "THREATENS", "Donets Brigade")]),
    ("swore-avenge-killed-by-long", "President Ivan Petrov, speaking at a funeral in the "
     "city of Kramatorsk on Saturday, swore to avenge the 14 soldiers killed in last week's "
     "ambush by the Donets Brigade, an alliance of militias formed in 2019.",
     [("Ivan Petrov", "THREATENS", "Donets Brigade")]),
    ("vowed-avenge-killing-by", "The Hawd People's Front vowed to avenge the killing of its "
     "commander by the Ethiopian army.",
     [("Hawd People's Front", "THREATENS", "Ethiopian forces")]),
    ("warned-harsh-response-to-attack-by", "Turkey warned of a harsh response to any attack "
     "by the Rojava Front.", [("Turkey", "THREATENS", "Rojava Front")]),
    ("warned-harsh-response-to-attack-by-long", "Turkey warned on Wednesday of a harsh "
     "response to any attack by the Rojava Front on its border posts, hours after rockets "
     "fired from across the border hit the town of Kilis, the defence ministry said.",
     [("Turkey", "THREATENS", "Rojava Front")]),
    ("vowed-crushing-response-to", "The Somali army vowed a crushing response to the "
     "Dhulbahante Brigade.", [("Somali forces", "THREATENS", "Dhulbahante Brigade")]),
    ("vowed-retaliation-for-raid", "The Somali army vowed retaliation for the Dhulbahante "
     "Brigade's raid on Galkayo.", [("Somali forces", "THREATENS", "Dhulbahante Brigade")]),
    ("vowed-step-up-attacks-on", "The Somali army vowed to step up attacks on the "
     "Dhulbahante Brigade.", [("Somali forces", "THREATENS", "Dhulbahante Brigade")]),
    ("vowed-step-up-attacks-on-long", "The Somali army vowed on Tuesday to step up its "
     "attacks on the Dhulbahante Brigade in the Sool region after the group killed five "
     "soldiers at a checkpoint near Las Anod.",
     [("Somali forces", "THREATENS", "Dhulbahante Brigade")]),
    # --- the same fate; paying for the massacre ---
    ("same-fate-as", "Defence Minister Musa Bello said the Gongola Front would meet the same "
     "fate as Boko Haram.", [("Musa Bello", "THREATENS", "Gongola Front")]),
    ("same-fate-as-long", "General Kemal Aydin said on Sunday that the Rojava Front, which "
     "has held the town of Tal Rifat since 2016, would suffer the same fate as the Islamic "
     "State in Raqqa.", [("Kemal Aydin", "THREATENS", "Rojava Front")]),
    ("pay-for-massacre", "Interior Minister Hamid Sarraf said the Tawfiq Brigade would pay "
     "for the massacre.", [("Hamid Sarraf", "THREATENS", "Tawfiq Brigade")]),
    ("pay-for-massacre-long", "Interior Minister Hamid Sarraf said on Wednesday the Tawfiq "
     "Brigade would pay for the massacre in the village of Umm Sayala, where gunmen killed "
     "40 people, including women and children, according to residents.",
     [("Hamid Sarraf", "THREATENS", "Tawfiq Brigade")]),
    ("pay-for-crimes", "Interior Minister Hamid Sarraf said the Tawfiq Brigade would pay for "
     "its crimes.", [("Hamid Sarraf", "THREATENS", "Tawfiq Brigade")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # --- the army told of by one who does not speak for it, or not as a threat ---
    ("analysts-army-would-crush", "Analysts said the army would crush the Gongola "
     "Liberation Front.", [("*", "THREATENS", "*")]),
    ("feared-army-would-attack", "Residents feared the army would attack the Gongola "
     "Liberation Front.", [("*", "THREATENS", "*")]),
    ("army-had-crushed", "Defence Minister Musa Bello said the army had crushed the Gongola "
     "Liberation Front.", [("Musa Bello", "*", "Gongola Liberation Front")]),
    ("army-would-protect", "Defence Minister Musa Bello said the army would protect the "
     "Gongola Liberation Front.", [("*", "THREATENS", "*")]),
    ("denied-army-would-attack", "Defence Minister Musa Bello denied that the army would "
     "attack the Gongola Liberation Front.", [("*", "THREATENS", "*")]),
    ("army-would-not-attack", "Defence Minister Musa Bello said the army would not attack "
     "the Gongola Liberation Front.", [("*", "THREATENS", "*")]),
    ("rebel-fighters-are-another-side", "Defence Minister Musa Bello said rebel fighters "
     "would attack Yola.", [("Musa Bello", "THREATENS", "*")]),
    ("outsider-body-speaks", "The United Nations said the army would attack the Tawfiq "
     "Brigade.", [("United Nations", "THREATENS", "*")]),
    ("reporter-speaks", "Reporter Ana Lima said troops would attack the Cauca Liberation "
     "Front.", [("Ana Lima", "THREATENS", "*")]),
    ("group-warns-of-troops", "The Sulu Liberation Movement warned that troops would attack "
     "the town of Jolo.", [("Sulu Liberation Movement", "THREATENS", "*")]),
    ("group-feared-army", "Defence Minister Musa Bello said the Gongola Front feared the "
     "army would crush it.", [("*", "THREATENS", "*")]),
    ("denied-its-fighters-would-attack", "The Rojava Front denied that its fighters would "
     "attack Turkey.", [("*", "THREATENS", "*"), ("*", "TARGETS", "*")]),
    # --- the direction: a threat against the official ---
    ("threat-against-the-minister", "The Rojava Front threatened Defence Minister Kemal "
     "Aydin.", [("Kemal Aydin", "THREATENS", "*")]),
    # --- an act told as done is no threat; a threat is no act ---
    ("drove-out-told", "Ethiopia said its forces had driven the Awash Liberation Front out "
     "of Afar in 2021.", [("*", "THREATENS", "*")]),
    ("would-drive-out-is-no-taking", "Ethiopia said its forces would drive the Awash "
     "Liberation Front out of Afar.", [("*", "CONTROLS", "*"), ("*", "TARGETS", "*")]),
    ("stepped-up-attacks-told", "The Somali army stepped up attacks on the Dhulbahante "
     "Brigade.", [("*", "THREATENS", "*")]),
    ("attacked-told", "The Rojava Front attacked Turkey on Monday.", [("*", "THREATENS", "*")]),
    ("troops-had-kept-up-pressure", "General Tomas Rivas said troops had kept up the "
     "pressure on the Cauca Liberation Front until it surrendered.", [("*", "THREATENS", "*")]),
    ("vowed-step-up-is-no-attack", "The Somali army vowed to step up attacks on the "
     "Dhulbahante Brigade.", [("*", "TARGETS", "*")]),
    # --- near misses of each phrasing ---
    ("pledged-drive-envoys-to-talks", "Prime Minister Abiy Tesfaye pledged to drive the "
     "Awash Liberation Front's envoys to the talks in Afar.", [("*", "THREATENS", "*")]),
    ("pledged-drive-inflation-out", "Prime Minister Abiy Tesfaye pledged to drive inflation "
     "out of the economy.", [("*", "THREATENS", "*")]),
    ("swore-to-honour-killed-by", "President Ivan Petrov swore to honour the soldiers "
     "killed in the ambush by the Donets Brigade.", [("*", "THREATENS", "*")]),
    ("ruled-out-retaliation", "The Somali army ruled out retaliation for the Dhulbahante "
     "Brigade's raid on Galkayo.", [("*", "THREATENS", "*")]),
    ("warned-slow-response-to-floods", "Turkey warned of a slow response to the floods that "
     "hit the Rojava Front's villages.", [("*", "THREATENS", "*")]),
    ("had-met-same-fate", "Defence Minister Musa Bello said the Gongola Front had met the "
     "same fate as its rivals.", [("*", "THREATENS", "*")]),
    ("pay-for-reconstruction", "Interior Minister Hamid Sarraf said the Tawfiq Brigade would "
     "pay for the reconstruction of Qasr.", [("*", "THREATENS", "*")]),
    ("keep-up-diplomatic-pressure", "The African Union said it would keep up pressure on "
     "Sudan.", [("*", "THREATENS", "*")]),
    # --- warnings that threaten nobody ---
    ("warned-humanitarian-catastrophe", "The United Nations warned of a humanitarian "
     "catastrophe in Tal Rifat.", [("*", "THREATENS", "*")]),
    ("warned-y-of-floods", "Turkey warned the Rojava Front of floods along the Euphrates.",
     [("*", "THREATENS", "*")]),
    ("feared-attacks-by", "Residents feared attacks by the Rojava Front.",
     [("Rojava Front", "THREATENS", "*")]),
]



@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_threat_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_threat_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
