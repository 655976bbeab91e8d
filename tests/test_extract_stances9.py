"""Stances read from news nobody developed on (the batches 176-191): a call on another put
as what it must (should) do, in the speaker's own quotation or in reported speech ("'Y
must withdraw its troops from Z,' said X"), also where the quotation closes in a later
sentence; such an act owed is not done ("Y must withdraw from Z" tells no withdrawal, "Y
should meet Z" no meeting); money funnelled (channelled) to a side backs it; a body's
"we" in a quotation its spokesperson credits is the spokesperson's call too; those
picked out of the sanctioned ("X sanctioned four men. Among them was Y") are sanctioned.
And what is not read: a guess ("must have crossed"), a retort ("should look at its own
record"), a passive ("must be held to account"), an act of the speaker's own side, money
funnelled from a side, those picked out of people arrested, not sanctioned, two doers of
one act on opposite sides ("X and Y back rival camps") taken as one side. Own sentences,
with invented or generic names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    ("quoted-must-withdraw", "\"Kenya must withdraw its troops from Garissa, or the talks "
     "will fail,\" said Amadou Kessel, a spokesman for the Tolo Liberation Front.",
     [("Amadou Kessel", "DEMANDS", "Kenya")]),
    ("quoted-must-not-attack", "\"Hamas must not attack civilians,\" said Ivo Marek.",
     [("Ivo Marek", "DEMANDS", "Hamas")]),
    ("reported-should-stop", "The foreign minister of Chad, Ali Moussa, said Sudan should "
     "stop arming the rebels.", [("Ali Moussa", "DEMANDS", "Sudan")]),
    ("quote-credited-later", "\"Hamas must free the hostages. There is no excuse for "
     "holding them,\" said Ivo Marek, the president of Niger.",
     [("Ivo Marek", "DEMANDS", "Hamas")]),
    ("funnelled-money-to", "Prosecutors say Tarik Mansour funnelled $6 million to "
     "Hezbollah between 2018 and 2022.", [("Tarik Mansour", "BACKS", "Hezbollah")]),
    # a body's "we" in a quotation its spokesperson credits: the spokesperson's words too
    ("we-call-on-said-spokesperson", "Amadou Kessel, a spokesman for the Tolo Liberation "
     "Front, spoke in Baro. \"The front has kept its word,\" Kessel said. \"We call on "
     "Chad to free our prisoners.\"",
     [("Tolo Liberation Front", "DEMANDS", "Chad"), ("Amadou Kessel", "DEMANDS", "Chad")]),
    # those sanctioned, picked out in the next sentence
    ("among-them-was", "Britain sanctioned three men and two firms for funding the Tolo "
     "Liberation Front. Among them was Tarik Mansour, a trader based in Baro.",
     [("United Kingdom", "SANCTIONS", "Tarik Mansour")]),
    ("among-the-companies-is", "Canada sanctioned Tarik Mansour, along with two associates "
     "and four companies. Among the companies is Baro Gold Trading Ltd, a firm based in "
     "Kidal.", [("Canada", "SANCTIONS", "Baro Gold Trading Ltd")]),
    ("channelled-funds-to", "Tarik Mansour channelled funds to the Tolo Liberation Front "
     "through a network of exchange houses.",
     [("Tarik Mansour", "BACKS", "Tolo Liberation Front")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # an act owed is not done
    ("must-withdraw-not-withdrawn", "\"Kenya must withdraw its troops from Garissa,\" "
     "said Amadou Kessel.", [("Kenya", "WITHDRAWS_FROM", "*")]),
    ("should-meet-not-met", "Amadou Kessel said Chad should meet Sudan in Addis Ababa.",
     [("Chad", "MEETS_WITH", "Sudan")]),
    # a guess, a retort, a passive: no call on the subject
    ("must-have-crossed", "\"Hamas must have crossed the border at night,\" said Ivo "
     "Marek, a researcher.", [("Ivo Marek", "DEMANDS", "*")]),
    ("should-look-at-itself", "\"Kenya should look at who buys the charcoal before it "
     "lectures others,\" said Ivo Marek.", [("Ivo Marek", "DEMANDS", "Kenya")]),
    ("must-be-held", "\"Hamas must be held to account,\" said Ivo Marek.",
     [("Ivo Marek", "DEMANDS", "Hamas")]),
    ("if-should", "Ivo Marek said that if Hamas should attack again, Israel would respond.",
     [("Ivo Marek", "DEMANDS", "Hamas")]),
    # one's own side owes nothing to one's call
    ("our-side-must", "\"The Tolo Liberation Front must stay united,\" said Amadou Kessel, "
     "a spokesman for the Tolo Liberation Front.",
     [("Amadou Kessel", "DEMANDS", "Tolo Liberation Front"),
      ("Tolo Liberation Front", "DEMANDS", "Tolo Liberation Front")]),
    # money taken from a side is no backing of it
    ("funnelled-from", "Prosecutors say Tarik Mansour funnelled $6 million from Hezbollah "
     "accounts to Dubai.", [("Tarik Mansour", "BACKS", "Hezbollah")]),
    # "we" of a person who speaks for no body stays with the speaker
    ("we-call-on-said-researcher", "\"We call on Chad to free the prisoners,\" said Amadou "
     "Kessel, a researcher at Baro University.",
     [("Baro University", "DEMANDS", "Chad")]),
    # those arrested (not sanctioned), or sanctioned in another paragraph
    ("among-them-arrested", "The army arrested four men and two women in Kidal. Among them "
     "was Tarik Mansour, a trader.", [("*", "SANCTIONS", "Tarik Mansour")]),
    ("among-them-new-paragraph", "Britain sanctioned three men and two firms on Monday.\n\n"
     "Among them was Tarik Mansour, a trader.",
     [("*", "SANCTIONS", "Tarik Mansour")]),
    # two doers of one act on opposite sides do not act together
    ("backing-opposite-camps", "Qatar and Gabon are backing opposite camps in the war.",
     [("Qatar", "COOPERATES_WITH", "Gabon")]),
    ("armed-rival-militias", "Qatar and Gabon armed rival militias in Darfur.",
     [("Qatar", "COOPERATES_WITH", "Gabon")]),
    # not money: nobody backed
    ("funnelled-fighters", "The pass funnelled fighters to the Tolo Liberation Front.",
     [("*", "BACKS", "Tolo Liberation Front")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_stance_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_stance_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
