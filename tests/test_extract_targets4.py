"""Attacks told through what a side holds: the checkpoints, garrisons, installations and
leadership of X, the positions or camps held (manned, controlled, used) by X, and what the
attacker named as X's bases ("fired rockets at what it described as bases of X", "struck
what the ministry said were X hideouts"), and a group's things named by "the group's".

Every row is a sentence written for this table, with invented groups and towns in several
regions, once short and once inside a long wire sentence. The must-nots keep the same shapes
with no attacker, a place for the owner, a visit or a handover, a side's own report, a
threat, a denial, a holder of long ago, and people (not things) held by a side.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases
from .test_extract_violence2 import never, targets

READ: list[tuple[str, str, list[Triple]]] = [
    # "a checkpoint (garrison, installations, facilities) of X"
    (
        "y3-checkpoint-of",
        "Fighters of the Sahel Unity Front attacked a checkpoint of the Nigerien army near "
        "Tillia on Sunday.",
        [targets("Sahel Unity Front", "Nigerien forces")],
    ),
    (
        "y3-checkpoint-of-long",
        "Fighters of the Sahel Unity Front attacked a checkpoint of the Nigerien army near the "
        "town of Tillia on Sunday, killing four soldiers, the defence ministry said in a "
        "statement.",
        [targets("Sahel Unity Front", "Nigerien forces")],
    ),
    (
        "y3-checkpoints-of-plural",
        "Gunmen of the Karnali Liberation Front stormed two checkpoints of the Nepal Army in "
        "Rolpa overnight.",
        [targets("Karnali Liberation Front", "Nepal Army")],
    ),
    (
        "y3-garrison-of",
        "The Karenni Liberation Army overran a garrison of the Myanmar army near Loikaw.",
        [targets("Karenni Liberation Army", "Tatmadaw")],
    ),
    (
        "y3-garrison-of-long",
        "The Karenni Liberation Army overran a garrison of the Myanmar army near Loikaw on "
        "Friday after two days of fighting, a spokesman for the group told reporters by "
        "telephone.",
        [targets("Karenni Liberation Army", "Tatmadaw")],
    ),
    (
        "y3-installations-of",
        "Kenyan jets bombed installations of the Jubaland Liberation Front in Gedo.",
        [targets("Kenyan forces", "Jubaland Liberation Front")],
    ),
    (
        "y3-installations-of-long",
        "Turkish drones struck installations of the Kurdistan Freedom Hawks in the Qandil "
        "mountains on Thursday, the defence ministry said, adding that 11 militants were "
        "neutralised.",
        [targets("Turkish forces", "Kurdistan Freedom Hawks")],
    ),
    (
        "y3-facilities-of",
        "Ukrainian drones struck facilities of the Wagner Group near Bakhmut.",
        [targets("Ukrainian forces", "Wagner Group")],
    ),
    (
        "y3-headquarters-of",
        "Philippine troops raided the headquarters of the Sulu Freedom Brigade in Jolo.",
        [targets("Philippine forces", "Sulu Freedom Brigade")],
    ),
    # "targeted the leadership of X"
    (
        "y3-leadership-of",
        "Israel targeted the leadership of the Galilee Resistance Front in a strike on Tuesday.",
        [targets("Israel", "Galilee Resistance Front")],
    ),
    (
        "y3-leadership-of-operation",
        "The Israeli operation targeted the leadership of the Galilee Resistance Front, the "
        "army said on Wednesday.",
        [targets("Israel", "Galilee Resistance Front")],
    ),
    (
        "y3-leadership-of-long",
        "BEIRUT, May 2 (Reuters) - Israeli jets targeted the leadership of the Galilee "
        "Resistance Front in a suburb of Tyre on Tuesday night, according to two security "
        "sources, in the heaviest raid in weeks.",
        [targets("Israeli forces", "Galilee Resistance Front")],
    ),
    # "positions held (manned, controlled, used) by X"
    (
        "y3-positions-held-by",
        "The Sudanese army shelled positions held by the Darfur Revolutionary Council near "
        "Kutum.",
        [targets("Sudanese forces", "Darfur Revolutionary Council")],
    ),
    (
        "y3-positions-held-by-long",
        "KHARTOUM (AP) - The Sudanese army on Tuesday shelled positions held by fighters of the "
        "Darfur Revolutionary Council near the town of Kutum, according to residents and a "
        "local monitoring group.",
        [targets("Sudanese forces", "Darfur Revolutionary Council")],
    ),
    (
        "y3-positions-held-by-army",
        "The Kachin Independence Army attacked positions held by the Myanmar military in Kachin "
        "State on Sunday, according to local media.",
        [targets("Kachin Independence Army", "Tatmadaw")],
    ),
    (
        "y3-assaults-on-positions-held-by",
        "The Pakistani army launched ground assaults on positions held by the Baloch Freedom "
        "Army in Kech.",
        [targets("Pakistani forces", "Baloch Freedom Army")],
    ),
    (
        "y3-assaults-on-positions-held-by-long",
        "The Pakistani army launched ground assaults on Monday on positions held by the Baloch "
        "Freedom Army in the Kech district, a military spokesman said, adding that the "
        "operation would go on.",
        [targets("Pakistani forces", "Baloch Freedom Army")],
    ),
    (
        "y3-posts-manned-by",
        "Azerbaijani troops attacked posts manned by the Artsakh Defence Army.",
        [targets("Azerbaijani forces", "Artsakh Defence Army")],
    ),
    (
        "y3-camps-used-by",
        "Ukrainian drones struck camps used by the Wagner Group near Bakhmut.",
        [targets("Ukrainian forces", "Wagner Group")],
    ),
    (
        "y3-bases-controlled-by",
        "Mozambican troops stormed bases controlled by the Cabo Delgado Brotherhood near "
        "Palma.",
        [targets("Mozambican forces", "Cabo Delgado Brotherhood")],
    ),
    (
        "y3-bases-controlled-by-long",
        "MAPUTO, Aug 9 (Reuters) - Mozambican and Rwandan troops stormed three bases controlled "
        "by the Cabo Delgado Brotherhood near the port of Palma on Saturday, the army said in a "
        "statement read on state radio.",
        [targets("Mozambican forces", "Cabo Delgado Brotherhood")],
    ),
    # a person's camps
    (
        "y3-camps-belonging-to-person",
        "Kenyan jets bombed camps belonging to militia leader Abdi Warsame near Garissa.",
        [targets("Kenyan forces", "Abdi Warsame")],
    ),
    # what the attacker named as the side's things
    (
        "y3-fired-at-what-described-as",
        "The Tigray Defence Command fired rockets at what it described as bases of the Eritrean "
        "army near Zalambessa.",
        [targets("Tigray Defence Command", "Eritrean forces")],
    ),
    (
        "y3-fired-at-what-described-as-reported",
        "The Tigray Defence Command said it had fired rockets at what it described as bases of "
        "the Eritrean army.",
        [targets("Tigray Defence Command", "Eritrean forces")],
    ),
    (
        "y3-fired-at-what-described-as-possessive",
        "The Houthis said they fired missiles and drones at what they described as Israel's "
        "bases in the Negev.",
        [targets("Houthis", "Israel")],
    ),
    (
        "y3-struck-what-described-as",
        "Ethiopian drones struck what the army described as bases of the Ogaden Freedom Front "
        "near Dolo.",
        [targets("Ethiopian forces", "Ogaden Freedom Front")],
    ),
    (
        "y3-struck-what-described-as-long",
        "Ethiopian drones on Sunday struck what the army described as bases of the Ogaden "
        "Freedom Front near the town of Dolo, killing at least nine people, according to "
        "a regional official.",
        [targets("Ethiopian forces", "Ogaden Freedom Front")],
    ),
    (
        "y3-struck-what-said-were",
        "Turkish jets struck what the ministry said were hideouts of the Kurdistan Freedom Hawks "
        "in Duhok.",
        [targets("Turkish forces", "Kurdistan Freedom Hawks")],
    ),
    (
        "y3-struck-what-said-were-compound",
        "Israeli jets struck what the army said were Galilee Resistance Front targets in "
        "southern Lebanon.",
        [targets("Israeli forces", "Galilee Resistance Front")],
    ),
    (
        "y3-strikes-on-what-called",
        "The Iraqi army launched air strikes on what it called Islamic State hideouts in Anbar "
        "province.",
        [targets("Iraqi security forces", "Islamic State")],
    ),
    (
        "y3-struck-at-what-described-as",
        "The Kenyan air force struck at what it described as Jubaland Liberation Front "
        "positions near Gedo.",
        [targets("Kenyan forces", "Jubaland Liberation Front")],
    ),
    # the group's things, named before
    (
        "y3-the-groups-hideouts",
        "The Malian army clashed with the Azawad Salvation Front near Kidal on Monday. Troops "
        "later bombed the group's hideouts in the hills.",
        [targets("Malian forces", "Azawad Salvation Front")],
    ),
    (
        "y3-the-groups-camps-long",
        "Colombian troops fought the Catatumbo Popular Front for hours near the Venezuelan "
        "border, the army said. On Thursday, soldiers raided the group's camps, seizing rifles "
        "and explosives, according to a statement.",
        [targets("Colombian forces", "Catatumbo Popular Front")],
    ),
    # "an X military convoy", "a convoy of X" in a wire sentence
    (
        "y3-convoy-of-army-long",
        "The Azawad Salvation Front ambushed a convoy of the Malian army near Kidal on Sunday, "
        "the army said, the third such attack this month.",
        [targets("Azawad Salvation Front", "Malian forces")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), cases(READ))
def test_targets4_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


MUST_NOT: list[Any] = [
    # no attacker named
    never(
        "y3-not-base-attacked-by-none",
        "A base of the Jubaland Liberation Front was attacked on Monday.",
        targets("*", "*"),
    ),
    never(
        "y3-not-base-under-attack-by-none",
        "A base of the Jubaland Liberation Front came under attack on Monday, residents said.",
        targets("*", "Jubaland Liberation Front"),
    ),
    never(
        "y3-not-own-report",
        "The Kenyan army said its base was attacked on Monday.",
        targets("*", "*"),
    ),
    never(
        "y3-not-own-report-long",
        "The Kenyan army said its base near Gedo came under attack overnight, without saying "
        "who was behind it.",
        targets("*", "Kenyan forces"),
    ),
    # the owner is a place
    never(
        "y3-not-checkpoint-in-town",
        "The Sahel Unity Front attacked a checkpoint in Tillia on Sunday.",
        targets("Sahel Unity Front", "Nigerien forces"),
        targets("Sahel Unity Front", "Niger"),
    ),
    # no attack
    never(
        "y3-not-visited-base",
        "Kenyan officials visited a base of the Jubaland Liberation Front near Gedo.",
        targets("*", "*"),
    ),
    never(
        "y3-not-handed-over-base",
        "The Kenyan army handed over the base to the Jubaland Liberation Front.",
        targets("*", "*"),
    ),
    never(
        "y3-not-guarded-facilities",
        "Kenyan troops guarded facilities of the United Nations near Gedo.",
        targets("*", "*"),
    ),
    never(
        "y3-not-moved-into-positions",
        "The Kenyan army moved into positions held by the Jubaland Liberation Front.",
        targets("*", "*"),
    ),
    never(
        "y3-not-described-no-attack",
        "The Sudanese army described the bases as Darfur Revolutionary Council positions.",
        targets("*", "*"),
    ),
    never(
        "y3-not-what-described-as-empty",
        "The Sudanese army said what it described as Darfur Revolutionary Council positions "
        "were empty.",
        targets("*", "*"),
    ),
    # the defender does not target itself
    never(
        "y3-not-repelled-by-owner",
        "The attack on the Kenyan army's base was repelled by the Kenyan army.",
        targets("Kenyan forces", "Kenyan forces"),
        targets("Kenyan forces", "*"),
    ),
    never(
        "y3-not-repelled-by-owner-long",
        "The Jubaland Liberation Front attacked the Kenyan army's base near Gedo, but the "
        "attack was repelled by the Kenyan army, officials said.",
        targets("Kenyan forces", "Kenyan forces"),
        targets("Kenyan forces", "Jubaland Liberation Front"),
    ),
    # threats and plans
    never(
        "y3-not-threat-bases-of",
        "The Jubaland Liberation Front threatened to attack the bases of the Kenyan army.",
        targets("Jubaland Liberation Front", "*"),
    ),
    never(
        "y3-not-threat-positions-held-by",
        "The Jubaland Liberation Front warned it would attack positions held by the Kenyan "
        "army.",
        targets("Jubaland Liberation Front", "*"),
    ),
    never(
        "y3-not-plan-camps-belonging",
        "Kenya plans to bomb camps belonging to the Jubaland Liberation Front.",
        targets("*", "*"),
    ),
    # denials
    never(
        "y3-not-denied-attacking-positions",
        "The Jubaland Liberation Front denied attacking the Kenyan army's positions.",
        targets("Jubaland Liberation Front", "Kenyan forces"),
    ),
    never(
        "y3-not-denied-positions-held-by",
        "The Jubaland Liberation Front denied attacking positions held by the Kenyan army near "
        "Gedo.",
        targets("Jubaland Liberation Front", "Kenyan forces"),
    ),
    never(
        "y3-not-did-not-bomb-camps-held",
        "Kenyan jets did not bomb camps held by the Jubaland Liberation Front.",
        targets("Kenyan forces", "Jubaland Liberation Front"),
    ),
    never(
        "y3-not-never-attacked-checkpoints",
        "The Jubaland Liberation Front said it had never attacked the Kenyan army's "
        "checkpoints.",
        targets("Jubaland Liberation Front", "Kenyan forces"),
    ),
    # held once, not now
    never(
        "y3-not-formerly-held-by",
        "Russian forces attacked positions formerly held by Ukrainian forces near Bakhmut.",
        targets("Russian forces", "Ukrainian forces"),
    ),
    never(
        "y3-not-previously-held-by-long",
        "The Sudanese army shelled trenches previously held by the Darfur Revolutionary Council "
        "near Kutum on Monday, residents said, after the fighters had pulled back.",
        targets("Sudanese forces", "Darfur Revolutionary Council"),
    ),
    # "held" of people, not of the thing struck
    never(
        "y3-not-hostages-held-by",
        "Kenyan troops freed hostages held by the Jubaland Liberation Front near Gedo.",
        targets("*", "*"),
    ),
]


@pytest.mark.parametrize(("text", "forbidden"), MUST_NOT)
def test_targets4_must_not(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
