"""Leaders told in relative clauses, as wire copy hangs them on a body or a person: "the Y,
whose leader X ...", "Y, whose commander, X, was killed", "the movement whose founder and
leader X", "X, whom police describe as the leader of Y", "X, who had led the brigade
since 2021" (the one brigade the article named before), a passive with a long time
between the verb and its doer ("has been led since 2016 by his son, X"), "X, who founded
the Y" (a founder leads: the project reads founders so, see
`test_extract_descriptions.py`), and "the army's Fourth Division commanded by his
brother X".

The parser often hangs such a clause on the wrong word ("whose chief X": "whose" on the
name, the clause on the sentence's verb), so the body is the one "whose" follows and the
person the name after the titles.

Must-nots next to each: "whose leader was killed" with no name, "X, whose brother leads
Y" (the brother, not X), "whom Y accuses of ...", "who led the 2021 coup" (a coup is no
actor), "who had led the brigade" with no brigade named before, a former, late or
deputy holder, a holding taken back ("no longer consider", "wrongly described"), a
town founded, a prospect.

Own sentences, invented people and bodies from several regions, each short and inside a
long wire sentence (a dateline, "on Tuesday", "according to ...")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

L = "LEADS"

FOUND: list[tuple[str, str, list[Triple]]] = [
    # "whose" + title + name: the antecedent of "whose" leads
    ("whose-leader-once-commanded", "The Tana Lions, whose leader Salim Oduya once "
     "commanded an army battalion, attacked the port.", [("Salim Oduya", L, "Tana Lions")]),
    ("whose-leader-once-commanded-long", "MOMBASA, Kenya (Reuters) - The Tana Lions, whose "
     "leader Salim Oduya once commanded an army battalion in Somalia, attacked the port of "
     "Lamu on Friday, killing two guards, police said.", [("Salim Oduya", L, "Tana Lions")]),
    ("whose-commander-set-off-killed", "The Jisr Brigade, whose commander, Omar Haddad, was "
     "killed in 2020, shelled the town.", [("Omar Haddad", L, "Jisr Brigade")]),
    ("whose-commander-set-off-killed-long", "In a statement on Thursday, the Jisr Brigade, "
     "whose commander, Omar Haddad, was killed in an air strike in 2020, said it had "
     "shelled army positions outside Tal Sabr, according to a monitoring group.",
     [("Omar Haddad", L, "Jisr Brigade")]),
    ("whose-founder-and-leader", "The Sahel Brothers Movement, whose founder and leader "
     "Issa Maiga fled to Algeria, seized the ferry.",
     [("Issa Maiga", L, "Sahel Brothers Movement")]),
    ("whose-founder-and-leader-set-off", "The Sahel Brothers Movement, whose founder and "
     "leader, Issa Maiga, fled to Algeria, seized the ferry.",
     [("Issa Maiga", L, "Sahel Brothers Movement")]),
    ("the-movement-whose-founder-and-leader", "The Sahel Brothers Movement, the movement "
     "whose founder and leader Issa Maiga fled to Algeria, seized the ferry.",
     [("Issa Maiga", L, "Sahel Brothers Movement")]),
    ("the-movement-whose-founder-and-leader-long", "Residents of Ansongo said on Sunday "
     "that the Sahel Brothers Movement, the movement whose founder and leader Issa Maiga "
     "fled to Algeria in 2019, had seized the river ferry and two trucks of grain.",
     [("Issa Maiga", L, "Sahel Brothers Movement")]),
    ("a-group-whose-leader-set-off-long", "BAMAKO, Mali (Reuters) - The Sahel Brothers "
     "Movement, a jihadist group whose leader, Issa Maiga, is wanted by France, said on "
     "Sunday it had seized the ferry at Ansongo.",
     [("Issa Maiga", L, "Sahel Brothers Movement")]),
    ("whose-commander-after-fighters-of", "The army said it had killed 20 fighters of the "
     "Mekong Patriotic Front, whose commander Nguyen Van Tho was captured last year.",
     [("Nguyen Van Tho", L, "Mekong Patriotic Front")]),
    ("whose-top-commander-long", "HANOI (AP) - The Mekong Patriotic Front, whose top "
     "commander, Nguyen Van Tho, was captured in Laos last year, denied on Wednesday that it "
     "had shelled the border post, according to a statement.",
     [("Nguyen Van Tho", L, "Mekong Patriotic Front")]),
    ("whose-chief-after-clashed-with", "Troops clashed with the Cauca Peasant Front, whose "
     "chief Camilo Vargas once taught in a village school.",
     [("Camilo Vargas", L, "Cauca Peasant Front")]),
    ("whose-chief-after-clashed-with-long", "BOGOTA (AP) - Soldiers clashed on Sunday with "
     "the Cauca Peasant Front, whose chief Camilo Vargas once taught in a village school "
     "near Popayan, the defence ministry said, adding that three rebels were killed.",
     [("Camilo Vargas", L, "Cauca Peasant Front")]),
    ("whose-chairman-set-off", "The Karen Hills Army, whose chairman, Saw Ler Moo, signed "
     "the 2015 truce, attacked an army post on Monday.",
     [("Saw Ler Moo", L, "Karen Hills Army")]),
    ("whose-emir-particle-name", "The Karen Hills Army, whose emir Abu Talha al-Wardi "
     "appeared in a video, attacked an army post.",
     [("Abu Talha al-Wardi", L, "Karen Hills Army")]),
    ("whose-leader-after-gunmen-from", "Gunmen from the Sahel Brothers Movement, whose "
     "leader Issa Maiga fled to Algeria in 2019, seized the ferry on Tuesday, residents "
     "said.", [("Issa Maiga", L, "Sahel Brothers Movement")]),
    ("whose-leader-after-acronym", "The Karoo Defence Front (KDF), whose leader Amos "
     "Dlamini was jailed in 2019, claimed the attack.",
     [("Amos Dlamini", L, "Karoo Defence Front")]),
    ("whose-leader-set-off-ranked", "The Karoo Defence Front, whose leader, Commander Amos "
     "Dlamini, was jailed in 2019, claimed the attack.",
     [("Amos Dlamini", L, "Karoo Defence Front")]),
    ("whose-new-leader", "The Karoo Defence Front, whose new leader Amos Dlamini took over "
     "in May, claimed the attack.", [("Amos Dlamini", L, "Karoo Defence Front")]),
    ("whose-leader-after-two-bodies-nearest", "The Karoo Defence Front and the Tswana "
     "Guard, whose leader Amos Dlamini fled, claimed the attack.",
     [("Amos Dlamini", L, "Tswana Guard")]),
    # "whom" + a verb of holding: the person the clause hangs on leads
    ("whom-authorities-consider", "Police arrested Julio Paredes, whom the authorities "
     "consider the leader of the Sierra Norte Cartel.",
     [("Julio Paredes", L, "Sierra Norte Cartel")]),
    ("whom-authorities-consider-long", "Police arrested Julio Paredes, whom the "
     "authorities consider the leader of the Sierra Norte Cartel, in Lima on Friday, the "
     "interior ministry said.", [("Julio Paredes", L, "Sierra Norte Cartel")]),
    ("whom-police-describe-unlabelled-name", "Tunde Bakare, whom police describe as the "
     "leader of the Six Boys, was arrested.", [("Tunde Bakare", L, "Six Boys")]),
    ("whom-police-describe-unlabelled-name-long", "LAGOS (Reuters) - Police in Lagos on "
     "Tuesday arrested Tunde Bakare, whom police describe as the leader of the Six Boys, "
     "after a raid on a house in Ikorodu, a police spokesman said.",
     [("Tunde Bakare", L, "Six Boys")]),
    ("whom-they-describe-top-leader-in", "Prosecutors charged Omar Bakri, whom they "
     "describe as the top leader of the Desert Hawks in Niger.",
     [("Omar Bakri", L, "Desert Hawks")]),
    ("whom-prosecutors-describe-top-leader-in-long", "NIAMEY (AFP) - A court in Niamey on "
     "Monday jailed Omar Bakri, whom prosecutors describe as the top leader of the Desert "
     "Hawks in the Tillaberi region, for 20 years.", [("Omar Bakri", L, "Desert Hawks")]),
    ("whom-believe-to-be", "Police arrested Julio Paredes, whom the authorities believe to "
     "be the leader of the Sierra Norte Cartel.",
     [("Julio Paredes", L, "Sierra Norte Cartel")]),
    ("whom-believe-to-be-long", "KABUL (Reuters) - Afghan forces on Wednesday detained "
     "Mirwais Zadran, whom officials believe to be the commander of the Paktia Shura, "
     "near the border town of Khost, a provincial spokesman said.",
     [("Mirwais Zadran", L, "Paktia Shura")]),
    ("whom-identified-as", "Police arrested Julio Paredes, whom the authorities identified "
     "as the leader of the Sierra Norte Cartel.",
     [("Julio Paredes", L, "Sierra Norte Cartel")]),
    # "who had led the brigade": the one body of that kind named before
    ("who-had-led-the-brigade-long", "DAMASCUS (Reuters) - Fighters of the Red Ridge "
     "Brigade stormed the village of Tal Sabr on Sunday, killing four people, a monitoring "
     "group said. Karim Haddad, who had led the brigade since 2021 and was wanted by the "
     "government, was among the dead, it said.", [("Karim Haddad", L, "Red Ridge Brigade")]),
    ("who-has-headed-the-group-since-founding", "The Ituri Guard torched the village. "
     "Innocent Habimana, who has headed the group since its founding, said the attack was "
     "revenge.", [("Innocent Habimana", L, "Ituri Guard")]),
    ("who-has-headed-the-group-since-founding-long", "The Ituri Guard torched the village "
     "on Monday. Innocent Habimana, who has headed the group since its founding in 2017, "
     "told reporters by telephone that the attack was revenge for the killing of his "
     "cousin.", [("Innocent Habimana", L, "Ituri Guard")]),
    ("who-has-led-the-party-since-founding-long", "RIGA (Reuters) - The Baltic Renewal "
     "Party won 12 seats in Sunday's election, official results showed on Monday. Viktor "
     "Lenz, who has led the party since its founding in 2009, told supporters in Riga that "
     "the vote was a rebuke to the government.", [("Viktor Lenz", L, "Baltic Renewal Party")]),
    ("who-has-commanded-the-militia-and-long", "The Kasai Rangers raided two villages on "
     "Tuesday, the UN said. Didier Mpoyo, who has commanded the militia since 2019 and is "
     "under UN sanctions, denied on Wednesday that his men had killed civilians.",
     [("Didier Mpoyo", L, "Kasai Rangers")]),
    # a passive with a long time between the verb and its doer
    ("passive-led-since-by-his-son", "The Eastern Watch has been led since 2016 by his son, "
     "Hamid Mansour.", [("Hamid Mansour", L, "Eastern Watch")]),
    ("passive-led-since-by-his-son-long", "The Mekong Patriotic Front has been led since "
     "2016 by his son, Nguyen Van Tho, according to a UN report released on Monday.",
     [("Nguyen Van Tho", L, "Mekong Patriotic Front")]),
    ("passive-led-since-event-by", "The Eastern Watch has been led since the elections of "
     "2016 by Hamid Mansour, the group said.", [("Hamid Mansour", L, "Eastern Watch")]),
    ("which-has-been-led-since-by", "The Mekong Patriotic Front, which has been led since "
     "its founder's death in 2016 by his son, Nguyen Van Tho, denied the attack.",
     [("Nguyen Van Tho", L, "Mekong Patriotic Front")]),
    ("which-commanded-since-coup-by", "The Arakan Tigers, which have been commanded since "
     "the 2021 coup by Khin Maung Aye, denied the charge.",
     [("Khin Maung Aye", L, "Arakan Tigers")]),
    ("commanded-for-the-past-decade-by", "The Arakan Tigers have been commanded for the "
     "past decade by Khin Maung Aye, a former monk.", [("Khin Maung Aye", L, "Arakan Tigers")]),
    # "who founded the Y": a founder leads
    ("under-who-founded", "The uprising by landowners under Kofi Mensah, who founded the "
     "Volta Dawn Brigade, was crushed.", [("Kofi Mensah", L, "Volta Dawn Brigade")]),
    ("under-who-later-founded-long", "ACCRA (Reuters) - Police said on Friday that the 1998 "
     "uprising by cattle herders under Kofi Mensah, who later founded the Volta Dawn "
     "Brigade, had left 40 people dead in the north.",
     [("Kofi Mensah", L, "Volta Dawn Brigade")]),
    # "the army's Fourth Division commanded by his brother X"
    ("division-commanded-by-brother", "The army's Fourth Division commanded by his brother "
     "Maher Haddad shelled the town.", [("Maher Haddad", L, "Fourth Division")]),
    ("division-commanded-by-brother-long", "The army's Fourth Division commanded by his "
     "brother Maher Haddad shelled the town of Daraya on Friday, according to activists.",
     [("Maher Haddad", L, "Fourth Division")]),
    ("division-commanded-by-presidents-brother-set-off", "DAMASCUS (AP) - Troops of the "
     "army's Fourth Division, commanded by the president's brother, Maher Haddad, shelled "
     "the town of Daraya on Friday, activists said.", [("Maher Haddad", L, "Fourth Division")]),
    ("numbered-division-commanded-by-general", "The army's 25th Special Mission Forces "
     "Division, commanded by General Suhail Nasser, shelled the town.",
     [("Suhail Nasser", L, "25th Special Mission Forces Division")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    # "whose" with no name, a kinsman, or no head
    ("whose-leader-no-name", "The Blue Ridge Militia, whose leader was killed in 2020, "
     "attacked the village.", [("*", L, "*")]),
    ("whose-leaders-brother", "The Blue Ridge Militia, whose leader's brother Ivo Marsh "
     "was killed in 2020, attacked the village.", [("Ivo Marsh", L, "*")]),
    ("whose-brother-leads", "Ivo Marsh, whose brother leads the Blue Ridge Militia, was "
     "arrested in Split.", [("Ivo Marsh", L, "*")]),
    ("whose-brother-named-leads", "Ivo Marsh, whose brother Pavle Marsh leads the Blue "
     "Ridge Militia, was arrested in Split.", [("Ivo Marsh", L, "*")]),
    ("whose-former-leader", "The Blue Ridge Militia, whose former leader Ivo Marsh was "
     "killed in 2020, attacked the village.", [("Ivo Marsh", L, "*")]),
    ("whose-deputy-leader", "The Blue Ridge Militia, whose deputy leader Ivo Marsh was "
     "killed in 2020, attacked the village.", [("Ivo Marsh", L, "*")]),
    ("whose-late-founder", "The Blue Ridge Militia, whose late founder Ivo Marsh was killed "
     "in 2020, attacked the village.", [("Ivo Marsh", L, "*")]),
    ("whose-spokesman", "The Blue Ridge Militia, whose spokesman Ivo Marsh denied the raid, "
     "attacked the village.", [("Ivo Marsh", L, "*")]),
    ("whose-leader-two-bodies-not-first", "The Karoo Defence Front and the Tswana Guard, "
     "whose leader Amos Dlamini fled, claimed the attack.",
     [("Amos Dlamini", L, "Karoo Defence Front")]),
    ("whose-father-founded", "Amos Dlamini, whose father founded the Karoo Defence Front, "
     "was arrested.", [("Amos Dlamini", L, "*")]),
    ("whose-leaders-include", "The Karoo Defence Front, whose leaders include Amos "
     "Dlamini, claimed the attack.", [("Amos Dlamini", L, "*")]),
    # "whom" that names no post held
    ("whom-accuses-of-betraying", "Police arrested Julio Paredes, whom the Sierra Norte "
     "Cartel accuses of betraying its leader.", [("*", L, "*")]),
    ("whom-accuses-of-killing", "Police arrested Julio Paredes, whom the Sierra Norte "
     "Cartel accuses of killing two officers.", [("*", L, "*")]),
    ("whom-describe-former-leader", "Police arrested Julio Paredes, whom prosecutors "
     "describe as the former leader of the Sierra Norte Cartel.", [("Julio Paredes", L, "*")]),
    ("whom-describe-rival-of-leader", "Police arrested Julio Paredes, whom prosecutors "
     "describe as a rival of the leader of the Sierra Norte Cartel.",
     [("Julio Paredes", L, "*")]),
    ("whom-no-longer-consider", "Police arrested Julio Paredes, whom prosecutors no longer "
     "consider the leader of the Sierra Norte Cartel.", [("Julio Paredes", L, "*")]),
    ("whom-wrongly-described", "Police released Julio Paredes, whom prosecutors had "
     "wrongly described as the leader of the Sierra Norte Cartel.",
     [("Julio Paredes", L, "*")]),
    ("whom-consider-a-member", "Police arrested Julio Paredes, whom the authorities "
     "consider a member of the Sierra Norte Cartel.", [("Julio Paredes", L, "*")]),
    # "who led" no body, or one not named before
    ("who-led-the-coup", "Fighters of the Red Ridge Brigade stormed the village. Karim "
     "Haddad, who led the 2021 coup, was killed in the raid.", [("Karim Haddad", L, "*")]),
    ("who-led-the-coup-alone", "Karim Haddad, who led the 2021 coup, was killed in the "
     "raid.", [("*", L, "*")]),
    ("who-led-coup-against-the-brigade", "The Red Ridge Brigade stormed the village. Karim "
     "Haddad, who led the coup against the brigade in 2021, was killed.",
     [("Karim Haddad", L, "*")]),
    ("who-had-led-the-brigade-none-named", "Karim Haddad, who had led the brigade since "
     "2021, was killed in the raid.", [("*", L, "*")]),
    ("who-had-led-the-brigade-two-named", "The Red Ridge Brigade and the Blue Hill Brigade "
     "clashed near Tal Sabr. Karim Haddad, who had led the brigade since 2021, was killed.",
     [("Karim Haddad", L, "*")]),
    ("who-once-headed-the-group", "The Ituri Guard torched the village on Monday. Innocent "
     "Habimana, who once headed the group, said the attack was revenge.",
     [("Innocent Habimana", L, "*")]),
    ("who-will-head-the-group", "The Ituri Guard torched the village on Monday. Innocent "
     "Habimana, who will head the group, said the attack was revenge.",
     [("Innocent Habimana", L, "*")]),
    ("former-leader-of-the-group", "The Ituri Guard torched the village on Monday. Innocent "
     "Habimana, the former leader of the group, said the attack was revenge.",
     [("Innocent Habimana", L, "*")]),
    ("who-formerly-headed-the-group", "The Ituri Guard torched the village on Monday. "
     "Innocent Habimana, who formerly headed the group, said the attack was revenge.",
     [("Innocent Habimana", L, "*")]),
    ("who-heads-the-militias-wing", "The Kasai Rangers raided two villages. Didier "
     "Mpoyo, who heads the militia's youth wing, denied the killings.",
     [("Didier Mpoyo", L, "*")]),
    ("who-fought-the-militia", "The Kasai Rangers raided two villages. Didier Mpoyo, who "
     "fought the militia for years, denied the killings.", [("Didier Mpoyo", L, "*")]),
    # a passive that names no head now
    ("will-be-led-from-next-year", "The Cauca Peasant Front will be led from next year by "
     "Camilo Vargas.", [("*", L, "*")]),
    ("was-once-led-by", "The Cauca Peasant Front was once led by Camilo Vargas.",
     [("*", L, "*")]),
    ("led-since-by-example", "The Cauca Peasant Front has been led since 2019 by example, "
     "not by decree.", [("*", L, "*")]),
    ("formerly-commanded-by-brother", "The army's Fourth Division, formerly commanded by "
     "his brother Maher Haddad, shelled the town.", [("Maher Haddad", L, "*")]),
    # founding what is no body
    ("who-founded-a-town", "The uprising by landowners under Kofi Mensah, who founded the "
     "town of Yendi, was crushed.", [("Kofi Mensah", L, "*")]),
    ("who-founded-a-school", "Kofi Mensah, who founded a school in Tamale, was arrested.",
     [("Kofi Mensah", L, "*")]),
    ("who-plans-to-found", "Kofi Mensah, who plans to found the Volta Dawn Brigade, was "
     "arrested.", [("Kofi Mensah", L, "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_relative_leader_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_relative_leader_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
