"""Names cut or mistyped for their form, read whole and typed (round twelve):

- a people's or a class's possessive inside a body's name that a state's name opens
  ("the Sudan People's Liberation Movement", "the Zorvani Workers' Party"), and a wing of
  a split body named by a hyphened compass word ("... Movement-North"); a state's own
  possessive before a name ("Sudan's Rapid Support Forces") stays the state's;
- a numbered unit whose head names no unit alone ("the 18th Mechanised Division", "the
  7th Fleet"); the same head with no number is left as it was read;
- a general staff named in Spanish or Portuguese ("the Estado Mayor Central"), one armed
  group, not a person called "Central"; the title "Mayor" before a name stays a title;
- a name before "group" opening with an Arabic particle ("the Jund al-Tawhid group"),
  and a name ending in "Jamaat" ("the Kavkaz Jamaat"), a body and not a person;
- an oil or gas field named before its lower-case noun ("the Tarkova oilfield", "the
  Zubaran oil field"), not a field with no kind ("the Okoro field"); a guard's or a
  gendarme's rank before a name ("Guard Mateo Herrera Soto") is no part of it;
- a town the model took for a person, placed by a verb of going ("fled to X", "withdrew
  to X and Y", "left Z for X", "sent troops to X"), "off" a coast, or a lower-case
  "territory" after it; what is handed, given back, sent or said "to" a person keeps
  the person.

Sentences of our own with invented names from several regions, short and inside long
wire sentences.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple
from .test_extract_names import Named
from .test_extract_names5 import check_names, name_params

Case = tuple[str, str, list[Named], list[Named], list[Triple], list[Triple]]

# (id, text, actors that must be read, actors that must not, triples that must,
#  triples that must not); a symmetric relation matches either way round.
OWNED_NAMES: list[Case] = [
    ("state-peoples-movement",
     "The Chad People's Liberation Movement said its fighters had taken the town of "
     "Bardai.",
     [("Chad People's Liberation Movement", "ORGANIZATION")], [("Chad", "*")], [], []),
    ("state-peoples-forces-long",
     "BAMAKO, March 4 (Reuters) - The Mali People's Defence Forces, a militia formed in "
     "2019, on Tuesday accused the army of shelling villages near Menaka, a statement "
     "said.",
     [("Mali People's Defence Forces", "ARMED_GROUP")],
     [("People's Defence Forces", "*")], [], []),
    ("workers-party",
     "The Zorvani Workers' Party condemned the arrest of its leader, Olek Marzec.",
     [("Zorvani Workers' Party", "ORGANIZATION"), ("Olek Marzec", "PERSON")], [],
     [("Olek Marzec", "LEADS", "Zorvani Workers' Party")], []),
    ("compass-wing",
     "The Kordavia People's Liberation Movement-North said it had repelled an attack "
     "on Yabok.",
     [("Kordavia People's Liberation Movement-North", "ORGANIZATION")], [], [], []),
    ("state-wing-long",
     "Speaking in Nairobi, Amina Wanjiru, a spokeswoman for the Sudan People's "
     "Liberation Movement-North, said the group's fighters would not leave the hills.",
     [("Sudan People's Liberation Movement-North", "ORGANIZATION"),
      ("Amina Wanjiru", "PERSON")], [],
     [("Amina Wanjiru", "SPOKESPERSON_FOR", "Sudan People's Liberation Movement-North")],
     []),
    # must-not: the state's own possessive is no part of the group's name
    ("state-possessive-stays",
     "Sudan's Rapid Support Forces said its fighters had taken Babanusa.",
     [("Rapid Support Forces", "ARMED_GROUP")],
     [("Sudan's Rapid Support Forces", "*")], [], []),
    ("people-possessive-no-name",
     "The Arland People's Party's leader, Tomas Reyes, was arrested in Valdora.",
     [("Tomas Reyes", "PERSON")], [("Arland People's Party's", "*")], [], []),
]

NUMBERED_UNITS: list[Case] = [
    ("ordinal-division",
     "Soldiers of the 18th Mechanised Division detained Piotr Zawada near the border.",
     [("18th Mechanised Division", "ARMED_GROUP"), ("Piotr Zawada", "PERSON")],
     [("Mechanised Division", "*")], [], []),
    ("ordinal-fleet",
     "The 7th Fleet said two of its destroyers had sailed through the strait.",
     [("7th Fleet", "ARMED_GROUP")], [], [], []),
    ("ordinal-division-long",
     "KYIV, May 2 (AP) - Sergeant Taras Hnatiuk of the 93rd Mechanized Division said on "
     "Friday that his unit had held the village for three weeks.",
     [("93rd Mechanized Division", "ARMED_GROUP"), ("Taras Hnatiuk", "PERSON")], [],
     [("Taras Hnatiuk", "MEMBER_OF", "93rd Mechanized Division")], []),
    # must-not: a number that is a date, no unit
    ("date-no-unit",
     "On the 18th, Division commanders met in Valdora.",
     [], [("18th", "*")], [], []),
]

STAFF_NAMES: list[Case] = [
    ("estado-mayor-central",
     "Fighters of the Estado Mayor Central ambushed an army patrol in the Sierra Verde.",
     [("Estado Mayor Central", "ARMED_GROUP")], [("Central", "*")], [], []),
    ("estado-mayor-leader",
     "Iván Cordero, the commander of the Estado Mayor Central, rejected the talks.",
     [("Estado Mayor Central", "ARMED_GROUP"), ("Iván Cordero", "PERSON")],
     [("Central", "*")], [("Iván Cordero", "LEADS", "Estado Mayor Central")], []),
    ("estado-mayor-joined",
     "The Estado Mayor de Bloques y Frente signed a ceasefire with the government.",
     [("Estado Mayor de Bloques y Frente", "ARMED_GROUP")], [("Frente", "*")], [], []),
    ("estado-maior",
     "The Estado Maior do Comando Vermelho denied ordering the killings in Niterói.",
     [("Estado Maior do Comando Vermelho", "ARMED_GROUP")], [], [], []),
    # must-not: "Mayor" as a title before a person
    ("mayor-title",
     "Mayor Juan Estrada said the town of San Lucas was calm.",
     [("Juan Estrada", "PERSON")], [("Mayor Juan Estrada", "ARMED_GROUP")], [], []),
]

PLACES_BY_GOING: list[Case] = [
    ("fled-to",
     "Thousands of families fled to Goravan after the offensive, the UN said.",
     [("Goravan", "LOCATION")], [("Goravan", "PERSON")], [], []),
    ("withdrew-to-two",
     "The militants retreated to Khalem and Nakhoura after the army advanced.",
     [("Khalem", "LOCATION"), ("Nakhoura", "LOCATION")], [("Nakhoura", "PERSON")], [], []),
    ("fled-for",
     "Thousands fled Korvash for Goravan after the offensive.",
     [("Korvash", "LOCATION"), ("Goravan", "LOCATION")], [("Goravan", "PERSON")], [], []),
    ("capsized-off",
     "Sixty migrants drowned after their boat capsized off Zuwayra, the agency said.",
     [("Zuwayra", "LOCATION")], [("Zuwayra", "PERSON")], [], []),
    ("territory-after",
     "Militants killed 40 people at a funeral in Mayikeni, in North Kivu's Kasereka "
     "territory, a local leader said.",
     [("Kasereka", "LOCATION")], [("Kasereka", "PERSON")], [], []),
    ("deployed-to-long",
     "LAGOS, June 1 (Reuters) - The army deployed two battalions to Gidan Kwano and "
     "Magami on Sunday after bandits killed 14 villagers, a spokesman said.",
     [("Magami", "LOCATION")], [("Magami", "PERSON")], [], []),
    ("dispatched-reinforcements",
     "The army dispatched reinforcements to Mokanda and Tessavi.",
     [("Mokanda", "LOCATION"), ("Tessavi", "LOCATION")], [("Mokanda", "PERSON")], [], []),
    ("sent-troops-long",
     "MEXICO CITY, May 4 (Reuters) - Security Secretary Omar Vidal said the National Guard "
     "had sent 1,100 more troops to Tarvana to contain the violence.",
     [("Tarvana", "LOCATION")], [("Tarvana", "ORGANIZATION"), ("Tarvana", "PERSON")], [],
     []),
    # must-nots: what is handed, given back, sent or said to a person keeps the person
    ("sent-letter-to-person",
     "The ministry sent a letter to Amina Kone on Monday.",
     [("Amina Kone", "PERSON")], [("Amina Kone", "LOCATION")], [], []),
    ("handed-to-person",
     "The commander handed the prisoners over to Ibrahim Sesay.",
     [("Ibrahim Sesay", "PERSON")], [("Ibrahim Sesay", "LOCATION")], [], []),
    ("returned-to-person",
     "The rebels returned the weapons to Olek Marzec.",
     [("Olek Marzec", "PERSON")], [("Olek Marzec", "LOCATION")], [], []),
    ("spoke-to-person",
     "The minister spoke to Amina Kone about the attack.",
     [("Amina Kone", "PERSON")], [("Amina Kone", "LOCATION")], [], []),
    ("voted-for-person",
     "The envoy voted for Olek Marzec at the congress.",
     [("Olek Marzec", "PERSON")], [("Olek Marzec", "LOCATION")], [], []),
    ("left-post-for-person",
     "The general left his post for Amina Kone, his deputy.",
     [("Amina Kone", "PERSON")], [("Amina Kone", "LOCATION")], [], []),
    ("group-territory",
     "The rebels pushed deep into Houthi territory.",
     [], [("Houthi", "LOCATION"), ("Houthis", "LOCATION")], [], []),
]

GROUP_WORDS: list[Case] = [
    ("particle-group",
     "The Jund al-Tawhid group claimed the bombing of the police post in Tizi Amar.",
     [("Jund al-Tawhid", "ORGANIZATION")], [("Jund al-Tawhid", "PERSON")], [], []),
    ("particle-group-long",
     "ALGIERS, May 3 (Reuters) - Police said on Sunday that the Ansar al-Haqq group had "
     "claimed the attack, in which two gendarmes were killed.",
     [("Ansar al-Haqq", "ORGANIZATION")], [("Ansar al-Haqq", "PERSON")], [], []),
    ("jamaat-last",
     "Investigators said Timur Ozdoev led a cell that called itself the Kavkaz Jamaat.",
     [("Kavkaz Jamaat", "ORGANIZATION"), ("Timur Ozdoev", "PERSON")],
     [("Kavkaz Jamaat", "PERSON")], [], []),
    ("jamaat-claimed",
     "The Baksan Jamaat claimed the attack on the police post.",
     [("Baksan Jamaat", "ORGANIZATION")], [("Baksan Jamaat", "PERSON")], [], []),
    # must-not: a person named with a particle, no group noun after
    ("particle-person",
     "Police arrested Khalid al-Tawil in Tizi Amar on Monday.",
     [("Khalid al-Tawil", "PERSON")], [("Khalid al-Tawil", "ORGANIZATION")], [], []),
]

FIELDS_AND_RANKS: list[Case] = [
    ("oilfield",
     "Elements of the militia have kept a presence around the Tarkova oilfield since "
     "last year.", [("Tarkova oilfield", "FACILITY")], [], [], []),
    ("oil-field-checkpoint",
     "Fighters had taken over the Zubaran oil field checkpoint after a dispute with the "
     "police.", [("Zubaran oil field", "FACILITY")], [], [], []),
    ("gas-field-long",
     "MAPUTO, July 9 (Reuters) - Insurgents attacked a supply convoy bound for the "
     "Lunara gas field on Tuesday, killing four drivers, the company said.",
     [("Lunara gas field", "FACILITY")], [], [], []),
    # must-nots: "field" with no kind before it, a field hospital
    ("field-no-kind",
     "Farmers said the Okoro field had been burned by herders.",
     [], [("Okoro field", "*")], [], []),
    ("field-hospital",
     "The Bekaa field hospital treated twelve wounded.",
     [], [("Bekaa field", "*")], [], []),
    ("guard-rank",
     "Sergeant Luis Ortega Vidal, 44, and Guard Mateo Herrera Soto, 31, died at the scene.",
     [("Luis Ortega Vidal", "PERSON"), ("Mateo Herrera Soto", "PERSON")],
     [("Guard Mateo Herrera Soto", "*")], [], []),
    ("gendarme-rank",
     "Gendarme Paul Essomba Ndzana was shot dead at a checkpoint near Kousseri.",
     [("Paul Essomba Ndzana", "PERSON")], [("Gendarme Paul Essomba Ndzana", "*")], [], []),
    # must-not: "Guard" inside a body's name stays the body's
    ("guard-body",
     "The Guard Corps said its forces had killed three militants near the border.",
     [("Guard Corps", "ARMED_GROUP")], [], [], []),
]

_NOT_YET: dict[str, str] = {}
_ARGS = ("text", "read", "not_read", "asserted", "not_asserted")


@pytest.mark.parametrize(_ARGS, name_params(OWNED_NAMES, _NOT_YET))
def test_owned_and_wing_names(nlp: Language, text: str, read: list[Named],
                              not_read: list[Named], asserted: list[Triple],
                              not_asserted: list[Triple]) -> None:
    check_names(nlp, text, read, not_read, asserted, not_asserted)


@pytest.mark.parametrize(_ARGS, name_params(NUMBERED_UNITS, _NOT_YET))
def test_numbered_units(nlp: Language, text: str, read: list[Named], not_read: list[Named],
                        asserted: list[Triple], not_asserted: list[Triple]) -> None:
    check_names(nlp, text, read, not_read, asserted, not_asserted)


@pytest.mark.parametrize(_ARGS, name_params(STAFF_NAMES, _NOT_YET))
def test_staff_names(nlp: Language, text: str, read: list[Named], not_read: list[Named],
                     asserted: list[Triple], not_asserted: list[Triple]) -> None:
    check_names(nlp, text, read, not_read, asserted, not_asserted)


@pytest.mark.parametrize(_ARGS, name_params(PLACES_BY_GOING, _NOT_YET))
def test_places_by_going(nlp: Language, text: str, read: list[Named],
                         not_read: list[Named], asserted: list[Triple],
                         not_asserted: list[Triple]) -> None:
    check_names(nlp, text, read, not_read, asserted, not_asserted)


@pytest.mark.parametrize(_ARGS, name_params(GROUP_WORDS, _NOT_YET))
def test_group_words(nlp: Language, text: str, read: list[Named], not_read: list[Named],
                     asserted: list[Triple], not_asserted: list[Triple]) -> None:
    check_names(nlp, text, read, not_read, asserted, not_asserted)


@pytest.mark.parametrize(_ARGS, name_params(FIELDS_AND_RANKS, _NOT_YET))
def test_fields_and_ranks(nlp: Language, text: str, read: list[Named], not_read: list[Named],
                          asserted: list[Triple], not_asserted: list[Triple]) -> None:
    check_names(nlp, text, read, not_read, asserted, not_asserted)
