"""Heads of bodies a title names only by their kind, the body named elsewhere in the
article: "Police Commissioner X", "Commissioner of Police X", "Chief Constable X", "the
Inspector General of Police, X", "the national police chief, X" -> LEADS the one police
force the article names (of the title's state when it names one); "the army commander,
General X" -> LEADS the one army; "the High Commissioner for Human Rights, X" -> LEADS
the UN's human rights office the article names; "<Region>'s chief minister, X",
"Governor X", "X, who has governed the region since 2019" -> LEADS the region.

Must-nots: two police forces (or armies) and no state to choose, a former chief, a
deputy (one of the body's people, not its head), a spokesman (SPOKESPERSON_FOR), a
title owned by another body ("a rebel army commander"), a commander who is one of many
("X, a police commander"), a region's head with two regions named. "Acting" still leads.

Own sentences, with invented people, forces and places, so each case shows the
construction, short and inside a long wire sentence."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

L, MO, SP = "LEADS", "MEMBER_OF", "SPOKESPERSON_FOR"
KPS, ZPS, GPS = "Kenya Police Service", "Zambia Police Service", "Ghana Police Service"

POLICE: list[tuple[str, str, list[Triple]]] = [
    ("police-commissioner-before",
     "The Kenya Police Service said the camp was cleared. Police Commissioner Daniel Otieno "
     "said 14 suspects were arrested.",
     [("Daniel Otieno", L, KPS)]),
    ("police-commissioner-before-long",
     "NAIROBI, Kenya (AP) — Police Commissioner Daniel Otieno said on Tuesday that 14 "
     "suspects were arrested after the raid near the border, according to a statement "
     "read on state radio. The Kenya Police Service had been criticised for its handling "
     "of the protests.",
     [("Daniel Otieno", L, KPS)]),
    ("police-commissioner-body-named-later",
     "Police Commissioner Daniel Otieno visited the wounded on Friday. The Kenya Police "
     "Service has lost six officers this month.",
     [("Daniel Otieno", L, KPS)]),
    ("commissioner-of-police",
     "The Zambia Police Service blamed the gang. Commissioner of Police Joseph Mwale said "
     "the gang had fled across the river.",
     [("Joseph Mwale", L, ZPS)]),
    ("commissioner-of-police-long",
     "LUSAKA — Commissioner of Police Joseph Mwale, speaking to reporters at the "
     "headquarters on Wednesday, said the gang had fled across the river after the "
     "ambush. The Zambia Police Service deployed two more units to the valley.",
     [("Joseph Mwale", L, ZPS)]),
    ("chief-constable",
     "Officers of the Greater Kestrel Police fired tear gas. Chief Constable Margaret "
     "Hollins said the officers acted lawfully.",
     [("Margaret Hollins", L, "Greater Kestrel Police")]),
    ("chief-constable-long",
     "Chief Constable Margaret Hollins, who was called before the committee on Thursday, "
     "said the officers had acted lawfully during the march, according to the minutes. "
     "Officers of the Greater Kestrel Police fired tear gas at the crowd.",
     [("Margaret Hollins", L, "Greater Kestrel Police")]),
    ("inspector-general-of-police-appositive",
     "The Ghana Police Service opened an inquiry. The Inspector General of Police, Kwame "
     "Asante, told reporters on Tuesday that officers were attacked.",
     [("Kwame Asante", L, GPS)]),
    ("national-police-chief-appositive",
     "The Mali Police arrested the men. The national police chief, Moussa Traore, said the "
     "suspects were armed.",
     [("Moussa Traore", L, "Malian police")]),
    ("police-chief-after-name",
     "Daniel Otieno, the police commissioner, said on Tuesday that 14 suspects were "
     "arrested. The Kenya Police Service denied abuses.",
     [("Daniel Otieno", L, KPS)]),
    ("police-chief-after-name-long",
     "Speaking in Mombasa on Tuesday, Daniel Otieno, the national police chief, said that "
     "14 suspects had been arrested after the riots, a statement said. The Kenya Police "
     "Service denied any abuses.",
     [("Daniel Otieno", L, KPS)]),
    ("acting-police-commissioner",
     "The Kenya Police Service said the camp was cleared. Acting Police Commissioner "
     "Daniel Otieno said 14 suspects were arrested.",
     [("Daniel Otieno", L, KPS)]),
    ("police-chief-of-state-among-two",
     "Officers of the Ghana Police Service and the Togolese Police Force patrolled the "
     "border. The Ghanaian police chief, Kwame Asante, said the smugglers had fled.",
     [("Kwame Asante", L, GPS)]),
]

POLICE_NOT: list[tuple[str, str, list[Triple]]] = [
    ("two-police-forces-no-state",
     "Both the Kenya Police Service and the Uganda Police Force sent officers. Police "
     "Commissioner Daniel Otieno said 14 suspects were arrested.",
     [("Daniel Otieno", L, "*")]),
    ("former-police-commissioner",
     "The Kenya Police Service said the camp was cleared. Former Police Commissioner "
     "Daniel Otieno said 14 suspects were arrested.",
     [("Daniel Otieno", L, "*")]),
    ("former-chief-constable",
     "Officers of the Greater Kestrel Police fired tear gas. Former Chief Constable "
     "Margaret Hollins said the officers had overreacted.",
     [("Margaret Hollins", L, "*")]),
    ("deputy-police-commissioner",
     "The Kenya Police Service said the camp was cleared. Deputy Police Commissioner "
     "Daniel Otieno said 14 suspects were arrested.",
     [("Daniel Otieno", L, "*")]),
    ("deputy-commissioner",
     "The Kenya Police Service said the camp was cleared. Deputy Commissioner Daniel "
     "Otieno said 14 suspects were arrested.",
     [("Daniel Otieno", L, "*")]),
    ("police-spokesman",
     "The Kenya Police Service said the camp was cleared. Police spokesman Daniel Otieno "
     "said 14 suspects were arrested.",
     [("Daniel Otieno", L, "*")]),
    ("commissioner-alone",
     "The Kenya Police Service said the camp was cleared. Commissioner Daniel Otieno said "
     "the county would rebuild the market.",
     [("Daniel Otieno", L, "*")]),
    ("police-chief-of-other-state",
     "The Kenya Police Service said the camp was cleared. The Ugandan police chief, Moses "
     "Okello, said his officers would help.",
     [("Moses Okello", L, KPS)]),
    ("police-chief-of-state-among-two-not-other",
     "Officers of the Ghana Police Service and the Togolese Police Force patrolled the "
     "border. The Ghanaian police chief, Kwame Asante, said the smugglers had fled.",
     [("Kwame Asante", L, "Togolese Police Force")]),
    ("police-chief-no-force-named",
     "Police Commissioner Daniel Otieno said 14 suspects were arrested in the raid.",
     [("Daniel Otieno", L, "Kenya Police Service")]),
]

POLICE_SPOKESMAN: list[tuple[str, str, list[Triple]]] = [
    ("police-spokesman-speaks",
     "The Kenya Police Service said the camp was cleared. Police spokesman Daniel Otieno "
     "said 14 suspects were arrested.",
     [("Daniel Otieno", SP, KPS)]),
    ("deputy-police-commissioner-member",
     "The Kenya Police Service said the camp was cleared. Deputy Police Commissioner "
     "Daniel Otieno said 14 suspects were arrested.",
     [("Daniel Otieno", MO, KPS)]),
]

ARMY: list[tuple[str, str, list[Triple]]] = [
    ("army-commander-appositive-rank",
     "The Sudanese Armed Forces shelled the city. The army commander, General Osman "
     "Idris, said the shelling would continue.",
     [("Osman Idris", L, "Sudanese Armed Forces")]),
    ("army-commander-appositive-long",
     "KHARTOUM, Sudan (Reuters) — The army commander, General Osman Idris, told troops in "
     "Omdurman on Saturday that the offensive would go on until the city was retaken, "
     "according to a video. The Sudanese Armed Forces have shelled the area for weeks.",
     [("Osman Idris", L, "Sudanese Armed Forces")]),
    ("army-chief-of-staff",
     "The Tanzanian army said it repelled the attack. Army Chief of Staff Hamisi Mrisho "
     "said the rebels lost 20 men.",
     [("Hamisi Mrisho", L, "Tanzanian forces")]),
]

ARMY_NOT: list[tuple[str, str, list[Triple]]] = [
    ("rebel-army-commander",
     "The Sudanese Armed Forces shelled the city. A rebel army commander, Osman Idris, said "
     "his men held the bridge.",
     [("Osman Idris", L, "Sudanese Armed Forces")]),
    ("two-armies-no-state",
     "The Sudanese Armed Forces and the Chadian National Army both sent troops. The army "
     "commander, General Osman Idris, said the border was calm.",
     [("Osman Idris", L, "*")]),
    ("former-army-commander",
     "The Sudanese Armed Forces shelled the city. The former army commander, General Osman "
     "Idris, said the shelling was a mistake.",
     [("Osman Idris", L, "Sudanese Armed Forces")]),
]

RIGHTS: list[tuple[str, str, list[Triple]]] = [
    ("high-commissioner-appositive",
     "The UN Human Rights Office published a report on Monday. The High Commissioner for "
     "Human Rights, Lena Varga, condemned the killings.",
     [("Lena Varga", L, "UN Human Rights Office")]),
    ("un-high-commissioner-before-name",
     "The Office of the UN High Commissioner for Human Rights said 40 civilians died. UN "
     "High Commissioner for Human Rights Lena Varga called for an inquiry.",
     [("Lena Varga", L, "Office of the UN High Commissioner for Human Rights")]),
    ("high-commissioner-long",
     "GENEVA — UN High Commissioner for Human Rights Lena Varga said on Friday that at "
     "least 40 civilians had been killed in the shelling of the market, calling for an "
     "independent inquiry. The UN Human Rights Office said its monitors had verified the "
     "deaths.",
     [("Lena Varga", L, "UN Human Rights Office")]),
]

RIGHTS_NOT: list[tuple[str, str, list[Triple]]] = [
    ("former-high-commissioner",
     "The UN Human Rights Office published a report on Monday. The former High "
     "Commissioner for Human Rights, Lena Varga, criticised the report.",
     [("Lena Varga", L, "*")]),
    ("deputy-high-commissioner",
     "The UN Human Rights Office published a report on Monday. The Deputy High "
     "Commissioner for Human Rights, Lena Varga, presented it.",
     [("Lena Varga", L, "*")]),
]

REGIONS: list[tuple[str, str, list[Triple]]] = [
    ("region-possessive-chief-minister",
     "Militants struck in Khyber Pakhtunkhwa on Friday. Khyber Pakhtunkhwa's chief "
     "minister, Ali Amin Gandapur, vowed to hunt them down.",
     [("Ali Amin Gandapur", L, "Khyber Pakhtunkhwa")]),
    ("region-possessive-leader",
     "Clashes erupted in Tigray. Tigray's leader, Getachew Worku, called for calm.",
     [("Getachew Worku", L, "Tigray")]),
    ("region-possessive-leader-long",
     "Clashes erupted in Tigray in May. Tigray's leader, Getachew Worku, said on Sunday "
     "that the fighters would withdraw from the border towns within a week, according to "
     "a statement broadcast by regional television.",
     [("Getachew Worku", L, "Tigray")]),
    ("bare-governor-one-state",
     "Gunmen killed nine farmers in Borno State on Sunday. Governor Babagana Kale ordered "
     "more patrols.",
     [("Babagana Kale", L, "Borno")]),
    ("bare-governor-one-state-long",
     "MAIDUGURI, Nigeria (AP) — Governor Babagana Kale ordered more patrols on the roads "
     "out of the city on Monday, a day after gunmen killed nine farmers at their fields, "
     "officials said. Attacks in Borno State have grown since March.",
     [("Babagana Kale", L, "Borno")]),
    ("led-the-region-since",
     "Gunmen killed nine farmers in Borno State on Sunday. Babagana Kale, who has governed "
     "the region since 2019, ordered more patrols.",
     [("Babagana Kale", L, "Borno")]),
    ("led-the-region-since-long",
     "Karim Dostan, who has led the region since 2016, accused the central government of "
     "withholding salaries at a rally on Thursday, witnesses said. Protests have spread "
     "across Balkh Province this month.",
     [("Karim Dostan", L, "Balkh Province")]),
    ("led-the-named-region",
     "Fighting spread across the Wardak region last week. Hamid Sadat, who has led the "
     "region since 2016, accused the capital of abandoning it.",
     [("Hamid Sadat", L, "Wardak")]),
    ("bare-chief-minister-one-state",
     "Floods and clashes have displaced thousands in Sabah State. Chief Minister Hajiji "
     "Noor said relief would reach the camps on Monday.",
     [("Hajiji Noor", L, "Sabah State")]),
]

REGIONS_NOT: list[tuple[str, str, list[Triple]]] = [
    ("bare-governor-two-states",
     "Gunmen attacked villages in Kano State and in Kaduna State on Sunday. Governor "
     "Babagana Kale ordered more patrols.",
     [("Babagana Kale", L, "*")]),
    ("former-governor",
     "Gunmen killed nine farmers in Borno State on Sunday. Former Governor Babagana Kale "
     "condemned the attack.",
     [("Babagana Kale", L, "*")]),
    ("deputy-governor",
     "Gunmen killed nine farmers in Borno State on Sunday. Deputy Governor Babagana Kale "
     "visited the village.",
     [("Babagana Kale", L, "*")]),
    ("will-lead-the-region",
     "Gunmen killed nine farmers in Borno State on Sunday. Babagana Kale, who will lead the "
     "region from June, condemned the attack.",
     [("Babagana Kale", L, "*")]),
    ("once-led-the-region",
     "Fighting spread across the Wardak region last week. Hamid Sadat, who once led the "
     "region, accused the capital of abandoning it.",
     [("Hamid Sadat", L, "*")]),
    ("visited-the-region",
     "Gunmen killed nine farmers in Borno State on Sunday. Babagana Kale, who visited the "
     "region on Monday, condemned the attack.",
     [("Babagana Kale", L, "*")]),
    ("leader-no-region-named",
     "Clashes erupted in Tigray. The leader, Getachew Worku, called for calm.",
     [("Getachew Worku", L, "Tigray")]),
    ("central-bank-governor",
     "Gunmen killed nine farmers in Borno State on Sunday. Central Bank Governor Amina "
     "Yusuf said the economy would recover.",
     [("Amina Yusuf", L, "Borno")]),
]

OPERATIONS: list[tuple[str, str, list[Triple]]] = [
    ("commander-of-operation",
     "Operation Safe Harbour began in March. Brigadier General Tunde Bello, the commander "
     "of Operation Safe Harbour, said 30 fighters were killed.",
     [("Tunde Bello", L, "Operation Safe Harbour")]),
    ("who-commands-the-task-force",
     "The Joint Task Force was deployed to the delta. Major General Chidi Okafor, who "
     "commands the Joint Task Force, said pipelines were safe.",
     [("Chidi Okafor", L, "Joint Task Force")]),
]


def _cases(table: list[tuple[str, str, list[Triple]]]) -> list[Any]:
    return cases(table)


@pytest.mark.parametrize(("text", "expected"),
                         _cases(POLICE + POLICE_SPOKESMAN + ARMY + RIGHTS + REGIONS
                                + OPERATIONS))
def test_heads_of_bodies_named_by_kind_are_read(nlp: Language, text: str,
                                                expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"),
                         _cases(POLICE_NOT + ARMY_NOT + RIGHTS_NOT + REGIONS_NOT))
def test_heads_of_bodies_named_by_kind_must_nots(nlp: Language, text: str,
                                                 forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
