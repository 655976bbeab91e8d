"""Posts told by membership gained, a belief about a leader, a name a title goes by, or a
speech tag after the report:

- "Y, which became a (full) member of Z", "Y and W became members of Z": Y is a member of
  Z (a state of a bloc as well as a person of a group); not "applied to become a member",
  "would become a member", "did not become a member";
- "Y is believed (thought, said) to be led (commanded) by X", "Y, which is believed to be
  led by X": X leads Y, the belief told as the post; not "is expected to be led by X" (a
  post to come), nor a belief denied;
- "a Y commander known as X", "a Y member known as X": the person the name given by the
  participle belongs to Y (a commander, as one of Y's commanders); not a commander "of"
  another body named elsewhere;
- "Y urged Z to halt the work until the panel ends its survey, its spokesman X said", "Y
  will not disarm, its leader X told reporters": "its" in a speech tag after the report
  is the body the reported clause has for subject, not a thing named since;
- "Y's delegation, headed by an officer of Z": no reading of Z as one of Y's people (a
  body heads no delegation as a person does), while "Y's delegation, headed by X" keeps X
  one of Y's people.

Every row is written for this table, with invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

L, M, S = "LEADS", "MEMBER_OF", "SPOKESPERSON_FOR"

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- membership gained
    ("which-became-a-member-of",
     "Zambia, which became a full member of the Southern Defence Alliance in 2019, hosts "
     "its secretariat.",
     [("Zambia", M, "Southern Defence Alliance")]),
    ("person-became-a-member-of",
     "Ines Varga became a member of the Zambezi People's Army at fifteen, her family said.",
     [("Ines Varga", M, "Zambezi People's Army")]),
    ("two-became-members-of",
     "Zambia and Malawi became members of the Southern Defence Alliance in 2019.",
     [("Zambia", M, "Southern Defence Alliance"), ("Malawi", M, "Southern Defence Alliance")]),
    ("has-become-a-member-of",
     "Malawi has become a member of the Southern Defence Alliance, officials in Lilongwe "
     "said.",
     [("Malawi", M, "Southern Defence Alliance")]),
    # --- a post believed
    ("is-believed-to-be-led-by",
     "The Kova Front is believed to be led by Samir Tolani, a former teacher.",
     [("Samir Tolani", L, "Kova Front")]),
    ("is-thought-to-be-commanded-by",
     "The Kova Front is now thought to be commanded by Samir Tolani.",
     [("Samir Tolani", L, "Kova Front")]),
    ("which-is-said-to-be-headed-by",
     "The Kova Front, which is said to be headed by Samir Tolani, raided the town of "
     "Dembi on Monday.",
     [("Samir Tolani", L, "Kova Front")]),
    ("believed-led-by-one-known-as",
     "The Kova Front is believed to be led by a commander known as Samir Tolani.",
     [("Samir Tolani", L, "Kova Front")]),
    # --- a title's holder named by a participle
    ("commander-known-as",
     "The army said it had killed a Kova Front commander known as Samir Tolani near the "
     "river.",
     [("Samir Tolani", M, "Kova Front")]),
    ("member-known-as",
     "Police arrested a Kova Front member known as Samir Tolani at a checkpoint.",
     [("Samir Tolani", M, "Kova Front")]),
    # --- "its" in a speech tag after the report
    ("its-spokesman-said-after-report",
     "In Lusaka, the Zambian Foreign Ministry called on the Kova Front to halt all work "
     "near the border until the committee had finished its survey, its spokesman Tarek "
     "Haddou said at a briefing.",
     [("Tarek Haddou", S, "Zambian Foreign Ministry")]),
    ("its-leader-told-reporters",
     "The Kova Front will not disarm, its leader Samir Tolani told reporters.",
     [("Samir Tolani", L, "Kova Front")]),
    # --- a delegation's head
    ("delegation-headed-by-person",
     "Zambia's delegation, headed by Samir Tolani, made no comment on the draft.",
     [("Samir Tolani", M, "Zambia")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("applied-to-become-a-member",
     "Zambia has applied to become a member of the Southern Defence Alliance.",
     [("Zambia", M, "Southern Defence Alliance")]),
    ("would-become-a-member",
     "Officials said Zambia would become a member of the Southern Defence Alliance next "
     "year.",
     [("Zambia", M, "Southern Defence Alliance")]),
    ("did-not-become-a-member",
     "Zambia did not become a member of the Southern Defence Alliance.",
     [("Zambia", M, "Southern Defence Alliance")]),
    ("is-expected-to-be-led-by",
     "The Kova Front is expected to be led by Samir Tolani after the congress.",
     [("Samir Tolani", L, "Kova Front")]),
    ("is-not-believed-to-be-led-by",
     "The Kova Front is not believed to be led by Samir Tolani any more.",
     [("Samir Tolani", L, "Kova Front")]),
    ("commander-of-another-known-as",
     "The army said it had killed a commander of the Kova Front known as Samir Tolani.",
     [("Samir Tolani", L, "Kova Front")]),
    ("its-survey-not-the-owner",
     "In Lusaka, the Zambian Foreign Ministry called on the Kova Front to halt all work "
     "near the border until the committee had finished its survey, its spokesman Tarek "
     "Haddou said at a briefing.",
     [("Tarek Haddou", S, "Kova Front")]),
    ("delegation-headed-by-officer-of",
     "Zambia's delegation, headed by a senior officer of the Kova Front, made no comment.",
     [("Kova Front", M, "Zambia")]),
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
