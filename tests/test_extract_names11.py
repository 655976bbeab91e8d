"""Bodies the model does not see as names: "<people> for <cause>" organisations
("Mothers for Peace", "Lawyers for Human Rights"), gang, crew and party names the model
takes for a people or a person ("the Klanmen gang", "the Ridge Boys crew", "the Orvesh
party"), and a state's border or coast guard named by its demonym ("Russian border
guards", "the Greek coast guard"), read as that state's forces.

A relation is lost whenever one of its ends is no actor. Each name here is one actor
with its whole name and type, and one relation through it is read. Must-nots: "for"
after a plural that names no people ("Calls for Peace"), a headline's capitalised words,
a place after "for", a person with an apposed job ("a lawyer for the group"), a people
before a militia's noun ("the Hazara militia" is no party's name), a demonym before
"party", and guards with no demonym (no state guessed), or guards of no border or coast.
Sentences of our own with invented names from several regions, short and inside long
wire sentences. Police forces named in their own language ("Garda Siochana", "Policía
Nacional") are one armed body, as the police are, never a person.
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
FOR_NAMES: list[Case] = [
    ("demonym-for-justice",
     "Arlanders for Justice accused the Zorvani army of torturing detainees.",
     [("Arlanders for Justice", "ORGANIZATION")], [("Justice", "*")],
     [("Arlanders for Justice", "CRITICIZES", "Zorvani forces")], []),
    ("mothers-for-peace-long",
     "NAIROBI, Kenya, March 3 (Reuters) - Mothers for Peace, a group that campaigns for "
     "missing sons, on Tuesday accused the Kenyan police of abducting students, according "
     "to a statement.",
     [("Mothers for Peace", "ORGANIZATION")], [("Peace", "*")],
     [("Mothers for Peace", "CRITICIZES", "Kenyan police")], []),
    ("lawyers-for-human-rights",
     "Lawyers for Human Rights condemned the Zorvani army on Friday.",
     [("Lawyers for Human Rights", "ORGANIZATION")], [("Human Rights", "*")],
     [("Lawyers for Human Rights", "CRITICIZES", "Zorvani forces")], []),
    ("doctors-for-refugees",
     "Doctors for Refugees criticised the Libyan coast guard.",
     [("Doctors for Refugees", "ORGANIZATION")], [],
     [("Doctors for Refugees", "CRITICIZES", "Libyan forces")], []),
    ("for-name-as-object",
     "The Maroni police raided the offices of Students for Democracy in Tevara on Monday.",
     [("Students for Democracy", "ORGANIZATION")], [("Democracy", "*")], [], []),
    ("for-name-mid-sentence",
     "KATHMANDU, April 9 - The army on Wednesday accused Farmers for Land Reform of "
     "sheltering the Kesh Front, a spokesman said.",
     [("Farmers for Land Reform", "ORGANIZATION")], [], [], []),
    ("for-name-said",
     "Veterans for Truth said on Sunday that the Tana Brigade had shelled Orlu.",
     [("Veterans for Truth", "ORGANIZATION")], [("Truth", "*")], [], []),
    ("calls-for-peace-headline",
     "Calls for Peace Grow in Kivu.",
     [], [("Calls for Peace", "*")], [], []),
    ("thanks-for-coming",
     "Thanks for Coming was the title of the show in Tevara.",
     [], [("Thanks for Coming", "*")], [], []),
    ("troops-for-a-place",
     "Troops for Kosovo arrived in Pristina on Monday.",
     [], [("Troops for Kosovo", "*")], [], []),
    ("lawyer-for-the-group",
     "Marta Kell, a lawyer for the group, said the police beat her client.",
     [("Marta Kell", "PERSON")], [("lawyer for the group", "*")], [], []),
    ("for-the-talks",
     "Delegates for the talks arrived in Arland on Monday.",
     [], [("Delegates for the talks", "*")], [], []),
    ("plural-for-a-person",
     "Supporters for Maria Lenko rallied in Tevara on Sunday.",
     [], [("Supporters for Maria Lenko", "*")], [], []),
    ("preparations-for-elections",
     "Preparations for Elections began in Dakuri on Monday.",
     [], [("Preparations for Elections", "*")], [], []),
    ("women-for-change-long",
     "HARARE, Feb 7 (AFP) - Women for Change, which has organised marches in three "
     "cities, said on Friday it would sue the Zimbabwean police over the beatings.",
     [("Women for Change", "ORGANIZATION")], [("Change", "*")], [], []),
    ("journalists-for-freedom-accuse",
     "Journalists for Press Freedom accused the Sudanese army of shooting a reporter.",
     [("Journalists for Press Freedom", "ORGANIZATION")], [],
     [("Journalists for Press Freedom", "CRITICIZES", "Sudanese forces")], []),
    ("citizens-for-peace-meet",
     "Leaders of Citizens for Peace met the Kesh Front in Orlu on Thursday.",
     [("Citizens for Peace", "ORGANIZATION")], [], [], []),
    ("engineers-for-a-cause-in-list",
     "Engineers for Water and the Red Crescent condemned the shelling of Tarvik.",
     [("Engineers for Water", "ORGANIZATION")], [("Water", "*")], [], []),
    ("for-after-a-verb",
     "The Tana Brigade fought for Arland in the war.",
     [], [("Brigade fought for Arland", "*")], [], []),
    ("prayers-for-victims",
     "Prayers for Peace were held in Tevara on Sunday.",
     [], [("Prayers for Peace", "*")], [], []),
    ("children-for-peace",
     "Children for Peace condemned the Colombian army on Monday.",
     [("Children for Peace", "ORGANIZATION")], [],
     [("Children for Peace", "CRITICIZES", "Colombian forces")], []),
    ("men-for-equality-said",
     "MANILA, Oct 2 - Men for Equality, a network of volunteers, said on Monday the "
     "Philippine police had arrested its founder.",
     [("Men for Equality", "ORGANIZATION")], [("Equality", "*")], [], []),
    ("for-name-as-target",
     "Gunmen of the Kesh Front attacked the offices of Nurses for Life near Orlu.",
     [("Nurses for Life", "ORGANIZATION")], [], [], []),
    ("bids-for-office",
     "Bids for Office closed in Tevara on Friday.",
     [], [("Bids for Office", "*")], [], []),
]

GANGS_AND_PARTIES: list[Case] = [
    ("gang-read-as-people",
     "The Klanmen gang attacked the Tevo Cartel in Port Severin.",
     [("Klanmen", "ARMED_GROUP")], [("Klanmen", "PERSON")],
     [("Klanmen", "TARGETS", "Tevo Cartel")], []),
    ("gang-read-as-people-long",
     "PORT SEVERIN, June 2 (AFP) - Gunmen of the Klanmen gang on Saturday attacked the "
     "Tevo Cartel in a market, police said, in the third such clash this month.",
     [("Klanmen", "ARMED_GROUP")], [], [("Klanmen", "TARGETS", "Tevo Cartel")], []),
    ("crew-with-a-person-piece",
     "Members of the Ridge Boys crew attacked the Kesh Front on Monday.",
     [("Ridge Boys", "ARMED_GROUP")], [("Ridge Boys", "PERSON"), ("Ridge", "*")],
     [("Ridge Boys", "TARGETS", "Kesh Front")], []),
    ("crew-as-subject",
     "Police said the Ridge Boys crew killed two men in Kingston.",
     [("Ridge Boys", "ARMED_GROUP")], [("Ridge Boys", "PERSON")], [], []),
    ("party-read-as-place",
     "The Orvesh party accused the Malian government of rigging the vote.",
     [("Orvesh", "ORGANIZATION")], [("Orvesh", "LOCATION")],
     [("Orvesh", "CRITICIZES", "Mali")], []),
    ("party-long",
     "BAMAKO, Nov 12 (Reuters) - The Orvesh party, which won four seats in 2019, on "
     "Thursday accused the Malian government of jailing its candidates, a spokesman said.",
     [("Orvesh", "ORGANIZATION")], [("Orvesh", "LOCATION")],
     [("Orvesh", "CRITICIZES", "Mali")], []),
    ("militia-of-a-people",
     "The Hazara militia attacked the Kesh Front near Bamiyan.",
     [], [("Hazara", "ORGANIZATION")], [], []),
    ("party-of-a-demonym",
     "The Kurdish party condemned the Turkish army.",
     [], [("Kurdish", "*"), ("Kurdish party", "*")], [], []),
    ("crew-of-a-ship",
     "The crew of the Tana Star was freed by Somali pirates.",
     [], [("Tana Star", "ARMED_GROUP")], [], []),
    ("party-at-sentence-start",
     "Party officials met the Kesh Front in Orlu.",
     [], [("Party", "*")], [], []),
    ("gang-count",
     "Police said the twelve members of the gang were arrested in Kingston.",
     [], [("twelve", "*"), ("twelve members", "*")], [], []),
    ("crew-read-as-people-object",
     "The Kesh Front attacked the Vornmen crew near Tevara on Monday.",
     [("Vornmen", "ARMED_GROUP")], [("Vornmen", "PERSON")],
     [("Kesh Front", "TARGETS", "Vornmen")], []),
    ("party-criticised",
     "The Zambian government criticised the Tsoka party on Monday.",
     [("Tsoka", "ORGANIZATION")], [("Tsoka", "LOCATION")],
     [("Zambia", "CRITICIZES", "Tsoka")], []),
    ("party-of-a-people",
     "The Pashtun party condemned the Afghan army.",
     [], [("Pashtun", "ORGANIZATION")], [], []),
    ("a-party-of-soldiers",
     "A party of Malian soldiers was ambushed near Gao.",
     [], [("party", "*")], [], []),
    ("gang-with-person-piece-long",
     "KINGSTON, Jamaica, July 9 (Reuters) - Police on Tuesday blamed the Dellon Gray "
     "gang for attacking the Tevo Cartel in a dance hall, the third clash this year.",
     [("Dellon Gray", "ARMED_GROUP")], [("Dellon Gray", "PERSON")], [], []),
    ("party-with-person-piece",
     "The Mara Obe party condemned the Nigerian army on Sunday.",
     [("Mara Obe party", "ORGANIZATION")], [("Mara Obe", "PERSON")],
     [("Mara Obe party", "CRITICIZES", "Nigerian forces")], []),
]

GUARDS: list[Case] = [
    ("border-guards-shoot",
     "Two Estonian police officers were shot by Russian border guards on Tuesday, the "
     "ministry said.",
     [("Russian forces", "ARMED_GROUP")], [],
     [("Russian forces", "TARGETS", "Estonian police")], []),
    ("coast-guard-fires",
     "The Greek coast guard fired on a Turkish navy boat near Lesbos.",
     [("Greek forces", "ARMED_GROUP")], [],
     [("Greek forces", "TARGETS", "Turkish forces")], []),
    ("coast-guard-criticised",
     "Doctors for Refugees on Monday criticised the Libyan coast guard over the deaths.",
     [("Libyan forces", "ARMED_GROUP")], [],
     [("Doctors for Refugees", "CRITICIZES", "Libyan forces")], []),
    ("border-guards-long",
     "TBILISI, Aug 4 (Reuters) - Russian border guards on Sunday fired on Azerbaijani "
     "soldiers near the boundary line, the Georgian defence ministry said in a statement.",
     [("Russian forces", "ARMED_GROUP")], [],
     [("Russian forces", "TARGETS", "Azerbaijani forces")], []),
    ("frontier-guards",
     "Iranian frontier guards attacked Afghan soldiers near Islam Qala.",
     [("Iranian forces", "ARMED_GROUP")], [],
     [("Iranian forces", "TARGETS", "Afghan forces")], []),
    ("border-guards-no-state",
     "Border guards detained two smugglers near the frontier.",
     [], [("* forces", "*")], [], []),
    ("border-guards-no-state-mid",
     "Two migrants were shot by border guards near the frontier, witnesses said.",
     [], [("* forces", "*")], [], []),
    ("security-guards-are-no-force",
     "Russian security guards stood outside the bank in Tevara.",
     [], [("Russian forces", "*")], [], []),
    ("guard-of-honour",
     "A Kenyan guard of honour greeted the president in Nairobi.",
     [], [("Kenyan forces", "*")], [], []),
    ("coast-guard-detains",
     "The Tunisian coast guard detained the Kesh Front's boat crew near Sfax on Monday.",
     [("Tunisian forces", "ARMED_GROUP")], [], [], []),
    ("border-guards-clash-long",
     "DUSHANBE, May 1 (Reuters) - Tajik border guards clashed with Kyrgyz soldiers on "
     "Saturday near a disputed water station, both sides said.",
     [("Tajik forces", "ARMED_GROUP")], [], [], []),
    ("prison-guards-are-no-force",
     "Ugandan prison guards beat the inmates in Luzira.",
     [], [("Ugandan forces", "*")], [], []),
    ("the-border-guards-no-state",
     "The border guards opened fire on the Kesh Front near the river.",
     [], [("* forces", "*")], [], []),
]

POLICE: list[Case] = [
    ("garda-read-as-person",
     "Garda Siochana accused the Kinahan gang of smuggling guns into Dublin.",
     # (the gazetteer knows Ireland's police by its full name)
     [("An Garda Síochána", "ARMED_GROUP")], [("Garda Siochana", "PERSON")],
     [("An Garda Síochána", "CRITICIZES", "Kinahan")], []),
    ("policia-officers-fire",
     "The Policía Nacional fired on the Tevo Cartel near Cali on Monday.",
     [("Policía Nacional", "ARMED_GROUP")], [("Policía Nacional", "PERSON")],
     [("Policía Nacional", "TARGETS", "Tevo Cartel")], []),
    ("policia-officers-arrest",
     "Policía Nacional officers arrested the leader of the Tevo Cartel in Bogotá.",
     [("Policía Nacional", "ARMED_GROUP")], [("Policía Nacional", "PERSON")], [], []),
    ("carabinieri-long",
     "PALERMO, Sept 8 (Reuters) - The Carabinieri on Tuesday raided a farm used by the "
     "Kesh Front, whose leader was arrested in June, prosecutors said.",
     [("Carabinieri", "ARMED_GROUP")], [], [], []),
    ("guardia-as-surname",
     "Mario Guardia, a farmer, said the army burned his house.",
     [("Mario Guardia", "PERSON")], [("Mario Guardia", "ARMED_GROUP")], [], []),
]

# Cases not read yet, and why.
_NOT_YET: dict[str, str] = {
    "for-name-as-object": "the model reads 'Democracy in Tevara' as one organisation, and "
                          "the name runs on over the place",
    "party-at-sentence-start": "a capitalised 'Party' opening a sentence is read as an "
                               "organisation by its word",
    "policia-officers-fire": "the model labels no entity over 'the Policía Nacional' "
                             "there, and no cue reads the words as a name yet",
    "party-of-a-people": "a people's name the model labels as nothing reads as the "
                         "party's own name before 'party'",
}

_ARGS = ("text", "read", "not_read", "asserted", "not_asserted")


@pytest.mark.parametrize(_ARGS, name_params(
    FOR_NAMES + GANGS_AND_PARTIES + GUARDS + POLICE, _NOT_YET))
def test_bodies_named_unseen(nlp: Language, text: str, read: list[Named],
                             not_read: list[Named], asserted: list[Triple],
                             not_asserted: list[Triple]) -> None:
    check_names(nlp, text, read, not_read, asserted, not_asserted)
