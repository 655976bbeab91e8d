"""Where organisations and places are: a state named before a body or a place, a place
noun before "in", and the filler words between a place and its region."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from actorgraph.extract.mentions import _split_place_list
from actorgraph.extract.placenames import is_place_name

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # a state token or a known state's demonym before or opening the name
    (
        "demonym-opens-body",
        "Kenya said the Kenyan Parliament would meet on Monday.",
        [("Kenyan Parliament", "PART_OF", "Kenya")],
    ),
    (
        "state-then-class-noun",
        "The U.S. aid agency USAID sent food.",
        [("USAID", "LOCATED_IN", "United States")],
    ),
    (
        "state-city-of",
        "Syria said rebels entered the Syrian city of Raqqa.",
        [("Raqqa", "LOCATED_IN", "Syria")],
    ),
    (
        "region-city-of",
        "Police in the Texas city of Waco said two men died.",
        [("Waco", "LOCATED_IN", "Texas")],
    ),
    # "A in B, C in D, and E in F": each in its own
    (
        "list-of-placed-places",
        "Clashes hit Kabezi District in Bujumbura Province, Mutimbuzi District in Bubanza "
        "Province, and Isare District in Muramvya Province.",
        [("Mutimbuzi District", "LOCATED_IN", "Bubanza Province"),
         ("Isare District", "LOCATED_IN", "Muramvya Province")],
    ),
    # "Kenya's parliament": a body the state's possessive names is part of it
    (
        "possessive-body",
        "Kenya's parliament voted on the bill.",
        [("Kenyan parliament", "PART_OF", "Kenya")],
    ),
    # a place noun after the name, before "in"
    (
        "place-noun-in",
        "Gunmen attacked the Al-Amin neighborhood in Basra on Friday.",
        [("Al-Amin", "LOCATED_IN", "Basra")],
    ),
    # a capital after "in" is the city, not its state
    (
        "capital-is-the-city",
        "The bomb hit Karrada, Baghdad, early on Sunday.",
        [("Karrada", "LOCATED_IN", "Baghdad")],
    ),
    # a compass word between a town and its country
    (
        "comma-compass-region",
        "A car bomb exploded in Tal Afar, northern Iraq, on Monday.",
        [("Tal Afar", "LOCATED_IN", "Iraq")],
    ),
    (
        "town-country-pairs-listed",
        "Fighting spread to Mosul, Iraq and Aleppo, Syria.",
        [("Mosul", "LOCATED_IN", "Iraq"), ("Aleppo", "LOCATED_IN", "Syria")],
    ),
    # what is in a town is in the region the sentence puts the town in
    (
        "through-the-town",
        "Fighters from the Al-Amin neighborhood in Tal Afar, northern Iraq, fled.",
        [("Al-Amin", "LOCATED_IN", "Tal Afar"), ("Al-Amin", "LOCATED_IN", "Iraq")],
    ),
    # a name between "in" and "in" is a place, whatever type the model gave it
    (
        "misread-town-between-ins",
        "Gunmen struck in Al-Amin in eastern Basra.",
        [("Al-Amin", "LOCATED_IN", "Basra")],
    ),
    # a landform noun before "in"
    (
        "landform-in",
        "Troops fought in the Nafusa mountains in western Libya.",
        [("Nafusa", "LOCATED_IN", "Libya")],
    ),
    # a sentence that opens by naming a region places the towns it names there
    (
        "framed-by-region",
        "In Nevada, crews cleared snow near Elko on Sunday.",
        [("Elko", "LOCATED_IN", "Nevada")],
    ),
    # the towns listed before one placed in a region share it
    (
        "list-shares-region",
        "Flooding closed the road between Salida and Gunnison, Colorado.",
        [("Salida", "LOCATED_IN", "Colorado"), ("Gunnison", "LOCATED_IN", "Colorado")],
    ),
    # "in the eastern district of Y"
    (
        "place-noun-filler",
        "Fighting reached Saraqib in the eastern district of Idlib.",
        [("Saraqib", "LOCATED_IN", "Idlib")],
    ),
    # a body whose name opens with a town or region the text names
    (
        "town-opens-body-name",
        "Rates in Denver rose after the Denver Water Board met on Monday.",
        [("Denver Water Board", "LOCATED_IN", "Denver")],
    ),
    (
        "region-opens-body-name",
        "Two clinics in Ohio closed, the Ohio Department of Health said.",
        [("Ohio Department of Health", "LOCATED_IN", "Ohio")],
    ),
    # a university named after its town
    (
        "university-of-town",
        "Dana Hale moved to Leeds to teach at the University of Leeds.",
        [("University of Leeds", "LOCATED_IN", "Leeds")],
    ),
    # a town set off by a place noun in apposition: "X, a town in Y"
    (
        "appos-town-in",
        "Floods cut the roads to Kitale, a farming town in Kenya, for a week.",
        [("Kitale", "LOCATED_IN", "Kenya")],
    ),
    (
        "appos-port-of",
        "Ships docked at Kismayo, the main port of southern Somalia.",
        [("Kismayo", "LOCATED_IN", "Somalia")],
    ),
    (
        "appos-one-of-the-towns-in",
        "Kitale, one of the oldest towns in Kenya, lost power on Friday.",
        [("Kitale", "LOCATED_IN", "Kenya")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_based_in(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # "X, Y and Z" lists towns, one is not inside the next
    ("town-list", "Sirte, Misrata and Benghazi were hit.", [("Sirte", "LOCATED_IN", "*")]),
    # a compass word alone is no place
    ("comma-compass-no-place", "Rebels held Tal Afar, northern parts and the road.",
     [("Tal Afar", "LOCATED_IN", "*")]),
    # only a state or region holds towns: a district of a town in another town is not
    ("through-a-town-only", "Fighters from the Al-Amin neighborhood in Karrada, Basra, fled.",
     [("Al-Amin", "LOCATED_IN", "Basra")]),
    # a government body between "in" and "in" stays a body
    ("body-between-ins", "Delegates met in the Senate in Washington.",
     [("*", "LOCATED_IN", "*")]),
    # a landform noun not followed by "in" says nothing
    ("landform-not-in", "Troops left the Nafusa mountains for western Libya.",
     [("Nafusa", "LOCATED_IN", "*")]),
    # a list item placed by its own "in" is not the container of the one before
    ("list-item-placed-itself",
     "Clashes hit Kabezi District in Bujumbura Province, Mutimbuzi District in Bubanza "
     "Province, and Isare District in Muramvya Province.",
     [("Bujumbura Province", "LOCATED_IN", "*"),
      ("Mutimbuzi District", "LOCATED_IN", "Muramvya Province")]),
    # a country opening the sentence may not hold the places named after it
    ("framed-by-country", "In Iraq, militias fired rockets at bases in Syria.",
     [("*", "LOCATED_IN", "Iraq")]),
    # each town of the list has its own state
    ("list-towns-own-states", "Lows ranged from 3 degrees at Jackson, Wyo., and Aspen, Colo.",
     [("Jackson", "LOCATED_IN", "Colorado")]),
    # "Iraq's militias" are not the state's own
    ("possessive-militias", "Iraq's militias fired rockets.", [("*", "PART_OF", "Iraq")]),
    # a state or region is in no town
    ("region-not-in-town", "Police in the Texas city of Waco said two men died.",
     [("Texas", "LOCATED_IN", "*")]),
    # a lower-case description is not a name
    ("descriptor-body", "Iraq said the Iraqi parliament passed a resolution.",
     [("*", "PART_OF", "Iraq")]),
    # an adjective alone adds no state to the graph
    ("demonym-state-not-named", "The Kenyan Parliament met on Monday.", [("*", "*", "Kenya")]),
    # an armed group named with a demonym is not the state's force
    ("armed-group-not-state", "Syria said the Syrian Democratic Forces took the town.",
     [("Syrian Democratic Forces", "*", "Syria")]),
    # an organisation opening with a demonym may be anywhere
    ("organisation-opens-demonym", "Iraq said the Iraqi Museum reopened.",
     [("Iraqi Museum", "*", "*")]),
    # a place needs its place noun between
    ("no-place-noun", "Syrian troops entered Raqqa.", [("Raqqa", "*", "*")]),
    # a place noun inside a longer phrase ("district manager") is no place
    ("place-noun-not-last", "The Acme Corp. district manager in Baghdad resigned.",
     [("Acme Corp.", "LOCATED_IN", "*")]),
    # the district is in the city the capital names; its state is not read from it
    ("capital-not-state", "The bomb hit Karrada, Baghdad, early on Sunday.",
     [("Karrada", "LOCATED_IN", "Iraq")]),
    # a word of a body's name that the text never names as a place adds no place
    ("name-word-not-named-as-place", "The Warren Commission met on Monday.",
     [("*", "LOCATED_IN", "*")]),
    # "the University of Ohio" may be anywhere in the state
    ("university-of-region", "Dana Hale, who grew up in Ohio, taught at the University of Ohio.",
     [("University of Ohio", "LOCATED_IN", "Ohio")]),
    # a place noun without "in" places nothing
    # what lies deeper in the phrase is not the town's container
    ("appos-town-border-of", "Floods cut the roads to Kitale, a farming town on the border "
     "of Uganda.", [("Kitale", "LOCATED_IN", "Uganda")]),
    ("appos-town-no-in", "Floods cut the roads to Kitale, a farming town, and aid came from Kenya.",
     [("Kitale", "LOCATED_IN", "*")]),
]


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_not_based_in(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Zenith Corp. of Toledo cut jobs.", ["Zenith Corp.", "Toledo"]),
        ("Dunmore Inc. of Fort Worth cut jobs.", ["Dunmore Inc.", "Fort Worth"]),
        ("The Bank of America cut jobs.", ["The Bank of America"]),  # no firm suffix
        ("Zenith Corp. of Tomorrow cut jobs.", ["Zenith Corp. of Tomorrow"]),  # no place
    ],
)
def test_firm_of_town_is_split(nlp: Language, text: str, parts: list[str]) -> None:
    """The model may read "X Corp. of Toledo" as one organisation: a firm and its town."""
    doc = nlp.make_doc(text)
    name = Span(doc, 0, len(doc) - 3, label="ORG")
    assert [p.text for p in _split_place_list(name, is_place_name)] == parts
