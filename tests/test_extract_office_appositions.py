"""Persons introduced by their office as the arguments of any relation: the reading
reaches the person, and says the office too.

Title chains before a name: "Defence Minister General X", "Police Commissioner X",
"Minister of Local Government and Police X" (the portfolio is no body of its own),
"Gao Brigade commander Colonel X" (the rank after the title adds no weaker role).
The office then the name in apposition, as object and as subject: "met X and the head of
the Y, Z, on Wednesday" (MEETS_WITH Z, not Y; Z LEADS Y), "after meeting the chief of
staff of the Y forces, General Z, in Conakry" (a force's chief of staff heads it), "the
commander of the Y, Colonel Z, said". Coordinated persons each with their own title.
Names of three words after a title or inside an apposition ("X, Amanda Khozi Mukwashi,")
kept whole, not cut into a body and a person.

Must-nots: the body is not the meeting partner when a person is named for it; a former,
deputy or acting head leads nothing now; "a deputy of Z" is not Z; two offices and one
name give the name the nearer office only; a meeting denied, planned or only expected;
"met the head of the Y" with no name meets Y, as before.

Own sentences, invented people and bodies from several regions, each short and inside a
long wire sentence (a dateline, "on Tuesday", "according to ...")."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

M, D, C, T, L, MO = "MEETS_WITH", "DEMANDS", "CRITICIZES", "THREATENS", "LEADS", "MEMBER_OF"
NIB, GAO = "National Intelligence Bureau", "Gao Brigade"


def case(case_id: str, text: str, *triples: Triple) -> Any:
    return pytest.param(text, list(triples), id=case_id)


FOUND = [
    # title chains before a name, as object and as subject of many relations
    case("chain-rank-object", "President Joseph Mbaye met Defence Minister General Tamba "
         "Koroma in Freetown on Tuesday.", ("Joseph Mbaye", M, "Tamba Koroma")),
    case("chain-two-titled-objects-wire", "FREETOWN, March 4 (Reuters) - President Joseph "
         "Mbaye met Defence Minister General Tamba Koroma and Police Commissioner Fatmata "
         "Sesay on Tuesday to review the security operation in the east, the presidency "
         "said.", ("Joseph Mbaye", M, "Tamba Koroma"), ("Joseph Mbaye", M, "Fatmata Sesay")),
    case("chain-rank-subject-accuses", "Defence Minister General Tamba Koroma accused the "
         "Kamajor Militia of attacking the convoy.", ("Tamba Koroma", C, "Kamajor Militia")),
    case("chain-rank-subject-demands", "Defence Minister General Tamba Koroma demanded "
         "that the Kamajor Militia release the hostages.", ("Tamba Koroma", D, "Kamajor Militia")),
    case("police-commissioner-criticises", "Police Commissioner Fatmata Sesay criticised "
         "the Kamajor Militia for the attack.", ("Fatmata Sesay", C, "Kamajor Militia")),
    case("police-commissioner-threatened", "The Kamajor Militia threatened Police "
         "Commissioner Fatmata Sesay.", ("Kamajor Militia", T, "Fatmata Sesay")),
    case("cabinet-secretary-blames", "Interior Cabinet Secretary Wanjiru Otieno blamed the "
         "Shabaab for the raid, according to a statement.", ("Wanjiru Otieno", C, "al-Shabaab")),
    case("cabinet-secretary-wire", "NAIROBI - Interior Cabinet Secretary Wanjiru Otieno on "
         "Monday condemned the Shabaab after the raid in Lamu, a statement said.",
         ("Wanjiru Otieno", C, "al-Shabaab")),
    case("minister-of-portfolio-object", "Senator Laura Quinn met Minister of Local "
         "Government and Police Hlompho Mokoena in Maseru.", ("Laura Quinn", M, "Hlompho Mokoena")),
    case("minister-of-portfolio-subject", "Minister of Local Government and Police Hlompho "
         "Mokoena condemned the Basotho Liberation Front on Sunday.",
         ("Hlompho Mokoena", C, "Basotho Liberation Front")),
    case("urged-titled-minister", "Laura Quinn urged Interior Minister Farid Nazari to "
         "release the detainees.", ("Laura Quinn", D, "Farid Nazari")),
    case("demanded-titled-minister-resign", "The Sahel Liberation Front demanded that "
         "Defence Minister General Moussa Diarra resign.",
         ("Sahel Liberation Front", D, "Moussa Diarra")),
    case("spokesman-criticises-titled", "Sahel Liberation Front spokesman Oumar Traore "
         "criticized Defence Minister General Moussa Diarra.",
         ("Sahel Liberation Front", C, "Moussa Diarra"),
         ("Oumar Traore", "SPOKESPERSON_FOR", "Sahel Liberation Front")),
    case("body-title-rank-object", "Laura Quinn met Gao Brigade commander Colonel Oumar "
         "Traore in Gao.", ("Laura Quinn", M, "Oumar Traore"), ("Oumar Traore", L, GAO)),
    case("body-title-two-ranks-subject", "Gao Brigade commander Brigadier General Oumar "
         "Traore accused the Sahel Liberation Front of the attack.",
         ("Oumar Traore", C, "Sahel Liberation Front"), ("Oumar Traore", L, GAO)),
    case("army-chief-of-staff-chain", "Laura Quinn met Nigerian Army Chief of Staff "
         "Lieutenant General Tukur Adamu in Abuja.", ("Laura Quinn", M, "Tukur Adamu"),
         ("Tukur Adamu", L, "Nigerian Army")),
    case("bureau-chief-chain", "Laura Quinn met National Intelligence Bureau chief Farid "
         "Nazari in Kabul.", ("Laura Quinn", M, "Farid Nazari"), ("Farid Nazari", L, NIB)),
    case("state-police-commissioner-and-minister", "Laura Quinn met Lagos State Police "
         "Commissioner Ade Bakare and Justice Minister Kofi Mensah.",
         ("Laura Quinn", M, "Ade Bakare"), ("Laura Quinn", M, "Kofi Mensah"),
         ("Ade Bakare", L, "Lagos State Police")),
    case("two-titled-with-bodies", "Laura Quinn met UN envoy Tomas Berg and Tana Front "
         "leader Ahmed Guled in Mogadishu.", ("Laura Quinn", M, "Tomas Berg"),
         ("Laura Quinn", M, "Ahmed Guled"), ("Ahmed Guled", L, "Tana Front")),
    # coordinated persons, each with his own title
    case("commissioner-and-minister-of", "Envoy Laura Quinn met Police Commissioner Ama "
         "Boateng and Minister of Justice Kofi Mensah in Accra on Monday.",
         ("Laura Quinn", M, "Ama Boateng"), ("Laura Quinn", M, "Kofi Mensah")),
    case("commissioner-and-minister-of-wire", "ACCRA, June 3 (Reuters) - Envoy Laura Quinn "
         "met Police Commissioner Ama Boateng and Minister of Justice Kofi Mensah on Monday "
         "to discuss the attacks in the north, the ministry said.",
         ("Laura Quinn", M, "Ama Boateng"), ("Laura Quinn", M, "Kofi Mensah")),
    # the office, then the name in apposition: as object
    case("name-and-head-of-object", "KABUL, May 2 - Envoy Laura Quinn met Ali Rahimi and "
         "the head of the National Intelligence Bureau, Farid Nazari, on Wednesday to "
         "discuss the border, officials said.", ("Laura Quinn", M, "Ali Rahimi"),
         ("Laura Quinn", M, "Farid Nazari"), ("Farid Nazari", L, NIB)),
    case("head-of-rank-name-object", "Laura Quinn met the head of the Nigerian Army, "
         "General Tamba Koroma, on Monday.", ("Laura Quinn", M, "Tamba Koroma"),
         ("Tamba Koroma", L, "Nigerian Army")),
    case("chief-of-staff-after-meeting", "Envoy Laura Quinn left for Bamako after meeting "
         "the chief of staff of the Malian Armed Forces, General Moussa Diarra, in Gao.",
         ("Laura Quinn", M, "Moussa Diarra"), ("Moussa Diarra", L, "Malian Armed Forces")),
    case("chief-of-staff-object", "Laura Quinn met the chief of staff of the Guinean Armed "
         "Forces, General Mamadi Keita, in Conakry.", ("Laura Quinn", M, "Mamadi Keita"),
         ("Mamadi Keita", L, "Guinean Armed Forces")),
    case("chief-of-object", "Laura Quinn met the chief of the Guinean Armed Forces, "
         "General Mamadi Keita, in Conakry.", ("Laura Quinn", M, "Mamadi Keita"),
         ("Mamadi Keita", L, "Guinean Armed Forces")),
    case("commander-of-colonel-object", "Laura Quinn met the commander of the Gao Brigade, "
         "Colonel Oumar Traore, in Gao on Friday.", ("Laura Quinn", M, "Oumar Traore"),
         ("Oumar Traore", L, GAO)),
    case("commander-of-threatened", "The Sahel Liberation Front threatened the commander "
         "of the Gao Brigade, Colonel Oumar Traore.",
         ("Sahel Liberation Front", T, "Oumar Traore"), ("Oumar Traore", L, GAO)),
    case("accused-commander-of", "The Zama Front accused the commander of the Kivu "
         "Brigade, Colonel Jean Mbala, of abuses.", ("Zama Front", C, "Jean Mbala"),
         ("Jean Mbala", L, "Kivu Brigade")),
    case("criticized-leader-of", "Laura Quinn criticized the leader of the Tana Front, "
         "Ahmed Guled, for the attack.", ("Laura Quinn", C, "Ahmed Guled"),
         ("Ahmed Guled", L, "Tana Front")),
    case("called-on-head-of", "Laura Quinn called on the head of the National Intelligence "
         "Bureau, Farid Nazari, to release the detainees.", ("Laura Quinn", D, "Farid Nazari"),
         ("Farid Nazari", L, NIB)),
    case("head-of-militia-object", "Laura Quinn met the head of the Basij militia, Hossein "
         "Karimi, in Tehran.", ("Laura Quinn", M, "Hossein Karimi"),
         ("Hossein Karimi", L, "Basij")),
    case("head-of-agency-wire", "Ukrainian President Oleh Marchenko met the head of the "
         "International Atomic Energy Agency, Rafael Grossi, in Kyiv on Tuesday.",
         ("Oleh Marchenko", M, "Rafael Grossi"),
         ("Rafael Grossi", L, "International Atomic Energy Agency")),
    case("spokesman-of-captain-object", "Laura Quinn met the spokesman of the Gao Brigade, "
         "Captain Oumar Traore, in Gao.", ("Laura Quinn", M, "Oumar Traore"),
         ("Oumar Traore", "SPOKESPERSON_FOR", GAO)),
    case("two-offices-two-names-talks-wire", "TRIPOLI, Libya (AP) - Laura Quinn held talks "
         "on Tuesday with the head of the Presidential Council, Mohamed Salem, and the "
         "commander of the Fezzan Army, Field Marshal Khalid Bashagha, the mission said.",
         ("Laura Quinn", M, "Mohamed Salem"), ("Laura Quinn", M, "Khalid Bashagha"),
         ("Khalid Bashagha", L, "Fezzan Army")),
    case("two-offices-two-names-met", "Laura Quinn met the commander of the Fezzan Army, "
         "Khalid Bashagha, and the head of the Presidential Council, Mohamed Salem, on "
         "Tuesday.", ("Laura Quinn", M, "Khalid Bashagha"), ("Laura Quinn", M, "Mohamed Salem"),
         ("Mohamed Salem", L, "Presidential Council")),
    case("chief-of-described-army-talks", "Laura Quinn held talks with the chief of the "
         "Ugandan army, General Peter Okot, on Friday.", ("Laura Quinn", M, "Peter Okot"),
         ("Peter Okot", L, "Ugandan forces")),
    case("chief-of-described-army-met", "Laura Quinn met the chief of the Ugandan army, "
         "General Peter Okot, on Friday.", ("Laura Quinn", M, "Peter Okot"),
         ("Peter Okot", L, "Ugandan forces")),
    case("leader-of-described-group", "Laura Quinn met the leader of the Somali militants, "
         "Ahmed Guled, on Friday.", ("Laura Quinn", M, "Ahmed Guled")),
    # ... as subject
    case("head-of-subject-meets", "The head of the National Intelligence Bureau, Farid "
         "Nazari, met Laura Quinn in Kabul on Sunday, according to a statement from his "
         "office.", ("Farid Nazari", M, "Laura Quinn"), ("Farid Nazari", L, NIB)),
    case("head-of-rank-subject", "The head of the Nigerian Army, General Tamba Koroma, met "
         "Laura Quinn on Monday.", ("Tamba Koroma", M, "Laura Quinn"),
         ("Tamba Koroma", L, "Nigerian Army")),
    case("commander-of-subject-said", "BAMAKO - The commander of the Gao Brigade, Colonel "
         "Oumar Traore, said on Friday that the Sahel Liberation Front had attacked a "
         "checkpoint.", ("Oumar Traore", L, GAO)),
    case("commander-of-subject-accuses", "The commander of the Gao Brigade, Colonel Oumar "
         "Traore, accused the Sahel Liberation Front of killing civilians.",
         ("Oumar Traore", C, "Sahel Liberation Front"), ("Oumar Traore", L, GAO)),
    case("fleet-admiral-subject", "The commander of the Northern Fleet, Admiral Ivan "
         "Sokolov, met Oleh Marchenko.", ("Ivan Sokolov", M, "Oleh Marchenko"),
         ("Ivan Sokolov", L, "Northern Fleet")),
    case("chief-of-staff-subject", "The chief of staff of the Guinean Armed Forces, General "
         "Mamadi Keita, said the soldiers were safe.", ("Mamadi Keita", L, "Guinean Armed Forces")),
    case("chief-of-staff-after-name", "NAIROBI - General Robert Kibet, the chief of staff "
         "of the Kenya Defence Forces, said on Sunday the attack had been repelled.",
         ("Robert Kibet", L, "Kenya Defence Forces")),
    # names of three words, kept whole
    case("three-part-name-object", "Laura Quinn met Amanda Khozi Mukwashi on Monday.",
         ("Laura Quinn", M, "Amanda Khozi Mukwashi")),
    case("three-part-name-apposition", "Laura Quinn met the UN Resident Coordinator in "
         "Lesotho, Amanda Khozi Mukwashi, on Monday.", ("Laura Quinn", M, "Amanda Khozi Mukwashi")),
    case("three-part-name-after-title", "Laura Quinn met UN Resident Coordinator Amanda "
         "Khozi Mukwashi on Monday.", ("Laura Quinn", M, "Amanda Khozi Mukwashi")),
    case("three-part-name-subject", "The UN Resident Coordinator in Lesotho, Amanda Khozi "
         "Mukwashi, met Prime Minister Thabo Lerotholi on Friday.",
         ("Amanda Khozi Mukwashi", M, "Thabo Lerotholi")),
    case("three-part-name-criticised", "The opposition leader, Tsepo Mahao, criticized the "
         "UN Resident Coordinator in Lesotho, Amanda Khozi Mukwashi, on Friday.",
         ("Tsepo Mahao", C, "Amanda Khozi Mukwashi")),
    case("three-part-name-commissioner", "Police Commissioner Chipo Tendai Moyo condemned "
         "the Zama Front on Monday.", ("Chipo Tendai Moyo", C, "Zama Front")),
    case("three-part-name-head-of", "Laura Quinn met the head of the Kivu Brigade, Amani "
         "Mbala Kasongo, in Goma.", ("Laura Quinn", M, "Amani Mbala Kasongo"),
         ("Amani Mbala Kasongo", L, "Kivu Brigade")),
]

ABSENT = [
    # the body is not the partner when a person is named for it
    case("body-not-partner-rank", "Laura Quinn met the head of the Nigerian Army, General "
         "Tamba Koroma, on Monday.", ("Laura Quinn", M, "Nigerian Army")),
    case("body-not-partner-chief", "Laura Quinn met the chief of the Guinean Armed Forces, "
         "General Mamadi Keita, in Conakry.", ("Laura Quinn", M, "Guinean Armed Forces")),
    case("body-not-partner-three-part", "Laura Quinn met the head of the Kivu Brigade, "
         "Amani Mbala Kasongo, in Goma.", ("Laura Quinn", M, "Kivu Brigade")),
    case("body-not-partner-coordinated", "Envoy Laura Quinn met Ali Rahimi and the head of "
         "the National Intelligence Bureau, Farid Nazari, on Wednesday.", ("Laura Quinn", M, NIB)),
    case("chief-of-staff-no-member-too", "Laura Quinn met the chief of staff of the Guinean "
         "Armed Forces, General Mamadi Keita, in Conakry.",
         ("Mamadi Keita", MO, "Guinean Armed Forces")),
    case("chief-of-staff-of-office", "Laura Quinn met the chief of staff of the Interior "
         "Ministry, Ali Rahimi, in Kabul.", ("Ali Rahimi", L, "*")),
    case("chief-of-staff-of-office-after-name", "Ali Rahimi, chief of staff of the Interior "
         "Ministry, met Laura Quinn in Kabul.", ("Ali Rahimi", L, "*")),
    # no name cut into a body
    case("three-part-name-no-body", "Laura Quinn met Amanda Khozi Mukwashi on Monday.",
         ("Laura Quinn", M, "Amanda"), ("Laura Quinn", M, "Khozi Mukwashi")),
    case("office-subject-not-in-name", "The Special Rapporteur on Torture Anna Lindqvist "
         "criticized the Zama Front.", ("Torture Anna Lindqvist", C, "Zama Front")),
    case("portfolio-no-body", "Senator Laura Quinn met Minister of Local Government and "
         "Police Hlompho Mokoena in Maseru.", ("Laura Quinn", M, "Local Government and Police"),
         ("Hlompho Mokoena", "*", "Local Government and Police")),
    case("rank-no-weaker-role", "Gao Brigade commander Colonel Oumar Traore accused the "
         "Sahel Liberation Front of the attack.", ("Oumar Traore", MO, GAO)),
    case("body-not-partner-described-army", "Laura Quinn held talks with the chief of the "
         "Ugandan army, General Peter Okot, on Friday.", ("Laura Quinn", M, "Ugandan forces")),
    case("body-not-partner-described-group", "Laura Quinn met the leader of the Somali "
         "militants, Ahmed Guled, on Friday.", ("Laura Quinn", M, "Somali militants")),
    case("body-not-partner-two-offices", "Laura Quinn met the commander of the Fezzan Army, "
         "Khalid Bashagha, and the head of the Presidential Council, Mohamed Salem, on "
         "Tuesday.", ("Laura Quinn", M, "Fezzan Army"), ("Laura Quinn", M, "Presidential Council")),
    case("clause-after-meeting-not-object", "Laura Quinn met Khalid Bashagha on Tuesday, "
         "and the commander of the Fezzan Army later said the talks had gone well.",
         ("Laura Quinn", M, "Fezzan Army")),
    case("clause-after-meeting-not-object-2", "Laura Quinn met Khalid Bashagha on Tuesday "
         "and the commander of the Fezzan Army called the talks useful.",
         ("Laura Quinn", M, "Fezzan Army")),
    # a former, deputy or acting head, or one of several
    case("former-head-not-leader", "Laura Quinn met the former head of the National "
         "Intelligence Bureau, Farid Nazari, on Wednesday.", ("Farid Nazari", L, NIB)),
    case("former-commander-not-leader", "The former commander of the Gao Brigade, Colonel "
         "Oumar Traore, condemned the Sahel Liberation Front.", ("Oumar Traore", L, GAO)),
    case("deputy-head-not-leader", "Laura Quinn met the deputy head of the National "
         "Intelligence Bureau, Farid Nazari, on Wednesday.", ("Farid Nazari", L, NIB)),
    case("acting-head-not-leader", "Laura Quinn met the acting head of the National "
         "Intelligence Bureau, Farid Nazari, on Wednesday.", ("Farid Nazari", L, NIB)),
    case("a-commander-not-leader", "Laura Quinn met a commander of the Gao Brigade, Colonel "
         "Oumar Traore, in Gao.", ("Oumar Traore", L, GAO)),
    # another person than the one named
    case("deputy-of-named", "Laura Quinn met a deputy of Farid Nazari in Kabul on Wednesday.",
         ("Laura Quinn", M, "Farid Nazari")),
    case("aide-of-head", "Laura Quinn met an aide to the head of the National Intelligence "
         "Bureau, Farid Nazari.", ("Laura Quinn", M, "Farid Nazari")),
    case("wife-of-commander", "Laura Quinn met the wife of the commander of the Gao "
         "Brigade, Colonel Oumar Traore.", ("Laura Quinn", M, "Oumar Traore")),
    # two offices and one name: the name holds the nearer office only
    case("two-offices-nearer-bureau", "Laura Quinn met the interior minister and the head "
         "of the National Intelligence Bureau, Farid Nazari, on Wednesday.",
         ("Farid Nazari", "*", "Interior Ministry")),
    case("two-offices-far-body", "Laura Quinn met the head of the National Intelligence "
         "Bureau and the defence minister, Farid Nazari, on Wednesday.",
         ("Farid Nazari", L, NIB), ("Farid Nazari", MO, NIB)),
    case("two-offices-governor", "Laura Quinn met the head of the Gao Brigade and the "
         "governor of Mopti, Oumar Traore, on Friday.", ("Oumar Traore", L, GAO)),
    # no meeting
    case("did-not-meet-titled", "Laura Quinn did not meet Defence Minister General Tamba "
         "Koroma.", ("Laura Quinn", M, "Tamba Koroma")),
    case("will-meet-titled", "Laura Quinn will meet Defence Minister General Tamba Koroma "
         "next week.", ("Laura Quinn", M, "Tamba Koroma")),
    case("did-not-meet-head-of", "Laura Quinn did not meet the head of the National "
         "Intelligence Bureau, Farid Nazari, on Wednesday.", ("Laura Quinn", M, "Farid Nazari")),
    case("expected-to-meet-head-of", "Laura Quinn is expected to meet the head of the "
         "National Intelligence Bureau, Farid Nazari, on Wednesday.",
         ("Laura Quinn", M, "Farid Nazari")),
    case("denied-meeting-head-of", "The head of the National Intelligence Bureau, Farid "
         "Nazari, denied meeting Laura Quinn.", ("Farid Nazari", M, "Laura Quinn")),
]

# With no name after the office, the body is the partner, as before.
UNNAMED = [
    case("second-office-no-name", "Laura Quinn met the head of the Presidential Council, "
         "Mohamed Salem, and the commander of the Fezzan Army on Tuesday.",
         ("Laura Quinn", M, "Mohamed Salem"), ("Laura Quinn", M, "Fezzan Army")),
    case("head-of-no-name", "Senator Laura Quinn met the head of the National Intelligence "
         "Bureau on Wednesday.", ("Laura Quinn", M, NIB)),
    case("commander-of-no-name", "Laura Quinn met the commander of the Gao Brigade in Gao "
         "on Friday.", ("Laura Quinn", M, GAO)),
]


@pytest.mark.parametrize(("text", "expected"), FOUND + UNNAMED)
def test_office_apposition_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected, both_ways=True)


@pytest.mark.parametrize(("text", "forbidden"), ABSENT)
def test_office_apposition_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden, both_ways=True)
