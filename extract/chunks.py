"""Long documents and over-long sentences, parsed in bounded pieces.

spaCy refuses texts over `nlp.max_length` (1,000,000 characters, error E088), and one
very long "sentence" (a table flattened into one line, a text without full stops)
costs the parser and the sentence rules far more than its length: a 990,000-character
sentence held the pipeline for minutes. So a text that is long, or that has a run of
more than MAX_SENTENCE_CHARS characters without a sentence end, is cut into pieces:

- at sentence ends (., ! or ? and the spaces after them) and line breaks, packed into
  pieces of at most MAX_PIECE_CHARS characters;
- a run longer than MAX_SENTENCE_CHARS is cut after a comma or semicolon where it can
  be, else at a space, else anywhere, and each part becomes a sentence of its own.

Each piece is parsed on its own and the pieces' Docs are joined back into one Doc
(`Doc.from_docs`), whose text is exactly the input text: character offsets into the
whole document stay exact. Every other text is parsed in one call, as before.

`time_budget(seconds)` bounds the parsing of the documents read inside it: past the
budget, the next piece raises ExtractionBudgetError (a long document is stopped between
pieces; a short one is one piece and always finishes).
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

MAX_PIECE_CHARS = 100_000
MAX_SENTENCE_CHARS = 3_000

_C = TypeVar("_C")
# The end of a segment: a sentence end (with closing quotes or brackets) or line
# breaks, with the whitespace after it.
_SEGMENT_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+|\n\s*")
_SOFT_BREAK = re.compile(r"[,;:]\s+")
_SPACE = re.compile(r"\s+")
_budget = threading.local()


class ExtractionBudgetError(ValueError):
    """A document took longer to parse than the time budget allows."""


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Documents parsed in this thread inside the block share `seconds` of parsing."""
    previous = getattr(_budget, "deadline", None)
    _budget.deadline = time.monotonic() + seconds
    _budget.seconds = seconds
    try:
        yield
    finally:
        _budget.deadline = previous


def pieces(text: str) -> list[str]:
    """The text cut into pieces whose concatenation is the text; [text] when it is
    short and has no over-long sentence."""
    segments = _segments(text)
    if len(text) <= MAX_PIECE_CHARS and not any(forced for _, forced in segments):
        return [text]
    out: list[str] = []
    current: list[str] = []
    size = 0
    for segment, forced in segments:
        if current and (forced or size + len(segment) > MAX_PIECE_CHARS):
            out.append("".join(current))
            current, size = [], 0
        current.append(segment)
        size += len(segment)
        if forced:  # a cut part is a sentence of its own: nothing joins it
            out.append("".join(current))
            current, size = [], 0
    if current:
        out.append("".join(current))
    return out


def _segments(text: str) -> list[tuple[str, bool]]:
    """(segment, cut) pairs: sentences and lines, and the parts of over-long ones
    (cut=True), in order."""
    out: list[tuple[str, bool]] = []
    start = 0
    for match in _SEGMENT_END.finditer(text):
        out.extend(_bounded(text[start : match.end()]))
        start = match.end()
    if start < len(text):
        out.extend(_bounded(text[start:]))
    return out


def _bounded(segment: str) -> Iterator[tuple[str, bool]]:
    if len(segment) <= MAX_SENTENCE_CHARS:
        yield segment, False
        return
    while len(segment) > MAX_SENTENCE_CHARS:
        cut = _cut(segment)
        yield segment[:cut], True
        segment = segment[cut:]
    if segment:
        yield segment, True


def _cut(segment: str) -> int:
    """Where to end the first part of an over-long segment: after a comma or semicolon
    in its second half, else after a space there, else at the limit."""
    window = segment[MAX_SENTENCE_CHARS // 2 : MAX_SENTENCE_CHARS]
    for pattern in (_SOFT_BREAK, _SPACE):
        ends = [m.end() for m in pattern.finditer(window)]
        if ends:
            return MAX_SENTENCE_CHARS // 2 + ends[-1]
    return MAX_SENTENCE_CHARS


def parse(nlp: Language, text: str) -> Doc:
    """`nlp(text)`, in pieces when the text needs it (see the module)."""
    parts = pieces(text)
    if len(parts) == 1 and getattr(_budget, "deadline", None) is None:
        return nlp(text)
    docs: list[Doc] = []
    for part in parts:
        if docs:
            _check_budget()  # between pieces: a one-piece text always finishes
        docs.append(nlp(part))
    return _joined(docs, text)


def pipe(
    nlp: Language,
    items: Iterable[tuple[str, _C]],
    *,
    batch_size: int,
    n_process: int = 1,
) -> Iterator[tuple[Doc, _C]]:
    """`nlp.pipe(items, as_tuples=True)`, with long texts parsed in pieces."""

    def split() -> Iterator[tuple[str, tuple[int, int, _C]]]:
        for text, context in items:
            parts = pieces(text)
            for index, part in enumerate(parts):
                yield part, (index, len(parts), context)

    collected: list[Doc] = []
    for doc, (index, count, context) in nlp.pipe(
        split(), as_tuples=True, batch_size=batch_size, n_process=n_process
    ):
        collected.append(doc)
        if index == count - 1:
            # (a text of one piece is its Doc: `Doc.text` would rejoin every token)
            text = "".join(d.text for d in collected) if count > 1 else ""
            yield _joined(collected, text), context
            collected = []


def _joined(docs: list[Doc], text: str) -> Doc:
    if len(docs) == 1:
        return docs[0]
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    if doc.text != text:  # offsets would point elsewhere: never hand that on
        raise RuntimeError("joining the parsed pieces changed the text")
    return doc


def _check_budget() -> None:
    deadline = getattr(_budget, "deadline", None)
    if deadline is not None and time.monotonic() > deadline:
        raise ExtractionBudgetError(
            f"the document took longer than the {_budget.seconds:g} s extraction budget; "
            "split it into smaller documents"
        )
