"""Every relation pattern in extract/patterns is checked on its own example sentence
(it must read the relation) and its must-not sentence (it must not), one test per id;
and the pattern files are checked for what the engine relies on."""

from __future__ import annotations

import json
from typing import Any

import pytest
from spacy.language import Language

from actorgraph.domain import CAMEO_CODES, RelationType
from actorgraph.extract.assemble import read_candidates
from actorgraph.extract.engine import (
    Pattern,
    PatternEngine,
    PatternError,
    load_patterns,
    load_verb_classes,
    parse_pattern,
)
from actorgraph.extract.pipeline import GAZETTEER_PIPE, GazetteerHolder
from actorgraph.extract.textprep import normalise

PATTERNS = load_patterns()


def _read(nlp: Language, pattern: Pattern, text: str) -> set[tuple[str, str, str]]:
    """What this one pattern (no other, no Python rule credited) reads in the text."""
    holder = nlp.get_pipe(GAZETTEER_PIPE)
    assert isinstance(holder, GazetteerHolder)
    engine = PatternEngine(nlp.vocab, [pattern])
    mentions, found = read_candidates(nlp(normalise(text)), holder.gazetteer, engine)
    names = {k: a.name for k, a in mentions.actors.items()}
    return {
        (names[c.source], c.type.value, names[c.target])
        for c, _ in found
        if c.pattern == pattern.id and not c.negated
    }


@pytest.mark.parametrize("pattern", PATTERNS, ids=[p.id for p in PATTERNS])
def test_example_reads_the_relation(nlp: Language, pattern: Pattern) -> None:
    ex = pattern.example
    expected = (ex["source"], pattern.relation.value, ex["target"])
    found = _read(nlp, pattern, ex["text"])
    assert expected in found, f"{pattern.id}: {expected} not in {sorted(found)}"


@pytest.mark.parametrize("pattern", PATTERNS, ids=[p.id for p in PATTERNS])
def test_must_not_example_reads_nothing(nlp: Language, pattern: Pattern) -> None:
    found = {t for t in _read(nlp, pattern, pattern.must_not) if t[1] == pattern.relation.value}
    assert not found, f"{pattern.id} read {sorted(found)} in its must-not sentence"


def test_patterns_have_ids_types_and_cameo_codes() -> None:
    assert len(PATTERNS) >= 10
    assert len({p.id for p in PATTERNS}) == len(PATTERNS)
    for p in PATTERNS:
        assert p.relation in RelationType
        if CAMEO_CODES[p.relation] is None:  # places and roles have no CAMEO event
            assert p.cameo is None, p.id
        else:
            assert p.cameo is not None and p.cameo.isdigit(), p.id
        assert 0.0 < p.confidence <= 1.0, p.id
        assert p.example["text"] != p.must_not, p.id


def test_verb_classes_are_lemmas_with_a_relation_and_code() -> None:
    classes = load_verb_classes()
    assert {"attack", "kill", "threaten", "denounce"} <= classes.keys()
    for name, cls in classes.items():
        assert RelationType(cls["relation"]), name
        assert str(cls["cameo"]).isdigit(), name
        assert cls["lemmas"] and all(w == w.lower() and " " not in w for w in cls["lemmas"]), name


