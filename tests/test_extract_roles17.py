"""Posts told by a belief about a body named before, a rank under the head, a part read
as its whole, a state's people joining, a fronted participle on a body told by its kind,
or a title whose holder a relative clause names:

- "The group is believed (thought, said) to be led by X" after the group is named: X
  leads the body "the group" stands for, as when the post is told plainly; not "is
  expected to be led by X" (a post to come);
- "X is regarded as Y's second-ranking (third-highest) leader": one of Y's leaders under
  its head, a member, not its head;
- "the cell (wing, branch) was headed by X" with the group named before: the head of a
  part is not the whole's head (a part named with its whole, "a faction of Y", is read
  as before);
- "for young Zambians to join Y", "Zambians joined Y": a state's people, each for
  himself, so Zambia is no member of Y (as it is in "Zambia joined Y");
- "Commanded (led) by X, the militia (the unit) has fought Z": the fronted participle
  says X leads the body named before by its kind; not the fighters, nor its part;
- "a spokesman for Y who uses (goes by) the name X", "a Y spokesman who gave his name as
  X": the relative clause names the title's holder; not "who met X", "who named X".

Every row is written for this table, with invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

L, M, S = "LEADS", "MEMBER_OF", "SPOKESPERSON_FOR"

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- a belief about the body named before
    ("the-group-is-believed-to-be-led-by",
     "The Kova Front raided the town of Dembi in May. The group is now believed to be led "
     "by a commander known as Samir Tolani, a former teacher.",
     [("Samir Tolani", L, "Kova Front")]),
    ("the-militia-is-thought-to-be-commanded-by",
     "The Kova Front raided the town of Dembi in May. The militia is thought to be "
     "commanded by Samir Tolani.",
     [("Samir Tolani", L, "Kova Front")]),
    # --- a rank under the head
    ("regarded-as-second-ranking-leader",
     "Samir Tolani is regarded as the Kova Front's second-ranking leader.",
     [("Samir Tolani", M, "Kova Front")]),
    ("regarded-as-third-highest-commander",
     "Samir Tolani is widely regarded as the third-highest commander of the Kova Front.",
     [("Samir Tolani", M, "Kova Front")]),
    ("regarded-as-the-leader",
     "Samir Tolani is regarded as the leader of the Kova Front.",
     [("Samir Tolani", L, "Kova Front")]),
    # --- a state joining
    ("state-joined-alliance",
     "Zambia joined the Southern Defence Alliance in 2014.",
     [("Zambia", M, "Southern Defence Alliance")]),
    # --- a fronted participle on a body told by its kind
    ("commanded-by-the-militia",
     "The Kova Brigade is a militia of cattle herders. Commanded by Samir Tolani, the "
     "militia has fought the Tarvo Army for years.",
     [("Samir Tolani", L, "Kova Brigade")]),
    ("commanded-by-set-off-the-unit",
     "The governor set up the Kova Brigade, an elite police unit, in 2020. Commanded by "
     "Samir Tolani, a former army officer, the unit has fought the Tarvo Army.",
     [("Samir Tolani", L, "Kova Brigade")]),
    # --- a title's holder named by a relative clause
    ("spokesman-who-uses-the-name",
     "A spokesman for the Kova Front who uses the name Samir Tolani called the raid a "
     "crime.",
     [("Samir Tolani", S, "Kova Front")]),
    ("spokesman-who-gave-his-name-as",
     "A Kova Front spokesman who gave his name as Samir Tolani said the group would fight "
     "on.",
     [("Samir Tolani", S, "Kova Front")]),
    ("commander-who-goes-by-the-name",
     "A commander of the Kova Front who goes by the name Samir Tolani said the group "
     "would fight on.",
     [("Samir Tolani", M, "Kova Front")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("the-group-is-expected-to-be-led-by",
     "The Kova Front raided the town of Dembi in May. The group is expected to be led by "
     "Samir Tolani.",
     [("Samir Tolani", L, "Kova Front")]),
    ("regarded-as-second-ranking-leader-not-head",
     "Samir Tolani is regarded as the Kova Front's second-ranking leader.",
     [("Samir Tolani", L, "Kova Front")]),
    ("the-cell-was-headed-by",
     "The Kova Front has cells in four towns. Officials said the cell was headed by Samir "
     "Tolani, a shopkeeper.",
     [("Samir Tolani", L, "Kova Front")]),
    ("young-zambians-to-join",
     "Recruiters were preparing a route for young Zambians to join the Kova Front.",
     [("Zambia", M, "Kova Front")]),
    ("zambians-joined",
     "Hundreds of Zambians joined the Kova Front in 2014, officials said.",
     [("Zambia", M, "Kova Front")]),
    ("commanded-by-the-fighters",
     "The Kova Brigade is a militia of cattle herders. Led by Samir Tolani, the fighters "
     "withdrew into the hills.",
     [("Samir Tolani", L, "Kova Brigade")]),
    ("attacked-by-the-militia",
     "The Kova Brigade is a militia of cattle herders. Attacked by the Tarvo Army, the "
     "militia withdrew into the hills.",
     [("Tarvo Army", L, "Kova Brigade")]),
    ("spokesman-who-met",
     "A spokesman for the Kova Front who met Samir Tolani called the raid a crime.",
     [("Samir Tolani", S, "Kova Front")]),
    ("spokesman-who-named-another",
     "A spokesman for the Kova Front who named Samir Tolani as the new chief called the "
     "raid a crime.",
     [("Samir Tolani", S, "Kova Front")]),
]


# (a row is read or refused: one test over both tables, each row named by its id)
READINGS = [
    *(pytest.param(text, triples, True, id=row) for row, text, triples in POSITIVE),
    *(pytest.param(text, triples, False, id=f"not-{row}") for row, text, triples in NEGATIVE),
]


@pytest.mark.parametrize(("text", "triples", "read"), READINGS)
def test_posts_read_or_refused(nlp: Language, text: str, triples: list[Triple],
                               read: bool) -> None:
    (assert_found if read else assert_absent)(nlp, text, triples)
