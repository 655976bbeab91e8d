"""What a connections page shows of an edge's first statements, kept with the edge.

A connections page lists each edge with its first few statements (the API's default
`evidence_limit` is 3). Read from the Statement table, that is a lookup by key per
statement, most of them in pages the database's buffer pool does not hold: at 1M
statements the largest part of a page's reads. So the Ladybug store keeps, on each
edge's Evidence node, the statement rows of the window a page of PAGE_STATEMENTS
needs (graph/evidence_window.py: the statements of the documents holding the edge's
first PAGE_STATEMENTS, whole), encoded as one JSON text (`page`), set by the write that
changes the edge's statements. A page asking for at most PAGE_STATEMENTS reads its
evidence from there, the same rows the Statement table gives; any other read (more
statements, a later window) reads the Statement table as before.

This module only encodes and decodes; graph/ladybug_rows.py reads and writes it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

from actorgraph.graph.evidence_window import named_statement, window

__all__ = ["FIELDS", "NO_PAGE", "PAGE_STATEMENTS", "decode", "encode", "page_ids"]

# The statements whose window an Evidence node keeps (the API's default evidence_limit).
PAGE_STATEMENTS: Final = 3

# The columns kept of each statement, in this order: those STATEMENTS_BY_ID_LEAN reads
# (its id gives its document and number, the edge its ends, type and negation).
FIELDS: Final = (
    "id",
    "text",
    "start_offset",
    "end_offset",
    "date",
    "state",
    "source_actor",
    "confidence",
    "cameo",
)

# An edge whose statements are not all named `DOCUMENT#SEQ`: nothing kept, its page
# reads the Statement table (NULL in the database is a page not filled yet).
NO_PAGE: Final = ""


def page_ids(head: Sequence[str] | None) -> list[str] | None:
    """The ids of the statements an Evidence node keeps, from its head (the head
    holds whole documents from the first, more than PAGE_STATEMENTS): None when an
    id is not of the form `DOCUMENT#SEQ` (the reads then take the Statement table)."""
    if head is None or any(named_statement(i) is None for i in head):
        return None
    return window(head, 0, PAGE_STATEMENTS).ids


def encode(ids: Sequence[str] | None, rows: Mapping[str, Mapping[str, Any]]) -> str:
    """The `page` of an edge: the rows (by statement id, as STATEMENTS_BY_ID_LEAN
    reads them) of `ids`, in that order; NO_PAGE when `ids` is None or a row is
    missing."""
    if ids is None or any(i not in rows for i in ids):
        return NO_PAGE
    return json.dumps(
        [[rows[i][f] for f in FIELDS] for i in ids], ensure_ascii=False, separators=(",", ":")
    )


def decode(page: str | None, wanted: Iterable[str]) -> list[dict[str, Any]] | None:
    """The rows of the statements `wanted` from an edge's `page`, in the page's order;
    None when there is no page or it lacks one of them (the caller reads them)."""
    if not page:
        return None
    rows = {row[0]: dict(zip(FIELDS, row, strict=True)) for row in json.loads(page)}
    found = []
    for statement_id in wanted:
        row = rows.get(statement_id)
        if row is None:
            return None
        found.append(row)
    return found
