"""Precision of the general readings: where an act is only aimed at, offered or asked, or
where a law reaches, nobody is told to be (links._where_done). Own sentences; each must-not
has a must beside it so the right outputs of the same reading stay."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # who meets (acts) in a place is there
    ("met-in-a-town", "Governor Dana Hale met army commanders in Tulsa on Monday.",
     [("Dana Hale", "LOCATED_IN", "Tulsa")]),
    ("met-after-a-pledge", "Governor Dana Hale, who has pledged to build schools, met "
     "army commanders in Tulsa on Monday.", [("Dana Hale", "LOCATED_IN", "Tulsa")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_where_done_keeps_acts(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # an aim or an offer is no presence
    ("ready-to-help-train", "The Northern Relief Agency said it was ready to help train "
     "nurses in Dover.", [("Northern Relief Agency", "LOCATED_IN", "Dover")]),
    # a legal status a state gives reaches its land, not the one it names
    ("wanted-in", "Tom Ellery, a trader wanted in Canada since 2019, was seen in a market.",
     [("Tom Ellery", "LOCATED_IN", "Canada")]),
    ("banned-in", "The Coastal League, a group banned in Canada, held a rally.",
     [("Coastal League", "LOCATED_IN", "Canada")]),
]


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_where_done_drops_aims_and_laws(nlp: Language, text: str,
                                        forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
