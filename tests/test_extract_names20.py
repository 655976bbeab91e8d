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
- "the Customs and Coast Guard Board": a body's name the model opened after "and" opens
  at the one capitalised word before it; "Joint Task Force \u2013 Operation X" is one
  force's name (and a name given "known formally as" is an alias).
- A town's possessive before a facility's own name is the town ("Tarvik's Omar Sadi
  International Airport").
- "a coalition that calls itself La Hermandad de X": the name with its joining words,
  a body's, never a person's.
- "the US Department of X" is the "Department of X" named later (not where two states'
  bodies share the bare name).

Own sentences, invented names from several regions.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.domain import ActorType
from actorgraph.extract import extract_document
from tests.test_extract_names_kinds import Case, assert_read_whole, names_read

F, G, ORG, P = (ActorType.FACILITY, ActorType.ARMED_GROUP, ActorType.ORGANIZATION,
                ActorType.PERSON)

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
    Case("Saboteurs damaged a section of the Vorna-Lesk railway line overnight.",
         "Vorna-Lesk railway line", F),
    Case("The ministry barred flights to Tarvik's Omar Sadi International Airport.",
         "Omar Sadi International Airport", F, ("Tarvik's Omar Sadi International Airport",)),
    Case("Against them stands a loose alliance of smugglers that calls itself La Hermandad "
         "de Tarpo.", "La Hermandad de Tarpo", ORG),
    Case("They face a coalition of fishermen's crews that calls itself La Liga de Marcona.",
         "La Liga de Marcona", ORG),
    # a man who calls himself by a name is still a person
    Case("A man who calls himself Juan Perez threatened the mayor.", "Juan Perez", P),
    Case("The tribal alliance has held the Tarsa oil fields since June.", "Tarsa oil fields",
         F),
    Case("Inspectors from the Police and Frontier Guard Board searched the ship.",
         "Police and Frontier Guard Board", G, ("Frontier Guard Board",)),
    Case("Troops of Combined Joint Task Force \u2013 Operation Desert Shield trained the "
         "recruits.", "Combined Joint Task Force \u2013 Operation Desert Shield", G,
         ("Operation Desert Shield",)),
]

# A body named with its state first is the same body named without it later
SAME_BODY: list[tuple[str, str, str]] = [
    ("Officials worked with the US Department of Veterans Affairs. The Department of "
     "Veterans Affairs shared records.", "US Department of Veterans Affairs",
     "Department of Veterans Affairs"),
    ("The Kenyan Ministry of Water said on Monday the dam was safe. The Ministry of Water "
     "later sent engineers.", "Kenyan Ministry of Water", "Ministry of Water"),
    ("The rebel alliance, known formally as the Tarvo Unity Front, said it was talking to "
     "the army. The Tarvo Unity Front later attacked Kesh.", "Tarvo Unity Front",
     "Tarvo Unity Front"),
]

@pytest.mark.parametrize(("text", "name", "bare"), SAME_BODY, ids=lambda x: str(x)[:30])
def test_body_named_with_its_state_first(nlp: Language, text: str, name: str,
                                         bare: str) -> None:
    ex = extract_document(nlp, text, "case.txt")
    holders = [a for a in ex.actors if name == a.name or name in a.aliases]
    assert len(holders) == 1, [(a.name, a.aliases) for a in ex.actors]
    assert bare == holders[0].name or bare in holders[0].aliases


@pytest.mark.parametrize(("text", "parts"), [
    ("Flights to Tarvik's Omar Sadi International Airport resumed.",
     ["Tarvik", "Omar Sadi International Airport"]),
    ("Flights to Lagos's Kesh Airport resumed.", ["Lagos", "Kesh Airport"]),
    # an unknown one-word owner before a two-word name: the possessive is the name's
    ("Doctors at Dorota's Teaching Hospital left.", ["Dorota's Teaching Hospital"]),
])
def test_owner_cut_off_a_facility_read_whole(nlp: Language, text: str,
                                            parts: list[str]) -> None:
    from spacy.tokens import Span

    from actorgraph.extract.groupnames import _cut_at_owner

    doc = nlp.make_doc(text)
    start = next(t.i for t in doc if t.text in ("Tarvik", "Lagos", "Dorota"))
    end = next(t.i for t in doc if t.text in ("Airport", "Hospital")) + 1
    assert [p.text for p in _cut_at_owner(Span(doc, start, end, label="ORG"))] == parts


def test_two_states_bodies_leave_the_bare_name_to_neither(nlp: Language) -> None:
    ex = extract_document(nlp, "The Iraqi Ministry of Oil and the Kuwaiti Ministry of Oil "
                          "met. The Ministry of Oil said talks went well.", "case.txt")
    owners = [a.name for a in ex.actors if "Ministry of Oil" in a.aliases and (
        a.name != "Ministry of Oil")]
    assert owners == [], owners


# Near sentences where no such name may be read
NOT_NAMES: list[tuple[str, tuple[str, ...]]] = [
    # a state after a ship's noun is the state's doing, not a ship's name
    ("A tanker Iran seized last week was released on Monday.", ("Iran",)),
    # a year after "Unit" is no unit's number, and one digit names a reactor's unit
    ("Unit 2019 of the plant was shut; Unit 4 stayed online.", ("Unit 2019", "Unit 4")),
    # "the X fields" with no kind word are a farm's fields
    ("Farmers in the Kesh fields were attacked.", ("Kesh fields",)),
    # a saint's hospital keeps the saint's possessive
    ("Doctors at St Mary's Teaching Hospital treated the wounded.", ("Teaching Hospital",)),
    # two portfolios' ministries are two bodies, no one "X and Y Ministries"
    ("The Interior and Foreign Ministries issued a joint statement on Monday.",
     ("Foreign Ministries",)),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_name_read_whole_and_typed(nlp: Language, case: Case) -> None:
    assert_read_whole(nlp, case)


@pytest.mark.parametrize(("text", "absent"), NOT_NAMES, ids=lambda x: str(x)[:30])
def test_no_name_read(nlp: Language, text: str, absent: tuple[str, ...]) -> None:
    names = names_read(nlp, text)
    for part in absent:
        if part == "Iran":
            assert names.get(part) is ActorType.STATE, names
        else:
            assert part not in names, names
