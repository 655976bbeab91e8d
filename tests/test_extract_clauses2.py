"""Relations told in relative clauses whose antecedent is the object ("X, whom Y blamed
for the killings": Y CRITICIZES X), the chain of command told with verbs of reporting
and rank ("which answers to Y", "falls under Y", "under the command of Y": PART_OF),
bodies folded into another (PART_OF; a person MEMBER_OF), and refusals to recognise an
authority (OPPOSES). Each phrasing is written short and inside a long wire sentence,
with must-not variants: a denial, an aim, a look-alike verb, no actor named.

Every sentence is invented: people, groups and towns are made up, in several regions.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # ---- "whom Y blamed / accused / condemned / sanctioned / targeted / met"
    ("c2-whom-blamed", "Governor Ali Marwan, whom the Karoa Council blamed for the killings, "
     "resigned in May.",
     [("Karoa Council", "CRITICIZES", "Ali Marwan")]),
    ("c2-whom-blamed-long", "Governor Ali Marwan of the northern province of Tessit, whom the "
     "Karoa Council blamed on Tuesday for the killings of 14 herders near the town of Anefis, "
     "resigned in May, according to officials in the capital.",
     [("Karoa Council", "CRITICIZES", "Ali Marwan")]),
    ("c2-whom-accused", "The Lumbe Liberation Army freed Colonel Pascal Ngoie, whom Amnesty "
     "International accused of torture.",
     [("Amnesty International", "CRITICIZES", "Pascal Ngoie")]),
    ("c2-whom-accused-long", "The Lumbe Liberation Army (LLA), an alliance of armed factions in "
     "the east, freed Colonel Pascal Ngoie, whom Amnesty International accused last year of "
     "torturing detainees in the lakeside town of Kavira, residents said on Sunday.",
     [("Amnesty International", "CRITICIZES", "Pascal Ngoie")]),
    ("c2-whom-accuses-of-seizing", "The Wadi Hamra Front attacked the home of President Selim "
     "Daoud, whom it accuses of trying to seize power.",
     [("Wadi Hamra Front", "CRITICIZES", "Selim Daoud")]),
    ("c2-whom-condemned", "Omar Sadiq, whom the Arab League condemned, fled to Beirut.",
     [("Arab League", "CRITICIZES", "Omar Sadiq")]),
    ("c2-whom-sanctioned-long", "Militia leader Omar Sadiq, whom the United States sanctioned in "
     "2021 for attacks on aid convoys in the Bekaa valley, fled to Beirut on Monday, "
     "according to two security sources.",
     [("United States", "SANCTIONS", "Omar Sadiq")]),
    ("c2-whom-targeted", "Mayor Luis Arbelo, whom the Gulf Clan targeted in a bombing last year, "
     "left office.",
     [("Gulf Clan", "TARGETS", "Luis Arbelo")]),
    ("c2-whom-met", "Governor Ali Marwan, whom Omar Hadi met on Sunday, resigned in May.",
     [("Omar Hadi", "MEETS_WITH", "Ali Marwan")]),
    ("c2-whom-met-long", "Governor Ali Marwan, whom the Karoa Council chairman Omar Hadi met "
     "on Sunday in the desert town of Ber to discuss the release of hostages, resigned in May, "
     "officials said.",
     [("Omar Hadi", "MEETS_WITH", "Ali Marwan")]),
    ("c2-whom-met-by-chance", "Governor Ali Marwan, whom Omar Hadi met by chance at the "
     "airport, resigned in May.",
     [("Omar Hadi", "MEETS_WITH", "Ali Marwan")]),
    ("c2-whom-had-accused", "The Tamu rebels freed Major Sai Lwin, whom the Shan Council had "
     "accused of abuses.",
     [("Shan Council", "CRITICIZES", "Sai Lwin")]),
    ("c2-whom-blamed-place-phrase-long", "Commander Ramon Ortiz, whom Colombian police blamed "
     "for the bombing in the southwestern city of Jamundi, was arrested on Friday, the defence "
     "ministry said.",
     [("Colombian police", "CRITICIZES", "Ramon Ortiz")]),
    ("c2-whom-refuses-to-recognise", "President Selim Daoud, whom the Wadi Hamra Front refuses "
     "to recognise, flew to Cairo.",
     [("Wadi Hamra Front", "OPPOSES", "Selim Daoud")]),
    ("c2-whom-blamed-appos-long", "Troops killed Abu Salma, a commander whom the Iraqi "
     "government blamed for a string of bombings in the western province of Anbar, the Joint "
     "Operations Command said.",
     [("Iraq", "CRITICIZES", "Abu Salma")]),
    ("c2-whom-accused-group-long", "The Mahdi Brigades, whom the Iraqi parliament accused of "
     "shelling the airport, denied the charge on Thursday.",
     [("Iraqi parliament", "CRITICIZES", "Mahdi Brigades")]),
    ("c2-which-condemned-claimed", "Five people died in a shooting claimed by the Volta "
     "Front, which the Interior Ministry condemned.",
     [("Interior Ministry", "CRITICIZES", "Volta Front")]),
    # ---- the chain of command: "answers to", "reports to", "falls under", "under the
    # command of" (PART_OF)
    ("c2-which-answers-to", "The Border Guard, which answers to the Interior Ministry, "
     "patrolled the coast.",
     [("Border Guard", "PART_OF", "Interior Ministry")]),
    ("c2-which-answers-to-long", "The Lakeshore Guard (LG), which answers to the Ministry of the "
     "Interior, patrolled the islands off the southern port of Kalemba on Tuesday, killing at "
     "least three smugglers, according to residents.",
     [("Lakeshore Guard", "PART_OF", "Ministry of the Interior")]),
    ("c2-answers-to", "The Lakeshore Guard answers to the Ministry of the Interior.",
     [("Lakeshore Guard", "PART_OF", "Ministry of the Interior")]),
    ("c2-answers-to-rather-than-long", "The Punjab Frontier Corps, which answers to the "
     "Interior Ministry rather than the army, took over checkpoints in the northwestern "
     "district of Kurram on Saturday after clashes killed at least 30 people.",
     [("Punjab Frontier Corps", "PART_OF", "Interior Ministry")]),
    ("c2-force-that-reports-to", "The Rapid Unit, a paramilitary force that reports to the "
     "Ministry of Defence, patrolled the coast.",
     [("Rapid Unit", "PART_OF", "Ministry of Defence")]),
    ("c2-which-reports-to", "The Border Guard, which reports to the Interior Ministry, "
     "patrolled the coast.",
     [("Border Guard", "PART_OF", "Interior Ministry")]),
    ("c2-which-reports-to-long", "The Kelti Coast Guard, which reports directly to the "
     "Ministry of Defence and was set up in 2017, clashed with smugglers near the northern "
     "town of Tazrouk on Monday, killing at least 12 people.",
     [("Kelti Coast Guard", "PART_OF", "Ministry of Defence")]),
    ("c2-falls-under", "The Ridgeback Battalion falls under the Western Command of the Zanian "
     "army.",
     [("Ridgeback Battalion", "PART_OF", "Western Command")]),
    ("c2-which-falls-under-long", "The 14th Brigade, which falls under the army's 3rd Division "
     "and has fought the Tamu rebels in the hills for a decade, shelled the village of Nanlong "
     "on Sunday, according to residents.",
     [("14th Brigade", "PART_OF", "3rd Division")]),
    ("c2-which-come-under", "The Dir Scouts, which come under the Interior Ministry, clashed "
     "with Taliban fighters near the Afghan border on Sunday.",
     [("Dir Scouts", "PART_OF", "Interior Ministry")]),
    ("c2-under-command-of", "The Ridgeback Battalion operates under the command of the Zanian "
     "Defence Force.",
     [("Ridgeback Battalion", "PART_OF", "Zanian Defence Force")]),
    ("c2-which-is-under-command-of-long", "The Kora Battalion, which is under the command of "
     "the Malian army, patrolled the road to the central town of Dioura on Tuesday, two days "
     "after an ambush killed nine soldiers, according to local officials.",
     [("Kora Battalion", "PART_OF", "Malian forces")]),
    ("c2-under-owners-command", "The Kora Battalion is under the Malian army's command.",
     [("Kora Battalion", "PART_OF", "Malian forces")]),
    # ---- folded, integrated, merged into (PART_OF; a person MEMBER_OF)
    ("c2-folded-into", "The Sahel Guard had been folded into the Ministry of Defence in 2019.",
     [("Sahel Guard", "PART_OF", "Ministry of Defence")]),
    ("c2-which-was-folded-into-long", "The Sahel Guard, a camel-mounted force which was folded "
     "into the Ministry of Defence in 2019, clashed with gunmen near the border town of "
     "Tillia on Friday, killing at least five, the army said.",
     [("Sahel Guard", "PART_OF", "Ministry of Defence")]),
    ("c2-integrated-into", "The Kivu Front was integrated into the Congolese army in 2020.",
     [("Kivu Front", "PART_OF", "Democratic Republic of the Congo forces")]),
    ("c2-fighters-integrated-into", "The fighters of the Kivu Front were integrated into the "
     "Congolese army in 2020.",
     [("Kivu Front", "PART_OF", "Democratic Republic of the Congo forces")]),
    ("c2-merged-into", "The Kivu Front merged into the Lake Alliance in 2020.",
     [("Kivu Front", "PART_OF", "Lake Alliance")]),
    ("c2-merged-x-into", "The government merged the Sahel Guard into the Ministry of Defence "
     "in 2019.",
     [("Sahel Guard", "PART_OF", "Ministry of Defence")]),
    ("c2-folded-participle", "The Sahel Guard, folded into the Ministry of Defence in 2019, "
     "patrolled the border.",
     [("Sahel Guard", "PART_OF", "Ministry of Defence")]),
    ("c2-whose-fighters-integrated-long", "The Kivu Front, whose fighters were integrated "
     "into the Congolese army in 2020 under a peace deal brokered in Nairobi, clashed with "
     "the Mai-Mai Kifuafua near the town of Walikale on Tuesday, residents said.",
     [("Kivu Front", "PART_OF", "Democratic Republic of the Congo forces")]),
    ("c2-militia-that-was-absorbed", "The Kasai Rangers, a militia that was absorbed into the "
     "Lomami Union in 2018, raided a mine.",
     [("Kasai Rangers", "PART_OF", "Lomami Union")]),
    ("c2-the-rebels-of-integrated-long", "The rebels of the Lanao Front were integrated into "
     "the Philippine army in 2023 under a deal signed in Kuala Lumpur, officials in the "
     "southern city of Cotabato said.",
     [("Lanao Front", "PART_OF", "Philippine forces")]),
    ("c2-person-integrated-into", "Colonel Idris Kallo was integrated into the Congolese army "
     "in 2020.",
     [("Idris Kallo", "MEMBER_OF", "Democratic Republic of the Congo forces")]),
    # ---- refusing to recognise an authority (OPPOSES)
    ("c2-refused-to-recognise", "The Wadi Hamra Front has refused to recognise President Selim "
     "Daoud since the vote.",
     [("Wadi Hamra Front", "OPPOSES", "Selim Daoud")]),
    ("c2-refused-to-recognise-authority-of", "The Wadi Hamra Front has refused to recognise the "
     "authority of President Selim Daoud.",
     [("Wadi Hamra Front", "OPPOSES", "Selim Daoud")]),
    ("c2-refused-to-recognise-authority-long", "The Wadi Hamra Front (WHF), an alliance of armed "
     "factions in the eastern desert, has refused to recognise the authority of President "
     "Selim Daoud since the disputed vote in March, a spokesman said on Tuesday.",
     [("Wadi Hamra Front", "OPPOSES", "Selim Daoud")]),
    ("c2-refuses-to-accept-owners-authority", "The Wadi Hamra Front refuses to accept the "
     "Transitional Council's authority.",
     [("Wadi Hamra Front", "OPPOSES", "Transitional Council")]),
    ("c2-rejects-legitimacy", "The Wadi Hamra Front rejects the legitimacy of the Transitional "
     "Council.",
     [("Wadi Hamra Front", "OPPOSES", "Transitional Council")]),
    ("c2-declined-to-recognise-long", "The Bago Revolutionary Council, which controls much of "
     "the countryside east of the town of Kyauktaga, declined on Friday to recognise the "
     "legitimacy of the State Administration Council, according to a statement.",
     [("Bago Revolutionary Council", "OPPOSES", "State Administration Council")]),
    # (a force named with a unit word is a body, whatever the model typed)
    ("c2-under-umbrella-person-typed", "The Kasai Scouts, which operate under the umbrella of "
     "the Lomami Union, raided a mine.",
     [("Kasai Scouts", "PART_OF", "Lomami Union")]),
]

# Phrasings not read yet, kept as expected failures.
NOT_YET: list[tuple[str, str, list[Triple], str]] = [
    ("c2-said-would-never-recognise", "The Wadi Hamra Front said it would never recognise "
     "President Selim Daoud.",
     [("Wadi Hamra Front", "OPPOSES", "Selim Daoud")],
     "a refusal told as a negated 'would recognise' reads as a denial, not as a stance"),
    ("c2-does-not-recognise-authority", "The Wadi Hamra Front does not recognise the authority "
     "of President Selim Daoud.",
     [("Wadi Hamra Front", "OPPOSES", "Selim Daoud")],
     "'does not recognise' is negation of a verb with no relation of its own; a negated "
     "recognition is not read as opposition yet"),
    ("c2-whom-after-alias-long", "Police in the southern state of Guerrero arrested Mario "
     "Ibarra, alias \"El Tuerto\", whom the Mexican army has accused of running a kidnapping "
     "ring for the Sierra Cartel, a prosecutor said on Wednesday.",
     [("Mexican forces", "CRITICIZES", "Mario Ibarra")],
     "the parser hangs the clause on 'alias', not on the name"),
    ("c2-merged-into-owners-command", "The Sentinel Battalion, which was merged into the "
     "Ministry of Defence's special forces command in 2021, raided a camp near Jolo.",
     [("Sentinel Battalion", "PART_OF", "Ministry of Defence")],
     "a command named by common nouns is no actor, and its owner is not read through it "
     "('folded into the budget of Y' must stay unread)"),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # a denial is no stance
    ("c2-which-denied", "Five people died in a shooting claimed by the Volta Front, which the "
     "Interior Ministry denied.",
     [("Interior Ministry", "*", "Volta Front")]),
    # a meeting only hoped for
    ("c2-whom-hopes-to-meet", "Governor Ali Marwan, whom Omar Hadi hopes to meet on Sunday, "
     "resigned in May.",
     [("Omar Hadi", "MEETS_WITH", "Ali Marwan")]),
    ("c2-whom-hopes-to-meet-long", "Governor Ali Marwan, whom the Karoa Council chairman Omar "
     "Hadi hopes to meet in the desert town of Ber next week, resigned in May, officials said.",
     [("Omar Hadi", "MEETS_WITH", "Ali Marwan")]),
    # the antecedent is the subject, not the object
    ("c2-who-blamed-direction", "Governor Ali Marwan, who blamed the Karoa Council for the "
     "killings, resigned in May.",
     [("Karoa Council", "CRITICIZES", "Ali Marwan")]),
    ("c2-whom-never-met", "Governor Ali Marwan, whom Omar Hadi never met, resigned in May.",
     [("Omar Hadi", "MEETS_WITH", "Ali Marwan")]),
    ("c2-reported-to-parliament-that", "The Interior Ministry reported to parliament that the "
     "Border Guard had lost 12 men.",
     [("Interior Ministry", "PART_OF", "*"), ("Border Guard", "PART_OF", "*")]),
    ("c2-reported-attack-to", "The Border Guard reported the attack to the Interior Ministry on "
     "Monday.",
     [("Border Guard", "PART_OF", "*")]),
    ("c2-whose-men-folded-person", "Colonel Idris Kallo, whose men were folded into the "
     "Congolese army, was killed in an ambush.",
     [("Idris Kallo", "MEMBER_OF", "*")]),
    # look-alike verbs of reporting
    ("c2-reports-to-the-press", "Omar Hadi of the Karoa Council reports to the press on "
     "Sundays.",
     [("*", "PART_OF", "*")]),
    ("c2-answered-to-criticism", "The Border Guard answered to criticism from the Interior "
     "Ministry.",
     [("Border Guard", "PART_OF", "Interior Ministry")]),
    ("c2-answered-criticism-long", "The Lakeshore Guard, which answered the Ministry of the "
     "Interior's critics on Tuesday, patrolled the islands off the port of Kalemba.",
     [("Lakeshore Guard", "PART_OF", "Ministry of the Interior")]),
    ("c2-came-under-fire-from", "The Ridgeback Battalion came under fire from the Western "
     "Command of the Zanian army.",
     [("Ridgeback Battalion", "PART_OF", "*")]),
    ("c2-under-command-of-person", "The Kora Battalion is under the command of Colonel Amadou "
     "Sissoko.",
     [("Kora Battalion", "PART_OF", "*")]),
    ("c2-without-consent", "The Ridgeback Battalion operates without the consent of the Zanian "
     "Defence Force.",
     [("Ridgeback Battalion", "PART_OF", "*")]),
    # folded into a thing, a merger proposed or still to come
    ("c2-folded-into-budget", "The project was folded into the budget of the Interior "
     "Ministry.",
     [("*", "PART_OF", "Interior Ministry")]),
    ("c2-proposed-to-be-merged", "The Kivu Front was proposed to be merged into the Lake "
     "Alliance.",
     [("Kivu Front", "PART_OF", "Lake Alliance")]),
    ("c2-refused-to-be-integrated", "The Kivu Front refused to be integrated into the Congolese "
     "army.",
     [("Kivu Front", "PART_OF", "*")]),
    ("c2-will-be-integrated-long", "The Kivu Front (KF), an armed group that has fought in the "
     "hills above the town of Minova since 2021, will be integrated into the Congolese army "
     "next year under the peace deal, officials said on Monday.",
     [("Kivu Front", "PART_OF", "*")]),
    ("c2-some-fighters-integrated", "Hundreds of fighters of the Lanao Front were integrated "
     "into the Philippine army in 2023.",
     [("Lanao Front", "PART_OF", "*")]),
    ("c2-former-rebels-integrated", "Former rebels of the Lanao Front were integrated into the "
     "Philippine army in 2023, officials said.",
     [("Lanao Front", "PART_OF", "*")]),
    # no actor refused: a result, an offer
    ("c2-refused-to-recognise-result", "The Wadi Hamra Front has refused to recognise the "
     "result of the vote won by President Selim Daoud.",
     [("Wadi Hamra Front", "OPPOSES", "*")]),
    ("c2-refused-offer", "The Wadi Hamra Front refuses to accept the Transitional Council's "
     "offer.",
     [("Wadi Hamra Front", "OPPOSES", "*")]),
]



@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_clauses_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected, both_ways=True)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(text, expected, id=case_id,
                 marks=pytest.mark.xfail(strict=True, reason=reason))
    for case_id, text, expected, reason in NOT_YET])
def test_clauses_not_read_yet(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected, both_ways=True)


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_clauses_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden, both_ways=True)
