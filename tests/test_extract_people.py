"""Where people live and whom they work for: appositions, copulas, birthplaces, hometowns,
a town's officials. Own sentences; each rule has a sentence that must not give the edge."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # copulas and appositions (links._holder)
    ("copula-subject-named-in-apposition", "The mayor's wife, Rana Haddad, is a native of Aleppo.",
     [("Rana Haddad", "LOCATED_IN", "Aleppo")]),
    ("capitalised-common-noun-appos", "Dana Hale, a Democrat from Tulsa, voted against the bill.",
     [("Dana Hale", "LOCATED_IN", "Tulsa")]),
    ("one-of-the-experts-in", "Omar Kaya, one of the leading missile experts in Israel, spoke.",
     [("Omar Kaya", "LOCATED_IN", "Israel")]),
    ("one-of-the-members-of", "Omar Kaya, one of the leaders of Hamas, said so.",
     [("Omar Kaya", "MEMBER_OF", "Hamas")]),
    ("job-on-the-copula", "Omar Kaya was treasurer at the Red Crescent Society when he was "
     "arrested.", [("Omar Kaya", "MEMBER_OF", "Red Crescent Society")]),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in POSITIVE],
                         ids=[i for i, _, _ in POSITIVE])
def test_expected_triples(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("copula-subject-unnamed", "His wife is a native of Salzburg, Maria Berger said.",
     [("Maria Berger", "LOCATED_IN", "*")]),
    ("capitalised-title-is-no-residence",
     "Dana Hale, the Special Envoy for Refugees in Central Asia, will travel to Kabul.",
     [("Dana Hale", "LOCATED_IN", "Central Asia")]),
    ("one-of-as-object", "Dana Hale met one of the leading missile experts in Israel.",
     [("Dana Hale", "LOCATED_IN", "*")]),
    ("not-a-job-on-the-copula", "It was chaos at the Red Crescent Society when Omar Kaya was "
     "arrested.", [("Omar Kaya", "MEMBER_OF", "*")]),
]


@pytest.mark.parametrize(("text", "forbidden"), [(t, f) for _, t, f in NEGATIVE],
                         ids=[i for i, _, _ in NEGATIVE])
def test_forbidden_triples(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
