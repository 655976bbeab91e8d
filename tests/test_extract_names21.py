"""Where an actor's name starts and ends, and its type: readings of round 21.

- "X, a Hamburg-based charity" (a company, a firm, an NGO, a foundation, an
  association): X is an organisation, whatever the model read in it; not "X, a charity
  worker", a person.
- A firm's trade or form as its name's last word ("Red Gate Shipping", "Tern Bay
  Holdings", "... Trading", "... Logistics") makes the name an organisation's, never a
  facility's for a "Gate" inside it.
- "the 9th Military Zone, a unit of ...": the ordinal opens the area command's name, as
  it does a brigade's ("[the 9th] [Military Zone]" read as two entities too); "Military
  Zone" alone is no name.
- An acronym in capitals is the one body named before whose words' initials it spells
  ("the Tana People's Liberation Movement ... the TPLM"), over a body the dictionaries
  know by those letters; none when two bodies of the article spell it.
- "X, the chair of Y": X is a person, as "the chairman of Y".
- "the Kora refugee settlement" is a facility as a refugee camp is (not "the Kora
  settlement"); "the Kora refugee committee" is the refugees' own body.
- "the Kassa-Dombo regional government": a region's government where the tagger read
  the region's hyphened second part as an adjective.
- A place's name the model read with its lower-case kind noun ("in Tarsa zone", "Kebo
  province") is the place, the longer form one of its names; not where the bare words
  name a body ("the United Nations buffer zone").
- A place's name opening a body's name over "and" ("the Chad Development and Housing
  Fund") or before an institute's head and its subject ("the Mombasa Centre for
  Maritime Studies"); a centre with no subject may be a building, left as it was read.
- "al-Qadim air base": the Arabic article glued to the facility's name opens it.
- "the charity's rescue ship, the Tarn 2": a ship's name set off after its noun and
  ending in a number is a facility wherever the article names it so (not a body's short
  form, "Tarn").

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
    # --- an apposition of a body's kind
    Case("Ocean Aid, a Hamburg-based charity, said the navy had fired on its boat.",
         "Ocean Aid", ORG),
    Case("Kiva Tern, a shipping company registered in Malta, denied the charges.",
         "Kiva Tern", ORG),
    Case("Amina Kora, a charity worker from Tulsa, said the camp was shelled.",
         "Amina Kora", P),
    # --- a firm's last word
    Case("The Treasury sanctioned Red Gate Shipping and its owner on Monday.",
         "Red Gate Shipping", ORG),
    Case("Investigators said Tern Bay Holdings owned the tanker.", "Tern Bay Holdings", ORG),
    Case("The ministry froze the accounts of Blue Cedar Trading on Tuesday.",
         "Blue Cedar Trading", ORG),
    # --- an ordinal opening an area command's name
    Case("General Tomas Vidal, commander of the 9th Military Zone, a unit of the army, "
         "said troops had retaken the town.", "9th Military Zone", ORG, ("Military Zone",)),
    # --- "the chair of"
    Case("Police named the victim as Ali Ag Musa, the chair of the Kora refugee committee.",
         "Ali Ag Musa", P),
    Case("Police named the victim as Ali Ag Musa, the chair of the Kora refugee committee.",
         "Kora refugee committee", ORG),
    # --- a refugee settlement
    Case("Gunmen attacked the Kora refugee settlement overnight, burning its clinic.",
         "Kora refugee settlement", F),
    # --- a region's government, its name hyphened
    Case("In 2022 the movement signed a peace deal with the Kassa-Dombo regional "
         "government.", "Kassa-Dombo regional government", B),
    # --- a place with its kind noun inside the entity
    Case("The rebels moved their camps to Kebo province last year.", "Kebo", L),
    Case("The rebels moved their camps to Kebo province last year.", "Kebo province", L),
    # --- a place opening a body's name
    Case("Karim Vale heads the Chad Development and Housing Fund, which pays the "
         "contractors.", "Chad Development and Housing Fund", ORG),
    Case("Dana Holt, an analyst at the Mombasa Centre for Maritime Studies, said the navy "
         "was stretched.", "Mombasa Centre for Maritime Studies", ORG),
    # --- an Arabic article opening a facility's name
    Case("Foreign troops are stationed at al-Qadim air base east of the city.",
         "al-Qadim air base", F, ("Qadim air base",)),
    # --- a numbered ship set off after its noun
    Case("Ocean Aid said the navy had fired on the charity's rescue ship, the Tarn 2, on "
         "Monday. The navy later threatened the Tarn 2 again.", "Tarn 2", F),
]

# Near sentences where no such name, or no name of that type, may be read
NOT_NAMES: list[tuple[str, str, ActorType | None]] = [
    # no subject after the centre: no body read by the place before it
    ("Talks were held in Mombasa Centre on Monday.", "Mombasa Centre", ORG),
    # "settlement" alone, with no kind before it, names no facility (the place's name)
    ("Gunmen burned the Kora settlement overnight.", "Kora settlement", F),
    # no number after the ship's name: no numbered ship
    ("The charity said its ship, the Tarn, sailed north on Monday.", "Tarn 2", None),
    # the bare words of a body's name before "zone" are no place
    ("Troops crossed the United Nations buffer zone on Monday.", "United Nations", L),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_name_read_whole_and_typed(nlp: Language, case: Case) -> None:
    assert_read_whole(nlp, case)


@pytest.mark.parametrize(("text", "name", "type_"), NOT_NAMES, ids=lambda x: str(x)[:30])
def test_no_name_read(nlp: Language, text: str, name: str, type_: ActorType | None) -> None:
    assert_not_named(nlp, text, name, type_)


def test_numbered_ship_is_no_short_form_of_a_body(nlp: Language) -> None:
    ex = extract_document(nlp, "Tarn Relief, a Bremen-based charity, said the navy fired on "
                          "its ship, the Tarn 2. The navy threatened the Tarn 2 again.",
                          "case.txt")
    body = next(a for a in ex.actors if a.name == "Tarn Relief")
    assert "Tarn" not in body.aliases and "Tarn 2" not in body.aliases, body.aliases


# An acronym spelled by the initials of a body named before
ACRONYMS: list[tuple[str, str, str]] = [
    ("The Tana People's Liberation Movement fought the army for years. The TPLM has "
     "criticised the ruling party.", "Tana People's Liberation Movement", "TPLM"),
    ("The Kivu Liberation Army is active in the hills. The KLA denies the charge.",
     "Kivu Liberation Army", "KLA"),
]


@pytest.mark.parametrize(("text", "name", "acronym"), ACRONYMS, ids=lambda x: str(x)[:30])
def test_acronym_spelled_by_a_body_named_before(nlp: Language, text: str, name: str,
                                               acronym: str) -> None:
    ex = extract_document(nlp, text, "case.txt")
    holders = [a for a in ex.actors if acronym == a.name or acronym in a.aliases]
    assert [a.name for a in holders] == [name], [(a.name, a.aliases) for a in ex.actors]


def test_acronym_two_bodies_spell_is_neither(nlp: Language) -> None:
    ex = extract_document(nlp, "The Bora People's Front and the Basai Patriotic Front met in "
                          "Goma on Monday. The BPF said the talks failed.", "case.txt")
    holders = [a.name for a in ex.actors if "BPF" in a.aliases and a.name != "BPF"]
    assert holders == [], holders


# Relations that the names now let be read, and their near misses
POSITIVE: list[tuple[str, str, list[Triple]]] = [
    ("leads-ordinal-zone",
     "General Tomas Vidal, commander of the 9th Military Zone, a unit of the Ruvian Army, "
     "said troops had retaken the town.",
     [("Tomas Vidal", "LEADS", "9th Military Zone")]),
    ("member-of-centre-for",
     "Dana Holt, an analyst at the Mombasa Centre for Maritime Studies, said the navy was "
     "stretched.",
     [("Dana Holt", "MEMBER_OF", "Mombasa Centre for Maritime Studies")]),
    ("sanctions-firm",
     "Washington's Treasury put Blue Cedar Trading, a currency dealer in Dubai run by Omar "
     "Haddad, on its sanctions list. The Treasury sanctioned Blue Cedar Trading in May.",
     [("Treasury", "SANCTIONS", "Blue Cedar Trading")]),
    ("spokesperson-regional-government",
     "Aster Bekele, a spokeswoman for the Kassa-Dombo regional government, denied the "
     "report.",
     [("Aster Bekele", "SPOKESPERSON_FOR", "Kassa-Dombo regional government")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # the zone's commander leads the zone, not the army it belongs to
    ("zone-not-army",
     "General Tomas Vidal, commander of the 9th Military Zone, a unit of the Ruvian Army, "
     "said troops had retaken the town.",
     [("Tomas Vidal", "LEADS", "Military Zone")]),
    # rules on charity rescues are no holding of the ship
    ("rules-not-control",
     "Under Italian rules on charity rescues, the Tarn 2 was sent to a distant port. The "
     "charity said its ship, the Tarn 2, was waiting.",
     [("Italy", "CONTROLS", "Tarn 2")]),
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
