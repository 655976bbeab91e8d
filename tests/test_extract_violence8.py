"""Violence and threats told by a shape around the act:

- weapons dropped, thrown or fired on or at a thing or a side ("X dropped four bombs on
  the Y monastery", "X threw grenades at the Y police station"): X TARGETS it; never
  leaflets or aid dropped;
- "we will hunt them down" after the speaker named the group: the speaker THREATENS the
  group; not "them" the speaker would protect;
- a clause in apposition to the last of two joined names ("A and B, the rebel movement
  that has fought C"): B's clause, not A's;
- a name the parser hung as a modifier on the noun set off after it ("X, Y's affiliate in
  Z, claimed ..."): X is the doer;
- "X and Y have attacked each other's members": X TARGETS Y and Y TARGETS X, never
  partners acting together;
- "an attack on Nigerian soil": where it struck, not a strike on the state;
- a third-person pronoun inside a speaker's quote ('"He threw the grenade," X said') is
  not the speaker.

Every row is written for this table, with invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

K, T, TH = "KILLED", "TARGETS", "THREATENS"

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- weapons dropped or thrown on a thing or a side
    ("dropped-bombs-on-thing",
     "The Malvanian Air Force dropped at least four bombs on the Saint Tomas monastery in "
     "the village of Kovel.",
     [("Malvanian Air Force", T, "Saint Tomas monastery")]),
    ("dropped-barrel-bombs-on-side",
     "The Malvanian Air Force dropped barrel bombs on the Kovel Liberation Front near Kovel.",
     [("Malvanian Air Force", T, "Kovel Liberation Front")]),
    ("threw-grenades-at",
     "Fighters of the Kovel Liberation Front threw grenades at the Saint Tomas police "
     "station on Friday.",
     [("Kovel Liberation Front", T, "Saint Tomas police station")]),
    # --- a threat to hunt down
    ("will-hunt-them-down",
     'The governor of Kano, Aminu Bello, spoke in Kano. "I condemn Ansaru," he said. '
     '"We will hunt them down, village by village."',
     [("Aminu Bello", TH, "Ansaru")]),
    ("will-pursue-them",
     "Ansaru attacked the town of Dutsin. The defence minister, General Aminu Bello, "
     'visited the wounded. "Let me be clear to these criminals: we will pursue them, we '
     'will find them," he said.',
     [("Aminu Bello", TH, "Ansaru")]),
    # --- a clause in apposition to the last of two joined names
    ("appos-after-second-conjunct",
     "Kenya and the Ogaden National Liberation Front (ONLF), the rebel movement that has "
     "fought Ethiopian forces since 1994, agreed on Monday to a truce.",
     [("Ogaden National Liberation Front", T, "Ethiopian forces")]),
    # --- each other's men attacked
    ("attacked-each-others-members",
     "The Zetas and the Gulf Cartel have attacked each other's members with guns and "
     "grenades.",
     [("Zetas", T, "Gulf Cartel"), ("Gulf Cartel", T, "Zetas")]),
    # --- a name hung as a modifier on the noun set off after it
    ("name-before-set-off-noun",
     "Harakat Hasm, Egypt's most active cell, claimed its first attack on Libyan soil, an "
     "ambush on a Libyan National Army patrol near Tobruk.",
     [("Harakat Hasm", T, "Libyan National Army")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # leaflets or aid dropped
    ("dropped-leaflets",
     "The Malvanian Air Force dropped leaflets on the Saint Tomas monastery near Kovel.",
     [("Malvanian Air Force", T, "*")]),
    ("dropped-leaflets-on-side",
     "The Malvanian Air Force dropped leaflets on the Kovel Liberation Front near Kovel.",
     [("Malvanian Air Force", T, "*")]),
    # "them" the speaker would protect
    ("will-not-abandon-them",
     "Ansaru attacked the town of Dutsin. The villagers fled to Kano. "
     '"We will not abandon them," said Aminu Bello, the governor.',
     [("Aminu Bello", TH, "*")]),
    # the first of the joined names is not the clause's doer
    ("appos-after-second-conjunct-not-first",
     "Kenya and the Ogaden National Liberation Front (ONLF), the rebel movement that has "
     "fought Ethiopian forces since 1994, agreed on Monday to a truce.",
     [("Kenya", T, "*")]),
    # each other's men attacked: foes, not partners; a third side's: no fight of the two
    ("attacked-each-others-members-not-joint",
     "The Zetas and the Gulf Cartel have attacked each other's members with guns and "
     "grenades.",
     [("Zetas", "COOPERATES_WITH", "*"), ("Gulf Cartel", "COOPERATES_WITH", "*")]),
    ("attacked-third-sides-convoys",
     "The Zetas and the Gulf Cartel have attacked the army's convoys with guns and "
     "grenades.",
     [("Zetas", T, "Gulf Cartel"), ("Gulf Cartel", T, "Zetas")]),
    # soil is where
    ("attack-on-soil",
     "Harakat Hasm, Egypt's most active cell, claimed its first attack on Libyan soil, an "
     "ambush on a Libyan National Army patrol near Tobruk.",
     [("Harakat Hasm", T, "Libya")]),
    # "he" in the quote is another
    ("he-in-quote-not-speaker",
     'Police arrested a man in Kartarpur on Monday. "He was the one who attacked the '
     'Kartarpur police station," said Rekha Vohra, the Jalandhar police commissioner.',
     [("Rekha Vohra", T, "*")]),
    ("he-in-quote-threw-not-speaker",
     'Police arrested a man in Kartarpur on Monday. "He was the one who threw the grenade '
     'at the Kartarpur police station," said Rekha Vohra, the Jalandhar police commissioner.',
     [("Rekha Vohra", T, "*")]),
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
