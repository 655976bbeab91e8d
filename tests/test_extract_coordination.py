"""Relations told of several actors at once: each listed actor holds the relation.

A plural group noun shared by a list of names ("the Terene and Seakhi gangs", "the
Patriotic and Liberation fronts") is as many groups, each named as it would be alone
(the gang by its own name, the front with its noun); the rulers or armies "of A, B and
C" are each state's; "A, B and C" stays a list when the parser hangs B on A as an
apposition or an acronym stands inside it ("the KDF (KDF), the Y Front and the Z
Brigade"), and when the list ends an apposition ("X, a coalition of A, B and C,
attacked"); the bodies an alliance is "formed by", "an alliance of", "an alliance that
groups" are its members. A list is read as a subject and as an object, for TARGETS,
CRITICIZES, DEMANDS, SANCTIONS (an expulsion of forces is one, as the ontology says),
WITHDRAWS_FROM, BACKS and MEMBER_OF.

Must-nots: "between A and B" (each against the other, not both against a third), a
possessive ("loyal to A and B's brother": not B), "neither A nor B" (denied for
both), "A, but not B", lists of places and of victims, a list of a people's armies,
planned or denied acts, "attacked by" or "an alliance that fights" (no membership).

Own sentences, with invented groups in several regions."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

T, C, D, MO = "TARGETS", "CRITICIZES", "DEMANDS", "MEMBER_OF"
W, S, B = "WITHDRAWS_FROM", "SANCTIONS", "BACKS"


READ: list[tuple[str, str, list[Triple]]] = [
    ("gangs-subject",
     "The Terene and Seakhi gangs attacked the Mabuza Front on Sunday.",
     [("Terene", T, "Mabuza Front"), ("Seakhi", T, "Mabuza Front")]),
    ("gangs-subject-long",
     "PORT-AU-PRINCE, Haiti (AP) — The Terene and Seakhi gangs, which have fought over the "
     "port for months, attacked the Mabuza Front in Cite Soleil on Sunday, according to a "
     "police spokesman.",
     [("Terene", T, "Mabuza Front"), ("Seakhi", T, "Mabuza Front")]),
    ("gangs-three",
     "The Terene, Seakhi and Gran Ravin gangs attacked the Mabuza Front on Sunday.",
     [("Terene", T, "Mabuza Front"),
      ("Seakhi", T, "Mabuza Front"),
      ("Gran Ravin", T, "Mabuza Front")]),
    ("gangs-object-sanctioned",
     "The United States sanctioned the Terene and Seakhi gangs on Thursday.",
     [("United States", S, "Terene"), ("United States", S, "Seakhi")]),
    ("gangs-object-sanctioned-long",
     "The US Treasury Department said on Thursday it had sanctioned the Terene and Seakhi "
     "gangs, accusing them of kidnapping aid workers in the capital.",
     [("United States Department of the Treasury", S, "Terene"),
      ("United States Department of the Treasury", S, "Seakhi")]),
    ("militias-backed",
     "Officials in Nairobi say Ethiopia backs the Borana and Garre militias.",
     [("Ethiopia", B, "Borana"), ("Ethiopia", B, "Garre")]),
    ("militias-attacked",
     "The Borana and Garre militias attacked the Wajir Defence Brigade near Moyale on "
     "Friday.",
     [("Borana", T, "Wajir Defence Brigade"), ("Garre", T, "Wajir Defence Brigade")]),
    ("militias-condemned",
     "Kenya condemned the Borana and Garre militias after the raid.",
     [("Kenya", C, "Borana"), ("Kenya", C, "Garre")]),
    ("fronts-subject",
     "The Patriotic and Liberation fronts condemned Kenya on Monday.",
     [("Patriotic Front", C, "Kenya"), ("Liberation Front", C, "Kenya")]),
    ("fronts-object",
     "Kenya condemned the Patriotic and Liberation fronts on Monday.",
     [("Kenya", C, "Patriotic Front"), ("Kenya", C, "Liberation Front")]),
    ("fronts-object-long",
     "In a statement read on state television on Monday, Kenya's government condemned the "
     "Patriotic and Liberation fronts for the attack on the convoy near Mandera.",
     [("Kenya", C, "Patriotic Front"), ("Kenya", C, "Liberation Front")]),
    ("brigades-subject",
     "The Ahrar and Tahrir brigades shelled the Suqur Army positions near Idlib.",
     [("Ahrar Brigade", T, "Suqur Army"), ("Tahrir Brigade", T, "Suqur Army")]),
    ("brigades-demanded",
     "Turkey urged the Ahrar and Tahrir brigades to withdraw from the town.",
     [("Turkey", D, "Ahrar Brigade"), ("Turkey", D, "Tahrir Brigade")]),
    ("juntas-expelled",
     "The juntas of Mali, Burkina Faso and Niger expelled French forces.",
     [("Mali", S, "France"), ("Burkina Faso", S, "France"), ("Niger", S, "France")]),
    ("juntas-left",
     "The juntas of Mali, Burkina Faso and Niger left ECOWAS in January.",
     [("Mali", W, "ECOWAS"), ("Burkina Faso", W, "ECOWAS"), ("Niger", W, "ECOWAS")]),
    ("juntas-expelled-and-left-long",
     "BAMAKO (Reuters) - The juntas of Mali, Burkina Faso and Niger, which seized power in "
     "a string of coups since 2020, expelled French forces and left the G5 Sahel, a "
     "regional security bloc, officials said on Tuesday.",
     [("Mali", S, "France"),
      ("Niger", S, "France"),
      ("Burkina Faso", S, "France"),
      ("Mali", W, "G5 Sahel"),
      ("Burkina Faso", W, "G5 Sahel"),
      ("Niger", W, "G5 Sahel")]),
    ("governments-criticised",
     "The governments of Kenya, Uganda and Tanzania criticised the Ruzizi Front.",
     [("Kenya", C, "Ruzizi Front"),
      ("Uganda", C, "Ruzizi Front"),
      ("Tanzania", C, "Ruzizi Front")]),
    ("armies-attacked",
     "The armies of Chad, Niger and Nigeria attacked the Harun Brigade near Lake Chad.",
     [("Chad", T, "Harun Brigade"),
      ("Niger", T, "Harun Brigade"),
      ("Nigeria", T, "Harun Brigade")]),
    ("armies-as-object",
     "The Harun Brigade attacked the armies of Chad, Niger and Nigeria near Diffa.",
     [("Harun Brigade", T, "Chad"),
      ("Harun Brigade", T, "Niger"),
      ("Harun Brigade", T, "Nigeria")]),
    ("juntas-sanctioned",
     "The European Union sanctioned the juntas of Mali and Niger on Monday.",
     [("European Union", S, "Mali"), ("European Union", S, "Niger")]),
    ("authorities-demanded",
     "The United Nations called on the authorities of Sudan and South Sudan to open the "
     "border.",
     [("United Nations", D, "Sudan"), ("United Nations", D, "South Sudan")]),
    ("three-states-left",
     "Mali, Burkina Faso and Niger left ECOWAS in January.",
     [("Mali", W, "ECOWAS"), ("Burkina Faso", W, "ECOWAS"), ("Niger", W, "ECOWAS")]),
    ("three-states-left-long",
     "Mali, Burkina Faso and Niger, all run by military governments, formally left ECOWAS "
     "on January 29, a year after announcing their exit, the bloc said.",
     [("Mali", W, "ECOWAS"), ("Burkina Faso", W, "ECOWAS"), ("Niger", W, "ECOWAS")]),
    ("three-states-expelled-and-left",
     "Mali, Burkina Faso and Niger expelled French forces and left the G5 Sahel.",
     [("Mali", S, "France"),
      ("Burkina Faso", S, "France"),
      ("Niger", S, "France"),
      ("Mali", W, "G5 Sahel"),
      ("Burkina Faso", W, "G5 Sahel"),
      ("Niger", W, "G5 Sahel")]),
    ("three-states-condemned",
     "Kenya, Uganda and Tanzania condemned the Ruzizi Front on Monday.",
     [("Kenya", C, "Ruzizi Front"),
      ("Uganda", C, "Ruzizi Front"),
      ("Tanzania", C, "Ruzizi Front")]),
    ("acronym-in-list-subject",
     "The Kivu Defence Forces (KDF), the Ruzizi Front and the Itombwe Brigade attacked the "
     "Harun Brigade.",
     [("Kivu Defence Forces", T, "Harun Brigade"),
      ("Ruzizi Front", T, "Harun Brigade"),
      ("Itombwe Brigade", T, "Harun Brigade")]),
    ("acronym-in-list-subject-long",
     "GOMA, Congo (AP) — The Kivu Defence Forces (KDF), the Ruzizi Front and the Itombwe "
     "Brigade attacked the Harun Brigade near Uvira on Saturday, a local official told "
     "reporters by phone.",
     [("Kivu Defence Forces", T, "Harun Brigade"),
      ("Ruzizi Front", T, "Harun Brigade"),
      ("Itombwe Brigade", T, "Harun Brigade")]),
    ("acronym-in-list-object",
     "The Harun Brigade attacked the Kivu Defence Forces (KDF), the Ruzizi Front and the "
     "Itombwe Brigade.",
     [("Harun Brigade", T, "Kivu Defence Forces"),
      ("Harun Brigade", T, "Ruzizi Front"),
      ("Harun Brigade", T, "Itombwe Brigade")]),
    ("acronym-in-list-sanctioned",
     "Washington sanctioned the Kivu Defence Forces (KDF), the Ruzizi Front and the "
     "Itombwe Brigade on Friday.",
     [("United States", S, "Kivu Defence Forces"),
      ("United States", S, "Ruzizi Front"),
      ("United States", S, "Itombwe Brigade")]),
    ("formed-by",
     "The Kanem Union, formed by Chad, Niger and Cameroon in 2023, opened a base in Bol.",
     [("Chad", MO, "Kanem Union"), ("Niger", MO, "Kanem Union"), ("Cameroon", MO, "Kanem Union")]),
    ("which-was-formed-by",
     "The Kanem Union, which was formed by Chad, Niger and Cameroon in 2023, opened a base "
     "in Bol on Friday, the Chadian army said.",
     [("Chad", MO, "Kanem Union"), ("Niger", MO, "Kanem Union"), ("Cameroon", MO, "Kanem Union")]),
    ("an-alliance-of",
     "The Kanem Union, an alliance of Chad, Niger and Cameroon, opened a base in Bol.",
     [("Chad", MO, "Kanem Union"), ("Niger", MO, "Kanem Union"), ("Cameroon", MO, "Kanem Union")]),
    ("a-coalition-of-groups",
     "The Tanganyika Alliance, a coalition of the Ruzizi Front, the Itombwe Brigade and "
     "the Kivu Defence Forces, attacked Uvira.",
     [("Ruzizi Front", MO, "Tanganyika Alliance"),
      ("Itombwe Brigade", MO, "Tanganyika Alliance"),
      ("Kivu Defence Forces", MO, "Tanganyika Alliance")]),
    ("alliance-that-groups",
     "The Kanem Union, an alliance that groups Chad, Niger and Cameroon, opened a base in "
     "Bol.",
     [("Chad", MO, "Kanem Union"), ("Niger", MO, "Kanem Union"), ("Cameroon", MO, "Kanem Union")]),
    ("alliance-grouping",
     "On Friday the Kanem Union, a military alliance grouping Chad, Niger and Cameroon, "
     "opened a base in Bol, near the border with Nigeria.",
     [("Chad", MO, "Kanem Union"), ("Niger", MO, "Kanem Union"), ("Cameroon", MO, "Kanem Union")]),
    ("alliance-brings-together",
     "The Kanem Union, a bloc that brings together Chad, Niger and Cameroon, condemned the "
     "Harun Brigade.",
     [("Chad", MO, "Kanem Union"),
      ("Niger", MO, "Kanem Union"),
      ("Cameroon", MO, "Kanem Union"),
      ("Kanem Union", C, "Harun Brigade")]),
    ("juntas-urged",
     "The African Union urged the juntas of Mali, Burkina Faso and Niger to hold "
     "elections.",
     [("African Union", D, "Mali"),
      ("African Union", D, "Burkina Faso"),
      ("African Union", D, "Niger")]),
    ("juntas-backed",
     "Russia backs the juntas of Mali, Burkina Faso and Niger, Western diplomats say.",
     [("Russia", B, "Mali"), ("Russia", B, "Burkina Faso"), ("Russia", B, "Niger")]),
    ("acronym-in-list-backed-long",
     "Rwanda backs the Kivu Defence Forces (KDF), the Ruzizi Front and the Itombwe "
     "Brigade, UN experts said in a report on Monday.",
     [("Rwanda", B, "Kivu Defence Forces"),
      ("Rwanda", B, "Ruzizi Front"),
      ("Rwanda", B, "Itombwe Brigade")]),
    ("fronts-named-by-places",
     "The Colombian army attacked the Cauca and Tolima fronts near Popayan.",
     [("Colombian forces", T, "Cauca Front"), ("Colombian forces", T, "Tolima Front")]),
    ("gangs-demanded-that",
     "Ecuador's government demanded that the Terene and Seakhi gangs release the hostages.",
     [("Ecuador", D, "Terene"), ("Ecuador", D, "Seakhi")]),
    ("three-states-demanded-that",
     "Kenya, Uganda and Tanzania demanded that the Ruzizi Front withdraw from Uvira.",
     [("Kenya", D, "Ruzizi Front"),
      ("Uganda", D, "Ruzizi Front"),
      ("Tanzania", D, "Ruzizi Front")]),
    ("formed-by-then-demanded",
     "The Kanem Union, formed by Chad, Niger and Cameroon, demanded that the Harun Brigade "
     "lay down its arms.",
     [("Chad", MO, "Kanem Union"),
      ("Cameroon", MO, "Kanem Union"),
      ("Kanem Union", D, "Harun Brigade")]),
    ("alliance-of-as-object",
     "The Harun Brigade attacked the Kanem Union, an alliance of Chad, Niger and Cameroon, "
     "near Diffa.",
     [("Harun Brigade", T, "Kanem Union"),
      ("Chad", MO, "Kanem Union"),
      ("Niger", MO, "Kanem Union"),
      ("Cameroon", MO, "Kanem Union")]),
    ("three-states-withdrew-from",
     "Mali, Burkina Faso and Niger withdrew from the Kanem Union on Sunday.",
     [("Mali", W, "Kanem Union"), ("Burkina Faso", W, "Kanem Union"), ("Niger", W, "Kanem Union")]),
    ("acronym-after-state-in-list",
     "Mali, Burkina Faso (BF) and Niger left ECOWAS in January.",
     [("Mali", W, "ECOWAS"), ("Burkina Faso", W, "ECOWAS"), ("Niger", W, "ECOWAS")]),
    ("gangs-both-members-of",
     "The Terene and Seakhi gangs, both members of the Lakou Ansanm alliance, attacked the "
     "Mabuza Front.",
     [("Terene", T, "Mabuza Front"),
      ("Seakhi", T, "Mabuza Front"),
      ("Terene", MO, "Lakou Ansanm"),
      ("Seakhi", MO, "Lakou Ansanm")]),
]


MUST_NOT: list[tuple[str, str, list[Triple]]] = [
    ("between-reciprocal-clash",
     "Fighting between the Terene gang and the Seakhi gang killed 12 people in "
     "Port-de-Paix.",
     [("Terene", T, "Port-de-Paix"), ("Seakhi", T, "Port-de-Paix")]),
    ("between-talks",
     "Talks between Mali and Niger collapsed in Bamako on Monday.",
     [("Mali", "*", "Bamako"), ("Niger", "*", "Bamako"), ("Mali", W, "*")]),
    ("possessive-owner",
     "Fighters loyal to Terene and Seakhi's brother attacked the Mabuza Front.",
     [("Seakhi", "*", "*")]),
    ("neither-nor-left",
     "Neither Mali nor Niger has left ECOWAS, officials said.",
     [("*", W, "*")]),
    ("neither-nor-condemned",
     "Neither Kenya nor Uganda condemned the Ruzizi Front.",
     [("*", C, "*")]),
    ("neither-nor-object",
     "Kenya condemned neither the Ruzizi Front nor the Itombwe Brigade.",
     [("*", C, "*")]),
    ("but-not",
     "Mali and Burkina Faso, but not Niger, left ECOWAS in January.",
     [("Niger", W, "*")]),
    ("but-not-condemned",
     "Kenya, but not Uganda, condemned the Ruzizi Front on Monday.",
     [("Uganda", C, "*")]),
    ("place-list-not-doers",
     "The Terene and Seakhi neighbourhoods were attacked by the Mabuza gang.",
     [("Terene", T, "*"), ("Seakhi", T, "*"), ("Mabuza", T, "Terene gang")]),
    ("victims-list",
     "The Ruzizi Front killed Jean Mbuyi, Pascal Kasongo and Didier Ilunga in Fizi.",
     [("*", MO, "*"), ("Jean Mbuyi", "*", "*")]),
    ("states-of-places",
     "The authorities of Kivu and Ituri provinces condemned the Ruzizi Front.",
     [("Congo", C, "*")]),
    ("people-before-armies",
     "The Kenyan and Ugandan armies attacked the Ruzizi Front.",
     [("Kenyan Army", "*", "*"), ("Ugandan Army", "*", "*")]),
    ("list-threatened-to-leave",
     "Mali, Burkina Faso and Niger have threatened to leave ECOWAS.",
     [("*", W, "*")]),
    ("list-did-not-leave",
     "Mali, Burkina Faso and Niger did not leave ECOWAS.",
     [("*", W, "*")]),
    ("juntas-could-leave",
     "The juntas of Mali and Niger could leave ECOWAS next year, diplomats said.",
     [("*", W, "*")]),
    ("attacked-by-not-formed-by",
     "The Kanem Union, attacked by Chad, Niger and Cameroon in 2023, opened a base in Bol.",
     [("*", MO, "*")]),
    ("alliance-that-fights",
     "The Kanem Union, an alliance that fights Chad, Niger and Cameroon, opened a base in "
     "Bol.",
     [("*", MO, "*")]),
    ("alliance-of-places-no-location",
     "The Kanem Union, an alliance of Chad, Niger and Cameroon, opened a base in Bol.",
     [("Kanem Union", "LOCATED_IN", "Chad"), ("Kanem Union", "LOCATED_IN", "Niger")]),
    ("formed-in-place",
     "The Kanem Union, formed in Niger in 2019, opened a base in Bol.",
     [("*", MO, "*")]),
    ("gangs-denied",
     "The Terene and Seakhi gangs denied attacking the Mabuza Front on Sunday.",
     [("*", T, "Mabuza Front")]),
    ("sanction-threatened",
     "The United States threatened to sanction the Terene and Seakhi gangs.",
     [("*", S, "*")]),
    ("coalition-of-common-nouns",
     "The Tanganyika Alliance, a coalition of armed groups in South Kivu, attacked Uvira.",
     [("*", MO, "*")]),
    ("members-of-alliance-not-doer",
     "The Terene and Seakhi gangs, both members of the Lakou Ansanm alliance, attacked the "
     "Mabuza Front.",
     [("Lakou Ansanm", T, "*")]),
    ("people-militias-not-groups",
     "The Sunni and Shia militias attacked the Ruzizi Front.",
     [("Sunni", "*", "*"), ("Shia", "*", "*")]),
]


# Cases not read yet, and why.
NOT_YET: dict[str, str] = {
}


@pytest.mark.parametrize(("text", "expected"), cases(READ, NOT_YET))
def test_each_listed_actor_holds_the_relation(nlp: Language, text: str,
                                              expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(MUST_NOT, NOT_YET))
def test_coordination_must_nots(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
