"""Name-calling as criticism: a speaker who calls an actor murderers, thieves or a
terrorist group, dismisses it as a gang of thugs, or brands it a criminal organisation
criticises it; short and inside long wire sentences. Each next to the near miss that
must give no CRITICIZES: a neutral label, a name given with "called", a negation.
Own sentences, invented groups and people."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.extract import extract_document

from .test_extract import Triple, assert_absent, assert_found, cases

FOUND: list[tuple[str, str, list[Triple]]] = [
    ("calling-band-of", "Governor Ali Musa condemned the raid, calling the Sword Front "
     "\"a band of murderers hiding behind a slogan\".",
     [("Ali Musa", "CRITICIZES", "Sword Front")]),
    ("calling-oprd", "Governor Ali Musa called the Sword Front murderers.",
     [("Ali Musa", "CRITICIZES", "Sword Front")]),
    ("branded-terrorist-organisation", "Kenya's defence minister branded the Sword Front "
     "a terrorist organisation.", [("Kenya", "CRITICIZES", "Sword Front")]),
    ("described-as-criminals", "Interior Minister Adu Mensah described the Sword Front as "
     "criminals.", [("Adu Mensah", "CRITICIZES", "Sword Front")]),
    ("dismissed-as-gang-of-thieves", "The Delta Youth Council dismissed the Sword Front as a "
     "gang of oil thieves.", [("Delta Youth Council", "CRITICIZES", "Sword Front")]),
    ("passive-described-by", "The Sword Front was described by Governor Ali Musa as a gang "
     "of cowards.", [("Ali Musa", "CRITICIZES", "Sword Front")]),
    ("labelled-criminal-gang", "Kenya labelled the Marsabit Liberation Army a criminal "
     "gang.", [("Kenya", "CRITICIZES", "Marsabit Liberation Army")]),
    ("wire-calling", "BAMAKO, 4 May 2026 — The Malian army said on Tuesday that it had "
     "repelled an attack near Gao, calling the Azawad Salvation Front \"terrorists\" and "
     "promising to pursue its fighters.",
     [("Malian forces", "CRITICIZES", "Azawad Salvation Front")]),
    ("wire-dismissed-as", "In a statement on Monday, the Tanko Security Company dismissed "
     "the Creek Liberation Front as \"a bunch of thugs hiding behind the struggle\" and said its "
     "men would keep guarding the pipelines.",
     [("Tanko Security Company", "CRITICIZES", "Creek Liberation Front")]),
]

# A name the model runs on over "of" and the charge: the name stops before "of war crimes".
NAMES: list[tuple[str, str, list[Triple]]] = [
    ("accused-of-war-crimes", "Amnesty International accused the Sword Front of war crimes "
     "in Tessit.", [("Amnesty International", "CRITICIZES", "Sword Front")]),
    ("accused-of-abuses", "Human Rights Watch accused the Kivu Defence Force of abuses in "
     "Masisi.", [("Human Rights Watch", "CRITICIZES", "Kivu Defence Force")]),
    ("name-with-own-of", "The Front for the Liberation of the Enclave of Tula attacked a "
     "convoy, Amnesty International said.",
     [("Front for the Liberation of the Enclave of Tula", "TARGETS", "*")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    ("name-given-with-called", "Police said a gang called the Six Brothers controlled the "
     "market.", [("*", "CRITICIZES", "*")]),
    ("neutral-description", "Governor Ali Musa described the Sword Front as the largest "
     "armed group in the state.", [("Ali Musa", "CRITICIZES", "Sword Front")]),
    ("neutral-label", "Uganda called the African Union a partner in the fight.",
     [("Uganda", "CRITICIZES", "African Union")]),
    ("negated", "Governor Ali Musa did not call the Sword Front terrorists.",
     [("Ali Musa", "CRITICIZES", "Sword Front")]),
    ("called-for-talks", "Governor Ali Musa called the Sword Front to talks in Kano.",
     [("Ali Musa", "CRITICIZES", "Sword Front")]),
    ("describes-attack-only", "Governor Ali Musa described the attack as a tragedy.",
     [("*", "CRITICIZES", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_name_calling_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), cases(NAMES))
def test_name_stops_before_a_charge(nlp: Language, text: str, expected: list[Triple]) -> None:
    names = {a.name for a in extract_document(nlp, text, "t.txt").actors}
    for source, _, _ in expected:
        assert source in names, names
    assert_found(nlp, text, [t for t in expected if "*" not in t])


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_name_calling_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
