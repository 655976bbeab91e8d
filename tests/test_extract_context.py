"""Who a description stands for in its article (extract/context.py, agents.py, coref):
"the army", "soldiers", "security forces" and "the government" with no country of their
own are the article's state's (its dateline, else the state it names far most), or a
state the clause names as the doer; the army the article names for that state is what
its "army" is; a capital acting or speaking is its state; "the militia", "the
opposition" are the one group the article described so. Each reading has sentences in
which it must stay unread: two states as often named, a capital as a place, two groups
that fit, "its troops" of a body that is no state, a state and its own troops.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from actorgraph.domain import ActorType
from actorgraph.extract import extract_document

from .test_extract import Triple, assert_absent, assert_found, cases

FOUND: list[tuple[str, str, list[Triple]]] = [
    ("army-of-dateline", "BAMAKO, Mali, 4 June 2026 — Algeria closed its border on "
     "Friday. The army said it had killed Amadou Diallo, a commander of the Macina "
     "Liberation Front, near Mopti.",
     [("Malian forces", "KILLED", "Amadou Diallo")]),
    ("security-forces-of-dateline", "CARACAS, Venezuela, 3 May 2026 — Security forces killed "
     "Jhon Petro, a leader of the Tren de Aragua gang, in Maracay.",
     [("Venezuelan forces", "KILLED", "Jhon Petro")]),
    ("government-of-dateline", "NIAMEY, Niger, 2 March 2026 — The government accused the "
     "Azawad Liberation Front of attacking a convoy near Agadez.",
     [("Niger", "CRITICIZES", "Azawad Liberation Front")]),
    ("soldiers-of-main-state", "Chad and Sudan share a long border. Chad closed its side in "
     "May, and Chad's president visited Abeche. Soldiers killed Mahamat Nour, a rebel "
     "leader, near Tine on Sunday.", [("Chadian forces", "KILLED", "Mahamat Nour")]),
    ("its-aircraft-of-clause-state", "Uganda sent troops to Bunia, and its aircraft bombed "
     "the Allied Democratic Forces on Monday.",
     [("Ugandan forces", "TARGETS", "Allied Democratic Forces")]),
    ("army-is-the-named-army", "KAMPALA, Uganda, 3 May 2025 — Major Ruth Akello, a "
     "spokeswoman for the Uganda People's Defence Force (UPDF), said the army had killed "
     "12 rebels of the Allied Democratic Forces near Beni.",
     [("Uganda People's Defence Force", "KILLED", "Allied Democratic Forces")]),
    ("army-named-later", "ABUJA, Nigeria, 3 May 2026 — The army said it had killed Abu "
     "Musa, a commander of Boko Haram. The Nigerian Army later said ten soldiers had died.",
     [("Nigerian Army", "KILLED", "Abu Musa")]),
    ("capital-speaks-for-state", "Kampala accused Kigali of backing the M23 rebels.",
     [("Uganda", "CRITICIZES", "Rwanda")]),
    ("capitals-from-the-table", "Kigali accused Kinshasa of arming the FDLR militia.",
     [("Rwanda", "CRITICIZES", "Democratic Republic of the Congo")]),
    ("militia-described-before", "The Kaniyat Brigade, a militia from Tarhuna, fought the "
     "Libyan National Army for years. The militia killed Ali Hamza, a commander from "
     "Zawiya.", [("Kaniyat Brigade", "KILLED", "Ali Hamza")]),
    ("opposition-in-the-name", "MANILA, Philippines, 5 May 2026 — The Moro Islamic "
     "Front-in-Opposition refused to disarm. The opposition rejected talks with the "
     "government last week.",
     [("Moro Islamic Front-in-Opposition", "OPPOSES", "Philippines")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    ("two-states-as-often-named", "Ethiopia and Eritrea traded fire along the border. "
     "Ethiopia blamed Eritrea, and Eritrea blamed Ethiopia. The army said it had killed "
     "Tesfaye Bekele.", [("*", "KILLED", "*")]),
    ("group-named-after-the-state", "NAYPYITAW, Myanmar, 2 May 2026 — The Myanmar National "
     "Democratic Alliance Army seized Lashio. The army said it had killed Zaw Min, a "
     "commander of the group.",
     [("Myanmar National Democratic Alliance Army", "KILLED", "*")]),
    ("capital-as-a-place", "Rebels of the M23 shelled a camp near Kinshasa. Envoys of both "
     "sides met in Kampala on Monday.",
     [("*", "*", "Democratic Republic of the Congo"), ("Uganda", "*", "*")]),
    ("described-not-last-named", "The Kaniyat Brigade, a militia from Tarhuna, fought the "
     "Libyan National Army for years. The militia killed Ali Hamza, a commander from "
     "Zawiya.", [("Libyan National Army", "KILLED", "*")]),
    ("two-militias-fit", "The Zintan Brigade is a militia from the west. The Nawasi Brigade "
     "is another militia. The militia killed Ali Hamza.", [("*", "KILLED", "*")]),
    ("troops-of-a-bloc", "MAPUTO, Mozambique, 1 May 2026 — The regional bloc withdrew its "
     "troops from Cabo Delgado in 2024.", [("Mozambican forces", "*", "*")]),
    ("state-and-its-own-troops", "The rebels agreed to a truce on condition that "
     "Washington withdraws its troops.", [("United States", "*", "US forces")]),
    ("narrowed-forces", "TRIPOLI, Libya, 3 May 2026 — The eastern forces attacked the "
     "Misrata Brigades near Sirte.", [("Libyan forces", "*", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_context_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_context_not_misread(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)


def test_army_unnamed_in_a_story_of_two_states(nlp: Language) -> None:
    """No actor is made for "the army" when the article's state is not clear."""
    ex = extract_document(nlp, "Ethiopia and Eritrea traded fire. Eritrea blamed Ethiopia, "
                          "and Ethiopia blamed Eritrea. The army said it had shelled a "
                          "camp.", "t.txt")
    assert not [a for a in ex.actors if a.name.endswith("forces")]


def test_capital_named_by_a_part_of_it_is_the_city(nlp: Language) -> None:
    """"the port of X", "the outskirts of X": a part of the city, not its state."""
    ex = extract_document(nlp, "Gunmen loyal to the old regime held the port of Asmara "
                          "for a week and shelled the outskirts of Nairobi.", "d")
    assert {(a.name, a.type) for a in ex.actors} == {
        ("Asmara", ActorType.LOCATION), ("Nairobi", ActorType.LOCATION)}
    ex = extract_document(nlp, "Asmara accused Nairobi of hosting the rebels.", "d")
    assert {a.name for a in ex.actors} == {"Eritrea", "Kenya"}


def test_compiled_capitals() -> None:
    """The compiled dictionaries give a state its capital where the dictionary and the
    geographic data agree, and never a capital that is also a person's name."""
    data = json.loads((Path(__file__).resolve().parents[1] / "extract" / "data"
                       / "phoenix.json").read_text(encoding="utf-8"))
    capitals = {s["name"]: s.get("capital") for s in data["states"]}
    assert capitals["Uganda"] == "Kampala"
    assert capitals["South Sudan"] == "Juba"
    assert capitals["Bulgaria"] is None  # "Sofia" is a given name
    assert capitals["Maldives"] is None  # "Male" is an English word
