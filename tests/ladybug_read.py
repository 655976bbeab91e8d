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


def record_queries(monkeypatch: Any) -> list[str]:
    """The text of every query a store's connections run from now on, in order,
    transactions' starts and ends included: those of the binding's `execute` and those
    a read runs on the engine's connection (ladybug_rows._query_rows, _statement),
    each once."""
    from actorgraph.graph import ladybug_rows

    queries: list[str] = []
    inside = False

    def recording(call: Any) -> Any:
        def recorded(conn: Any, query: Any, *args: Any, **kwargs: Any) -> Any:
            nonlocal inside
            if inside:
                return call(conn, query, *args, **kwargs)
            queries.append(str(query))
            inside = True
            try:
                return call(conn, query, *args, **kwargs)
            finally:
                inside = False

        return recorded

    monkeypatch.setattr(ladybug.Connection, "execute", recording(ladybug.Connection.execute))
    for name in ("_query_rows", "_statement"):
        monkeypatch.setattr(ladybug_rows, name, recording(getattr(ladybug_rows, name)))
    return queries
