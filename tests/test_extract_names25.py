"""Where an actor's name starts and ends, and its type: readings of round 25.

- "asked Congress to widen the law" in a story of another state: a one-word name many
  states give a body of theirs ("Congress") is the gazetteer's body of one state (the
  US Congress) only where the story so far is of that state or the sentence names it;
  elsewhere it is a body of its own, an organisation before "party" ("the Congress
  party"), or the one body named before whose name holds the word ("Congress" after
  "the Bharat Lok Congress").
- "the Police Service of Northern Ireland", "the Fire Service of Wales": a body's name
  the model ended on "of", its last word a service's ("service", "police",
  "gendarmerie", "congress"), runs on over the place after it, as a name ended on "of"
  whose last word is a body's head word did already.
- "the Mai-Mai Sala na Kuja", "Mai-Mai Toku Ba Lemo": a Mai-Mai group's own name runs
  to three capitalised words, which the Swahili "na" ("and") may join.
- "Ruth Amsel, who leads Kadima Tova", "Kadima Tova, led by Ruth Amsel", "the leader of
  Kadima Tova", "Kadima Tova was led by": what one leads, heads, chairs or founded is a
  body, whatever person's label the model gave its name; not a person led somewhere
  ("police led Ana Ruiz away", "led Ana Ruiz to a van").
- "Sheikh Hatem Abdul-Karim al-Saadouni": a person's name of four words and their
  hyphens, read after a title and a given name the model left out, takes the given name
  back (a hyphen is no word of the name's length).

Own sentences, invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.domain import ActorType
from tests.test_extract_names_kinds import Case, assert_not_named, assert_read_whole, names_read

from .test_extract import Triple, assert_absent, assert_found

B, G, L, ORG, P = (ActorType.GOVERNMENT_BODY, ActorType.ARMED_GROUP, ActorType.LOCATION,
                   ActorType.ORGANIZATION, ActorType.PERSON)

_TARVANI = ("NEW DELHI, India, 3 May 2025 - The Bharat Lok Congress walked out of the "
            "assembly on Tuesday. Interior Minister Dev Raman accused Congress of lying "
            "about the border.")
_CHILEAN = ("SANTIAGO, Chile, 3 May 2025 - Chile's president said on Monday that he would "
            "send more troops to the south. He will ask Congress to widen the powers of the "
            "armed forces.")

CASES: list[Case] = [
    # --- a body's name ended on "of", its last word a service's
    Case("Ruth Kearney, who leads the Police Service of Northern Ireland as chief constable, "
         "spoke on Monday.", "Police Service of Northern Ireland", G,
         ("Police Service",)),
    Case("The Fire Service of Northern Ireland said two crews attended the blaze.",
         "Fire Service of Northern Ireland", ORG, ("Fire Service",)),
    # --- a Mai-Mai group's name of three words
    Case("Fighters of Mai-Mai Sala na Kuja burned the market at Lowa on Sunday.",
         "Mai-Mai Sala na Kuja", G, ("Mai-Mai Sala",)),
    Case("The attacks were blamed on the Mai-Mai Toku Ba Lemo militia.",
         "Mai-Mai Toku Ba Lemo", G, ("Mai-Mai Toku Ba",)),
    Case("The Mai-Mai Kitoko attacked a camp near Beni on Sunday.", "Mai-Mai Kitoko", G),
    # --- what one leads is a body
    Case("Ruth Amsel, who leads Kadima Tova, said the party would stay in the coalition.",
         "Kadima Tova", ORG),
    Case("Kadima Tova, led by Ruth Amsel, pulled its ministers out of the cabinet.",
         "Kadima Tova", ORG),
    Case("Dov Arlen, leader of Shalem Yahad and a former minister, called the bill a "
         "disgrace.", "Shalem Yahad", ORG),
    Case("Officials said Lako Zan was led by a man known as Ti Bouki.", "Lako Zan", ORG),
    # --- a given name after a title, before a hyphened name of four words
    Case("Sheikh Karim Abdul-Rahman al-Nouri, the head of the tribe, said his men would "
         "hand over their weapons.", "Karim Abdul-Rahman al-Nouri", P,
         ("Abdul-Rahman al-Nouri",)),
]

# Near sentences where no such name, or no name of that type, may be read
NOT_NAMES: list[tuple[str, str, ActorType | None]] = [
    # a person led away is no body
    ("Police led Ana Ruiz away in handcuffs after the raid.", "Ana Ruiz", ORG),
    ("Guards led Tomas Vela to a waiting van.", "Tomas Vela", ORG),
    # the leader himself stays a person
    ("Kadima Tova, led by Ruth Amsel, pulled its ministers out of the cabinet.",
     "Ruth Amsel", ORG),
    # a place after "of" of a name with no service's word is no part of it
    ("The governor of Northern Province said the roads were closed.",
     "governor of Northern Province", None),
]

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    ("congress-named-before", _TARVANI,
     [("Dev Raman", "CRITICIZES", "Bharat Lok Congress")]),
    ("leads-a-party-read-as-person",
     "Ruth Amsel, who leads Kadima Tova, said the party would stay in the coalition.",
     [("Ruth Amsel", "LEADS", "Kadima Tova")]),
    ("led-by-participle",
     "Kadima Tova, led by Ruth Amsel, pulled its ministers out of the cabinet.",
     [("Ruth Amsel", "LEADS", "Kadima Tova")]),
    ("police-service-head",
     "Ruth Kearney, who leads the Police Service of Northern Ireland as chief constable, "
     "spoke on Monday.",
     [("Ruth Kearney", "LEADS", "Police Service of Northern Ireland")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("congress-elsewhere-is-no-us-congress", _CHILEAN,
     [("Chile", "DEMANDS", "US Congress")]),
    ("congress-named-before-is-no-us-congress", _TARVANI,
     [("Dev Raman", "CRITICIZES", "US Congress")]),
    ("police-service-cut-leads-nothing",
     "Ruth Kearney, who leads the Police Service of Northern Ireland as chief constable, "
     "spoke on Monday.",
     [("Ruth Kearney", "LEADS", "Police Service")]),
]


def test_congress_of_the_us_where_the_sentence_names_it(nlp: Language) -> None:
    text = ("BOGOTA, Colombia, 3 May 2025 - Colombia's president spoke on Monday. The "
            "administration has told Congress that the United States is at war with gangs.")
    names = names_read(nlp, text)
    assert names.get("US Congress") is B, names


def test_congress_in_a_us_story_stays_the_us_congress(nlp: Language) -> None:
    text = ("WASHINGTON, 3 May 2025 - The United States imposed sanctions on two gangs. "
            "Officials told Congress that more would follow.")
    names = names_read(nlp, text)
    assert names.get("US Congress") is B, names


def test_congress_party_of_another_state_is_an_organisation(nlp: Language) -> None:
    text = ("RAIPUR, India, 3 May 2025 - Gunmen ambushed a Congress party convoy in the "
            "valley on Sunday.")
    names = names_read(nlp, text)
    assert names.get("Congress") is ORG, names
    assert "US Congress" not in names, names


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
