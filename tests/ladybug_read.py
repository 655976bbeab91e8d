"""Read a Ladybug database folder directly, read-only, to check what a store wrote."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import ladybug

from actorgraph.graph.ladybug_store import DATABASE_FILE


def query_rows(folder: Path, query: str) -> list[list[Any]]:
    """Every row of `query` on the database in `folder`, opened read-only and closed."""
    db = ladybug.Database(str(folder / DATABASE_FILE), read_only=True)
    try:
        conn = ladybug.Connection(db)
        result = conn.execute(query)
        assert not isinstance(result, list)
        rows = result.get_all()
        conn.close()
        return rows
    finally:
        db.close()
