"""A headline's run of capitalised words is no actor's name, however the name readings
would join it ("Orders French Troops", "Hits Base Hosting Coalition")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.extract import extract_document

BODY = "\n\nKOROVA, Vostria (May 3, 2025) — {}\n"

HEADLINES = [
    # (headline, a sentence under it, words no actor's name may hold)
    ("Chad Junta Orders French Troops Out",
     "Chad's military government demanded that French troops leave the country.",
     "Orders"),
    ("Drone Attack Hits Base Hosting Coalition Troops",
     "A drone struck a base hosting coalition troops near Korova on Sunday.",
     "Hosting"),
    ("Rebels Say Kesh Front Fighters Took Dorran",
     "Fighters of the Kesh Front took the town of Dorran on Friday, a spokesman said.",
     "Say"),
]


@pytest.mark.parametrize(("headline", "sentence", "word"), HEADLINES)
def test_headline_words_name_no_actor(nlp: Language, headline: str, sentence: str,
                                      word: str) -> None:
    ex = extract_document(nlp, headline + BODY.format(sentence), "headline.txt")
    named = [a.name for a in ex.actors if word in a.name.split()]
    assert named == []


def test_army_named_in_a_sentence_still_read(nlp: Language) -> None:
    """The guard is the headline's, not the name's: in running text "the Free Vostria
    Army" is still a group of its own."""
    text = "The Free Vostria Army attacked a checkpoint near Korova on Monday."
    ex = extract_document(nlp, text, "army.txt")
    assert "Free Vostria Army" in {a.name for a in ex.actors}
