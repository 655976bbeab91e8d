"""Ground administered, and towns placed in an area named with its kind:

- "X administers Y", "Y, X-administered": a state or a side that administers ground holds
  it, as one that controls it does; not a vaccine or an oath administered, ground
  administered only until a year now past, a denial, nor an aim ("wants to administer Y");
- "Y, a town in Z county", "Y, a dry subregion of northern Z province": a town (a
  subregion, a territory) set off by its kind lies in the area named with its own kind
  noun after the name, as in "a town in Z"; not an area the town only stands near or
  trades with;
- "X is based in the Tamsi forest (mountains, hills)": a landform named by a name and its
  lower-case noun is the place of the name, for a body or a person; not a camp in it that
  another bombed, nor a forest walked through.

Every row is written for this table, with invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

C, L = "CONTROLS", "LOCATED_IN"

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- ground administered
    ("administers-region",
     "Uganda administers the Kemba region and the islands around it.",
     [("Uganda", C, "Kemba")]),
    ("said-administers-region",
     "Kenya said on Monday that Uganda administers the Kemba region illegally.",
     [("Uganda", C, "Kemba")]),
    ("demonym-administered-place",
     "Jets struck camps in Uganda and Ugandan-administered Kemba on Tuesday.",
     [("Uganda", C, "Kemba")]),
    # --- a town placed in an area named with its kind
    ("town-in-named-county",
     "Floods cut the roads to Kitale, a farming town in Turkana county, for a week.",
     [("Kitale", L, "Turkana")]),
    ("town-in-named-county-far-from",
     "Gunmen ambushed a convoy in Lodwar, a town in Turkana county about 40 kilometres "
     "east of the capital.",
     [("Lodwar", L, "Turkana")]),
    ("subregion-of-named-province",
     "Kitale, a dry subregion of northern Turkana province, lost half its herds.",
     [("Kitale", L, "Turkana")]),
    # --- a landform named by its name and its noun
    ("based-in-named-forest",
     "The Tarvo Front is based in the Tamsi forest, from where it raids the roads.",
     [("Tarvo Front", L, "Tamsi")]),
    ("person-based-in-named-forest",
     "Omar Kaya is based in the Tamsi forest, and he has several hundred fighters.",
     [("Omar Kaya", L, "Tamsi")]),
    ("long-based-in-named-hills",
     "The Tarvo Front has long been based in the Tamsi hills near the border.",
     [("Tarvo Front", L, "Tamsi")]),
    ("district-in-named-province",
     "Refugees reached Bolo, a hilly district in Kasai province, on foot.",
     [("Bolo", L, "Kasai")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("administered-vaccine",
     "Doctors from Uganda administered the vaccine in the Kemba region.",
     [("Uganda", C, "Kemba"), ("*", C, "*")]),
    ("administered-until-year",
     "Uganda administered the Kemba region until 1956.",
     [("Uganda", C, "Kemba")]),
    ("does-not-administer",
     "Uganda does not administer the Kemba region.",
     [("Uganda", C, "Kemba")]),
    ("wants-to-administer",
     "Kenya wants to administer the Kemba region.",
     [("Kenya", C, "Kemba")]),
    ("bombed-camps-in-named-forest",
     "Jets bombed Tarvo Front camps in the Tamsi forest.",
     [("Tarvo Front", L, "Tamsi")]),
    ("walked-through-named-forest",
     "Omar Kaya walked through the Tamsi forest to reach the border.",
     [("Omar Kaya", L, "Tamsi")]),
    ("town-near-county-border",
     "Floods cut the roads to Kitale, a farming town near the Turkana county border, for "
     "a week.",
     [("Kitale", L, "Turkana")]),
    ("subregion-trades-with-province",
     "Kitale, a dry subregion that trades with northern Turkana province, lost half its "
     "herds.",
     [("Kitale", L, "Turkana")]),
]


# (a row is read or refused: one test over both tables, each row named by its id)
READINGS = [
    *(pytest.param(text, triples, True, id=row) for row, text, triples in POSITIVE),
    *(pytest.param(text, triples, False, id=f"not-{row}") for row, text, triples in NEGATIVE),
]


@pytest.mark.parametrize(("text", "triples", "read"), READINGS)
def test_places_read_or_refused(nlp: Language, text: str, triples: list[Triple],
                                read: bool) -> None:
    (assert_found if read else assert_absent)(nlp, text, triples)
