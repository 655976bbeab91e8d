"""A person named once in full and again by a title, a short name or a bare surname
(extract/coref.py, extract/mentions.py): "the envoy", "the general", "the president"
stand for the one person the story gave that title, by a word before the name or in an
apposition ("X, the region's president"); "Karimi" for "Ahmed al-Karimi", "Van Dijk"
for "Pieter van Dijk", "Hadi" for "Sheikh Nasser al-Hadi". When two people fit (two
presidents, two people called Ali), when no one had the title before, or when the noun
is said in someone else's quote, it stays unread.

Passages are invented, in the style of wire copy, with invented people, groups and towns;
each reading is written short and inside a long sentence.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

FOUND: list[tuple[str, str, list[Triple]]] = [
    # ---- a title before the name, the title noun later
    ("envoy-short", "UN envoy Lars Berglund arrived in Aden on Monday. The envoy met "
     "Amin Saleh in the port city.", [("Lars Berglund", "MEETS_WITH", "Amin Saleh")]),
    ("special-envoy-long", "United Nations Special Envoy Lars Berglund arrived in the "
     "southern port city of Aden on Monday for a three-day visit, according to a statement "
     "from his office. The Special Envoy met the chairman of the Southern Transitional "
     "Council, Dr. Amin Saleh, at the presidential palace on Tuesday, the statement said.",
     [("Lars Berglund", "MEETS_WITH", "Amin Saleh")]),
    ("general-abbreviated-short", "Gen. Paul Mbeki arrived in Goma on Monday. The general "
     "met Ivan Petrov.", [("Paul Mbeki", "MEETS_WITH", "Ivan Petrov")]),
    ("general-abbreviated-long", "Maj. Gen. Paul Mbeki, who leads the army's operations in "
     "the eastern province of North Kivu, arrived in the lakeside town of Sake on Monday, "
     "according to residents. The general condemned the Kivu Patriotic Front (KPF), an "
     "alliance of armed factions, for an attack that killed at least 12 villagers.",
     [("Paul Mbeki", "CRITICIZES", "Kivu Patriotic Front")]),
    ("governor-short", "Governor Musa Kagora visited Konduga on Friday. The governor "
     "condemned the Sambisa Brigade.", [("Musa Kagora", "CRITICIZES", "Sambisa Brigade")]),
    ("governor-long", "Governor Musa Kagora, a former university lecturer, visited the "
     "northern town of Konduga on Friday, two days after the raid, according to residents. "
     "The governor condemned the Sambisa Liberation Brigade, a splinter faction of the "
     "insurgency, for the killing of at least 12 farmers near the town.",
     [("Musa Kagora", "CRITICIZES", "Sambisa Liberation Brigade")]),
    ("colonel-short", "Col. Diego Ruiz flew to Ibague on Tuesday. The colonel condemned "
     "the Tolima Front.", [("Diego Ruiz", "CRITICIZES", "Tolima Front")]),
    # ---- a title in an apposition, the title noun later
    ("appos-president-short", "Omar Jama, the region's president, spoke on Monday. The "
     "president condemned the Gedo Front.", [("Omar Jama", "CRITICIZES", "Gedo Front")]),
    ("appos-president-long", "Omar Jama, the president of the semi-autonomous region of "
     "Jubaland, returned to the southern port of Kismayo on Monday after talks in Nairobi, "
     "aides said. The president condemned the Gedo Liberation Front (GLF), the "
     "Nairobi-backed militia, for shelling the airport on Sunday, killing three guards.",
     [("Omar Jama", "CRITICIZES", "Gedo Liberation Front")]),
    ("appos-commander-short", "Daw Khin, commander of the Karenni Defence Army, spoke on "
     "Friday. The commander met Khun Aung Naing in Loikaw.",
     [("Daw Khin", "MEETS_WITH", "Khun Aung Naing")]),
    ("appos-commander-long", "Daw Khin, the commander of the Karenni Defence Army, an armed "
     "group that has fought the junta since 2021, spoke to reporters by telephone from the "
     "eastern town of Demoso on Friday. The commander met Khun Aung Naing, the leader of the "
     "Pa-O National Army, on Thursday near Loikaw, according to a statement.",
     [("Daw Khin", "MEETS_WITH", "Khun Aung Naing")]),
    ("appos-minister-short", "Ana Ferreira, the defence minister, arrived in Pemba on "
     "Monday. The minister met Joaquim Matola.",
     [("Ana Ferreira", "MEETS_WITH", "Joaquim Matola")]),
    # ---- a surname without its particle; a kunya as given
    ("al-surname-short", "Interim President Ahmed al-Karimi flew to Moscow on Sunday. "
     "Karimi met Ivan Petrov on Monday.", [("Ahmed al-Karimi", "MEETS_WITH", "Ivan Petrov")]),
    ("el-surname-short", "Gen. Mahmoud el-Sayed arrived in Tripoli on Monday. Sayed met "
     "Khalil Zintani in the capital.", [("Mahmoud el-Sayed", "MEETS_WITH", "Khalil Zintani")]),
    ("el-surname-long", "Gen. Mahmoud el-Sayed, the commander of the Libyan National "
     "Guard (LNG), arrived in the western city of Misrata on Monday, according to a "
     "statement from his office. Sayed condemned the Tarhuna Brigade, a militia that "
     "controls the road south of the city, for the shelling of the port, which killed two "
     "dock workers.",
     [("Mahmoud el-Sayed", "CRITICIZES", "Tarhuna Brigade")]),
    ("van-surname-short", "Dutch envoy Pieter van Dijk arrived in Juba on Monday. Van "
     "Dijk met Gatluak Deng.", [("Pieter van Dijk", "MEETS_WITH", "Gatluak Deng")]),
    ("dos-surname-short", "Defence Minister Jorge dos Santos arrived in Luanda on Friday. "
     "Dos Santos condemned the Cabinda Front.",
     [("Jorge dos Santos", "CRITICIZES", "Cabinda Front")]),
    ("da-surname-long", "Interior Minister Rui da Costa, who took office in March, visited "
     "the northern province of Cabo Delgado on Friday, according to state radio. Da Costa "
     "condemned the Rovuma Liberation Army (RLA), the insurgent group that has held "
     "several coastal towns since 2023, for an attack on a convoy.",
     [("Rui da Costa", "CRITICIZES", "Rovuma Liberation Army")]),
    ("kunya-as-given", "Abu Hamza, the leader of the Sinai Emirate, spoke in a video on "
     "Monday. Abu Hamza threatened Egypt.", [("Abu Hamza", "THREATENS", "Egypt")]),
    # ---- a short name after a title before the full name
    ("sheikh-short-name", "Sheikh Nasser al-Hadi, head of the Tribal Council, spoke on "
     "Monday. Hadi condemned the Rapid Support Forces.",
     [("Nasser al-Hadi", "CRITICIZES", "Rapid Support Forces")]),
    ("doctor-short-name-long", "Dr. Amin Saleh, the chairman of the Southern Transitional "
     "Council, an alliance of separatist factions backed by the United Arab Emirates, "
     "returned to Aden on Tuesday after a week in Abu Dhabi, aides said. Saleh condemned "
     "the Houthis for the drone attack on the port, which killed at least five workers.",
     [("Amin Saleh", "CRITICIZES", "Houthis")]),
    ("maj-gen-short-name", "Maj. Gen. Ibrahim Dauda arrived in Maiduguri on Monday. Dauda "
     "met Musa Kagora.", [("Ibrahim Dauda", "MEETS_WITH", "Musa Kagora")]),
    # ---- a surname as subject across sentences
    ("surname-subject-short", "Omar Jama, the region's president, spoke on Monday. Jama "
     "condemned President Abdi Nur.", [("Omar Jama", "CRITICIZES", "Abdi Nur")]),
    ("surname-subject-long", "Omar Jama, the region's president, a former army officer who "
     "has ruled Jubaland since 2013, spoke to reporters in the port city of Kismayo on "
     "Monday. Jama has rejected the authority of President Abdi Nur, saying the federal "
     "government had broken its promises.", [("Omar Jama", "OPPOSES", "Abdi Nur")]),
    ("minister-title-long", "Foreign Minister Ana Ferreira, who has led the country's "
     "diplomacy since the 2022 election, flew to the northern city of Nampula on Monday, "
     "according to the state news agency. The minister met Joaquim Matola, the governor "
     "of the province, to discuss the insurgency that has displaced thousands.",
     [("Ana Ferreira", "MEETS_WITH", "Joaquim Matola")]),
    ("chief-minister-short", "Chief Minister Rana Sethi visited Imphal on Monday. The "
     "chief minister condemned the Kangleipak Front.",
     [("Rana Sethi", "CRITICIZES", "Kangleipak Front")]),
    ("defence-minister-long", "Defence Minister Ana Ferreira, who took office in January "
     "after the cabinet reshuffle, arrived in the northern port of Pemba on Monday, "
     "according to state radio. The defence minister met Joaquim Matola, a local "
     "commander of the militia that guards the gas plant, on Tuesday.",
     [("Ana Ferreira", "MEETS_WITH", "Joaquim Matola")]),
    ("appos-title-first", "The region's president, Omar Jama, spoke on Monday. The "
     "president condemned the Gedo Front.", [("Omar Jama", "CRITICIZES", "Gedo Front")]),
    ("envoy-over-a-paragraph", "UN envoy Lars Berglund arrived in Aden on Monday.\n\nThe "
     "envoy met Amin Saleh on Tuesday.", [("Lars Berglund", "MEETS_WITH", "Amin Saleh")]),
    ("envoy-as-object", "UN envoy Lars Berglund arrived in Aden on Monday. Amin Saleh "
     "met the envoy at the port.", [("Amin Saleh", "MEETS_WITH", "Lars Berglund")]),
    ("bin-surname-short", "Sheikh Khalid bin Rashid arrived in Mukalla on Monday. Bin "
     "Rashid condemned the Houthis.", [("Khalid bin Rashid", "CRITICIZES", "Houthis")]),
    ("de-surname-long", "Gen. Carlos de Leon, the army's top commander in the western "
     "highlands, arrived in the border town of La Mesilla on Thursday, two days after the "
     "ambush, local officials said. De Leon condemned the Sierra Madre Front, a gang that "
     "smuggles migrants across the river, for the attack.",
     [("Carlos de Leon", "CRITICIZES", "Sierra Madre Front")]),
    ("fuller-name-later-keeps-surname", "Nasser al-Hadi spoke in Omdurman on Monday. "
     "Sheikh Nasser al-Hadi, head of the Tribal Council, later flew to Port Sudan. Hadi "
     "condemned the Rapid Support Forces.",
     [("Nasser al-Hadi", "CRITICIZES", "Rapid Support Forces")]),
    ("surname-as-owner", "Omar Jama, the region's president, spoke on Monday. Jama's "
     "forces attacked the Gedo Front near Bardera.", [("Omar Jama", "TARGETS", "Gedo Front")]),
    # a stance told of the surname: refusing to recognise someone (news.jsonl)
    ("surname-refused-to-recognise-short", "Omar Jama spoke on Monday. Jama has refused "
     "to recognise President Abdi Nur.", [("Omar Jama", "OPPOSES", "Abdi Nur")]),
    ("surname-refused-authority-long", "Said Omar Jama, the region's president, a former "
     "army officer who has ruled the southern region since 2013, spoke to reporters in the "
     "port city of Kismayo on Monday. Jama has refused to recognise the authority of "
     "President Abdi Nur, whose term ended in April, according to his aides.",
     [("Omar Jama", "OPPOSES", "Abdi Nur")]),
    ("group-declined-to-recognise", "The Tana River Front declined to recognize the Kenyan "
     "government after the vote.", [("Tana River Front", "OPPOSES", "Kenya")]),
    ("surname-object", "Omar Jama returned to Kismayo on Monday. Abdi Nur condemned Jama "
     "for the killings.", [("Abdi Nur", "CRITICIZES", "Omar Jama")]),
    # a head of government named by the government he heads
    ("government-of-president-short", "KORO, Mali (AP) - The Valley Front has held talks "
     "with the government of President Amadou Sefu.", [("Amadou Sefu", "LEADS", "Mali")]),
    ("government-of-prime-minister-long", "The Oromo Valley Army, which has fought federal "
     "troops since 2019, said on Tuesday it had ambushed soldiers loyal to the government "
     "of Prime Minister Dawit Bekele near the town of Gimbi in western Ethiopia, killing "
     "at least seven, according to residents.", [("Dawit Bekele", "LEADS", "Ethiopia")]),
    ("administration-of-president", "The Tana Front rejected the administration of "
     "Kenyan President Ruto Kamau.", [("Ruto Kamau", "LEADS", "Kenya")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    # two people who share a surname: the surname alone names neither
    ("two-alis-short", "Hassan Ali and Ahmed Ali spoke on Monday. Ali condemned the "
     "Sahel Front.", [("*", "CRITICIZES", "Sahel Front")]),
    ("two-alis-long", "Hassan Ali, a commander of the Dawa Brigade, and Ahmed Ali, a "
     "member of the Gao Youth Council, spoke to reporters in the northern town of Ansongo "
     "on Monday. Ali condemned the Sahel Liberation Front for the raid.",
     [("*", "CRITICIZES", "Sahel Liberation Front")]),
    ("two-al-surnames", "Ahmed al-Karimi and Yusuf Karimi arrived in Moscow on Sunday. "
     "Karimi met Ivan Petrov.", [("*", "MEETS_WITH", "Ivan Petrov")]),
    # a place or a group that shares a word with a surname
    ("town-shares-surname", "Omar Jama arrived in Kismayo on Monday. Gunmen from Jama "
     "attacked Somali soldiers.", [("Omar Jama", "TARGETS", "*")]),
    # two presidents: "the president" is either
    ("two-presidents-short", "President Ivan Petrov met President Omar Jama on Monday. The "
     "president condemned the Gedo Front.", [("*", "CRITICIZES", "Gedo Front")]),
    ("two-presidents-appos", "Ivan Petrov, the Ruritanian president, and Omar Jama, the "
     "region's president, spoke on Monday. The president condemned the Gedo Front.",
     [("*", "CRITICIZES", "Gedo Front")]),
    # no envoy named before
    ("envoy-before-any-envoy", "The envoy met Amin Saleh in Aden on Monday. Later, UN "
     "envoy Lars Berglund flew to Riyadh.", [("Lars Berglund", "MEETS_WITH", "*")]),
    # the role noun is someone else's in a quote
    ("role-noun-in-anothers-quote", "Gen. Paul Mbeki arrived in Goma on Monday. \"The "
     "general met the Kivu Patriotic Front in secret,\" said Jean Tumba, a rebel leader.",
     [("Paul Mbeki", "MEETS_WITH", "*")]),
    # a title of another kind than the noun
    ("other-title", "Governor Musa Kagora visited Konduga on Friday. The general condemned "
     "the Sambisa Brigade.", [("Musa Kagora", "CRITICIZES", "*")]),
    # denial and negation stay negated
    ("surname-denied", "Omar Jama, the region's president, spoke on Monday. Jama did not "
     "condemn the Gedo Front.", [("Omar Jama", "CRITICIZES", "Gedo Front")]),
    ("envoy-hypothetical", "UN envoy Lars Berglund arrived in Aden on Monday. The envoy "
     "may meet Amin Saleh next week if the talks go ahead.",
     [("Lars Berglund", "MEETS_WITH", "Amin Saleh")]),
    # wrong direction
    ("surname-object-direction", "Omar Jama returned to Kismayo on Monday. Abdi Nur "
     "condemned Jama for the killings.", [("Omar Jama", "CRITICIZES", "Abdi Nur")]),
    ("two-presidents-long", "Ivan Petrov, the president of Ruritania, met Omar Jama, the "
     "president of the semi-autonomous region of Jubaland, in the port city of Kismayo on "
     "Monday, aides said. The president condemned the Gedo Liberation Front for shelling "
     "the airport.", [("*", "CRITICIZES", "Gedo Liberation Front")]),
    ("two-generals-abbreviated", "Gen. Paul Mbeki met Gen. Moses Kabanda in Goma on "
     "Monday. The general condemned the Kivu Patriotic Front.",
     [("*", "CRITICIZES", "Kivu Patriotic Front")]),
    ("other-presidents-title-narrowed", "President Omar Jama met reporters on Monday. The "
     "former president, Abdi Nur, condemned the Gedo Front.",
     [("Omar Jama", "CRITICIZES", "*")]),
    ("group-shares-surname", "Ahmed Hadi arrived in Baidoa on Monday. The Hadi Brigade "
     "attacked Somali soldiers near the town.", [("Ahmed Hadi", "TARGETS", "*")]),
    ("two-van-surnames", "Pieter van Dijk and Anna Dijk arrived in Juba on Monday. Dijk "
     "met Gatluak Deng.", [("*", "MEETS_WITH", "Gatluak Deng")]),
    ("title-said-by-a-rebel", "Gov. Musa Kagora visited Konduga on Friday. \"The governor "
     "has armed the Sambisa Brigade,\" a rebel commander, Bulama Goni, told reporters.",
     [("Musa Kagora", "BACKS", "*")]),
    ("deputy-is-another-title", "Minister Ana Ferreira arrived in Pemba on Monday. The "
     "deputy minister met Joaquim Matola.", [("Ana Ferreira", "MEETS_WITH", "*")]),
    ("two-ministers-one-fits", "Foreign Minister Ana Ferreira and Defence Minister Rui "
     "Costa arrived in Pemba on Monday. The defence minister met Joaquim Matola.",
     [("Ana Ferreira", "MEETS_WITH", "*")]),
    ("agreed-to-recognise", "Omar Jama spoke on Monday. Jama has agreed to recognise "
     "the authority of President Abdi Nur.", [("Omar Jama", "OPPOSES", "*")]),
    ("did-not-refuse-to-recognise", "Omar Jama spoke on Monday. Jama did not refuse to "
     "recognise President Abdi Nur.", [("Omar Jama", "OPPOSES", "*")]),
    ("refused-to-recognise-a-vote", "The Tana River Front refused to recognise the result "
     "of the vote in Garissa.", [("Tana River Front", "OPPOSES", "*")]),
    # the government of a former holder; a party of a president is not his state
    ("government-of-former-president", "KORO, Mali (AP) - The Valley Front rejected talks "
     "with the government of former President Amadou Sefu.", [("Amadou Sefu", "LEADS", "*")]),
    ("party-of-president", "KORO, Mali (AP) - The Valley Front met the party of President "
     "Amadou Sefu.", [("Amadou Sefu", "LEADS", "Mali")]),
    # a particle word that opens a name of its own
    ("particle-opens-other-name", "Pieter van Dijk arrived in Juba on Monday. Van Buren "
     "County officials met Gatluak Deng.", [("Pieter van Dijk", "MEETS_WITH", "*")]),
]

# Phrasings not read yet: (id, text, triples, reason).
UNREAD: list[tuple[str, str, list[Triple], str]] = []

# Must-nots not kept yet: (id, text, forbidden triples, reason).
STILL_READ: list[tuple[str, str, list[Triple], str]] = [
    ("would-refuse-if", "Omar Jama said he would refuse to recognise President Abdi Nur "
     "if the vote were delayed.", [("Omar Jama", "OPPOSES", "Abdi Nur")],
     "a stance under a condition ('would refuse ... if') is kept, as for the other "
     "rejection readings"),
]


def _unread() -> list[Any]:
    return [pytest.param(text, expected, id=case_id, marks=pytest.mark.xfail(
        strict=True, reason=reason)) for case_id, text, expected, reason in UNREAD]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND) + _unread())
def test_person_named_again(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


def _still_read() -> list[Any]:
    return [pytest.param(text, forbidden, id=case_id, marks=pytest.mark.xfail(
        strict=True, reason=reason)) for case_id, text, forbidden, reason in STILL_READ]


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT) + _still_read())
def test_person_reference_stays_unread(nlp: Language, text: str,
                                       forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
