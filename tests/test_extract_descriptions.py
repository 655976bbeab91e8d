"""Leaders, parents and patrons told in a description hung on a name: an appositive with a
head noun of its own ("X (XA), the Nuri-linked affiliate led by P", "X, a breakaway
faction under P", "X, a unit under the control of Y's defence ministry"), a relative
clause ("X, whose leader P ...", "P, who also leads X"), a participle ("X, headed since
2021 by P", "X, formed under the patronage of P", "X, backed by instructors of Y's army"),
and a person described ("P, whom prosecutors describe as the top leader of X", "P,
described by the army as X's commander"). The head noun of a body's appositive stands
for the body it is set beside; a noun for another actor ("the rival of Y", "the sworn
enemy of Y") does not.

Decisions, after the ontology (LEADS: heads, commands, chairs):
- a founder leads: "X, the movement founded by P in 2019" gives LEADS, as "founded and led
  by P" does. News names a group's founder as the one who runs it unless it says
  otherwise (and then says "formerly led by", "its former leader"), and the project
  reads founders so elsewhere ("set up by P").
- a former leader holds no post now: "P, the former leader of X", "formerly led by P" is no
  LEADS (P is one of X's people: MEMBER_OF, as with "its former leader").
- a region's president leads the region, as a state's president leads the state: "Tana's
  president, P" leads Tana; "the Tana regional government, led by President P" leads that
  government, a body of its own.

Must-nots: "led by example", "a rise led by exports", "under" a time ("formed under the
former regime"), "backed by evidence", an appositive naming another actor ("X, the rival
of Y"), a description of one item of a list attached to another, a wish, a denial.

Own sentences, invented people, groups and towns.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found
from .test_extract_roles5 import Row, rows

L, MO, PO, B = "LEADS", "MEMBER_OF", "PART_OF", "BACKS"

POSITIVE: list[Row] = [
    # the appositive's noun stands for the named body
    ("affiliate-led-by-after-acronym",
     "The Karoo Defence Front (KDF), the Nuri-linked affiliate led by Amos Dlamini, "
     "attacked the depot on Tuesday.",
     [("Amos Dlamini", L, "Karoo Defence Front")]),
    ("affiliate-led-by-after-acronym-long",
     "The Karoo Defence Front (KDF), the Nuri-linked affiliate led by the former mine "
     "foreman Amos Dlamini, attacked a fuel depot outside the town of Tsumeb on Tuesday, "
     "killing two guards, according to a police statement.",
     [("Amos Dlamini", L, "Karoo Defence Front")]),
    ("faction-now-commanded-by",
     "The Sahel Brothers Movement, the hardline faction now commanded by Issa Maiga, "
     "seized the ferry.",
     [("Issa Maiga", L, "Sahel Brothers Movement")]),
    ("faction-now-commanded-by-long",
     "Residents of Ansongo said on Sunday that the Sahel Brothers Movement, the hardline "
     "faction now commanded by Issa Maiga, whose father founded it in 2012, had seized the "
     "river ferry and two trucks of grain.",
     [("Issa Maiga", L, "Sahel Brothers Movement")]),
    ("breakaway-faction-under",
     "Villagers fled raids by the Tana Lions, a breakaway faction under Salim Oduya, on "
     "Tuesday.",
     [("Salim Oduya", L, "Tana Lions")]),
    ("breakaway-faction-under-long",
     "Hundreds of families fled the hills east of Garissa after raids by the Tana Lions, a "
     "breakaway faction under the veteran commander Salim Oduya, on Tuesday and Wednesday, "
     "the county commissioner told reporters.",
     [("Salim Oduya", L, "Tana Lions")]),
    ("militia-under-the-command-of",
     "The Tana Lions, a militia under the command of Salim Oduya, stormed the port.",
     [("Salim Oduya", L, "Tana Lions")]),
    ("militia-under-the-command-of-levant-long",
     "The Jisr Brigade, a militia under the command of Omar Haddad since 2016, shelled the "
     "outskirts of Tal Sabr on Thursday, according to a monitoring group.",
     [("Omar Haddad", L, "Jisr Brigade")]),
    pytest.param(
        "The Jisr Brigade, a militia under the command of Abu Karam al-Halabi since 2016, "
        "shelled the town.", [("Abu Karam al-Halabi", L, "Jisr Brigade")],
        id="militia-under-the-command-of-particle-name", marks=pytest.mark.xfail(
            strict=True, reason=("a name of five tokens with a lower-case particle is not "
                                 "taken for a person's in the slot of who commands, so it "
                                 "is typed an organisation (and no PART_OF is read to it: "
                                 "a body under a command is named with its article)"))),
    ("movement-founded-by",
     "The Green Banner Movement, the movement founded by Tarek Aziz in 2019, rejected the "
     "deal.",
     [("Tarek Aziz", L, "Green Banner Movement")]),
    ("founded-and-led-by",
     "The Green Banner Movement, founded and led by Tarek Aziz, rejected the deal.",
     [("Tarek Aziz", L, "Green Banner Movement")]),
    ("founded-and-led-by-long",
     "The Green Banner Movement (GBM), founded and led by the cleric Tarek Aziz, rejected "
     "the deal on Monday, saying it gave too much to the army, according to a statement "
     "posted on its website.",
     [("Tarek Aziz", L, "Green Banner Movement")]),
    ("whose-leader",
     "The Tana Lions, whose leader Salim Oduya was arrested in March, attacked the port.",
     [("Salim Oduya", L, "Tana Lions")]),
    ("whose-leader-long",
     "The Tana Lions, whose leader Salim Oduya was arrested in Mombasa in March on "
     "terrorism charges, attacked the port of Lamu on Friday, police said.",
     [("Salim Oduya", L, "Tana Lions")]),
    ("headed-since-by",
     "The Tana Lions, headed since 2021 by Salim Oduya, attacked the port.",
     [("Salim Oduya", L, "Tana Lions")]),
    ("headed-since-by-latam-long",
     "The Cauca Peasant Front (CPF), headed since 2021 by the former teacher Camilo "
     "Vargas, freed two engineers kidnapped in the department of Narino, the ombudsman's "
     "office said on Friday.",
     [("Camilo Vargas", L, "Cauca Peasant Front")]),
    # the person described
    ("whom-prosecutors-describe-as-top-leader",
     "Police arrested Salim Oduya, whom prosecutors describe as the top leader of the Tana "
     "Lions.",
     [("Salim Oduya", L, "Tana Lions")]),
    ("whom-prosecutors-describe-as-top-leader-long",
     "Police in Mombasa on Saturday arrested Salim Oduya, whom prosecutors describe as the "
     "top leader of the Tana Lions, at a roadblock outside the town of Malindi, according "
     "to a police statement.",
     [("Salim Oduya", L, "Tana Lions")]),
    ("described-by-the-army-as-commander",
     "Salim Oduya, described by the army as the Tana Lions' commander, was killed on "
     "Friday.",
     [("Salim Oduya", L, "Tana Lions")]),
    ("who-also-leads",
     "Salim Oduya, who also leads the Tana Lions, denied the charges.",
     [("Salim Oduya", L, "Tana Lions")]),
    ("who-also-leads-asia-long",
     "Nguyen Van Tho, who also leads the Mekong Patriotic Front, denied on Wednesday that "
     "his fighters had shelled the border post near the town of Chau Doc, according to a "
     "statement read on local radio.",
     [("Nguyen Van Tho", L, "Mekong Patriotic Front")]),
    ("former-leader-is-member",
     "Salim Oduya, the former leader of the Tana Lions, denied the charges.",
     [("Salim Oduya", MO, "Tana Lions")]),
    # parents
    ("unit-under-the-control-of-ministry",
     "The Kivu Brigade, a unit under the control of Kenya's defence ministry, shelled the "
     "town.",
     [("Kivu Brigade", PO, "defence ministry")]),
    ("unit-under-the-control-of-group",
     "The Kivu Brigade, a unit under the control of the Ruvan Patriotic Army, shelled the "
     "town.",
     [("Kivu Brigade", PO, "Ruvan Patriotic Army")]),
    ("unit-under-the-control-of-group-long",
     "The Kivu Brigade (KB), a unit under the control of the Ruvan Patriotic Army since "
     "2020, shelled the market town of Bunagana on Monday, killing three traders, local "
     "officials said.",
     [("Kivu Brigade", PO, "Ruvan Patriotic Army")]),
    ("force-under-a-group",
     "The Kivu Brigade, a unit under the Ruvan Patriotic Army, shelled the town.",
     [("Kivu Brigade", PO, "Ruvan Patriotic Army")]),
    ("force-under-a-states-army",
     "The Kivu Brigade, a force under the Kenyan army, shelled the town.",
     [("Kivu Brigade", PO, "Kenyan forces")]),
    ("faction-under-the-umbrella-of",
     "The Corvo Brigades, a faction under the umbrella of the Sunrise Council, condemned the "
     "raid.",
     [("Corvo Brigades", PO, "Sunrise Council")]),
    ("reports-to-ministry-led-by-minister",
     "The Rapid Guard, a paramilitary force that reports to Kenya's Ministry of Interior, "
     "led by Minister Paul Kagiso, raided the camp.",
     [("Rapid Guard", PO, "Kenyan Ministry of Interior"),
      ("Kenyan Ministry of Interior", PO, "Kenya"),
      ("Paul Kagiso", L, "Kenyan Ministry of Interior")]),
    ("unit-under-the-command-of-a-group",
     "The Kivu Brigade, a unit under the command of the Ruvan Patriotic Army, shelled the "
     "town.",
     [("Kivu Brigade", PO, "Ruvan Patriotic Army")]),
    # patrons
    ("backed-by-instructors-of-a-states-army",
     "The Rapid Guard, backed by instructors of Kenya's army, raided the camp.",
     [("Kenyan forces", B, "Rapid Guard")]),
    ("backed-by-named-groups-instructors",
     "The Rapid Guard, backed by Wagner Group instructors, raided the camp.",
     [("Wagner Group", B, "Rapid Guard")]),
    ("backed-by-demonym-advisers",
     "The Rapid Guard, backed by Russian advisers, raided the camp.",
     [("Russia", B, "Rapid Guard")]),
    ("trained-by-instructors-from-long",
     "The Rapid Guard, a paramilitary unit trained by instructors from the Ruvan Patriotic "
     "Army, raided a camp for displaced people near Goma on Sunday, aid workers said.",
     [("Ruvan Patriotic Army", B, "Rapid Guard")]),
    ("formed-under-the-patronage-of",
     "The Tana Lions, formed in 2015 under the patronage of Salim Oduya, stormed the port.",
     [("Salim Oduya", B, "Tana Lions")]),
    ("were-formed-under-the-patronage-of",
     "The Tana Lions were formed under the patronage of Salim Oduya in 2015.",
     [("Salim Oduya", B, "Tana Lions")]),
    ("created-under-the-auspices-of-a-state-long",
     "The Jubba Guard, created in 2019 under the auspices of Ethiopia to fight the "
     "insurgents, took control of the town of Bardera on Friday, residents said.",
     [("Ethiopia", B, "Jubba Guard")]),
    ("militia-under-the-patronage-of",
     "The Tana Lions, a militia under the patronage of Salim Oduya, stormed the port.",
     [("Salim Oduya", B, "Tana Lions")]),
    ("main-backer",
     "Iran, the Houthis' main backer, denied the report.",
     [("Iran", B, "Houthis")]),
    # regional heads, read as a state's are
    ("regions-president-set-off",
     "Puntland's president, Abdullahi Warsame, rejected the plan.",
     [("Abdullahi Warsame", L, "Puntland")]),
    ("regional-government-led-by-president",
     "The Puntland regional government, led by President Abdullahi Warsame, rejected the "
     "plan.",
     [("Abdullahi Warsame", L, "Puntland regional government")]),
    ("states-president-set-off",
     "Kenya's president, Paul Kagiso, visited the camp.",
     [("Paul Kagiso", L, "Kenya")]),
    ("states-government-led-by-president",
     "The Kenyan government, led by President Paul Kagiso, rejected the plan.",
     [("Paul Kagiso", L, "Kenya")]),
    # another actor named in the appositive: the participle is that actor's
    ("enemy-of-body-led-by",
     "The Tana Lions, the sworn enemy of the Coastal Unity Party led by Salim Oduya, "
     "ambushed the convoy.",
     [("Salim Oduya", L, "Coastal Unity Party")]),
    # one item of a list keeps its own description
    ("list-item-led-by",
     "The Tana Lions, a faction led by Issa Maiga, and the Sahel Front signed the deal.",
     [("Issa Maiga", L, "Tana Lions")]),
]

NEGATIVE: list[Row] = [
    ("not-led-by-example",
     "The team was led by example, said Salim Oduya.",
     [("*", L, "*")]),
    ("not-a-rise-led-by-exports",
     "The Coastal Unity Party praised a rise in growth led by exports.",
     [("*", L, "*")]),
    ("not-under-a-time",
     "The Tana Lions, a militia formed under the former regime, ambushed the convoy.",
     [("*", L, "*"), ("Tana Lions", PO, "*")]),
    ("not-under-a-persons-regime",
     "The Tana Lions, a militia formed under the former regime of Salim Oduya, ambushed "
     "the convoy.",
     [("Salim Oduya", L, "Tana Lions")]),
    ("not-under-fire-from",
     "The Kivu Brigade, a unit that came under fire from the Ruvan Patriotic Army, shelled "
     "the town.",
     [("Kivu Brigade", PO, "*")]),
    ("not-wrested-from-the-control-of",
     "The Kivu Brigade, a unit that wrested the town from the control of the Ruvan "
     "Patriotic Army, shelled it.",
     [("Kivu Brigade", PO, "*")]),
    ("not-fought-under-anothers-command",
     "The Tana Lions, a militia that fought under the command of Salim Oduya's father, "
     "stormed the port.",
     [("Salim Oduya", L, "*")]),
    ("not-formed-under-the-nose-of",
     "The Tana Lions, formed in 2015 under the nose of Salim Oduya, stormed the port.",
     [("Salim Oduya", B, "*")]),
    ("not-stormed-under-the-nose-of",
     "The Tana Lions, a militia that stormed the port under the nose of Salim Oduya, fled.",
     [("Salim Oduya", "*", "Tana Lions")]),
    ("not-backed-by-evidence",
     "The claims were backed by evidence from the Tana Lions.",
     [("*", B, "*")]),
    ("not-backed-by-evidence-from-instructors",
     "The Rapid Guard, backed by evidence from Russian instructors, raided the camp.",
     [("*", B, "*")]),
    ("not-rival-of",
     "The Tana Lions, the rival of the Coastal Unity Party, ambushed the convoy.",
     [("Tana Lions", PO, "*"), ("*", L, "*"), ("Coastal Unity Party", PO, "*")]),
    ("not-enemy-of-body-led-by-leads-the-first",
     "The Tana Lions, the sworn enemy of the Coastal Unity Party led by Salim Oduya, "
     "ambushed the convoy.",
     [("Salim Oduya", L, "Tana Lions")]),
    ("not-list-item-led-by-leads-the-next",
     "The Tana Lions, a faction led by Issa Maiga, and the Sahel Front signed the deal.",
     [("Issa Maiga", L, "Sahel Front")]),
    ("not-list-item-led-by-leads-the-first",
     "The Tana Lions, the Coastal Unity Party and the Sahel Front, a faction led by Issa "
     "Maiga, signed the deal.",
     [("Issa Maiga", L, "Tana Lions"), ("Issa Maiga", L, "Coastal Unity Party")]),
    ("not-former-leader-leads",
     "Salim Oduya, the former leader of the Tana Lions, denied the charges.",
     [("Salim Oduya", L, "Tana Lions")]),
    ("not-formerly-led-by",
     "The Tana Lions, formerly led by Salim Oduya, attacked the port.",
     [("Salim Oduya", L, "Tana Lions")]),
    ("not-no-longer-leads",
     "Salim Oduya, who no longer leads the Tana Lions, denied the charges.",
     [("Salim Oduya", L, "Tana Lions")]),
    ("not-could-lead",
     "Salim Oduya, who could lead the Tana Lions, denied the charges.",
     [("Salim Oduya", L, "Tana Lions")]),
    ("not-denied-being-the-leader",
     "Salim Oduya denied that he leads the Tana Lions.",
     [("Salim Oduya", L, "Tana Lions")]),
    ("not-under-the-command-of-a-person-is-part",
     "The Kivu Brigade, a unit under the command of Paul Kagiso, shelled the town.",
     [("Kivu Brigade", PO, "*")]),
    ("not-under-pressure-from",
     "The Tana Lions, a breakaway faction under pressure from Salim Oduya, fled the town.",
     [("Salim Oduya", "*", "Tana Lions")]),
    ("not-under-sanctions-of",
     "The Tana Lions, a militia under sanctions of the Coastal Unity Party, fled the town.",
     [("Tana Lions", PO, "*")]),
    ("not-formed-under-patronage-denied",
     "The Tana Lions were not formed under the patronage of Salim Oduya, his lawyer said.",
     [("Salim Oduya", B, "Tana Lions")]),
    ("not-talks-under-the-auspices-of",
     "The Tana Lions and the Coastal Unity Party held talks under the auspices of Ethiopia.",
     [("Ethiopia", B, "*")]),
    ("not-towns-mayor-leads",
     "Garissa's mayor, Hassan Abdi, visited the camp.",
     [("Hassan Abdi", L, "*")]),
]


@pytest.mark.parametrize(("text", "expected"), rows(POSITIVE))
def test_description_found(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), rows(NEGATIVE))
def test_description_absent(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
