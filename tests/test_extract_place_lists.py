"""A list of places that shares one kind noun, written once after its last member:

- "throughout X, Y, Z and southern W Counties in southern Kandor": the kind noun
  (capitalised or not, singular or plural) closes the list's last name, and every member
  lies in the place after "in", as in "X, Y and Z in Kandor";
- not members set "outside" the place.

Every row is written for this table, with invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

L = "LOCATED_IN"

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    ("capitalised-plural-kind",
     "Widespread flooding was reported throughout Arlen, Mora, Denton and southern Holt "
     "Counties in southern Kandor.",
     [("Arlen", L, "Kandor"), ("Mora", L, "Kandor"), ("Denton", L, "Kandor")]),
    ("capitalised-plural-kind-other-town",
     "Widespread flooding was reported throughout Arlen, Mora, Tyler and southern Holt "
     "Counties in southern Kandor.",
     [("Arlen", L, "Kandor"), ("Tyler", L, "Kandor")]),
    ("lower-case-plural-kind",
     "Road closures were reported across the Harlan and Tolu districts in northern Kandor.",
     [("Harlan", L, "Kandor"), ("Tolu", L, "Kandor")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("outside-the-place",
     "Flooding was reported in Arlen, Mora and Holt Counties, outside Kandor.",
     [("Arlen", L, "Kandor"), ("Mora", L, "Kandor")]),
]


# (a row is read or refused: one test over both tables, each row named by its id)
READINGS = [
    *(pytest.param(text, triples, True, id=row) for row, text, triples in POSITIVE),
    *(pytest.param(text, triples, False, id=f"not-{row}") for row, text, triples in NEGATIVE),
]


@pytest.mark.parametrize(("text", "triples", "read"), READINGS)
def test_place_lists_read_or_refused(nlp: Language, text: str, triples: list[Triple],
                                     read: bool) -> None:
    (assert_found if read else assert_absent)(nlp, text, triples)
