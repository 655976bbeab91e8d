"""The faster readings give what the slower ones gave: the gazetteer names component
against two spaCy entity rulers in a row, sequence matching per sentence against one
Matcher over the whole document, sentence starts against `doc.sents`; a sentence
without the words a sequence needs is not given to the Matcher, one with them is."""

from __future__ import annotations

import re
from typing import Any, cast

import pytest
import spacy
from spacy.attrs import LEMMA, LOWER  # type: ignore[import-not-found]  # (a .pyx)
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc

from actorgraph.domain import RelationType as R
from actorgraph.extract import extract_document
from actorgraph.extract.engine import (
    PatternEngine,
    load_patterns,
    load_verb_classes,
    parse_pattern,
    sentence_starts,
    sequence_needs,
)
from actorgraph.extract.gazetteer import load_gazetteer
from actorgraph.extract.groupnames import whole_group_names
from actorgraph.extract.pipeline import GazetteerNames
from actorgraph.extract.rules import _verb_rule
from actorgraph.extract.textprep import normalise
from actorgraph.extract.words import DocWords
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


def _sequence_engine(nlp: Language, tokens: list[dict[str, Any]]) -> PatternEngine:
    raw = {"id": "t", "relation": "LEADS", "source": {"node": "who", "read": "actor"},
           "target": {"node": "what", "read": "actor"}, "confidence": 0.5,
           "example": {"text": "a", "source": "b", "target": "c"}, "must_not": "d",
           "tokens": tokens}
    return PatternEngine(nlp.vocab, [parse_pattern(raw, load_verb_classes(), "here")])


# "Varga was appointed head of the Tarsk council.": the appointing verb, a name, "head
# of": a sentence holding all three words is read; one lacking a word is skipped.
APPOINTED = [{"LEMMA": {"IN": ["appoint", "name"]}}, {"RIGHT_ID": "who", "POS": "PROPN"},
             {"LOWER": "as", "OP": "?"}, {"LOWER": {"IN": ["head", "chief"]}},
             {"ORTH": "of"}, {"LOWER": "the", "OP": "?"}, {"RIGHT_ID": "what", "POS": "PROPN"}]


