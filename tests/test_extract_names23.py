"""Where an actor's name starts and ends, and its type: readings of round 23.

- "the Resident and Humanitarian Coordinator for X, Y": a name of a post's title words
  only ("Humanitarian Coordinator", "the Personal Envoy") set before the person named
  after it (its place between) is that person's post and one of her names, never a body
  of that name; "The Humanitarian Coordinator:" heading her calls later is she, and "the
  Office of the Special Envoy" stays a body.
- "Karim Saleh al-Houthi": a person's name the model ended on a hyphened article, before
  a word the dictionaries know as a group's or a people's name, is read whole, the
  person's own (not the group, and not its leader).
- "Kuro Bana ("sons of the river" in Tiv), a militia": a bracket glossing the name in
  English, as well as an acronym, may stand between a name and the group's noun that
  types it; not a person's role ("a militia leader") after the bracket.
- "the Inner Kamo Delta", "the Lower Chad Basin": the capitalised word that places a
  landform within a greater one opens its name, even where the model read it apart.
- "the 33rd Front": a unit's number the model left out of every entity, straight before
  its capitalised head, opens the unit's name (not "the 21st Century").
- "the Lorvan Army's 3 Division", "7 Mechanised Brigade": a bare number (read as a count)
  before a unit's capitalised head opens the unit's name; not "3 Brigades", "3 Army
  officers".
- "the Treasury Department's Office of Foreign Assets Control": a name the model ran over
  a body's possessive is two bodies, the owner and its part; not "the People's Army" or
  "the Attorney General's Office", where no body owns.

Own sentences, invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.domain import ActorType
from actorgraph.extract import extract_document
from tests.test_extract_names_kinds import Case, assert_not_named, assert_read_whole

from .test_extract import Triple, assert_absent, assert_found

F, L, B, G, ORG, P = (ActorType.FACILITY, ActorType.LOCATION, ActorType.GOVERNMENT_BODY,
                      ActorType.ARMED_GROUP, ActorType.ORGANIZATION, ActorType.PERSON)

CASES: list[Case] = [
    # --- a surname after a hyphened article that the dictionaries know as a group's
    Case("The Halvar Front, led by Karim Saleh al-Houthi, has held the town since 2019.",
         "Karim Saleh al-Houthi", P, ("Karim Saleh al",)),
    Case("Security sources said Omar Yusuf al-Houthi was detained at the airport.",
         "Omar Yusuf al-Houthi", P),
    # --- a bracket glossing the name before the noun that types it
    Case('Facing the brigade stands Kuro Bana ("sons of the river" in the Tiv language), a '
         "militia formed in 2016 by farmers.", "Kuro Bana", G),
    Case("Ngolo Tana (Bambara for 'the guardians'), an armed group of hunters, denies the "
         "charges.", "Ngolo Tana", G),
    # --- a landform placed within a greater one
    Case("The Tavo Brigade controls much of the countryside of the Inner Kamo Delta, where "
         "it collects taxes.", "Inner Kamo Delta", L),
    Case("The Tavo Brigade controls much of the Lower Chad Basin, where it collects taxes.",
         "Lower Chad Basin", L, ("Lower",)),
    Case("Rebels moved into the Upper Niger Valley last week.", "Upper Niger Valley", L),
    # --- a unit's number left out of its name
    Case("Fighters of the 33rd Front ambushed an army patrol near Tarsa.", "33rd Front", G,
         ("Front",)),
    Case("Defence Minister Karl Berg blamed the 7th Front for the attack.", "7th Front", G),
    Case("The Lorvan Army's 3 Division, which is headquartered in Tarsa, leads the "
         "operation against bandits.", "3 Division", G),
    Case("Troops of 7 Mechanised Brigade retook Tarsa on Sunday.", "7 Mechanised Brigade", G,
         ("Mechanised Brigade",)),
    # --- a body's part named with its owner's possessive
    Case("The Treasury Department's Office of Foreign Assets Control sanctioned the Kessa "
         "Front.", "Office of Foreign Assets Control", B),
    Case("The Treasury Department's Office of Foreign Assets Control sanctioned the Kessa "
         "Front.", "Treasury Department", B),
]

# Near sentences where no such name, or no name of that type, may be read
NOT_NAMES: list[tuple[str, str, ActorType | None]] = [
    # a post's title set before its holder's name is no body
    ("The United Nations Resident and Humanitarian Coordinator for Lorvania, Petra Holm, "
     "condemned the raids.", "Humanitarian Coordinator", ORG),
    ("The talks in Oslo were chaired by the Personal Envoy of the Secretary-General for "
     "Lorvania, Anton Berg.", "Personal Envoy", ORG),
    # the group's name inside a person's surname is no mention of the group
    ("The Halvar Front, led by Karim Saleh al-Houthi, has held the town since 2019.",
     "Houthis", None),
    # a person's role after a bracket: a militia's leader is a person
    ('Talks were led by Amadou Bello ("the old lion" to his men), a militia leader from '
     "Kano.", "Amadou Bello", G),
    # a number before a capitalised word that is no unit's head
    ("Delegates on the 21st Century Forum debated the truce.", "21st Century Forum", G),
    # a count of units or of a body's men
    ("The army sent 3 Brigades and 2 divisions to the north.", "3 Brigades", G),
    ("Gunmen killed 3 Army officers near Tarsa on Monday.", "3 Army", G),
    # a people's word inside a body's name is no owner of it
    ("The Lorvan People's Army attacked the town of Tarsa.", "Lorvan People", None),
]

# Bodies whose name holds a possessive, read whole
WHOLE: list[Case] = [
    Case("The Attorney General's Office charged the two men on Monday.",
         "Attorney General's Office", B),
    Case("The Office of the Special Envoy said the talks would resume in May.",
         "Office of the Special Envoy", B),
]

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    ("numbered-unit-part-of-its-army",
     "The Lorvan Army's 3 Division, which is headquartered in Tarsa, leads the operation "
     "against bandits. 3 Division is part of the Lorvan Army.",
     [("3 Division", "PART_OF", "Lorvan Army")]),
    ("part-named-with-owners-possessive",
     "The Treasury Department's Office of Foreign Assets Control sanctioned the Kessa "
     "Front on Tuesday.",
     [("Office of Foreign Assets Control", "PART_OF", "Treasury Department"),
      ("Office of Foreign Assets Control", "SANCTIONS", "Kessa Front")]),
    ("leader-with-group-word-surname",
     "The Halvar Front, led by Karim Saleh al-Houthi, has held the town since 2019.",
     [("Karim Saleh al-Houthi", "LEADS", "Halvar Front")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("surname-group-leads-nothing",
     "The Halvar Front, led by Karim Saleh al-Houthi, has held the town since 2019.",
     [("Houthis", "LEADS", "Halvar Front")]),
    ("post-title-criticises-nobody",
     "The United Nations Resident and Humanitarian Coordinator for Lorvania, Petra Holm, "
     "condemned the raids. The Humanitarian Coordinator also condemned the Kessa Front "
     "for the detentions.",
     [("Humanitarian Coordinator", "CRITICIZES", "Kessa Front")]),
]


@pytest.mark.parametrize("case", CASES + WHOLE, ids=lambda c: c.name)
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


def test_post_title_later_is_the_person_given_it(nlp: Language) -> None:
    ex = extract_document(nlp, "The United Nations Resident and Humanitarian Coordinator for "
                          "Lorvania, Petra Holm, condemned the raids. The Humanitarian "
                          "Coordinator also condemned the Kessa Front for the detentions.",
                          "case.txt")
    assert not [a for a in ex.actors if a.type is ORG and "Coordinator" in a.name], [
        (a.name, a.type) for a in ex.actors]


def test_post_heading_a_list_is_its_holder(nlp: Language) -> None:
    text = ("TARSA, 9 April 2026 — The United Nations Resident and Humanitarian Coordinator "
            "in Chad, Petra Olsen Holm, today condemned the shelling of the border town of "
            "Tarsa by the Kessa Front.\n\nThe Humanitarian Coordinator:\n\n- urges the "
            "Kessa Front to stop using explosive weapons near the border;\n- calls on the "
            "Government of Chad to keep its border open to people fleeing the violence.")
    assert_found(nlp, text, [("Petra Olsen Holm", "DEMANDS", "Kessa Front")])
    assert_absent(nlp, text, [("Humanitarian Coordinator", "*", "*")])
