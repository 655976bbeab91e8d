"""Violence told of a part of a side's things:

- "fired water cannon at one of the Y cutters", "fired on one of Y's patrols", "attacked
  two of Y's posts", "claimed an attack on one of Y's bases": the side whose things are
  counted out is struck; never a place the things stood near ("one of the fishing boats
  near Z"), nor a count of people described ("X, one of Y's commanders");
- "Y opened fire on an ambulance (killing X) ... condemned the attack on the Z
  ambulance": Y struck Z, the one attack told just before by one doer; not "attacks on
  Z" (a campaign), nor an attack told before by two doers, nor one told long before;
- "warned that X would respond with full force to any Rwandan airstrikes on Y": X
  threatens Rwanda, the state the demonym names; "any (no) attack on Y" is spoken of,
  never an attack done ("warned that any Chilean attack on Peru would end badly");
- "the attackers, identified by officials as fighters of Y (as Y fighters), attacked Z":
  Y struck Z (the parser hangs "as" on the officials); not officials who identified
  the dead ("the victims, identified by officials as ...");
- "X clashed with (fought against) Y": armed sides fight; two people at odds ("the
  governor clashed with his predecessor over ...") only quarrel;
- "Y sent troops after a weekend in which gunmen linked to X killed two soldiers of Z":
  X killed (the men's side, the parser hanging "killed" subjectless on "sent"), never
  Y, the one who sent troops.

Every row is written for this table, with invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

K, T, TH = "KILLED", "TARGETS", "THREATENS"

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- a part of a side's things
    ("fired-at-one-of-cutters",
     "The Lakeland Navy fired water cannon at one of the Brenton Coast Guard cutters on "
     "Friday.",
     [("Lakeland Navy", T, "Brenton Coast Guard")]),
    ("fired-on-one-of-patrols",
     "The Kivu Liberation Front fired on one of the Banyo Defence Force's patrols near "
     "Tarso.",
     [("Kivu Liberation Front", T, "Banyo Defence Force")]),
    ("attacked-two-of-posts",
     "The Kivu Liberation Front attacked two of the Banyo Defence Force's posts overnight.",
     [("Kivu Liberation Front", T, "Banyo Defence Force")]),
    ("attack-on-one-of-bases",
     "The Kivu Liberation Front claimed an attack on one of the Banyo Defence Force's "
     "bases.",
     [("Kivu Liberation Front", T, "Banyo Defence Force")]),
    # --- the attack told just before, named again by its target
    ("the-attack-on-after-killed-when",
     "Oleg Petrov was killed when members of the Kovel Liberation Front opened fire on a "
     "marked ambulance near Abeche. Maria Lund condemned the attack on the Tarsian Red "
     "Crescent Society ambulance.",
     [("Kovel Liberation Front", T, "Tarsian Red Crescent Society")]),
    ("the-attack-on-after-ambush",
     "Fighters of the Kovel Liberation Front ambushed a convoy on the road to Abeche on "
     "Monday, killing two drivers. The UN condemned the attack on the World Food "
     "Programme convoy.",
     [("Kovel Liberation Front", T, "World Food Program")]),
    ("the-attack-on-demonym-named-body",
     "Oleg Petrov was killed when members of the Kovel Liberation Front opened fire on a "
     "marked ambulance near Abeche. \"I condemn the attack on the Kenyan Red Cross "
     "Society ambulance,\" said Maria Lund.",
     [("Kovel Liberation Front", T, "Kenyan Red Cross Society")]),
    # --- a threat against the state of the attacks it answers
    ("respond-to-any-demonym-strikes",
     "Amos Kitenge warned that the Congolese army would respond with full force to any "
     "new Rwandan airstrikes on Congolese territory.",
     [("Democratic Republic of the Congo forces", TH, "Rwanda")]),
    # --- attackers identified as a group's men
    ("attackers-identified-by-officials-as-fighters-of",
     "The attackers, identified by officials as fighters of the Kivu Liberation Front, "
     "attacked Tarso and two smaller settlements shortly after dawn.",
     [("Kivu Liberation Front", T, "Tarso")]),
    ("attackers-identified-by-police-as-group-fighters",
     "The gunmen, identified by police as Kivu Liberation Front fighters, stormed the "
     "village of Tarso on Monday.",
     [("Kivu Liberation Front", T, "Tarso")]),
    # --- sides that clash
    ("groups-clashed-with",
     "The Kivu Liberation Front clashed with the Banyo Defence Force near Tarso on Sunday.",
     [("Kivu Liberation Front", T, "Banyo Defence Force"),
      ("Banyo Defence Force", T, "Kivu Liberation Front")]),
    # --- men serving a side, in a clause the parser cut from its verb
    ("in-which-gunmen-linked-to-killed",
     "The Tarsian Interior Ministry ordered 600 more officers into Abeche on Wednesday "
     "after a weekend in which gunmen linked to the Los Lobos gang killed two soldiers "
     "of the Banyo Defence Force.",
     [("Los Lobos", K, "Banyo Defence Force")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # --- things of no side, a person counted among a body's men
    ("one-of-boats-near-town",
     "The Lakeland Navy fired water cannon at one of the fishing boats near Brenton on "
     "Friday.",
     [("Lakeland Navy", T, "*")]),
    ("one-of-commanders-described",
     "Amos Kitenge, one of the Kivu Liberation Front's commanders, attacked the town of "
     "Tarso.",
     [("Amos Kitenge", T, "Kivu Liberation Front"),
      ("Kivu Liberation Front", T, "*")]),
    # --- the state of a demonym inside a body's name is not the one struck
    ("the-attack-on-not-demonym-state",
     "Oleg Petrov was killed when members of the Kovel Liberation Front opened fire on a "
     "marked ambulance near Abeche. \"I condemn the attack on the Kenyan Red Cross "
     "Society ambulance,\" said Maria Lund.",
     [("Kovel Liberation Front", T, "Kenya")]),
    # --- those identified are not attackers
    ("victims-identified-as-fighters",
     "The victims, identified by officials as fighters of the Kivu Liberation Front, "
     "attacked nobody, their families said of the raid on Tarso.",
     [("Kivu Liberation Front", T, "*")]),
    # --- two people at odds
    ("people-clashed-over",
     "Amos Kitenge, the governor, has repeatedly clashed with his predecessor, Paul "
     "Mbeki, over how to handle the armed groups.",
     [("Amos Kitenge", T, "Paul Mbeki"), ("Paul Mbeki", T, "Amos Kitenge")]),
    ("people-fought-against",
     "Amos Kitenge fought against Paul Mbeki for the party leadership.",
     [("Amos Kitenge", T, "Paul Mbeki")]),
    # --- the one who sends troops after a killing did not kill
    ("in-which-gunmen-linked-not-sender",
     "The Tarsian Interior Ministry ordered 600 more officers into Abeche on Wednesday "
     "after a weekend in which gunmen linked to the Los Lobos gang killed two soldiers "
     "of the Banyo Defence Force.",
     [("Tarsian Interior Ministry", K, "*"), ("Interior Ministry", K, "*")]),
    ("in-which-gunmen-unnamed",
     "The Banyo Defence Force sent troops to Tarso after a weekend in which gunmen killed "
     "two soldiers of the Kivu Liberation Front.",
     [("Banyo Defence Force", K, "*")]),
    # --- attacks spoken of, none done
    ("respond-to-any-strikes-no-attack",
     "Amos Kitenge warned that the Congolese army would respond with full force to any "
     "new Rwandan airstrikes on Congolese territory.",
     [("Rwanda", T, "*")]),
    ("any-attack-would-end-badly",
     "Marco Ruiz warned that any Chilean attack on Peru would end badly for Santiago.",
     [("Chile", T, "Peru")]),
    ("no-demonym-questions",
     "The Congolese army will respond to Rwandan questions about the strikes.",
     [("*", TH, "Rwanda")]),
    # --- attacks in general, two doers before, an attack told long before
    ("attacks-on-campaign",
     "Fighters of the Kovel Liberation Front ambushed a convoy on the road to Abeche on "
     "Monday, killing two drivers. The UN condemned attacks on the World Food Programme.",
     [("Kovel Liberation Front", T, "World Food Program")]),
    ("the-attack-on-two-doers",
     "Fighters of the Kovel Liberation Front and the Tarso Brigades ambushed separate "
     "convoys near Abeche on Monday. The UN condemned the attack on the World Food "
     "Programme convoy.",
     [("Kovel Liberation Front", T, "World Food Program"),
      ("Tarso Brigades", T, "World Food Program")]),
    ("the-attack-on-long-after",
     "Fighters of the Kovel Liberation Front ambushed a convoy near Abeche in May. The "
     "rains came early this year. Farmers planted maize in the valley. Prices of seed "
     "rose sharply. The UN condemned the attack on the World Food Programme convoy.",
     [("Kovel Liberation Front", T, "World Food Program")]),
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
