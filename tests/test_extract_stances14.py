"""Stances and ties told by the wronged, the onlooker or the people a body is counted in:

- "X condemned the detention (arrest, abduction) of Y's staff by Z": X criticises Z, the
  holder; not Y, whose people are held;
- "X condemned a violation (breach) of Y's sovereignty (airspace) by Z": X criticises Z;
  not Y, the wronged;
- "X accused Y of spying (working) for Z": X criticises Y, the accused; not Z, who is
  only in the charge (the parser may make the gerund the object of "of");
- "Z, which monitors (observes, verifies) the ceasefire": an onlooker holds no truce with
  the side named before; the sides who agreed it still do;
- "fighters killed since (after) the truce": a truce named as a time is no truce of the
  verb's doers with the side named before;
- "X, the Y-aligned militia": X is allied with Y, not backed by it;
- "X, a rival of Y" (X opposes Y), "X, Y's bitter rival" and "Y is fighting X, its main
  rival" (Y opposes X): rivals oppose each other; not a former rival, nor a partner (a
  former office beside an opponent leaves the enmity standing);
- "X, a force of 3,000 men funded (armed, trained) by Y": Y backs X, the body its men
  are counted in; not a column of men armed by Y that X fought.

Every row is written for this table, with invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

A, B, C, CR, OP = "ALLIED_WITH", "BACKS", "CEASEFIRE_WITH", "CRITICIZES", "OPPOSES"

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- the holder of those detained
    ("condemned-detention-of-staff-by",
     "The African Union strongly condemned the detention of three United Nations workers "
     "by the Black Lions.",
     [("African Union", CR, "Black Lions")]),
    # --- the violator of a right
    ("condemned-violation-of-airspace-by",
     "Kenya condemned the violation of Uganda's airspace by Tanzanian jets.",
     [("Kenya", CR, "Tanzanian forces")]),
    # --- the accused, not whom the charge names
    ("accused-staff-of-spying-for",
     "The Kelvar Intelligence Bureau has accused detained Red Cross staff of spying for "
     "Tanzania.",
     [("Kelvar Intelligence Bureau", CR, "International Committee of the Red Cross")]),
    # --- the sides of a truce an onlooker watches
    ("agreed-truce-then-monitored",
     "Ostria agreed a truce with the Black Lions in May. The African Union, which "
     "monitors the ceasefire, reported no clashes.",
     [("Ostria", C, "Black Lions")]),
    # --- an ally told by a compound
    ("the-aligned-militia",
     "The Free Hill Front, the Black Lions-aligned militia, seized the town of Marsk.",
     [("Black Lions", A, "Free Hill Front")]),
    # --- rivals
    ("appos-a-rival-of",
     "The Sarn Guard, a long-time rival of the Tolo Movement, burned the ferry at Kesh.",
     [("Sarn Guard", OP, "Tolo Movement")]),
    ("appos-owners-rival",
     "Police in Kesh blamed the Sarn Guard, the Tolo Movement's arch-rival, for the fire.",
     [("Tolo Movement", OP, "Sarn Guard")]),
    ("fighting-its-main-rival",
     "Along the coast the Tolo Movement has been battling the Sarn Guard, its main rival, "
     "for the fishing ports.",
     [("Tolo Movement", OP, "Sarn Guard")]),
    ("former-officer-and-opponent-of",
     "Lena Sorn, a former army officer and an outspoken opponent of President Ivo Marek, "
     "left Kesh.",
     [("Lena Sorn", OP, "Ivo Marek")]),
    # --- a body counted in its men
    ("force-of-men-funded-by",
     "The Tarsk Rangers, a force of several hundred men funded by Kenya, patrol the "
     "northern roads.",
     [("Kenya", B, "Tarsk Rangers")]),
    ("network-of-fighters-trained-by",
     "The Tarsk Rangers, a network of fighters trained by Kenya, raided a depot near "
     "Marsk.",
     [("Kenya", B, "Tarsk Rangers")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("condemned-detention-of-staff-by-not-the-held",
     "The African Union strongly condemned the detention of three United Nations workers "
     "by the Black Lions.",
     [("African Union", CR, "United Nations")]),
    ("condemned-violation-of-airspace-not-the-wronged",
     "Kenya condemned the violation of Uganda's airspace by Tanzanian jets.",
     [("Kenya", CR, "Uganda")]),
    ("accused-staff-of-spying-for-not-the-employer",
     "The Kelvar Intelligence Bureau has accused detained Red Cross staff of spying for "
     "Tanzania.",
     [("Kelvar Intelligence Bureau", CR, "Tanzania")]),
    ("monitors-the-ceasefire-not-a-party",
     "Ostria agreed a truce with the Black Lions in May. The African Union, which "
     "monitors the ceasefire, reported no clashes.",
     [("African Union", C, "Black Lions")]),
    ("killed-since-the-truce-not-a-party",
     "Ostria agreed a truce with the Black Lions in May. The mayor spoke of the many "
     "Zambian soldiers shot since that year's peace agreement.",
     [("Zambian forces", C, "Black Lions")]),
    ("sent-aid-since-the-ceasefire-not-a-party",
     "Ostria agreed a truce with the Black Lions in May. Kenya has sent aid since the "
     "ceasefire.",
     [("Kenya", C, "Black Lions")]),
    ("the-aligned-militia-not-backed",
     "The Free Hill Front, the Black Lions-aligned militia, seized the town of Marsk.",
     [("Black Lions", B, "Free Hill Front")]),
    ("appos-owners-former-rival",
     "Police in Kesh blamed the Sarn Guard, the Tolo Movement's former rival, for the fire.",
     [("Tolo Movement", OP, "Sarn Guard")]),
    ("welcomed-its-former-rival",
     "The Tolo Movement welcomed the Sarn Guard, its former rival, into the coalition.",
     [("Tolo Movement", OP, "Sarn Guard")]),
    ("appos-a-partner-of",
     "The Sarn Guard, a long-time partner of the Tolo Movement, burned the ferry at Kesh.",
     [("Sarn Guard", OP, "Tolo Movement")]),
    ("fought-a-column-of-men-armed-by",
     "The Tarsk Rangers fought a column of three hundred men armed by Kenya.",
     [("Kenya", B, "Tarsk Rangers")]),
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
