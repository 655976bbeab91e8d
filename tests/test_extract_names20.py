"""Where an actor's name starts and ends, and its type: readings of round 20.

- A unit named after a person keeps the person's lower-case particles ("the Omar bin
  Khalid Brigade"); a unit known by its number alone is one armed unit ("Unit 74455").
- "X and the Y (ACRO)": the acronym's name starts after "and the", the body before it is
  another.
- A ship's name after its lower-case noun ("the tanker Orla Bay") or its flag ("the
  Togo-flagged Orla Bay") is a facility, never a state or a date after the noun.
- A pipeline or railway named by the places at its two ends ("the Arvan-Dessa oil
  pipeline") is one facility.
- A named area of fields ("the Tarsa oil fields") is a facility as one field is.

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

CASES: list[Case] = [
    Case("Hamza Darwish, who commands the Omar bin Khalid Brigade, met tribal elders.",
         "Omar bin Khalid Brigade", G, ("Omar", "Khalid Brigade")),
    Case("Last month the Salim ibn Rashid Battalion shelled the outskirts of Derba.",
         "Salim ibn Rashid Battalion", G),
    Case("Prosecutors say the two men served in Unit 74455, a military intelligence "
         "department.", "Unit 74455", G),
    Case("Unit 8812 is part of the army's signals directorate.", "Unit 8812", G),
    Case("The council works with the Arab League and the Regional Authority on Water "
         "Security (RAWS) on the dispute.", "Regional Authority on Water Security", ORG,
         ("Arab League and the Regional Authority on Water Security",)),
    Case("Kenya works closely with the African Union and the Intergovernmental Authority "
         "on Fisheries (IGAF) on the dispute.", "Intergovernmental Authority on Fisheries",
         ORG, ("African Union and the Intergovernmental Authority on Fisheries",)),
    Case("Greek commandos boarded the tanker Orla Bay off Crete.", "Orla Bay", F),
    Case("The ship, the Togo-flagged Silver Heron, was sailing north.", "Silver Heron", F),
    Case("The coastguard stopped the patrol ship KMS Tarang at dawn.", "KMS Tarang", F),
    Case("Gunmen blew up a section of the Arvan-Dessa oil pipeline overnight.",
         "Arvan-Dessa oil pipeline", F, ("Dessa oil pipeline",)),
    Case("Rebels vowed to stop attacking the Mali-Guinea gas pipeline.",
         "Mali-Guinea gas pipeline", F, ("Guinea gas pipeline",)),
    Case("Militia fighters cut the Kolda-Tambar railway on Friday.", "Kolda-Tambar railway",
         F),
    Case("The tribal alliance has held the Tarsa oil fields since June.", "Tarsa oil fields",
         F),
]

# Near sentences where no such name may be read
NOT_NAMES: list[tuple[str, tuple[str, ...]]] = [
    # a state after a ship's noun is the state's doing, not a ship's name
    ("A tanker Iran seized last week was released on Monday.", ("Iran",)),
    # a year after "Unit" is no unit's number, and one digit names a reactor's unit
    ("Unit 2019 of the plant was shut; Unit 4 stayed online.", ("Unit 2019", "Unit 4")),
    # "the X fields" with no kind word are a farm's fields
    ("Farmers in the Kesh fields were attacked.", ("Kesh fields",)),
]


def _read(nlp: Language, text: str) -> dict[str, T]:
    ex = extract_document(nlp, text, "case.txt")
    names: dict[str, T] = {}
    for actor in ex.actors:
        for name in (actor.name, *actor.aliases):
            names.setdefault(name, actor.type)
    return names


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_name_read_whole_and_typed(nlp: Language, case: Case) -> None:
    names = _read(nlp, case.text)
    assert names.get(case.name) is case.type_, names
    for part in case.absent:
        assert part not in names, names


@pytest.mark.parametrize(("text", "absent"), NOT_NAMES, ids=lambda x: str(x)[:30])
def test_no_name_read(nlp: Language, text: str, absent: tuple[str, ...]) -> None:
    names = _read(nlp, text)
    for part in absent:
        if part == "Iran":
            assert names.get(part) is T.STATE, names
        else:
            assert part not in names, names
