"""Spokespeople and heads named through the kind of their body, as wire copy writes them:
"army spokesman Colonel X" (the army of the state the title or the article names, as the
code names it elsewhere: the army the article names, else the state's forces), "police
spokesman X" and "the police chief, X" (the state's police, as the article names it), "the
rebels' spokesman X" (the group the sentence or the one before names), "said its
spokesperson, X" (the body the quote or the sentence before speaks of), "a spokesman for
the operation, X" (the operation named before), "X, spokesman for the commander-in-chief
of the armed forces of Y" (Y's forces). Heads in side phrases: "Y, the affiliate led by X",
"the faction now commanded by X", "Y has been led since 2016 by his son, X", "X, who heads
Y", "X, director of the Y government's Office for Z" (the office, PART_OF the state); "X,
who leads Y's northern front" is one of Y's people (the head of a part), as is a former
spokesman (as a former leader is).

Must-nots next to each: a spokesman of another body or state in the same sentence, a rebel
army's spokesman, "the spokesman denied that X ...", "X spoke to the army spokesman", the
son of a spokesman, a deputy chief, a former spokesman ("led by example", "the talks led by
Qatar", "X led troops into the town" are tested with the leaders' side phrases).

Own sentences, invented people and bodies from several regions, each short and inside a
long wire sentence."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

S, L, MO, P = "SPOKESPERSON_FOR", "LEADS", "MEMBER_OF", "PART_OF"
SUF, KLF = "Sahel Unity Front", "Kivu Liberation Front"

FOUND: list[tuple[str, str, list[Triple]]] = [
    # a service's spokesman: the state's army or police as the article names them
    ("army-spokesman-after-army", "The Sudanese army said it had retaken the bridge. Army "
     "spokesman Brigadier Nabil Abdallah said the fighters had fled.",
     [("Nabil Abdallah", S, "Sudanese forces")]),
    ("army-spokesman-wire", "KHARTOUM, 3 May 2026 (Reuters) - Sudan's army on Tuesday said "
     "it had repelled an attack on the city, army spokesman Brigadier Nabil Abdallah told "
     "reporters, adding that dozens of fighters were killed.",
     [("Nabil Abdallah", S, "Sudanese forces")]),
    ("military-spokesman-wire", "ISLAMABAD, May 3 (Reuters) - Pakistan's military said on "
     "Tuesday it had killed six militants near the Afghan border, military spokesman Major "
     "General Asif Raza told a news conference.", [("Asif Raza", S, "Pakistani forces")]),
    ("army-spokesman-dateline-only", "NIAMEY, 3 May 2026 - Fighters attacked a convoy near "
     "Tillaberi on Sunday, army spokesman Colonel Ibrahim Maiga said.",
     [("Ibrahim Maiga", S, "Nigerien forces")]),
    ("named-army-spokesman", "The Chadian National Army repelled the raid on Sunday. Army "
     "spokesman General Idriss Mahamat said ten attackers were killed.",
     [("Idriss Mahamat", S, "Chadian National Army")]),
    ("army-spokesman-appos", "NIAMEY, 3 May 2026 - Colonel Ibrahim Maiga, the army "
     "spokesman, said the convoy had reached Tillaberi.",
     [("Ibrahim Maiga", S, "Nigerien forces")]),
    ("other-states-army-spokesman", "NAIROBI, 3 May 2026 - Ugandan army spokesman Felix "
     "Kulayigye said on Tuesday that troops had crossed into Kenya.",
     [("Felix Kulayigye", S, "Ugandan forces")]),
    ("named-armed-forces-spokesman", "The Sudanese Armed Forces repelled the raid on "
     "Sunday. Army spokesman Brigadier Nabil Abdallah said ten attackers were killed.",
     [("Nabil Abdallah", S, "Sudanese Armed Forces")]),
    ("state-army-spokesman", "NIAMEY, 3 May 2026 - Niger's army spokesman Colonel Ibrahim "
     "Maiga said the convoy had reached Tillaberi.", [("Ibrahim Maiga", S, "Nigerien forces")]),
    ("police-spokesman-after-police", "NAIROBI, 3 May 2026 - Kenyan police arrested five men "
     "in Mombasa on Monday. Police spokesman Bruno Otieno said they were linked to the "
     "bombing.", [("Bruno Otieno", S, "Kenyan police")]),
    ("police-spokesman-named-service", "NAIROBI, 3 May 2026 - The National Police Service "
     "said on Monday that five suspects had been detained, police spokesman Bruno Otieno "
     "said in a statement.", [("Bruno Otieno", S, "National Police Service")]),
    ("demonym-police-spokesman", "Kenyan police spokesman Bruno Otieno said five suspects "
     "had been detained in Mombasa.", [("Bruno Otieno", S, "Kenyan police")]),
    ("police-chief-leads-police", "MOGADISHU, 3 May 2026 - Police chief General Abdi Hassan "
     "said five men were arrested, and army spokesman Ali Nur said the town was calm.",
     [("Abdi Hassan", L, "Somali police"), ("Ali Nur", S, "Somali forces")]),
    ("states-police-chief", "Uganda's police chief, Abbas Byaruhanga, flew to Gulu on "
     "Tuesday.", [("Abbas Byaruhanga", L, "Ugandan police")]),
    ("two-states-two-services", "NIAMEY, 3 May 2026 - Niger's army spokesman Colonel "
     "Ibrahim Maiga said Malian police chief Amadou Kone had been briefed.",
     [("Ibrahim Maiga", S, "Nigerien forces"), ("Amadou Kone", L, "Malian police")]),
    ("army-spokesman-after-a-group", "NIAMEY, 3 May 2026 - The Sahel Unity Front, whose "
     "leader Amadou Kone was killed in 2010, claimed the attack on an army convoy near "
     "Tillaberi on Sunday, army spokesman Colonel Ibrahim Maiga said.",
     [("Ibrahim Maiga", S, "Nigerien forces"), ("Amadou Kone", L, SUF)]),
    # a body's spokesman named by "its", "the group's", "the rebels'"
    ("said-its-spokesperson", "The Sahel Unity Front claimed the attack on Sunday, said its "
     "spokesperson, Major Amadou Kone.", [("Amadou Kone", S, SUF)]),
    ("quote-then-its-spokesman", "The Sahel Unity Front denied the report. \"We do not "
     "target civilians,\" said its spokesman, Amadou Kone.", [("Amadou Kone", S, SUF)]),
    ("quote-then-its-spokesman-told", "The Sahel Unity Front denied the report. \"We do not "
     "target civilians,\" its spokesman Amadou Kone told Reuters.", [("Amadou Kone", S, SUF)]),
    ("groups-spokesman-next-sentence", "The Sahel Unity Front seized the town of Menaka on "
     "Sunday. The group's spokesman, Amadou Kone, said it would hold it.",
     [("Amadou Kone", S, SUF)]),
    ("groups-spokesman-wire", "Fighters from the Sahel Unity Front seized the town of Menaka "
     "on Sunday, the group's spokesman Amadou Kone said in a post on X.",
     [("Amadou Kone", S, SUF)]),
    ("rebels-spokesman-comma", "The Kivu Liberation Front seized the town on Sunday. The "
     "rebels' spokesman, Jean-Pierre Mbala, said it would hold it.",
     [("Jean-Pierre Mbala", S, KLF)]),
    ("rebels-spokesman-no-comma", "The Kivu Liberation Front seized Rutshuru on Sunday. The "
     "rebels' spokesman Jean-Pierre Mbala said it would hold the town.",
     [("Jean-Pierre Mbala", S, KLF)]),
    ("rebels-spokesman-wire", "BUKAVU, 3 May 2026 (Reuters) - Fighters from the Kivu "
     "Liberation Front seized the town of Rutshuru on Sunday, the rebels' spokesman "
     "Jean-Pierre Mbala said.", [("Jean-Pierre Mbala", S, KLF)]),
    ("groups-military-spokesman", "MOGADISHU, 3 May 2026 - Al-Shabaab's military spokesman "
     "Abdiasis Abu Musab said the group had killed 20 soldiers.",
     [("Abdiasis Abu Musab", S, "al-Shabaab")]),
    # the spokesman of an operation, of a commander-in-chief
    ("spokesman-for-the-operation", "The army launched Operation Desert Falcon in March. A "
     "spokesman for the operation, Colonel Amadou Kone, said ten fighters had been killed.",
     [("Amadou Kone", S, "Operation Desert Falcon")]),
    ("spokesman-for-named-operation", "Amadou Kone, a spokesman for Operation Desert "
     "Falcon, said ten fighters had been killed.",
     [("Amadou Kone", S, "Operation Desert Falcon")]),
    ("spokesman-for-commander-in-chief", "Zaw Min Tun, the spokesman for the "
     "commander-in-chief of the armed forces of Myanmar, said the vote would go ahead.",
     [("Zaw Min Tun", S, "Myanmarese forces")]),
    ("spokesman-for-commander-in-chief-wire", "NAYPYITAW, 3 May 2026 (Reuters) - Zaw Min "
     "Tun, a spokesman for the commander-in-chief of the Myanmar armed forces, told state "
     "media on Tuesday that the vote would go ahead in December.",
     [("Zaw Min Tun", S, "Myanmarese forces")]),
    # heads in side phrases
    ("appos-alliance-led-by", "The Sahel Unity Front, the jihadist alliance led by Amadou "
     "Kone, claimed the attack.", [("Amadou Kone", L, SUF)]),
    ("appos-faction-now-commanded-by", "The Kivu Liberation Front, the faction now "
     "commanded by Jean-Pierre Mbala, claimed the attack.", [("Jean-Pierre Mbala", L, KLF)]),
    ("appos-militia-commanded-by-wire", "GOMA, 3 May 2026 (Reuters) - The Kivu Liberation "
     "Front, the militia now commanded by Jean-Pierre Mbala, claimed on Tuesday an attack "
     "on an army post near Rutshuru that killed six soldiers.",
     [("Jean-Pierre Mbala", L, KLF)]),
    ("whose-leader-was-killed", "The Sahel Unity Front, whose leader Amadou Kone was killed "
     "in 2010, claimed the attack.", [("Amadou Kone", L, SUF)]),
    ("led-since-by-his-son", "The Sahel Unity Front has been led since 2016 by his son, "
     "Amadou Kone.", [("Amadou Kone", L, SUF)]),
    ("who-heads", "Amadou Kone, who heads the Sahel Unity Front, said the fighters would "
     "hold.", [("Amadou Kone", L, SUF)]),
    ("whom-described-as-top-leader", "Amadou Kone, whom the ministry describes as the top "
     "leader of the Sahel Unity Front, was arrested on Monday.", [("Amadou Kone", L, SUF)]),
    ("director-of-government-office", "Amadou Kone, director of the Malian government's "
     "Office for Refugees, said aid was arriving.",
     [("Amadou Kone", L, "Office for Refugees"), ("Office for Refugees", P, "Mali")]),
    # the head of a part, a former spokesman: one of the body's people
    ("who-leads-the-groups-front", "Amadou Kone, who leads the Sahel Unity Front's northern "
     "front, said the fighters would hold.", [("Amadou Kone", MO, SUF)]),
    ("former-spokesman-for", "Amadou Kone, a former spokesman for the Sahel Unity Front, "
     "said the fighters would hold.", [("Amadou Kone", MO, SUF)]),
    ("its-former-spokesman", "The Sahel Unity Front named a new envoy. Its former "
     "spokesman, Amadou Kone, was arrested in Niamey.", [("Amadou Kone", MO, SUF)]),
    ("former-group-spokesman-fronted", "Former Sahel Unity Front spokesman Amadou Kone was "
     "arrested in Niamey.", [("Amadou Kone", MO, SUF)]),
    ("deputy-spokesman-speaks", "The Sahel Unity Front's deputy spokesman, Amadou Kone, "
     "said the fighters would hold.", [("Amadou Kone", S, SUF)]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    # a service's spokesman is not the state's, nor another state's
    ("army-spokesman-not-state", "KHARTOUM, 3 May 2026 (Reuters) - Sudan's army on Tuesday "
     "said it had repelled an attack on the city, army spokesman Brigadier Nabil Abdallah "
     "told reporters.", [("Nabil Abdallah", "*", "Sudan")]),
    ("police-spokesman-not-state", "Kenyan police spokesman Bruno Otieno said five suspects "
     "had been detained in Mombasa.", [("Bruno Otieno", S, "Kenya")]),
    ("police-chief-not-state", "Uganda's police chief, Abbas Byaruhanga, flew to Gulu on "
     "Tuesday.", [("Abbas Byaruhanga", L, "Uganda")]),
    ("other-states-police-chief", "NIAMEY, 3 May 2026 - Niger's army spokesman Colonel "
     "Ibrahim Maiga said Malian police chief Amadou Kone had been briefed.",
     [("Amadou Kone", "*", "Nigerien forces"), ("Ibrahim Maiga", "*", "Malian police"),
      ("Amadou Kone", "*", "Niger")]),
    ("rebel-army-spokesman", "BAMAKO, 3 May 2026 - A rebel army spokesman, Ibrahim Maiga, "
     "said the town had fallen.", [("Ibrahim Maiga", "*", "Malian forces")]),
    ("rebel-named-army-not-state", "The Arakan Army seized the town on Sunday. Army "
     "spokesman Khine Thu Kha said ten soldiers were killed.",
     [("Khine Thu Kha", "*", "Myanmarese forces"), ("Khine Thu Kha", "*", "Myanmar")]),
    ("groups-military-spokesman-not-army", "MOGADISHU, 3 May 2026 - Al-Shabaab's military "
     "spokesman Abdiasis Abu Musab said the group had killed 20 soldiers.",
     [("Abdiasis Abu Musab", "*", "Somali forces"), ("Abdiasis Abu Musab", "*", "Somalia")]),
    ("other-bodys-spokesman-same-sentence", "NIAMEY, 3 May 2026 - Colonel Ibrahim Maiga, a "
     "spokesman for the Sahel Unity Front, told reporters the army spokesman had lied.",
     [("Ibrahim Maiga", "*", "Nigerien forces")]),
    ("groups-spokesman-two-groups", "The Sahel Unity Front and the Kidal Brigade clashed "
     "near Menaka, the group's spokesman Amadou Kone said.",
     [("Amadou Kone", "*", "Kidal Brigade")]),
    # the spokesman is not the person spoken of or to
    ("spokesman-denied-that", "NIAMEY, 3 May 2026 - The army spokesman denied that Amadou "
     "Kone had been arrested.", [("Amadou Kone", S, "*"), ("Amadou Kone", L, "*")]),
    ("spoke-to-the-army-spokesman", "NIAMEY, 3 May 2026 - Amadou Kone spoke to the army "
     "spokesman on Tuesday.", [("Amadou Kone", S, "*")]),
    ("met-police-spokesman", "NAIROBI, 3 May 2026 - Amadou Kone met police spokesman Bruno "
     "Otieno on Tuesday.", [("Amadou Kone", S, "*")]),
    ("group-spokesman-denied-that", "The Sahel Unity Front spokesman denied that Amadou "
     "Kone had been killed.", [("Amadou Kone", "*", SUF)]),
    # a former spokesman speaks for no one now; a deputy chief leads nothing
    ("former-spokesman-not-spokesman", "Amadou Kone, a former spokesman for the Sahel Unity "
     "Front, said the fighters would hold.", [("Amadou Kone", S, "*")]),
    ("its-former-spokesman-not", "The Sahel Unity Front named a new envoy. Its former "
     "spokesman, Amadou Kone, was arrested in Niamey.", [("Amadou Kone", S, "*")]),
    # a post in a state's forces, left: no tie to them now (a rebel group's former
    # spokesman stays one of its people, above)
    ("former-army-spokesman-not", "NIAMEY, 3 May 2026 - Former army spokesman Colonel "
     "Amadou Kone was arrested in Niamey.", [("Amadou Kone", "*", "Nigerien forces")]),
    ("deputy-police-chief", "Uganda's deputy police chief, Abbas Byaruhanga, flew to Gulu "
     "on Tuesday.", [("Abbas Byaruhanga", L, "*")]),
    ("head-of-a-front-not-head", "Amadou Kone, who leads the Sahel Unity Front's northern "
     "front, said the fighters would hold.", [("Amadou Kone", L, "*")]),
    # another state's service in the article of one state; the kin of a spokesman
    ("other-states-army-spokesman", "NAIROBI, 3 May 2026 - Ugandan army spokesman Felix "
     "Kulayigye said on Tuesday that troops had crossed into Kenya.",
     [("Felix Kulayigye", "*", "Kenyan forces"), ("Felix Kulayigye", "*", "Kenya")]),
    ("son-of-the-army-spokesman", "NIAMEY, 3 May 2026 - Moussa Idrissa, the son of the army "
     "spokesman, was arrested on Tuesday.", [("Moussa Idrissa", "*", "Nigerien forces")]),
    ("spokesman-for-the-president-of", "Amadou Kone, spokesman for the president of Mali, "
     "said the vote would go ahead.", [("Amadou Kone", L, "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_spokespeople_and_heads_read(nlp: Language, text: str,
                                     expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_spokespeople_and_heads_not_read(nlp: Language, text: str,
                                         forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
