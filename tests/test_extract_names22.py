"""Where an actor's name starts and ends, and its type: readings of round 22.

- "Harakat Nur fi Bilad Kora, better known as al-Shabaab, ...": the capitalised words
  (joined by small words of another language) opening the sentence before ", better
  known as" a body the gazetteer knows are that body's full name, one actor with it; not
  a person "better known as" the body's treasurer; a transliterated word with an
  apostrophe inside ("Jama'atu") no longer ends a sentence before the rest of the name.
- "the Western Chad Liberation Movement (WCLM) ... opposes the Western Chad Liberation
  Movement": a body's long name read once is read whole again where the model read
  "the Western" apart from the state's name after it.
- "the Nigerian federal government": a federal state's central government is a body
  named with the demonym (the demonym still names the state); "the federal government"
  later is that body when the article named one state's alone.
- "the United Nations Children's Fund (UNICEF)": a name the dictionaries know that a
  curated name ("United Nations") opens, of the same type, is read whole; a bracketed
  acronym the dictionaries give the same body's code alone (no other entry of the type
  bears it) is its alias. Not a person's title the dictionaries hold ("UN Resident").
- "the Bandaro gold mine", "the Kimsa oil field": the site's name before what it yields
  is the site too (not a town's police station: "Tarko" stays no name of it).
- "the municipalities of X and Rosa del Monte": a town's name joined by a Romance
  particle is a town where the words around place one, as a name of capitals alone is
  (the model reads a given name opening it as a person's).
- "in Sarkan district": a proper noun the model read as a people or as no name, before
  the lower-case noun of an area a state is divided into ("district", "woreda",
  "upazila"), is that area.
- "Governor AbdulKarim Dankwambo": two to four name words after a title, one of them
  with a capital inside, are a person.
- "Jan K. and Piotr W." read as one person: two names of two words or more (the last
  may be an initial) joined by "and" are two people; not a state's name ("Trinidad and
  Tobago").
- "Hafiz Omar Zadran": an honorific the model read into a person's name is a title of
  it, and the titled form one of the person's names, as "Governor X" is.

Own sentences, invented names from several regions.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.domain import ActorType
from actorgraph.extract import extract_document
from tests.test_extract_names_kinds import (
    Case,
    assert_not_named,
    assert_read_whole,
)

from .test_extract import Triple, assert_absent, assert_found

F, L, B, G, ORG, P = (ActorType.FACILITY, ActorType.LOCATION, ActorType.GOVERNMENT_BODY,
                      ActorType.ARMED_GROUP, ActorType.ORGANIZATION, ActorType.PERSON)

CASES: list[Case] = [
    # --- a long name glossed by a known body's short one
    Case("Harakat Ahrar fi Bilad Kora, better known as al-Shabaab, attacked the base on "
         "Monday.", "Harakat Ahrar fi Bilad Kora", G),
    Case("Mines and roads.\n\nJama'atu Nasr fi Bilad Tarko, better known as al-Shabaab, "
         "raided the village in May.", "Jama'atu Nasr fi Bilad Tarko", G),
    # --- a long name read whole again after "the" and a piece
    Case("The strongest is the Western Chad Liberation Movement (WCLM), whose fighters were "
         "trained abroad. The council opposes the Western Chad Liberation Movement, which "
         "it calls a foreign project.", "Western Chad Liberation Movement", ORG,
         ("Chad Liberation Movement", "Western")),
    # --- a federal government named with its demonym
    Case("The Tana Farmers Union called on the Nigerian federal government to send troops.",
         "Nigerian federal government", B),
    # --- a dictionary name a curated one opens
    Case("The United Nations Children's Fund (UNICEF) sent vaccines to the camp on Monday.",
         "United Nations Children's Fund", ORG),
    Case("The United Nations Children's Fund (UNICEF) sent vaccines to the camp on Monday.",
         "UNICEF", ORG),
    # --- a site named before what it yields
    Case("Gunmen seized the Bandaro gold mine on Friday.", "Bandaro", F),
    Case("The rebels took the Kimsa oil field on Friday.", "Kimsa oil field", F),
    # --- an area named before its kind
    Case("Two drones hit the gas plant in Sarkan district shortly after midnight.",
         "Sarkan", L),
    Case("Fighting spread to Dasse woreda on Monday.", "Dasse", L),
    # --- a Romance place with a particle, listed after a plural of places
    Case("The group will halt attacks in the municipalities of Sabanalarga and Rosa del "
         "Monte.", "Rosa del Monte", L),
    # --- a name with a capital inside after a title
    Case("Governor AbdulKarim Dankwambo visited the camp on Monday.",
         "AbdulKarim Dankwambo", P),
    Case("Senator Ali McKenzie criticised the army on Monday.", "Ali McKenzie", P),
    # --- an honorific the model read into a name
    Case("Hafiz Omar Zadran, a spokesman for the Kora Front, denied the charge.",
         "Hafiz Omar Zadran", P),
    # --- two people the model read as one
    Case("Prosecutors named the suspects as Jan K. and Piotr W., both Polish citizens.",
         "Jan K.", P, ("Jan K. and Piotr W.",)),
    Case("Prosecutors named the suspects as Jan K. and Piotr W., both Polish citizens.",
         "Piotr W.", P),
]

# Near sentences where no such name, or no name of that type, may be read
NOT_NAMES: list[tuple[str, str, ActorType | None]] = [
    # a town's police station: the bare name is no name of the station
    ("Gunmen attacked the Tarko police station on Monday.", "Tarko", F),
    # a people's adjective before a plural is no area
    ("Kurdish areas were shelled overnight.", "Kurdish", L),
    # a federal force is no government
    ("Iraqi federal police stormed the camp on Monday.", "Iraqi federal police", B),
    # a landform's word before "of" is no place's name of its own (a longer name cut)
    ("Fighting broke out near the hamlet of Sarca del Rio in the Valley of the Tambo, Ene "
     "and Sira Rivers.", "Valley", None),
    # a state's name joined by "and" stays one name
    ("Ministers of Trinidad and Tobago met in Lagos on Monday.", "Tobago", None),
    # a person's title the dictionaries hold is no actor of its own
    ("Ana Ruiz, the UN Resident Coordinator in Tarko, said the road was closed.",
     "UN Resident", None),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_name_read_whole_and_typed(nlp: Language, case: Case) -> None:
    assert_read_whole(nlp, case)


@pytest.mark.parametrize(("text", "name", "type_"), NOT_NAMES, ids=lambda x: str(x)[:30])
def test_no_name_read(nlp: Language, text: str, name: str, type_: ActorType | None) -> None:
    assert_not_named(nlp, text, name, type_)


def test_long_name_is_the_known_body(nlp: Language) -> None:
    ex = extract_document(nlp, "Harakat Ahrar fi Bilad Kora, better known as al-Shabaab, "
                          "attacked the base on Monday.", "case.txt")
    holders = [a.name for a in ex.actors if "Harakat Ahrar fi Bilad Kora" in a.aliases]
    assert holders == ["al-Shabaab"], [(a.name, a.aliases) for a in ex.actors]


def test_person_known_as_a_bodys_officer_is_no_name_of_it(nlp: Language) -> None:
    ex = extract_document(nlp, "Musa Kora Bello, better known as al-Shabaab's treasurer, was "
                          "arrested on Monday.", "case.txt")
    body = next(a for a in ex.actors if a.name == "al-Shabaab")
    assert "Musa Kora Bello" not in body.aliases, body.aliases


def test_acronym_and_name_are_one_actor(nlp: Language) -> None:
    ex = extract_document(nlp, "The United Nations Children's Fund (UNICEF) sent vaccines. "
                          "UNICEF said more would follow.", "case.txt")
    holders = [a.name for a in ex.actors if "UNICEF" in (a.name, *a.aliases)]
    assert holders == ["United Nations Children's Fund"], holders


# Relations that the names now let be read, and their near misses
POSITIVE: list[tuple[str, str, list[Triple]]] = [
    ("federal-government-called-on",
     "The Tana Farmers Union called on the Nigerian federal government to send troops.",
     [("Tana Farmers Union", "DEMANDS", "Nigerian federal government")]),
    ("the-federal-government-later",
     "The Kora Regional Council asked the Iraqi federal government to pay salaries. Amina "
     "Rashid criticised the federal government on Monday.",
     [("Amina Rashid", "CRITICIZES", "Iraqi federal government")]),
    ("acronym-member",
     "The United Nations Children's Fund (UNICEF) sent vaccines. Karim Diallo, UNICEF's "
     "representative in Tarko, said more would follow.",
     [("Karim Diallo", "MEMBER_OF", "United Nations Children's Fund")]),
    ("controls-gold-mine",
     "The Kora Patriotic Front still controls the Bandaro gold mine, the richest in the "
     "region.",
     [("Kora Patriotic Front", "CONTROLS", "Bandaro gold mine")]),
    ("camel-governor-demands",
     "Tana State Governor AbdulKarim Dankwambo has called on the Nigerian federal "
     "government to deploy more troops.",
     [("AbdulKarim Dankwambo", "DEMANDS", "Nigerian federal government")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # two federal governments named: "the federal government" is neither
    ("two-federal-governments",
     "The Nigerian federal government and the Somali federal government signed a pact. "
     "Amina Rashid criticised the federal government on Monday.",
     [("Amina Rashid", "CRITICIZES", "Nigerian federal government"),
      ("Amina Rashid", "CRITICIZES", "Somali federal government")]),
    # the demand is the union's, not the state's own
    ("federal-government-not-state",
     "The Tana Farmers Union called on the Nigerian federal government to send troops.",
     [("Tana Farmers Union", "DEMANDS", "Nigeria")]),
]


@pytest.mark.parametrize(("text", "triples"),
                         [pytest.param(t, x, id=r) for r, t, x in POSITIVE])
def test_relation_read_through_the_name(nlp: Language, text: str,
                                        triples: list[Triple]) -> None:
    assert_found(nlp, text, triples)


@pytest.mark.parametrize(("text", "triples"),
                         [pytest.param(t, x, id=r) for r, t, x in NEGATIVE])
def test_relation_not_read(nlp: Language, text: str, triples: list[Triple]) -> None:
    assert_absent(nlp, text, triples)