def _raw(**changes: Any) -> dict[str, Any]:
    raw = json.loads(json.dumps({
        "id": "t", "verbs": "attack", "source": {"node": "verb", "read": "subject"},
        "target": {"node": "target", "read": "actor"}, "confidence": 0.5,
        "example": {"text": "a", "source": "b", "target": "c"}, "must_not": "d",
        "pattern": [{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": "@attack"}}},
                    {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "target",
                     "RIGHT_ATTRS": {"DEP": "dobj"}}],
    }))
    raw.update(changes)
    return raw


def test_a_class_reference_expands_to_its_lemmas() -> None:
    p = parse_pattern(_raw(), load_verb_classes(), "here")
    assert "bombard" in p.spec[0]["RIGHT_ATTRS"]["LEMMA"]["IN"]
    assert p.relation is RelationType.TARGETS and p.cameo == "190"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"verbs": "dance"}, "missing key 'dance'"),
        ({"target": {"node": "nowhere", "read": "actor"}}, "an anchor needs a node"),
        ({"source": {"node": "verb", "read": "guess"}}, "an anchor needs a node"),
        ({"pattern": [{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": "@nothing"}}},
                      {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "target",
                       "RIGHT_ATTRS": {}}]}, "unknown verb class '@nothing'"),
        ({"confidence": "high"}, "could not convert"),
        ({"check": "looks_right"}, "unknown check 'looks_right'"),
    ],
)
def test_a_bad_pattern_is_named_with_its_place(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(PatternError, match="here") as err:
        parse_pattern(_raw(**changes), load_verb_classes(), "here")
    assert message in str(err.value)


TREES = [p for p in PATTERNS if not p.tokens]  # token sequences are spaCy's Matcher's own


@pytest.mark.parametrize("pattern", TREES, ids=[p.id for p in TREES])
def test_tree_matcher_agrees_with_spacy(nlp: Language, pattern: Pattern) -> None:
    """The fast matcher finds exactly what spaCy's DependencyMatcher finds."""
    engine = PatternEngine(nlp.vocab, [pattern])
    texts = [pattern.example["text"], pattern.must_not] + [p.example["text"] for p in PATTERNS]
    for doc in nlp.pipe(normalise(t) for t in texts):
        ours = {(key, tuple(t.i for t in toks)) for key, toks in engine.matcher(doc)}
        spacy_found = {(nlp.vocab.strings[m], tuple(ids)) for m, ids in engine.checked(doc)}
        assert ours == spacy_found, doc.text


def test_a_pattern_beyond_the_tree_matcher_is_refused(nlp: Language) -> None:
    raw = _raw()
    raw["pattern"][1]["REL_OP"] = "."  # "immediately precedes": valid spaCy, not read here
    with pytest.raises(PatternError, match="operator"):
        PatternEngine(nlp.vocab, [parse_pattern(raw, load_verb_classes(), "here")])


def _sequence(**changes: Any) -> dict[str, Any]:
    raw = _raw(**changes)
    del raw["pattern"]
    raw.setdefault("tokens", [{"RIGHT_ID": "verb", "LEMMA": {"IN": "@attack"}},
                              {"POS": "DET", "OP": "?"}, {"RIGHT_ID": "target", "POS": "PROPN"}])
    return raw


def test_a_token_sequence_names_its_anchor_tokens(nlp: Language) -> None:
    p = parse_pattern(_sequence(), load_verb_classes(), "here")
    assert p.tokens and p.nodes == ("verb", "target")
    engine = PatternEngine(nlp.vocab, [p])
    doc = nlp("Rebels shelled the Hartwell barracks at dawn.")
    found = [{k: t.text for k, t in nodes.items()} for _, nodes, _ in engine.sequence_matches(doc)]
    assert found == [{"verb": "shelled", "target": "Hartwell"}]
    assert list(engine.matches(doc)) == [0]  # bucketed by the sentence's start


@pytest.mark.parametrize(
    ("tokens", "message"),
    [
        ([{"RIGHT_ID": "verb", "LEMMA": "shell"}, {"RIGHT_ID": "verb", "POS": "PROPN"}],
         "used twice"),
        ([{"RIGHT_ID": "verb", "LEMMA": "shell"}, {"RIGHT_ID": "target", "OP": "*"}],
         "exactly once"),
    ],
)
def test_a_bad_token_sequence_is_named_with_its_place(tokens: list[dict[str, Any]],
                                                      message: str) -> None:
    with pytest.raises(PatternError, match="here") as err:
        parse_pattern(_sequence(tokens=tokens), load_verb_classes(), "here")
    assert message in str(err.value)


def test_a_token_sequence_spacy_refuses_is_named(nlp: Language) -> None:
    raw = _sequence(tokens=[{"RIGHT_ID": "verb", "LEMMA": "shell"},
                            {"RIGHT_ID": "target", "COLOUR": "red"}])
    with pytest.raises(PatternError, match="'t'"):
        PatternEngine(nlp.vocab, [parse_pattern(raw, load_verb_classes(), "here")])
