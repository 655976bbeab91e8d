"""Posts told by a possessive relative clause after a titled name:

- "Minister for Lands P, whose Department of Lands has pressed for ...": a minister's
  (secretary's) title before the name and the ministry or department "whose" makes his
  own: P leads it;
- "commander P, whose Y Army controls the south": a commander's (general's, field
  marshal's) title and the armed force "whose" makes his own, also where the parser
  takes the clause's verb for the sentence's own; a ministry named for another field
  than the minister's is not his ("Energy Minister P, whose Ministry of Oil and Gas");
- not a name with no title ("P, whose Department of Lands ..."), nor a president's
  ministry, nor a body "whose" does not name at once ("whose critics in the Department
  of Lands");
- "X, (the) speaker of the Y Assembly", "Assembly Speaker X": the head of an assembly
  leads it; a deputy speaker is one of its members; not a former speaker, "a speaker
  at the rally of Y", nor "a Russian speaker".

Every row is written for this table, with invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

L = "LEADS"

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- a minister's department
    ("minister-whose-department",
     "Minister for Lands Lina Okoro, whose Department of Lands has pressed for new "
     "surveys, welcomed the ruling.",
     [("Lina Okoro", L, "Department of Lands")]),
    ("secretary-whose-department",
     "Home Secretary Lina Okoro, whose Department of Home Affairs runs the border posts, "
     "said the fence would be finished by June.",
     [("Lina Okoro", L, "Department of Home Affairs")]),
    # --- a commander's armed force
    ("commander-whose-army",
     "The rebels' patron, commander Ivo Marsh, whose Tarvo National Army controls the "
     "south of the country, said his forces had closed the roads.",
     [("Ivo Marsh", L, "Tarvo National Army")]),
    ("field-marshal-whose-army",
     "The port is held by the men of Field Marshal Ivo Marsh, whose Tarvo National Army "
     "(TNA) has run the east since 2016.",
     [("Ivo Marsh", L, "Tarvo National Army")]),
    # --- the speaker of an assembly
    ("speaker-of-assembly",
     "Lina Okoro, the speaker of the Ruvian National Assembly, adjourned the session.",
     [("Lina Okoro", L, "Ruvian National Assembly")]),
    ("assembly-speaker-before-name",
     "National Assembly Speaker Lina Okoro adjourned the session after the walkout.",
     [("Lina Okoro", L, "National Assembly")]),
    ("deputy-speaker-member",
     "Lina Okoro, the deputy speaker of the Ruvian National Assembly, adjourned the "
     "session.",
     [("Lina Okoro", "MEMBER_OF", "Ruvian National Assembly")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("no-title-whose-department",
     "Lina Okoro, whose Department of Lands has pressed for new surveys, welcomed the "
     "ruling.",
     [("Lina Okoro", L, "Department of Lands")]),
    ("president-whose-department",
     "President Lina Okoro, whose Department of Lands has pressed for new surveys, "
     "welcomed the ruling.",
     [("Lina Okoro", L, "Department of Lands")]),
    ("portfolio-not-the-department",
     "Energy Minister Lina Okoro, whose Department of Lands has pressed for new surveys, "
     "welcomed the ruling.",
     [("Lina Okoro", L, "Department of Lands")]),
    ("whose-critics-in-department",
     "Minister for Lands Lina Okoro, whose critics in the Department of Home Affairs "
     "have pressed for new surveys, welcomed the ruling.",
     [("Lina Okoro", L, "Department of Home Affairs")]),
    ("former-speaker",
     "Lina Okoro, a former speaker of the Ruvian National Assembly, adjourned the "
     "session.",
     [("Lina Okoro", L, "Ruvian National Assembly")]),
    ("deputy-speaker-not-head",
     "Lina Okoro, the deputy speaker of the Ruvian National Assembly, adjourned the "
     "session.",
     [("Lina Okoro", L, "Ruvian National Assembly")]),
    ("speaker-at-rally",
     "Lina Okoro, a speaker at the rally of the Ruvian Labour Party, attacked the "
     "government.",
     [("Lina Okoro", L, "*")]),
    ("nationality-speaker",
     "Lina Okoro, a fluent Russian speaker, teaches at a school in Tarso.",
     [("Lina Okoro", L, "*")]),
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
