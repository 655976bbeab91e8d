"""Wire copy tells what troops did and names the force after the clause ("Soldiers retook
X on Monday, the army said"): bare troops reported by a state's force are its own. Places
told as "the settlement of X", "the hamlet of X" are the place. Own sentences, with the
near misses: gunmen reported by an army are not the army's; troops reported by a rebel
group are not the group's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

FOUND: list[tuple[str, str, list[Triple]]] = [
    ("soldiers-retook-army-said", "Soldiers retook Faya on Monday, the Chadian army said.",
     [("Chadian forces", "CONTROLS", "Faya")]),
    ("troops-seized-long", "Troops seized the town of Lomuru after two days of fighting "
     "with rebels of the Tana Front on Sunday, the Kenyan army said in a statement on Monday.",
     [("Kenyan forces", "CONTROLS", "Lomuru")]),
    ("army-said-before", "The Kenyan Army said soldiers had retaken Lomuru.",
     [("Kenyan Army", "CONTROLS", "Lomuru")]),
    ("settlement-of", "Chadian troops have retaken the gold-mining settlement of Kouba "
     "Dersa in the far north after three days of fighting, the army said.",
     [("Chadian forces", "CONTROLS", "Kouba Dersa")]),
    ("hamlet-of", "Rebels of the Tana Front attacked the hamlet of Kiru on Monday.",
     [("Tana Front", "TARGETS", "Kiru")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    ("rebels-report-soldiers", "Soldiers attacked our positions near Faya, the Tana Front "
     "said.", [("Tana Front", "TARGETS", "*")]),
    ("gunmen-reported-by-army", "Gunmen seized the town of Faya on Monday, the Chadian army "
     "said.", [("Chadian forces", "CONTROLS", "Faya")]),
    ("owned-troops-not-speakers", "Malian soldiers retook Faya on Monday, the Chadian army "
     "said.", [("Chadian forces", "CONTROLS", "Faya")]),
    ("settlement-of-dispute", "The government reached a settlement of the dispute with the "
     "Tana Front on Monday.", [("*", "CONTROLS", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_reported_troops_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_reported_troops_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
