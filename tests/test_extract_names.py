"""Unfamiliar names read whole and typed right, in sentences of our own with invented
names: a name spelled by the bracketed acronym after it, a name ending in a body's head
word, a title or an apposition that says who or what a name is, a person's name the
model cut, and states whose names open with another state's. Each case has what must be
read and what must not.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from actorgraph.domain import Extraction
from actorgraph.extract import extract_document
from actorgraph.extract.aliases import named_services
from actorgraph.extract.gazetteer import load_gazetteer
from actorgraph.extract.groupnames import acronym_at, spelled_start

from .test_extract import Triple, triples

Named = tuple[str, str]  # (actor name, actor type); "*" as the type matches any

# (id, text, actors that must be read, actors that must not, triples that must not)
CASES: list[tuple[str, str, list[Named], list[Named], list[Triple]]] = [
    ("acronym-possessive",
     "Colonel Tomas Reyes, the spokesman of the East Timor People's Defence Force "
     "(ETPDF), said the road was open.",
     [("East Timor People's Defence Force", "ARMED_GROUP"), ("Tomas Reyes", "PERSON")],
     [("Colonel Tomas Reyes", "*")],
     [("Tomas Reyes", "SPOKESPERSON_FOR", "East Timor")]),
    ("acronym-over-a-state",
     "Officials said the Chad Basin People's Salvation Movement (CBPSM) had laid the mines.",
     [("Chad Basin People's Salvation Movement", "ORGANIZATION")],
     [("Chad", "*"), ("CBPSM", "*")], []),
    ("acronym-joining-words",
     "The Union of Forces for Democracy and Development (UFDD) attacked the garrison in "
     "Abeche.",
     [("Union of Forces for Democracy and Development", "ARMED_GROUP")],
     [("UFDD", "*")], []),
    ("acronym-dotted",
     "The Ruvuma Valley Defence Council (R.V.D.C.) imposed a curfew on the town.",
     [("Ruvuma Valley Defence Council", "GOVERNMENT_BODY")], [("R.V.D.C.", "*")], []),
    ("head-word-over-person",
     "Aid workers left after the Kasai Self-Defence Brigades (KSDB) burned the market in "
     "Tshikapa.",
     [("Kasai Self-Defence Brigades", "ARMED_GROUP")],
     [("Kasai Self-Defence Brigades", "PERSON")], []),
    ("mission-in-place",
     "Pedro Alvarado, the head of the European Union Training Mission in Mozambique, met "
     "the governor.",
     [("European Union Training Mission in Mozambique", "ORGANIZATION")], [],
     [("Pedro Alvarado", "LEADS", "European Union")]),
    ("mission-before-acronym-it-does-not-spell",
     "The United Nations Stabilization Mission in Haiti (MINUSTAH) withdrew its last troops.",
     [("United Nations Stabilization Mission in Haiti", "ORGANIZATION")],
     [("United Nations", "*")], [("*", "WITHDRAWS_FROM", "Haitian forces")]),
    ("appositive-militia",
     "The ambush was claimed by Zoreh Kaldan, a separatist militia active along the border.",
     [("Zoreh Kaldan", "ARMED_GROUP")], [("Zoreh Kaldan", "PERSON")], []),
    ("person-apposition-after-a-place",
     "Lucia Ferro was born in Pine Bluff, Ark., the daughter of a farmer.",
     [("Lucia Ferro", "PERSON")], [("Pine Bluff", "PERSON"), ("Ark.", "PERSON")], []),
    ("title-in-a-body's-name",
     "The offensive was planned by Field Marshal Hamid Tuwaiq and his staff.",
     [("Hamid Tuwaiq", "PERSON")],
     [("Field Marshal", "*"), ("Field Marshal Hamid Tuwaiq", "*")], []),
    ("rank-before-unlabelled-name",
     "Colonel Gatluak Manime told reporters the bridge had been retaken.",
     [("Gatluak Manime", "PERSON")], [("Colonel Gatluak Manime", "*")], []),
    ("title-opens-a-body's-name",
     "Iraq's Imam Musa Foundation opened a clinic in Basra.",
     [("Imam Musa Foundation", "*")], [("Musa Foundation", "*")], []),
    ("title-alone",
     "Prime Minister and President Lula met in Brasilia on Monday.",
     [("Lula", "PERSON")], [("Minister", "*"), ("Prime Minister", "*")], []),
    ("person-name-run-on",
     "Witnesses said Abdirahman Farah Yusuf Warsame had fled to the coast.",
     [("Abdirahman Farah Yusuf Warsame", "PERSON")],
     [("Abdirahman", "*"), ("Farah Yusuf Warsame", "*")], []),
    ("no-run-on-over-a-job-title",
     "Botanist Lena Marsh said the seeds had been lost.",
     [("Lena Marsh", "PERSON")], [("Botanist Lena Marsh", "*")], []),
    ("forces-take-no-place-after-in",
     "The Kordofan Defence Forces in Babanusa shelled the market on Friday.",
     [("Kordofan Defence Forces", "ARMED_GROUP")],
     [("Kordofan Defence Forces in Babanusa", "*")], []),
    ("longer-state-name",
     "Gunmen killed six traders in South Sudan, a South Sudanese official said.",
     [("South Sudan", "STATE")], [("Sudan", "*")], []),
    ("three-word-demonym",
     "Refugees from Papua New Guinea reached the island, and Papua New Guinean troops "
     "followed.",
     [("Papua New Guinea", "STATE"), ("Papua New Guinean forces", "ARMED_GROUP")],
     [("Guinea", "*"), ("Papua New Guinean", "PERSON")], []),
    ("group-named-by-its-first-word",
     "The Kabwela Rapid Intervention Force seized the airport. Kabwela's commander, "
     "Chanda Mwale, said the troops would stay.",
     [("Kabwela Rapid Intervention Force", "ARMED_GROUP")], [("Kabwela", "*")],
     [("Chanda Mwale", "LOCATED_IN", "*")]),
]


def actors_named(ex: Extraction) -> set[Named]:
    return {(a.name, a.type.value) for a in ex.actors}


def has_actor(found: set[Named], want: Named) -> bool:
    return any(name == want[0] and want[1] in ("*", type_) for name, type_ in found)


def assert_read(ex: Extraction, read: list[Named], not_read: list[Named]) -> None:
    """The actors `read` are in the extraction and those `not_read` are not."""
    found = actors_named(ex)
    for want in read:
        assert has_actor(found, want), f"{want} not in {sorted(found)}"
    for unwanted in not_read:
        assert not has_actor(found, unwanted), f"{unwanted} read: {sorted(found)}"


def _params() -> list[Any]:
    return [pytest.param(*row[1:], id=row[0]) for row in CASES]


@pytest.mark.parametrize(("text", "read", "not_read", "not_asserted"), _params())
def test_names(nlp: Language, text: str, read: list[Named], not_read: list[Named],
               not_asserted: list[Triple]) -> None:
    ex = extract_document(nlp, text, "t.txt")
    assert_read(ex, read, not_read)
    asserted = triples(ex)
    for pattern in not_asserted:
        hits = [t for t in asserted
                if all(p in ("*", v) for p, v in zip(pattern, t, strict=True))]
        assert not hits, f"forbidden {pattern} asserted: {hits}"


def _aliases(ex: Extraction, name: str) -> tuple[str, ...]:
    (actor,) = [a for a in ex.actors if a.name == name]
    return actor.aliases


def test_hyphened_acronym_is_the_alias_later(nlp: Language) -> None:
    text = ("The army accused the Mindanao People's Freedom Movement-in-Exile (MPFM-IE) of "
            "shielding the gunmen. Later the MPFM-IE attacked the town of Dapitan.")
    ex = extract_document(nlp, text, "t.txt")
    name = "Mindanao People's Freedom Movement-in-Exile"
    assert "MPFM-IE" in _aliases(ex, name)
    assert (name, "TARGETS", "Dapitan") in triples(ex)
    assert not has_actor(actors_named(ex), ("MPFM", "*"))


def test_first_word_in_a_place_is_the_place(nlp: Language) -> None:
    """Must-not for a group named by its first word: after "in", the word is the town."""
    text = ("The Kabwela Rapid Intervention Force seized the airport, and fighting went on "
            "in Kabwela.")
    assert ("Kabwela", "LOCATION") in actors_named(extract_document(nlp, text, "t.txt"))


def test_acronym_letters_and_spelling(nlp: Language) -> None:
    doc = nlp("Talks with the Sahel Farmers' Movement-in-Exile (SFM-IE) and the U.N. "
              "(Reuters) ended.")
    brackets = [t.i for t in doc if t.text == "("]
    read = acronym_at(doc, brackets[0])
    assert read is not None and read[0] == "SFMIE"
    assert doc[spelled_start(doc, brackets[0], read[0], 0)].text == "Sahel"
    assert acronym_at(doc, brackets[1]) is None  # a word in brackets, no acronym
    assert spelled_start(doc, brackets[0], "XFMIE", 0) is None


def test_longer_state_names_match_beside_curated_ones() -> None:
    gaz = load_gazetteer()
    exact, caseless = gaz.patterns(lambda text: text)
    patterns = {(p["pattern"], p["id"]) for p in exact + caseless}
    assert ("South Sudan", "South Sudan") in patterns
    assert ("Sudan", "Sudan") in patterns
    assert gaz.lookup("South Sudan") is gaz.entries["South Sudan"]


@pytest.mark.parametrize(("actors", "expected"), [
    pytest.param([("a", "Central African forces", "CAFMIL"),
                  ("b", "Central African Armed Forces", None)], {"a": "b"},
                 id="two-word-demonym"),
    pytest.param([("a", "Papua New Guinean forces", "PNGMIL"),
                  ("b", "Papua New Guinea Defence Forces", None)], {"a": "b"},
                 id="three-word-demonym"),
    pytest.param([("a", "South Korean forces", "KORMIL"),
                  ("b", "South Sudan People's Defence Forces", None)], {},
                 id="other-state-same-first-word"),
    pytest.param([("a", "South Sudanese forces", "SSDMIL"),
                  ("b", "South Sudan People's Defence Forces", None)], {"a": "b"},
                 id="named-after-the-state"),
])
def test_generic_forces_are_the_named_service(
        actors: list[tuple[str, str, str | None]], expected: dict[str, str]) -> None:
    assert named_services(actors) == expected
