"""People's names the model read in part: a given name after a personal title ("Sheikh
Omar [Haddad]") is the person's, so what is said of the person holds of the whole name,
and a title before a body's name leaves the body alone. Own sentences, invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.domain import ActorType
from tests.samples import Triple
from tests.samples import actors_and_triples as _read

# (text, the person's whole name, the cut name that must not be an actor, a relation)
TITLED = [
    ("A spokesman for the armed factions, Sheikh Jamal Haddad, who heads the Free Valley "
     "Movement in the camp, said the groups wanted calm.", "Jamal Haddad", "Haddad",
     ("Jamal Haddad", "LEADS", "Free Valley Movement")),
]


@pytest.mark.parametrize(("text", "name", "cut", "triple"), TITLED)
def test_given_name_after_a_title_is_the_persons(nlp: Language, text: str, name: str,
                                                 cut: str, triple: Triple) -> None:
    actors, triples = _read(nlp, text)
    assert actors.get(name) is ActorType.PERSON, actors
    assert cut not in actors, actors
    assert triple in triples, triples


def test_title_before_a_facility_makes_no_person(nlp: Language) -> None:
    actors, _ = _read(nlp, "Worshippers left the Sheikh Zayed Mosque before the strike.")
    assert all(t is not ActorType.PERSON for t in actors.values()), actors


# (text, the person whose surname runs on in a lower-case part after a hyphen)
LOWER_PART = [
    ("Army spokesman Colonel Luis Dato-ala said the kidnappers had help from smugglers.",
     "Luis Dato-ala"),
]


@pytest.mark.parametrize(("text", "name"), LOWER_PART)
def test_lower_case_part_after_a_hyphen_is_the_surnames(nlp: Language, text: str,
                                                        name: str) -> None:
    actors, _ = _read(nlp, text)
    assert actors.get(name) is ActorType.PERSON, actors


def test_describing_word_after_a_hyphen_is_no_surname(nlp: Language) -> None:
    actors, _ = _read(nlp, "Critics of the Dato-led party met Ana Ruiz in Belo.")
    assert not any("-led" in name for name in actors), actors


# (text, the person whose given name is a state's name, the relation read of them)
STATE_GIVEN = [
    ("Lakeland's defence minister, Israel Stern, warned Damascus in a post.", "Israel Stern",
     ("Israel Stern", "THREATENS", "Syria")),
    ("Chad Ouedraogo said the army had pushed the rebels back.", "Chad Ouedraogo", None),
]


@pytest.mark.parametrize(("text", "name", "triple"), STATE_GIVEN)
def test_state_name_before_a_surname_in_a_persons_slot_is_a_given_name(
        nlp: Language, text: str, name: str, triple: Triple | None) -> None:
    actors, triples = _read(nlp, text)
    assert actors.get(name) is ActorType.PERSON, actors
    if triple is not None:
        assert triple in triples, triples


def test_state_name_before_a_body_or_place_word_stays_the_state(nlp: Language) -> None:
    actors, _ = _read(nlp, "Kenya Airways cancelled flights after the Jordan Valley was "
                           "closed, Kenya said.")
    assert all(t is not ActorType.PERSON for t in actors.values()), actors
