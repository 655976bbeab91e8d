"""Parts of a state and of a group (PART_OF: a unit or body of a larger actor).

A state's own force named after it ("the Peruvian Navy", "the Kenya Defence Forces", "the
Royal Thai Police", "the Philippine Coast Guard") is an armed group and part of that state
when the text names the state too. A unit put under a body ("X is under the Interior
Ministry", "X was placed under Y", "X operates under Y"), a group's named branch ("the
Islamic State's Khorasan Province", "Boko Haram's Bakura faction") and a numbered or named
unit of another ("the X Battalion of the Y Brigade") are parts of it.

Must-nots: a group a state's possessive names ("Mexico's X Cartel", "Colombia's National
Liberation Army"), a force the dictionaries know as rebels ("the Syrian National Army"),
a force named after a state the text does not name, a force beside another state ("the
Indian Navy and Sri Lanka"), a description in lower case ("Kenyan forces"), "under fire",
"under pressure from", "under investigation by", "under the command of" a person (who
leads it instead), a unit only to be put under a body ("will be placed under"), a former
part ("formerly under"), and a unit beside another ("fought beside the Y Brigade").

Own sentences, with invented units, people and towns."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

P = "PART_OF"

STATE_FORCES: list[tuple[str, str, list[Triple]]] = [
    ("navy-demonym", "Nigeria said the Nigerian Navy had seized a tanker off Bonny Island.",
     [("Nigerian Navy", P, "Nigeria")]),
    ("navy-demonym-long", "The Nigerian Navy on Tuesday seized a tanker carrying stolen crude "
     "off Bonny Island, Commodore Adeyemi Okon told reporters, adding that Nigeria would "
     "prosecute the crew.",
     [("Nigerian Navy", P, "Nigeria")]),
    ("navy-peru", "The Peruvian Navy rescued 30 migrants near Tumbes, Peru's government said "
     "on Monday.", [("Peruvian Navy", P, "Peru")]),
    ("defence-forces-name", "Kenya said the Kenya Defence Forces had killed 20 fighters near "
     "Mandera.", [("Kenya Defence Forces", P, "Kenya")]),
    ("armed-forces-name", "The Ghana Armed Forces deployed troops to the northern border, "
     "Ghana's defence minister said.", [("Ghana Armed Forces", P, "Ghana")]),
    ("royal-police", "The Royal Thai Police arrested four suspects in Hat Yai, Thailand's "
     "prime minister said.", [("Royal Thai Police", P, "Thailand")]),
    ("coast-guard", "The Philippine Coast Guard said its boats were blocked near the shoal, a "
     "day after the Philippines protested to Beijing.",
     [("Philippine Coast Guard", P, "Philippines")]),
    ("air-force", "The Malian Air Force struck a convoy near Tessit, Mali's transitional "
     "government said in a statement.", [("Malian Air Force", P, "Mali")]),
    ("national-army", "The Somali National Army retook the town of Bulo Burde on Sunday, "
     "Somalia's president said.", [("Somali National Army", P, "Somalia")]),
    ("national-army-chad", "N'DJAMENA, Chad (AP) - The Chadian National Army killed 40 rebels "
     "in the Tibesti mountains last week, Chad's government said on Friday.",
     [("Chadian National Army", P, "Chad")]),
    ("rangers", "Pakistan said the Pakistan Rangers had detained three men in Karachi.",
     [("Pakistan Rangers", P, "Pakistan")]),
    ("navy-india-long", "The Indian Navy intercepted a dhow carrying arms near Lakshadweep "
     "late on Friday, India's defence ministry said on Saturday.",
     [("Indian Navy", P, "India")]),
    ("border-guard", "The Bangladesh Border Guard pushed back 40 people at the frontier, "
     "Bangladesh's foreign ministry said.", [("Bangladesh Border Guard", P, "Bangladesh")]),
    ("national-police", "Colombia said the Colombian National Police had arrested two "
     "dissident commanders in Cali.", [("Colombian National Police", P, "Colombia")]),
    ("peoples-defence-force", "The Ugandan People's Defence Force shelled positions near Beni "
     "on Friday, Uganda's army spokesman said.",
     [("Uganda People's Defence Force", P, "Uganda")]),
    ("armed-forces-two-word-state", "Burkina Faso's junta said the Burkinabe Armed Forces had "
     "killed 60 jihadists near Djibo.", [("Burkinabe Armed Forces", P, "Burkina Faso")]),
    ("royal-navy-morocco", "The Royal Moroccan Navy intercepted 300 migrants off Tarfaya, "
     "Morocco said.", [("Royal Moroccan Navy", P, "Morocco")]),
    ("armed-forces-beside-ally", "Mali said Wagner fighters and the Malian Armed Forces had "
     "retaken Anefis.", [("Malian Armed Forces", P, "Mali")]),
    ("gendarmerie", "The Senegalese Gendarmerie arrested six smugglers near Kedougou, Senegal's "
     "interior ministry said.", [("Senegalese Gendarmerie", P, "Senegal")]),
]

STATE_FORCES_ABSENT: list[tuple[str, str, list[Triple]]] = [
    ("state-not-named", "The Peruvian Navy rescued 30 migrants near Tumbes on Monday.",
     [("Peruvian Navy", P, "*")]),
    ("liberation-army", "Colombia said the Colombian Liberation Army had attacked a pipeline.",
     [("*", P, "Colombia")]),
    ("known-rebels", "Syria accused the Syrian National Army of abuses near Afrin.",
     [("Syrian National Army", P, "*")]),
    ("known-rebels-libya", "Libya's parliament backed the Libyan National Army on Tuesday.",
     [("Libyan National Army", P, "*")]),
    ("other-state-beside", "The Indian Navy and Sri Lanka held joint drills off Colombo on "
     "Sunday.", [("Indian Navy", P, "Sri Lanka")]),
    ("forces-beside-other-state", "The Congolese Armed Forces and Rwanda traded accusations "
     "on Monday.", [("Congolese Armed Forces", P, "Rwanda")]),
    ("lower-case-forces", "Kenyan forces killed 20 fighters near Mandera, Kenya said.",
     [("Kenyan forces", P, "Kenya")]),
    ("democratic-forces", "Syria said the Syrian Democratic Forces had detained 30 men.",
     [("Syrian Democratic Forces", P, "Syria")]),
    ("state-possessive-group", "Somalia's al-Shabaab attacked a base near Afgoye.",
     [("al-Shabaab", P, "*")]),
    ("state-possessive-cartel", "Mexico's Sierra Madre Cartel attacked police in Culiacan.",
     [("Sierra Madre Cartel", P, "*")]),
]

UNDER: list[tuple[str, str, list[Triple]]] = [
    ("is-under", "The Tiger Squad is under the Interior Ministry, officials in Niamey say.",
     [("Tiger Squad", P, "Interior Ministry")]),
    ("remains-under", "The Dune Brigade remains under the Defence Ministry, the minister told "
     "parliament on Thursday.", [("Dune Brigade", P, "Defence Ministry")]),
    ("operates-under", "The Dune Brigade operates under the Defence Ministry and guards the "
     "northern oil fields.", [("Dune Brigade", P, "Defence Ministry")]),
    ("falls-under", "The Kasai Rapid Unit falls under the Ministry of Security, a spokesman "
     "said.", [("Kasai Rapid Unit", P, "Ministry of Security")]),
    ("placed-under", "The Dune Brigade was placed under the Defence Ministry in March.",
     [("Dune Brigade", P, "Defence Ministry")]),
    ("placed-under-said", "The Kasai Rapid Unit was placed under the Ministry of Security, "
     "officials in Kinshasa said on Monday.", [("Kasai Rapid Unit", P, "Ministry of Security")]),
    ("brought-under-relcl", "BAMAKO, Mali (Reuters) - The Dune Brigade, which was brought "
     "under the Defence Ministry after the coup, said on Sunday it had repelled an attack "
     "near Gao.", [("Dune Brigade", P, "Defence Ministry")]),
    ("transferred-under", "The Highland Border Guard was transferred under the Interior "
     "Ministry last year, according to a decree.",
     [("Highland Border Guard", P, "Interior Ministry")]),
    ("appos-under-ministry", "The Sindh Hawks, a paramilitary force under the Ministry of "
     "Interior, detained three men.", [("Sindh Hawks", P, "Ministry of Interior")]),
    ("reports-to", "The Frontier Scouts, which reports to the Interior Ministry, detained "
     "three men near the border on Friday.", [("Frontier Scouts", P, "Interior Ministry")]),
    ("answers-to-command", "The Storm Battalion, a dissident unit that answers to the Northern "
     "Command, raided the village of Koro.", [("Storm Battalion", P, "Northern Command")]),
]

COMMANDED: list[tuple[str, str, list[Triple]]] = [
    ("under-command-person-leads", "The Dune Brigade operates under the command of Colonel "
     "Ibrahim Sow, a former army officer, residents of Gao said.",
     [("Ibrahim Sow", "LEADS", "Dune Brigade")]),
]

UNDER_ABSENT: list[tuple[str, str, list[Triple]]] = [
    ("under-fire", "The Dune Brigade is under fire from the Sahel Freedom Front.",
     [("Dune Brigade", P, "*")]),
    ("under-pressure", "The Dune Brigade is under pressure from the Sahel Freedom Front to "
     "disarm.", [("Dune Brigade", P, "*")]),
    ("under-investigation", "The Kasai Rapid Unit was placed under investigation by the "
     "Ministry of Security.", [("Kasai Rapid Unit", P, "*")]),
    ("under-attack", "The village came under attack from the Storm Battalion on Monday.",
     [("*", P, "*")]),
    ("under-command-person", "The Dune Brigade operates under the command of Colonel Ibrahim "
     "Sow.", [("Dune Brigade", P, "*")]),
    ("under-person", "The Tiger Squad is under Amadou Keita, officials say.",
     [("Tiger Squad", P, "*")]),
    ("will-be-placed", "The Dune Brigade will be placed under the Defence Ministry next year.",
     [("Dune Brigade", P, "Defence Ministry")]),
    ("formerly-under", "The Ituri Martyrs Brigade, formerly under the Islamic State, killed "
     "12 villagers.", [("Ituri Martyrs Brigade", P, "*")]),
    ("was-formerly-under", "The Tiger Squad was formerly under the Interior Ministry.",
     [("Tiger Squad", P, "Interior Ministry")]),
    ("refused-placed", "The Dune Brigade refused to be placed under the Defence Ministry.",
     [("Dune Brigade", P, "Defence Ministry")]),
    ("town-under-group", "The town of Koro is under the Sahel Freedom Front, residents say.",
     [("*", P, "Sahel Freedom Front")]),
]

GROUP_BRANCHES: list[tuple[str, str, list[Triple]]] = [
    ("group-province", "The Islamic State's Khorasan Province claimed the bombing in Kabul.",
     [("Khorasan Province", P, "Islamic State")]),
    ("group-province-long", "KABUL, Afghanistan (AP) - The Islamic State's Khorasan Province "
     "said on Telegram late on Friday that one of its fighters had carried out the bombing, "
     "according to the SITE Intelligence Group.",
     [("Khorasan Province", P, "Islamic State")]),
    ("group-named-faction", "Boko Haram's Bakura faction attacked fishermen near Lake Chad.",
     [("Bakura", P, "Boko Haram")]),
    ("group-named-brigade", "The Ogaden Freedom Army's Korrahe brigade ambushed a convoy near "
     "the border on Wednesday.", [("Korrahe", P, "Ogaden Freedom Army")]),
    ("group-named-wing", "Al-Shabaab's Amniyat wing carried out the bombing, Somali officials "
     "said.", [("Amniyat", P, "al-Shabaab")]),
    ("group-branch-named", "The Sahel Freedom Front's northern branch, the Dune Brigade, "
     "ambushed a convoy near Menaka.", [("Dune Brigade", P, "Sahel Freedom Front")]),
    ("party-youth-wing", "The Kesh People's Party said its youth wing, the Young Lions, had "
     "been disbanded.", [("Young Lions", P, "Kesh People's Party")]),
    ("party-youth-wing-the-party", "The Kesh People's Party said on Monday that the party's "
     "youth wing, the Young Lions, had been disbanded after the riots in Kasama.",
     [("Young Lions", P, "Kesh People's Party")]),
]

GROUP_BRANCHES_ABSENT: list[tuple[str, str, list[Triple]]] = [
    ("state-named-faction", "Nigeria's Bakura faction attacked fishermen near Lake Chad.",
     [("*", P, "Nigeria")]),
    ("state-named-faction-ethiopia", "Ethiopia's Korrahe faction ambushed a convoy near the "
     "border on Wednesday.", [("*", P, "Ethiopia")]),
    ("group-known-province", "The Taliban's Helmand Province offensive killed 30 soldiers.",
     [("*", P, "Taliban")]),
    ("group-rival-named", "The Sahel Freedom Front's main rival, the Dune Brigade, ambushed a "
     "convoy near Menaka.", [("Dune Brigade", P, "*")]),
]

UNITS: list[tuple[str, str, list[Triple]]] = [
    ("battalion-of-brigade", "Soldiers of the Ruvu Battalion of the Kilimanjaro Brigade "
     "shelled the ridge.", [("Ruvu Battalion", P, "Kilimanjaro Brigade")]),
    ("battalion-of-brigade-long", "DODOMA, Tanzania, 9 June 2026 - Troops of the Ruvu "
     "Battalion of the Kilimanjaro Brigade repelled an attack on their camp on Tuesday, a "
     "spokesman, Major Juma Mfinanga, said.", [("Ruvu Battalion", P, "Kilimanjaro Brigade")]),
    ("regiment-of-division", "The Cedar Regiment of the Highland Division was sent to the "
     "front on Monday.", [("Cedar Regiment", P, "Highland Division")]),
]

UNITS_ABSENT: list[tuple[str, str, list[Triple]]] = [
    ("unit-beside", "The Kilimanjaro Brigade fought beside the Ruvu Battalion on the ridge.",
     [("*", P, "*")]),
    ("unit-of-soldiers", "A battalion of the Kilimanjaro Brigade shelled the ridge.",
     [("*", P, "Kilimanjaro Brigade")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(STATE_FORCES + UNDER + COMMANDED
                                                     + GROUP_BRANCHES + UNITS))
def test_parts_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(
    STATE_FORCES_ABSENT + UNDER_ABSENT + GROUP_BRANCHES_ABSENT + UNITS_ABSENT))
def test_no_part_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
