"""Readings meant to carry to reports and news of other sources: what a title's
surroundings say about whose office it is (a legislator's party tag, a place before or
after it); a state's possessive before a place. Own sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # a body after "for" is still the employer
    ("spokesman-for-body", "Dana Hale, a spokesman for the Red Cross, said the convoy "
     "was stopped.",
     [("Dana Hale", "SPOKESPERSON_FOR", "International Committee of the Red Cross")]),
    # a legislator's party and state between the name and the title
    ("party-tag-before-title", "Sen. Dana Hale, D-Ohio, chairman of the Senate Finance "
     "Committee, opposed the bill.",
     [("Dana Hale", "LEADS", "Senate Finance Committee")]),
    ("party-tag-before-member", "Rep. Omar Lind, R-Kan., a member of the House Rules "
     "Committee, voted no.",
     [("Omar Lind", "MEMBER_OF", "House Rules Committee")]),
    # a state's possessive before a place names where the place is
    ("state-possessed-place", "Rebels shelled Syria's Idlib on Monday.",
     [("Idlib", "LOCATED_IN", "Syria")]),
    ("state-possessed-river", "Crocodiles in Malawi's Shire River have killed two people.",
     [("Shire River", "LOCATED_IN", "Malawi")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_expected_triples(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # an envoy "for" a country works on it, not for it
    ("envoy-for-state", "Responding to the vote, Dana Hale, the Irish Special Envoy for "
     "Yemen, said the talks must go on.",
     [("Dana Hale", "MEMBER_OF", "Yemen")]),
    ("representative-for-state", "Dana Hale, the UN special representative for Somalia, "
     "left Mogadishu.",
     [("Dana Hale", "MEMBER_OF", "Somalia")]),
    ("party-tag-is-no-person", "Sen. Dana Hale, D-Ohio, chairman of the Senate Finance "
     "Committee, opposed the bill.",
     [("Ohio", "LEADS", "*")]),
    # a state's possessive before a person is no place of a place
    ("state-possessed-person", "Kenya's Dana Hale won the race.",
     [("*", "LOCATED_IN", "Dana Hale")]),
    # a place named after a state's possessive noun, not after the state
    ("state-possessed-noun", "Syria's rebels shelled Idlib on Monday.",
     [("Idlib", "LOCATED_IN", "Syria")]),
    # "In Ghana" says where the minister was, not whose minister
    ("in-state-before-title", "In Ghana Minister Dana Hale met with the opposition leaders.",
     [("Dana Hale", "MEMBER_OF", "Ghana")]),
]


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_forbidden_triples(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
