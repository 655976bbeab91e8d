"""Where an actor's name starts and ends, and its type: readings of round 24.

- "Carla dos Anjos Ribeiro", "Vila Nova do Sul": a person's or a place's name the model
  cut at a lower-case Portuguese or Spanish particle ("da", "do", "dos", "das", "de",
  "del") is one name over it and the capitalised words after it: a place's when a
  compass word ends it, a person's when two surnames do, else as the model typed its
  first piece; not a body's name (its head word ends it), not an English "do".
- "the Família do Vale": "família" heads a Romance gang's name as "comando" does.
- "Tesfa woreda", "Kamonia territory": a place's name before the lower-case noun of a
  state's division ("territory", "woreda", "tehsil", "upazila") is the place, the name
  with the noun one of its names; "territory" only after a name read as a place already
  ("the Indigenous territory", "Houthi territory" are a people's or a group's).
- "Save the Elders Ghana said": an organisation's name run straight into a state's,
  its words modifying the state's, is its section in that state, one name; not after a
  verb, where the state may open a clause ("told the Union Sudan must leave").
- "the border town of Sarmuk": a name the model read as a facility's, with no facility's
  noun, after "of" and a settlement's noun is the place.
- "seized Kaga-Bandoro and Mbres": a town the place lists know, listed with another
  they know or with a name the model read as a place, is a town whatever the model read.
- Gazetteer: the Abu Sayyaf Group under its short name; Ireland with its adjective
  ("Irish police"), its police (An Garda Síochána, "Garda Commissioner X"), and
  Northern Ireland a place, not the state; Jammu and Kashmir one region.

Own sentences, invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.domain import ActorType
from tests.test_extract_names_kinds import Case, assert_not_named, assert_read_whole

from .test_extract import Triple, assert_absent, assert_found

F, L, B, G, ORG, P, S = (ActorType.FACILITY, ActorType.LOCATION, ActorType.GOVERNMENT_BODY,
                         ActorType.ARMED_GROUP, ActorType.ORGANIZATION, ActorType.PERSON,
                         ActorType.STATE)

CASES: list[Case] = [
    # --- a name cut at a Portuguese or Spanish particle
    Case("Its founder, Tiago dos Reis Lamego, known as Tigrão, has been in prison since "
         "2015.", "Tiago dos Reis Lamego", P, ("Tiago", "Reis Lamego")),
    Case("Gunmen killed Carla dos Anjos Ribeiro in Vila Nova do Sul on Monday.",
         "Carla dos Anjos Ribeiro", P),
    Case("Gunmen killed Carla dos Anjos Ribeiro in Vila Nova do Sul on Monday.",
         "Vila Nova do Sul", L, ("Sul",)),
    Case("The association is based in Pedra Alta do Norte and runs its own river patrols.",
         "Pedra Alta do Norte", L, ("Norte",)),
    Case("The mayor, Joaquim da Silveira, said the town was calm.", "Joaquim da Silveira",
         P),
    # --- a Romance gang's name opened by "família"
    Case("The river route belonged to the Família do Vale (FDV), a faction founded in a "
         "prison.", "Família do Vale", G, ("Vale",)),
    # --- a place before the noun of a state's division
    Case("The attack killed two people in Kamonia territory on Monday.", "Kamonia territory",
         L),
    Case("The attack killed two people in Kamonia territory on Monday.", "Kamonia", L),
    Case("Troops withdrew from Tesfa woreda after the clashes.", "Tesfa woreda", L),
    # --- an organisation's section in a state
    Case("Ruth Obi, director of Save the Elders Ghana, said the camps were full.",
         "Save the Elders Ghana", ORG),
    Case("Amnesty International Lesotho said the police had failed to act on warnings.",
         "Amnesty International Lesotho", ORG),
    # --- a town after "the town of", where the model read a facility
    Case("Fighting raged around the border town of Sarmuk in the east.", "Sarmuk", L),
    # --- two towns the place lists know, listed together
    Case("Rebels seized Kaga-Bandoro and Mbres last year.", "Mbres", L),
    # --- a group the gazetteer knows under its short name too
    Case("Soldiers clashed with fighters of the Abu Sayyaf on Jolo island.", "Abu Sayyaf", G),
    # --- Ireland and its police
    Case("Irish police arrested two men in Cork on Monday.", "Irish police", G),
    Case("Officers of An Garda Síochána searched three houses in Cork.", "An Garda Síochána",
         G),
    Case("Garda Commissioner Niamh Byrne said the gang had been weakened.",
         "An Garda Síochána", G),
    Case("The bomb was found under a car in Northern Ireland on Sunday.", "Northern Ireland",
         L),
    Case("Omar Lone, the chief minister of Jammu and Kashmir, condemned the attack.",
         "Jammu and Kashmir", L, ("Jammu", "Kashmir")),
]

# Near sentences where no such name, or no name of that type, may be read
NOT_NAMES: list[tuple[str, str, ActorType | None]] = [
    # "do" as an English verb after a name
    ("Why do Lorvans vote for the Kessa Front?", "Why do Lorvans", None),
    # a body's head word after the particle: the brigade's name, no place's
    ("The Vila Alta do Sul Brigade attacked the town.", "Vila Alta do Sul", L),
    # a people's adjective before "territory" is no place
    ("Traders were accused of fishing in the Indigenous territory along the river.",
     "Indigenous", L),
    # a state after a verb opens a clause of its own
    ("The rebels told the African Union Sudan must leave the talks.", "African Union Sudan",
     None),
    # a facility's own noun after "the town of" keeps the facility
    ("Gunmen attacked the village of Tarsa market.", "Tarsa market", L),
    # a town listed with a person
    ("Sharon and Paris met the minister on Monday.", "Sharon", L),
    # the organisation and a state apart
    ("Amnesty International said Lesotho had failed to act on warnings.",
     "Amnesty International Lesotho", None),
    # the police's short name before a title is no person
    ("Garda Commissioner Niamh Byrne said the gang had been weakened.", "Garda", P),
    # Northern Ireland is no state, and its name no mention of Ireland
    ("The bomb was found under a car in Northern Ireland on Sunday.", "Ireland", None),
]

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    ("leader-named-over-particle",
     "The Comando Azul is led by Tiago dos Reis Lamego, a former policeman.",
     [("Tiago dos Reis Lamego", "LEADS", "Comando Azul")]),
    ("section-criticises",
     "Amnesty International Lesotho condemned the Lesotho Defence Force for the killings.",
     [("Amnesty International Lesotho", "CRITICIZES", "Lesotho Defence Force")]),
    ("police-of-ireland-head",
     "Garda Commissioner Niamh Byrne said the gang had been weakened.",
     [("Niamh Byrne", "MEMBER_OF", "An Garda Síochána")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("first-name-alone-leads-nothing",
     "The Comando Azul is led by Tiago dos Reis Lamego, a former policeman.",
     [("Tiago", "LEADS", "Comando Azul")]),
    ("northern-ireland-is-no-state",
     "The New Dawn group planted a bomb in Northern Ireland on Sunday.",
     [("New Dawn", "TARGETS", "Ireland")]),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_name_read_whole_and_typed(nlp: Language, case: Case) -> None:
    assert_read_whole(nlp, case)


@pytest.mark.parametrize(("text", "name", "type_"), NOT_NAMES, ids=lambda x: str(x)[:30])
def test_no_name_read(nlp: Language, text: str, name: str, type_: ActorType | None) -> None:
    assert_not_named(nlp, text, name, type_)


@pytest.mark.parametrize(("case_id", "text", "expected"), POSITIVE, ids=[c[0] for c in POSITIVE])
def test_reads(nlp: Language, case_id: str, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("case_id", "text", "forbidden"), NEGATIVE,
                         ids=[c[0] for c in NEGATIVE])
def test_must_not(nlp: Language, case_id: str, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
