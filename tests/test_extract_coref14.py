"""Later mentions read back to the actor named before (extract/aliases.py,
extract/coref.py, extract/resolve.py):

- "Congo" alone in a story that names "the Democratic Republic of (the) Congo": a state's
  short name that another state's long name ends in after "Republic of" is that state,
  one actor with it; not when the story names the short name's own state by a longer
  form or its capital ("the Republic of Congo", "Brazzaville");
- "the cell was led by Z" after "an X cell" (a cell of X): the part told before, named
  again by its noun; Z is one of X's people, not X's head; what the cell does is still
  X's, and "the group was led by Z" still makes Z X's head;
- "The UN Special Envoy for X, Y, met Z", "The Personal Envoy ..., Y, said ...": a title
  the model read as a body's name is the person set beside it, and so is the same title
  later ("The Humanitarian Coordinator called on Z"); with two holders of the title, or
  none named, it is not given to anyone;
- "X arrived on Monday. The 70-year-old general, who has led Y since 2010, met Z": a
  title told with its holder's age after "the" is the one person the nearest sentence
  naming any names; not with two people there, nor with a name set beside the title
  ("the 70-year-old general, W,": W);
- "X's main enemy is Y. The two cartels have fought each other": a plural counted as
  two (both, three) is never the one actor of its kind named before; "the two cartels"
  are the two the sentence before names, and with one named there, no one.

Every row is written for this table, with invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

C, D, L, M, MT, T = "CRITICIZES", "DEMANDS", "LEADS", "MEMBER_OF", "MEETS_WITH", "TARGETS"
DRC = "Democratic Republic of the Congo"

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- a state's short name after its long one
    ("short-state-name-after-long",
     "The Democratic Republic of Congo and Rwanda met in Luanda on Friday to discuss the "
     "border. On Saturday Congo accused Rwanda of arming the rebels.",
     [(DRC, MT, "Rwanda"), (DRC, C, "Rwanda")]),
    ("short-state-name-in-reported-clause",
     "Officials of the Democratic Republic of the Congo said on Friday that Congo had "
     "accused Burundi of shelling its villages.",
     [(DRC, C, "Burundi")]),
    # --- a cell told again
    ("cell-led-by-member",
     "The Sorel Liberation Front has claimed several bombings in the north. On Monday "
     "police in Tarvo arrested six men suspected of forming a Sorel Liberation Front cell. "
     "The cell was led by Dario Venn, a 40-year-old baker, officials said.",
     [("Dario Venn", M, "Sorel Liberation Front")]),
    ("cell-acts-for-its-group",
     "The Sorel Liberation Front has claimed several bombings in the north. On Monday "
     "police in Tarvo arrested six members of a Sorel Liberation Front cell. Officials "
     "said the cell had attacked the Marsh Bridge police station in May.",
     [("Sorel Liberation Front", T, "Marsh Bridge police station")]),
    ("group-led-by-head",
     "The Sorel Liberation Front has claimed several bombings in the north. Police said "
     "the group was led by Dario Venn.",
     [("Dario Venn", L, "Sorel Liberation Front")]),
    # --- a plural counted as two
    ("two-cartels-after-both-named",
     "The Tarvo Cartel moved into Olmira in 2020. The Tarvo Cartel's main enemy is the "
     "Kesh Cartel. The two cartels have fought each other across the border towns for "
     "five years.",
     [("Tarvo Cartel", T, "Kesh Cartel"), ("Kesh Cartel", T, "Tarvo Cartel")]),
    # --- a title read as a body
    ("envoy-title-before-name",
     "The Personal Envoy of the Secretary-General for Ruvia, Anna Brenner, said on Monday "
     "that the Tarvo Front had attacked the town. The Personal Envoy called on the Tarvo "
     "Front to withdraw.",
     [("Anna Brenner", D, "Tarvo Front")]),
    ("envoy-title-after-name",
     "Anna Brenner, the Personal Envoy of the Secretary-General for Ruvia, said on Monday "
     "that the Tarvo Front had attacked the town. The Personal Envoy called on the Tarvo "
     "Front to withdraw.",
     [("Anna Brenner", D, "Tarvo Front")]),
    # --- a title told with an age
    ("aged-title-after-name",
     "Ivo Marsh arrived in Tarvo on Monday. The 70-year-old general, who has led the "
     "Ruvian Liberation Army since 2010, met the Kolo Union.",
     [("Ivo Marsh", L, "Ruvian Liberation Army"), ("Ivo Marsh", MT, "Kolo Union")]),
    ("aged-title-in-a-fronted-phrase",
     "Posters across Tarvo show Ivo Marsh again. Beside the 70-year-old general, who has "
     "led the Ruvian Liberation Army since 2010, hangs a portrait of his son.",
     [("Ivo Marsh", L, "Ruvian Liberation Army")]),
    ("coordinator-title-later",
     "The Humanitarian Coordinator for Ruvia, Anna Brenner, condemned the Tarvo Front on "
     "Monday. Tomas Kerr, the Special Envoy, met the Tarvo Front on Tuesday. The "
     "Humanitarian Coordinator called on the Tarvo Front to release the hostages.",
     [("Anna Brenner", C, "Tarvo Front"), ("Anna Brenner", D, "Tarvo Front")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("short-state-name-of-its-own",
     "The Republic of Congo hosted officials of the Democratic Republic of Congo in "
     "Brazzaville on Friday. On Saturday Congo accused Rwanda of arming the rebels.",
     [(DRC, C, "Rwanda")]),
    ("short-state-name-not-the-long-ones-foe",
     "The Democratic Republic of Congo and Rwanda met in Luanda on Friday. On Saturday "
     "Congo accused Rwanda of arming the rebels.",
     [("Congo", C, DRC), (DRC, C, DRC), ("Congo", C, "Rwanda")]),
    ("cell-head-not-groups-head",
     "The Sorel Liberation Front has claimed several bombings in the north. On Monday "
     "police in Tarvo arrested six men suspected of forming a Sorel Liberation Front cell. "
     "The cell was led by Dario Venn, a 40-year-old baker, officials said.",
     [("Dario Venn", L, "Sorel Liberation Front")]),
    ("aged-title-after-two-people",
     "Ivo Marsh met Tomas Kerr in Tarvo on Monday. The 70-year-old general, who has led "
     "the Ruvian Liberation Army since 2010, met the Kolo Union.",
     [("Ivo Marsh", L, "*"), ("Tomas Kerr", L, "*"), ("*", MT, "Kolo Union")]),
    ("aged-title-with-its-name",
     "Ivo Marsh arrived in Tarvo on Monday. The 70-year-old general, Tomas Kerr, who has "
     "led the Ruvian Liberation Army since 2010, met him.",
     [("Ivo Marsh", L, "Ruvian Liberation Army")]),
    ("two-cartels-not-the-one-named",
     "The Tarvo Cartel moved into Olmira in 2020, and its main enemy is a rival gang. The "
     "two cartels have attacked the Olmira police station.",
     [("Tarvo Cartel", T, "*")]),
    ("title-of-two-holders",
     "The Humanitarian Coordinator for Ruvia, Anna Brenner, met the Tarvo Front on "
     "Monday. Lena Ost, the Humanitarian Coordinator for Tarsia, met the Kolo Union on "
     "Tuesday. The Humanitarian Coordinator called on the Tarvo Front to release the "
     "hostages.",
     [("Anna Brenner", D, "Tarvo Front"), ("Lena Ost", D, "Tarvo Front")]),
    ("title-given-to-no-one",
     "The Humanitarian Coordinator called on the Tarvo Front to release the hostages, "
     "Tomas Kerr said.",
     [("Tomas Kerr", D, "Tarvo Front")]),
    ("title-not-a-body",
     "The Humanitarian Coordinator for Ruvia, Anna Brenner, condemned the Tarvo Front on "
     "Monday.",
     [("Humanitarian Coordinator", C, "*"), ("Anna Brenner", M, "Humanitarian Coordinator")]),
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
