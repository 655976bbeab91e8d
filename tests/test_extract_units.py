"""Units, wings, fronts and task forces inside a larger body (PART_OF), in short sentences
and in the long ones wires print (a dateline, an attribution, a day, a place).

Readings: an apposition naming the larger body ("X, the youth wing of the ruling Y party",
"X, part of Y", "X, a unit under the control of Y's defence ministry", "X, a paramilitary
force that reports to the Ministry of Z", "X, a dissident unit that answers to Y"); a
body's unit named after its owner ("Y's special operations battalion, X", "the Royal Thai
Army's Fourth Army Region", "its special battalion, X" with "its" the body just named); a
front ("X is nothing but a front for Y", "X, a front group of Y"); a group that "operates
as" Y's branch or wing.

Must-nots: a force backed by Y (BACKS), a group that fought alongside Y's unit, a unit
named after a place ("the Kivu Brigade" is no part of Kivu), a former unit ("X, a former
unit of Y", "X, formerly part of Y", "which was once part of Y"), a split ("X broke away
from Y"), a denial ("X is not part of Y", "denied being a front for Y"), a state's group
by possessive only ("Lebanon's Hezbollah", "Somalia's al-Shabaab"), a state in a bloc,
"fought on the front for Y".

Own sentences, with invented units, parties and towns from several regions."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

P, B = "PART_OF", "BACKS"
RPA, SLF, CUP = "Ruvan Patriotic Army", "Sahel Liberation Front", "Coastal Unity Party"

APPOSITIONS: list[tuple[str, str, list[Triple]]] = [
    ("youth-wing-of-ruling-party",
     "The Red Kestrels, the youth wing of the ruling Popular Renewal Party, marched "
     "through Kisumu.",
     [("Red Kestrels", P, "Popular Renewal Party")]),
    ("youth-wing-of-ruling-party-long",
     "The Red Kestrels, the youth wing of the ruling Popular Renewal Party, clashed with "
     "opposition supporters in Kampala on Tuesday, police said.",
     [("Red Kestrels", P, "Popular Renewal Party")]),
    ("part-of-division",
     "Troops of the 62nd Battalion, part of the 3rd Division, retook the town.",
     [("62nd Battalion", P, "3rd Division")]),
    ("part-of-army",
     "The Leopard Battalion, part of the Ruvan Patriotic Army, shelled the town.",
     [("Leopard Battalion", P, RPA)]),
    ("part-of-owners-division",
     "The Mwangaza Battalion, part of the Ruvan Patriotic Army's 2nd Division, shelled the "
     "town.",
     [("Mwangaza Battalion", P, "2nd Division")]),
    ("part-of-army-long",
     "GOMA, Congo, May 4 (AFP) - The Leopard Battalion, part of the Ruvan Patriotic Army, "
     "shelled the outskirts of Sake overnight, according to local officials.",
     [("Leopard Battalion", P, RPA)]),
    ("unit-of-brigade-long",
     "The Bravo Company, a unit of the 4th Infantry Brigade, took up positions near "
     "Kherson on Sunday, the Ukrainian general staff said.",
     [("Bravo Company", P, "4th Infantry Brigade")]),
    ("faction-of-front",
     "The Ogaden Eagles, a faction of the Somali National Front, seized the well.",
     [("Ogaden Eagles", P, "Somali National Front")]),
    ("affiliate-of-aqim",
     "The Tumaini Brigade, an affiliate of al-Qaeda in the Islamic Maghreb, kidnapped two "
     "engineers.",
     [("Tumaini Brigade", P, "Al-Qaeda in the Islamic Maghreb")]),
    ("unit-under-control-of-ministry",
     "The Tumaini Brigade, a unit under the control of Zanda's defence ministry, shelled "
     "the village.",
     [("Tumaini Brigade", P, "defence ministry")]),
    ("paramilitary-under-ministry",
     "The Rapid Response Corps, a paramilitary force under the Ministry of the Interior, "
     "dispersed the protesters.",
     [("Rapid Response Corps", P, "Ministry of the Interior")]),
    ("paramilitary-reports-to-ministry",
     "The Rapid Response Corps, a paramilitary force that reports to the Ministry of the "
     "Interior, dispersed the protesters.",
     [("Rapid Response Corps", P, "Ministry of the Interior")]),
    ("paramilitary-reports-to-ministry-long",
     "On Friday the Rapid Response Corps, a paramilitary force that reports to the Ministry "
     "of the Interior, fired tear gas at students in the capital, witnesses told Reuters.",
     [("Rapid Response Corps", P, "Ministry of the Interior")]),
    ("dissident-unit-answers-to",
     "The Falcon Column, a dissident unit that answers to the Northern Liberation Front, "
     "ambushed a convoy.",
     [("Falcon Column", P, "Northern Liberation Front")]),
    ("is-part-of",
     "The Falcon Column is part of the Northern Liberation Front.",
     [("Falcon Column", P, "Northern Liberation Front")]),
    ("is-part-of-command",
     "The 5th Mechanised Brigade is part of the Zanian army's Eastern Command.",
     [("5th Mechanised Brigade", P, "Eastern Command")]),
]

OWNERS: list[tuple[str, str, list[Triple]]] = [
    ("owners-battalion-named",
     "The Ruvan Patriotic Army's special operations battalion, the Leopard Battalion, "
     "raided the camp.",
     [("Leopard Battalion", P, RPA)]),
    ("owners-army-region",
     "The Royal Thai Army's Fourth Army Region said three soldiers were wounded.",
     [("Fourth Army Region", P, "Royal Thai Army")]),
    ("owners-army-region-long",
     "PATTANI, Thailand, Jan 9 (Reuters) - The Royal Thai Army's Fourth Army Region said on "
     "Thursday that three rangers were wounded when a roadside bomb exploded in Yala.",
     [("Fourth Army Region", P, "Royal Thai Army")]),
    ("owners-fleet",
     "The Zanian Navy's Southern Fleet sent two frigates to the strait.",
     [("Southern Fleet", P, "Zanian Navy")]),
    ("its-battalion-named",
     "The Zanian Defence Force sent its special operations battalion, the Leopard "
     "Battalion, into the camp.",
     [("Leopard Battalion", P, "Zanian Defence Force")]),
    ("group-owns-brigades",
     "Hamas's Qassam Brigades fired rockets.",
     [("Qassam Brigades", P, "Hamas")]),
]

FRONTS: list[tuple[str, str, list[Triple]]] = [
    ("nothing-but-a-front",
     "The Patriotic Youth Movement is nothing but a front for the Sahel Liberation Front, "
     "officials say.",
     [("Patriotic Youth Movement", P, SLF)]),
    ("is-a-front-for",
     "The Patriotic Youth Movement is a front for the Sahel Liberation Front.",
     [("Patriotic Youth Movement", P, SLF)]),
    ("is-a-front-for-long",
     "BAMAKO, Mali, Oct 2 (Reuters) - The Patriotic Youth Movement, which organised Saturday's "
     "rally in Gao, is a front for the Sahel Liberation Front, two security sources said.",
     [("Patriotic Youth Movement", P, SLF)]),
    ("appos-front-group-of",
     "The Patriotic Youth Movement, a front group of the Sahel Liberation Front, claimed "
     "the attack.",
     [("Patriotic Youth Movement", P, SLF)]),
    ("appos-front-for",
     "The Patriotic Youth Movement, a front for the Sahel Liberation Front, claimed the "
     "attack.",
     [("Patriotic Youth Movement", P, SLF)]),
    ("appos-front-organisation-long",
     "Police in Peshawar said on Wednesday that the Frontier Welfare Trust, a front "
     "organisation for the Tehreek-e-Azadi, had collected money for fighters.",
     [("Frontier Welfare Trust", P, "Tehreek-e-Azadi")]),
    ("operates-as-owners-branch",
     "The Ituri Martyrs operate as the Islamic State's central African branch, officials "
     "say.",
     [("Ituri Martyrs", P, "Islamic State")]),
    ("pledged-and-operates-as-its-branch",
     "The Ituri Martyrs, which pledged allegiance to the Islamic State and operates as its "
     "central African branch, attacked the village.",
     [("Ituri Martyrs", P, "Islamic State")]),
    ("serves-as-armed-wing-of",
     "The Kasai Defence Movement serves as the armed wing of the Coastal Unity Party, "
     "officials say.",
     [("Kasai Defence Movement", P, CUP)]),
]

NOT: list[tuple[str, str, list[Triple]]] = [
    ("backed-by-not-part",
     "The Tumaini Brigade, a force backed by the Ruvan Patriotic Army, shelled the village.",
     [("Tumaini Brigade", P, RPA)]),
    ("fought-alongside-unit",
     "The Tumaini Brigade fought alongside the Ruvan Patriotic Army's Leopard Battalion "
     "near Goma.",
     [("Tumaini Brigade", P, "*")]),
    ("unit-named-after-place",
     "The Kivu Brigade shelled the town of Sake on Monday.",
     [("Kivu Brigade", P, "*")]),
    ("former-unit-of",
     "The Tumaini Brigade, a former unit of the Ruvan Patriotic Army, shelled the village.",
     [("Tumaini Brigade", P, RPA)]),
    ("formerly-part-of",
     "The Tumaini Brigade, formerly part of the Ruvan Patriotic Army, shelled the village.",
     [("Tumaini Brigade", P, RPA)]),
    ("once-part-of",
     "The Tumaini Brigade, which was once part of the Ruvan Patriotic Army, shelled the "
     "village.",
     [("Tumaini Brigade", P, RPA)]),
    ("broke-away-from",
     "The Tumaini Brigade broke away from the Ruvan Patriotic Army in 2019.",
     [("Tumaini Brigade", P, RPA)]),
    ("split-from",
     "The Tumaini Brigade split from the Ruvan Patriotic Army last year, and now fights it.",
     [("Tumaini Brigade", P, RPA)]),
    ("is-not-part-of",
     "The Tumaini Brigade is not part of the Ruvan Patriotic Army, its spokesman said.",
     [("Tumaini Brigade", P, RPA)]),
    ("no-longer-part-of",
     "The Tumaini Brigade is no longer part of the Ruvan Patriotic Army, its commander "
     "said.",
     [("Tumaini Brigade", P, RPA)]),
    ("will-become-part-of",
     "The Falcon Column will become part of the Northern Liberation Front next year.",
     [("Falcon Column", P, "*")]),
    ("not-a-front",
     "The Patriotic Youth Movement is not a front for the Sahel Liberation Front, its "
     "leader said.",
     [("Patriotic Youth Movement", P, SLF)]),
    ("denied-being-a-front",
     "The Patriotic Youth Movement denied being a front for the Sahel Liberation Front.",
     [("Patriotic Youth Movement", P, SLF)]),
    ("fought-on-the-front",
     "The Patriotic Youth Movement fought on the front for the Sahel Liberation Front.",
     [("Patriotic Youth Movement", P, SLF)]),
    ("rival-group-of",
     "The Patriotic Youth Movement, a rival group of the Sahel Liberation Front, claimed "
     "the attack.",
     [("Patriotic Youth Movement", P, SLF)]),
    ("operates-in-owners-heartland",
     "The Ituri Martyrs operate in the Islamic State's central African heartland, officials "
     "say.",
     [("Ituri Martyrs", P, "*")]),
    ("operates-near-party-office",
     "The Kasai Defence Movement operates near the headquarters of the Coastal Unity "
     "Party, officials say.",
     [("Kasai Defence Movement", P, "*")]),
    ("state-possessive-group",
     "Lebanon's Hezbollah fired rockets into northern Israel.",
     [("Hezbollah", P, "*")]),
    ("state-possessive-shabaab",
     "Somalia's al-Shabab claimed the bombing in Mogadishu on Sunday.",
     [("*", P, "Somalia")]),
    ("state-in-a-bloc",
     "Kenya, part of the East African Community, sent troops.",
     [("Kenya", P, "*")]),
    ("part-of-coalition-fighting",
     "The Ogaden Eagles, part of a coalition fighting the Somali National Front, seized "
     "the well.",
     [("*", P, "Somali National Front")]),
    ("rival-unit-of-owner",
     "The Leopard Battalion, a rival of the Ruvan Patriotic Army's 2nd Division, shelled "
     "the town.",
     [("Leopard Battalion", P, "*")]),
    ("backed-owner-force-long",
     "KHARTOUM, April 2 (Reuters) - The Ogaden Eagles, a force backed by the Somali "
     "National Front, seized the well at Dolo on Saturday, residents said.",
     [("Ogaden Eagles", P, "*")]),
]

BACKED: list[tuple[str, str, list[Triple]]] = [
    ("backed-by-reads-backs",
     "The Ogaden Eagles, a force backed by the Somali National Front, seized the well.",
     [("Somali National Front", B, "Ogaden Eagles")]),
]


# Cases not read yet, and why.
NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"),
                         cases(APPOSITIONS + OWNERS + FRONTS + BACKED, NOT_YET))
def test_units_are_read_as_parts(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(NOT, NOT_YET))
def test_units_must_nots(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