def record_reads(engine: PatternEngine, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The starts of the sentences `engine` sends to the Matcher from now on."""
    read: list[int] = []
    real = engine._sentence_matches
    monkeypatch.setattr(engine, "_sentence_matches",
                        lambda sent, start: (read.append(start), real(sent, start))[1])
    return read


def test_a_sentence_holding_the_needed_words_is_read(
        nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = _sequence_engine(nlp, APPOINTED)
    doc = nlp("The council met on Monday. It appointed Varga head of the Tarsk Assembly.")
    read = record_reads(engine, monkeypatch)
    found = [{k: t.text for k, t in nodes.items()} for _, nodes, _ in engine.sequence_matches(doc)]
    assert found == [{"who": "Varga", "what": "Tarsk"}]
    assert read == [doc[6].sent.start]  # only the second sentence went to the Matcher


@pytest.mark.parametrize("text", [
    "It appointed Varga deputy of the Tarsk Assembly.",  # no "head" nor "chief"
    "It welcomed Varga, head of the Tarsk Assembly.",  # no appointing verb
    "It appointed Varga head for the Tarsk Assembly.",  # no "of"
])
def test_a_sentence_lacking_a_needed_word_is_not_read(
        nlp: Language, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    engine = _sequence_engine(nlp, APPOINTED)
    monkeypatch.setattr(engine, "_sentence_matches", lambda sent, start: pytest.fail(text))
    assert list(engine.sequence_matches(nlp(text))) == []


def test_a_sentence_start_word_is_needed_first(
        nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = _sequence_engine(nlp, [{"IS_SENT_START": True, "LOWER": "in", "RIGHT_ID": "who"},
                                    {"RIGHT_ID": "what", "POS": "PROPN"}])
    doc = nlp("Troops stayed in Dunmore. In Belgrave, nothing moved.")
    read = record_reads(engine, monkeypatch)
    found = [{k: t.text for k, t in nodes.items()} for _, nodes, _ in engine.sequence_matches(doc)]
    assert found == [{"who": "In", "what": "Belgrave"}]
    assert read == [5]  # "in Dunmore" opens no sentence: the first one is skipped


def test_needs_read_every_word_a_sequence_must_match(nlp: Language) -> None:
    needs = sequence_needs(tuple(APPOINTED), nlp.vocab.strings)
    words = [sorted(nlp.vocab.strings[v] for v in n.values) for n in needs]
    assert words == [["appoint", "name"], ["chief", "head"], ["of"]]  # "as", "the": optional
    assert [n.attr for n in needs] == [LEMMA, LOWER, LOWER]


# Written for these tests: a bracketed acronym, a group noun after a capitalised name,
# and a seizure of power, each searched for in the sentence's text.
TEXT_READINGS = [
    "Fighters of the Varnholt Liberation Front (VLF) shelled Dunmore. The VLF denied it.",
    "The Kessel Ridge gang attacked a convoy near Belgrave on Sunday.",
    "Colonel Aldo Ferrant seized power in Gabon in a night without shots.",
]


@pytest.mark.parametrize("text", TEXT_READINGS + [t for _, t in documents(12)])
def test_group_names_read_from_a_given_sentence_text_are_those_read_from_the_span(
        nlp: Language, text: str) -> None:
    doc = nlp(normalise(text))
    for sent in doc.sents:
        ents = list(sent.ents)
        given = whole_group_names(ents, sent, sent.text)
        rebuilt = whole_group_names(ents, sent)
        assert [(e.start, e.end, e.label_) for e in given] == [
            (e.start, e.end, e.label_) for e in rebuilt]


def test_readings_that_search_the_sentence_text_still_fire(nlp: Language) -> None:
    names = {a.name for a in extract_document(nlp, TEXT_READINGS[0], "t.txt").actors}
    assert "Varnholt Liberation Front" in names  # (named once with its acronym)
    ex = extract_document(nlp, TEXT_READINGS[2], "t.txt")
    ids = {a.id: a.name for a in ex.actors}
    assert ("Aldo Ferrant", "LEADS", "Gabon") in {
        (ids[r.source], r.type.value, ids[r.target]) for r in ex.relations}


@pytest.mark.parametrize("text", TEXTS + TEXT_READINGS + [t for _, t in documents(12)])
def test_words_decoded_once_are_the_tokens_own_attributes(nlp: Language, text: str) -> None:
    doc = nlp(normalise(text))
    words = DocWords(doc)
    for sent in doc.sents:
        tokens = list(sent)
        assert words.sentence(tokens) == [
            (t, t.lower_, t.lemma_, t.pos_, t.dep_, t.tag_) for t in tokens]


def test_a_sentence_without_tokens_has_no_words(nlp: Language) -> None:
    assert DocWords(nlp("Troops left.")).sentence([]) == []


# Written for these tests: phrasal verbs whose particle makes the relation, and the
# same verbs without it.
@pytest.mark.parametrize(("text", "verb", "expected"), [
    ("The Varnholt council called for a truce.", "called", R.DEMANDS),
    ("Kessel troops pulled out of Dunmore.", "pulled", R.WITHDRAWS_FROM),
    ("The guards opened fire on the crowd.", "opened", R.TARGETS),
    ("The Varnholt council called Ferrant twice.", "called", None),
    ("Kessel troops seized Dunmore.", "seized", R.CONTROLS),
])
def test_a_verb_rule_reads_the_particle_of_a_phrasal_verb(
        nlp: Language, text: str, verb: str, expected: R | None) -> None:
    tok = next(t for t in nlp(text) if t.text == verb)
    rule = _verb_rule(tok, tok.lemma_)
    assert (rule[0] if rule else None) is expected


# Written for these tests: the body-head cue words in other cases, inside longer words,
# split by a line, and in texts that are not ASCII (where the pattern itself is run).
@pytest.mark.parametrize("text", [
    "The POLICE COMMISSIONER spoke.", "Army chief Ferrant left.", "the Ministerial council",
    "Ferrant, who led the Region until May", "Ferrant led the\nregion.", "No title here.",
    "The Kessel Polizei met.", "Dalmora's İnterior Minister spoke.", "Ferrant, GOVERNOR of Tana",
    "Ferrant, gouverneur de la région", "ARMY", "a leader", "",
    "The Attorney General, Ferrant, spoke.", "the attorney-general's office", "PROSECUTOR",
])
def test_the_body_head_cue_test_answers_as_its_pattern(text: str) -> None:
    from actorgraph.extract.bodyheads import _CUES, _has_cue

    assert _has_cue(text) is (_CUES.search(text) is not None)


def _triples(text: str, nlp: Language) -> set[tuple[str, str, str]]:
    ex = extract_document(nlp, text, "t.txt")
    ids = {a.id: a.name for a in ex.actors}
    return {(ids[r.source], r.type.value, ids[r.target]) for r in ex.relations}


# Written for these tests: the name readings that now look at the decoded words before
# their pattern, each with its name opening a second sentence (not the document's
# first token) and a title in capitals.
@pytest.mark.parametrize(("text", "expected"), [
    ("Fighting went on. Ejército del Pueblo Libre attacked the Kesh Front near Tumaco.",
     ("Ejército del Pueblo Libre", "TARGETS", "Kesh Front")),
    ("Fighting went on. Calle 22 killed police officer Juan Ortiz in Soyapango on Sunday.",
     ("Calle 22", "KILLED", "Juan Ortiz")),
])
def test_name_readings_behind_a_word_test_still_fire(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text, nlp)


# Written for these tests: a gang with no name told between "the gang" and the gang named
# before, in the plural (its lemma, not its word, is the noun's), and none told between.
_GANG_STORY = ("The Karimov gang ambushed a cash van outside Tashgar on Friday. Police later "
               "arrested four {} in Osh. The gang's leader, Rustam Sadykov, escaped.")


def test_an_unnamed_rival_in_another_inflection_still_stops_the_look_back(
        nlp: Language) -> None:
    led = ("Rustam Sadykov", "LEADS", "Karimov")
    assert led not in _triples(_GANG_STORY.format("members of rival gangs"), nlp)
    assert led in _triples(_GANG_STORY.format("men"), nlp)


def test_a_tree_pattern_that_needs_a_word_by_its_orth_still_matches(nlp: Language) -> None:
    """The matcher makes a sentence's word sets only for the columns its patterns need:
    one added later that needs another column (ORTH) has it made too."""
    from actorgraph.extract.treematch import TreeMatcher

    matcher = TreeMatcher(nlp.vocab.strings)
    matcher.add("orth", [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": ["attack"]}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "obj",
         "RIGHT_ATTRS": {"ORTH": {"IN": ["Dunmore"]}}},
    ])
    found = list(matcher(nlp("The rebels attacked Dunmore on Monday.")))
    assert [(key, [t.text for t in tokens]) for key, tokens in found] == [
        ("orth", ["attacked", "Dunmore"])]
    assert not list(matcher(nlp("The rebels attacked dunmore on Monday.")))


# Written for these tests: the rules that now test the sentence's word set before they
# walk its words, each with its word in a later sentence (one in capitals), and a
# title of each list the test reads (a job, a region's head, a role).
@pytest.mark.parametrize(("text", "expected"), [
    ("Fighting went on. Kano State Governor Abba Yusuf visited the market on Monday.",
     ("Abba Yusuf", "LEADS", "Kano State", "rules.titles")),
    ("Fighting went on. Samir Haddad, a Kessel Liberation Front negotiator, was arrested.",
     ("Samir Haddad", "MEMBER_OF", "Kessel Liberation Front", "rules.titles")),
    ("Fighting went on. The Iranian-backed Houthis fired missiles at Israel.",
     ("Iran", "BACKS", "Houthis", "rules.compound_backing")),
    ("Fighting went on. The Houthis, BACKED by Iran, fired missiles at Israel.",
     ("Iran", "BACKS", "Houthis", "rules.compound_backing")),
    ("Fighting went on. The Kessel Liberation Front, which Samir Haddad leads, denied it.",
     ("Samir Haddad", "LEADS", "Kessel Liberation Front", "leaders.which_person_leads")),
])
def test_rules_behind_a_word_set_test_still_fire(
        nlp: Language, text: str, expected: tuple[str, str, str, str]) -> None:
    ex = extract_document(nlp, text, "t.txt")
    ids = {a.id: a.name for a in ex.actors}
    assert expected in {(ids[r.source], r.type.value, ids[r.target], r.pattern)
                        for r in ex.relations}


def test_the_body_head_cues_are_plain_words() -> None:
    """The substring test reads each cue as written: a cue with pattern syntax in it
    ("attorney.general") would never be found, and its reading never run."""
    from actorgraph.extract.bodyheads import _CUE_WORDS

    assert all(cue == cue.lower() and re.escape(cue) == cue.replace(" ", "\\ ")
               for cue in _CUE_WORDS), _CUE_WORDS
