"""Stances and ties told by the line a talk went over, what a backer hands over, those
sanctioned along with another, and two phrasings that tell no tie:

- "X spoke by telephone (phone, hotline, video link) with Y": X meets Y, wherever the
  parser hangs "with Y" (on the verb or on the line); not "spoke by telephone with
  reporters about Y";
- "X supplied (provided, equipped) Y with weapons (rifles, cash, intelligence)": X backs
  Y; not Y's villages supplied with water, nor Y supplied with food;
- "X sanctioned (designated) Y, along with A and B": A and B are sanctioned too; not a
  state or a government body named "along with" the sanctioned, a fellow sanctioner
  ("X designated Y in 2019, along with Z"), nor a sanction lifted;
- "the corner where X, Y and Z meet", "the point where the X and Y borders meet": lands
  that touch, said in the present with no one met, are no meeting; "the town where X and
  Y met in 2019 to end the dispute" is one;
- "X and Y soldiers fought with sticks and stones": a fight with no third side named is
  the pair's own, no work together; "X and Y troops fought against Z" is.

Every row is written for this table, with invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

B, CO, M, S = "BACKS", "COOPERATES_WITH", "MEETS_WITH", "SANCTIONS"

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- a talk over a line
    ("spoke-by-telephone-with",
     "Late on Friday, Lena Sorn told reporters that she had already spoken by telephone "
     "with the African Union envoy for Chad, Ilse Brandt, and had urged Nairobi to act.",
     [("Lena Sorn", M, "Ilse Brandt")]),
    ("spoke-by-hotline-with",
     "General Omar Vale spoke by hotline with Ilse Brandt of the Kenya Defence Forces on "
     "Monday.",
     [("Omar Vale", M, "Ilse Brandt")]),
    # --- what a backer hands over
    ("supplied-with-rifles",
     "Investigators say the Black Lions supplied the Tarsk Rangers with rifles and cash "
     "last year.",
     [("Black Lions", B, "Tarsk Rangers")]),
    ("provided-with-intelligence",
     "Kenya has provided the Dorvan Brigade with intelligence since 2021, officials said.",
     [("Kenya", B, "Dorvan Brigade")]),
    # --- sanctioned along with another
    ("sanctioned-along-with-founder",
     "The Treasury sanctioned the Black Lions in May, along with Piet Molnar, its founder.",
     [("Treasury", S, "Black Lions"), ("Treasury", S, "Piet Molnar")]),
    ("sanctioned-along-with-two-groups",
     "The Treasury sanctioned the Black Lions, along with the Tarsk Rangers and the Dorvan "
     "Brigade.",
     [("Treasury", S, "Tarsk Rangers"), ("Treasury", S, "Dorvan Brigade")]),
    ("designated-as-along-with-founder",
     "Officials said the Kolm Finance Ministry had designated the Black Lions as a "
     "criminal network, along with Piet Molnar, its founder.",
     [("Kolm Finance Ministry", S, "Piet Molnar")]),
    # --- a meeting in a clause of place
    ("where-they-met-in-a-year",
     "Leaders gathered in Kesh, where Kenya and Uganda met in 2019 to end the dispute.",
     [("Kenya", M, "Uganda")]),
    # --- a fight against a third side
    ("fought-against-a-third-side",
     "Kenyan and Ugandan troops fought against the Black Lions near Busia.",
     [("Kenyan forces", CO, "Ugandan forces")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("spoke-by-telephone-with-reporters-about",
     "Omar Vale spoke by telephone with reporters about Ilse Brandt on Monday.",
     [("Omar Vale", M, "Ilse Brandt")]),
    ("supplied-villages-with-water",
     "Investigators say the Black Lions supplied the Tarsk Rangers' villages with water "
     "last year.",
     [("Black Lions", B, "Tarsk Rangers")]),
    ("supplied-with-food",
     "Aid agencies supplied the Tarsk Rangers with food, the Black Lions said.",
     [("Black Lions", B, "Tarsk Rangers")]),
    ("designated-along-with-a-state",
     "In 2017 Ghana designated the Black Lions a banned terror group, along with Togo.",
     [("Ghana", S, "Togo")]),
    ("lifted-sanctions-along-with",
     "The Treasury lifted its sanctions on the Black Lions, along with the Tarsk Rangers.",
     [("Treasury", S, "Tarsk Rangers")]),
    ("where-lands-meet",
     "The forest where Kenya, Uganda and Sudan meet remains lawless.",
     [("Kenya", M, "Uganda"), ("Uganda", M, "Sudan"), ("Kenya", M, "Sudan")]),
    ("where-borders-meet",
     "The drones struck near the point where the Kenyan, Ugandan and Sudanese borders meet.",
     [("Kenya", M, "Uganda"), ("Uganda", M, "Sudan")]),
    ("fought-with-sticks",
     "Kenyan and Ugandan soldiers fought with sticks and stones on a ridge near Busia last "
     "week.",
     [("Kenyan forces", CO, "Ugandan forces")]),
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
