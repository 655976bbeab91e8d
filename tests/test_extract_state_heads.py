"""Heads of state and office-holders as reports name them: a bare "President X" asked to
act or ruling a government in a report datelined in his country ("called on President X
to", "the government of President X"), a dateline under a byline, and a name the model
leaves unlabelled after a long title ("High Commissioner for Human Rights Jurgen Maas"). Own
sentences, with near misses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.extract import extract_document

from .test_extract import Triple, assert_absent, assert_found, cases

FOUND: list[tuple[str, str, list[Triple]]] = [
    ("called-on-president", "MAKENI, Sierra Leone, 3 May 2026 — Gunmen killed nine people. "
     "The district chairman called on President Samuel Koroma to deploy more troops.",
     [("Samuel Koroma", "LEADS", "Sierra Leone")]),
    ("urged-prime-minister", "KATHMANDU, Nepal, 9 June 2026 — Opposition leaders urged "
     "Prime Minister Raj Thapa to withdraw the bill.", [("Raj Thapa", "LEADS", "Nepal")]),
    ("government-of-president", "BANGUI, Central African Republic, 2 July 2026 — The north "
     "has been outside the control of the government of President Jean Ndoma since 2024.",
     [("Jean Ndoma", "LEADS", "Central African Republic")]),
    ("dateline-under-byline", "ANALYSIS-Two years on, the south is still a fault line\n\n"
     "By Staff Correspondent\n\nJUBA, South Sudan, 6 March 2026 - President Peter Deng "
     "said on Friday that the army would stay in Yei.", [("Peter Deng", "LEADS", "South Sudan")]),
    ("name-after-office-subject", "GENEVA, 4 May 2026 – UN High Commissioner for Human "
     "Rights Jurgen Maas today condemned an attack by the Sword Brigade on a camp. "
     "\"Civilians must be spared,\" Maas said.", [("Jurgen Maas", "CRITICIZES", "Sword Brigade")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    ("urged-foreign-president", "KYIV, Ukraine, 3 March 2026 — Officials urged President "
     "Paul Moreau to send more air defence to Ukraine.", [("Paul Moreau", "LEADS", "*")]),
    ("called-on-president-no-dateline", "The district chairman called on President Samuel "
     "Koroma to deploy more troops.", [("Samuel Koroma", "LEADS", "*")]),
    ("met-president", "MAKENI, Sierra Leone, 3 May 2026 — The envoy met President Samuel "
     "Koroma of Liberia.", [("Samuel Koroma", "LEADS", "Sierra Leone")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_state_heads_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_state_heads_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)


def test_a_high_commission_stays_a_body(nlp: Language) -> None:
    actors = {a.name: a.type.value for a in extract_document(
        nlp, "The High Commission in Nairobi said the embassy was closed.", "t.txt").actors}
    assert actors.get("High Commission") == "GOVERNMENT_BODY", actors
