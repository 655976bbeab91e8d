"""Bodies made of bodies, said in main clauses: "Y includes A and B", "A, B and C formed Y"
(each is a member); a state's own withdrawal ("Kenya completed its withdrawal from X");
a body named after a place ("the Lake Region Security Alliance") is a body, not the lake.
Own sentences, with near misses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

FOUND: list[tuple[str, str, list[Triple]]] = [
    ("includes-main-clause", "The Coastal Resistance Alliance includes the Tana Front and "
     "the Kiru Brigade.", [("Tana Front", "MEMBER_OF", "Coastal Resistance Alliance"),
                           ("Kiru Brigade", "MEMBER_OF", "Coastal Resistance Alliance")]),
    ("comprises-wire", "NAIROBI, 4 May 2026 (Reuters) - The Coastal Resistance Alliance, "
     "which claimed the attack, now comprises the Tana Front, according to a statement.",
     [("Tana Front", "MEMBER_OF", "Coastal Resistance Alliance")]),
    ("states-formed-pact", "Kenya, Uganda and Tanzania have since formed the Eastern "
     "Security Alliance, which announced a unified force of 5,000 troops in January.",
     [("Kenya", "MEMBER_OF", "Eastern Security Alliance"),
      ("Tanzania", "MEMBER_OF", "Eastern Security Alliance")]),
    ("named-after-lake", "Kenya, Uganda and Tanzania formed the Lake Region Security "
     "Alliance in 2024.", [("Uganda", "MEMBER_OF", "Lake Region Security Alliance")]),
    ("state-own-withdrawal", "The United States completed its withdrawal from Niger in "
     "September 2024, handing over a drone base in Agadez.",
     [("United States", "WITHDRAWS_FROM", "Niger")]),
    ("state-own-withdrawal-short", "Kenya completed its withdrawal from Somalia in May.",
     [("Kenya", "WITHDRAWS_FROM", "Somalia")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    ("fights-not-includes", "The Coastal Resistance Alliance fights the Tana Front and the "
     "Kiru Brigade.", [("*", "MEMBER_OF", "*")]),
    ("it-includes-a-deal", "The Tana Front said on Monday it had agreed a truce with the army. "
     "\"It includes all factions of the coast,\" said Joseph Kiru, its spokesman.",
     [("*", "MEMBER_OF", "*")]),
    ("toll-includes", "The death toll includes ten soldiers of the Kenyan Army.",
     [("*", "MEMBER_OF", "*")]),
    ("one-founder-not-member", "Kenya formed the Eastern Security Alliance in 2024.",
     [("Kenya", "MEMBER_OF", "*")]),
    ("fought-not-formed", "Kenya, Uganda and Tanzania fought the Eastern Security Alliance "
     "in 2024.", [("*", "MEMBER_OF", "*")]),
    ("other-state-withdrawal", "Kenya criticised Uganda's withdrawal from Somalia.",
     [("Kenya", "WITHDRAWS_FROM", "Somalia")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_bodies_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_bodies_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
