"""Places the model reads as people, and places named inside a state's possessive
("Kenya's Turkana region"). Own sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.domain import ActorType
from actorgraph.extract import extract_document

from .test_extract import Triple, assert_absent, assert_found, cases

POSSESSIVE: list[tuple[str, str, list[Triple]]] = [
    ("region-of-state", "Drought has emptied wells across Kenya's Turkana region.",
     [("Turkana", "LOCATED_IN", "Kenya")]),
    # the raid is on the state's part, not on the state
    ("event-goes-to-the-part", "Boko Haram fighters raided a school in Nigeria's Yobe state "
     "on Tuesday.",
     [("Boko Haram", "TARGETS", "Yobe"), ("Yobe", "LOCATED_IN", "Nigeria")]),
    ("town-in-the-part", "Aid trucks reached Kupiansk in Ukraine's Kharkiv region.",
     [("Kharkiv", "LOCATED_IN", "Ukraine")]),
    ("town-in-a-named-state", "Floods cut off Maiduguri in Nigeria's Borno state.",
     [("Maiduguri", "LOCATED_IN", "Borno"), ("Borno", "LOCATED_IN", "Nigeria")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSSESSIVE))
def test_a_place_inside_a_possessive(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


NOT_INSIDE: list[tuple[str, str, list[Triple]]] = [
    ("raid-not-on-the-state", "Boko Haram fighters raided a school in Nigeria's Yobe state "
     "on Tuesday.", [("Boko Haram", "TARGETS", "Nigeria")]),
    ("no-possessive", "Kenya's president toured the Turkana region on Monday.",
     [("Kenya", "LOCATED_IN", "*"), ("Turkana", "LOCATED_IN", "*")]),
    ("state-and-its-people", "Kenya's herders and officials from the Turkana region met.",
     [("*", "LOCATED_IN", "*")]),
    ("towards-is-not-in", "Convoys drove from Kupiansk towards Kharkiv.",
     [("*", "LOCATED_IN", "*")]),
    ("tried-is-not-held", "The Arakan Army tried to take control of Paletwa but was "
     "pushed back.", [("*", "CONTROLS", "*")]),
]


@pytest.mark.parametrize(("text", "forbidden"), cases(NOT_INSIDE))
def test_what_is_not_inside(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)


def _types(nlp: Language, text: str) -> dict[str, ActorType]:
    return {a.name: a.type for a in extract_document(nlp, text, "t.txt").actors}


PLACES: list[tuple[str, str, str]] = [
    ("shape-jebel-kafr", "Kafr Halab was shelled overnight.", "Kafr Halab"),
    ("held-much-of", "Rebels hold much of Jabal Akhdar.", "Jabal Akhdar"),
    ("entered-shape-tal", "Government troops entered Tal Hamis on Sunday.", "Tal Hamis"),
    ("under-control", "Tal Hamis is under the control of the army.", "Tal Hamis"),
    ("town-ending-in", "Shops closed in Hasangarh after the clash.", "Hasangarh"),
    ("town-ending-from", "Villagers fled from Rasoolpur after the raid.", "Rasoolpur"),
]


@pytest.mark.parametrize(("text", "name"), [pytest.param(t, n, id=i) for i, t, n in PLACES])
def test_a_held_or_shaped_name_is_a_place(nlp: Language, text: str, name: str) -> None:
    assert _types(nlp, text).get(name) is ActorType.LOCATION


PEOPLE: list[tuple[str, str, str]] = [
    # a weak first word makes no place without a sentence that places the name
    ("weak-shape-speaks", "Ras Baraka said the city would appeal.", "Ras Baraka"),
    ("weak-shape-tells", "Tal Becker told reporters the talks had stalled.", "Tal Becker"),
    # who holds the control is no place
    ("controller", "The checkpoint is under the control of Hamid Sultan.", "Hamid Sultan"),
    ("questioned", "Police questioned Omar Farouk for hours.", "Omar Farouk"),
    # a given name read alone as a place, its surname left out: the subject of a
    # person's verb is the whole name
    ("surname-dropped", "Karim Haddad commands the Quds unit in the south.", "Karim Haddad"),
    ("surname-dropped-speaks", "Samir Haddad told reporters the crossing had closed.",
     "Samir Haddad"),
]


@pytest.mark.parametrize(("text", "name"), [pytest.param(t, n, id=i) for i, t, n in PEOPLE])
def test_a_person_stays_a_person(nlp: Language, text: str, name: str) -> None:
    assert _types(nlp, text).get(name) is ActorType.PERSON


def test_a_given_name_before_a_place_word_is_no_person(nlp: Language) -> None:
    # (read whole as a place, a name and a landform word, and never as a person)
    assert _types(nlp, "Jordan Valley farmers said the road was shut.").get(
        "Jordan Valley") is not ActorType.PERSON


def test_the_state_itself_is_still_read(nlp: Language) -> None:
    """"the Nigerian state" with no name of its own is the state."""
    assert _types(nlp, "The Nigerian state has failed the farmers.").get(
        "Nigeria") is ActorType.STATE


ACROSS_BORDER: list[tuple[str, str, list[Triple]]] = [
    # a state's forces striking a region of another state strike that state too
    ("foreign-forces", "Ukrainian forces struck a fuel depot in Russia's Bryansk region "
     "overnight.",
     [("Ukrainian forces", "TARGETS", "Bryansk"), ("Ukrainian forces", "TARGETS", "Russia")]),
    ("foreign-state", "Russia shelled villages in Ukraine's Sumy region.",
     [("Russia", "TARGETS", "Ukraine")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(ACROSS_BORDER))
def test_a_strike_across_a_border(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)
