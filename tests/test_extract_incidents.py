"""An article's main incident, told in its opening (headline, dateline, lead), and its dead
named sentences later ("Sergeant X was shot dead during the exchange", "X died of his
wounds", "Among the dead was X"): the doer the opening named killed them, unless another
killing by another doer was told between, the sentence tells another time ("In 2019 ..."),
or the death was an accident. Told with no doer, the dead are remembered for a claim
after. Own articles in wire style, invented groups, people and towns."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.extract import extract_document

from .test_extract import Triple, assert_absent, assert_found

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    ("shot-dead-three-sentences-on",
     "Gunmen kill police sergeant in northern ambush\n\n"
     "KORVA, 3 May 2026 — Fighters of the Red Valley Front ambushed a police patrol near "
     "the town of Korva on Monday, killing two officers, the interior ministry said.\n\n"
     "The patrol was returning from a market when it came under fire from the hills.\n\n"
     "Residents said the shooting lasted an hour.\n\n"
     "Sergeant Tomas Varga was shot dead during the exchange, the ministry said.",
     [("Red Valley Front", "KILLED", "Tomas Varga")]),
    ("died-of-his-wounds",
     "Convoy ambushed in the east\n\n"
     "BIRA, 7 May 2026 — The Iron Sons Movement ambushed a military convoy near Bira on "
     "Tuesday, killing four soldiers, the army said.\n\n"
     "Two soldiers were wounded.\n\n"
     "Corporal Dan Essel died of his wounds in hospital on Wednesday.",
     [("Iron Sons Movement", "KILLED", "Dan Essel")]),
    ("among-the-dead-after-quotes",
     "Rebels kill villagers in raid on Selo\n\n"
     "SELO, 9 June 2026 — Fighters of the Amber Coast Liberation Army raided the village "
     "of Selo before dawn on Friday, killing six villagers, officials said.\n\n"
     "\"They came from the river and burned everything,\" said one resident.\n\n"
     "\"We ran into the forest with the children,\" said another.\n\n"
     "Among the dead was the village teacher, Miriam Olowe, officials said.",
     [("Amber Coast Liberation Army", "KILLED", "Miriam Olowe")]),
    ("fatally-wounded",
     "Soldier killed at frontier post\n\n"
     "TESH, 2 July 2026 — Militiamen of the Kora Hills Movement attacked an army post "
     "near Tesh on Sunday night, killing a soldier, the defence ministry said.\n\n"
     "The attackers fired rockets and machine guns for about an hour.\n\n"
     "Private Lev Amanov was fatally wounded by a rocket, a ministry spokesman said.",
     [("Kora Hills Movement", "KILLED", "Lev Amanov")]),
]

# The dead told by the doers' common noun, by their side, by the noun the killing told
# them by, or killed "by members of X".
OTHER_SHAPES: list[tuple[str, str, list[Triple]]] = [
    ("armed-men-shot-dead-the-foreman",
     "Ranch foreman killed in raid\n\n"
     "ORRA, 19 April 2026 — Fighters of the Northern People's Army raided a cattle ranch "
     "near Orra on Saturday, killing its foreman, the interior ministry said.\n\n"
     "About eight armed men entered the ranch at dawn and shot dead the foreman, Rui "
     "Santos, when he tried to reach a radio, the ministry said.",
     [("Northern People's Army", "KILLED", "Rui Santos")]),
    ("the-other-side-of-a-clash",
     "Soldiers and rebels clash, officer among dead\n\n"
     "KAVA, 2 June 2026 — Soldiers of the National Army and fighters of the Free Hills "
     "Front clashed near Kava on Monday, leaving six dead, the army said.\n\n"
     "Lieutenant Paul Moro of the National Army was killed in the fighting, an army "
     "spokesman said.",
     [("Free Hills Front", "KILLED", "Paul Moro")]),
    ("the-guard-named-after-a-claim",
     "Guard killed as trucks are torched\n\n"
     "ALBA, 24 March 2026 — Armed men set fire to nine trucks near the town of Alba on "
     "Tuesday and shot dead a security guard, police said.\n\n"
     "The Southern Land Front claimed the attack in a statement on Tuesday afternoon.\n\n"
     "The guard, Mateo Rios, 41, was shot in the chest, according to prosecutors.",
     [("Southern Land Front", "KILLED", "Mateo Rios")]),
    ("shot-dead-by-members-of",
     "Police kill two militants in the hills\n\n"
     "SORA, 22 April 2026 — Security forces killed two suspected militants in a firefight "
     "in the hills above Sora on Wednesday, police said.\n\n"
     "The two men were shot dead on a ridge above the village by members of the Eagle "
     "Peak task force, a police spokesman said.\n\n"
     "Police identified one of the dead as Yusuf Amar, a courier for the cell.",
     [("Eagle Peak task force", "KILLED", "Yusuf Amar")]),
]

OTHER_SHAPES += [
    ("the-dead-included-then-a-blame",
     "Gunmen kill soldiers in ambush\n\n"
     "KELO, 3 May 2026 — Gunmen ambushed an army patrol near the town of Kelo on Monday, "
     "killing four soldiers, the army said.\n\n"
     "The patrol was returning to its base when it was attacked.\n\n"
     "The dead included Sergeant Musa Dembe, the patrol commander, an army spokesman "
     "said.\n\n"
     "Police blamed the Kelo Liberation Front for the attack.",
     [("Kelo Liberation Front", "KILLED", "Musa Dembe")]),
    ("died-at-the-scene",
     "Rebels ambush patrol\n\n"
     "KELO, 3 May 2026 — Fighters of the Kelo Liberation Front ambushed an army patrol "
     "near the town of Kelo on Monday, killing four soldiers, the army said.\n\n"
     "The patrol was returning to its base when it was attacked.\n\n"
     "Sergeant Musa Dembe died at the scene, an army spokesman said.",
     [("Kelo Liberation Front", "KILLED", "Musa Dembe")]),
    ("opened-fire-then-fatally-wounded",
     "Soldier killed on the border\n\n"
     "VARNA, 21 April 2026 — A soldier was killed on Monday night in an exchange of fire "
     "on the border, the defence ministry said.\n\n"
     "A ministry spokeswoman said units of the Eastern Army opened fire on positions of "
     "the Western Army near the village of Lusk.\n\n"
     "\"Private Emil Dorn was fatally wounded,\" she said.",
     [("Eastern Army", "KILLED", "Emil Dorn")]),
]

OTHER_SHAPES += [
    ("a-fighter-of-the-other-side",
     "Clashes near Kava\n\n"
     "KAVA, 2 June 2026 — The National Army clashed with the Free Hills Front near Kava on "
     "Monday, the army said.\n\n"
     "Sergeant Ali Dune, a fighter of the Free Hills Front, was killed in the clashes, the "
     "group said.",
     [("National Army", "KILLED", "Ali Dune")]),
]

OTHER_SHAPES_NOT: list[tuple[str, str, list[Triple]]] = [
    ("its-commander-in-a-fight",
     "Clashes near Kava\n\n"
     "KAVA, 2 June 2026 — Troops of the National Army fought fighters of the Free Hills "
     "Front for six hours near Kava on Monday, the army said.\n\n"
     "The group said its commander, Ali Dune, was killed.",
     [("Free Hills Front", "KILLED", "Ali Dune")]),
    ("one-of-the-attackers-killed",
     "Attack near Kava\n\n"
     "KAVA, 2 June 2026 — Fighters of the Free Hills Front attacked a base of the National "
     "Army near Kava on Monday, killing two soldiers, the army said.\n\n"
     "The attackers fired rockets for an hour.\n\n"
     "The army said one of the attackers, Ali Dune, was killed when soldiers returned fire.",
     [("Free Hills Front", "KILLED", "Ali Dune")]),
    ("the-victim-on-the-doers-side-in-a-clash",
     "Soldiers and rebels clash near Kava\n\n"
     "KAVA, 2 June 2026 — Soldiers of the National Army and fighters of the Free Hills "
     "Front clashed near Kava on Monday, the army said.\n\n"
     "Lieutenant Paul Moro of the National Army was killed in the fighting, an army "
     "spokesman said.",
     [("National Army", "KILLED", "Paul Moro")]),
    ("a-clash-then-another-event",
     "Soldiers and rebels clash near Kava\n\n"
     "KAVA, 2 June 2026 — Soldiers of the National Army and fighters of the Free Hills "
     "Front clashed near Kava on Monday, the army said.\n\n"
     "On Tuesday the Blue Lake Militia attacked the town of Sirra.\n\n"
     "Lieutenant Paul Moro of the National Army was killed, an army spokesman said.",
     [("Free Hills Front", "KILLED", "Paul Moro")]),
    ("the-guard-who-escaped",
     "Guard killed as trucks are torched\n\n"
     "ALBA, 24 March 2026 — Fighters of the Southern Land Front set fire to nine trucks "
     "near the town of Alba on Tuesday and shot dead a security guard, police said.\n\n"
     "The guard, Mateo Rios, had refused to pay the group, police said.\n\n"
     "The driver, Juan Pardo, escaped into the forest.",
     [("Southern Land Front", "KILLED", "Juan Pardo")]),
    ("men-alone-are-no-doers",
     "Ranch attacked\n\n"
     "ORRA, 19 April 2026 — Fighters of the Northern People's Army raided a cattle ranch "
     "near Orra on Saturday, killing its foreman, the interior ministry said.\n\n"
     "Two weeks later, police said, men from a rival family shot dead Rui Santos in a "
     "dispute over cattle.",
     [("Northern People's Army", "KILLED", "Rui Santos")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("another-doers-attack-between",
     "Rights group condemns killings in the mining districts\n\n"
     "DORA, 4 May 2026 — Soldiers of the Talan Army have killed at least nine people in "
     "the mining districts of Dora since March, a rights group said on Monday.\n\n"
     "The group interviewed 30 witnesses in the towns of Dora and Meko.\n\n"
     "On 2 April, officers of the Talan Border Police opened fire on a meeting of "
     "miners in Meko, witnesses said.\n\n"
     "Rafael Inze, a miner and father of four, was shot dead at the scene.",
     [("Talan Army", "KILLED", "Rafael Inze")]),
    ("another-killing-between",
     "Two attacks in the north\n\n"
     "TURA, 6 May 2026 — Fighters of the Green Hand killed three farmers in Tura on "
     "Monday, police said.\n\n"
     "Separately, troops of the National Army killed four suspected rebels in the hills on "
     "Tuesday.\n\n"
     "The farmers had refused to pay a levy.\n\n"
     "Sergeant Ari Molde was shot dead on Wednesday, police said.",
     [("Green Hand", "KILLED", "Ari Molde")]),
    ("a-history-paragraph",
     "Soldier killed in border raid\n\n"
     "LOMA, 5 May 2026 — Militants of the Sun Army Front attacked an army post near Loma "
     "on Friday, killing a soldier, the army said.\n\n"
     "The post has been attacked several times.\n\n"
     "In 2019, Captain Joel Marsh was killed in a similar attack on the same post.",
     [("Sun Army Front", "KILLED", "Joel Marsh")]),
    ("the-wounded-the-arrested-an-accident",
     "Convoy ambushed in the east\n\n"
     "BIRA, 7 May 2026 — The Iron Sons Movement ambushed a military convoy near Bira on "
     "Tuesday, killing four soldiers, the army said.\n\n"
     "Two soldiers were wounded.\n\n"
     "Corporal Ilan Vasko was wounded in the leg.\n\n"
     "Lieutenant Karl Hober was arrested by military police.\n\n"
     "Captain Ivo Renn was killed in a road accident on Thursday.\n\n"
     "Major Sam Orlo died of an illness last month.",
     [("Iron Sons Movement", "KILLED", "*")]),
    ("one-of-the-doers-own",
     "Raid on Marra leaves five dead\n\n"
     "MARRA, 8 May 2026 — Fighters of the Delta Crescent Brigade attacked a police station "
     "in Marra on Monday, killing three officers, police said.\n\n"
     "Police said they returned fire for an hour.\n\n"
     "Ahmed Sayo, a commander of the Delta Crescent Brigade, was killed in the fighting.",
     [("Delta Crescent Brigade", "KILLED", "Ahmed Sayo")]),
    ("too-far-on",
     "Gunmen kill two guards\n\n"
     "OSSA, 1 May 2026 — Fighters of the Blue Ridge Front attacked a mine near Ossa on "
     "Monday, killing two guards, police said.\n\n"
     + "".join(f"The mine's owners said output would fall in week {n}.\n\n"
               for n in range(1, 13))
     + "Sergeant Ola Penn was shot dead, police said.",
     [("Blue Ridge Front", "KILLED", "Ola Penn")]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in POSITIVE],
                         ids=[c[0] for c in POSITIVE])
def test_main_incident_dead_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize("text,forbidden", [c[1:] for c in NEGATIVE],
                         ids=[c[0] for c in NEGATIVE])
def test_main_incident_must_not(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)


@pytest.mark.parametrize("text,expected", [c[1:] for c in OTHER_SHAPES],
                         ids=[c[0] for c in OTHER_SHAPES])
def test_dead_told_apart_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize("text,forbidden", [c[1:] for c in OTHER_SHAPES_NOT],
                         ids=[c[0] for c in OTHER_SHAPES_NOT])
def test_dead_told_apart_must_not(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)


def test_a_doer_only_suspected_stays_the_blamers_claim(nlp: Language) -> None:
    """The dead of the lead's attack named later, its doer only blamed by one side (and
    the blamed denying it): the killing is the blamer's claim, not the article's."""
    text = ("Gunmen kill guards at mine\n\n"
            "DESSA, 4 May 2026 — Gunmen attacked a gold mine near Dessa on Sunday, killing "
            "two security guards, police said.\n\n"
            "The mine had been closed for a week.\n\n"
            "Among the dead was Ilya Bremov, a father of three, police said.\n\n"
            "The Dessa Police Service blamed the Black Hill Brigade for the attack. The "
            "Black Hill Brigade "
            "denied any role.")
    ex = extract_document(nlp, text, "suspected")
    names = {a.id: a.name for a in ex.actors}
    found = [r for r in ex.relations if names[r.source] == "Black Hill Brigade"
             and names[r.target] == "Ilya Bremov" and r.type.value == "KILLED"]
    assert found
    assert all(r.source_actor is not None and names[r.source_actor] != "Black Hill Brigade"
               for r in found), found
