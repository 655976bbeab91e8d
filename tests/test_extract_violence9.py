"""Violence told through a force's posts and men, a "when" clause, and the dead of an attack:

- "attacked a post of Y", "opened fire on peacekeepers of Y": Y is struck (a post or the
  peacekeepers stand for the force or mission they are of); never "the post of deputy
  commander", an office;
- "X was killed / died when Y opened fire on (stormed, shelled) ...": Y KILLED X; not the
  victim's own side, nor "his men", nor a clause with no attack ("when his car hit a
  mine");
- "X attacked (a checkpoint of) Y, killing four fighters": the dead are the attacked
  side's, never the attackers';
- "claimed the attack on its Telegram channels": where it was claimed, not what was struck;
- "killing 40 people, medics and the army said": the list before a "said" with no subject
  is its speakers, not more of the dead;
- a report filed from a bureau or a venue abroad ("NAIROBI, Kenya -" over a war in
  Somalia): the soldiers it speaks of are the story's state's, not the dateline's.

Every row is written for this table, with invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

K, T = "KILLED", "TARGETS"

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- a post or the peacekeepers of a force
    ("attacked-post-of-force",
     "Fighters of the Kovel Liberation Front attacked a post of the Chadian Army near "
     "Abeche on Sunday.",
     [("Kovel Liberation Front", T, "Chadian Army")]),
    ("attacked-post-of-service",
     "Fighters of the Kovel Liberation Front attacked a post of the Border Guard Service "
     "in the Abeche district.",
     [("Kovel Liberation Front", T, "Border Guard Service")]),
    ("fired-on-peacekeepers-of-mission",
     "Gunmen of the Kovel Liberation Front opened fire on peacekeepers of the African "
     "Union Mission in Tarnovia near the town of Abeche.",
     [("Kovel Liberation Front", T, "African Union Mission in Tarnovia")]),
    # --- killed when others attacked
    ("killed-when-opened-fire",
     "Oleg Petrov, a 26-year-old farmer, was killed when members of the Kovel Liberation "
     "Front opened fire on an ambulance near Abeche.",
     [("Kovel Liberation Front", K, "Oleg Petrov")]),
    ("died-when-shelled",
     "Oleg Petrov died when fighters of the Kovel Liberation Front shelled the market of "
     "Abeche on Monday.",
     [("Kovel Liberation Front", K, "Oleg Petrov")]),
    ("killed-when-stormed",
     "Oleg Petrov was killed when gunmen of the Kovel Liberation Front stormed his house "
     "in Abeche.",
     [("Kovel Liberation Front", K, "Oleg Petrov")]),
    # --- the attacked side's dead
    ("attacked-checkpoint-killing-soldiers",
     "Fighters of the Kovel Liberation Front attacked a checkpoint of the Chadian Army "
     "near Abeche, killing four soldiers.",
     [("Kovel Liberation Front", K, "Chadian Army")]),
    # --- an attack claimed, and one on its target
    ("claimed-attack-on-side-on-website",
     "The Kovel Liberation Front claimed the attack on the Chadian Army on its website.",
     [("Kovel Liberation Front", T, "Chadian Army")]),
    # --- a list before a "said" of its own
    ("listed-victims-before-said",
     "Fighters of the Kovel Liberation Front killed Oleg Petrov and Ivan Sarkov near "
     "Abeche, the army said.",
     [("Kovel Liberation Front", K, "Oleg Petrov"), ("Kovel Liberation Front", K, "Ivan Sarkov")]),
    # --- a bureau's dateline
    ("venue-dateline-story-state",
     "NAIROBI, Kenya, 3 March 2026 — Fighters of the Kovel Liberation Front attacked a "
     "base in Somalia's Gedo region on Monday, killing seven soldiers. The government of "
     "Somalia condemned the attack. Somalia has fought the group since 2019, and officials "
     "in Somalia vowed to pursue its leaders.",
     [("Kovel Liberation Front", K, "Somali forces")]),
    ("home-dateline-kept",
     "NAIROBI, Kenya, 3 March 2026 — Fighters of the Kovel Liberation Front attacked a "
     "base in Kenya's Mandera county on Monday, killing seven soldiers. Kenya has fought "
     "the group since 2019, and officials in Somalia said the fighters came from "
     "Somalia's Gedo region.",
     [("Kovel Liberation Front", K, "Kenyan forces")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # a post that is an office
    ("post-of-office",
     "The Kovel Liberation Front named Oleg Petrov to the post of deputy commander of "
     "the Chadian Army.",
     [("Kovel Liberation Front", T, "*")]),
    # killed when his own side attacked, or by no attack
    ("killed-when-own-side-stormed",
     "Oleg Petrov, a commander of the Kovel Liberation Front, was killed when fighters of "
     "the Kovel Liberation Front stormed the army base at Abeche.",
     [("Kovel Liberation Front", K, "Oleg Petrov")]),
    ("killed-when-his-men-stormed",
     "Oleg Petrov was killed when his fighters stormed the army base at Abeche.",
     [("*", K, "Oleg Petrov")]),
    ("died-when-car-hit-mine",
     "Oleg Petrov died when his car hit a mine laid by the Kovel Liberation Front near "
     "Abeche.",
     [("Kovel Liberation Front", K, "Oleg Petrov")]),
    # the attackers' side is not the dead one
    ("attacked-checkpoint-not-attackers-dead",
     "Fighters of the Kovel Liberation Front attacked a checkpoint of the Chadian Army "
     "near Abeche, killing four fighters.",
     [("Chadian Army", K, "*"), ("Chadian Army", T, "*")]),
    # a channel is where a claim is posted
    ("claimed-attack-on-telegram-channels",
     "The Kovel Liberation Front claimed the attack on its Telegram channels on Friday.",
     [("Kovel Liberation Front", T, "*")]),
    # the speakers of a subjectless "said" are not the dead
    ("tail-speakers-not-dead",
     "Chad's rebel Kovel Liberation Front shelled the town of Abeche on Thursday, killing "
     "at least 40 people, medics and the army said. The Chadian Army has fought the group "
     "since 2019.",
     [("Kovel Liberation Front", K, "Chadian Army")]),
    # the venue's state is not the story's
    ("venue-dateline-not-venue-forces",
     "NAIROBI, Kenya, 3 March 2026 — Fighters of the Kovel Liberation Front attacked a "
     "base in Somalia's Gedo region on Monday, killing seven soldiers. The government of "
     "Somalia condemned the attack. Somalia has fought the group since 2019, and officials "
     "in Somalia vowed to pursue its leaders.",
     [("Kovel Liberation Front", K, "Kenyan forces"), ("Kenya", "CRITICIZES", "*")]),
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
