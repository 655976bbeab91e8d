"""A facility named with its kind noun, and a body typed by its head word.

A proper name run into a facility's lower-case noun, after up to two words of its kind
("X airport", "X naval base", "X oil terminal", "X border crossing", "X market", "X
children's hospital"), is one facility; a known town's name there stays the town's as
well. Not a facility: "the airport in X" (X the town); "the X base" or "the X camp" with no
word of its kind (the town's, or a person's following: "the X camp said"); towns whose
name holds such a word ("Port Harcourt", "Fort Worth", "Port of Spain"). "The Port of X"
is the port. A town's possessive before an airport, a port or a market ("Goma's
international airport") is the town's, whatever the model read.

A body's last word types it: "... Intelligence Service", "... Interim Administration",
"... Crimes Tribunal", "Treasury" are a state's bodies; "... Theatre Command", "... Rifles"
armed (not "... clan": elders of a clan are no armed group); a charity's "Refugee Council"
stays an organisation.

Own sentences, invented names from several regions.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from spacy.language import Language

from actorgraph.domain import ActorType as T
from actorgraph.extract import extract_document


class Case(NamedTuple):
    text: str
    name: str
    type_: T
    absent: tuple[str, ...] = ()


F, L, B, G, ORG, P = (T.FACILITY, T.LOCATION, T.GOVERNMENT_BODY, T.ARMED_GROUP,
                    T.ORGANIZATION, T.PERSON)

FACILITIES: list[Case] = [
    Case("Police said 40 inmates escaped from Kalduna prison on Sunday.", "Kalduna prison", F),
    Case("The minister flew to Orvika airport on Monday.", "Orvika airport", F),
    Case("A drone hit Tamsal market, killing six people.", "Tamsal market", F),
    Case("Troops reinforced the Velka border crossing.", "Velka border crossing", F,
         ("Velka",)),
    Case("Fighters withdrew from the Tessek military camp.", "Tessek military camp", F,
         ("Tessek",)),
    Case("Drones struck the Haleb naval base overnight.", "Haleb naval base", F),
    Case("Rebels seized the Dorran oil field.", "Dorran oil field", F),
    Case("A missile hit Kesh children's hospital in Lviv.", "Kesh children's hospital", F),
    Case("Drones struck Mombasa port on Friday.", "Mombasa port", F),
    Case("Drones struck Mombasa port on Friday.", "Mombasa", L),  # the town stays known
    Case("Gunmen killed two guards at the Ngozi refugee camp.", "Ngozi refugee camp", F),
    Case("Customs officers seized cocaine at the Port of Dravenna last year.",
         "Port of Dravenna", F),
    Case("Customs officers seized cocaine at the Port of Rotterdam last year.",
         "Port of Rotterdam", F),
]

NOT_FACILITIES: list[Case] = [
    Case("Rebels shelled the airport in Orvika.", "Orvika", L, ("Orvika airport",)),
    Case("The Ruiz camp said the vote was rigged.", "Ruiz", P, ("Ruiz camp",)),
    # "the X base" or "the X camp" alone: the town's, its facility unnamed
    Case("The jihadists overran the Tillia Koira base, killing nine soldiers.", "Tillia Koira",
         L, ("Tillia Koira base",)),
    Case("Troops reached Port Harcourt and Fort Worth.", "Port Harcourt", L),
    Case("Troops reached Port Harcourt and Fort Worth.", "Fort Worth", L),
    Case("The delegation flew to Port of Spain on Monday.", "Port of Spain", L),
]

# A town's possessive before an airport, a port or a market: the town, whatever the
# model read; a person's base stays the person's
OWNERS: list[Case] = [
    Case("M23 rebels seized Goma's international airport and the border post.", "Goma", L),
    Case("Rebels shelled Kesra's main market on Sunday.", "Kesra", L),
    Case("Nguyen Van Long's base was raided by police.", "Nguyen Van Long", P),
]

BODIES: list[Case] = [
    Case("The Zarnian State Intelligence Service arrested the journalist.",
         "Zarnian State Intelligence Service", B),
    Case("The Tarsa Interim Regional Administration imposed a curfew.",
         "Tarsa Interim Regional Administration", B),
    Case("The National Intelligence Organisation detained two men.",
         "National Intelligence Organisation", B),
    Case("The International Crimes Tribunal sentenced him.", "International Crimes Tribunal",
         B),
    Case("The Treasury sanctioned three Velan commanders.", "Treasury", B),
    Case("The Western Korvas Command held drills near the island.", "Western Korvas Command",
         G),
    Case("The Norwegian Refugee Council said aid was blocked.", "Norwegian Refugee Council", ORG),
    Case("General Tun Min, chairman of the State Peace Council, said the vote would go ahead.",
         "State Peace Council", B),
    Case("Police said the Tana Rifles had arrested him.", "Tana Rifles", G),
    Case("The Korvas Attorney General's Office charged him.", "Attorney General's Office", B,
         ("General's Office",)),
]


def _read(nlp: Language, case: Case) -> dict[str, T]:
    ex = extract_document(nlp, case.text, "case.txt")
    names: dict[str, T] = {}
    for a in ex.actors:
        names.setdefault(a.name, a.type)
    return names


def names_read(nlp: Language, text: str) -> dict[str, T]:
    """Every name and alias the extraction gives `text`'s actors, with the actor's type."""
    ex = extract_document(nlp, text, "case.txt")
    names: dict[str, T] = {}
    for actor in ex.actors:
        for name in (actor.name, *actor.aliases):
            names.setdefault(name, actor.type)
    return names


def assert_read_whole(nlp: Language, case: Case) -> None:
    """The case's name is read whole (as a name or an alias) with its type, and none of
    its cut-off parts is."""
    names = names_read(nlp, case.text)
    assert names.get(case.name) is case.type_, names
    for part in case.absent:
        assert part not in names, names


def assert_not_named(nlp: Language, text: str, name: str, type_: T | None) -> None:
    """`name` is read from `text` not at all (type_ None), or not with type_."""
    names = names_read(nlp, text)
    if type_ is None:
        assert name not in names, names
    else:
        assert names.get(name) is not type_, names


@pytest.mark.parametrize("case", FACILITIES + NOT_FACILITIES + OWNERS + BODIES,
                         ids=lambda c: c.name)
def test_name_and_kind(nlp: Language, case: Case) -> None:
    names = _read(nlp, case)
    assert names.get(case.name) is case.type_, names
    assert not [n for n in case.absent if n in names], names
