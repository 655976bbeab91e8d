"""Posts told by a title "under" opens, a head of state
in an article with no dateline or after a sentence whose doer is a state, and membership
"as part of" a body that is no description:

- "X, the Y Ministry's under secretary for Z", "the UN Under-Secretary-General for Z, X":
  one title (the parser reads "under" as a preposition), one of the body's people, not
  its head; not "who served under Secretary of State X";
- "President X" in an article with no dateline: the state the article tells of (named at
  least twice as often as any other), when X is tied to no other state and no one else
  holds that title of it; not a president whose sentence names another state;
- "Ghana has rejected the plan. President X said ...": a head whose sentence names no
  state leads the state the sentence before told as the doer of its main verb, before the
  dateline's; not a state told inside a clause ("warned that Ghana would pay");
- "Y, as part of the Z force, sent troops": Y is one of Z's members, but not the one who
  describes, identifies or regards another "as a member of Z" ("whom Kenyan prosecutors
  described as a member of Z", "was described by Kenyan police as a member of Z").

Every row is written for this table, with invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

L, M = "LEADS", "MEMBER_OF"

_UNDATED = (
    "Analysis: Why the Kessel war still matters\n\n"
    "Angola has fought the rebels of the Kessel Front for three decades, and the war has "
    "cost Angola dearly. {sentence} Angola's army still patrols the forests of the "
    "province.\n"
)

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- a title "under" opens
    ("ministrys-under-secretary",
     '"The network hides its money well," said Ivo Marsh, the Ruvian Finance Ministry\'s '
     "under secretary for financial crime.",
     [("Ivo Marsh", M, "Ruvian Finance Ministry")]),
    ("un-under-secretary-general-before-name",
     "The UN Under-Secretary-General for Humanitarian Affairs, Lena Varga, visited the "
     "camp on Monday.",
     [("Lena Varga", M, "United Nations")]),
    ("un-under-secretary-general-after-name",
     "Lena Varga, the UN Under-Secretary-General for Humanitarian Affairs, visited the "
     "camp on Monday.",
     [("Lena Varga", M, "United Nations")]),
    # --- a head of state in an article with no dateline
    ("undated-president-who-took-office",
     _UNDATED.format(sentence="President Tomas Vela, who took office in 2019, has shown "
                              "little appetite for talks with the rebels."),
     [("Tomas Vela", L, "Angola")]),
    # --- the state the sentence before told as its doer
    ("state-doer-before-president",
     "LAGOS, Nigeria, 3 May 2024 - Army chiefs of the region met in Lagos on Friday. "
     "Ghana has rejected any military plan for the crisis. President Ivo Marsh told "
     "reporters that the plan would endanger the whole region.",
     [("Ivo Marsh", L, "Ghana")]),
    ("state-doer-before-prime-minister",
     "LAGOS, Nigeria, 3 May 2024 - Army chiefs of the region met in Lagos on Friday. "
     "Senegal, which sent no delegation, says it will stay neutral. Prime Minister Lena "
     "Varga called the talks premature.",
     [("Lena Varga", L, "Senegal")]),
    # --- a member as part of a body
    ("as-part-of-the-force",
     "Uganda, as part of the African Union mission, deployed soldiers to Somalia.",
     [("Uganda", M, "African Union")]),
    ("described-as-member-the-described",
     "Ivo Marsh, whom Kenyan prosecutors described as a senior member of the Tolam "
     "Brotherhood, was jailed in March.",
     [("Ivo Marsh", M, "Tolam Brotherhood")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("un-under-secretary-general-no-head",
     "Lena Varga, the UN Under-Secretary-General for Humanitarian Affairs, visited the "
     "camp on Monday.",
     [("Lena Varga", L, "United Nations")]),
    ("served-under-secretary-of-state",
     "Ivo Marsh, who served under Secretary of State Lena Varga, left the Ruvian Finance "
     "Ministry in May.",
     [("Ivo Marsh", L, "*"), ("Ivo Marsh", M, "Ruvian Finance Ministry")]),
    ("undated-president-of-another-state",
     _UNDATED.format(sentence="President Tomas Vela, whose talks with Zambia collapsed in "
                              "May, has shown little appetite for a truce."),
     [("Tomas Vela", L, "Angola")]),
    ("undated-two-presidents",
     _UNDATED.format(sentence="President Tomas Vela of Angola met the rebels in June. "
                              "President Ivo Marsh, who took office in 2019, has said "
                              "little."),
     [("Ivo Marsh", L, "Angola")]),
    ("state-in-a-clause-before",
     "LAGOS, Nigeria, 3 May 2024 - The army chiefs warned that Ghana would pay a heavy "
     "price. President Ivo Marsh told reporters the threat was empty.",
     [("Ivo Marsh", L, "Ghana")]),
    ("state-doer-before-not-the-datelines",
     "LAGOS, Nigeria, 3 May 2024 - Army chiefs of the region met in Lagos on Friday. "
     "Ghana has rejected any military plan for the crisis. President Ivo Marsh told "
     "reporters that the plan would endanger the whole region.",
     [("Ivo Marsh", L, "Nigeria")]),
    ("described-as-member-not-the-describer",
     "Ivo Marsh, whom Kenyan prosecutors described as a senior member of the Tolam "
     "Brotherhood, was jailed in March.",
     [("Kenya", M, "*"), ("Kenyan prosecutors", M, "*")]),
    ("described-by-as-member-not-the-describer",
     "Ivo Marsh was described by Kenyan police as a member of the Tolam Brotherhood.",
     [("Kenyan police", M, "*"), ("Kenya", M, "*")]),
    ("identified-as-members-not-the-identifier",
     "Kenyan police identified the two dead men as members of the Tolam Brotherhood.",
     [("Kenyan police", M, "*"), ("Kenya", M, "*")]),
]


# (a row is read or refused: one test over both tables, each row named by its id)
READINGS = [
    *(pytest.param(text, triples, True, id=row) for row, text, triples in POSITIVE),
    *(pytest.param(text, triples, False, id=f"not-{row}") for row, text, triples in NEGATIVE),
]


@pytest.mark.parametrize(("text", "triples", "read"), READINGS)
def test_roles_read_or_refused(nlp: Language, text: str, triples: list[Triple],
                               read: bool) -> None:
    (assert_found if read else assert_absent)(nlp, text, triples)
