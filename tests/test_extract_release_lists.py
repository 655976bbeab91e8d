"""Press releases of UN offices, missions and NGOs: lists whose items carry the subject of
their lead-in, and the issuer named again by its kind.

Lead-ins: "OHCHR therefore:", "The Special Rapporteur:", "The Council:" (the heading on
a line of its own or closing the lead paragraph) over items that open with their verb
("- condemns ...;", "1. Urges ...", "(b) calls on ...", closing with ";" or "."), each
said by the heading's actor; "X calls on:" / "Y urges:" over items that name the one
asked ("- the Government of Z to release ...") -> X DEMANDS each. The issuer named again
as "the Office", "the Mission", "the Commission", "the Council", "the Committee", "the
Rapporteur", "the Organisation": the one body (person) of that kind named before. Names
sharing a plural group noun ("the A and B gangs", "the A, B and C militias") are a group
each; "the killing of 17 people by X" is X's.

Must-nots: an item that names its own subject or reports another's words, a list of
victims or places, "the Office was informed (told) by the police that ...", "welcomes
the arrest by police", a fact list in a wire story, items under a lead-in that asks no
one ("announced plans for:") or only will, the act an item asks for (not done), two
bodies (two rapporteurs) of the kind, a killing only placed, a denial, towns' gangs.

Every sentence is written for this table, with invented people and groups in several
regions, short and inside a long wire sentence or release.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.extract import extract_document

from .test_extract import Triple, assert_absent, assert_found, cases

C, D = "CRITICIZES", "DEMANDS"
OHCHR = "Office of the UN High Commissioner for Human Rights"
HRO = "UN Human Rights Office"
RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"

READ: list[tuple[str, str, list[Triple]]] = [
    # --- the lead-in's subject carries to items that open with their verb ---
    ("therefore-heading-after-lead-paragraph",
     "GENEVA, 4 March 2025 - The Office of the UN High Commissioner for Human Rights "
     "(OHCHR) today condemned a new wave of killings in the Artibonite region, where at "
     "least 60 people have been killed since January.\n\n"
     "OHCHR therefore:\n\n"
     "- condemns the attacks by the Terene and Seakhi gangs on the town of Pont-Sonde;\n"
     "- urges the Government of Haiti to investigate the killings and bring those "
     "responsible to justice;\n"
     "- calls on the authorities of the Dominican Republic to halt the deportation of "
     "Haitian migrants.",
     [(OHCHR, C, "Terene"), (OHCHR, C, "Seakhi"), (OHCHR, D, "Government of Haiti"),
      (OHCHR, D, "Dominican Republic")]),
    ("therefore-heading-closing-the-lead",
     "The Office of the UN High Commissioner for Human Rights (OHCHR) documented 60 "
     "killings in Port-au-Prince in March. OHCHR therefore:\n"
     "- urges the Government of Haiti to investigate the killings;\n"
     "- calls on the authorities of the Dominican Republic to halt deportations.",
     [(OHCHR, D, "Government of Haiti"), (OHCHR, D, "Dominican Republic")]),
    ("the-office-therefore-closing-the-lead",
     "The UN Human Rights Office documented 40 killings in Tigray in March. The Office "
     "therefore:\n"
     "- condemns the shelling of Adigrat by the Eritrean Defence Forces;\n"
     "- urges Ethiopia to let investigators into the region.",
     [(HRO, C, "Eritrean Defence Forces"), (HRO, D, "Ethiopia")]),
    ("the-office-heading",
     "The UN Human Rights Office said it had documented 40 killings in Tigray since "
     "March.\n\n"
     "The Office:\n"
     "- condemns the shelling of Adigrat by the Eritrean Defence Forces;\n"
     "- urges Ethiopia to let investigators into the region.",
     [(HRO, C, "Eritrean Defence Forces"), (HRO, D, "Ethiopia")]),
    ("rapporteur-heading-numbered-items",
     "NAIROBI, 12 June - The Special Rapporteur on the situation of human rights in "
     "Eritrea, Dalia Fenwick, ended a visit to the region on Friday.\n\n"
     "The Special Rapporteur:\n"
     "1. Condemns the air strikes by the Sudanese Armed Forces on markets in Nyala;\n"
     "2. Urges the Rapid Support Forces to release detained aid workers.",
     [("Dalia Fenwick", C, SAF), ("Dalia Fenwick", D, RSF)]),
    ("council-heading-lettered-items",
     "The UN Human Rights Council met in Geneva on Tuesday.\n\n"
     "The Council:\n"
     "(a) condemns the raids by the Kivu Liberation Front on camps near Bunia;\n"
     "(b) calls on Rwanda to withdraw its troops from North Kivu.",
     [("UN Human Rights Council", C, "Kivu Liberation Front"),
      ("UN Human Rights Council", D, "Rwanda")]),
    ("council-heading-lettered-capitalised",
     "The Human Rights Council met in Geneva on Tuesday.\n\n"
     "The Council:\n"
     "a) Condemns the raids by the Kivu Liberation Front on camps near Bunia;\n"
     "b) Calls on Rwanda to withdraw its troops from North Kivu.",
     [("Human Rights Council", C, "Kivu Liberation Front"),
      ("Human Rights Council", D, "Rwanda")]),
    ("items-closing-with-full-stops",
     "The European Union:\n"
     "- Condemns the shelling of Kharkiv by Russian forces.\n"
     "- Urges Belarus to close its airfields to Russian jets.",
     [("European Union", C, "Russian forces"), ("European Union", D, "Belarus")]),
    ("item-killing-of-people-by",
     "OHCHR:\n"
     "- condemns the killing of 17 people by the Vanuri Brigade in Bunia;\n"
     "- urges the Government of Haiti to investigate the killings.",
     [("OHCHR", C, "Vanuri Brigade"), ("OHCHR", D, "Government of Haiti")]),
    ("rapporteur-therefore-closing-the-lead",
     "Dalia Fenwick, the Special Rapporteur on Eritrea, ended her visit on Friday. The "
     "Special Rapporteur therefore:\n"
     "- deplores the conscription of children by the Eritrean Defence Forces;\n"
     "- urges Eritrea to release the journalists held since 2001.",
     [("Dalia Fenwick", C, "Eritrean Defence Forces"), ("Dalia Fenwick", D, "Eritrea")]),
    ("commission-therefore-numbered-full-stops",
     "The Inter-American Commission on Human Rights visited Managua in May.\n\n"
     "The Commission therefore:\n"
     "1. Condemns the repression of protesters by the Nicaraguan National Police.\n"
     "2. Calls on Nicaragua to release the political prisoners.",
     [("Inter-American Commission on Human Rights", C, "Nicaraguan National Police"),
      ("Inter-American Commission on Human Rights", D, "Nicaragua")]),
    ("mission-heading",
     "The United Nations Mission in South Sudan (UNMISS) said that 40 civilians were "
     "killed in Jonglei.\n\n"
     "The Mission:\n"
     "- condemns the attacks by the White Army on villages near Nasir;\n"
     "- calls on the Government of South Sudan to protect civilians.",
     [("United Nations Mission in South Sudan", C, "White Army"),
      ("United Nations Mission in South Sudan", D, "Government of South Sudan")]),
    # --- the one asked named in the lead-in: it carries to the items ---
    ("asked-in-lead-in-dateline-state",
     "HARARE, Zimbabwe - Amnesty International calls on the authorities to:\n"
     "- release the detained activists;\n"
     "- end the use of force against protesters.",
     [("Amnesty International", D, "Zimbabwe")]),
    # --- items that name the one asked, under "X calls on:" ---
    ("the-council-therefore-urges-items",
     "The Norwegian Refugee Council said its staff had been attacked in Darfur. The "
     "Council therefore urges:\n"
     "- the Rapid Support Forces to guarantee safe passage for aid convoys;\n"
     "- the Sudanese Armed Forces to reopen the crossing at Adre.",
     [("Norwegian Refugee Council", D, RSF), ("Norwegian Refugee Council", D, SAF)]),
    ("calls-on-items-name-the-asked",
     "Amnesty International calls on:\n"
     "- the Government of Chad to release the detained students;\n"
     "- the Rapid Support Forces to end attacks on camps in Darfur.",
     [("Amnesty International", D, "Chad"), ("Amnesty International", D, RSF)]),
    ("urges-numbered-items-name-the-asked",
     "The European Union urges:\n"
     "1. the Sudanese Armed Forces to allow aid across the front lines;\n"
     "2. the Rapid Support Forces to lift the siege of El Fasher.",
     [("European Union", D, SAF), ("European Union", D, RSF)]),
    ("calls-on-items-joined-asked",
     "Amnesty International calls on:\n"
     "- the M23 to withdraw from Goma;\n"
     "- Rwanda and Uganda to stop arming the rebels.",
     [("Amnesty International", D, "March 23 Movement"), ("Amnesty International", D, "Rwanda"),
      ("Amnesty International", D, "Uganda")]),
    ("urges-items-after-relative-clause-long",
     "NAIROBI, 3 May 2024 - Human Rights Watch, which documented the killing of 30 "
     "villagers near Djenne in central Mali last month, urges:\n"
     "- the Malian transitional authorities to open an independent inquiry into the "
     "killings;\n"
     "- the Katiba Macina to stop attacking civilians.",
     [("Human Rights Watch", D, "Mali"), ("Human Rights Watch", D, "Katiba Macina")]),
    ("called-on-sunday-on-items-long",
     "KINSHASA, 2 February 2025 - Amnesty International on Sunday called on:\n"
     "- the M23 and the Rwandan army to stop shelling the camps around Goma;\n"
     "- the Congolese army to stop arming the Wazalendo militias, whose fighters it said "
     "had killed 12 displaced people in Sake last week.",
     [("Amnesty International", D, "March 23 Movement"),
      ("Amnesty International", D, "Rwandan forces")]),
    # --- the issuer named again by its kind ---
    ("the-office-urges",
     "The UN Human Rights Office said on Monday it had documented 40 killings in Tigray. "
     "The Office urges the Ethiopian government to allow investigators into the region.",
     [(HRO, D, "Ethiopia")]),
    ("the-office-condemns-killing-long",
     "GENEVA, 4 March (Reuters) - The Office of the UN High Commissioner for Human Rights "
     "said on Tuesday it had recorded dozens of deaths in Cite Soleil since January. The "
     "Office condemns the killing of 17 people by the Ti Bwa gang in the district on "
     "Sunday, a spokesperson told reporters.",
     [(OHCHR, C, "Ti Bwa")]),
    ("the-commission-urges",
     "The Inter-American Commission on Human Rights said on Monday that it had received "
     "reports of torture in Managua. The Commission urges Nicaragua to release the "
     "political prisoners.",
     [("Inter-American Commission on Human Rights", D, "Nicaragua")]),
    ("the-council-calls-on",
     "The Norwegian Refugee Council said on Monday that its staff had been attacked in "
     "Darfur. The Council calls on the Rapid Support Forces to guarantee safe passage for "
     "aid convoys.",
     [("Norwegian Refugee Council", D, RSF)]),
    ("the-committee-urges",
     "The Committee to Protect Journalists said on Friday that six reporters remain in "
     "jail in Baku. The Committee urges Azerbaijan to free the reporters.",
     [("Committee to Protect Journalists", D, "Azerbaijan")]),
    ("the-mission-condemns",
     "The United Nations Mission in South Sudan (UNMISS) said on Monday that 40 civilians "
     "were killed in Jonglei. The Mission condemns the attacks by the White Army on "
     "villages near Nasir.",
     [("United Nations Mission in South Sudan", C, "White Army")]),
    ("the-mission-condemned-long",
     "MOGADISHU, 3 May 2024 - The African Union Transition Mission in Somalia said on "
     "Monday that 12 soldiers were killed near Afgoye, and the Mission condemned the "
     "attack by al-Shabaab.",
     [("African Union Transition Mission in Somalia", C, "al-Shabaab")]),
    ("the-rapporteur-urges",
     "Dalia Fenwick, the UN Special Rapporteur on Eritrea, visited refugee camps in "
     "Ethiopia this week. The Rapporteur urges Eritrea to release the journalists held "
     "without charge since 2001.",
     [("Dalia Fenwick", D, "Eritrea")]),
    ("the-special-rapporteur-urges",
     "Dalia Fenwick, the Special Rapporteur on Eritrea, visited Ethiopia this week. The "
     "Special Rapporteur urges the Eritrean Defence Forces to free the conscripts.",
     [("Dalia Fenwick", D, "Eritrean Defence Forces")]),
    ("the-organisation-capitalised",
     "Doctors Without Borders said on Monday that its clinic in Wad Madani was looted. "
     "The Organisation condemns the looting by the Rapid Support Forces of its clinic.",
     [("Doctors Without Borders", C, RSF)]),
    # --- names sharing one plural group noun ---
    ("shared-noun-gangs-condemned",
     "The European Union condemns the attacks by the Terene and Seakhi gangs.",
     [("European Union", C, "Terene"), ("European Union", C, "Seakhi")]),
    ("shared-noun-militias-called-on",
     "The Nordic Council calls on the Vanuri and Tessal militias to lay down their weapons.",
     [("Nordic Council", D, "Vanuri"), ("Nordic Council", D, "Tessal")]),
    ("shared-noun-three-militias",
     "OHCHR called on the Mabanga, Kilo Moto and Zaire militias to free the hostages held "
     "near Djugu.",
     [("OHCHR", D, "Mabanga"), ("OHCHR", D, "Kilo Moto"), ("OHCHR", D, "Zaire")]),
    ("shared-noun-militias-long",
     "ABUJA, Nigeria, 7 July 2024 - Amnesty International on Monday condemned the "
     "abductions by the Ansaru and Lakurawa militias in Kebbi State, where more than 50 "
     "farmers have been taken since May.",
     [("Amnesty International", C, "Ansaru"), ("Amnesty International", C, "Lakurawa")]),
    ("shared-noun-militias-condemned-place",
     "The Nordic Council condemns the attacks by the Vanuri and Tessal militias on the "
     "camps near Bunia.",
     [("Nordic Council", C, "Vanuri"), ("Nordic Council", C, "Tessal")]),
    # --- the killing of people by X ---
    ("killing-of-people-by",
     "OHCHR condemns the killing of 17 people by the Bakwa Militia in Ituri.",
     [("OHCHR", C, "Bakwa Militia")]),
    ("killing-of-people-by-long",
     "The Office of the High Commissioner for Human Rights condemned the killing of 17 "
     "people by the CODECO militia near Djugu on Sunday, according to a statement.",
     [("Office of the High Commissioner for Human Rights", C, "CODECO")]),
]

NOT_READ: list[tuple[str, str, list[Triple]]] = [
    ("item-names-its-own-subject",
     "OHCHR therefore:\n"
     "- condemns the attacks by the Vanuri Brigade on Bunia;\n"
     "- The Chadian government condemned the raids by the Tessal Front.",
     [("OHCHR", C, "Tessal Front")]),
    ("item-reports-another",
     "OHCHR therefore:\n"
     "- condemns the attacks by the Vanuri Brigade on Bunia;\n"
     "- notes that Chad's government has condemned the raids by the Tessal Front.",
     [("OHCHR", C, "Tessal Front")]),
    ("item-reports-another-demand",
     "The European Union:\n"
     "- notes that Rwanda called on the M23 to withdraw;\n"
     "- urges Uganda to close the border.",
     [("European Union", D, "March 23 Movement")]),
    ("items-list-victims-and-places",
     "Amnesty International:\n"
     "- documented the deaths of Awa Traore, Moussa Keita and Ibrahim Sow;\n"
     "- visited Gao, Timbuktu and Mopti.",
     [("*", "*", "*")]),
    ("office-informed-by-police",
     "The Office was informed by the Haitian National Police that the suspects had been "
     "released.",
     [("*", D, "*")]),
    ("office-told-by-police-long",
     "The UN Human Rights Office documented 40 killings in Tigray. The Office was told by "
     "the Ethiopian federal police that the suspects had been freed.",
     [("*", D, "*")]),
    ("welcomes-arrest-by-police",
     "The Office of the High Commissioner for Human Rights welcomes the arrest by the "
     "Haitian National Police of three gang members.",
     [("*", C, "*")]),
    ("item-welcomes-arrest",
     "The European Union:\n"
     "- welcomes the arrest by police of three suspects;\n"
     "- notes that 12 people were killed in Bunia, Mahagi and Djugu.",
     [("*", "*", "*")]),
    ("wire-fact-list",
     "GOMA, Congo (AP) - What to know about the fighting:\n"
     "- M23 rebels seized Goma in January;\n"
     "- Rwanda denies backing the rebels;\n"
     "- the United Nations has called for a ceasefire.",
     [("*", D, "*"), ("*", C, "*")]),
    ("wire-list-said",
     "Amnesty International said:\n"
     "- Malian soldiers killed 40 civilians in Moura;\n"
     "- the army retook Kidal in November.",
     [("Amnesty International", "*", "*")]),
    ("the-office-concerned-that",
     "The UN Human Rights Office said 40 people were killed in Tigray. The Office is "
     "concerned that Eritrean troops remain in the region.",
     [("*", C, "*"), ("*", D, "*")]),
    ("the-office-calls-claims-unfounded",
     "The Office of the UN High Commissioner for Human Rights said it had received reports "
     "of killings. The Office called the claims by the Ethiopian army unfounded.",
     [("*", D, "*")]),
    ("two-offices",
     "The UN Human Rights Office and the Office for the Coordination of Humanitarian "
     "Affairs briefed diplomats in Geneva. The Office urges Ethiopia to let investigators "
     "into Tigray.",
     [("*", D, "*")]),
    ("two-rapporteurs",
     "Dalia Fenwick, the UN Special Rapporteur on Eritrea, and Omar Haddad, the Special "
     "Rapporteur on torture, visited Ethiopia. The Rapporteur urges Eritrea to release the "
     "journalists.",
     [("*", D, "*")]),
    ("lead-in-will-call-on",
     "Amnesty International will call on:\n"
     "- the Government of Chad to release the detained students.",
     [("*", D, "*")]),
    ("lead-in-asks-no-one",
     "The government announced plans for:\n"
     "- the army to withdraw from Goma by June;\n"
     "- the M23 to disarm by July.",
     [("*", D, "*"), ("*", "WITHDRAWS_FROM", "*")]),
    ("asked-act-not-done",
     "Amnesty International calls on:\n"
     "- the M23 to withdraw from Goma;\n"
     "- Rwanda to stop arming the rebels.",
     [("March 23 Movement", "WITHDRAWS_FROM", "*"), ("Rwanda", "BACKS", "*")]),
    ("asked-act-not-done-long",
     "KINSHASA, 2 February 2025 - Amnesty International on Sunday called on:\n"
     "- the M23 and the Rwandan army to stop shelling the camps around Goma;\n"
     "- the Congolese army to stop arming the Wazalendo militias.",
     [("*", "TARGETS", "*"), ("*", "BACKS", "*")]),
    ("killing-only-placed",
     "OHCHR condemns the killing of 17 people in Bunia.",
     [("*", C, "*")]),
    ("killing-condemnation-denied",
     "OHCHR did not condemn the killing of 17 people by the Bakwa Militia.",
     [("*", C, "*")]),
    ("towns-gangs-blamed",
     "Police blamed the Kisumu and Nakuru gangs for the killings.",
     [("*", C, "Kisumu"), ("*", C, "Nakuru")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(READ))
def test_release_lists_are_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(NOT_READ))
def test_release_lists_must_nots(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)


@pytest.mark.parametrize(("text", "names", "kind"), [
    ("The European Union condemns the attacks by the Terene and Seakhi gangs.",
     ("Terene", "Seakhi"), "ARMED_GROUP"),
    ("The Nordic Council calls on the Vanuri and Tessal militias to lay down their weapons.",
     ("Vanuri", "Tessal"), "ARMED_GROUP"),
])
def test_names_sharing_a_group_noun_are_groups(nlp: Language, text: str,
                                               names: tuple[str, ...], kind: str) -> None:
    types = {a.name: a.type.value for a in extract_document(nlp, text, "t.txt").actors}
    assert all(types.get(n) == kind for n in names), types


def test_towns_before_a_shared_gang_noun_stay_towns(nlp: Language) -> None:
    ex = extract_document(nlp, "Police said members of the Kisumu and Nakuru gangs had "
                               "clashed overnight.", "t.txt")
    assert not any(a.type.value == "ARMED_GROUP" for a in ex.actors), ex.actors


def test_an_acronym_skipping_an_abbreviation_in_the_name_is_its_alias(nlp: Language) -> None:
    ex = extract_document(nlp, "The Office of the UN High Commissioner for Human Rights "
                               "(OHCHR) visited Haiti. OHCHR urged Haiti to act.", "t.txt")
    office = next(a for a in ex.actors if a.name == OHCHR)
    assert "OHCHR" in office.aliases
