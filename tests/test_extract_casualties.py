"""The dead of the side attacked or fought, told as common nouns: "X clashed with Y, killing
four members of the security forces", "X fought Y, killing dozens of insurgents", "after
three days of fighting with rebels of Y, killing dozens of insurgents", "an ambush by X that
killed nine Malian soldiers", and the men told by their group ("gunmen from X killed three
police officers"). The dead belong to the side whose kind they fit: soldiers, marines and
policemen are a state's; rebels, insurgents, militants and fighters an armed group's.

Every row is a sentence written for this table, with invented groups in several regions,
once short and once inside a long wire sentence. The must-nots hold the same shapes with
the doer's own dead, civilians, the wounded or the captured, two sides of one kind, a
threat, a denial, or a count that is not of the dead.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases


def killed(killer: str, victim: str) -> Triple:
    return (killer, "KILLED", victim)


def never(case_id: str, text: str, *forbidden: Triple) -> Any:
    """A must-not case: a sentence and what it must not assert ("*" matches anything)."""
    return pytest.param(text, list(forbidden), id=case_id)


READ: list[tuple[str, str, list[Triple]]] = [
    # a fight between two sides; the dead fit the state's side
    (
        "fight-security-forces",
        "The Nariño Defence Brigade clashed with the Colombian army near Tumaco, killing four "
        "members of the security forces.",
        [killed("Nariño Defence Brigade", "Colombian forces")],
    ),
    (
        "fight-security-forces-long",
        "BOGOTA, Colombia, 2 February 2026 — The Nariño Defence Brigade clashed with the "
        "Colombian army near the Pacific port of Tumaco on Sunday, killing four members of the "
        "security forces, according to a statement from the defence ministry.",
        [killed("Nariño Defence Brigade", "Colombian forces")],
    ),
    (
        "fight-marines",
        "The Sulu Islamic Front battled Philippine marines on Jolo, killing seven marines.",
        [killed("Sulu Islamic Front", "Philippine forces")],
    ),
    (
        "fight-marines-long",
        "The Sulu Islamic Front battled Philippine marines on the island of Jolo on Saturday, "
        "killing seven marines and wounding 12 others, military spokesman Colonel Ramon Diaz "
        "said.",
        [killed("Sulu Islamic Front", "Philippine forces")],
    ),
    (
        "fought-soldiers",
        "The Zagros Defence Units fought Turkish troops near the border, killing six soldiers.",
        [killed("Zagros Defence Units", "Turkish forces")],
    ),
    (
        "fought-soldiers-long",
        "The Zagros Defence Units fought Turkish troops for hours near the Iraqi border late on "
        "Friday, killing six soldiers, a statement from the group said, a claim Ankara did not "
        "confirm.",
        [killed("Zagros Defence Units", "Turkish forces")],
    ),
    # a fight between two sides; the dead fit the armed group's side
    (
        "fight-rebels",
        "The Colombian army clashed with the Nariño Defence Brigade near Tumaco, killing 12 "
        "rebels.",
        [killed("Colombian forces", "Nariño Defence Brigade")],
    ),
    (
        "fight-rebels-long",
        "The Colombian army clashed with the Nariño Defence Brigade in the hills above Tumaco on "
        "Thursday, killing 12 rebels, the army said in a statement, adding that two soldiers "
        "were wounded.",
        [killed("Colombian forces", "Nariño Defence Brigade")],
    ),
    (
        "fought-insurgents",
        "Somali troops fought al-Shabaab near Kismayo, killing dozens of insurgents.",
        [killed("Somali forces", "al-Shabaab")],
    ),
    (
        "fought-insurgents-long",
        "MOGADISHU, Somalia, 3 March 2026 — Somali troops backed by drones fought al-Shabaab "
        "near the southern port of Kismayo on Wednesday, killing dozens of insurgents, "
        "according to state media.",
        [killed("Somali forces", "al-Shabaab")],
    ),
    (
        "battled-and-killed",
        "Nigerian troops battled the Sambisa Brigade near Monguno and killed 20 militants.",
        [killed("Nigerian forces", "Sambisa Brigade")],
    ),
    (
        "battled-and-killed-long",
        "Nigerian troops battled the Sambisa Brigade near Monguno in Borno state on Monday and "
        "killed 20 militants, a military spokesman told reporters in Maiduguri.",
        [killed("Nigerian forces", "Sambisa Brigade")],
    ),
    (
        "clashed-jihadists",
        "Malian soldiers clashed with the Gourma Sword Front near Menaka, killing 15 jihadists.",
        [killed("Malian forces", "Gourma Sword Front")],
    ),
    (
        "clashed-guerrillas",
        "Indian police clashed with the Bastar People's Army in Chhattisgarh, killing five "
        "guerrillas.",
        [killed("Indian police", "Bastar People's Army")],
    ),
    (
        "fought-fighters",
        "Ukrainian forces fought the Donets Brigade near Bakhmut, killing dozens of fighters.",
        [killed("Ukrainian forces", "Donets Brigade")],
    ),
    (
        "exchanged-fire-separatists",
        "Pakistani troops exchanged fire with the Baloch Freedom Army near Turbat, killing "
        "eight separatists.",
        [killed("Pakistani forces", "Baloch Freedom Army")],
    ),
    # a fight told by a noun inside the clause
    (
        "days-of-fighting",
        "Myanmar troops retook the town of Loikaw after three days of fighting with rebels of "
        "the Karenni People's Army, killing dozens of insurgents.",
        [killed("Myanmarese forces", "Karenni People's Army")],
    ),
    (
        "days-of-fighting-long",
        "Myanmar troops retook the town of Loikaw on Friday after three days of heavy fighting "
        "with rebels of the Karenni People's Army, killing dozens of insurgents, state "
        "television reported.",
        [killed("Myanmarese forces", "Karenni People's Army")],
    ),
    (
        "after-clashes",
        "Sudanese troops recaptured the town after clashes with the Darfur Justice Front, "
        "killing 30 rebels.",
        [killed("Sudanese forces", "Darfur Justice Front")],
    ),
    (
        "after-clashes-long",
        "Sudanese troops recaptured the town of Kutum on Sunday after two days of clashes with "
        "the Darfur Justice Front, killing 30 rebels, the army spokesman said in Port Sudan.",
        [killed("Sudanese forces", "Darfur Justice Front")],
    ),
    # an attack on a side's post, base or camp
    (
        "raided-post",
        "Fighters of the Sahel Liberation Front raided a Burkinabe army post near Dori, killing "
        "three soldiers.",
        [killed("Sahel Liberation Front", "Burkinabe forces")],
    ),
    (
        "raided-post-long",
        "OUAGADOUGOU, Burkina Faso, 5 May 2026 — Fighters of the Sahel Liberation Front raided a "
        "Burkinabe army post near Dori before dawn on Friday, killing at least three soldiers, "
        "two security sources said.",
        [killed("Sahel Liberation Front", "Burkinabe forces")],
    ),
    (
        "raided-camp",
        "Kenyan troops raided a camp of the Jubaland Liberation Front, killing 11 militants.",
        [killed("Kenyan forces", "Jubaland Liberation Front")],
    ),
    (
        "checkpoint-militants-of",
        "Militants of the Khorasan Front attacked an Afghan army checkpoint in Kunduz, killing "
        "four soldiers.",
        [killed("Khorasan Front", "Afghan forces")],
    ),
    # a police post or convoy: the one police force the article names
    (
        "police-convoy-one-force",
        "The Haitian National Police said gunmen of the Red Hand Gang ambushed a police convoy "
        "in Port-au-Prince, killing two officers.",
        [killed("Red Hand Gang", "Haitian National Police")],
    ),
    (
        "police-convoy-one-force-long",
        "PORT-AU-PRINCE, Haiti, 9 June 2026 — Gunmen of the Red Hand Gang ambushed a police "
        "convoy in the Delmas district on Monday, killing two officers, the Haitian National "
        "Police said.",
        [killed("Red Hand Gang", "Haitian National Police")],
    ),
    # an attack noun whose relative clause tells the dead
    (
        "ambush-that-killed",
        "An ambush by the Gourma Sword Front that killed nine Malian soldiers drew "
        "condemnation.",
        [killed("Gourma Sword Front", "Malian forces")],
    ),
    (
        "ambush-that-killed-long",
        "An ambush by the Gourma Sword Front that killed nine Malian soldiers near Menaka on "
        "Tuesday drew condemnation from the African Union, which called it a cowardly act.",
        [killed("Gourma Sword Front", "Malian forces")],
    ),
    (
        "raid-that-killed-policemen",
        "A raid by the Jubaland Liberation Front that killed six Kenyan policemen shocked the "
        "town.",
        [killed("Jubaland Liberation Front", "Kenyan police")],
    ),
    (
        "attack-that-killed",
        "An attack by the Sahel Liberation Front that killed 11 Burkinabe soldiers was the "
        "deadliest this year.",
        [killed("Sahel Liberation Front", "Burkinabe forces")],
    ),
    # the men told by their group
    (
        "gunmen-from-police",
        "Gunmen from the Red Hand Gang killed three police officers in Port-au-Prince.",
        [killed("Red Hand Gang", "Haitian police")],
    ),
    (
        "gunmen-from-police-long",
        "PORT-AU-PRINCE, Haiti, 9 June 2026 — Gunmen from the Red Hand Gang killed three police "
        "officers in the capital's Delmas district on Monday, the Haitian National Police said.",
        [killed("Red Hand Gang", "Haitian National Police")],
    ),
    (
        "fighters-from",
        "Fighters from the Sahel Liberation Front killed five Burkinabe soldiers near Dori.",
        [killed("Sahel Liberation Front", "Burkinabe forces")],
    ),
    (
        "militants-from",
        "Militants from the Khorasan Front killed four Afghan soldiers in Kunduz.",
        [killed("Khorasan Front", "Afghan forces")],
    ),
    (
        "gunmen-from-cartel",
        "Gunmen from the Sinaloa Frontier Cartel killed six Mexican soldiers in Culiacan.",
        [killed("Sinaloa Frontier Cartel", "Mexican forces")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), cases(READ))
def test_casualties_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


MUST_NOT: list[Any] = [
    # the doer's own dead
    never(
        "not-attackers-dead-fight",
        "The Nariño Defence Brigade clashed with the Colombian army near Tumaco, killing four "
        "of the attackers.",
        killed("Nariño Defence Brigade", "*"),
    ),
    never(
        "not-attackers-dead-attack",
        "The Nariño Defence Brigade attacked a Colombian army base near Tumaco, killing four of "
        "the attackers.",
        killed("Nariño Defence Brigade", "*"),
    ),
    never(
        "not-own-fighters",
        "The Nariño Defence Brigade clashed with the Colombian army near Tumaco, killing four of "
        "its own fighters in the crossfire.",
        killed("*", "*"),
    ),
    never(
        "not-rebels-dead-reversed",
        "The Colombian army clashed with the Nariño Defence Brigade near Tumaco, killing 12 "
        "rebels.",
        killed("Nariño Defence Brigade", "Colombian forces"),
    ),
    never(
        "not-soldiers-dead-reversed",
        "The Nariño Defence Brigade clashed with the Colombian army near Tumaco, killing four "
        "members of the security forces.",
        killed("Colombian forces", "Nariño Defence Brigade"),
    ),
    # civilians
    never(
        "not-villagers-fight",
        "The Colombian army clashed with the Nariño Defence Brigade near Tumaco, killing 14 "
        "villagers.",
        killed("*", "*"),
    ),
    never(
        "not-villagers-attack",
        "The Kivu Patriotic Front attacked a Congolese army base near Beni, killing 14 "
        "villagers.",
        killed("*", "*"),
    ),
    never(
        "not-civilians-long",
        "Somali troops fought al-Shabaab near Kismayo on Tuesday, killing six civilians caught "
        "in the crossfire, residents said.",
        killed("*", "*"),
    ),
    # wounded or captured only
    never(
        "not-wounded-fight",
        "The Nariño Defence Brigade clashed with the Colombian army near Tumaco, wounding nine "
        "soldiers.",
        killed("*", "*"),
    ),
    never(
        "not-wounded-ambush",
        "The Gourma Sword Front ambushed a Malian army patrol near Menaka, wounding seven "
        "soldiers.",
        killed("*", "*"),
    ),
    never(
        "not-detained",
        "The Kivu Patriotic Front attacked a Congolese army base near Beni and detained five "
        "soldiers.",
        killed("*", "*"),
    ),
    never(
        "not-captured",
        "The Kivu Patriotic Front clashed with Congolese troops near Beni and captured five "
        "soldiers.",
        killed("*", "*"),
    ),
    never(
        "not-ambush-wounded",
        "An ambush by the Gourma Sword Front that wounded nine Malian soldiers drew "
        "condemnation.",
        killed("*", "*"),
    ),
    # two sides of one kind, or dead of both kinds: no guess
    never(
        "not-two-groups",
        "The Nariño Defence Brigade clashed with the Cauca People's Front near Tumaco, killing "
        "nine fighters.",
        killed("*", "*"),
    ),
    never(
        "not-two-armies",
        "The Colombian army and the Ecuadorian army clashed near the border, killing four "
        "soldiers.",
        killed("*", "*"),
    ),
    never(
        "not-both-kinds",
        "The Colombian army clashed with the Nariño Defence Brigade near Tumaco, killing four "
        "soldiers and 12 rebels.",
        killed("Nariño Defence Brigade", "Colombian forces"),
    ),
    never(
        "not-two-police-forces",
        "Gunmen killed three police officers in the town. The Kenyan National Police and the "
        "Ugandan Police Force said they would investigate.",
        killed("*", "*"),
    ),
    never(
        "not-two-police-named",
        "The Haitian National Police and the Dominican National Police said gunmen of the Red "
        "Hand Gang ambushed a police convoy near the border, killing two officers.",
        killed("*", "*"),
    ),
    never(
        "not-police-convoy-passengers",
        "The Haitian National Police said gunmen of the Red Hand Gang ambushed a police convoy "
        "in Port-au-Prince, killing two passengers.",
        killed("*", "*"),
    ),
    never(
        "not-police-convoy-wounded",
        "The Haitian National Police said gunmen of the Red Hand Gang ambushed a police convoy "
        "in Port-au-Prince, wounding two officers.",
        killed("*", "*"),
    ),
    never(
        "not-convoy-no-owner",
        "The Haitian National Police said gunmen of the Red Hand Gang ambushed a convoy in "
        "Port-au-Prince, killing two officers.",
        killed("*", "*"),
    ),
    # threatened, denied, negated
    never(
        "not-threatened-clash",
        "The Colombian army threatened to clash with the Nariño Defence Brigade near Tumaco, "
        "killing dozens of rebels.",
        killed("*", "*"),
    ),
    never(
        "not-threatened-attack",
        "The Nariño Defence Brigade threatened to attack Colombian army bases near Tumaco, "
        "killing every soldier it found.",
        killed("*", "*"),
    ),
    never(
        "not-would-fight",
        "The Colombian army said it would fight the Nariño Defence Brigade near Tumaco, killing "
        "dozens of rebels.",
        killed("*", "*"),
    ),
    never(
        "not-did-not-clash",
        "The Colombian army did not clash with the Nariño Defence Brigade near Tumaco, killing "
        "12 rebels.",
        killed("*", "*"),
    ),
    # a second clause with its own doer
    never(
        "not-later-bomb",
        "Somali troops fought al-Shabaab near Kismayo, and a roadside bomb later killed six "
        "soldiers.",
        killed("Somali forces", "*"),
    ),
    never(
        "not-losing",
        "Somali troops fought al-Shabaab near Kismayo, losing six soldiers.",
        killed("Somali forces", "*"),
    ),
    # no side's attack: the noun names no author, or the author is a bystander
    never(
        "not-ambush-no-author",
        "An ambush near Menaka that killed nine Malian soldiers drew condemnation from the "
        "Gourma Sword Front.",
        killed("Gourma Sword Front", "*"),
    ),
    never(
        "not-post-no-owner",
        "The Mindanao Liberation Army raided a police post in Cotabato, killing three officers.",
        killed("*", "*"),
    ),
    # people from a body that is no armed side
    never(
        "not-volunteers-from",
        "Volunteers from the Red Crescent Society recovered the bodies of nine soldiers.",
        killed("*", "*"),
    ),
    never(
        "not-doctors-from",
        "Doctors from Medecins Sans Frontieres treated three police officers in Kunduz.",
        killed("*", "*"),
    ),
]


@pytest.mark.parametrize(("text", "forbidden"), MUST_NOT)
def test_casualties_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
