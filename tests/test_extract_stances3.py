"""Stances and ties read from news nobody developed on: a verb set against a denied one
by "but", a second relative clause joined by "and", a named unit "of" its body, a request
"for" help. Own sentences, with invented or generic names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # a verb joined by "but" to a denied one is said, not denied
    ("but-accused-after-a-denial", "Samuel Odera said he did not support the raids but "
     "accused the Kenya Defence Forces of beating young men.",
     [("Samuel Odera", "CRITICIZES", "Kenya Defence Forces")]),
    ("but-condemned-after-a-denial", "Kenya did not condemn Somalia but criticised Ethiopia "
     "for the border closure.", [("Kenya", "CRITICIZES", "Ethiopia")]),
    ("finite-verb-after-did-not", "Kenya did not attend the summit and criticised Ethiopia "
     "for the border closure.", [("Kenya", "CRITICIZES", "Ethiopia")]),
    ("called-on-after-had-not", "Its chairman, Tesfaye Bekele, said last week that the "
     "Kora Front had not decided whether to field candidates and called on Kenya to reopen "
     "talks with the rebels.", [("Tesfaye Bekele", "DEMANDS", "Kenya")]),
    # "which" in a second relative clause joined by "and" stands for the same noun
    ("second-relative-clause-allied", "The Kalu Brotherhood, a jihadist group which moved "
     "into Tamba last year and which security officials say is allied with the Mara Front, "
     "raided a market.", [("Kalu Brotherhood", "ALLIED_WITH", "Mara Front")]),
    ("talks-held-with", "The Kora Front held talks with the Tolo Cartel in Nairobi on "
     "Monday.", [("Kora Front", "MEETS_WITH", "Tolo Cartel")]),
    # a named unit "of" the body it belongs to
    ("named-unit-of-police", "Officers from the Flying Squad Unit of the Ruvian National "
     "Police detained the suspect.",
     [("Flying Squad Unit", "PART_OF", "Ruvian National Police")]),
    ("named-brigade-of-army", "The Special Operations Brigade of the Ruvian Armed Forces "
     "shelled the town.", [("Special Operations Brigade", "PART_OF", "Ruvian Armed Forces")]),
    # asked another for help, troops, an extradition
    ("asked-for-reinforcements", "The Tamba council asked Kenya for reinforcements after "
     "the raid.", [("Tamba council", "DEMANDS", "Kenya")]),
    ("asked-for-extradition", "Chad has formally asked Sudan for the extradition of the two "
     "commanders.", [("Chad", "DEMANDS", "Sudan")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # a negation spreads over "or" and stays on its own verb after "but"
    ("denied-attack-or-kill", "The Kora Front did not attack or kill the Tolo Cartel "
     "fighters.", [("Kora Front", "KILLED", "*"), ("Kora Front", "TARGETS", "*")]),
    ("did-not-loot-and-burn", "The Kora Front did not loot and burn the Tolo Cartel's "
     "depot.", [("Kora Front", "TARGETS", "*")]),
    ("but-then-denied", "Kenya criticised Ethiopia but did not condemn Somalia.",
     [("Kenya", "CRITICIZES", "Somalia")]),
    ("and-denied-again", "Samuel Odera said he did not support the raids and did not accuse "
     "the Kenya Defence Forces of anything.",
     [("Samuel Odera", "CRITICIZES", "Kenya Defence Forces")]),
    # the second relative clause tells a fight, not an alliance
    ("second-relative-clause-fought", "The Kalu Brotherhood, a jihadist group which moved "
     "into Tamba last year and which security officials say has fought the Mara Front, "
     "raided a market.", [("Kalu Brotherhood", "ALLIED_WITH", "*")]),
    # talks asked of another are not held
    ("called-on-another-to-reopen-talks", "The Kora Front called on Kenya to reopen talks "
     "with the Tolo Cartel before the vote.", [("*", "MEETS_WITH", "*")]),
    # two bodies listed, each with its own people: no unit of the other
    ("two-bodies-with-their-people", "Members of the Royal Ruvian Police Service and "
     "soldiers of the Ruvian Defence Force opened fire on demonstrators in Tamba.",
     [("*", "PART_OF", "*")]),
    ("brigade-of-a-place", "A company of the 21st Brigade of Monte Verde in Cordoba was sent "
     "north.", [("*", "PART_OF", "*")]),
    ("unit-near-body", "Officers from the Flying Squad Unit arrested a man near the "
     "headquarters of the Ruvian National Police.", [("*", "PART_OF", "*")]),
    # asked about, asked for comment, denied, asked of another, a question
    ("asked-about", "Chad has asked Sudan about the extradition of the two commanders.",
     [("Chad", "DEMANDS", "Sudan")]),
    ("asked-for-comment", "Reporters asked the Ruvian Ministry of Defence for comment on "
     "the raid.", [("*", "DEMANDS", "*")]),
    ("not-asked-for", "Uganda has not asked Kenya for troops, the minister said.",
     [("Uganda", "DEMANDS", "Kenya")]),
    ("urged-another-to-ask", "Kenya urged Uganda to ask Tanzania for help with the "
     "refugees.", [("Kenya", "DEMANDS", "Tanzania"), ("Uganda", "DEMANDS", "Tanzania")]),
    ("asked-in-a-question", "Did Uganda ask Kenya for troops?", [("Uganda", "DEMANDS", "Kenya")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_reads(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_does_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
