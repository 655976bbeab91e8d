"""Unknown names typed and cut by their context: a force named with a unit word is an
armed group ("the Kuru Rifles", "the 9th Lancers"); a name listed with towns or set after
"in" where the model read a person is a place; a long person's name stays whole, an alias
is the person's and a surname before a following ("Quispe's column") is the person; a
portfolio before "Minister" is no body; a region's own government is a government body.

Every row is a sentence written for this table, with invented names in several regions,
once short and once inside a long wire sentence. The must-nots keep a person a person where
a person cue stands (a title, "Mr", a given name, "said he"), a place named after a person
a place, and a state's own forces and a capital's government as they were.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from actorgraph.extract import extract_document

from .test_extract import Triple, assert_absent, assert_found, cases


def typed(case_id: str, text: str, name: str, type_: str) -> Any:
    return pytest.param(text, name, type_, id=case_id)


TYPES: list[Any] = [
    # a force named with a unit word
    typed("unit-rifles", "The Kuru Rifles ambushed a police convoy near Gbarnga.",
          "Kuru Rifles", "ARMED_GROUP"),
    typed("unit-rifles-long",
          "Colonel Tamba Koroma, the commander of the Kuru Rifles, said on Monday that his "
          "men had taken the town after two days of fighting, according to local radio.",
          "Kuru Rifles", "ARMED_GROUP"),
    typed("unit-rangers", "The Delta Rangers attacked an army post on Sunday.",
          "Delta Rangers", "ARMED_GROUP"),
    typed("unit-scouts-of", "Fighters of the Tamu Scouts attacked a police station in Mopti.",
          "Tamu Scouts", "ARMED_GROUP"),
    typed("unit-scouts-long",
          "MOPTI, Mali (AP) - The Tamu Scouts, a militia raised among herders, stormed a "
          "police station on Tuesday, officials said.", "Tamu Scouts", "ARMED_GROUP"),
    typed("unit-scouts-opening", "The Tamu Scouts attacked a police station in Mopti.",
          "Tamu Scouts", "ARMED_GROUP"),
    typed("unit-ordinal", "The 9th Lancers shelled rebel positions near Kidal.",
          "9th Lancers", "ARMED_GROUP"),
    typed("unit-ordinal-apposition",
          "General Amadou Sow, commander of the 3rd Hussars, said his men had killed 12 "
          "rebels.", "3rd Hussars", "ARMED_GROUP"),
    typed("unit-spokesman-for", "A spokesman for Delta Rangers said the group had "
          "withdrawn from the town.", "Delta Rangers", "ARMED_GROUP"),
    typed("unit-no-article", "Kuru Rifles fighters attacked a convoy near Gbarnga.",
          "Kuru Rifles", "ARMED_GROUP"),
    typed("unit-guard", "The Northern Guard clashed with government troops in the hills.",
          "Northern Guard", "ARMED_GROUP"),
    typed("unit-cartel", "Public Security Secretary Ernesto Zavala said the Sierra Cartel had "
          "killed two officers.", "Sierra Cartel", "ARMED_GROUP"),
    typed("unit-legion", "The Karsa Legion ambushed a supply column on the road to Bouar.",
          "Karsa Legion", "ARMED_GROUP"),
    # a place listed with towns, or set after a place preposition
    typed("listed-with-a-town", "The towns of Kidal, Tessalit and Aguelhok are in the hands "
          "of the rebels.", "Tessalit", "LOCATION"),
    typed("listed-with-a-town-last", "The towns of Kidal, Tessalit and Aguelhok are in the "
          "hands of the rebels.", "Aguelhok", "LOCATION"),
    typed("listed-after-towns-of",
          "Rebels of the Azawad Front, who took up arms in January, now hold the towns of "
          "Menaka and Tessalit, a spokesman for the army said on Thursday.",
          "Tessalit", "LOCATION"),
    typed("in-the-hands-of", "Tessalit and Aguelhok are now in the hands of the rebels.",
          "Tessalit", "LOCATION"),
    typed("in-the-hands-of-long",
          "BAMAKO (AP) - Menaka and Ansongo have been in the hands of the Azawad Front "
          "since a week of fighting in March, a local official told reporters on Monday.",
          "Ansongo", "LOCATION"),
    typed("untagged-listed-with-a-town", "Rebels now hold Lokoja and Dunkwa, the army said.",
          "Dunkwa", "LOCATION"),
    typed("listed-with-towns-long",
          "ABUJA (Reuters) - Fighters of the Middle Belt Front, who overran two army posts "
          "last month, now control Lokoja and Dunkwa as well as the main road south, a "
          "military source said on Sunday.", "Dunkwa", "LOCATION"),
    typed("two-towns-read-as-one", "The militia attacked Bentiu and Malakal in 2014, said "
          "Riek Machar.", "Malakal", "LOCATION"),
    typed("the-capital-x", "Insurgents seized the capital Sittwe and the port of Kamala last "
          "week.", "Sittwe", "LOCATION"),
    typed("in-a-homeland", "Fighting was reported in Azawad on Tuesday.", "Azawad",
          "LOCATION"),
    typed("in-a-homeland-long",
          "The group, which says it has fought for independence in Azawad since 2012, "
          "rejected the peace deal on Friday, its spokesman told reporters in Algiers.",
          "Azawad", "LOCATION"),
    typed("in-the-diaspora", "Leaders in the Diaspora condemned the attack.", "Diaspora",
          "LOCATION"),
    # a person's name kept whole, and the person's
    typed("four-part-name", "Aldo Rubén Ochoa Mejía, the leader of the Frente Popular "
          "Revolucionario, was arrested in Puebla.", "Aldo Rubén Ochoa Mejía", "PERSON"),
    typed("four-part-name-object",
          "Police arrested María Fernanda Quintero Salazar, the head of the Gulf Cartel, "
          "on Monday.", "María Fernanda Quintero Salazar", "PERSON"),
    typed("four-part-name-model-cut", "Troops captured Héctor Manuel Ibarra Soto, the "
          "leader of the Northern Bloc, near Tumbes.", "Héctor Manuel Ibarra Soto", "PERSON"),
    typed("four-part-name-read-as-two", "The cartel is led by Ramón Eduardo Valdez Quiroz, "
          "known as El Mayo Chico.", "Ramón Eduardo Valdez Quiroz", "PERSON"),
    typed("particle-name", "José Luis de la Cruz Martínez, the commander of the Sierra "
          "Cartel, was arrested in Sinaloa.", "José Luis de la Cruz Martínez", "PERSON"),
    typed("surname-before-column", "Quispe's column ambushed an army patrol near Huanta on "
          "Tuesday.", "Quispe", "PERSON"),
    typed("surname-before-faction", "The Ruiz faction attacked a police post in Ayacucho.",
          "Ruiz", "PERSON"),
    typed("surname-before-loyalists", "Okello loyalists clashed with the army in Gulu.",
          "Okello", "PERSON"),
    # a region's own government
    typed("regional-government", "The Karoo regional government condemned the attack by "
          "the Karoo Liberation Front.", "Karoo regional government", "GOVERNMENT_BODY"),
    typed("state-s-government", "Tana State's government accused the Tana Defence Force of "
          "killing civilians.", "Tana State government", "GOVERNMENT_BODY"),
    typed("regional-state-government-long",
          "Officials of the Oromia regional state government said on Wednesday that the "
          "Oromo Liberation Army had attacked a town, killing at least nine people.",
          "Oromia regional state government", "GOVERNMENT_BODY"),
    # an acronym keeps the type of what it stands for
    typed("acronym-armed", "The Free Highland Army (FHA) attacked a base on Monday. Troops "
          "later clashed with the FHA near Dambe.", "Free Highland Army", "ARMED_GROUP"),
    # must-nots: a person cue keeps a person, a fort named after a person is a place
    typed("mr-with-a-town-surname", "Mr Victor Kidal, a spokesman for the Azawad Movement, "
          "said the group would fight on.", "Victor Kidal", "PERSON"),
    typed("given-name-with-a-town-surname", "Samuel Mopti said the rebels had attacked the "
          "town.", "Samuel Mopti", "PERSON"),
    typed("titled-with-a-town-surname", "General Paul Dambe, the commander of the 4th "
          "Brigade, said troops had retaken Kamala.", "Paul Dambe", "PERSON"),
    typed("person-in-a-list-of-people", "Musa Bello and Ibrahim Tanko were arrested in "
          "Kano.", "Ibrahim Tanko", "PERSON"),
    typed("person-said-in", "The rebels are led by Aldo Ochoa, who said in Azawad that the "
          "group would fight on.", "Aldo Ochoa", "PERSON"),
    typed("fort-named-for-a-person", "Fort Mendoza was attacked by the Liberation Army on "
          "Monday.", "Fort Mendoza", "FACILITY"),
    typed("capital-government-is-the-state", "The Kabul government condemned the attack.",
          "Afghanistan", "STATE"),
    typed("ruler-government-is-no-region", "President Musa's government accused the rebels "
          "of the attack.", "Musa", "PERSON"),
    typed("state-forces-stay", "Malian troops and the Kuru Rifles clashed near Gao.",
          "Malian forces", "ARMED_GROUP"),
]


@pytest.mark.parametrize(("text", "name", "type_"), TYPES)
def test_context_types_an_unknown_name(nlp: Language, text: str, name: str,
                                       type_: str) -> None:
    actors = {a.name: a.type.value for a in extract_document(nlp, text, "t").actors}
    assert actors.get(name) == type_, actors


NOT_ACTORS: list[tuple[str, str, str]] = [
    ("home-minister", "The attack was condemned by Home Minister Bikash Rai on Monday.",
     "Home"),
    ("home-minister-long",
     "KATHMANDU (Reuters) - Home Minister Bikash Rai said on Sunday that the Maoist Front "
     "had attacked a police post in Rolpa, the third such raid this month.", "Home"),
    ("public-security-secretary", "The killings were condemned by Public Security Secretary "
     "Ernesto Zavala.", "Public Security"),
    ("mines-minister", "The raid was condemned by Mines Minister Joseph Mutombo.", "Mines"),
    ("alias-is-no-body", "Police arrested Joaquín Salgado, alias \"El Toro\", on Monday.",
     "El Toro"),
    ("alias-is-no-body-long",
     "Ernesto Ríos, alias \"El Flaco\", who prosecutors say has run the Sierra Cartel's "
     "operations in the port since 2019, was detained in Mazatlán on Friday.", "El Flaco"),
    ("aka-is-no-body", "Troops killed Hamid Barka, aka Abu Yasin, near Diffa.", "Abu Yasin"),
    ("region-of-a-government", "The Karoo regional government condemned the attack.", "Karoo"),
    ("known-as-is-the-person-s", "The cartel is led by Ramón Eduardo Valdez Quiroz, known "
     "as El Mayo Chico.", "El Mayo Chico"),
    ("unit-name-is-no-place", "The Kuru Rifles ambushed a convoy of the Delta Rangers.",
     "Kuru"),
]


@pytest.mark.parametrize(("text", "name"), [pytest.param(t, n, id=i) for i, t, n in NOT_ACTORS])
def test_no_actor_of_a_title_or_a_nickname(nlp: Language, text: str, name: str) -> None:
    names = {a.name for a in extract_document(nlp, text, "t").actors}
    assert name not in names, names


def test_a_youth_body_is_no_force(nlp: Language) -> None:
    text = "The Boy Scouts held a rally in Nairobi on Saturday."
    actors = {a.name: a.type.value for a in extract_document(nlp, text, "t").actors}
    assert actors.get("Boy Scouts") != "ARMED_GROUP", actors


def test_an_alias_is_the_person_s(nlp: Language) -> None:
    text = "Police arrested Joaquín Salgado, alias \"El Toro\", on Monday."
    actors = {a.name: a.aliases for a in extract_document(nlp, text, "t").actors}
    assert "El Toro" in actors["Joaquín Salgado"], actors


READ: list[tuple[str, str, list[Triple]]] = [
    ("unit-leads", "Colonel Tamba Koroma, the commander of the Kuru Rifles, said his men had "
     "taken the town.", [("Tamba Koroma", "LEADS", "Kuru Rifles")]),
    ("unit-targets", "The Tamu Scouts attacked a police station in Mopti.",
     [("Tamu Scouts", "TARGETS", "Mopti")]),
    ("unit-targets-unit", "The Kuru Rifles ambushed a convoy of the Delta Rangers.",
     [("Kuru Rifles", "TARGETS", "Delta Rangers")]),
    ("ordinal-unit-leads", "General Amadou Sow, commander of the 3rd Hussars, said his men "
     "had killed 12 rebels.", [("Amadou Sow", "LEADS", "3rd Hussars")]),
    ("bloc-leads", "Troops captured Héctor Manuel Ibarra Soto, the leader of the Northern "
     "Bloc, near Tumbes.", [("Héctor Manuel Ibarra Soto", "LEADS", "Northern Bloc")]),
    ("cartel-leads", "Police arrested María Fernanda Quintero Salazar, the head of the Gulf "
     "Cartel, on Monday.", [("María Fernanda Quintero Salazar", "LEADS", "Gulf Cartel")]),
    ("alias-leads", "Joaquín Salgado, alias \"El Toro\", was arrested on Monday. El Toro had "
     "led the Sierra Cartel since 2019.", [("Joaquín Salgado", "LEADS", "Sierra Cartel")]),
    ("spokesman-with-a-town-surname", "Mr Victor Kidal, a spokesman for the Azawad Movement, "
     "said the group would fight on.",
     [("Victor Kidal", "SPOKESPERSON_FOR", "Azawad Movement")]),
    ("regional-government-criticizes", "The Karoo regional government condemned the attack "
     "by the Karoo Liberation Front.",
     [("Karoo regional government", "CRITICIZES", "Karoo Liberation Front")]),
    ("state-s-government-criticizes", "Tana State's government accused the Tana Defence "
     "Force of killing civilians.",
     [("Tana State government", "CRITICIZES", "Tana Defence Force")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(READ))
def test_a_reading_fires_once_the_name_is_typed(nlp: Language, text: str,
                                                expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


NOT_READ: list[tuple[str, str, list[Triple]]] = [
    ("no-leader-of-a-town", "The towns of Kidal, Tessalit and Aguelhok are in the hands of "
     "the rebels.", [("Tessalit", "*", "*"), ("*", "*", "Tessalit")]),
    ("home-is-no-employer", "The attack was condemned by Home Minister Bikash Rai on Monday.",
     [("Bikash Rai", "MEMBER_OF", "*")]),
    ("denied-unit-attack", "The Kuru Rifles denied that they had attacked the convoy of the "
     "Delta Rangers.", [("Kuru Rifles", "TARGETS", "Delta Rangers")]),
    ("future-unit-attack", "The Tamu Scouts may attack Mopti next week, officials warned.",
     [("Tamu Scouts", "TARGETS", "Mopti")]),
    ("place-is-no-critic", "Fighting was reported in Azawad on Tuesday.",
     [("Azawad", "*", "*")]),
]


@pytest.mark.parametrize(("text", "forbidden"), cases(NOT_READ))
def test_what_the_typing_does_not_give(nlp: Language, text: str,
                                       forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
