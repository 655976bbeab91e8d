"""Ties read from news developed on in the batches 200-215: a tie told in a relative clause
opened by "with which" or "with whom" is the clause's subject's with the noun the clause is
on ("Y, with which X has cooperated since 2019": X cooperates with Y; "with whom X met":
a meeting; "with which X sided": an ally); a side that fought or served as another's ally
is allied with it ("X fought as the closest ally of Y", "X served as Y's main ally"); a
bare participle joined to a passive verb joined to a first clause shares that clause's
subject ("X was set up in 2016 and is trained and financed by Y": Y backs X); two who arm
a side together cooperate ("X and Y armed Z"), two who back it share a stance, each on its
own ("X and Y back Z": no cooperation). And what is not read: a rivalry or a quarrel told
the same way, a tie denied, another's view of a side as an ally ("Y regards X as an
ally"), an enemy, and a participle whose verb is no backing. Own sentences, with invented
or generic names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    ("with-which-cooperated", "The Norvik Border Agency, with which the Tarsen Police Service "
     "has cooperated since 2019, sent two officers.",
     [("Tarsen Police Service", "COOPERATES_WITH", "Norvik Border Agency")]),
    ("with-which-worked-after-jointly", "The search was carried out jointly with the Norvik "
     "Border Agency, with which the Tarsen Police Service worked for a year, the minister "
     "said.", [("Tarsen Police Service", "COOPERATES_WITH", "Norvik Border Agency")]),
    ("with-whom-met", "Ivo Marek, with whom the Tolo Front's leaders met in Lome last month, "
     "left for Accra.", [("Tolo Front", "MEETS_WITH", "Ivo Marek")]),
    ("with-which-sided", "The Kivu Defence Union, with which the Tolo Front sided in 2021, "
     "denied the report.", [("Tolo Front", "ALLIED_WITH", "Kivu Defence Union")]),
    ("fought-as-ally-of", "The Tolo Front fought as the closest ally of the Kivu Defence "
     "Union during the siege.", [("Tolo Front", "ALLIED_WITH", "Kivu Defence Union")]),
    ("served-as-owners-ally", "For a decade Gabon served as Cameroon's main ally in the "
     "region.", [("Gabon", "ALLIED_WITH", "Cameroon")]),
    ("set-up-and-trained-and-financed-by", "Kataib Hezbollah was set up in 2007 and is "
     "trained and financed by Iran.", [("Iran", "BACKS", "Kataib Hezbollah")]),
    ("formed-and-equipped-and-funded-by", "The Kivu Defence Union was formed in 2016 and is "
     "equipped and funded by Rwanda, officials say.",
     [("Rwanda", "BACKS", "Kivu Defence Union")]),
    ("pair-armed-together", "Ghana and Togo armed the Tolo Front in 2015.",
     [("Ghana", "COOPERATES_WITH", "Togo"), ("Ghana", "BACKS", "Tolo Front")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("with-which-competed", "The Norvik Border Agency, with which the Tarsen Police Service "
     "has competed since 2019, sent two officers.",
     [("Tarsen Police Service", "COOPERATES_WITH", "*")]),
    ("with-which-never-cooperated", "The Kivu Defence Union, with which the Tolo Front has "
     "never cooperated, denied the report.", [("Tolo Front", "COOPERATES_WITH", "*")]),
    ("with-whom-quarrelled", "Ivo Marek, with whom the Tolo Front's leaders quarrelled in "
     "Lome last month, left for Accra.", [("Tolo Front", "MEETS_WITH", "*")]),
    ("with-which-quarrelled", "The Kivu Defence Union, with which the Tolo Front quarrelled "
     "in 2021, denied the report.", [("Tolo Front", "ALLIED_WITH", "*")]),
    ("fought-as-enemy-of", "The Tolo Front fought as the bitterest enemy of the Kivu Defence "
     "Union during the siege.", [("Tolo Front", "ALLIED_WITH", "*")]),
    ("served-as-owners-rival", "For a decade Gabon served as Cameroon's main rival in the "
     "region.", [("Gabon", "ALLIED_WITH", "*")]),
    # another's view of a side is no alliance of the viewer's, nor of the side's
    ("regards-as-ally", "Togo regards the Tolo Front as an ally of the Kivu Defence Union.",
     [("Togo", "ALLIED_WITH", "*"), ("Tolo Front", "ALLIED_WITH", "*")]),
    ("never-acted-as-ally", "The Tolo Front never acted as an ally of the Kivu Defence Union, "
     "its leader said.", [("Tolo Front", "ALLIED_WITH", "*")]),
    ("set-up-and-feared-by", "Kataib Hezbollah was set up in 2007 and is feared and hated by "
     "Iran.", [("Iran", "BACKS", "*")]),
    # two who back one side share a stance, each on its own
    ("pair-back-one-side", "Ghana and Togo back the Tolo Front, officials said.",
     [("Ghana", "COOPERATES_WITH", "Togo")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_stance_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected, both_ways=True)


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_stance_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden, both_ways=True)
