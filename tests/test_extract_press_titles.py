"""Compound ranks and titles as forces' statements write them: "Air Commodore X", "Rear
Admiral X" (a person with a rank, not a body), "the army's director of public relations,
X", "a press officer for Y", "Y's public information officer, X" (who speaks for Y),
"Kenya's army chief, X", "Chief of Army Staff X" (who leads the state's army, not the
state). Own sentences, with near
misses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.extract import extract_document

from .test_extract import Triple, assert_absent, assert_found, cases

FOUND: list[tuple[str, str, list[Triple]]] = [
    ("press-officer-for", "Captain Musa Bello, a press officer for the Kenyan Army, said the "
     "base was attacked.", [("Musa Bello", "SPOKESPERSON_FOR", "Kenyan Army")]),
    ("public-information-officer", "Musa Bello, the Kenyan Army's public information "
     "officer, said the base was attacked on Monday.",
     [("Musa Bello", "SPOKESPERSON_FOR", "Kenyan Army")]),
    ("director-of-public-relations", "KADUNA, 3 May 2026 (Reuters) - The statement, signed "
     "by the Tana Front's director of public relations, Amina Yusuf, said fighters had "
     "withdrawn from the town.", [("Amina Yusuf", "SPOKESPERSON_FOR", "Tana Front")]),
    ("army-chief-leads-army", "Kenya's army chief, General Musa Bello, vowed to pursue the "
     "attackers.", [("Musa Bello", "LEADS", "Kenyan forces")]),
    ("army-chief-wire", "KAMPALA, Feb 11 (Reuters) - Uganda's army chief, General Musa "
     "Bello, who is also the president's son, vowed on Wednesday to pursue the killers.",
     [("Musa Bello", "LEADS", "Ugandan forces")]),
    ("chief-of-army-staff", "ABUJA, 3 May 2026 (Reuters) - Chief of Army Staff Lieutenant "
     "General Musa Bello flew to Maiduguri on Monday to meet commanders, an army statement "
     "said.", [("Musa Bello", "LEADS", "Nigerian forces")]),
    ("chief-of-army-staff-appos", "ABUJA, 3 May 2026 (Reuters) - General Musa Bello, the "
     "Chief of Army Staff, said troops would stay.", [("Musa Bello", "LEADS", "Nigerian forces")]),
    ("demonym-army-chief", "NAIROBI, 3 May 2026 - Kenyan army chief General Musa Bello "
     "vowed to pursue the attackers.", [("Musa Bello", "LEADS", "Kenyan forces")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    ("army-chief-not-state-leader", "Kenya's army chief, General Musa Bello, vowed to "
     "pursue the attackers.", [("Musa Bello", "LEADS", "Kenya")]),
    ("chief-of-naval-staff", "ABUJA, 3 May 2026 (Reuters) - General Musa Bello, the Chief of "
     "Naval Staff, said ships would stay.", [("Musa Bello", "LEADS", "*")]),
    ("chief-of-staff-of-presidency", "ABUJA, 3 May 2026 (Reuters) - The Chief of Staff of the "
     "presidency, Musa Bello, said talks would resume.", [("Musa Bello", "LEADS", "*")]),
    ("deputy-army-chief", "Kenya's deputy army chief, General Musa Bello, vowed to pursue "
     "the attackers.", [("Musa Bello", "LEADS", "*")]),
    ("director-of-the-group-leads", "Musa Bello, the director of the Tana Front, said it "
     "would fight.", [("Musa Bello", "SPOKESPERSON_FOR", "*")]),
    ("medical-director", "Musa Bello, director of the Kenyan Army's medical corps, said five "
     "were wounded.", [("Musa Bello", "SPOKESPERSON_FOR", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_press_titles_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_press_titles_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)


@pytest.mark.parametrize("text", [
    "The statement was signed by Air Commodore Musa Bello, the air force spokesman.",
    "Rear Admiral Musa Bello said the attack on the port had been repelled.",
    "The statement, signed by the air force's director of public relations, Air Commodore "
    "Musa Bello, did not say whether the camp had been hit.",
])
def test_a_compound_rank_opens_a_persons_name(nlp: Language, text: str) -> None:
    actors = {a.name: a.type.value for a in extract_document(nlp, text, "t.txt").actors}
    assert actors.get("Musa Bello") == "PERSON", actors


def test_a_body_named_after_a_rank_stays_a_body(nlp: Language) -> None:
    actors = {a.name for a in extract_document(
        nlp, "Fighters attacked the General Security Service in Jableh.", "t.txt").actors}
    assert "General Security Service" in actors, actors
