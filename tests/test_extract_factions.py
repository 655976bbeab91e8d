"""A faction named by a word in brackets after its party's name ("Communist Party of X
(Maoist)", "... Front (Independent)"): the bracket is part of the faction's name, an
actor apart from the party it split from. Own sentences, with the near misses (an
acronym, an outlet, a year in brackets) that stay outside the name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.extract import extract_document

from .test_extract import Triple, assert_found, cases

_RANCHI = "RANCHI, India, 4 May 2026 - "

FOUND: list[tuple[str, str, list[Triple]]] = [
    ("maoist-commander", _RANCHI + "The Communist Party of India (Maoist) said on Sunday "
     "that its commander, Ramanna Hemla, had been killed.",
     [("Ramanna Hemla", "LEADS", "Communist Party of India (Maoist)")]),
    ("independent-leader", "The Tana Liberation Front (Independent) said its leader, Joseph "
     "Kiru, had been arrested in Garissa.",
     [("Joseph Kiru", "LEADS", "Tana Liberation Front (Independent)")]),
    ("marxist-leninist-hyphen", "Guerrillas of the Mindoro People's Army (Marxist-Leninist) "
     "clashed with the Philippine Army near Calapan on Monday.",
     [("Mindoro People's Army (Marxist-Leninist)", "TARGETS", "Philippine Army")]),
    ("reunified-truce", "The Kivu Democratic Movement (Reunified) signed a truce with the "
     "Kivu Patriotic Front on Monday.",
     [("Kivu Democratic Movement (Reunified)", "CEASEFIRE_WITH", "Kivu Patriotic Front")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_faction_names_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


def _names(nlp: Language, text: str) -> set[str]:
    return {a.name for a in extract_document(nlp, text, "t.txt").actors}


def test_faction_and_party_are_two_actors(nlp: Language) -> None:
    names = _names(nlp, "The Tana Liberation Front (Independent) broke away from the Tana "
                   "Liberation Front in 2019 and rejected its talks with the government.")
    assert {"Tana Liberation Front (Independent)", "Tana Liberation Front"} <= names


@pytest.mark.parametrize("text", [
    "The Tana Liberation Front (TLF) attacked a police post near Garissa on Monday.",
    "The Tana Liberation Front (Kenya) attacked a police post near Garissa on Monday.",
    "The Tana Liberation Front (2019) attacked a police post near Garissa on Monday.",
    "The Tana Liberation Front (independent of the old command) attacked a police post.",
])
def test_other_brackets_stay_outside_the_name(nlp: Language, text: str) -> None:
    names = _names(nlp, text)
    assert "Tana Liberation Front" in names
    assert not any("(" in name for name in names)


def test_network_named_by_its_family(nlp: Language) -> None:
    """"the Zadran network": the family's name with the lowercase noun is the group's
    name as the text writes it (an alias), and the group is armed."""
    ex = extract_document(nlp, "Interior Minister Karim Zadran, who also leads the Zadran "
                          "network, flew to Khost on Monday.", "t.txt")
    groups = [a for a in ex.actors if "Zadran network" in a.aliases]
    assert len(groups) == 1 and groups[0].type.value == "ARMED_GROUP", ex.actors
    leads = {(r.source, r.type.value, r.target) for r in ex.relations}
    person = next(a.id for a in ex.actors if a.name == "Karim Zadran")
    assert (person, "LEADS", groups[0].id) in leads


def test_a_common_network_is_no_actor(nlp: Language) -> None:
    assert _names(nlp, "Police dismantled a smuggling network in Mombasa on Monday.") == {
        "Mombasa"}
