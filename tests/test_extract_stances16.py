"""Ties told by a talk over a line or by a truce named in a relative clause:

- "X spoke to Y by telephone (by hotline, over a video link)": X meets Y; not "spoke to
  reporters by telephone about Y", nor a talk denied;
- "X telephoned (phoned) Y": X meets Y; not a call denied;
- "the truce (that) X signed (agreed) with Y": X holds a ceasefire with Y; not a truce X
  rejected;
- "the truce (that) X and Y signed", "the ceasefire the two countries agreed": each party
  holds a ceasefire with the other; not a truce they rejected;
- "X and Y have cooperated (collaborated) on Z": each cooperates with the other; not "X
  and Y refused to cooperate", nor "if X and Y do not cooperate";
- "X and Y attacked Z": they act together; not "X and Y fired on each other (attacked one
  another)", each against the other;
- "X, arrested in Y and handed over to Z": no cooperation of X with Z (X is what was
  handed over).

Every row is written for this table, with invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

M, C, CO = "MEETS_WITH", "CEASEFIRE_WITH", "COOPERATES_WITH"

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- a talk over a line
    ("spoke-to-by-telephone",
     "The Veltran interior minister, Oskar Lind, spoke to Mara Quist by telephone late on "
     "Friday.",
     [("Oskar Lind", M, "Mara Quist")]),
    ("spoke-to-by-hotline",
     "General Tomas Ferrand spoke to his counterpart Ilse Marwood by hotline on Sunday "
     "evening, officials said.",
     [("Tomas Ferrand", M, "Ilse Marwood")]),
    ("telephoned",
     "Veltran President Oskar Lind telephoned Prime Minister Mara Quist on Sunday and "
     "urged her to reopen the crossing.",
     [("Oskar Lind", M, "Mara Quist")]),
    ("phoned",
     "Oskar Lind phoned Mara Quist twice during the siege, his office said.",
     [("Oskar Lind", M, "Mara Quist")]),
    # --- a truce named in a relative clause
    ("truce-that-signed-with",
     "The truce that the Tarsen Defence Force signed with the Kivu Defence Union in May "
     "has largely held.",
     [("Tarsen Defence Force", C, "Kivu Defence Union")]),
    ("truce-that-pair-signed",
     "Villagers fled after the truce that Ghana and Togo signed in March collapsed.",
     [("Ghana", C, "Togo")]),
    ("ceasefire-the-two-countries-agreed",
     "Ghana accused Togo of shelling the town. It was the worst breach of the ceasefire "
     "the two countries agreed in March.",
     [("Ghana", C, "Togo")]),
    # --- a pair that cooperates
    ("pair-cooperated-on",
     "Since the accord the Tarsen Defence Force and the Kivu Defence Union have cooperated "
     "on prisoner exchanges.",
     [("Tarsen Defence Force", CO, "Kivu Defence Union")]),
    ("said-pair-were-cooperating",
     "Kolo Police chief Anna Berg said the Kolo Police and the Tarsen Police were "
     "cooperating closely on the inquiry.",
     [("Kolo Police", CO, "Tarsen Police")]),
    # --- doers together, not against each other
    ("pair-attacked-third",
     "The Ghana Armed Forces and the Togo Defence Force attacked the Kolo Front near the "
     "river.",
     [("Ghana Armed Forces", CO, "Togo Defence Force")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("spoke-to-reporters-about",
     "The Veltran interior minister, Oskar Lind, spoke to reporters by telephone about "
     "Mara Quist late on Friday.",
     [("Oskar Lind", M, "Mara Quist")]),
    ("never-spoke-to-by-telephone",
     "Oskar Lind said he had never spoken to Mara Quist by telephone.",
     [("Oskar Lind", M, "Mara Quist")]),
    ("did-not-telephone",
     "Veltran President Oskar Lind did not telephone Prime Minister Mara Quist on Sunday.",
     [("Oskar Lind", M, "Mara Quist")]),
    ("truce-that-rejected",
     "The truce that the Tarsen Defence Force rejected in May has angered the Kivu "
     "Defence Union.",
     [("Tarsen Defence Force", C, "Kivu Defence Union")]),
    ("truce-that-pair-rejected",
     "Villagers fled after the truce that Ghana and Togo rejected in March collapsed.",
     [("Ghana", C, "Togo")]),
    ("pair-refused-to-cooperate",
     "Since the accord the Tarsen Defence Force and the Kivu Defence Union have refused to "
     "cooperate on prisoner exchanges.",
     [("Tarsen Defence Force", CO, "Kivu Defence Union")]),
    ("if-pair-do-not-cooperate",
     "If the Tarsen Defence Force and the Kivu Defence Union do not cooperate, the raids "
     "will go on.",
     [("Tarsen Defence Force", CO, "Kivu Defence Union")]),
    ("pair-fired-on-each-other",
     "The Ghana Armed Forces and the Togo Defence Force had fired on each other for "
     "roughly 20 minutes.",
     [("Ghana Armed Forces", CO, "Togo Defence Force")]),
    ("pair-attacked-one-another",
     "The Ghana Armed Forces and the Togo Defence Force attacked one another near the "
     "river.",
     [("Ghana Armed Forces", CO, "Togo Defence Force")]),
    ("captured-handed-over-to",
     "The raid was claimed by the Kolo Front, a group led by Oskar Lind, who was later "
     "captured in Tamsi by militiamen, handed over to Ghana and jailed in 2020.",
     [("Oskar Lind", CO, "Ghana")]),
    ("arrested-and-handed-over-to",
     "Oskar Lind, arrested in Tamsi in May and handed over to Ghana a week later, went on "
     "trial on Monday.",
     [("Oskar Lind", CO, "Ghana")]),
]


# (a row is read or refused: one test over both tables, each row named by its id)
READINGS = [
    *(pytest.param(text, triples, True, id=row) for row, text, triples in POSITIVE),
    *(pytest.param(text, triples, False, id=f"not-{row}") for row, text, triples in NEGATIVE),
]


@pytest.mark.parametrize(("text", "triples", "read"), READINGS)
def test_stances_read_or_refused(nlp: Language, text: str, triples: list[Triple],
                                 read: bool) -> None:
    (assert_found if read else assert_absent)(nlp, text, triples)
