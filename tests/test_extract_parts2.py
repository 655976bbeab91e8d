"""Units, wings, missions and subsidiaries told as parts of a larger body: "X, a special
unit of Y", "X, Y's rapid reaction force", "X, the youth wing of the ruling Y party",
"X, the African Union's mission in Z", "Y moved its X to the border", "X, a subsidiary
of Y" give X PART_OF Y. A force led by a state or an alliance ("the NATO-led force") is
led by it (LEADS), not a part of it.

Every sentence is written for this table with invented units, parties and firms in
several regions, once short and once inside a long wire sentence. The near misses beside
them: a unit of measure, pressure from a body, a deal, a former wing, a split, a force of
so many men, a commander, a unit of a town, a rival, a denial, an ally sent abroad.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases


def part(unit: str, whole: str) -> Triple:
    return (unit, "PART_OF", whole)


FOUND: list[tuple[str, str, list[Triple]]] = [
    # "X, a special / specialist / elite unit of Y"
    ("special-unit-police", "The Falcon Team, a special unit of the Philippine National "
     "Police, raided the house in Cebu.",
     [part("Falcon Team", "Philippine National Police")]),
    ("specialist-unit-long", "CEBU, Philippines, 8 June 2026 (AP) - The Falcon Team, a "
     "specialist unit of the Philippine National Police, raided a house in the port city on "
     "Friday and arrested two suspects, according to a police statement.",
     [part("Falcon Team", "Philippine National Police")]),
    ("elite-unit-army", "The Jaguar Command, an elite unit of the Honduran Army, arrested "
     "the smugglers near Trujillo.",
     [part("Jaguar Command", "Honduran Army")]),
    ("elite-unit-long", "CARACAS, Venezuela, 9 May 2026 - The Tiger Unit, an elite unit of "
     "the Bolivarian National Guard, raided the mine near El Callao on Saturday, killing "
     "four, residents said.",
     [part("Tiger Unit", "Bolivarian National Guard")]),
    ("special-unit-air-force", "The Condor Squadron, a special unit of the Peruvian Air "
     "Force, bombed the camp near Pichari.",
     [part("Condor Squadron", "Peruvian Air Force")]),
    ("unit-of-police-attacked", "The Delta Squad, a unit of Kenya's police, was attacked by "
     "the Mbale Raiders on Monday.",
     [part("Delta Squad", "Kenyan police"), ("Mbale Raiders", "TARGETS", "Delta Squad")]),
    ("unit-named-like-place", "The Abakunzi, the armed wing of the Kivu Union, beat the "
     "villagers.",
     [part("Abakunzi", "Kivu Union")]),
    ("unit-named-like-person", "Kasongo, a unit of the Kivu Union, raided the market.",
     [part("Kasongo", "Kivu Union")]),
    # an operation named as a force: the army's
    ("army-operation-long", "MAIDUGURI, Nigeria, 4 April 2026 - Troops of Operation Desert "
     "Falcon, the army's joint operation in the north-east, clashed with insurgents near "
     "Monguno on Sunday.",
     [part("Operation Desert Falcon", "Nigerian forces")]),
    ("state-army-operation", "Troops of Operation Savanna Shield, the Nigerian army's joint "
     "operation in the north-east, clashed with insurgents.",
     [part("Operation Savanna Shield", "Nigerian forces")]),
    # "Y, including its special operations battalion, X", "X, Y's rapid reaction force"
    ("including-its-battalion", "The Jubaland Army, including its special operations "
     "battalion, the Gedo Lions, moved to the river.",
     [part("Gedo Lions", "Jubaland Army")]),
    ("rapid-reaction-force", "The Leopard Battalion, the Zanian army's rapid reaction force, "
     "crossed the river on Monday.",
     [part("Leopard Battalion", "Zanian forces")]),
    ("rapid-reaction-force-long", "TBILISI, Georgia, 10 June 2026 - The Lazi Battalion, the "
     "Georgian army's rapid reaction force, was sent to the border on Friday, the defence "
     "ministry said.",
     [part("Lazi Battalion", "Georgian forces")]),
    # under a ministry, answering or reporting to it
    ("paramilitary-under-ministry", "The People's Armed Police, a paramilitary force under "
     "the Central Military Commission, guarded the square.",
     [part("People's Armed Police", "Central Military Commission")]),
    ("paramilitary-under-ministry-long", "DHAKA, Bangladesh, 5 May 2026 (Reuters) - The "
     "Rapid Action Battalion, a paramilitary force under the Ministry of Home Affairs, "
     "detained the activist at his home in Dhaka late on Tuesday, his family said.",
     [part("Rapid Action Battalion", "Ministry of Home Affairs")]),
    ("which-reports-to", "The Border Scouts, which reports to the Ministry of Defence, patrol "
     "the frontier.",
     [part("Border Scouts", "Ministry of Defence")]),
    ("which-reports-to-long", "ISLAMABAD, Pakistan, 2 June 2026 - The Frontier Rangers, which "
     "reports to the Ministry of Interior, said on Sunday it had sealed the border crossing "
     "near Chaman.",
     [part("Frontier Rangers", "Ministry of Interior")]),
    ("which-answers-to", "The Lotus Brigade, which answers to the Interior Ministry, raided "
     "the camp.",
     [part("Lotus Brigade", "Interior Ministry")]),
    # wings of parties and movements
    ("youth-wing-ruling-party", "The Mlima Youth Front, the youth wing of the ruling Lake "
     "Alliance party, attacked opposition supporters.",
     [part("Mlima Youth Front", "Lake Alliance")]),
    ("youth-wing-long", "HARARE, Zimbabwe, 12 July 2026 - Members of the Chimurenga Youth "
     "League, the youth wing of the ruling Unity Front party, beat opposition supporters in "
     "Chitungwiza on Saturday, witnesses said.",
     [part("Chimurenga Youth League", "Unity Front")]),
    ("youth-wing-acronym-party", "The Sahel Youth Brigade, the youth wing of the ruling MPS "
     "party, marched in N'Djamena.",
     [part("Sahel Youth Brigade", "MPS")]),
    ("youth-wing-acronym-long", "LILONGWE, Malawi, 2 March 2026 - The Young Pioneers, the "
     "youth wing of the ruling DPP, attacked journalists outside the court on Monday, the "
     "Media Council said.",
     [part("Young Pioneers", "DPP")]),
    ("youth-wing-hyphened-acronym", "The Imbonerakure, the youth wing of the ruling CNDD-FDD "
     "party, beat the villagers.",
     [part("Imbonerakure", "CNDD-FDD")]),
    ("armed-wing", "The Karst Lions, the armed wing of the Karst Union, shelled the valley.",
     [part("Karst Lions", "Karst Union")]),
    ("military-arm-calls-itself", "The Gold Coast Union, whose military arm calls itself the "
     "Volta Lions, signed the accord in Accra.",
     [part("Volta Lions", "Gold Coast Union")]),
    ("its-armed-wing-said", "The Karst Union said its armed wing, the Karst Lions, would "
     "disarm.",
     [part("Karst Lions", "Karst Union")]),
    # missions of unions and alliances
    ("eu-naval-mission", "Operation Sea Guard, the EU's naval mission, rescued 200 migrants "
     "off Libya.",
     [part("Operation Sea Guard", "European Union")]),
    ("eu-naval-mission-long", "ROME, Italy, 4 August 2026 - Operation Blue Harbour, the "
     "European Union's naval mission in the Mediterranean, rescued 140 migrants off "
     "Lampedusa on Sunday, the Italian coast guard said.",
     [part("Operation Blue Harbour", "European Union")]),
    ("au-mission-in", "The Nile Mission, the African Union's mission in Sudan, withdrew its "
     "troops.",
     [part("Nile Mission", "African Union")]),
    ("au-mission-in-long", "BAMAKO, Mali, 1 March 2026 - The Niger Valley Mission, the "
     "African Union's mission in Mali, said on Thursday it would pull out of Timbuktu by "
     "June, according to a statement.",
     [part("Niger Valley Mission", "African Union")]),
    ("un-mission-plural-owner", "The Sahel Mission, the United Nations' mission in Mali, "
     "left Gao.",
     [part("Sahel Mission", "United Nations")]),
    ("nato-led-force-leads", "PRISTINA, Kosovo, 9 May 2026 - The Balkan Shield, the NATO-led "
     "peacekeeping force, patrolled the border near Mitrovica on Friday after the clashes, a "
     "spokesman said.",
     [("NATO", "LEADS", "Balkan Shield")]),
    # a state's or a group's own named unit or base: "Y keeps its X"
    ("keeps-its-base", "Russia, which keeps its 201st Military Base in Tajikistan, sent more "
     "troops.",
     [part("201st Military Base", "Russia"), ("201st Military Base", "LOCATED_IN",
                                              "Tajikistan")]),
    ("keeps-its-base-long", "DUSHANBE, Tajikistan, 2 February 2026 - Russia, which keeps its "
     "201st Military Base in Tajikistan, sent more troops to the Afghan border on Monday, "
     "the Russian Defence Ministry said.",
     [part("201st Military Base", "Russia")]),
    ("moved-its-force", "Hezbollah moved its Radwan Force closer to the border on Sunday.",
     [part("Radwan Force", "Hezbollah")]),
    ("moved-its-force-long", "BEIRUT, Lebanon, 5 March 2026 - Hezbollah has moved its "
     "Radwan Force away from the border villages, two security sources said on Wednesday.",
     [part("Radwan Force", "Hezbollah")]),
    ("deployed-its-battalion", "The Tarlan Army deployed its Steppe Wolves Battalion to the "
     "border on Sunday.",
     [part("Steppe Wolves Battalion", "Tarlan Army")]),
    # companies
    ("subsidiary", "Kestrel Security, a subsidiary of the Dubai-based Falcon Group, guarded "
     "the oil field near Tobruk.",
     [part("Kestrel Security", "Falcon Group")]),
    ("subsidiary-long", "SANTIAGO, Chile, 2 May 2026 - Andes Mining, a subsidiary of Condor "
     "Holdings, won the contract to expand the copper mine on Monday, according to a "
     "filing.",
     [part("Andes Mining", "Condor Holdings")]),
    ("subsidiary-of-firm-long", "ADDIS ABABA, Ethiopia - Orbit Telecom, a subsidiary of the "
     "Kenyan firm Savanna Holdings, said on Tuesday its network in Tigray had been cut.",
     [part("Orbit Telecom", "Savanna Holdings")]),
    # more missions and operations, and named units a body keeps, withdraws or dissolves
    ("state-operation-in-region", "Operation Sand Viper, France's military operation in the "
     "Sahel, ended in 2022.",
     [part("Operation Sand Viper", "France")]),
    ("naval-mission-of", "The Baltic Watch, the naval mission of the European Union, seized "
     "the tanker.",
     [part("Baltic Watch", "European Union")]),
    ("withdrew-its-mission", "The United Nations withdrew its Sahel Mission from Gao in 2023.",
     [part("Sahel Mission", "United Nations")]),
    ("keeps-its-command", "Ethiopia, which keeps its Eastern Command in Harar, denied the "
     "report.",
     [part("Eastern Command", "Ethiopia"), ("Eastern Command", "LOCATED_IN", "Harar")]),
    ("dissolved-its-wing", "The Karst Union dissolved its Karst Lions in 2021.",
     [part("Karst Lions", "Karst Union")]),
    # an owner's branch after a long name the parser splits: read in word order
    ("owners-branch-after-long-name", "Jund al-Tawhid wal-Jihad, al-Qaeda's branch in the "
     "Sinai, claimed the ambush.",
     [part("Jund al-Tawhid wal-Jihad", "al-Qaeda")]),
    ("owners-wing-after-long-name-long", "GAO, Mali, 14 March 2026 - Katibat Nasr al-Islam "
     "wal-Muslimin, al-Qaeda's wing in the Sahel, said on Monday it had ambushed the convoy "
     "near Ansongo, according to a statement.",
     [part("Katibat Nasr al-Islam wal-Muslimin", "al-Qaeda")]),
]


# Told so, but not read yet (each a strict expected failure).
NOT_YET = {
    "base-hosted": "a base named by a lower-case noun after a place's name is read as no "
                   "actor",
    "youth-wing-dictionary-acronym": "the dictionary spells the party's acronym out under "
                                     "another name",
}
FOUND += [
    ("base-hosted", "Kyrgyzstan hosts Russia's Kant air base near Bishkek.",
     [("Kant", "PART_OF", "Russia")]),
    ("including-its-battalion-unknown-whole", "KYIV, Ukraine, 3 May 2026 - The Azov Corps, "
     "including its special operations battalion, the Bila Battalion, moved to the front "
     "near Kupiansk on Monday, officials said.",
     [part("Bila Battalion", "Azov Corps")]),
    ("youth-wing-dictionary-acronym", "The Tonga Wing, the youth wing of the ZANU-PF party, "
     "marched in Harare.",
     [part("Tonga Wing", "ZANU-PF")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND, NOT_YET))
def test_parts_found(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


ABSENT: list[tuple[str, str, list[Triple]]] = [
    ("unit-of-measure", "The tola, a unit of weight, is still used in Dhaka's gold markets.",
     [("*", "PART_OF", "*")]),
    ("attacked-unit-no-other", "The Delta Squad, a unit of Kenya's police, was attacked by "
     "the Mbale Raiders on Monday.",
     [("Mbale Raiders", "PART_OF", "*"), ("Delta Squad", "TARGETS", "*"),
      ("Kenyan police", "TARGETS", "*")]),
    ("attacked-unit-of-group", "The Mbale Raiders, a unit of the Kivu Union, were attacked by "
     "the Karst Lions.",
     [("Karst Lions", "PART_OF", "*"), ("Mbale Raiders", "TARGETS", "*")]),
    ("under-pressure-from", "The Lotus Brigade withdrew from Bakosi under pressure from the "
     "Interior Ministry.",
     [("Lotus Brigade", "PART_OF", "Interior Ministry")]),
    ("under-the-deal", "The Lotus Brigade, under the deal with the Interior Ministry, "
     "withdrew from the town.",
     [("Lotus Brigade", "PART_OF", "Interior Ministry")]),
    ("former-wing", "The Karst Lions, the former armed wing of the Karst Union, shelled the "
     "valley.",
     [("Karst Lions", "PART_OF", "Karst Union")]),
    ("split-from", "The Karst Lions, which split from the Karst Union in 2019, shelled the "
     "valley.",
     [("Karst Lions", "PART_OF", "Karst Union")]),
    ("broke-away-from", "The Karst Lions, a splinter group that broke away from the Karst "
     "Union, shelled the valley.",
     [("Karst Lions", "PART_OF", "Karst Union")]),
    ("rival-of", "The Karst Lions, a rival of the Karst Union, shelled the valley.",
     [("Karst Lions", "PART_OF", "Karst Union")]),
    ("denies-being-wing", "The Karst Lions deny being the armed wing of the Karst Union.",
     [("Karst Lions", "PART_OF", "Karst Union")]),
    ("whose-wing-attacked", "The Karst Lions, whose armed wing attacked the Karst Union, "
     "shelled the valley.",
     [("Karst Lions", "PART_OF", "Karst Union"), ("Karst Union", "PART_OF", "Karst Lions")]),
    ("force-of-men", "The Karst Union sent a force of 300 men to the valley.",
     [("*", "PART_OF", "*")]),
    ("led-force-commander", "Colonel Ivo Marek, the NATO-led force's commander, visited "
     "Pristina.",
     [("Ivo Marek", "PART_OF", "*"), ("NATO", "PART_OF", "*")]),
    ("led-force-not-part", "PRISTINA, Kosovo, 9 May 2026 - The Balkan Shield, the NATO-led "
     "peacekeeping force, patrolled the border near Mitrovica on Friday, a spokesman said.",
     [("Balkan Shield", "PART_OF", "NATO")]),
    ("kenyan-led-not-part", "The Tana Mission, a Kenyan-led peacekeeping force, deployed to "
     "Goma on Monday.",
     [("Tana Mission", "PART_OF", "Kenya")]),
    ("unit-of-town", "The Delta Squad, a unit of Kisumu, raided the market.",
     [("Delta Squad", "PART_OF", "*")]),
    ("unit-in-town", "The Delta Squad, a special unit in Mombasa, raided the market.",
     [("Delta Squad", "PART_OF", "*")]),
    ("do-not-report-to", "The Border Scouts, which do not report to the Ministry of Defence, "
     "patrol the frontier.",
     [("Border Scouts", "PART_OF", "Ministry of Defence")]),
    ("sent-its-ally", "Iran sent its ally Hezbollah into Syria.",
     [("Hezbollah", "PART_OF", "Iran")]),
    ("moved-its-fighters", "Hezbollah moved its fighters closer to the Radwan Force on "
     "Sunday.",
     [("Radwan Force", "PART_OF", "Hezbollah")]),
    ("sent-its-minister", "Kenya sent its Foreign Minister Amina Juma to Addis Ababa.",
     [("Amina Juma", "PART_OF", "*")]),
    ("operation-hub-town", "Monguno, the army's main operation hub, came under fire.",
     [("Monguno", "PART_OF", "*")]),
    ("mission-chief", "Amadou Sall, the African Union's mission chief, arrived in Juba.",
     [("Amadou Sall", "PART_OF", "*")]),
    ("former-subsidiary", "Andes Mining, a former subsidiary of Condor Holdings, won the "
     "contract.",
     [("Andes Mining", "PART_OF", "Condor Holdings")]),
    ("supplier-of", "Andes Mining, a supplier of Condor Holdings, won the contract.",
     [("Andes Mining", "PART_OF", "Condor Holdings")]),
    ("rival-of-mission", "Operation Sea Guard, a rival of the EU's naval mission, rescued "
     "200 migrants.",
     [("Operation Sea Guard", "PART_OF", "*")]),
    ("recalled-its-ambassador", "The Kivu Union recalled its ambassador, Jean Mbuyi, from "
     "Kigali.",
     [("Jean Mbuyi", "PART_OF", "*")]),
    ("moved-its-office", "The company moved its Lagos office to Abuja.",
     [("*", "PART_OF", "*")]),
    ("fighting-owners-branch", "The Malian Army, fighting al-Qaeda's branch in the Sahel, "
     "lost ten men.",
     [("Malian Army", "PART_OF", "*")]),
    ("in-town-owners-branch", "In Gao, al-Qaeda's branch in the Sahel claimed the ambush.",
     [("Gao", "PART_OF", "*")]),
    ("owners-rival-after-long-name", "Jund al-Tawhid wal-Jihad, al-Qaeda's rival in the "
     "Sinai, claimed the ambush.",
     [("Jund al-Tawhid wal-Jihad", "PART_OF", "*")]),
]


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_parts_near_misses(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
