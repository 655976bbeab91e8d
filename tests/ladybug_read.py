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


def actor_columns(folder: Path) -> set[object]:
    """The columns of the Actor table of the database in `folder`."""
    return {row[0] for row in query_rows(folder, "CALL table_info('Actor') RETURN name")}


def drop_actor_column(folder: Path, column: str) -> None:
    """Take the database in `folder` back to a layout without the actors' `column`, as
    an earlier version made it."""
    db = ladybug.Database(str(folder / DATABASE_FILE))
    conn = ladybug.Connection(db)
    conn.execute(f"ALTER TABLE Actor DROP {column}")
    conn.close()
    db.close()
