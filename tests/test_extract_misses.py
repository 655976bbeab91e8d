"""Readings news uses that the key facts of the developed-on articles showed missing: a
service word on the thing struck, an attack told inside a killing, sanctions one is under,
a rights report of abuses, an armed revolt, a passive inside reported speech, a minister's
conditional threat, and the doer of an attack on no actor for a later condemnation.
Own sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    ("army-base-of-the-dateline-state",
     "KANO, Nigeria, 3 May 2026 — Boko Haram gunmen attacked an army base near Gwoza.",
     [("Boko Haram", "TARGETS", "Nigerian forces")]),
    ("military-convoy-of-the-named-state",
     "In Chad, Boko Haram fighters ambushed a military convoy near the lake on Sunday.",
     [("Boko Haram", "TARGETS", "Chadian forces")]),
    ("attack-by-on-military-camp",
     "KANO, Nigeria, 3 May 2026 — The airstrikes followed an attack by Boko Haram "
     "gunmen on a military camp outside Gwoza.",
     [("Boko Haram", "TARGETS", "Nigerian forces")]),
    ("killed-in-a-raid-on-a-hideout",
     "Kenyan troops killed four gunmen in a raid on a camp near Kismayo on Friday.",
     [("Kenyan forces", "TARGETS", "Kismayo")]),
    ("killed-in-an-attack-on-an-army-base",
     "KANO, Nigeria, 3 May 2026 — Boko Haram killed six soldiers in an attack on an "
     "army base in Borno on Friday.",
     [("Boko Haram", "TARGETS", "Nigerian forces"), ("Boko Haram", "KILLED", "Nigerian forces")]),
    ("under-sanctions", "The court fined Omar Kaya, who has been under United Nations "
     "sanctions since 2019.", [("United Nations", "SANCTIONS", "Omar Kaya")]),
    ("under-a-state-demonym-sanctions", "Iran has been under American sanctions since 1979.",
     [("United States", "SANCTIONS", "Iran")]),
    ("under-two-sanctions", "Omar Kaya, who is under African Union and Canadian sanctions, "
     "flew to Dubai.", [("African Union", "SANCTIONS", "Omar Kaya"),
                        ("Canada", "SANCTIONS", "Omar Kaya")]),
    ("report-of-burning", "Human Rights Watch said in a report on Monday that Boko Haram "
     "fighters had burned three villages near Gwoza.",
     [("Human Rights Watch", "CRITICIZES", "Boko Haram")]),
    ("report-of-killing-by-soldiers",
     "KANO, Nigeria, 3 May 2026 — Amnesty International said in a report on Monday that "
     "soldiers had killed 40 villagers near Gwoza.",
     [("Amnesty International", "CRITICIZES", "Nigerian forces")]),
    ("took-up-arms-against", "The Oromo Liberation Army took up arms against the "
     "Ethiopian government in 2019.", [("Oromo Liberation Army", "OPPOSES", "Ethiopia")]),
    ("rebelled-against", "The Kachin Independence Army rebelled against Myanmar's generals "
     "in 1961.", [("Kachin Independence Army", "OPPOSES", "Myanmar")]),
    ("passive-in-reported-relative", "The Kivu Defence Brigades, which a UN panel says are "
     "backed by Uganda, seized the town of Beni.",
     [("Uganda", "BACKS", "Kivu Defence Brigades")]),
    ("minister-threat-by-own-army", "Kenya's defence minister, Omar Kaya, said the army "
     "would strike al-Shabaab if the raids went on.",
     [("Omar Kaya", "THREATENS", "al-Shabaab")]),
    ("helped-fight", "The United States has long helped the Kenyan army fight al-Shabaab "
     "in the south.",
     [("United States", "BACKS", "Kenyan forces")]),
    ("condemned-shelling-of-villages", "Turkey shelled several villages on Saturday. "
     "Iraq criticised the shelling.", [("Iraq", "CRITICIZES", "Turkey")]),
    ("helped-to-repel", "Turkey helped the Libyan government to repel the offensive.",
     [("Turkey", "BACKS", "Libya")]),
    ("condemned-attack-on-a-train", "Gunmen of the Baloch Liberation Army attacked a "
     "passenger train near Quetta on Saturday. Prime Minister Omar Kaya condemned the attack.",
     [("Omar Kaya", "CRITICIZES", "Baloch Liberation Army")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("no-state-no-army", "Boko Haram fighters ambushed a military convoy on Sunday.",
     [("Boko Haram", "TARGETS", "*")]),
    ("army-words-with-own-owner",
     "KANO, Nigeria, 3 May 2026 — Boko Haram gunmen attacked a Chadian army base.",
     [("*", "TARGETS", "Nigerian forces")]),
    ("killed-passive-in-raid", "Four Kenyan soldiers were killed in a raid on a camp near "
     "Kismayo on Friday.", [("Kenyan forces", "TARGETS", "*")]),
    ("called-for-sanctions", "The court fined Omar Kaya, who has called for United Nations "
     "sanctions since 2019.", [("*", "SANCTIONS", "*")]),
    ("under-protection", "Omar Kaya, who is under African Union protection and Canadian "
     "scrutiny, flew to Dubai.", [("*", "SANCTIONS", "*")]),
    ("report-of-rebuilding", "Human Rights Watch said in a report on Monday that Boko Haram "
     "fighters had rebuilt three villages near Gwoza.", [("*", "CRITICIZES", "*")]),
    ("laid-down-arms", "The Oromo Liberation Army laid down its arms before the Ethiopian "
     "government in 2019.", [("*", "OPPOSES", "*")]),
    ("reported-relative-active", "The Kivu Defence Brigades, which a UN panel says are "
     "backing Uganda, seized the town of Beni.", [("Uganda", "BACKS", "*")]),
    ("outsider-reports-threat", "Omar Kaya, a researcher in Nairobi, said Kenya's army would "
     "strike al-Shabaab if the raids went on.",
     [("Omar Kaya", "THREATENS", "*")]),
    ("helped-find-is-no-backing", "The drones helped the Kenyan police find the gunmen.",
     [("*", "BACKS", "*")]),
    ("watched-fight", "The United States has long watched the Kenyan army fight al-Shabaab.",
     [("*", "BACKS", "*")]),
    ("other-event-than-told", "Turkey shelled several villages on Saturday. "
     "Iraq criticised the raids.", [("Iraq", "CRITICIZES", "*")]),
    ("threat-sets-no-attacker", "Pakistan's interior minister, Omar Kaya, said the army would "
     "strike the Baloch Liberation Army if the raids went on. Iran condemned the raid.",
     [("Iran", "CRITICIZES", "*")]),
    ("defender-is-no-attacker", "Police officers fought the gunmen in Port-au-Prince for "
     "hours. The African Union condemned the attack.", [("*", "CRITICIZES", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_expected_triples(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_forbidden_triples(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
