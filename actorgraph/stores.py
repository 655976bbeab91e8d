"""Opening the configured store: the embedded default (SQLite), LadybugDB (embedded,
with Cypher), or a Neo4j server over Bolt."""

from __future__ import annotations

from pathlib import Path

from actorgraph.graph.store import GraphStore, StoreUnavailableError
from actorgraph.settings import Settings

BOLT_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")
SQLITE_PREFIX = "sqlite:"


def open_store(settings: Settings, *, read_only: bool = False) -> GraphStore:
    """The store named by `settings.store`: "embedded" (the SQLite store in the data
    folder; "sqlite" is the same), "sqlite:PATH", "ladybug" (LadybugDB in the data
    folder), or a Bolt URL. `read_only` asks for a reader's open where the store has
    one (Ladybug: works while another process writes).

    A Ladybug folder not made yet, beside a SQLite store in the same data folder, is
    filled from it on first open (copied and compared; the SQLite file stays)."""
    if settings.store == "ladybug":
        return _open_ladybug(settings, read_only)
    if settings.store in ("embedded", "sqlite"):
        from actorgraph.graph.embedded import EmbeddedStore

        return EmbeddedStore(settings.embedded_path)
    if settings.store.startswith(SQLITE_PREFIX):
        from actorgraph.graph.embedded import EmbeddedStore

        path = Path(settings.store.removeprefix(SQLITE_PREFIX))
        if not path.is_file():
            raise StoreUnavailableError(f"no SQLite store at {path}")
        return EmbeddedStore(path)
    if settings.store.startswith(BOLT_SCHEMES):
        try:
            from actorgraph.graph.neo4j_store import Neo4jStore
        except ImportError as exc:  # pragma: no cover - present in every install
            raise StoreUnavailableError(f"the Neo4j store is not available: {exc}") from exc
        return Neo4jStore.connect(
            settings.store,
            user=settings.neo4j_user,
            password=settings.neo4j_password.get_secret_value(),
            database=settings.neo4j_database,
        )
    raise StoreUnavailableError(
        f"unknown store {settings.store!r}: use 'embedded', 'ladybug', 'sqlite:PATH' or a "
        "bolt:// / neo4j:// URL"
    )


def _open_ladybug(settings: Settings, read_only: bool) -> GraphStore:
    from actorgraph.graph.ladybug_store import DATABASE_FILE, LadybugStore

    folder = settings.ladybug_path
    fresh = not (folder / DATABASE_FILE).exists()
    if fresh and settings.embedded_path.is_file():
        from actorgraph.graph.migrate import upgrade_sqlite_store

        upgrade_sqlite_store(settings.embedded_path, folder)
        fresh = False
    # A reader of a graph not made yet gets an empty one rather than an error.
    return LadybugStore(folder, read_only=read_only and not fresh)
