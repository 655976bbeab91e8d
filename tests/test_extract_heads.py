"""Heads of governments and movements named in passing: "President X's government", "the
government of Prime Minister X" as the agent of a rejection, "X's leadership, headed by
Y", "Its leader, Y" after a sentence whose verb takes the one body X. Own sentences, with
the near misses that must not give the role."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

_NAIROBI = "NAIROBI, Kenya, 3 May 2026 - "
_KORO = "KORO, Mali, 9 June 2026 (AP) - "

FOUND: list[tuple[str, str, list[Triple]]] = [
    ("possessive-government", _NAIROBI + "Prime Minister Amos Kiprono's government "
     "rejected the demand on Monday.", [("Amos Kiprono", "LEADS", "Kenya")]),
    ("possessive-administration-object", _KORO + "The Valley Front accused President "
     "Amadou Sefu's government of breaking the truce.", [("Amadou Sefu", "LEADS", "Mali")]),
    ("possessive-government-long", _NAIROBI + "Talks collapsed in April over the front's "
     "demand for a transitional council, which Prime Minister Amos Kiprono's government "
     "rejected, according to two diplomats.", [("Amos Kiprono", "LEADS", "Kenya")]),
    ("government-of-as-agent", _NAIROBI + "The demand was rejected by the government of "
     "Prime Minister Amos Kiprono.", [("Amos Kiprono", "LEADS", "Kenya")]),
    ("spokesman-as-agent", "The claim was denied on Monday by the Karoan Front's "
     "spokesman, Amos Kiprono.", [("Amos Kiprono", "SPOKESPERSON_FOR", "Karoan Front")]),
    ("leadership-headed-by", "The Karoan Front's leadership, headed since 2016 by Amos "
     "Kiprono, is based in camps near Garissa.", [("Amos Kiprono", "LEADS", "Karoan Front")]),
    ("political-leadership-led-by", "The Tana Liberation Movement's political leadership, "
     "led by Halima Odera, rejected the offer on Monday, a spokesman said.",
     [("Halima Odera", "LEADS", "Tana Liberation Movement")]),
    ("command-headed-by", "Fighting flared after the Sahel Defence Front's command, headed "
     "by Colonel Idrissa Maiga, ordered a push on the town.",
     [("Idrissa Maiga", "LEADS", "Sahel Defence Front")]),
    ("its-after-object", "The warning alarmed the Karoan Liberation Front, the region's "
     "main armed group. Its leader, Amos Kiprono, said last week that talks had failed.",
     [("Amos Kiprono", "LEADS", "Karoan Liberation Front")]),
    ("its-spokesman-after-object", "The court's decision surprised the Tana Federalist "
     "Congress. Its spokesman, Halima Odera, said the party would appeal.",
     [("Halima Odera", "SPOKESPERSON_FOR", "Tana Federalist Congress")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    ("possessive-party", _KORO + "The Valley Front said on Monday that President Amadou "
     "Sefu's party had broken the truce.", [("Amadou Sefu", "LEADS", "Mali")]),
    ("leadership-backed-by", "The Karoan Front's leadership, backed since 2016 by Amos "
     "Kiprono, is based in camps near Garissa.", [("Amos Kiprono", "LEADS", "Karoan Front")]),
    ("leadership-criticised-by", "The Karoan Front's leadership, criticised by Amos Kiprono "
     "for the attack, said on Monday it would hold talks.",
     [("Amos Kiprono", "LEADS", "Karoan Front")]),
    ("its-after-two-objects", "The ban angered the Karoan Liberation Front and the Tana "
     "Federalist Congress. Its leader, Amos Kiprono, said talks had failed.",
     [("Amos Kiprono", "LEADS", "*")]),
    ("its-after-forces-subject", "The army attacked the Karoan Liberation Front on Monday. "
     "Its commander, Amos Kiprono, said the base had held.", [("Amos Kiprono", "LEADS", "*")]),
    ("denied-by-spokesman-still-denies", "The attack on the base was denied by the Karoan "
     "Front.", [("Karoan Front", "TARGETS", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_heads_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_heads_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)


def test_government_in_another_capital(nlp: Language) -> None:
    assert_absent(nlp, _NAIROBI + "Talks stalled after President Amadou Sefu's government "
                  "in Bamako recalled its envoy.", [("Amadou Sefu", "LEADS", "Kenya")])
