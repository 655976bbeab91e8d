"""General readings that broke on unseen news: possessives of place, lists of states,
titles, abbreviated ranks, headlines, common nouns, datelines and an event's own date.
Own sentences, each with what must and what must not come out."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.extract import extract_document

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    ("governor-of-region", "Vitali Kim, governor of the Mykolaiv region, said the port was hit.",
     [("Vitali Kim", "LEADS", "Mykolaiv")]),
    ("commander-of-a-command", "Gen. Erik Larsen, commander of U.S. Central Command, visited "
     "Erbil.", [("Erik Larsen", "LEADS", "US Central Command")]),
    ("state-force-possessive", "Iran's Quds Force trained the militia in Syria.",
     [("Quds Force", "PART_OF", "Iran")]),
    ("unknown-guard-possessive", "Mali's Presidential Guard detained two officers.",
     [("Presidential Guard", "PART_OF", "Mali")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("group-in-a-state-is-not-its-part", "Somalia's al-Shabaab claimed the bombing in Baidoa.",
     [("*", "PART_OF", "*")]),
    ("hezbollah-is-not-lebanon", "Lebanon's Hezbollah fired rockets at Israel.",
     [("*", "PART_OF", "*")]),
    ("houthis-are-not-yemen", "Yemen's Houthis seized a cargo ship.", [("*", "PART_OF", "*")]),
    ("list-of-states", "Foreign ministers of Australia, Belgium, Canada and Denmark signed "
     "the statement.", [("*", "LOCATED_IN", "*")]),
    ("no-self-relation", "Hamas said Hamas would not attack Hamas.", [("Hamas", "*", "Hamas")]),
    ("command-is-not-the-state", "Gen. Erik Larsen, commander of U.S. Central Command, "
     "visited Erbil.", [("Erik Larsen", "LEADS", "United States")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_readings(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)


@pytest.mark.parametrize("rank", ["Brig.", "Gen.", "Lt. Col.", "Maj. Gen."])
def test_an_abbreviated_rank_does_not_end_the_sentence(nlp: Language, rank: str) -> None:
    text = f"{rank} Paul Ochieng, the army spokesman, said al-Shabaab attacked Kismayo."
    ex = extract_document(nlp, text, "t")
    names = {a.id: a.name for a in ex.actors}
    attacks = [r for r in ex.relations if names[r.source] == "al-Shabaab"]
    assert attacks, f"no attack read in {text!r}"
    assert attacks[0].evidence[0].text == text  # one sentence, the rank included


def test_a_headline_is_no_actor(nlp: Language) -> None:
    text = ("US Strikes Iraqi Militia After Drone Attack\n\n"
            "The United States struck Kataib Hezbollah in Iraq on Friday.")
    ex = extract_document(nlp, text, "t")
    assert not [a for a in ex.actors if "Strikes" in a.name or "Attack" in a.name]
    assert "Kataib Hezbollah" in {a.name for a in ex.actors}


def test_a_common_noun_is_no_actor(nlp: Language) -> None:
    ex = extract_document(nlp, "Another insurgent group attacked the base. The rebel group "
                          "later withdrew from Kidal.", "t")
    assert not [a for a in ex.actors if "group" in a.name.lower()]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("SANAA, Yemen, 12 March 2024 \u2014 The Houthis attacked a US destroyer.", "2024-03-12"),
        ("DAMASCUS, 8 December 2024 - Rebels said the Syrian army shelled Idlib.", "2024-12-08"),
        ("KYIV, Ukraine, Feb. 24, 2023 \u2014 Russia struck Kharkiv overnight.", "2023-02-24"),
        ("GAO, Mali (March 3, 2024) \u2014 JNIM attacked a Malian army convoy.", "2024-03-03"),
    ],
)
def test_datelines(nlp: Language, text: str, date: str) -> None:
    ex = extract_document(nlp, text, "t")
    assert ex.date == date
    place = text.split(",")[0]
    attacks = [r for r in ex.relations if r.type.value == "TARGETS"]
    assert attacks, "the story after the dateline was not read"
    for rel in attacks:
        assert not rel.evidence[0].text.startswith(place), "the dateline joined the sentence"


def test_a_dateline_without_a_year_still_ends_at_its_dash(nlp: Language) -> None:
    text = "BAGHDAD, Jan 5 (Reuters) - Kataib Hezbollah attacked a US base near Erbil."
    ex = extract_document(nlp, text, "t")
    assert ex.date is None  # the year is not given: no date is made up
    names = {a.id: a.name for a in ex.actors}
    rels = [r for r in ex.relations if names[r.source] == "Kataib Hezbollah"]
    assert rels and rels[0].evidence[0].text.startswith("Kataib Hezbollah")


def test_an_event_keeps_its_own_year(nlp: Language) -> None:
    text = ("BAGHDAD, Iraq (January 15, 2022) \u2014 Kataib Hezbollah attacked a US convoy "
            "near Baghdad in 2019, officials said. Asaib Ahl al-Haq attacked US forces on Monday.")
    ex = extract_document(nlp, text, "t")
    names = {a.id: a.name for a in ex.actors}
    dates = {names[r.source]: r.date for r in ex.relations if r.type.value == "TARGETS"}
    assert dates == {"Kataib Hezbollah": "2019", "Asaib Ahl al-Haq": "2022-01-15"}
