"""Stances read from news nobody developed on (the batches 152-159): the ones a release
asks in the items of a list ("X urged:\n• the Y to halt ...", "X called on the parties
to take the following steps:\n- Y must stop ..."). Own sentences, with invented or
generic names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # a round bullet opening a line is the item's mark, not a verb
    ("urged-round-bullet-items", "Geneva, 3 May 2031\n\nThe Special Envoy Marta Lindqvist "
     "urged:\n\n• the Kalu Brotherhood to release all hostages held in its camps;\n\n"
     "• the Tolo Liberation Front to stop shelling the market towns.\n",
     [("Marta Lindqvist", "DEMANDS", "Kalu Brotherhood"),
      ("Marta Lindqvist", "DEMANDS", "Tolo Liberation Front")]),
    ("item-names-groups-including-one", "Marta Lindqvist urged:\n\n- the Tolo Liberation "
     "Front and allied militias, including the Bora Guards, to stop reprisals against villagers.\n",
     [("Marta Lindqvist", "DEMANDS", "Tolo Liberation Front"),
      ("Marta Lindqvist", "DEMANDS", "Bora Guards")]),
    ("items-that-must", "Marta Lindqvist called on the parties to the conflict to take "
     "the following steps:\n\n- The Kalu Brotherhood must release the hostages it holds.\n"
     "- The Mara Front must end its attacks on market towns.\n- All parties must allow aid "
     "through.\n",
     [("Marta Lindqvist", "DEMANDS", "Kalu Brotherhood"),
      ("Marta Lindqvist", "DEMANDS", "Mara Front")]),
    # two states that sign a defence treaty are allies
    ("pair-signed-defence-treaty", "Belarus and Armenia signed a mutual defence treaty in "
     "March 2031, and Armenian troops were later sent to Belarus.",
     [("Belarus", "ALLIED_WITH", "Armenia")]),
    ("pair-concluded-military-pact", "Mali and Niger concluded a military pact last year.",
     [("Mali", "ALLIED_WITH", "Niger")]),
    # a dateline's city is a bureau's when its state is never named: "the junta" is the
    # army the story told of
    ("bureau-dateline-junta-is-the-storys", "BANGKOK, 3 May 2031 - The Myanmar military "
     "lost two towns in Shan State last month to an alliance backed by China. Russia has "
     "backed the junta openly, supplying jets and training pilots.",
     [("Russia", "BACKS", "Tatmadaw")]),
    # named in the story, the dateline's state is the story's
    ("dateline-state-named-junta-is-its", "BANGKOK, 3 May 2031 - Thailand closed two "
     "crossings on the border with Myanmar on Monday. Cambodia has backed the junta "
     "openly, the minister said.", [("Cambodia", "BACKS", "Thailand")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("pair-signed-trade-treaty", "Belarus and Armenia signed a trade treaty in March 2031.",
     [("*", "ALLIED_WITH", "*")]),
    ("pair-discussed-defence-treaty", "Belarus and Armenia discussed a mutual defence "
     "treaty in March 2031.", [("*", "ALLIED_WITH", "*")]),
    ("pair-did-not-sign-defence-treaty", "Belarus and Armenia did not sign the defence "
     "treaty in March 2031.", [("*", "ALLIED_WITH", "*")]),
    ("bureau-dateline-state-backs-nobody", "BANGKOK, 3 May 2031 - The Myanmar military "
     "lost two towns in Shan State last month to an alliance backed by China. Russia has "
     "backed the junta openly, supplying jets and training pilots.",
     [("*", "BACKS", "Thailand"), ("*", "BACKS", "Thai forces")]),
    # a list under a lead-in that asks nothing is not a demand
    ("must-items-under-a-report", "Marta Lindqvist noted the following:\n\n- The Kalu "
     "Brotherhood must have lost many fighters.\n- The Tolo Liberation Front must rely on "
     "the harbour.\n", [("*", "DEMANDS", "*")]),
    # the lead-in asks one it names: the items are not each a demand on their subject
    ("must-items-under-an-ask-of-one-named", "Marta Lindqvist called on the Tolo "
     "Liberation Front to take the following steps:\n\n- Its police must stop using "
     "force.\n- The Kalu Brotherhood must be disarmed by its fighters' commanders.\n",
     [("Marta Lindqvist", "DEMANDS", "Kalu Brotherhood")]),
    ("must-without-a-list", "Marta Lindqvist spoke on Monday. The Kalu Brotherhood must "
     "release the hostages, the Tolo Liberation Front said.",
     [("Marta Lindqvist", "DEMANDS", "*")]),
    ("to-items-under-a-heading-that-asks-no-one", "The report listed:\n\n• the Kalu "
     "Brotherhood to the north of the river;\n\n• the Tolo Liberation Front to the "
     "south.\n",
     [("*", "DEMANDS", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_stance_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_stance_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
