"""Posts and memberships: "X (ABBR), a Fulani armed group led by Y" and "X (ABBR), a
US-led coalition", "X (ABBR), the al-Qaeda affiliate led by Y": the body set off
before its abbreviation is the one led, not the people whose word names the noun nor a
coalition the noun may be read as; a dateline whose city is written with accented
letters ("ASUNCIÓN, Paraguay, ... —") gives the report's state to "President X"; "the group's
chief spokesman, X" speaks for the group and does not lead it ("chief" opens a title
that is not a head's); "the mission's acting head, X" leads it (an acting head is no
deputy); "X, a volunteer of Y" is one of Y's people. Own sentences, invented names.

Must-nots: a place set off before "a ... group led by Y" is not what Y leads; "chief"
before a rank still heads ("army chief Lt. Gen. X"); a deputy head leads nothing.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found
from .test_extract_roles5 import Row, rows

POSITIVE: list[Row] = [
    # the body set off before its abbreviation, not the people's word before "group"
    ("abbr-people-group-led-by", "Villagers fled when fighters of the Movement for "
     "Justice in Ondara (MJO), a mostly Tuareg armed group led by Ibrahim Ag Moussa, "
     "entered the market.",
     [("Ibrahim Ag Moussa", "LEADS", "Movement for Justice in Ondara")]),
    ("abbr-state-led-coalition", "The Gulf Convoy Initiative (GCI), a US-led coalition "
     "of warships patrolling off Oman, said it had escorted the ferry.",
     [("United States", "LEADS", "Gulf Convoy Initiative")]),
    # a common noun set off after the name: "X (ABBR), the al-Qaeda affiliate led by Y"
    ("abbr-affiliate-led-by", "Herders blamed the Sahel Brigades of Jihad (SBJ), the "
     "Islamic State affiliate led by Oumar Dicko, for the raid on the wells.",
     [("Oumar Dicko", "LEADS", "Sahel Brigades of Jihad")]),
    # a dateline whose city has accented letters gives the report's state
    ("accented-dateline-president", "MÉRIDA, Venezuela, 4 May 2026 — Supporters of "
     "President Ramón Quintero clashed with students outside the university, police said.",
     [("Ramón Quintero", "LEADS", "Venezuela")]),
    ("accented-dateline-two-words", "SÃO LUÍS, Brazil, 4 May 2026 — Protesters marched "
     "on Monday against President Helena Duarte, demanding lower fuel prices.",
     [("Helena Duarte", "LEADS", "Brazil")]),
    # "chief spokesman": the voice of the body
    ("chief-spokesman", "Tariq Anwar, the Kesh Liberation Front's chief spokesman, "
     "denied that the group had fired on the bus.",
     [("Tariq Anwar", "SPOKESPERSON_FOR", "Kesh Liberation Front")]),
    # an acting head heads the body
    ("acting-head", "Marta Lindgren, the acting head of the Lakeland Monitoring "
     "Mission, condemned the shelling of the camp.",
     [("Marta Lindgren", "LEADS", "Lakeland Monitoring Mission")]),
    ("acting-commander", "Colonel Henri Obama, the acting commander of the Northern "
     "Defence Brigade, said his troops had retaken the bridge.",
     [("Henri Obama", "LEADS", "Northern Defence Brigade")]),
    # a volunteer is one of the body's people
    ("volunteer-of", "Amina Tahir, a 31-year-old volunteer of the Crescent Relief "
     "Alliance, was wounded when the convoy came under fire.",
     [("Amina Tahir", "MEMBER_OF", "Crescent Relief Alliance")]),
]


@pytest.mark.parametrize(("text", "expected"), rows(POSITIVE))
def test_expected_triples(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


NEGATIVE: list[Row] = [
    # the people's word before "group" names no body Y leads
    ("people-word-not-led", "Villagers fled when fighters of the Movement for Justice "
     "in Ondara (MJO), a mostly Tuareg armed group led by Ibrahim Ag Moussa, entered "
     "the market.",
     [("Ibrahim Ag Moussa", "LEADS", "Tuareg")]),
    ("abbr-coalition-not-other", "The Gulf Convoy Initiative (GCI), a US-led coalition "
     "of warships patrolling off Oman, said it had escorted the ferry.",
     [("United States", "LEADS", "Global Coalition against ISIS")]),
    # a place set off before "the ... led by Y" is not what Y leads
    ("place-before-affiliate", "The fighters reached Ansongo, the town held by the "
     "Islamic State affiliate led by Oumar Dicko, on Monday.",
     [("Oumar Dicko", "LEADS", "Ansongo")]),
    # a spokesman, chief or not, heads nothing
    ("chief-spokesman-no-head", "Tariq Anwar, the Kesh Liberation Front's chief "
     "spokesman, denied that the group had fired on the bus.",
     [("Tariq Anwar", "LEADS", "*")]),
    ("chief-negotiator-no-head", "Leila Haddad, the Kesh Liberation Front's chief "
     "negotiator, left the talks in Geneva on Friday.",
     [("Leila Haddad", "LEADS", "*")]),
    # a deputy head leads nothing
    ("deputy-head", "Marta Lindgren, the deputy head of the Lakeland Monitoring "
     "Mission, condemned the shelling of the camp.",
     [("Marta Lindgren", "LEADS", "*")]),
]


@pytest.mark.parametrize(("text", "absent"), rows(NEGATIVE))
def test_absent_triples(nlp: Language, text: str, absent: list[Triple]) -> None:
    assert_absent(nlp, text, absent)


# "chief" before a rank still heads the body.
STILL_HEADS: list[Row] = [
    ("chief-before-rank", "Kenya's army chief Lt. Gen. Peter Njoroge said the troops "
     "would stay in the border county.",
     [("Peter Njoroge", "LEADS", "Kenyan forces")]),
]


@pytest.mark.parametrize(("text", "expected"), rows(STILL_HEADS))
def test_chief_before_rank_still_heads(nlp: Language, text: str,
                                       expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)
