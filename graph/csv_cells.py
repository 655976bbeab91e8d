"""CSV writing shared by the exports: UTF-8, RFC 4180 quoting, formula-safe cells."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from typing import IO

Cell = str | int | float | bool | None

# A cell starting with one of these is run as a formula by spreadsheet programs
# (OWASP "CSV injection"); names and sentences come from untrusted documents.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Cell) -> Cell:
    """`value`, with a leading apostrophe when a spreadsheet would run it as a formula."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(out: IO[bytes], columns: Sequence[str], rows: Iterable[Mapping[str, Cell]]) -> None:
    """A header and one line per row; `None` is written as an empty cell."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    try:
        writer = csv.DictWriter(text, fieldnames=list(columns), lineterminator="\r\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: csv_safe(v) for k, v in row.items()})
        text.flush()
    finally:
        text.detach()  # leave `out` open: it belongs to the caller
