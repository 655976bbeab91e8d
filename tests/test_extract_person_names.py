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
