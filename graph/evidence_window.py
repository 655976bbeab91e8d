"""Which of an edge's statements a page of its evidence needs, from their ids alone.

An edge's statements are ordered by document first (then offsets: see
graph/statement_rows.py), and a graph store names a statement `DOCUMENT#SEQ`. So the
statements a window of that order needs all lie in the few documents the window
overlaps, which the ids tell without reading a statement: a page of a hub edge's
evidence reads a handful of statements, not thousands.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

__all__ = [
    "HEAD_STATEMENTS",
    "Window",
    "document_of",
    "head",
    "head_covers",
    "named_statement",
    "window",
]

# Statements an edge's head holds at least (whole documents): a connections page's
# evidence (3 sentences per edge by default) reads the head alone, not a hub edge's
# thousands of ids.
HEAD_STATEMENTS = 10


def document_of(statement_id: str) -> str:
    """The document part of a statement id (`DOCUMENT#SEQ`; a document id may itself
    hold `#`). An id of another form is its own document: the window then reads it,
    and the caller's check (`Window.documents`) sends the edge back to a full read."""
    cut = statement_id.rfind("#")
    return statement_id[:cut] if cut >= 0 else statement_id


def named_statement(statement_id: str) -> tuple[str, int] | None:
    """The document and number of a statement id of the form `DOCUMENT#SEQ` (the form
    the writers give every statement); None for an id of another form."""
    cut = statement_id.rfind("#")
    number = statement_id[cut + 1 :]
    if cut < 0 or not number.isdigit():
        return None
    return statement_id[:cut], int(number)


class Window(NamedTuple):
    """The ids to read for a window, and how many statements of the edge come before
    the first of them in the edge's order (what to skip of the read rows, once sorted)."""

    ids: list[str]
    before: int
    documents: frozenset[str]  # the documents the read rows must belong to


def head(statement_ids: Sequence[str], at_least: int = HEAD_STATEMENTS) -> list[str]:
    """The ids of the edge's first documents (in the order `window` reads them), whole,
    until they hold `at_least` statements or the edge has no more."""
    return window(statement_ids, 0, at_least).ids


def head_covers(head_ids: Sequence[str], count: int, end: int) -> bool:
    """Whether the head of an edge of `count` statements holds every statement the
    window [0, end) reads: it is whole documents from the first, so it does when it
    reaches `end` or is the whole edge."""
    return len(head_ids) >= min(end, count)


def window(statement_ids: Sequence[str], offset: int, limit: int) -> Window:
    """The statements of the documents that the window [offset, offset + limit) of the
    edge's order overlaps. A hub's page windows thousands of ids: one pass, no calls."""
    documents = [i[: i.rfind("#")] if "#" in i else i for i in statement_ids]
    per_document = Counter(documents)
    start, end = max(offset, 0), max(offset, 0) + max(limit, 0)
    wanted: set[str] = set()
    before = seen = 0
    for document in sorted(per_document):
        if seen >= end:
            break
        n = per_document[document]
        if seen + n <= start:
            before = seen + n
        else:
            wanted.add(document)
        seen += n
    ids = [i for i, d in zip(statement_ids, documents, strict=True) if d in wanted]
    return Window(ids, before, frozenset(wanted))
