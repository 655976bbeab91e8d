"""Posts and memberships: "the armed wing of Y (ABBR), whose leader, X": the body named
nearest "whose" (the parser hangs the clause on "wing"); "X and its ally, the Y (ABBR)
led by Z": a participle set beside a name with no comma tells of that name, not of a
noun further back; "Commanded by X, the Y ...": a fronted participle of commanding;
"heads the Y (ABBR), the junta that ...": the noun set off after the named object (which
the parser may make a second object) describes it and leads to no other body; with two
states' ministries of a minister's portfolio, the state his title or role tells decides,
not the dateline (unless the other state is told as his counterpart's).

Must-nots: the body the clause is said of stays the owner when it is named itself
("Y, whose commander, X, ..., is the armed wing of Z"); the first body of the pair
is not led by the second's head; "commanded" with no "by" names no head.
Own sentences, invented names.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found
from .test_extract_roles5 import Row, rows

POSITIVE: list[Row] = [
    # "whose" reads back to the name nearest it, not to the noun the parser hangs it on
    ("whose-president-nearest-name", "The Ituri Defence Front is the military arm of the "
     "Union of Patriots for Renewal (UPR), whose president, former minister Jean Mbala, "
     "has been in prison in Goma since May.",
     [("Jean Mbala", "LEADS", "Union of Patriots for Renewal")]),
    ("whose-leader-nearest-name", "The KDF is the armed wing of the Kivu People's "
     "Democratic Movement-in-Exile (KPDM-E), whose leader, Vice-President Jean Mbala, has "
     "been under arrest in Goma since May.",
     [("Jean Mbala", "LEADS", "Kivu People's Democratic Movement-in-Exile")]),
    # a restrictive participle after a bracketed acronym
    ("led-by-after-acronym", "Since then the Mai-Mai Brigade and its ally, the Kivu "
     "People's Liberation Front-North (KPLF-N) led by Omar Dalil, have laid siege to Goma.",
     [("Omar Dalil", "LEADS", "Kivu People's Liberation Front-North")]),
    ("led-by-after-acronym-2", "Since March the KDF and its ally, the Ituri Patriotic "
     "Resistance Front (FRPI) led by Omar Dalil, have blocked the road to Bunia.",
     [("Omar Dalil", "LEADS", "Ituri Patriotic Resistance Front")]),
    # two states' ministries of one portfolio: the one of the state the title tells
    ("minister-state-told-two-ministries", "MOGADISHU, Somalia, 3 May 2026 — Kenyan jets "
     "struck militant camps near the border on Monday. Kenya's Ministry of Defence said its "
     "forces had destroyed two depots. Kenyan Defence Minister Amos Kiprono warned that "
     "the strikes would go on. Somalia's Defence Ministry denied that its units had fired "
     "first.",
     [("Amos Kiprono", "LEADS", "Kenyan Ministry of Defence")]),
    # two states' ministries, the other state told as his counterpart's: the dateline's
    ("minister-counterpart-two-ministries", "MOGADISHU, Somalia, 3 May 2026 — Kenyan jets "
     "struck militant camps near the border on Monday. Kenya's Ministry of Defence said its "
     "forces had destroyed two depots. Defence Minister Abdulkadir Nur spoke by telephone "
     "with his Kenyan counterpart on Tuesday, Somalia's Defence Ministry said.",
     [("Abdulkadir Nur", "LEADS", "Somali Defence Ministry")]),
    # one ministry of the portfolio: the dateline's state's minister heads it
    ("minister-one-ministry-dateline", "MOGADISHU, Somalia, 3 May 2026 — Defence Minister "
     "Abdulkadir Nur said the army had retaken the town. Somalia's Defence Ministry said its "
     "units had suffered no losses.",
     [("Abdulkadir Nur", "LEADS", "Somali Defence Ministry")]),
    # a fronted participle of commanding
    ("fronted-commanded-by", "Commanded by Colonel Ibrahim Sesay since 2022, the "
     "Kambia Defence Brigade retook the bridge on Monday.",
     [("Ibrahim Sesay", "LEADS", "Kambia Defence Brigade")]),
    ("set-off-commanded-by", "The Kambia Defence Brigade, commanded by Colonel "
     "Ibrahim Sesay, retook the bridge.",
     [("Ibrahim Sesay", "LEADS", "Kambia Defence Brigade")]),
]


@pytest.mark.parametrize(("text", "expected"), rows(POSITIVE))
def test_expected_triples(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


NEGATIVE: list[Row] = [
    ("whose-leader-not-far-body", "The Ituri Defence Front is the military arm of the "
     "Union of Patriots for Renewal (UPR), whose president, former minister Jean Mbala, "
     "has been in prison in Goma since May.",
     [("Jean Mbala", "LEADS", "Ituri Defence Front")]),
    ("whose-named-body-kept", "The Kivu Brigade, whose commander, Colonel Jean-Pierre "
     "Mbala, was killed in May, is the armed wing of the Congolese Unity Party.",
     [("Jean-Pierre Mbala", "LEADS", "Congolese Unity Party")]),
    ("led-by-not-first-of-pair", "Since then the Mai-Mai Brigade and its ally, the Kivu "
     "People's Liberation Front-North (KPLF-N) led by Omar Dalil, have laid siege to Goma.",
     [("Omar Dalil", "*", "Mai-Mai Brigade")]),
    ("led-by-not-first-of-pair-2", "Since March the KDF and its ally, the Ituri Patriotic "
     "Resistance Front (FRPI) led by Omar Dalil, have blocked the road to Bunia.",
     [("Omar Dalil", "*", "KDF")]),
    # a described noun the parser makes a second object is no other body led
    ("junta-set-off-after-object", "BAMAKO, Mali, 3 May 2026 — Guinea's military rulers "
     "met the rebels on Monday. Sadio Doumbia heads the National Council for the Defence "
     "of the Nation (CNDN), the junta that has ruled Guinea since then.",
     [("Sadio Doumbia", "LEADS", "Mali")]),
    # two states' ministries, the minister's state untold: the dateline does not decide
    ("minister-dateline-two-ministries", "MOGADISHU, Somalia, 3 May 2026 — Kenyan jets "
     "struck militant camps near the border on Monday. Kenya's Ministry of Defence said its "
     "forces had destroyed two depots. Defence Minister Amos Kiprono warned that Kenya "
     "would strike again. Somalia's Defence Ministry denied that its units had fired first.",
     [("Amos Kiprono", "LEADS", "Somali Defence Ministry")]),
    ("commanded-without-by", "Colonel Ibrahim Sesay commanded respect among the "
     "fighters of the Kambia Defence Brigade, who rarely met him.",
     [("Ibrahim Sesay", "LEADS", "*")]),
]


@pytest.mark.parametrize(("text", "absent"), rows(NEGATIVE))
def test_absent_triples(nlp: Language, text: str, absent: list[Triple]) -> None:
    assert_absent(nlp, text, absent)
