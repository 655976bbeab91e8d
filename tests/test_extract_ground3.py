"""Who holds ground, in the further ways news tells it, each once short and once inside a
long wire sentence (a dateline, an attribution, an appositive, a date).

Read -> CONTROLS: "regained (retook, assumed) control of X and Y, freeing ...", "is now in
full control of X", "remains in control of X and Y", "what remains in the hands of Y are A,
B and C", "X, now held by Y", "X is under the control of Y" with a list of places, "Y has
controlled A since January and B since March", "Y controls A, B and C", "Y's bastion of X",
"Y's fighters raised their flag over X", "Y entered X after heavy fighting"; a generic
holder ("the army", "troops") is the dateline state's forces.

Must-nots: attacking, besieging, advancing on or shelling X; "trying to retake", "aims to
retake", "would seize"; entering with no fighting told; "lost control of X" gives the
loser nothing; control of a person, of prices or of a process; a "controlled explosion"; a
state's own capital; a white flag raised (a surrender) and concerns raised over a town.

Own sentences, with invented groups and real or invented towns from several regions."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

C = "CONTROLS"
SVF, SDA, ALF = "Shabelle Valley Front", "Salween Defence Army", "Azawad Liberation Front"
NDF, SKF, EB = "Niassa Defence Force", "Sankuru Defence Forces", "Euphrates Shield Brigade"


def held(holder: str, *places: str) -> list[Triple]:
    return [(holder, C, p) for p in places]


def never(case_id: str, text: str, *forbidden: Triple) -> Any:
    """A must-not case: a sentence and what it must not assert ("*" matches anything)."""
    return pytest.param(text, list(forbidden), id=case_id)


def unread(case_id: str, text: str, expected: list[Triple], reason: str) -> Any:
    """A case the extractor cannot read honestly yet."""
    return pytest.param(text, expected, id=case_id,
                        marks=pytest.mark.xfail(strict=True, reason=reason))


READ: list[Any] = [
    # "regained / retook / assumed control of X (and Y)"
    pytest.param("The Shabelle Valley Front regained control of Baidoa on Thursday.",
                 held(SVF, "Baidoa"), id="regained-control-of"),
    pytest.param("MOGADISHU, Somalia (AP) - Fighters of the Shabelle Valley Front regained "
                 "control of the town of Dinsor in the Bay region on Thursday, two days after "
                 "government troops pulled out, a local elder told The Associated Press.",
                 held(SVF, "Dinsor"), id="regained-control-of-long"),
    pytest.param("The Azawad Liberation Front had regained control of Menaka and Ansongo, "
                 "freeing 40 prisoners.",
                 held(ALF, "Menaka", "Ansongo"), id="had-regained-two-freeing"),
    pytest.param("The Salween Defence Army (SDA), one of the oldest ethnic armed groups in "
                 "Myanmar, said on Sunday it had retaken control of Lashio and Hpakant after a "
                 "month of clashes with junta troops.",
                 held(SDA, "Lashio", "Hpakant"), id="said-it-had-retaken-control-two-long"),
    pytest.param("The Niassa Defence Force assumed control of Palma in August.",
                 held(NDF, "Palma"), id="assumed-control-of"),
    pytest.param("The Niassa Defence Force assumed control of the port of Palma in August, "
                 "weeks after Rwandan troops left the coast, according to a statement from "
                 "the group.",
                 held(NDF, "Palma"), id="assumed-control-of-port-of-long"),
    # the army of the dateline's state
    pytest.param("MAPUTO, Mozambique (AP) - The army said it had regained control of Palma, "
                 "freeing dozens of hostages.",
                 held("Mozambican forces", "Palma"), id="dateline-army-regained"),
    pytest.param("NIAMEY, Niger (Reuters) - The army said on Friday it had regained control "
                 "of Tillia and Abala, freeing 43 hostages held by jihadists, according to a "
                 "statement read on state television.",
                 held("Nigerien forces", "Tillia", "Abala"), id="dateline-army-regained-long"),
    # "is now in (full) control of", "remains in control of"
    pytest.param("The Salween Defence Army is now in full control of Lashio, a spokesman "
                 "said.",
                 held(SDA, "Lashio"), id="now-in-full-control-of"),
    pytest.param("The Shabelle Valley Front remains in control of Baidoa and Bardera.",
                 held(SVF, "Baidoa", "Bardera"), id="remains-in-control-of-two"),
    pytest.param("Two weeks after the offensive began, the Shabelle Valley Front remains in "
                 "control of Baidoa and Bardera, according to residents reached by telephone "
                 "on Wednesday.",
                 held(SVF, "Baidoa", "Bardera"), id="remains-in-control-of-two-long"),
    # "remains in the hands of"
    pytest.param("What remains in the hands of the Azawad Liberation Front are Kidal, Menaka "
                 "and Gao.",
                 held(ALF, "Kidal", "Menaka", "Gao"), id="what-remains-in-the-hands-of"),
    pytest.param("Of the towns it seized last year, what remains in the hands of the Azawad "
                 "Liberation Front are Kidal and Menaka, according to a United Nations report "
                 "seen by Reuters.",
                 held(ALF, "Kidal", "Menaka"), id="what-remains-in-the-hands-of-long"),
    pytest.param("Baidoa remains in the hands of the Shabelle Valley Front after a week of "
                 "air strikes, officials said.",
                 held(SVF, "Baidoa"), id="remains-in-the-hands-of-long"),
    # "X, now held by Y"
    pytest.param("Lashio, now held by the Salween Defence Army, has been cut off for weeks.",
                 held(SDA, "Lashio"), id="now-held-by"),
    pytest.param("Aid has not reached Tabqa, now held by the Euphrates Shield Brigade, since "
                 "January, the World Food Programme said on Tuesday.",
                 held(EB, "Tabqa"), id="now-held-by-long"),
    # "X is under the control of Y"
    pytest.param("Kidal and Menaka are under the control of the Azawad Liberation Front.",
                 held(ALF, "Kidal", "Menaka"), id="two-under-the-control-of"),
    pytest.param("Lodja, a trading town on the Lukenie river, has been under the control of "
                 "the Sankuru Defence Forces since March, according to aid workers.",
                 held(SKF, "Lodja"), id="under-the-control-of-since-long"),
    # "Y holds X", "Y has held X since"
    pytest.param("The Sankuru Defence Forces have held Lodja since 2024.",
                 held(SKF, "Lodja"), id="have-held-since"),
    pytest.param("The Euphrates Shield Brigade, which has fought the government since 2019, "
                 "holds Tabqa and Manbij, the two largest towns in the area, according to a "
                 "war monitor.",
                 held(EB, "Tabqa", "Manbij"), id="holds-two-long"),
    # "has controlled A since January and B since March"
    pytest.param("The Azawad Liberation Front has controlled Kidal since January and Menaka "
                 "since March.",
                 held(ALF, "Kidal", "Menaka"), id="controlled-a-since-and-b-since"),
    pytest.param("The Azawad Liberation Front has controlled Kidal since January and Menaka "
                 "since March, and it took Gao on Sunday.",
                 held(ALF, "Kidal", "Menaka", "Gao"), id="controlled-two-since-and-took"),
    pytest.param("The Azawad Liberation Front (ALF), a coalition of Tuareg factions, has held "
                 "Kidal since 2023 and Menaka since March, according to local officials.",
                 held(ALF, "Kidal", "Menaka"), id="held-a-since-and-b-since-long"),
    # lists
    pytest.param("The Azawad Liberation Front controls Kidal, Menaka and Gao.",
                 held(ALF, "Kidal", "Menaka", "Gao"), id="controls-three"),
    pytest.param("The Shabelle Valley Front now controls Baidoa, Bardera and Jowhar, the "
                 "group said in a statement on Sunday.",
                 held(SVF, "Baidoa", "Bardera"), id="controls-three-long"),
    # stronghold, bastion
    pytest.param("The Shabelle Valley Front's bastion of Jilib has been quiet for weeks.",
                 held(SVF, "Jilib"), id="bastion-of"),
    pytest.param("Drones struck the Sankuru Defence Forces' stronghold of Lodja on Monday, "
                 "killing at least nine people, a local official said.",
                 held(SKF, "Lodja"), id="plural-possessive-stronghold-of-long"),
    # a generic holder in a datelined story: the state's forces
    pytest.param("MOGADISHU, Somalia (AP) - Troops have held Bardera since March, officials "
                 "said.",
                 held("Somali forces", "Bardera"), id="dateline-troops-have-held-since"),
    pytest.param("ISLAMABAD, Pakistan (AP) - The army is now in full control of Mir Ali, a "
                 "military spokesman said on Tuesday.",
                 held("Pakistani forces", "Mir Ali"), id="dateline-army-in-full-control"),
    unread("dateline-police-and-army-special-forces",
           "CUCUTA, Colombia (AP) - Police and army special forces regained control of Tibu "
           "on Tuesday, the defence ministry said.",
           held("Colombian police", "Tibu") + held("Colombian forces", "Tibu"),
           "'army special forces' joined to 'Police' is read as the state's forces, but not "
           "as a doer of the verb: the conjunct's service word modifies 'forces'"),
    # entered after fighting
    pytest.param("Somali troops entered Bardera after two days of fighting.",
                 held("Somali forces", "Bardera"), id="entered-after-fighting"),
    pytest.param("Fighters of the Euphrates Shield Brigade entered Manbij on Sunday after "
                 "heavy fighting with government troops, a war monitor said.",
                 held(EB, "Manbij"), id="entered-after-fighting-long"),
    # raised the flag over
    pytest.param("The Salween Defence Army's troops raised their flag over Lashio on Sunday.",
                 held(SDA, "Lashio"), id="troops-raised-their-flag-over"),
    pytest.param("Fighters of the Tarai Front raised the group's flag over Birgunj on Sunday.",
                 held("Tarai Front", "Birgunj"), id="raised-the-group-s-flag-over-a-town"),
    pytest.param("Fighters of the Euphrates Shield Brigade raised their flag over Manbij on "
                 "Sunday after the army garrison fled, the group said in a statement.",
                 held(EB, "Manbij"), id="raised-their-flag-over-long"),
]

NOT_READ: list[Any] = [
    # attacking, besieging, advancing, shelling
    never("advanced-on",
          "The Salween Defence Army advanced on Lashio on Sunday.", ("*", C, "*")),
    never("besieged-long",
          "The Shabelle Valley Front (SVF) has besieged Baidoa since March, cutting the road "
          "to Mogadishu, aid agencies said on Tuesday.", ("*", C, "*")),
    never("shelled",
          "The Euphrates Shield Brigade shelled Manbij overnight.", ("*", C, "*")),
    never("attacked-stronghold-not-theirs",
          "The army attacked the town of Lodja on Monday.", ("*", C, "*")),
    # trying, aiming, conditional
    never("trying-to-retake",
          "The Azawad Liberation Front is trying to retake Kidal.", ("*", C, "*")),
    never("aims-to-retake-long",
          "The Azawad Liberation Front (ALF), which lost Kidal to the army in 2023, aims to "
          "retake the town before the rains, its spokesman told Reuters on Monday.",
          (ALF, C, "*")),
    never("would-seize",
          "Analysts said the Shabelle Valley Front would seize Baidoa if the army withdrew.",
          ("*", C, "*")),
    never("would-seize-control-of",
          "Officials feared the Salween Defence Army would seize control of Lashio.",
          ("*", C, "*")),
    never("vowed-to-regain-control-of",
          "The army vowed to regain control of Palma within weeks.", ("*", C, "*")),
    # losing control
    never("lost-control-of",
          "The Azawad Liberation Front lost control of Kidal in November.", ("*", C, "*")),
    never("lost-control-of-long",
          "BAMAKO, Mali (AP) - The Azawad Liberation Front, an alliance of Tuareg-led groups, "
          "lost control of Kidal and Anefis in November after a two-week offensive by the "
          "army and its Russian allies, residents said.",
          (ALF, C, "*")),
    never("no-longer-in-control",
          "The Shabelle Valley Front is no longer in control of Baidoa, residents said.",
          ("*", C, "*")),
    never("not-in-the-hands-of",
          "Baidoa is not in the hands of the Shabelle Valley Front, the governor insisted.",
          ("*", C, "*")),
    # what is controlled is no place
    never("controls-a-person",
          "The Shabelle Valley Front controls Abdi Farah, its former commander, a defector "
          "said.", ("*", C, "*"), ("*", "TARGETS", "Abdi Farah")),
    never("control-of-prices",
          "The Salween Defence Army took control of fuel prices in Lashio.", ("*", C, "*")),
    never("control-of-the-process",
          "The Azawad Liberation Front demanded control of the peace process in Algiers.",
          ("*", C, "*")),
    never("controlled-explosion",
          "Police carried out a controlled explosion in Gao on Monday.", ("*", C, "*")),
    never("controlled-explosion-long",
          "Army engineers carried out a controlled explosion near the market in Baidoa on "
          "Monday after residents reported a suspicious bag, police said.", ("*", C, "*")),
    never("state-capital",
          "Kenya's capital Nairobi hosted the talks on Monday.", ("*", C, "*")),
    never("state-capital-long",
          "Delegates of the Shabelle Valley Front arrived in Kenya's capital Nairobi on "
          "Monday for talks with the government, a diplomat said.", ("*", C, "*")),
    # flags and concerns
    never("raised-a-white-flag",
          "The Salween Defence Army raised a white flag over Lashio on Sunday.",
          ("*", C, "*")),
    never("raised-concerns-over",
          "The Salween Defence Army raised concerns over Lashio on Sunday.", ("*", C, "*")),
    never("vowed-to-raise-its-flag",
          "The Euphrates Shield Brigade vowed to raise its flag over Manbij.", ("*", C, "*")),
    # entering, with no fighting told
    never("entered-town",
          "Fighters of the Euphrates Shield Brigade entered Manbij on Sunday.", ("*", C, "*")),
    never("entered-talks-after-fighting",
          "The Euphrates Shield Brigade entered talks with Damascus after a month of "
          "fighting.", ("*", C, "*")),
    # a stronghold told as someone else's target
    never("bastion-attacker-not-holder",
          "The Shabelle Valley Front attacked the army's bastion of Jilib.", (SVF, C, "*")),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_ground3_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), NOT_READ)
def test_ground3_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
