"""DEMANDS (CAMEO 10) as press releases and wire copy lay them out: a heading naming the
speaker, a colon and a list of items each opening with a demanding verb and its addressee
("The Union:\\n- Calls on X to ...;\\n- Urges Y to ..."); the addressee first and the
items after the colon ("urged X to:\\n- release ...;\\n- open ..."); the speaker named
by a title only ("The High Commissioner", "The Special Envoy"), the person named so
earlier in the release; a demand made in the passive with its maker ("X was told (asked)
by Y to ..."); a capital for its government ("asked Kinshasa to", "urged Nairobi to"); both
of two addressees ("urged both X and Y to"); a list of states named after the addressee
("pressed its neighbours, X, Y and Z, to"); "government forces" and "the government" of
the state a dateline names ("GOMA, Congo, 3 May 2024 -"); "the prime minister" named
so before.

Must-nots: a list item with no heading above it, a heading that is no actor, a call with
no one asked ("called for calm"), residents told to stay indoors, a demand to come or
supposed ("would call on", "will urge"), a demand refused or denied ("refused to demand",
"denied asking X to"), a passive read backwards, "the call to prayer", "called X a ...",
"asked about X", "rejected the call to disarm", "government forces" with two states and
no dateline, the dateline's place as the speaker, troops called on to act read as relied
on, a title two people were named with.

Every sentence is written for this table, with invented people and groups in several
regions, short and inside a long wire sentence or release.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

D = "DEMANDS"

READ: list[tuple[str, str, list[Triple]]] = [
    # a heading, a colon, and items that open with the demand
    ("heading-dashed-items",
     "The European Union:\n"
     "- Calls on the Rapid Support Forces to lift the siege of El Fasher;\n"
     "- Urges the Sudanese Armed Forces to allow aid across the front lines.",
     [("European Union", D, "Rapid Support Forces"),
      ("European Union", D, "Sudanese Armed Forces")]),
    ("heading-dashed-items-state-bodies",
     "The United Nations:\n"
     "- Calls on the Federal Government of Somalia to protect the displaced in Baidoa;\n"
     "- Urges the Galmudug State Government to free the detained reporters;\n"
     "- Reminds all parties of their duties under humanitarian law.",
     [("United Nations", D, "Federal Government of Somalia"),
      ("United Nations", D, "Galmudug State Government")]),
    ("heading-bulleted-items-lower-case",
     "The African Union:\n"
     "• calls on Rwanda to withdraw its soldiers from North Kivu;\n"
     "• urges the M23 to leave the town of Sake.",
     [("African Union", D, "Rwanda"), ("African Union", D, "March 23 Movement")]),
    ("heading-after-release-lead",
     "BRUSSELS, 9 May - Foreign ministers met in Brussels on Monday to discuss the war in "
     "Sudan, where fighting has displaced millions since April last year.\n\n"
     "The European Union:\n"
     "- Condemns the attacks on the camps around El Fasher;\n"
     "- Calls on the Rapid Support Forces to stop the shelling of the city;\n"
     "- Urges Chad to keep the Adre crossing open.",
     [("European Union", D, "Rapid Support Forces"), ("European Union", D, "Chad")]),
    ("heading-numbered-items",
     "The Security Council:\n"
     "1. Demands that the Houthis release the crew of the seized ship;\n"
     "2. Urges Iran to stop arming the Houthis.",
     [("UN Security Council", D, "Houthis"), ("UN Security Council", D, "Iran")]),
    # the addressee first, the items after the colon
    ("addressee-first-items",
     "Norway urged the Government of Sudan to:\n"
     "- release all those detained without charge;\n"
     "- open the crossings at Adre and Tine.",
     [("Norway", D, "Government of Sudan")]),
    ("addressee-first-items-title-speaker",
     "GENEVA, 3 April - UN High Commissioner for Human Rights Rafael Ortega said on Tuesday "
     "he was appalled by the killings in West Darfur.\n\n"
     "The High Commissioner urged the Rapid Support Forces to:\n"
     "- release all those detained in Geneina;\n"
     "- allow aid convoys into the camps;\n"
     "- hold those responsible to account.",
     [("Rafael Ortega", D, "Rapid Support Forces")]),
    # the speaker by a title only
    ("special-envoy-title",
     "AMMAN, 3 April - The UN Special Envoy for Yemen, Hamid Qasimi, met officials in "
     "Riyadh on Monday. The Special Envoy called on the Houthis to release the detained "
     "aid workers.",
     [("Hamid Qasimi", D, "Houthis")]),
    ("high-commissioner-title-lower-case",
     "UN High Commissioner for Refugees Ingrid Halvorsen visited the camps in Cox's Bazar "
     "on Sunday. The high commissioner urged Myanmar to allow the Rohingya to return "
     "safely.",
     [("Ingrid Halvorsen", D, "Myanmar")]),
    # a passive with its maker
    ("told-by-to",
     "Israel was told by Egypt to open the Rafah crossing.",
     [("Egypt", D, "Israel")]),
    ("asked-by-to",
     "The Taliban were asked by Pakistan to hand over the militants.",
     [("Pakistan", D, "Taliban")]),
    ("asked-by-to-long",
     "ISLAMABAD, 4 June - The Afghan Taliban were asked by Pakistan on Saturday to hand "
     "over the commanders of the group behind the bombing in Peshawar, a foreign ministry "
     "official said.",
     [("Pakistan", D, "Taliban")]),
    ("urged-by-to",
     "Serbia was urged by the European Union to recognise the vote in Pristina.",
     [("European Union", D, "Serbia")]),
    # a capital for its government
    ("asked-capital",
     "The United States asked Kinshasa to arrest the militia leaders.",
     [("United States", D, "Democratic Republic of the Congo")]),
    ("urged-capital",
     "Ethiopia urged Nairobi to close the camps near Moyale.",
     [("Ethiopia", D, "Kenya")]),
    ("called-on-capital-long",
     "In a statement read on state television on Thursday, Mali's transitional government "
     "called on Algiers to expel the rebel envoys it has hosted since the talks collapsed "
     "in January.",
     [("Mali", D, "Algeria")]),
    ("pressed-capital-long",
     "Turkey repeatedly pressed Stockholm to extradite the activists, officials said on "
     "Friday.",
     [("Turkey", D, "Sweden")]),
    # both of two, and a list named after the addressee
    ("urged-both",
     "Kenya urged both Ethiopia and Eritrea to withdraw their troops from the border.",
     [("Kenya", D, "Ethiopia"), ("Kenya", D, "Eritrea")]),
    ("urged-both-long",
     "ADDIS ABABA, Ethiopia (AP) - The African Union on Sunday urged both the Ethiopian "
     "government and the Fano militia to stop fighting in Amhara, where hundreds have been "
     "killed since August.",
     [("African Union", D, "Ethiopia"), ("African Union", D, "Fano")]),
    ("pressed-neighbours-list",
     "Senegal pressed its neighbours, Mali, Guinea and Mauritania, to close the border to "
     "the smugglers.",
     [("Senegal", D, "Mali"), ("Senegal", D, "Guinea"), ("Senegal", D, "Mauritania")]),
    # the ways of saying it
    ("insisted-that-hand-over-long",
     "Turkey, which has blocked the accession talks for months, insisted on Wednesday that "
     "Sweden hand over the activists it accuses of terrorism, according to the state news "
     "agency.",
     [("Turkey", D, "Sweden")]),
    ("asked-to-arrest",
     "Egypt asked Hamas to arrest the gunmen who fired on the convoy.",
     [("Egypt", D, "Hamas")]),
    ("call-for-owner-noun",
     "The Arab League's call for the Rapid Support Forces to lift the siege went unheeded.",
     [("Arab League", D, "Rapid Support Forces")]),
    ("the-government-dateline",
     "KHARTOUM, Sudan - Amnesty International urged the government to release the detained "
     "doctors.",
     [("Amnesty International", D, "Sudan")]),
    # a state's bare "government forces" under a dateline naming the state
    ("government-forces-dateline",
     "GOMA, Congo, 3 May 2024 - Human Rights Watch demanded that government forces withdraw "
     "from the camps near Goma.",
     [("Human Rights Watch", D, "Congo forces")]),
    ("government-forces-dateline-long",
     "MOGADISHU, Somalia, 3 May 2024 - The African Union on Tuesday called on government "
     "forces to stop the shelling of Afgoye, where thousands of people have fled their "
     "homes since the weekend, according to a statement.",
     [("African Union", D, "Somali forces")]),
    ("the-government-dateline-no-date",
     "BAMAKO, Mali - Amnesty International urged the government to free the detained "
     "journalists.",
     [("Amnesty International", D, "Mali")]),
    ("prime-minister-title",
     "Prime Minister Lwazi Dube of Eswatini spoke in Mbabane on Monday. Later that day the "
     "European Union urged the prime minister to free the jailed lawmakers.",
     [("European Union", D, "Lwazi Dube")]),
    ("passive-demanded-by-thing",
     "The withdrawal of Russian troops was demanded by Ukraine.",
     [("Ukraine", D, "Russian forces")]),
]

NOT_READ: list[tuple[str, str, list[Triple]]] = [
    ("items-without-heading",
     "Delegates met in Addis Ababa.\n"
     "- Calls on the Rapid Support Forces to lift the siege;\n"
     "- Urges Chad to keep the crossing open.",
     [("*", D, "*")]),
    ("heading-no-actor",
     "Key points:\n"
     "- Calls on the Rapid Support Forces to lift the siege;\n"
     "- Urges Chad to keep the crossing open.",
     [("*", D, "*")]),
    ("heading-then-a-sentence-between",
     "The European Union:\n"
     "- Condemns the shelling of El Fasher.\n"
     "Diplomats said Chad had been asked to help.\n"
     "- Calls on the Rapid Support Forces to lift the siege.",
     [("European Union", D, "*")]),
    ("item-reminds-all-parties",
     "The United Nations:\n- Reminds all parties of their duties under humanitarian law.",
     [("*", D, "*")]),
    ("title-two-holders",
     "The UN Special Envoy for Yemen, Hamid Qasimi, and the former Special Envoy, Lars "
     "Petersen, met in Riyadh. The Special Envoy called on the Houthis to free the staff.",
     [("Lars Petersen", D, "*")]),
    ("told-by-that",
     "Israel was told by Egypt that the Rafah crossing had opened.",
     [("*", D, "*")]),
    ("asked-by-direction",
     "The Taliban were asked by Pakistan to hand over the militants.",
     [("Taliban", D, "Pakistan")]),
    ("passive-demanded-direction",
     "The withdrawal of Russian troops was demanded by Ukraine.",
     [("Russian forces", D, "Ukraine")]),
    ("would-call-on",
     "Kenya would call on Somalia to withdraw its troops.",
     [("*", D, "*")]),
    ("said-would-call-on-long",
     "NAIROBI, 2 March - Kenya said on Monday it would call on Somalia to pull its troops "
     "back from the border town of Mandera if the clashes went on, a spokesman said.",
     [("*", D, "*")]),
    ("will-urge",
     "Norway will urge Russia to free the detained sailors.",
     [("*", D, "*")]),
    ("refused-to-demand",
     "Kosovo refused to demand that Serbia withdraw its police.",
     [("*", D, "*")]),
    ("denied-asking",
     "Egypt denied asking Hamas to hand over the hostages.",
     [("*", D, "*")]),
    ("denied-that-asked-long",
     "BOGOTA, 5 May - Colombia denied on Tuesday that it had asked Venezuela to expel the "
     "rebel commanders, the foreign ministry said in a statement.",
     [("*", D, "*")]),
    ("called-for-calm",
     "Kenya called for calm after the clashes in Mandera.",
     [("*", D, "*")]),
    ("called-on-residents",
     "The police called on residents to stay indoors.",
     [("*", D, "*")]),
    ("called-on-residents-of-city",
     "The army called on residents of Goma to stay indoors after the shelling.",
     [("*", D, "*")]),
    ("rejected-call-to-disarm",
     "Hamas rejected the call to disarm.",
     [("*", D, "*")]),
    ("called-naming",
     "Protesters called the Taliban terrorists.",
     [("*", D, "*")]),
    ("called-naming-person",
     "Protesters in Kigali called Kagame a hero.",
     [("*", D, "*")]),
    ("asked-about",
     "Officials asked about the Wagner Group's role in Mali.",
     [("*", D, "*")]),
    ("call-to-prayer",
     "The call to prayer echoed across Kabul as the Taliban fighters gathered.",
     [("*", D, "*")]),
    ("not-urged-capital",
     "Ethiopia did not urge Nairobi to close the camps.",
     [("*", D, "*")]),
    ("if-presses",
     "If Turkey presses Sweden to extradite the activists, the talks will stall.",
     [("*", D, "*")]),
    ("government-forces-two-states-no-dateline",
     "Rwanda and Uganda traded accusations on Monday. Human Rights Watch demanded that "
     "government forces withdraw from the camps.",
     [("*", D, "*")]),
    ("called-on-troops-to-act-is-no-backing",
     "MOGADISHU, Somalia - The African Union called on government forces to stop the "
     "shelling of Afgoye.",
     [("*", "BACKS", "*")]),
    ("dateline-not-a-demand-maker",
     "GOMA, Congo - Human Rights Watch demanded that government forces withdraw.",
     [("Goma", D, "*"), ("Congo", D, "*")]),
    ("prime-minister-title-two-holders",
     "Prime Minister Lwazi Dube of Eswatini met Prime Minister Kofi Mensah of Ghana. Later "
     "the European Union urged the prime minister to free the jailed lawmakers.",
     [("*", D, "Lwazi Dube"), ("*", D, "Kofi Mensah")]),
    ("urged-both-not-own-people",
     "The Fano militia urged its fighters to protect civilians in Gondar.",
     [("*", D, "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(READ))
def test_demands_are_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(NOT_READ))
def test_demands_must_nots(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
