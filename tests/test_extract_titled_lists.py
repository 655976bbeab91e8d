"""Two titled people joined by "and" after a verb ("met Foreign Minister A and Defence
Minister B"): the parser often reads the whole run as one name headed by B, with A deep
inside it; both are the verb's objects. Own sentences, with near misses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

FOUND: list[tuple[str, str, list[Triple]]] = [
    ("met-two-ministers", "The US special envoy, Mark Dalton, met Foreign Minister Omar "
     "Haddad and Defence Minister Ali Saleh in Amman on Thursday.",
     [("Mark Dalton", "MEETS_WITH", "Omar Haddad"), ("Mark Dalton", "MEETS_WITH", "Ali Saleh")]),
    ("met-two-ministers-wire", "KAMPALA, May 3 (Reuters) - Envoy Mark Dalton met Interior "
     "Minister Grace Akello and Army Commander Peter Okot on Monday to discuss the "
     "border, a government statement said.",
     [("Mark Dalton", "MEETS_WITH", "Grace Akello"), ("Mark Dalton", "MEETS_WITH", "Peter Okot")]),
    ("met-two-ministers-demonyms", "The special envoy for the region, Mark Dalton, met "
     "Kenyan Foreign Minister Omar Haddad and Ugandan Foreign Minister Ali Saleh in Arusha "
     "on Thursday evening.",
     [("Mark Dalton", "MEETS_WITH", "Omar Haddad"), ("Mark Dalton", "MEETS_WITH", "Ali Saleh")]),
    ("killed-two-officers", "Fighters of the Kano Brigade killed Colonel Omar Haddad and "
     "Captain Ali Saleh near Kano on Monday.",
     [("Kano Brigade", "KILLED", "Omar Haddad"), ("Kano Brigade", "KILLED", "Ali Saleh")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    ("subject-pair-not-object", "Foreign Minister Omar Haddad and Defence Minister Ali "
     "Saleh met Mark Dalton in Amman.", [("Omar Haddad", "MEETS_WITH", "Ali Saleh")]),
    ("did-not-meet", "The US special envoy, Mark Dalton, did not meet Foreign Minister "
     "Omar Haddad and Defence Minister Ali Saleh in Amman.",
     [("Mark Dalton", "MEETS_WITH", "Omar Haddad")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_titled_list_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_titled_list_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
