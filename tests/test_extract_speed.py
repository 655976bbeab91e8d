"""The faster readings give what the slower ones gave: the gazetteer names component
against two spaCy entity rulers in a row, sequence matching per sentence against one
Matcher over the whole document, sentence starts against `doc.sents`."""

from __future__ import annotations

from typing import Any, cast

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc

from actorgraph.extract.engine import PatternEngine, load_patterns, sentence_starts
from actorgraph.extract.gazetteer import load_gazetteer
from actorgraph.extract.pipeline import GazetteerNames
from actorgraph.extract.textprep import normalise
from benchmarks.corpus import documents

# Written for these tests: names that overlap ("Kataib Hezbollah" holds "Hezbollah"),
# a one-word name beside the pronoun it spells ("US", "us"), sequences with a "*".
TEXTS = [
    "Kataib Hezbollah and Hezbollah denied it; US forces told us nothing.",
    "In Ruritania, troops moved from Belgrave to the coast, then near Dunmore.\n"
    "In Dunmore, the Belgrave-based Harbour Authority said the port stayed shut.",
    "the popular mobilization forces met the Houthis. Asaib Ahl al-Haq did not.",
    "In the north, the Kirkuk-based Northern Oil Company and Iran's IRGC spoke.",
]


@pytest.fixture(scope="module")
def blank_pair() -> tuple[Language, Language, GazetteerNames]:
    """Two blank English pipelines: one with the two rulers the component replaces, one
    to tokenise for the component."""
    exact, caseless = load_gazetteer().patterns(normalise)
    rulers, names = spacy.blank("en"), spacy.blank("en")
    for name, attr, patterns in (("exact", "ORTH", exact), ("caseless", "LOWER", caseless)):
        ruler = rulers.add_pipe("entity_ruler", name=name, config={
            "overwrite_ents": True, "phrase_matcher_attr": attr, "validate": False})
        assert isinstance(ruler, EntityRuler)
        ruler.add_patterns(patterns)
    component = GazetteerNames(names)
    component.add(names, exact, caseless)
    return rulers, names, component


def _ents(doc: Doc) -> list[tuple[int, int, str, str]]:
    return [(e.start, e.end, e.label_, e.ent_id_) for e in doc.ents]


@pytest.mark.parametrize("text", TEXTS + [t for _, t in documents(12)])
def test_gazetteer_names_set_what_two_rulers_set(
        blank_pair: tuple[Language, Language, GazetteerNames], text: str) -> None:
    rulers, names, component = blank_pair
    expected = _ents(rulers(normalise(text)))
    got = _ents(component(names.make_doc(normalise(text))))
    assert got == expected


def test_the_longer_caseless_name_wins_over_the_exact_one(
        blank_pair: tuple[Language, Language, GazetteerNames]) -> None:
    _, names, component = blank_pair
    doc = component(names.make_doc(TEXTS[0]))
    assert [e.text for e in doc.ents][:2] == ["Kataib Hezbollah", "Hezbollah"]
    assert "us" not in [e.text for e in doc.ents]  # (the pronoun is no "US")


def _whole_document_matches(engine: PatternEngine, doc: Doc) -> list[tuple[str, list[int]]]:
    """The earlier reading: one Matcher over the document, matches that cross a
    sentence end dropped, each set of named tokens once."""
    starts = [s.start for s in doc.sents]

    def sentence_of(i: int) -> int:
        return max(s for s in starts if s <= i)

    out, seen = [], set()
    for key, start, end, aligned in cast(Any, engine.sequences(doc, with_alignments=True)):
        pattern = engine.patterns[doc.vocab.strings[key]]
        by_index = {k: i for i, k in reversed(list(enumerate(aligned)))}
        ids = [start + by_index[j] for j, t in enumerate(pattern.spec) if "RIGHT_ID" in t]
        if (pattern.id, tuple(ids)) in seen or sentence_of(start) != sentence_of(end - 1):
            continue
        seen.add((pattern.id, tuple(ids)))
        out.append((pattern.id, ids))
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_sequences_read_per_sentence_find_what_the_whole_document_gave(
        nlp: Language, text: str) -> None:
    engine = PatternEngine(nlp.vocab, load_patterns())
    doc = nlp(normalise(text))
    got = [(p.id, [t.i for t in nodes.values()]) for p, nodes, _ in engine.sequence_matches(doc)]
    assert got == _whole_document_matches(engine, doc)


def test_sequences_are_found_at_all(nlp: Language) -> None:
    engine = PatternEngine(nlp.vocab, load_patterns())
    found = {p.id for text in TEXTS for p, _, _ in engine.sequence_matches(nlp(text))}
    assert {"based.place_based", "placed.framed_towns"} <= found


@pytest.mark.parametrize("text", [*TEXTS, "", "One line\n\nAnother line without a stop"])
def test_sentence_starts_are_those_of_doc_sents(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert sentence_starts(doc) == [s.start for s in doc.sents]
