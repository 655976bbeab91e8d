"""Stances and diplomacy told across sentences or through a noun: who condemned an attack
told before, who sanctioned, met or made peace with whom. Own sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # "condemned the strike": the doer the strike was told with before
    ("condemned-the-strike-of-a-demonym", "A Russian missile strike hit a market in Kharkiv on "
     "Monday. Poland condemned the strike.", [("Poland", "CRITICIZES", "Russia")]),
    ("condemned-the-attack-carried-out-by", "Gunmen stormed the village of Tunga at dawn. The "
     "raid was carried out by Boko Haram, the police said. Governor Babagana Zulum condemned "
     "the attack.", [("Babagana Zulum", "CRITICIZES", "Boko Haram")]),
    ("condemned-the-claimed-attack-not-the-reply", "Gunmen attacked an army post near Gao. The "
     "Islamic State Sahel Province claimed the attack on Tuesday. The French army later struck "
     "the fighters near Menaka. The African Union condemned the attack.",
     [("African Union", "CRITICIZES", "Islamic State Sahel Province")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("condemned-a-threatened-strike", "Russia threatened a strike on the bridge. Poland "
     "condemned the strike.", [("Poland", "CRITICIZES", "*")]),
    ("did-not-condemn-the-strike", "A Russian missile strike hit a market in Kharkiv on "
     "Monday. Poland did not condemn the strike.", [("Poland", "CRITICIZES", "*")]),
    ("condemned-an-attack-with-no-doer", "Gunmen stormed the village of Tunga at dawn. "
     "Governor Babagana Zulum condemned the attack.", [("Babagana Zulum", "CRITICIZES", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_expected_triples(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_forbidden_triples(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
