"""Leaders and spokespeople told in the side clauses of long wire sentences, written
before the readings: "the X Front (XF), led by Y," after a name and its acronym; "the X,
an armed group headed by Y" (the appositive's noun stands for the named body); "Y, the
XF's commander", "the X, under Y,", "is commanded by Y", "a faction commanded by Y",
"under the command of Y"; "Y, who heads (runs, has led) a militia of his own, the X";
"set up (founded, created) by Y"; "the group's spokesman, Y", "its spokeswoman Y", "Y, a
spokesman for the X". Each phrasing twice: short, and inside a long sentence with titles,
acronyms, dates, places and a participial tail. Own sentences, invented names.

Must-nots: "led by example", "led to", a delegation or talks led by Y, an offensive led
by an army, "commanded respect", a former holder, a negation, a reported denial, a wish,
the wrong direction ("hunted by Y"), another body's spokesman.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found
from .test_extract_roles5 import Row, rows

POSITIVE: list[Row] = [
    # "led by Y" set off after a name and its acronym
    ("led-by-after-acronym", "The Sahel Unity Front (SUF), led by Amadou Kone, said on "
     "Monday it had shot down a drone.",
     [("Amadou Kone", "LEADS", "Sahel Unity Front")]),
    ("led-by-after-acronym-long", "The Sahel Unity Front (SUF), led by the former army "
     "captain Amadou Kone, said on Monday it had shot down a military drone over the "
     "northern town of Tessalit, killing its two operators, according to residents.",
     [("Amadou Kone", "LEADS", "Sahel Unity Front")]),
    ("headed-by-after-acronym", "The Liptako Defence Council (LDC), headed by Hamidou "
     "Cisse, rejected the talks.",
     [("Hamidou Cisse", "LEADS", "Liptako Defence Council")]),
    # the appositive's noun stands for the named body
    ("appos-group-headed-by", "Villagers fled attacks by the Mopti Brotherhood, an armed "
     "group headed by Oumar Sidibe.",
     [("Oumar Sidibe", "LEADS", "Mopti Brotherhood")]),
    ("appos-group-headed-by-long", "Hundreds of families fled on Tuesday after raids by "
     "the Mopti Brotherhood, an armed group headed by the preacher Oumar Sidibe, on three "
     "villages in the central region of Djenne, killing at least 12 people, residents said.",
     [("Oumar Sidibe", "LEADS", "Mopti Brotherhood")]),
    ("appos-coalition-led-by", "The Tanganyika Patriotic Alliance, a coalition of "
     "militias led by Bosco Ntare, took the town.",
     [("Bosco Ntare", "LEADS", "Tanganyika Patriotic Alliance")]),
    ("appos-coalition-led-by-long", "The Tanganyika Patriotic Alliance (TPA), a coalition "
     "of armed factions led by the former rebel general Bosco Ntare, took the lakeside "
     "town of Kalemba on Sunday after two days of fighting, the United Nations said.",
     [("Bosco Ntare", "LEADS", "Tanganyika Patriotic Alliance")]),
    # a possessive title after the name
    ("acronym-possessive-commander", "The Kaw Liberation Force (KLF) took a border post "
     "on Sunday. Brigadier Sein Htun, the KLF's commander, said 14 soldiers surrendered.",
     [("Sein Htun", "LEADS", "Kaw Liberation Force")]),
    ("acronym-possessive-commander-long", "The Kaw Liberation Force (KLF) said on Sunday "
     "it had overrun an army post near the border town of Hpa Lu. Brigadier Sein Htun, "
     "the KLF's commander, told reporters by telephone on Monday that 14 soldiers had "
     "surrendered with their weapons, according to a statement from the group.",
     [("Sein Htun", "LEADS", "Kaw Liberation Force")]),
    # "the X, under Y,"
    ("set-off-under-person", "The Kaw Liberation Force, under Brigadier Sein Htun, "
     "seized the border post.",
     [("Sein Htun", "LEADS", "Kaw Liberation Force")]),
    ("set-off-under-person-long", "The Kaw Liberation Force (KLF), under Brigadier "
     "Sein Htun, seized the army post near the border town of Hpa Lu on Tuesday, "
     "forcing about 300 villagers to flee across the river, residents said.",
     [("Sein Htun", "LEADS", "Kaw Liberation Force")]),
    # passive "is commanded by"
    ("is-commanded-by", "The Kaw Liberation Force is commanded by Sein Htun.",
     [("Sein Htun", "LEADS", "Kaw Liberation Force")]),
    ("is-commanded-by-long", "The Kaw Liberation Force (KLF), which has fought the "
     "military in the eastern hills since 2021, is commanded by Sein Htun, a former "
     "army major, according to a report by a panel of experts.",
     [("Sein Htun", "LEADS", "Kaw Liberation Force")]),
    # "a splinter faction commanded by Y" in apposition to the body
    ("appos-faction-commanded-by", "The Gedo Brigade, a splinter faction commanded by "
     "Abdi Warsame, attacked the base.",
     [("Abdi Warsame", "LEADS", "Gedo Brigade")]),
    ("appos-faction-commanded-by-long", "Fighters from the Gedo Brigade, a splinter "
     "faction commanded by the former army colonel Abdi Warsame, attacked an African "
     "Union base near the southern town of Bardale on Friday, killing four soldiers, "
     "a military official said.",
     [("Abdi Warsame", "LEADS", "Gedo Brigade")]),
    # "under the command of Y"
    ("set-off-under-command-of", "The Gedo Brigade, under the command of Abdi Warsame, "
     "attacked the base.",
     [("Abdi Warsame", "LEADS", "Gedo Brigade")]),
    ("set-off-under-command-of-long", "The Gedo Brigade, which has been under the command "
     "of Abdi Warsame since 2022, attacked an army base near the town of Bardale on "
     "Friday, killing four soldiers, according to residents.",
     [("Abdi Warsame", "LEADS", "Gedo Brigade")]),
    # relative clauses after a titled name
    ("who-heads-militia-of-his-own", "Finance Minister Rahim Zadran, who heads a militia "
     "of his own, the Zarghun Guard, denied the charge.",
     [("Rahim Zadran", "LEADS", "Zarghun Guard")]),
    ("who-heads-militia-of-his-own-long", "Finance Minister Rahim Zadran, who heads a "
     "militia of his own, the Zarghun Guard, denied on Wednesday that his men had "
     "fired on protesters in the eastern city of Gardez, killing at least six people.",
     [("Rahim Zadran", "LEADS", "Zarghun Guard")]),
    ("who-runs", "Hamid Kasimi, who runs the Zarghun Guard, denied the charge.",
     [("Hamid Kasimi", "LEADS", "Zarghun Guard")]),
    ("who-runs-long", "Provincial Governor Hamid Kasimi, who runs the Zarghun Guard, an "
     "armed force of some 2,000 men, told reporters on Thursday that the border crossing "
     "at Dand would stay closed until the talks resumed.",
     [("Hamid Kasimi", "LEADS", "Zarghun Guard")]),
    ("titled-who-has-led-since", "Colonel Ali Saberi, who has led the Zarghun Guard "
     "since 2019, was wounded.",
     [("Ali Saberi", "LEADS", "Zarghun Guard")]),
    ("titled-who-has-led-since-long", "Colonel Ali Saberi, who has led the Zarghun Guard "
     "since 2019, was wounded on Monday when a roadside bomb hit his convoy in the "
     "southern district of Dand, killing two of his bodyguards, police said.",
     [("Ali Saberi", "LEADS", "Zarghun Guard")]),
    # founders lead
    ("was-set-up-by", "The Kasai Popular Union (KPU) was set up by Pierre Mbala in 2024.",
     [("Pierre Mbala", "LEADS", "Kasai Popular Union")]),
    ("was-set-up-by-long", "The Kasai Popular Union (KPU), which claimed the attack on "
     "the mining town of Tshimbulu, was set up by Pierre Mbala, a former provincial "
     "deputy, in 2024, according to a United Nations report seen by reporters.",
     [("Pierre Mbala", "LEADS", "Kasai Popular Union")]),
    ("appos-movement-founded-by", "The Kasai Popular Union, a movement founded by "
     "Pierre Mbala in 2024, claimed the attack.",
     [("Pierre Mbala", "LEADS", "Kasai Popular Union")]),
    ("appos-movement-founded-by-long", "The Kasai Popular Union (KPU), a political and "
     "armed movement founded by the businessman Pierre Mbala in 2024, claimed the attack "
     "on an army convoy near the town of Tshimbulu on Saturday, killing nine soldiers.",
     [("Pierre Mbala", "LEADS", "Kasai Popular Union")]),
    ("appos-brigade-headed-by", "Villagers fled attacks by the Mopti Brigade, an armed "
     "group headed by Oumar Sidibe.",
     [("Oumar Sidibe", "LEADS", "Mopti Brigade")]),
    ("runs-an-armed-group-named-after", "Idris Galgalo runs an armed group of his own, "
     "the Marsabit Guard, in the hills near the Ethiopian border, officials said.",
     [("Idris Galgalo", "LEADS", "Marsabit Guard")]),
    # a former holder is one of the body's people, as with "its former leader"
    ("formerly-led-by-is-member", "The Sahel Unity Front, formerly led by Amadou Kone, "
     "said it had shot down a drone.",
     [("Amadou Kone", "MEMBER_OF", "Sahel Unity Front")]),
    # the head of a body's part, or of its delegation, is one of its people
    ("head-of-the-bodys-wing-is-member", "Amadou Kone, the head of the Sahel Unity "
     "Front's political wing, said the talks had failed.",
     [("Amadou Kone", "MEMBER_OF", "Sahel Unity Front")]),
    ("leads-the-bodys-delegation-is-member", "Amadou Kone, who leads the Sahel Unity "
     "Front's delegation at the talks in the Algerian capital, said on Wednesday that a "
     "deal on the release of prisoners was near.",
     [("Amadou Kone", "MEMBER_OF", "Sahel Unity Front")]),
    ("created-by-a-former-officer", "The Kasai Popular Union, created by a former "
     "officer, Pierre Mbala, claimed the attack.",
     [("Pierre Mbala", "LEADS", "Kasai Popular Union")]),
    # Latin America and the Levant
    pytest.param(
        "The Magdalena Self-Defence Forces, a paramilitary group commanded by Hernan Rojas, "
        "burned two farms.", [("Hernan Rojas", "LEADS", "Magdalena Self-Defence Forces")],
        id="appos-paramilitary-commanded-by", marks=pytest.mark.xfail(strict=True, reason=(
            "a hyphenated name the model leaves unlabelled makes no actor (the clause "
            "itself is read: appos-paramilitary-commanded-by-long)"))),
    ("appos-paramilitary-commanded-by-long", "The Magdalena Defence Forces (MDF), a "
     "paramilitary group commanded by the former police sergeant Hernan Rojas, burned two "
     "farms near the northern town of Riohacha on Saturday, killing five farmers, "
     "according to the ombudsman's office.",
     [("Hernan Rojas", "LEADS", "Magdalena Defence Forces")]),
    ("appos-faction-founded-by", "The Jisr Brigade, a faction founded by Abu Karam "
     "al-Halabi in 2016, shelled the town.",
     [("Abu Karam al-Halabi", "LEADS", "Jisr Brigade")]),
    ("who-has-led-since-levant-long", "Abu Karam al-Halabi, who has led the Jisr Brigade "
     "since 2016, said on Thursday that his fighters had pulled back from the hills east "
     "of the town of Tal Sabr after Turkish-backed factions shelled their positions.",
     [("Abu Karam al-Halabi", "LEADS", "Jisr Brigade")]),
    ("groups-spokesman-latin-america-long", "The Cauca Peasant Front said on Friday it had "
     "freed two engineers kidnapped in the southwestern department of Narino. The group's "
     "spokesman, Camilo Vargas, told a local radio station that the men were in good "
     "health, according to their families.",
     [("Camilo Vargas", "SPOKESPERSON_FOR", "Cauca Peasant Front")]),
    # spokespeople
    ("groups-spokesman-next-sentence", "The Kaw Liberation Force took a border post on "
     "Sunday. The group's spokesman, Lwin Oo, said 14 soldiers surrendered.",
     [("Lwin Oo", "SPOKESPERSON_FOR", "Kaw Liberation Force")]),
    ("groups-spokesman-next-sentence-long", "The Kaw Liberation Force (KLF), an ethnic "
     "armed group that has fought the military for decades, said on Sunday it had taken "
     "a border post near the town of Hpa Lu. The group's spokesman, Lwin Oo, told "
     "reporters by telephone that 14 soldiers had surrendered, according to residents.",
     [("Lwin Oo", "SPOKESPERSON_FOR", "Kaw Liberation Force")]),
    ("its-spokeswoman-no-comma", "The Kaw Liberation Force took a border post on Sunday. "
     "Its spokeswoman Mya Thet told reporters 14 soldiers surrendered.",
     [("Mya Thet", "SPOKESPERSON_FOR", "Kaw Liberation Force")]),
    ("its-spokeswoman-no-comma-long", "The Kaw Liberation Force (KLF) said on Sunday it "
     "had shot down a military helicopter over the hill town of Hpa Lu, killing its crew "
     "of four. Its spokeswoman Mya Thet told reporters the aircraft had been firing on "
     "villages since dawn.",
     [("Mya Thet", "SPOKESPERSON_FOR", "Kaw Liberation Force")]),
    ("a-spokesman-for-the-body", "Lwin Oo, a spokesman for the Kaw Liberation Force, said "
     "the post had fallen.",
     [("Lwin Oo", "SPOKESPERSON_FOR", "Kaw Liberation Force")]),
    ("a-spokesman-for-the-acronym-long", "The Kaw Liberation Force (KLF) shelled the "
     "airport on Monday. Lwin Oo, a spokesman for the KLF, said on Tuesday that the "
     "group had hit two army helicopters in the northern town of Hpa Lu.",
     [("Lwin Oo", "SPOKESPERSON_FOR", "Kaw Liberation Force")]),
    ("acronym-spokesman-title", "The Kaw Liberation Force (KLF) shelled the airport on "
     "Monday. KLF spokesman Lwin Oo said two helicopters were hit.",
     [("Lwin Oo", "SPOKESPERSON_FOR", "Kaw Liberation Force")]),
    ("acronym-spokesman-title-long", "The Jubba Salvation Army (JSA) said it had "
     "ambushed an army convoy on the road to the port of Kismaro on Thursday. JSA "
     "spokesman Hassan Gure told a local radio station that 11 soldiers had "
     "been killed, a figure the army denied.",
     [("Hassan Gure", "SPOKESPERSON_FOR", "Jubba Salvation Army")]),
]


@pytest.mark.parametrize(("text", "expected"), rows(POSITIVE))
def test_expected_triples(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


NEGATIVE: list[Row] = [
    # look-alike uses of "lead" and "command"
    ("led-by-example", "Amadou Kone, who led by example, said the Sahel Unity Front "
     "would fight on.",
     [("Amadou Kone", "LEADS", "*")]),
    ("led-to", "The raid by the Sahel Unity Front led to the arrest of Amadou Kone on "
     "Monday.",
     [("Amadou Kone", "LEADS", "*"), ("Sahel Unity Front", "LEADS", "*")]),
    ("led-to-long", "The ambush by the Sahel Unity Front (SUF) near the northern town of "
     "Tessalit, which killed 12 soldiers, led to the arrest of Amadou Kone, a local "
     "trader, on Monday, according to residents.",
     [("Amadou Kone", "LEADS", "*"), ("Amadou Kone", "MEMBER_OF", "*")]),
    ("commanded-respect", "Sein Htun commanded the respect of the Kaw Liberation Force.",
     [("Sein Htun", "LEADS", "*")]),
    ("commanded-respect-long", "Sein Htun, a monk who commanded the respect of the Kaw "
     "Liberation Force (KLF) and the army alike, was shot dead on Tuesday in the border "
     "town of Hpa Lu, residents said.",
     [("Sein Htun", "LEADS", "*")]),
    # a delegation, talks or an offensive led by Y: Y leads that, not the body named
    ("delegation-led-by-met", "A delegation led by Sein Htun met the Kaw Liberation "
     "Force on Monday.",
     [("Sein Htun", "LEADS", "*"), ("Sein Htun", "MEMBER_OF", "*")]),
    ("delegation-led-by-met-long", "A government delegation led by Deputy Minister Sein "
     "Htun met leaders of the Kaw Liberation Force (KLF) on Monday in the border town of "
     "Hpa Lu, the first talks since the ceasefire collapsed, officials said.",
     [("Sein Htun", "LEADS", "Kaw Liberation Force"),
      ("Sein Htun", "MEMBER_OF", "Kaw Liberation Force")]),
    ("who-led-delegation-at-talks", "Amadou Kone, who led the government delegation at "
     "talks with the Sahel Unity Front, said a deal was near.",
     [("Amadou Kone", "LEADS", "Sahel Unity Front")]),
    ("heads-committee-of-talks", "Oumar Sidibe, who heads the committee for talks with "
     "the Mopti Brotherhood, said a deal was near.",
     [("Oumar Sidibe", "LEADS", "Mopti Brotherhood"),
      ("Oumar Sidibe", "MEMBER_OF", "Mopti Brotherhood")]),
    ("offensive-led-by", "An offensive led by General Moussa Diarra drove the Sahel "
     "Unity Front out of the town.",
     [("Moussa Diarra", "LEADS", "Sahel Unity Front")]),
    ("offensive-led-by-long", "The offensive, led by the army under General Moussa "
     "Diarra, drove the Sahel Unity Front (SUF) out of the northern town of Tessalit on "
     "Friday, killing at least 30 fighters, the defence ministry said.",
     [("Moussa Diarra", "LEADS", "Sahel Unity Front"),
      ("Moussa Diarra", "MEMBER_OF", "Sahel Unity Front")]),
    ("head-of-the-bodys-wing", "Amadou Kone, the head of the Sahel Unity Front's "
     "political wing, said the talks had failed.",
     [("Amadou Kone", "LEADS", "*")]),
    ("leads-the-bodys-delegation", "Amadou Kone, who leads the Sahel Unity Front's "
     "delegation at the talks, said a deal was near.",
     [("Amadou Kone", "LEADS", "*")]),
    # a former holder leads no more
    ("formerly-led-by", "The Sahel Unity Front, formerly led by Amadou Kone, said it "
     "had shot down a drone.",
     [("Amadou Kone", "LEADS", "*")]),
    ("once-led-by", "The Sahel Unity Front, which was once led by Amadou Kone, said it "
     "had shot down a drone.",
     [("Amadou Kone", "LEADS", "*")]),
    # negation, a reported denial, a wish
    ("not-led-by", "The Sahel Unity Front is not led by Amadou Kone, the group said.",
     [("Amadou Kone", "LEADS", "*")]),
    ("denied-led-by", "The Sahel Unity Front denied on Monday that it was led by Amadou "
     "Kone.",
     [("Amadou Kone", "LEADS", "*")]),
    ("could-lead", "Amadou Kone, who could lead the Sahel Unity Front after the truce, "
     "said he would not disarm.",
     [("Amadou Kone", "LEADS", "*")]),
    # a body named after the comma that is a speaker, not the object's name
    ("runs-a-militia-the-group-said", "Rahim Zadran runs a militia of his own, the "
     "Zarghun Guard said on Monday.",
     [("Rahim Zadran", "LEADS", "*")]),
    ("fought-a-militia-named-after", "Rahim Zadran, who fought a militia of his own, the "
     "Zarghun Guard, for years, was killed on Monday.",
     [("Rahim Zadran", "LEADS", "*")]),
    # "under the command of" said of others than the subject
    ("soldiers-under-command-of", "The Gedo Brigade attacked soldiers under the command "
     "of Abdi Warsame near the town of Bardale.",
     [("Abdi Warsame", "LEADS", "Gedo Brigade")]),
    ("placed-under-command-of-army", "Abdi Warsame placed the Gedo Brigade under the "
     "command of the army on Friday.",
     [("Abdi Warsame", "LEADS", "*"), ("*", "LEADS", "Abdi Warsame")]),
    # "created" said of other things than a body, or a speaker after the comma
    ("created-a-stir", "Pierre Mbala created a stir when he joined the Kasai Popular "
     "Union in 2024.",
     [("Pierre Mbala", "LEADS", "*")]),
    ("created-by-officers-speaker", "The Kasai Popular Union was created by a group of "
     "officers, Pierre Mbala said on Monday.",
     [("Pierre Mbala", "LEADS", "*")]),
    ("appos-faction-fought-by", "The Jisr Brigade, a faction fought by Abu Karam "
     "al-Halabi since 2016, shelled the town.",
     [("Abu Karam al-Halabi", "LEADS", "*"), ("Abu Karam al-Halabi", "MEMBER_OF", "*")]),
    ("spokesman-for-the-ombudsman", "Camilo Vargas, a spokesman for the ombudsman's "
     "office, said the Cauca Peasant Front had freed the engineers.",
     [("Camilo Vargas", "SPOKESPERSON_FOR", "Cauca Peasant Front"),
      ("Camilo Vargas", "MEMBER_OF", "Cauca Peasant Front")]),
    # the wrong direction
    ("appos-group-hunted-by", "Villagers fled attacks by the Mopti Brotherhood, an "
     "armed group hunted by Oumar Sidibe.",
     [("Oumar Sidibe", "LEADS", "*"), ("Oumar Sidibe", "MEMBER_OF", "*")]),
    ("appos-group-attacked-by-long", "The Tanganyika Patriotic Alliance (TPA), a "
     "coalition of militias attacked by troops under General Bosco Ntare, lost the "
     "lakeside town of Kalemba on Sunday, the United Nations said.",
     [("Bosco Ntare", "LEADS", "Tanganyika Patriotic Alliance")]),
    ("founded-against", "The Kasai Popular Union, a movement opposed by Pierre Mbala "
     "since 2024, claimed the attack.",
     [("Pierre Mbala", "LEADS", "*")]),
    # another body's spokesman
    ("spokesman-for-the-army", "Lwin Oo, a spokesman for the army, said the Kaw "
     "Liberation Force had lost the post.",
     [("Lwin Oo", "SPOKESPERSON_FOR", "Kaw Liberation Force"),
      ("Lwin Oo", "MEMBER_OF", "Kaw Liberation Force")]),
    ("its-spokeswoman-two-bodies", "The Kaw Liberation Force clashed with the Hill Karen "
     "Army on Sunday. Its spokeswoman Mya Thet said 14 soldiers surrendered.",
     [("Mya Thet", "SPOKESPERSON_FOR", "*")]),
    ("delegation-spokesman", "A spokesman for the delegation that met the Kaw Liberation "
     "Force, Lwin Oo, said the talks would go on.",
     [("Lwin Oo", "SPOKESPERSON_FOR", "Kaw Liberation Force")]),
]


@pytest.mark.parametrize(("text", "forbidden"), rows(NEGATIVE))
def test_forbidden_triples(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
