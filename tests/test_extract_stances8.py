"""Stances read from news nobody developed on (the batches 168-183): what a spokesperson
says for a body (a demand, a criticism, a rejection) is the body's stance and the
spokesperson's own; a past-tense verb the parser hangs on its subject ("Its spokesman,
X, called on Y"); "met face to face with Y"; "officials (bishops) from X met Y"; and
what is not read: a spokesperson's words for a person (the person's alone), what a body
does through its spokesperson (a meeting), the victim named after a condemned killing
("the murder of a priest, Father X"), people from a place, two subjects the parser
gives one verb ("whom the army holds responsible") taken for a pair acting together.
Own sentences, with invented or generic names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # a spokesperson's demand: the body's and the spokesperson's own
    ("its-spokesman-called-on", "The Tolo Liberation Front said it would not lay down "
     "its arms. Its spokesman, Amadou Kessel, called on the African Union to send "
     "monitors.",
     [("Tolo Liberation Front", "DEMANDS", "African Union"),
      ("Amadou Kessel", "DEMANDS", "African Union")]),
    ("spokesman-for-accused", "Ivo Marek, a spokesman for the Kenyan Ministry of "
     "Foreign Affairs, accused Somalia of harbouring the gunmen.",
     [("Ivo Marek", "CRITICIZES", "Somalia")]),
    ("met-face-to-face-with", "General Ivo Marek, who leads the Tolo Liberation Front, "
     "met face to face with Amadou Kessel, the head of the government delegation, on "
     "Wednesday evening.", [("Ivo Marek", "MEETS_WITH", "Amadou Kessel")]),
    ("officials-from-met", "On Monday, officials from the African Union met with Amadou "
     "Kessel in Baro.", [("African Union", "MEETS_WITH", "Amadou Kessel")]),
    ("condemned-killings-including-murder-of", "\"I condemn in the strongest terms the "
     "killings and abductions committed by the Tolo Liberation Front, including the murder "
     "of a man of peace, Father Amadou Kessel,\" Mr. Ivo Marek said.",
     [("Ivo Marek", "CRITICIZES", "Tolo Liberation Front")]),
    # two states named as one subject act together
    ("pair-armed-together", "Qatar and Gabon armed the Tolo Liberation Front.",
     [("Qatar", "COOPERATES_WITH", "Gabon")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # a spokesman for a person speaks that person's words, not his own
    ("spokesman-for-president-urged", "Ivo Marek, a spokesman for President Tomas Berg, "
     "said Berg urged Somalia to hand over the gunmen.",
     [("Ivo Marek", "DEMANDS", "Somalia")]),
    # a body's meeting is not its spokesperson's
    ("its-spokesman-met", "The Tolo Liberation Front said it wanted talks. Its spokesman, "
     "Amadou Kessel, said the front had met the African Union in Addis Ababa.",
     [("Amadou Kessel", "MEETS_WITH", "African Union")]),
    # the victim set off after the killing condemned is not condemned
    ("condemned-killings-including-murder-of-victim", "\"I condemn in the strongest terms "
     "the killings and abductions committed by the Tolo Liberation Front, including the "
     "murder of a man of peace, Father Amadou Kessel,\" Mr. Ivo Marek said.",
     [("Ivo Marek", "CRITICIZES", "Amadou Kessel")]),
    ("condemned-murder-of-a-nurse", "Ivo Marek condemned the murder of a nurse, Amina "
     "Kessel, in Baro.", [("Ivo Marek", "CRITICIZES", "Amina Kessel")]),
    # people from a place are no body sent to meet
    ("residents-from-met", "Residents from Baro met with Amadou Kessel on Monday.",
     [("Baro", "MEETS_WITH", "*")]),
    # "whom" and "the army", two subjects the parser gives one verb, are no pair acting
    ("whom-the-army-holds", "Soldiers of the Kenya Defence Forces killed Amadou Kessel, "
     "a commander whom the army holds responsible for a series of kidnappings.",
     [("*", "COOPERATES_WITH", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_stance_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_stance_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
