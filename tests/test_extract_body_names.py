"""A body's name read whole where the model cut it: the state or region it is of
("the State Security Service of Kenya", "the Army of Chad": another state's service is
another actor, still related to its state), and a faction's bracketed name after its
group's ("the Dorvan Liberation Front (Kelang)"). Own sentences, invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.domain import ActorType
from tests.samples import Triple, assert_read_whole
from tests.samples import actors_and_triples as _read

ARMED, GOV, ORG = ActorType.ARMED_GROUP, ActorType.GOVERNMENT_BODY, ActorType.ORGANIZATION
LOC = ActorType.LOCATION

# (text, the actor that must be found, its type, names that must not be actors)
ACTORS = [
    # a body's name, "of" and the state it is of
    ("The State Security Service of Kenya said it had detained two men.",
     "State Security Service of Kenya", ORG, ["State Security Service"]),
    ("The Ministry of Foreign Affairs of Malawi condemned the detention of the crew.",
     "Ministry of Foreign Affairs of Malawi", GOV, ["Ministry of Foreign Affairs"]),
    ("The Army of the Dominican Republic sent more troops to the border on Sunday.",
     "Army of the Dominican Republic", ARMED, ["Army", "Dominican Republic forces"]),
    # not a body's name: a title of a place, a place where something happened
    ("The governor of Kano said gunmen attacked a village.", "Kano", LOC,
     ["governor of Kano", "Governor of Kano"]),
    ("Troops carried out a raid in Kano on Monday.", "Kano", LOC, ["raid in Kano"]),
    ("The Ministry of Health said on Monday that 40 people had died.", "Ministry of Health",
     GOV, []),
    # a faction's name in brackets after its group's
    ("Rebels of the National Liberation Front of Dorvania (Kelang) ambushed a patrol.",
     "National Liberation Front of Dorvania (Kelang)", ARMED,
     ["Kelang", "National Liberation Front of Dorvania"]),
    ("The Dorvan Liberation Front (Isak-Morvu) accused the army of killing two cadres.",
     "Dorvan Liberation Front (Isak-Morvu)", ARMED, ["Isak-Morvu", "Dorvan Liberation Front"]),
    # not a faction: an acronym, a state, a news agency
    ("The Dorvan Liberation Front (DLF) seized the town of Kano.", "Dorvan Liberation Front",
     ARMED, ["Dorvan Liberation Front (DLF)"]),
    ("The Dorvan Liberation Front (Kenya) said it had no part in the attack.",
     "Dorvan Liberation Front", ARMED, ["Dorvan Liberation Front (Kenya)"]),
]


@pytest.mark.parametrize(("text", "name", "type_", "must_not"), ACTORS,
                         ids=[f"{c[1]}-{i}" for i, c in enumerate(ACTORS)])
def test_body_name_whole(nlp: Language, text: str, name: str, type_: ActorType,
                         must_not: list[str]) -> None:
    assert_read_whole(nlp, text, name, type_, must_not)


# The state a body is of stays related to it once the body's name holds it.
FACTS = [
    ("The Ministry of Defence of Malawi said two soldiers were wounded.",
     ("Ministry of Defence of Malawi", "PART_OF", "Malawi")),
    ("The State Security Service of Kenya said it had detained two men.",
     ("State Security Service of Kenya", "LOCATED_IN", "Kenya")),
]


@pytest.mark.parametrize(("text", "triple"), FACTS, ids=[f[1][0] for f in FACTS])
def test_owner_still_read(nlp: Language, text: str, triple: Triple) -> None:
    _, triples = _read(nlp, text)
    assert triple in triples, triples


# A tribe or a clan named before its lower-case noun: the name with the noun is the
# actor's too ("the Kora tribe" is Kora, not a person), and its deeds are read.
def test_tribe_named_with_its_noun(nlp: Language) -> None:
    from actorgraph.extract import extract_document

    ex = extract_document(nlp, "Fighters of the Tambelu tribe attacked the Kora tribe near "
                          "Wabag.", "case.txt")
    named = {n: a.type for a in ex.actors for n in (a.name, *a.aliases)}
    assert named.get("Kora tribe") is ORG and named.get("Tambelu tribe") is ORG, named
    _, triples = _read(nlp, "Fighters of the Tambelu tribe attacked the Kora tribe near Wabag.")
    assert ("Tambelu", "TARGETS", "Kora") in triples, triples


def test_tribe_noun_alone_names_nobody(nlp: Language) -> None:
    actors, _ = _read(nlp, "Police said the tribe attacked a village near Wabag.")
    assert set(actors) == {"Wabag"}, actors
