"""Actor ends read whole where the model cut them: a place's (or a people's) own body named
by the place and a lower-case head ("the Tolam police", "Bokwe local council", "the Ralu
prison service", "the Gara hunters"), a facility named with the kind of what it yields
("the Kolwe gold mine"); a body's name over "of" and the place it is of ("the Congress
of Nova Terra") or the body it belongs to ("the Operational Group of Arland Forces"); a
people's plural and a cause ("Kenyans for Justice"); and no actor's name holding a line
break or a run of spaces (a headline's last word run into the dateline). Own sentences,
invented names."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from actorgraph.domain import ActorType
from actorgraph.extract import extract_document
from tests.samples import actors_and_triples as _read
from tests.samples import assert_read_whole

ARMED, GOV, LOC = ActorType.ARMED_GROUP, ActorType.GOVERNMENT_BODY, ActorType.LOCATION
ORG = ActorType.ORGANIZATION
FAC = ActorType.FACILITY

# (text, the actor that must be found, its type, names that must not be actors)
ACTORS = [
    ("Sam Ode, a spokesman for the Central Tolam police, said two officers died.",
     "Central Tolam police", ARMED, ["Tolam police"]),
    ("Mark Tal, chairman of the Bokwe local council, condemned the attack.",
     "Bokwe local council", GOV, ["Bokwe"]),
    ("Gunmen fired at a bus carrying officers of the Ralu penitentiary service.",
     "Ralu penitentiary service", GOV, ["Ralu"]),
    ("The Gara hunters attacked herders near the river on Sunday.", "Gara hunters", ARMED,
     ["Gara"]),
    ("Troops shelled Lamoko army positions near the border.", "Lamoko army", ARMED,
     ["Lamoko forces"]),
    ("Bandits raided the Kolwe gold mine in Enga Province.", "Kolwe gold mine", FAC,
     ["Kolwe"]),
    # a body's name over "of" and the place it is of
    ("The Congress of Nova Terra, led by its president Jon Mar, adopted a resolution.",
     "Congress of Nova Terra", GOV, ["Congress"]),
    ("Amir Lal, a spokesman for the KGB of South Arland, said the border was closed.",
     "KGB of South Arland", ORG, ["KGB"]),
    ("The Assembly of Upper Dorvania voted to extend the curfew.",
     "Assembly of Upper Dorvania", GOV, ["Assembly"]),
    # not a body of a place: a known group, a person, a title, a place where it acted
    ("Hamas of Gaza said it had fired the rockets.", "Hamas", ARMED, ["Hamas of Gaza"]),
    ("The Congress of Jon Mar voted against the plan.", "Jon Mar", None,
     ["Congress of Jon Mar"]),
    ("The governor of Kano said gunmen attacked a village.", None, None,
     ["governor of Kano", "Governor of Kano"]),
    # a unit's proper name over "of" and the body it belongs to
    ("Ana Vel demanded the withdrawal of the Operational Group of Arland Forces from the "
     "depot.", "Operational Group of Arland Forces", None, ["Operational Group"]),
    ("The Tarn Defence Region reports to the Strategic Command of the National Armed Forces.",
     "Strategic Command of the National Armed Forces", None, ["Strategic Command"]),
    # not one name: a unit named by a lower-case head, the body it is of an actor apart
    ("A drone hit the base of the Kesh regiment of the National Guard on Sunday.",
     "National Guard", None, ["Kesh regiment of the National Guard"]),
    # a people's plural, "for" and a cause: a group's name, the people's word no state
    ("Kenyans for Justice, a rights group, urged the police to free the men.",
     "Kenyans for Justice", ORG, ["Justice", "Kenya"]),
    ("Calls for Justice grew after the killing of the two men in Kano.", None, None,
     ["Calls for Justice"]),
    # not a body: a facility the head qualifies, a state's service, a service of no kind
    ("He was taken to the Tolam police headquarters on Monday.", None, None,
     ["Tolam police"]),
    ("A curfew was declared in the Tolam South police division on Monday.", None, None,
     ["Tolam South police"]),
    ("The Kenyan police arrested two men in Nakuru.", None, None, ["Kenyan police force"]),
    ("Gunmen shot a Tolam police officer outside his house.", None, None, ["Tolam police"]),
    ("Two men were wounded, Kano County police spokesman Amos Ndu said.", "Kano County",
     None, ["Kano County police"]),
    ("The Tolam bus service was suspended after the attack.", None, None,
     ["Tolam bus service", "Tolam service"]),
]


@pytest.mark.parametrize(("text", "name", "type_", "must_not"), ACTORS,
                         ids=[f"{c[1]}-{i}" for i, c in enumerate(ACTORS)])
def test_local_body_whole(nlp: Language, text: str, name: str | None,
                          type_: ActorType | None, must_not: list[str]) -> None:
    if name is None:
        actors, _ = _read(nlp, text)
        assert not [n for n in must_not if n in actors], sorted(actors)
        return
    assert_read_whole(nlp, text, name, type_, must_not)


# The body read whole keeps what its sentence says of it.
FACTS = [
    ("Sam Ode, a spokesman for the Central Tolam police, said two officers died.",
     ("Sam Ode", "SPOKESPERSON_FOR", "Central Tolam police")),
    ("Mark Tal, chairman of the Bokwe local council, condemned the attack.",
     ("Mark Tal", "LEADS", "Bokwe local council")),
]


@pytest.mark.parametrize(("text", "triple"), FACTS, ids=[f[1][2] for f in FACTS])
def test_local_body_facts(nlp: Language, text: str, triple: tuple[str, str, str]) -> None:
    _, triples = _read(nlp, text)
    assert triple in triples, triples


# A headline whose last word the model runs into the dateline, a double space in a name.
BROKEN = [
    "Dorvan rebels overrun the Kelang Hill Tracts\n\nTOLAM, Dorvania, 3 May 2026 - Rebels "
    "of the Dorvan Liberation Front seized two villages, officials said.",
    "The  Dorvan Liberation Front  attacked the army in\nKelang on Sunday.",
]


@pytest.mark.parametrize("text", BROKEN, ids=["headline", "spaces"])
def test_no_break_in_a_name(nlp: Language, text: str) -> None:
    ex = extract_document(nlp, text, "t")
    names = [n for a in ex.actors for n in (a.name, *a.aliases)]
    assert names
    assert not [n for n in names if re.search(r"\s\s|\n|\t", n)], names


def test_place_alone_stays_the_place(nlp: Language) -> None:
    """The place a body is named by, named alone later, is the place, not its body."""
    actors, triples = _read(nlp, "Commandos of the Kelang Guard, a Kano police force, "
                                 "killed him. Kano's home minister, Amos Ndu, said the war "
                                 "was over.")
    assert "Kano police" in actors, sorted(actors)
    assert actors.get("Kano") is LOC, actors
    assert not [t for t in triples if t[0] == "Amos Ndu" and t[2] == "Kano police"], triples


def test_people_word_alone_stays_the_people(nlp: Language) -> None:
    """The people's word opening a group's name, alone later, is not that group."""
    ex = extract_document(nlp, "Kenyans for Peace said many Kenyans were afraid of the "
                               "police.", "t")
    group = [a for a in ex.actors if a.name == "Kenyans for Peace"]
    assert group, [a.name for a in ex.actors]
    assert "Kenyans" not in group[0].aliases, group[0].aliases
