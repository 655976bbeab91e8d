"""Forces told by their nationality or by their owner as the doers of an act: "Cambodian
forces fired rockets at X", "Egyptian soldiers killed nine militants of Y", "Malian
soldiers and Russian paramilitaries attacked Z", "Haftar's forces captured W", "the
Africa Corps, controlled by Russia's defence ministry".

A demonym on a service noun (forces, troops, soldiers, police, warplanes, drones) names
the state's forces; two such sides joined by "and" act together; "X's forces" are X's
(the one armed group the article says X leads, when it names one); a unit "controlled
by" a ministry is part of it; "the Y who fight beside them" are allied with the side
they are joined to.

Every row is a sentence written for this table, with invented groups, towns and people
in several regions, once short and once inside a long wire sentence. The must-nots hold
a demonym on people who bear no arms ("Malian refugees", "Thai villagers"), former
soldiers, forces loyal to nobody named, a people that is no state ("Fulani herders"),
a denied or hypothetical act and the other direction.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases
from .test_extract_violence import killed, never, targets


def controls(holder: str, place: str) -> Triple:
    return (holder, "CONTROLS", place)


READ: list[tuple[str, str, list[Triple]]] = [
    # "<demonym> forces fired at / on ..."
    (
        "y6-fired-rockets-at-positions",
        "Cambodian forces fired rockets at Thai positions.",
        [targets("Cambodian forces", "Thailand")],
    ),
    (
        "y6-fired-rockets-at-our-positions-long",
        "Cambodian forces fired rockets at our positions near the Prasat Kanh temple early "
        "on Thursday, wounding two soldiers, a spokesman for the Thai army said.",
        [targets("Cambodian forces", "Thai forces")],
    ),
    (
        "y6-fired-on-positions",
        "Indian troops fired on Pakistani positions along the frontier.",
        [targets("Indian forces", "Pakistan")],
    ),
    (
        "y6-opened-fire-on-positions-long",
        "SRINAGAR, India — Indian troops opened fire on Pakistani positions near the town "
        "of Uri late on Sunday after shells landed in a border village, an army officer "
        "said on condition of anonymity.",
        [targets("Indian forces", "Pakistan")],
    ),
    (
        "y6-fired-on-troops",
        "Eritrean soldiers fired on Ethiopian troops near Zalambessa.",
        [targets("Eritrean forces", "Ethiopian forces")],
    ),
    # attacks and strikes by demonym forces, warplanes, drones
    (
        "y6-warplanes-bombed-group",
        "Turkish warplanes bombed a Kurdistan Workers' Party convoy.",
        [targets("Turkish forces", "Kurdistan Workers' Party")],
    ),
    (
        "y6-warplanes-struck-positions-of-long",
        "Turkish warplanes struck positions of the Kurdistan Workers' Party (PKK) in the "
        "mountains of northern Iraq late on Wednesday, the defence ministry in Ankara said "
        "in a statement.",
        [targets("Turkish forces", "Kurdistan Workers' Party")],
    ),
    (
        "y6-drones-struck-group",
        "Ethiopian drones struck a convoy of the Wolkait Liberation Front near Dansha.",
        [targets("Ethiopian forces", "Wolkait Liberation Front")],
    ),
    (
        "y6-troops-attacked-group-long",
        "Chadian troops attacked camps of the Kanem Freedom Movement on islands of Lake "
        "Chad on Tuesday, killing dozens of fighters, the army's chief of staff, General "
        "Abakar Moussa, told reporters in N'Djamena.",
        [targets("Chadian forces", "Kanem Freedom Movement")],
    ),
    (
        "y6-police-shot-dead-members",
        "Kenyan police shot dead three members of the Kisii Boys gang in Nairobi.",
        [killed("Kenyan police", "Kisii Boys")],
    ),
    # killings: which group the dead belonged to
    (
        "y6-killed-militants-of",
        "Egyptian forces killed nine militants of the Sinai Liberation Front.",
        [killed("Egyptian forces", "Sinai Liberation Front")],
    ),
    (
        "y6-killed-militants-of-long",
        "Egyptian soldiers killed nine militants of the Sinai Liberation Front in a raid "
        "near Sheikh Zuweid on Sunday, the military spokesman, Colonel Tamer Hosny, said in "
        "a statement posted online.",
        [killed("Egyptian forces", "Sinai Liberation Front")],
    ),
    (
        "y6-killed-militants-belonging-to",
        "Egyptian forces killed nine militants belonging to the Sinai Liberation Front.",
        [killed("Egyptian forces", "Sinai Liberation Front")],
    ),
    (
        "y6-killed-fighters-belonging-to-long",
        "Pakistani security forces killed four fighters belonging to the Khyber Jihad Front "
        "during a raid in the Bajaur district on Tuesday, the military's media wing said.",
        [killed("Pakistani forces", "Khyber Jihad Front")],
    ),
    (
        "y6-killed-commander-of",
        "Colombian soldiers killed a commander of the Catatumbo Popular Front near the town "
        "of Tibu.",
        [killed("Colombian forces", "Catatumbo Popular Front")],
    ),
    # exchanges of fire
    (
        "y6-exchanged-fire-with-members-of-gang",
        "Dominican soldiers exchanged fire with members of the Gran Vale gang.",
        [targets("Dominican forces", "Gran Vale"), targets("Gran Vale", "Dominican forces")],
    ),
    (
        "y6-exchanged-fire-with-gang-long",
        "Dominican soldiers exchanged fire with members of the Gran Vale gang near the "
        "border town of Dajabon on Tuesday, the army said, a day after the gang burned "
        "a customs post.",
        [targets("Dominican forces", "Gran Vale")],
    ),
    (
        "y6-exchanged-fire-two-states-long",
        "Thai soldiers exchanged fire with Cambodian troops near a disputed temple on "
        "Thursday morning, both sides said, each accusing the other of shooting first.",
        [targets("Thai forces", "Cambodian forces"), targets("Cambodian forces", "Thai forces")],
    ),
    # capture
    (
        "y6-troops-captured-town",
        "Sudanese troops captured the town of Sinja.",
        [controls("Sudanese forces", "Sinja")],
    ),
    (
        "y6-troops-captured-town-from-long",
        "Somali troops captured the town of Bulo Burde from the Hiran Islamic Front on "
        "Sunday after a week of fighting, a regional official said by telephone.",
        [controls("Somali forces", "Bulo Burde")],
    ),
    # coordinated doers
    (
        "y6-two-forces-attacked-camp",
        "Malian soldiers and Russian fighters attacked a camp of the Macina Liberation Front.",
        [targets("Malian forces", "Macina Liberation Front"),
         targets("Russian militants", "Macina Liberation Front"),
         ("Malian forces", "COOPERATES_WITH", "Russian militants")],
    ),
    (
        "y6-two-forces-attacked-camp-long",
        "BAMAKO (Reuters) - Malian soldiers and Russian fighters attacked a camp of the "
        "Macina Liberation Front near the town of Nampala on Thursday, killing at least 20 "
        "people, according to local officials and a rights group.",
        [targets("Malian forces", "Macina Liberation Front"),
         targets("Russian militants", "Macina Liberation Front")],
    ),
    (
        "y6-army-and-mercenaries-of-killed",
        "The Malian army and Russian mercenaries of the Africa Corps killed dozens of "
        "fighters of the Macina Liberation Front near Diafarabe, the army said.",
        [killed("Malian forces", "Macina Liberation Front"),
         killed("Africa Corps", "Macina Liberation Front")],
    ),
    (
        "y6-two-states-forces-captured",
        "Ethiopian troops and Eritrean forces captured the town of Shire on Monday, a "
        "diplomat said.",
        [controls("Ethiopian forces", "Shire"), controls("Eritrean forces", "Shire"),
         ("Ethiopian forces", "COOPERATES_WITH", "Eritrean forces")],
    ),
    (
        "y6-two-states-forces-attacked-long",
        "Nigerien forces and Malian troops attacked a camp of the Azawad Salvation Brigade "
        "near Menaka on Wednesday, the two armies said in a joint statement read on state "
        "television.",
        [targets("Nigerien forces", "Azawad Salvation Brigade"),
         targets("Malian forces", "Azawad Salvation Brigade")],
    ),
    # fighting beside: allies
    (
        "y6-who-fight-beside-them",
        "The Malian Armed Forces and the Russian paramilitaries who fight beside them "
        "attacked the village.",
        [("Russian militias", "ALLIED_WITH", "Malian Armed Forces")],
    ),
    (
        "y6-who-fight-beside-it-long",
        "The Malian army, and the Russian paramilitaries who fight beside it, attacked the "
        "village of Moura in March, killing hundreds of men, according to a report by a "
        "rights group.",
        [("Russian militias", "ALLIED_WITH", "Malian forces"),
         targets("Malian forces", "Moura")],
    ),
    (
        "y6-fought-alongside",
        "Burundian troops fought alongside Congolese soldiers near Kamanyola.",
        [("Burundian forces", "ALLIED_WITH", "Democratic Republic of the Congo forces")],
    ),
    (
        "y6-fighting-alongside-long",
        "The Malian Armed Forces (FAMa), fighting alongside Russian paramilitaries of the "
        "Africa Corps, recaptured the town of Kidal in November, the junta said on state "
        "television.",
        [("Malian Armed Forces", "ALLIED_WITH", "Africa Corps"),
         controls("Malian Armed Forces", "Kidal")],
    ),
    # an owner's forces
    (
        "y6-owners-forces-captured",
        "Haftar's forces captured the town of Gharyan.",
        [controls("Khalifa Haftar", "Gharyan")],
    ),
    (
        "y6-owners-forces-captured-long",
        "Khalifa Haftar's forces captured the coastal city of Sirte on Monday after "
        "fighters of the Government of National Accord withdrew, a spokesman for the "
        "eastern camp said.",
        [controls("Khalifa Haftar", "Sirte")],
    ),
    (
        "y6-owners-forces-his-army-named",
        "The Libyan National Army, led by Khalifa Haftar, is based in Benghazi. Haftar's "
        "forces captured Sirte on Monday.",
        [controls("Libyan National Army", "Sirte")],
    ),
    (
        "y6-owners-troops-his-army-named-long",
        "Khalifa Haftar commands the Libyan National Army. On Monday, Haftar's troops "
        "shelled the Mitiga airport in Tripoli, closing it for hours, the government in "
        "the capital said.",
        [targets("Libyan National Army", "Mitiga airport")],
    ),
    (
        "y6-forces-of-person-captured",
        "Forces of eastern commander Khalifa Haftar captured the town of Gharyan on Monday.",
        [controls("Khalifa Haftar", "Gharyan")],
    ),
    (
        "y6-attacked-owners-forces-long",
        "Fighters of the Zawiya Brigade attacked Haftar's forces near Gharyan on Friday, a "
        "spokesman for the brigade said, after two days of shelling on the town.",
        [targets("Zawiya Brigade", "Khalifa Haftar")],
    ),
    (
        "y6-owners-forces-passive",
        "Haftar's forces were attacked by the Zawiya Brigade near Gharyan.",
        [targets("Zawiya Brigade", "Khalifa Haftar")],
    ),
    (
        "y6-owners-men-his-force-named",
        "Idris Bashar leads the Darfur Shield Force. On Saturday, Bashar's men stormed the "
        "town of Um Kadada, according to local activists.",
        [targets("Darfur Shield Force", "Um Kadada")],
    ),
    (
        "y6-owners-soldiers-attacked-group",
        "General Joseph Okello, a rebel commander, has defied the government for years. "
        "Okello's soldiers attacked the Acholi Defence Front near Kitgum on Saturday.",
        [targets("Joseph Okello", "Acholi Defence Front")],
    ),
    (
        "y6-groups-fighters-attacked",
        "The Kivu Patriotic Front's fighters attacked a Congolese army base in Walikale on "
        "Tuesday, residents said.",
        [targets("Kivu Patriotic Front", "Democratic Republic of the Congo")],
    ),
    (
        "y6-juntas-troops-state",
        "The Myanmar junta's troops torched the village of Thayetkone, residents said.",
        [targets("Myanmarese forces", "Thayetkone")],
    ),
    (
        "y6-states-troops-and-states-mercenaries",
        "Mali's troops and Russia's mercenaries attacked the village of Moura.",
        [targets("Malian forces", "Moura"), targets("Russian militants", "Moura")],
    ),
    (
        "y6-junta-said-its-troops-killed-long",
        "Niger's ruling junta said on Tuesday that its troops had killed 30 fighters of the "
        "Azawad Salvation Brigade near the border with Mali.",
        [killed("Nigerien forces", "Azawad Salvation Brigade")],
    ),
    (
        "y6-two-forces-attacked-camps-of",
        "Ugandan soldiers and Congolese troops attacked camps of the Semliki Islamic Army "
        "in Beni territory.",
        [targets("Ugandan forces", "Semliki Islamic Army"),
         targets("Democratic Republic of the Congo forces", "Semliki Islamic Army")],
    ),
    (
        "y6-jets-bombed-military-positions-long",
        "Thai F-16 jets bombed Cambodian military positions near the border on Thursday, "
        "the Thai army said, a day after a landmine wounded five of its soldiers.",
        [targets("Thai forces", "Cambodia")],
    ),
    (
        "y6-drones-killed-commander-of",
        "Israeli drones killed a commander of the Galilee Brigades in Tyre.",
        [killed("Israeli forces", "Galilee Brigades")],
    ),
    # a unit controlled by a ministry
    (
        "y6-controlled-by-ministry",
        "The Zarqa Legion, controlled by the Ministry of Defence of Veloria, arrived in "
        "Tessit on Friday.",
        [("Zarqa Legion", "PART_OF", "Ministry of Defence of Veloria")],
    ),
    (
        "y6-controlled-by-states-ministry",
        "The Africa Corps, controlled by Russia's defence ministry, replaced the Wagner "
        "Group in Mali.",
        [("Africa Corps", "PART_OF", "defence ministry")],
    ),
    (
        "y6-which-is-controlled-by-long",
        "The Africa Corps, which is controlled by Russia's Ministry of Defence, replaced "
        "the Wagner Group in Mali last year and now guards the junta's leaders in Bamako, "
        "according to Western diplomats.",
        [("Africa Corps", "PART_OF", "Russian Ministry of Defence")],
    ),
    (
        "y6-is-run-by-ministry",
        "The Tanoura Brigade is run by the Interior Ministry of Vanadia, diplomats say.",
        [("Tanoura Brigade", "PART_OF", "Interior Ministry of Vanadia")],
    ),
]

MUST_NOT = [
    # people who bear no arms
    never(
        "y6-not-refugees-attacked",
        "Malian refugees attacked the Azawad Liberation Front near Fassala.",
        targets("Mali", "*"), targets("Malian forces", "*"),
    ),
    never(
        "y6-not-workers-attacked",
        "Egyptian workers attacked the Sinai Liberation Front after the kidnapping.",
        targets("Egypt", "*"), targets("Egyptian forces", "*"),
    ),
    never(
        "y6-not-villagers-attacked-long",
        "Thai villagers attacked Cambodian soldiers with sticks near a disputed temple on "
        "Friday, a provincial governor said.",
        targets("Thailand", "*"), targets("Thai forces", "*"),
    ),
    never(
        "y6-not-civilians-killed-by",
        "Cambodian civilians were killed by Thai artillery, Phnom Penh said.",
        killed("Cambodia", "*"), targets("Cambodia", "*"),
    ),
    never(
        "y6-not-civilians-doers",
        "Cambodian civilians fled the shelling near the border.",
        targets("*", "*"),
    ),
    never(
        "y6-not-workers-killed-a-state",
        "The Sinai Liberation Front killed nine Egyptian workers near Arish.",
        killed("*", "Egypt"),
    ),
    # those who left the force
    never(
        "y6-not-former-soldiers",
        "Former Malian soldiers attacked the Azawad Liberation Front near Kidal.",
        targets("Mali", "*"), targets("Malian forces", "*"),
    ),
    never(
        "y6-not-owners-former-soldiers",
        "Haftar's former soldiers attacked the Libyan National Army in Derna.",
        targets("Khalifa Haftar", "*"),
    ),
    # loyal to nobody named
    never(
        "y6-not-loyal-to-unnamed",
        "Forces loyal to the ousted president captured the town of Gao.",
        controls("*", "Gao"),
    ),
    never(
        "y6-not-unidentified-forces",
        "Unidentified forces captured the town of Gao overnight, residents said.",
        controls("*", "Gao"),
    ),
    # a people that is no state
    never(
        "y6-not-herders-a-state",
        "Fulani herders attacked the Dozo militia near Bankass.",
        targets("Mali", "*"), targets("Malian forces", "*"),
    ),
    never(
        "y6-not-ethnic-fighters-a-state",
        "Tuareg fighters captured the town of Kidal.",
        controls("Mali", "*"), controls("Malian forces", "*"),
    ),
    # an indefinite gang named by a people is no state
    never(
        "y6-not-haitian-gang-a-state",
        "Dominican soldiers exchanged fire with members of a Haitian gang.",
        targets("*", "Haiti"),
    ),
    # denied, hypothetical
    never(
        "y6-not-did-not-fire",
        "Cambodian forces did not fire on Thai positions, the ministry said.",
        targets("*", "*"),
    ),
    never(
        "y6-not-could-fire",
        "Cambodian forces could fire on Thai positions, the ministry warned.",
        targets("*", "*"),
    ),
    never(
        "y6-not-denied-firing",
        "Thai forces denied firing on Cambodian troops near the temple.",
        targets("*", "*"),
    ),
    never(
        "y6-not-not-controlled-by",
        "The Africa Corps is not controlled by Russia's defence ministry, the Kremlin said.",
        ("Africa Corps", "PART_OF", "*"),
    ),
    never(
        "y6-not-future-attack",
        "Sudanese troops will attack the town of Sinja, a commander vowed.",
        targets("*", "*"),
    ),
    never(
        "y6-not-owners-conditional-capture",
        "If Haftar's forces capture Sirte, the talks will collapse.",
        controls("*", "*"),
    ),
    never(
        "y6-not-owners-failed-capture",
        "Haftar's forces failed to capture Sirte.",
        controls("*", "*"),
    ),
    never(
        "y6-not-arrest-a-killing",
        "Colombian police arrested a commander of the Catatumbo Popular Front.",
        killed("*", "*"), targets("*", "*"),
    ),
    never(
        "y6-not-students-protest",
        "Nigerian students protested against the Zamfara Shield gang in Gusau.",
        targets("*", "*"), ("Nigeria", "*", "*"),
    ),
    # the other direction
    never(
        "y6-not-attacked-by-reversed",
        "Sudanese troops were attacked by the Rapid Support Forces near Sinja.",
        targets("Sudanese forces", "*"),
    ),
    never(
        "y6-not-owners-forces-were-attacked",
        "Haftar's forces were attacked by the Zawiya Brigade near Gharyan.",
        targets("Khalifa Haftar", "*"),
    ),
    # a place controlled by a side is no unit of it; a person runs, he owns no unit
    never(
        "y6-not-town-controlled-by-part",
        "The town of Menaka, controlled by the Azawad Salvation Brigade, was shelled.",
        ("*", "PART_OF", "*"),
    ),
    never(
        "y6-not-run-by-person-part",
        "The Zarqa Legion, run by Colonel Idris Maalouf, arrived in Tessit.",
        ("*", "PART_OF", "*"),
    ),
    never(
        "y6-not-attacked-by-ministry-part",
        "The Zarqa Legion, attacked by the Ministry of Defence of Veloria, left Tessit.",
        ("*", "PART_OF", "*"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), cases(READ))
def test_national_forces_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), MUST_NOT)
def test_national_forces_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
