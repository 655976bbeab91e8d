"""Violence whose doer or target the sentence names beside the verb:

- "armed youth associated with Y attacked Z": Y, the side the men serve (as "loyal to",
  "linked to"); not men "not associated with" Y;
- "attacked villages around Z": Z, the town the villages stand around (as "in", "near");
- "aerial bombardments carried out by Y struck Z": Y, the plural attack noun's author
  (as "an airstrike carried out by Y"); not bombardments another only "condemned";
- "Y shelled A. A further strike (another raid, the strike) hit the outskirts of Z": the
  one doer of the attacks told just before; none when two doers struck before;
- "drones (a strike, missiles) hit the town of Z, a hotel inside Z, the outskirts of Z":
  Z struck; never a town a hotel stood near, nor the town a truck was leaving;
- "gunmen stormed a checkpoint of Z, an attack claimed by Y" ("an attack Y claimed"),
  "X were killed when gunmen stormed ..., an attack claimed by Y": Y's attack; not one Y
  denied, nor one another only condemned;
- "we will hunt down every one of them": the one armed group the story names, as "hunt
  them down"; "every one of the Y gunmen": Y;
- "men claiming to speak for Y (to be members of Y, to represent Y) threatened Z": Y;
  not men "criticising" Y;
- "X carried out a raid on Sunday night near Z": a time is never what was struck, so
  neither is the place near it; nor is the place of a foe fought ("clashed with gunmen
  near Z"), as it is of a base attacked ("attacked an army base near Z");
- "X expelled Y, giving him 72 hours to leave the country": the term of an expulsion, no
  ultimatum (as "gave Y 72 hours to dismantle its posts" is);
- "X warned Y's financiers that they would be sanctioned (designated, prosecuted)": X
  threatens Y; not a warning that they "would be paid late";
- "If Y does not honour the deal, X will not stand (idly) by": X threatens Y; not "will
  not stand for election";
- "X would respond to the expulsion (the arrests, the seizure)": X threatens the one side
  that expelled in the few sentences before; none when two sides expelled;
- "we will (go in and) take the mines back from Y": a threat against Y; not "took the
  mines back from Y", done.

Every row is written for this table, with invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

K, T, TH = "KILLED", "TARGETS", "THREATENS"

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- men told by the side they serve
    ("youth-associated-with",
     "On Monday, armed youth associated with the Kovel Liberation Front attacked the town "
     "of Abeche, burning homes.",
     [("Kovel Liberation Front", T, "Abeche")]),
    ("fighters-associated-with-villages-around",
     "On Monday, fighters associated with the Kovel Liberation Front attacked villages "
     "around Abeche.",
     [("Kovel Liberation Front", T, "Abeche")]),
    ("men-claiming-to-speak-for",
     "In the video, masked men claiming to speak for the Kovel Liberation Front threatened "
     "Marta Dunne, the mayor of Abeche.",
     [("Kovel Liberation Front", TH, "Marta Dunne")]),
    ("gunmen-claiming-to-be-members-of",
     "Gunmen claiming to be members of the Kovel Liberation Front attacked the town of "
     "Abeche on Friday.",
     [("Kovel Liberation Front", T, "Abeche")]),
    ("men-claiming-to-represent",
     "Men claiming to represent the Kovel Liberation Front attacked the town of Abeche.",
     [("Kovel Liberation Front", T, "Abeche")]),
    # --- a plural attack noun's author
    ("bombardments-carried-out-by",
     "Aerial bombardments carried out by the Banyo Defence Force struck the market in the "
     "town of Tarso on Monday, killing nine civilians.",
     [("Banyo Defence Force", T, "Tarso")]),
    ("reports-that-bombardments-struck-then-further-strike",
     "The mission has credible reports that bombardments carried out by the Banyo Defence "
     "Force struck the market in the town of Tarso on Monday. A further strike hit the "
     "outskirts of the town of Abeche the following day.",
     [("Banyo Defence Force", T, "Tarso"), ("Banyo Defence Force", T, "Abeche")]),
    # --- the attack told just before
    ("further-strike-hit",
     "Banyo Defence Force jets bombed the market in the town of Tarso on Monday. A further "
     "strike hit the town of Abeche the following day.",
     [("Banyo Defence Force", T, "Abeche")]),
    ("another-strike-hit",
     "Banyo Defence Force jets bombed the market in the town of Tarso on Monday. Another "
     "strike hit a school inside the town of Abeche on Tuesday.",
     [("Banyo Defence Force", T, "Abeche")]),
    ("the-strike-killed",
     "Banyo Defence Force jets bombed the market in the town of Tarso on Monday. The "
     "strike killed Omar Tandja, a trader.",
     [("Banyo Defence Force", K, "Omar Tandja")]),
    ("bombed-the-outskirts-of",
     "Banyo Defence Force jets bombed the outskirts of the town of Tarso on Monday.",
     [("Banyo Defence Force", T, "Tarso")]),
    # --- an attack claimed beside the clause
    ("an-attack-claimed-by",
     "Gunmen stormed a checkpoint of the Banyo Defence Force near the town of Tarso on "
     "Sunday, an attack claimed by the Kovel Liberation Front.",
     [("Kovel Liberation Front", T, "Banyo Defence Force")]),
    ("an-attack-it-claimed",
     "Gunmen stormed a checkpoint of the Banyo Defence Force near the town of Tarso on "
     "Sunday, an attack the Kovel Liberation Front claimed.",
     [("Kovel Liberation Front", T, "Banyo Defence Force")]),
    ("killed-when-an-attack-claimed-by",
     "Four soldiers of the Banyo Defence Force were killed on Sunday when gunmen stormed a "
     "checkpoint in the town of Tarso, an attack claimed by the Kovel Liberation Front.",
     [("Kovel Liberation Front", K, "Banyo Defence Force")]),
    # --- every one of them
    ("hunt-down-every-one-of-them",
     "The Kovel Liberation Front raided the town of Tarso on Monday. \"We will hunt down "
     "every one of them,\" said General Musa Kallo, the army chief.",
     [("Musa Kallo", TH, "Kovel Liberation Front")]),
    ("hunt-down-every-one-of-the-gunmen",
     "\"We will hunt down every one of the Kovel Liberation Front gunmen,\" said General "
     "Musa Kallo.",
     [("Musa Kallo", TH, "Kovel Liberation Front")]),
    # --- ultimatums and warnings
    ("gave-hours-to-dismantle",
     "The Kovel Liberation Front gave the Banyo Defence Force 72 hours to dismantle its "
     "new posts near Tarso.",
     [("Kovel Liberation Front", TH, "Banyo Defence Force")]),
    ("warned-financiers-would-be-sanctioned",
     "The Lakeland Treasury warned the Kovel Cartel's remaining financiers that they would "
     "be the next to be sanctioned.",
     [("Lakeland Treasury", TH, "Kovel Cartel")]),
    ("if-not-honour-will-not-stand-by",
     "\"If the Kovel Liberation Front does not honour the March agreement, the Banyo "
     "Defence Force will not stand by,\" an official said.",
     [("Banyo Defence Force", TH, "Kovel Liberation Front")]),
    ("will-not-stand-idly-by-if",
     "The Banyo Defence Force will not stand idly by if the Kovel Liberation Front attacks "
     "the town of Tarso again.",
     [("Banyo Defence Force", TH, "Kovel Liberation Front")]),
    ("attacked-a-base-near",
     "Banyo Defence Force troops attacked an army base near the town of Tarso on Monday.",
     [("Banyo Defence Force", T, "Tarso")]),
    ("respond-to-the-expulsion",
     "Estonia expelled Ivo Marsh, a Belarusian diplomat, on Monday. Minsk rejected the "
     "charges. A spokesman said Belarus would respond to the expulsion in kind.",
     [("Belarus", TH, "Estonia")]),
    ("will-take-back-from",
     "The Banyo Defence Force will take back the mines from the Kovel Liberation Front, "
     "General Musa Kallo said.",
     [("Banyo Defence Force", TH, "Kovel Liberation Front")]),
    ("will-go-in-and-take-back-from",
     "\"We will go into the hills and take the mines back from the Kovel Liberation Front, "
     "one by one,\" said General Musa Kallo, the army chief.",
     [("Musa Kallo", TH, "Kovel Liberation Front")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("youth-not-associated-with",
     "On Monday, armed youth not associated with the Kovel Liberation Front attacked the "
     "town of Abeche.",
     [("Kovel Liberation Front", T, "*")]),
    ("villages-far-from",
     "On Monday, fighters of the Kovel Liberation Front attacked villages far from "
     "Abeche.",
     [("Kovel Liberation Front", T, "Abeche")]),
    ("men-criticising",
     "In the video, masked men criticising the Kovel Liberation Front threatened Marta "
     "Dunne, the mayor of Abeche.",
     [("Kovel Liberation Front", TH, "*")]),
    ("bombardments-condemned-by",
     "Aerial bombardments condemned by the Banyo Defence Force struck the market in the "
     "town of Tarso on Monday.",
     [("Banyo Defence Force", T, "*")]),
    ("further-strike-two-doers-before",
     "Banyo Defence Force jets bombed the market in the town of Tarso on Monday, and "
     "Kovel Liberation Front drones bombed a depot in the town of Dosso. A further strike "
     "hit the town of Abeche the following day.",
     [("*", T, "Abeche")]),
    ("hit-a-hotel-near",
     "Kovel Liberation Front drones hit a hotel near the town of Abeche on Monday.",
     [("Kovel Liberation Front", T, "Abeche")]),
    ("hit-a-truck-leaving",
     "Kovel Liberation Front drones hit a truck leaving the town of Abeche on Monday.",
     [("Kovel Liberation Front", T, "Abeche")]),
    ("ambush-on-the-outskirts",
     "Kovel Liberation Front gunmen killed Omar Tandja in an ambush on the outskirts of "
     "the town of Abeche in July.",
     [("Kovel Liberation Front", T, "Abeche")]),
    ("an-attack-it-denied",
     "Gunmen stormed a checkpoint of the Banyo Defence Force near the town of Tarso on "
     "Sunday, an attack the Kovel Liberation Front denied.",
     [("Kovel Liberation Front", T, "*")]),
    ("an-attack-condemned-by",
     "Gunmen stormed a checkpoint of the Banyo Defence Force near the town of Tarso on "
     "Sunday, an attack condemned by the Kovel Liberation Front.",
     [("Kovel Liberation Front", T, "*")]),
    ("hunt-down-every-one-of-the-thieves",
     "\"We will hunt down every one of the cattle thieves,\" said General Musa Kallo of "
     "the Banyo Defence Force.",
     [("Musa Kallo", TH, "*")]),
    ("raid-on-sunday-night-near",
     "General Musa Kallo said Banyo Defence Force troops had carried out a joint raid "
     "with the police on Sunday night near the town of Tarso.",
     [("*", T, "Tarso")]),
    ("clashed-with-gunmen-near",
     "Troops of the Banyo Defence Force clashed with about 15 gunmen near the town of "
     "Tarso on Monday.",
     [("*", T, "Tarso")]),
    ("expelled-giving-hours-to-leave",
     "The Lakeland government expelled Ivo Marsh, a Kovel diplomat, giving him 72 hours to "
     "leave the country.",
     [("*", TH, "Ivo Marsh")]),
    ("warned-financiers-would-be-paid-late",
     "The Lakeland Treasury warned the Kovel Cartel's remaining financiers that they would "
     "be paid late.",
     [("Lakeland Treasury", TH, "*")]),
    ("if-not-honour-will-not-stand-for-election",
     "\"If the Kovel Liberation Front does not honour the March agreement, the Banyo "
     "Defence Force will not stand for election,\" an official said.",
     [("Banyo Defence Force", TH, "*")]),
    ("respond-to-the-expulsion-two-expelled",
     "Estonia expelled Ivo Marsh, a Belarusian diplomat, on Monday, and Latvia expelled two "
     "others. A spokesman said Belarus would respond to the expulsion in kind.",
     [("Belarus", TH, "*")]),
    ("took-back-from",
     "The Banyo Defence Force went into the hills and took the mines back from the Kovel "
     "Liberation Front, General Musa Kallo said.",
     [("*", TH, "Kovel Liberation Front")]),
]


# (a row is read or refused: one test over both tables, each row named by its id)
READINGS = [
    *(pytest.param(text, triples, True, id=row) for row, text, triples in POSITIVE),
    *(pytest.param(text, triples, False, id=f"not-{row}") for row, text, triples in NEGATIVE),
]


@pytest.mark.parametrize(("text", "triples", "read"), READINGS)
def test_violence_read_or_refused(nlp: Language, text: str, triples: list[Triple],
                                  read: bool) -> None:
    (assert_found if read else assert_absent)(nlp, text, triples)
