"""Later mentions read back to the actor named before (extract/coref.py,
extract/aliases.py):

- "The opposition X Congress walked out ... said Y, the party's spokeswoman", "X Lista,
  the largest opposition party, ... the party's leader, Y": "the party" is also a body
  whose name has no "party" in it, where the text told it before as one (marked
  "opposition" or "ruling", or with "party" set beside its name); not a congress or
  assembly told as no party, nor one of two parties so told in one sentence;
- "Treasury officials" after "the X Department of the Treasury", "the Guards said" after
  "the X Revolutionary Guard Corps": a body read by one capitalised word alone is the one
  body of the story whose name ends on that word or holds its singular; not when two
  bodies' names do, nor a plural whose singular no other name holds;
- "Amanuel has accused Z" after "Amanuel Tesfaye": a person read by one word of a longer
  name told in the story is that person; not when two persons' names hold the word.
- "the Central Bureau of Criminal Investigations (BCIC) ... the BCIC's director": an acronym
  in brackets right after a name, its letters the name's initials in another order (the
  order of the name's own language), is that body; not an acronym set after another name;
- "the military" (the army) that no clause gives an owner, after "the X Armed Forces" in a
  story told of another state: the one state army named before it, not the army of the
  article's state; not with two armies named before, nor an army named after it.

Every row is written for this table, with invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

L, S, K, C = "LEADS", "SPOKESPERSON_FOR", "KILLED", "CRITICIZES"

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- "the party": a body told as a party before
    ("opposition-congress-partys-spokeswoman",
     "The opposition Ruvian People's Congress walked out of parliament on Monday. \"The "
     "government has failed,\" said Lena Ost, the party's spokeswoman.",
     [("Lena Ost", S, "Ruvian People's Congress")]),
    ("ruling-movement-partys-leader",
     "The ruling Tarsian Renewal Movement won the vote in Olmira. Ivo Marsh, the "
     "party's leader, thanked the voters on Tuesday.",
     [("Ivo Marsh", L, "Tarsian Renewal Movement")]),
    ("party-in-apposition-partys-leader",
     "Kesh Lista, the largest opposition party in the north, called for new elections. "
     "\"We will not wait,\" said the party's leader, Ivo Marsh.",
     [("Ivo Marsh", L, "Kesh Lista")]),
    # --- a plural alone: the one body whose name holds its singular
    ("treasury-officials-after-department",
     "The Office of Foreign Assets Control, part of the Ruvian Department of the Treasury, "
     "sanctioned Ivo Marsh on Monday. Treasury officials accused Marsh of funding the Kesh "
     "Front.",
     [("Department of the Treasury", C, "Ivo Marsh")]),
    # --- a person named by one word of a longer name told before
    ("given-name-after-full-name",
     "Amanuel Tesfaye, the former spokesman of the Tarvo Front, left the group in 2022. "
     "Amanuel has since accused the Kesh Front of arming the Tarvo Front.",
     [("Amanuel Tesfaye", C, "Kesh Front")]),
    # --- an acronym of the name in its own language's word order
    ("acronym-in-another-order",
     "Raids in Olmira on Monday were led by the Central Bureau of Criminal Investigations "
     "(BCIC), a police unit. The BCIC's director, Ivo Marsh, said six members of the Kesh "
     "Front were held.",
     [("Ivo Marsh", L, "Central Bureau of Criminal Investigations")]),
    # --- "the military": the one state army named before, over the article's state
    ("the-military-after-one-army-named",
     "ADDIS ABABA, 2 February 2026 — Kenya has told the Kesh Liberation Army to halt its "
     "offensive, Kenyan diplomats said. Nairobi fears for its trade routes, and Kenya has "
     "closed the border gates. The Sudanese Armed Forces lost the town of Dovra to the rebels in "
     "March. The military has since accused the Kesh Liberation Army of killing civilians.",
     [("Sudanese Armed Forces", C, "Kesh Liberation Army")]),
    ("guards-said-after-guard-corps",
     "The Ruvian Revolutionary Guard Corps lost four men near Olmira on Tuesday. In a "
     "statement, the Guards said their units had killed three fighters of the Kesh Front.",
     [("Ruvian Revolutionary Guard Corps", K, "Kesh Front")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("congress-told-as-no-party",
     "The Ruvian National Congress passed the budget on Monday. \"This is a disgrace,\" "
     "said Lena Ost, the party's spokeswoman.",
     [("Lena Ost", S, "*")]),
    ("two-parties-told-in-one-sentence",
     "The opposition Kesh Congress and the ruling Tarsian Renewal Movement met in Olmira "
     "on Monday. Ivo Marsh, the party's leader, left early.",
     [("Ivo Marsh", L, "*")]),
    ("party-leader-not-the-party",
     "The opposition Ruvian People's Congress walked out of parliament on Monday. \"The "
     "government has failed,\" said Lena Ost, the party's spokeswoman.",
     [("Ruvian People's Congress", S, "Lena Ost")]),
    ("treasury-of-two-bodies",
     "The Ruvian Department of the Treasury and the Tarsian Ministry of the Treasury met in "
     "Olmira on Monday. Treasury officials accused Ivo Marsh of funding the Kesh Front.",
     [("Department of the Treasury", C, "Ivo Marsh"),
      ("Ministry of the Treasury", C, "Ivo Marsh")]),
    ("surname-of-two-persons",
     "Gary Olsen and Tom Olsen, two former officers of the Tarvo Front, left the group in "
     "2022. Olsen has since accused the Kesh Front of arming the Tarvo Front.",
     [("Gary Olsen", C, "Kesh Front"), ("Tom Olsen", C, "Kesh Front")]),
    ("given-name-of-two-persons",
     "Amanuel Tesfaye, the former spokesman of the Tarvo Front, met Amanuel Berhe in "
     "Olmira. Amanuel has since accused the Kesh Front of arming the Tarvo Front.",
     [("Amanuel Tesfaye", C, "Kesh Front"), ("Amanuel Berhe", C, "Kesh Front")]),
    ("the-military-after-two-armies-named",
     "ADDIS ABABA, 2 February 2026 — Kenya has told the Kesh Liberation Army to halt its "
     "offensive, Kenyan diplomats said. Nairobi fears for its trade routes, and Kenya has "
     "closed the border gates. The Sudanese Armed Forces and the Chadian army held talks "
     "on the border in March. The military has since accused the Kesh Liberation Army of "
     "killing civilians.",
     [("Sudanese Armed Forces", C, "*"), ("Chadian forces", C, "*")]),
    ("the-military-before-the-army-named",
     "ADDIS ABABA, 2 February 2026 — Kenya has told the Kesh Liberation Army to halt its "
     "offensive, Kenyan diplomats said. Nairobi fears for its trade routes, and Kenya has "
     "closed the border gates. The military has since accused the Kesh Liberation Army of killing "
     "civilians. The Sudanese Armed Forces lost the town of Dovra to the rebels in March.",
     [("Sudanese Armed Forces", C, "*")]),
    ("acronym-in-another-order-of-another-name",
     "Raids in Olmira on Monday were led by the Central Bureau of Criminal Investigations "
     "and by Ivo Marsh (BCIC). The BCIC's director, Lena Ost, said six members of the Kesh "
     "Front were held.",
     [("Lena Ost", L, "Central Bureau of Criminal Investigations")]),
    ("guards-of-two-bodies",
     "The Ruvian Revolutionary Guard Corps and the Ruvian Border Guard Service lost men "
     "near Olmira on Tuesday. In a statement, the Guards said their units had killed "
     "three fighters of the Kesh Front.",
     [("Ruvian Revolutionary Guard Corps", K, "Kesh Front"),
      ("Ruvian Border Guard Service", K, "Kesh Front")]),
    ("plural-no-name-holds",
     "The Ruvian Revolutionary Guard Corps lost four men near Olmira on Tuesday. In a "
     "statement, the Rangers said their units had killed three fighters of the Kesh Front.",
     [("Ruvian Revolutionary Guard Corps", K, "Kesh Front")]),
]


# (a row is read or refused: one test over both tables, each row named by its id)
READINGS = [
    *(pytest.param(text, triples, True, id=row) for row, text, triples in POSITIVE),
    *(pytest.param(text, triples, False, id=f"not-{row}") for row, text, triples in NEGATIVE),
]


@pytest.mark.parametrize(("text", "triples", "read"), READINGS)
def test_later_mention_read_or_refused(nlp: Language, text: str, triples: list[Triple],
                                       read: bool) -> None:
    (assert_found if read else assert_absent)(nlp, text, triples)
