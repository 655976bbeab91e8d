"""Words that are no names of actors: a common word the model tags as an organisation ("held
its congress"), a known body's short name closing a longer name ("the Tana Federalist
Congress" is not the US Congress), a name every state has one of ("Kenya's Defence Ministry"
is the Kenyan one, not a "Defence Ministry" Somalia's shares), and a state named as the aim
of a body ("the Council for the Liberation of X") that is neither its owner nor its seat.
Own sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

FOUND: list[tuple[str, str, list[Triple]]] = [
    ("congress-capitalised", "The Karoan Front urged the US Congress to end its aid to "
     "the army.", [("Karoan Front", "DEMANDS", "US Congress")]),
    ("ministry-of-state", "The Defence Ministry of Kenya said on Monday that its troops "
     "had left Garissa.", [("Defence Ministry of Kenya", "PART_OF", "Kenya")]),
    ("court-of-state", "The Supreme Court of Kenya ruled on Monday.",
     [("Supreme Court", "PART_OF", "Kenya")]),
    ("two-states-two-ministries", "Kenya's Defence Ministry said its troops had been "
     "attacked near the border. Somalia's Defence Ministry denied the claim on Monday.",
     [("Kenyan Defence Ministry", "PART_OF", "Kenya"),
      ("Somali Defence Ministry", "PART_OF", "Somalia")]),
    ("state-owned-spokesperson", "Amina Noor, spokesperson for Kenya's Foreign Ministry, "
     "said the envoy had been recalled.",
     [("Amina Noor", "SPOKESPERSON_FOR", "Kenyan Foreign Ministry")]),
    ("state-owned-long-name", "Fighting resumed after Turkey's Ministry of National Defence "
     "said its forces had struck the Karoan Front.",
     [("Turkish Ministry of National Defence", "PART_OF", "Turkey")]),
    ("states-guard", "Mali's Presidential Guard arrested the colonel on Monday.",
     [("Presidential Guard", "PART_OF", "Mali")]),
    ("proper-name-kept", "Iran's Islamic Revolutionary Guard Corps attacked the convoy.",
     [("Islamic Revolutionary Guard Corps", "PART_OF", "Iran")]),
    ("congress-alone", "On Monday Congress urged the Pentagon to end the aid to the "
     "Karoan army.", [("US Congress", "DEMANDS", "Pentagon")]),
    ("congress-long-name-whole", "The Tana Federalist Congress urged the Karoan Front to "
     "lay down its arms.", [("Tana Federalist Congress", "DEMANDS", "Karoan Front")]),
]

_NO_US_CONGRESS: list[Triple] = [("US Congress", "*", "*"), ("*", "*", "US Congress")]
ABSENT: list[tuple[str, str, list[Triple]]] = [
    ("congress-closing-a-name", "The Tana Federalist Congress said on Monday that it would "
     "boycott the election called by the army.", _NO_US_CONGRESS),
    ("congress-after-possessive-name", "Leaders of the Karoo People's Congress met "
     "the governor in Garissa on Monday.", _NO_US_CONGRESS),
    ("congress-at-sentence-start", "Tana Federalist Congress leaders met the Karoan Front "
     "on Friday.", _NO_US_CONGRESS),
    ("one-ministry-for-two-states", "Kenya's Defence Ministry said its troops had been "
     "attacked near the border. Somalia's Defence Ministry denied the claim on Monday.",
     [("Defence Ministry", "*", "*"), ("Kenyan Defence Ministry", "PART_OF", "Somalia"),
      ("Somali Defence Ministry", "PART_OF", "Kenya")]),
    ("states-cartel", "Los Lobos is an ally of Mexico's Jalisco New Generation Cartel, "
     "officials said.", [("Jalisco New Generation Cartel", "PART_OF", "Mexico")]),
    ("states-liberation-front", "Chad's Kanem Liberation Front attacked the base at Faya "
     "on Monday.", [("Kanem Liberation Front", "PART_OF", "Chad")]),
    ("lower-congress", "The Mozambique Liberation Front held its congress in Maputo.",
     [("*", "*", "US Congress"), ("US Congress", "*", "*")]),
    ("lower-congress-long", "The Tana Front, an armed movement founded in 2019 by former "
     "soldiers, held its annual congress in the town of Garissa on Sunday, according to "
     "residents.", [("*", "CONTROLS", "*"), ("US Congress", "*", "*")]),
    ("lower-senate", "The party met in Maputo, and the senate voted on Monday.",
     [("senate", "*", "*")]),
    ("liberation-of-state", "A group calling itself the Military Council for the "
     "Liberation of Karoa said it was coordinating the uprising in Mali.",
     [("*", "PART_OF", "Mali")]),
    ("liberation-of-real-state", "A group calling itself the Military Council for the "
     "Liberation of Syria, led by a former brigadier, said it was coordinating the uprising.",
     [("*", "PART_OF", "Syria"), ("*", "LOCATED_IN", "Syria")]),
    ("independence-of-state", "The Council for the Independence of Cameroon met on Monday.",
     [("*", "PART_OF", "Cameroon"), ("*", "LOCATED_IN", "Cameroon")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_names_still_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_no_name_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
