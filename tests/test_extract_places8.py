"""Where actors are and what belongs to what, in shapes fresh news used: a nationality or
a birthplace is no home when the same phrase tells where one is based or lives ("a Tajik
national", "an Afghan-born trader based in Dubai", "a Chadian rebel group based in
Libya"); a name after a comma that opens another actor's name is no container ("seized in
X, US Navy says"); "the island township of X and Y" names X, it does not contain the place
before; troops "stationed at" a base are there; a side that "took over security at" a site
holds it; a force whose name is a larger armed group's name and a part's word ("the
Islamic State Kesh Province") is part of it. Own sentences, invented
names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

FOUND: list[tuple[str, str, list[Triple]]] = [
    # the home a clause tells, not the nationality before it
    ("group-of-one-state-based-in-another", "The Kanem Liberation Front, a Chadian rebel "
     "movement based in Libya, denied the report.",
     [("Kanem Liberation Front", "LOCATED_IN", "Libya")]),
    ("born-elsewhere-based-in", "Police arrested Omar Kadri, an Afghan-born money changer "
     "based in Dubai, on Monday.", [("Omar Kadri", "LOCATED_IN", "Dubai")]),
    # a birthplace with no other home told still places the person
    ("born-no-home-told", "Police arrested Omar Kadri, a Kenyan-born poet, on Monday.",
     [("Omar Kadri", "LOCATED_IN", "Kenya")]),
    # a town in a state after a comma
    ("town-comma-state", "Gunmen attacked a market in Mosul, Iraq, on Monday.",
     [("Mosul", "LOCATED_IN", "Iraq")]),
    # "a town of" a region or state contains it
    ("town-of-a-state", "Floods cut the roads to Lokori, a farming town of western Kenya, "
     "for a week.", [("Lokori", "LOCATED_IN", "Kenya")]),
    ("town-of-a-province", "Rebels seized Kamanyola, a mining town of South Kivu province, "
     "on Monday.", [("Kamanyola", "LOCATED_IN", "South Kivu")]),
    # troops stationed at a base are there
    ("stationed-at-base", "Ossetian Legion personnel are stationed at the Kesh air base, "
     "satellite images show.", [("Ossetian Legion", "LOCATED_IN", "Kesh air base")]),
    ("based-at-camp", "The Dorvan Rangers are based at Camp Halvard.",
     [("Dorvan Rangers", "LOCATED_IN", "Camp Halvard")]),
    # a side that took over security at a site holds it
    ("took-over-security-at", "Fighters of the Tarai Liberation Front took over security "
     "at the Birgunj oil terminal last month.",
     [("Tarai Liberation Front", "CONTROLS", "Birgunj oil terminal")]),
    # a larger body's name and a part's word
    ("province-of-a-group", "Fighters of the Islamic State Kesh Province attacked a convoy.",
     [("Islamic State Kesh Province", "PART_OF", "Islamic State")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    ("group-of-one-state-based-in-another", "The Kanem Liberation Front, a Chadian rebel "
     "movement based in Libya, denied the report.",
     [("Kanem Liberation Front", "LOCATED_IN", "Chad")]),
    ("born-elsewhere-based-in", "Police arrested Omar Kadri, an Afghan-born money changer "
     "based in Dubai, on Monday.", [("Omar Kadri", "LOCATED_IN", "Afghanistan")]),
    ("believed-living-elsewhere", "The gang is led by Rami Sadek, a Swedish gangster who is "
     "believed to be living in Iran.", [("Rami Sadek", "LOCATED_IN", "Sweden")]),
    # a nationality is no home
    ("a-national", "Among them was Farid Nazirov, a Tajik national who is a member of the "
     "Kesh Brigade.", [("Farid Nazirov", "LOCATED_IN", "Tajikistan")]),
    # a name after the comma that opens another actor's name
    ("comma-then-another-name", "Iran's Revolutionary Guards seize tanker off Port Kesh, "
     "US Navy demands release", [("Port Kesh", "LOCATED_IN", "United States")]),
    # "the island township of X and Y" names X; the place before is listed with them
    ("township-of-names-it", "What remains in the hands of the army are the capital Lodwa, "
     "the island township of Manang and Kyaukto.",
     [("Lodwa", "LOCATED_IN", "*")]),
    ("stationed-far-from", "Ossetian Legion personnel are stationed far from the Kesh air "
     "base, satellite images show.", [("Ossetian Legion", "LOCATED_IN", "Kesh air base")]),
    ("took-over-security-talks", "Fighters of the Tarai Liberation Front took over security "
     "talks after clashes at the Birgunj oil terminal.",
     [("Tarai Liberation Front", "CONTROLS", "*")]),
    ("handed-over-security-at", "The Tarai Liberation Front handed security at the Birgunj "
     "oil terminal to the police.", [("Tarai Liberation Front", "CONTROLS", "*")]),
    # a one-word name before the part's word may be a place or a people
    ("one-word-name-before-part", "The Borana Council of Elders met the Sinai Province "
     "leaders.", [("*", "PART_OF", "*")]),
    # a body named without the larger body's name
    ("security-council-alone", "The United Nations said the Security Council would meet.",
     [("*", "PART_OF", "United Nations")]),
    # words after a body's name that are no part's word
    ("no-part-word", "The Kivu Defence League Veterans Association met on Monday.",
     [("*", "PART_OF", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_homes_bases_holdings_and_named_parts(nlp: Language, text: str,
                                              expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_no_home_holding_or_part_from_near_misses(nlp: Language, text: str,
                                                  forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
