"""Stances and ties told beside another act, or of a side through its people:

- "X met Y (met with Y, met envoys of Y) and agreed on (signed) a truce": X holds a
  ceasefire with Y, the side met; not a truce only demanded, nor one not agreed on;
- "delegates representing X and Y signed a truce": X and Y hold it; not one called for;
- "X placed sanctions on four commanders, among them Y", "X added six traders to its
  sanctions list, among them Y": X sanctions Y, one of the counted people the sanction
  fell on; not one of the doers of the crimes it answers, nor people only hosted, nor a
  sanction denied;
- a sanctioned airport, ship or plant is sanctioned as a body is;
- "X blacklisted (sanctioned, designated) Y for financing Z (channelling money to Z)": Y
  backs Z, the one blacklisted for it, never the blacklister;
- "X, whose recruits were trained and financed by Y": Y backs X, the side whose people it
  trains (the bare participle joined to the first shares its subject); not a side whose
  leaders Y detained;
- "Kenyan-funded militias grow in Z's south": the place after the noun is where they
  are, not the side backed ("Kenyan-trained gunmen of X" are X's);
- "X has found a new patron (sponsor, backer) in Y", "found in Y a patron": Y backs X;
  not a sponsor found for raids in Y's towns, nor "found in Y a market";
- "the training (support, weapons) given (provided) by Y to X": Y backs X; not a lecture;
- "X operates (works) as an ally of Y", "works as Y's main ally": X is allied with Y;
- "X opposed (rejected) any deal (agreement, talks) with Y": X opposes Y, with whom it
  refuses every dealing, wherever the parser hangs "with Y"; not "rejected the ceasefire
  deal with Y", one deal Y is a party to, nor a refusal denied.

Every row is written for this table, with invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

B, C, M, OP, S = "BACKS", "CEASEFIRE_WITH", "MEETS_WITH", "OPPOSES", "SANCTIONS"

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- a truce agreed with the side met
    ("met-and-agreed-on-a-truce",
     "The Ruvian Border Police met the Tarsa Front near Kolm on Sunday and agreed on a "
     "truce that began at dawn.",
     [("Ruvian Border Police", C, "Tarsa Front"), ("Ruvian Border Police", M, "Tarsa Front")]),
    ("said-met-envoys-and-signed-a-ceasefire",
     "A mayor said the Ruvian Army met envoys of the Tarsa Front and signed a ceasefire.",
     [("Ruvian Army", C, "Tarsa Front")]),
    ("met-with-and-signed-a-ceasefire",
     "The Dorvan Brigades met with the Tarsa Front in a border village on Friday and "
     "signed a ceasefire.",
     [("Dorvan Brigades", C, "Tarsa Front")]),
    ("representatives-signed-a-truce",
     "Delegates representing the Tarsa Front and the government of Chad signed a truce "
     "in a border town.",
     [("Tarsa Front", C, "Chad")]),
    # --- one named among those sanctioned
    ("placed-sanctions-on-commanders-among-them",
     "Last week the Kolm Council placed sanctions on four police commanders, among them "
     "Major Ivo Tanner.",
     [("Kolm Council", S, "Ivo Tanner")]),
    ("added-to-sanctions-list-among-them",
     "The Kolm Council added six traders to its sanctions list on Monday, among them Omar "
     "Belkin.",
     [("Kolm Council", S, "Omar Belkin")]),
    # --- a facility sanctioned
    ("sanctioned-an-airport",
     "The United States sanctioned Kolm Airport in March.",
     [("United States", S, "Kolm Airport")]),
    # --- sanctioned for backing another
    ("blacklisted-for-channelling-money",
     "The Ruvian Treasury said on Friday that it had blacklisted the Dorvan Aid Fund, a "
     "small charity, for channelling 3 million dollars to the Tarsa Front.",
     [("Dorvan Aid Fund", B, "Tarsa Front"), ("Ruvian Treasury", S, "Dorvan Aid Fund")]),
    ("blacklisted-for-financing",
     "The Ruvian Treasury blacklisted the Dorvan Aid Fund for financing the Tarsa Front.",
     [("Dorvan Aid Fund", B, "Tarsa Front")]),
    # --- a side whose people are armed
    ("whose-recruits-trained-and-financed-by",
     "The Tarsa Liberation Front, whose recruits were trained and financed by Eritrea, "
     "holds the pass.",
     [("Eritrea", B, "Tarsa Liberation Front")]),
    ("whose-men-were-armed-by",
     "The Tarsa Liberation Front, whose men were armed by Eritrea, holds the pass.",
     [("Eritrea", B, "Tarsa Liberation Front")]),
    # --- a demonym's backing, of the noun it modifies
    ("demonym-trained-gunmen-of",
     "Kenyan-trained gunmen of the Tarsa Front took the town.",
     [("Kenya", B, "Tarsa Front")]),
    # --- a backer found, support provided, an ally's part
    ("found-a-patron-in",
     "Since 2015 the Tarsa Liberation Front has found a new patron in the Kolm Brigade.",
     [("Kolm Brigade", B, "Tarsa Liberation Front")]),
    ("found-in-a-patron",
     "Over the years the Tarsa Liberation Front found in Eritrea a generous patron.",
     [("Eritrea", B, "Tarsa Liberation Front")]),
    ("training-given-by-to",
     "Kolm officials praised the training given by Eritrea to the Dorvan Brigade.",
     [("Eritrea", B, "Dorvan Brigade")]),
    ("which-officers-say-operates-as-an-ally-of",
     "The Dorvan Brigade, which officers say operates as an ally of the Kolm Brigade, holds "
     "the pass.",
     [("Dorvan Brigade", "ALLIED_WITH", "Kolm Brigade")]),
    ("works-as-owners-main-ally",
     "The Dorvan Brigade works as the Kolm Brigade's main ally in the valley.",
     [("Dorvan Brigade", "ALLIED_WITH", "Kolm Brigade")]),
    # --- every dealing with a side refused
    ("told-reporters-it-rejected-any-deal-with",
     "The Tarsa Front told reporters it rejected any deal with the Ruvian Army until the "
     "generals step down.",
     [("Tarsa Front", OP, "Ruvian Army")]),
    ("opposed-any-deal-with",
     "The Tarsa Front opposed any deal with the Ruvian Army.",
     [("Tarsa Front", OP, "Ruvian Army")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("met-and-demanded-a-truce",
     "The Ruvian Border Police met the Tarsa Front near Kolm on Sunday and demanded a "
     "truce.",
     [("Ruvian Border Police", C, "Tarsa Front")]),
    ("met-but-did-not-agree-on-a-truce",
     "The Ruvian Border Police met the Tarsa Front near Kolm on Sunday but did not agree on "
     "a truce.",
     [("Ruvian Border Police", C, "Tarsa Front")]),
    ("met-with-and-signed-a-trade-deal",
     "The Dorvan Brigades met with the Tarsa Front in a border village on Friday and "
     "signed a trade deal.",
     [("Dorvan Brigades", C, "Tarsa Front")]),
    ("representatives-called-for-a-truce",
     "Delegates representing the Tarsa Front and the government of Chad called for a truce "
     "in a border town.",
     [("Tarsa Front", C, "Chad")]),
    ("blacklisted-after-crimes-by-commanders-among-them",
     "The Kolm Council blacklisted the Dorvan Bank after crimes by four police commanders, "
     "among them Major Ivo Tanner.",
     [("Kolm Council", S, "Ivo Tanner")]),
    ("hosted-commanders-among-them",
     "The Kolm Council hosted four police commanders, among them Major Ivo Tanner.",
     [("Kolm Council", S, "Ivo Tanner")]),
    ("did-not-place-sanctions-among-them",
     "The Kolm Council did not place sanctions on four police commanders, among them Major "
     "Ivo Tanner.",
     [("Kolm Council", S, "Ivo Tanner")]),
    ("blacklisted-for-channelling-not-the-blacklister",
     "The Ruvian Treasury said on Friday that it had blacklisted the Dorvan Aid Fund, a "
     "small charity, for channelling 3 million dollars to the Tarsa Front.",
     [("Ruvian Treasury", B, "Tarsa Front")]),
    ("whose-leaders-were-detained-by",
     "The Tarsa Liberation Front, whose leaders were detained by Eritrea, holds the pass.",
     [("Eritrea", B, "Tarsa Liberation Front")]),
    ("demonym-funded-militias-grow-in",
     "Kenyan-funded militias grow in Somalia's south, officials say.",
     [("Kenya", B, "Somalia")]),
    ("found-a-sponsor-for-raids-in-towns-of",
     "The Tarsa Liberation Front has found a sponsor for its raids in the towns of the Kolm "
     "Brigade.",
     [("Kolm Brigade", B, "Tarsa Liberation Front")]),
    ("found-in-a-market",
     "Over the years the Tarsa Liberation Front found in Eritrea a generous market.",
     [("Eritrea", B, "Tarsa Liberation Front")]),
    ("lecture-given-by-to",
     "Kolm officials praised the lecture given by Eritrea to the Dorvan Brigade.",
     [("Eritrea", B, "Dorvan Brigade")]),
    ("rejected-the-ceasefire-deal-with",
     "The Tarsa Front rejected the ceasefire deal with the Ruvian Army.",
     [("Tarsa Front", OP, "Ruvian Army")]),
    ("never-opposed-any-deal-with",
     "The Tarsa Front never opposed any deal with the Ruvian Army.",
     [("Tarsa Front", OP, "Ruvian Army")]),
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
