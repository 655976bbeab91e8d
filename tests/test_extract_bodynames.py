"""Names of bodies read whole where the English initials do not spell the acronym
letter by letter: syllable and numbered acronyms, a place inside the name, a body's
aim after "for", a descriptive noun after the name, and a short form later. Sentences
of our own with invented names; each reading has a case that must not be read.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from actorgraph.extract import extract_document
from actorgraph.extract.groupnames import acronym_at, spelled_start

from .test_extract import Triple, triples
from .test_extract_names import Named, assert_read

# (id, text, actors that must be read, actors that must not, triples that must,
#  triples that must not)
CASES: list[tuple[str, str, list[Named], list[Named], list[Triple], list[Triple]]] = [
    ("syllable-acronym",
     "Gunmen of the Cooperative for the Defence of Tanzoria (CODETA) burned two villages "
     "near Lokori.",
     [("Cooperative for the Defence of Tanzoria", "*")],
     [("Defence of Tanzoria", "*"), ("CODETA", "*")], [], []),
    ("counted-acronym-and-its-noun",
     "The Rally, Resistance and Recovery (3R) rebel group attacked Koui on Sunday.",
     [("Rally, Resistance and Recovery", "ARMED_GROUP")],
     [("3R", "*"), ("Recovery (3R) rebel group", "*"), ("3R rebel group", "*")],
     [("Rally, Resistance and Recovery", "TARGETS", "Koui")], []),
    ("numbered-acronym",
     "The April 12 Movement (A12) seized the border post at Kalongo.",
     [("April 12 Movement", "ORGANIZATION")], [("A12", "*")], [], []),
    ("place-inside-a-name-with-a-foreign-acronym",
     "The Union for Justice in the Central Highlands (UJC) attacked Tora on Friday.",
     [("Union for Justice in the Central Highlands", "*")],
     [("Central Highlands", "*"), ("Union for Justice", "*"), ("UJC", "*")],
     [("Union for Justice in the Central Highlands", "TARGETS", "Tora")], []),
    ("aim-after-for",
     "The League of Patriots for a Free and United Lomami attacked Kabinda.",
     [("League of Patriots for a Free and United Lomami", "ORGANIZATION")],
     [("League of Patriots", "*")],
     [("League of Patriots for a Free and United Lomami", "TARGETS", "Kabinda")], []),
    ("unknown-acronym-before-militia",
     "The KRM militia ambushed a convoy near Tora on Tuesday.",
     [("KRM", "ARMED_GROUP")], [("KRM militia", "*")], [], []),
    ("named-body-typed-by-its-noun",
     "The Convention of Patriots for Renewal (CPR) attacked Ouango. The CPR rebel group "
     "later seized Mobaye.",
     [("Convention of Patriots for Renewal", "ARMED_GROUP")],
     [("CPR rebel group", "*"), ("CPR", "*")],
     [("Convention of Patriots for Renewal", "CONTROLS", "Mobaye")], []),
    ("faction-of-a-group",
     "A faction of the Lomami Liberation Movement attacked Kabinda on Monday.",
     [("Lomami Liberation Movement", "ARMED_GROUP")], [("faction", "*")],
     [("Lomami Liberation Movement", "TARGETS", "Kabinda")], []),
    ("short-form-later",
     "The Union for Progress in Lomami (UPL) was founded in 2014. The Union attacked "
     "Kabinda in March.",
     [("Union for Progress in Lomami", "*")], [("Union", "*")],
     [("Union for Progress in Lomami", "TARGETS", "Kabinda")], []),
    ("name-read-whole-again",
     "The Union for Peace in Lakeland (UPL) was founded in 2014. Fighters of the Union "
     "for Peace in Lakeland attacked Bambari.",
     [("Union for Peace in Lakeland", "ARMED_GROUP")], [("Lakeland", "*")],
     [("Union for Peace in Lakeland", "TARGETS", "Bambari")], []),
    # must-nots
    ("same-words-another-place",
     "The Union for Peace in Lakeland (UPL) was founded in 2014. Fighters of the Union "
     "for Peace in Westland attacked Bambari.",
     [("Union for Peace in Lakeland", "*")], [],
     [], [("Union for Peace in Lakeland", "TARGETS", "Bambari")]),
    ("agency-after-a-town",
     "Clashes resumed in Lokori (AFP) on Monday.",
     [("Lokori", "*")], [("AFP", "*"), ("Lokori (AFP", "*")], [], []),
    ("year-in-brackets",
     "The Popular Front for Renewal (2019) signed the truce in Kabinda.",
     [("Popular Front for Renewal", "*")], [("2019", "*")], [], []),
    ("bracket-that-spells-nothing-before-it",
     "Officials of the Lakeland Farmers Council (WXY) met in Tora.",
     [("Lakeland Farmers Council", "*")], [("Officials of the Lakeland Farmers Council", "*")],
     [], []),
    ("place-after-a-body-that-spells-its-acronym",
     "The Kivu Defence Forces in Goma (KDF) shelled Sake.",
     [("Kivu Defence Forces", "ARMED_GROUP")], [("Kivu Defence Forces in Goma", "*")], [], []),
    ("no-aim-over-a-list",
     "The Coalition for Change and Kabinda residents marched on Monday.",
     [], [("Coalition for Change and Kabinda", "*")], [], []),
    ("plain-group-is-no-militia",
     "The ZDA group delivered food to Tora.",
     [], [("ZDA", "ARMED_GROUP")], [], []),
    ("rival-faction-is-no-actor",
     "A rival faction attacked Kabinda on Monday.",
     [], [("rival faction", "*"), ("faction", "*")], [], []),
    ("short-form-shared-by-two-unions",
     "The European Union and the Union for Progress in Lomami met in Kinshasa. The Union "
     "later attacked Kabinda.",
     [("European Union", "*")], [],
     [], [("European Union", "TARGETS", "Kabinda")]),
]


def _matches(pattern: Triple, asserted: set[Triple]) -> list[Triple]:
    return [t for t in asserted if all(p in ("*", v) for p, v in zip(pattern, t, strict=True))]


def _params() -> list[Any]:
    return [pytest.param(*row[1:], id=row[0]) for row in CASES]


@pytest.mark.parametrize(("text", "read", "not_read", "asserted", "not_asserted"), _params())
def test_body_names(nlp: Language, text: str, read: list[Named], not_read: list[Named],
                    asserted: list[Triple], not_asserted: list[Triple]) -> None:
    ex = extract_document(nlp, text, "t.txt")
    assert_read(ex, read, not_read)
    got = triples(ex)
    for pattern in asserted:
        assert _matches(pattern, got), f"{pattern} not in {sorted(got)}"
    for pattern in not_asserted:
        assert not _matches(pattern, got), f"forbidden {pattern} asserted"


def test_acronym_becomes_the_alias(nlp: Language) -> None:
    text = ("The Cooperative for the Defence of Tanzoria (CODETA) burned a market. Later "
            "the CODETA attacked Lokori.")
    ex = extract_document(nlp, text, "t.txt")
    (actor,) = [a for a in ex.actors if a.name == "Cooperative for the Defence of Tanzoria"]
    assert "CODETA" in actor.aliases
    assert ("Cooperative for the Defence of Tanzoria", "TARGETS", "Lokori") in triples(ex)


@pytest.mark.parametrize(("text", "acronym", "first"), [
    pytest.param("the Union for Democratic Progress (UNIDEP) met", "UNIDEP", "Union",
                 id="syllables"),
    pytest.param("the Rally, Resistance and Recovery (3R) met", "3R", "Rally", id="counted"),
    pytest.param("the April 12 Movement (A12) met", "A12", "April", id="number-before-head"),
    pytest.param("the Group 5+1 (G5+1) met", "G5+1", "Group", id="number-with-sign"),
])
def test_spelled(nlp: Language, text: str, acronym: str, first: str) -> None:
    doc = nlp(text)
    bracket = next(t.i for t in doc if t.text == "(")
    read = acronym_at(doc, bracket)
    assert read is not None
    start = spelled_start(doc, bracket, read[0], 0)
    assert start is not None and doc[start].text == first


@pytest.mark.parametrize("text", [
    pytest.param("the talks in Geneva (AFP) ended", id="agency-a-town-does-not-spell"),
    pytest.param("the Union for Democratic Progress (QZX) met", id="letters-of-nothing"),
])
def test_not_spelled(nlp: Language, text: str) -> None:
    doc = nlp(text)
    bracket = next(t.i for t in doc if t.text == "(")
    read = acronym_at(doc, bracket)
    assert read is not None
    assert spelled_start(doc, bracket, read[0], 0) is None


@pytest.mark.parametrize("inner", ["2019", "+5", "Reuters", "x1"])
def test_not_an_acronym(nlp: Language, inner: str) -> None:
    doc = nlp(f"the deal ({inner}) was signed")
    bracket = next(t.i for t in doc if t.text == "(")
    assert acronym_at(doc, bracket) is None
