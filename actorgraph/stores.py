"""Opening the configured store: LadybugDB (the embedded default, with Cypher), the
SQLite store of earlier versions, or a Neo4j server over Bolt.

ACTORGRAPH_STORE names one of them:
- `ladybug` (the default) and `embedded`, its alias: "the embedded store in the data
  folder", which is Ladybug since SQLite stopped being the default. A data folder that
  holds only a SQLite store from an earlier version is upgraded once on open.
- `sqlite` (the SQLite file in the data folder) or `sqlite:PATH` (any SQLite file).
- a Bolt URL (bolt://, neo4j:// and their +s/+ssc forms): a Neo4j server.
"""

from __future__ import annotations

import fcntl
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path

from actorgraph.graph.store import GraphStore, StoreUnavailableError
from actorgraph.settings import Settings

BOLT_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")
SQLITE_PREFIX = "sqlite:"
# The names that mean the embedded default (Ladybug in the data folder).
LADYBUG_NAMES = ("ladybug", "embedded")
# In the data folder: held by the process that upgrades an earlier version's store.
UPGRADE_LOCK = ".ladybug-upgrade.lock"
KNOWN_STORES = (
    "'ladybug' (the default; 'embedded' is the same), 'sqlite', 'sqlite:PATH' or a "
    "bolt:// / neo4j:// URL"
)

logger = logging.getLogger(__name__)

# notice(text): told once when an earlier version's store is upgraded.
Notice = Callable[[str], None]


class StoreKind(Enum):
    LADYBUG = "ladybug"
    SQLITE = "sqlite"  # the SQLite file in the data folder
    SQLITE_FILE = "sqlite:PATH"  # a SQLite file named by its path
    NEO4J = "neo4j"


def store_kind(name: str) -> StoreKind:
    """Which store an ACTORGRAPH_STORE value names (StoreUnavailableError when none)."""
    if name in LADYBUG_NAMES:
        return StoreKind.LADYBUG
    if name == "sqlite":
        return StoreKind.SQLITE
    if name.startswith(SQLITE_PREFIX):
        return StoreKind.SQLITE_FILE
    if name.startswith(BOLT_SCHEMES):
        return StoreKind.NEO4J
    raise StoreUnavailableError(f"unknown store {name!r}: use {KNOWN_STORES}")


def canonical_store(name: str) -> str:
    """One spelling per store, for telling two names of the same store apart."""
    return "ladybug" if name in LADYBUG_NAMES else name


def where(settings: Settings) -> str:
    """Where the configured store keeps its data, for messages."""
    kind = store_kind(settings.store)
    if kind is StoreKind.LADYBUG:
        return str(settings.ladybug_path)
    if kind is StoreKind.SQLITE:
        return str(settings.embedded_path)
    return settings.store.removeprefix(SQLITE_PREFIX)


def open_store(
    settings: Settings,
    *,
    read_only: bool = False,
    notice: Notice | None = None,
    serving: bool = False,
) -> GraphStore:
    """The store named by `settings.store` (see the module's text). `read_only` asks
    for a reader's open where the store has one (Ladybug: works while another process
    writes). `notice` is told, once, when a SQLite store of an earlier version is
    upgraded to Ladybug (default: a warning in the log). `serving` is the API server's
    open: a Ladybug writer then keeps the process's memory within its budget by
    checkpoints (ladybug_store.LARGE_GRAPH_MEMORY_BYTES), where an ingest keeps its
    pace (each checkpoint takes seconds on a large graph)."""
    kind = store_kind(settings.store)
    if kind is StoreKind.LADYBUG:
        return _open_ladybug(settings, read_only, notice or logger.warning, serving)
    if kind is StoreKind.NEO4J:
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
    from actorgraph.graph.embedded import EmbeddedStore

    if kind is StoreKind.SQLITE:
        return EmbeddedStore(settings.embedded_path)
    path = Path(settings.store.removeprefix(SQLITE_PREFIX))
    if not path.is_file():
        raise StoreUnavailableError(f"no SQLite store at {path}")
    return EmbeddedStore(path)


def ladybug_not_made(settings: Settings) -> bool:
    """The configured store is Ladybug and its database does not exist yet (a bulk
    load, or an upgrade, can fill it)."""
    from actorgraph.graph.ladybug_store import DATABASE_FILE

    return store_kind(settings.store) is StoreKind.LADYBUG and not (
        settings.ladybug_path / DATABASE_FILE
    ).exists()


def sqlite_file(settings: Settings) -> Path | None:
    """The SQLite file the configured store reads (None for Ladybug and Neo4j)."""
    kind = store_kind(settings.store)
    if kind is StoreKind.SQLITE:
        return settings.embedded_path
    if kind is StoreKind.SQLITE_FILE:
        return Path(settings.store.removeprefix(SQLITE_PREFIX))
    return None


def _open_ladybug(
    settings: Settings, read_only: bool, notice: Notice, serving: bool = False
) -> GraphStore:
    from actorgraph.graph.ladybug_store import (
        DATABASE_FILE,
        LARGE_GRAPH_MEMORY_BYTES,
        LadybugStore,
    )

    folder = settings.ladybug_path
    if not (folder / DATABASE_FILE).exists() and settings.embedded_path.is_file():
        with _upgrade_lock(settings, notice):
            # Another process may have made it while this one waited for the lock.
            if not (folder / DATABASE_FILE).exists():
                _upgrade(settings, notice)
    fresh = not (folder / DATABASE_FILE).exists()
    # A reader of a graph not made yet gets an empty one rather than an error.
    return LadybugStore(
        folder,
        read_only=read_only and not fresh,
        memory_bytes=LARGE_GRAPH_MEMORY_BYTES if serving else None,
    )


@contextmanager
def _upgrade_lock(settings: Settings, notice: Notice) -> Iterator[None]:
    """Hold the data folder's upgrade lock: one process upgrades, another that opens
    the folder meanwhile waits for it (and then finds the Ladybug store made). The
    kernel lets go of the lock when its holder ends, even by kill -9."""
    path = settings.data_dir / UPGRADE_LOCK
    with path.open("a") as handle:  # the file stays: removing it would race a waiter
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            notice(
                f"another process is upgrading the SQLite store in {settings.data_dir} to "
                f"the Ladybug store (it holds {path}); waiting for it to finish, then "
                "opening what it made"
            )
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _upgrade(settings: Settings, notice: Notice) -> None:
    """Copy the earlier version's SQLite store into the new Ladybug folder, once."""
    from actorgraph.graph.migrate import upgrade_sqlite_store
    from actorgraph.store_file import store_file_problem

    sqlite = settings.embedded_path
    problem = store_file_problem(sqlite)
    if problem is not None:
        # A damaged file would be copied as an empty or partial graph: stop instead.
        raise StoreUnavailableError(
            f"{problem}. It was not upgraded to the Ladybug store; to go on with an "
            "empty graph, move it out of the data folder"
        )
    notice(
        f"upgrading the SQLite store {sqlite} (made by an earlier version) to the Ladybug "
        f"store in {settings.ladybug_path}, once; the SQLite file is kept as it is "
        f"(ACTORGRAPH_STORE=sqlite still opens it)"
    )
    counts = upgrade_sqlite_store(sqlite, settings.ladybug_path)
    notice(
        f"upgraded: {counts.documents} documents, {counts.actors} actors, {counts.edges} "
        f"edges, {counts.statements} statements copied, and the two graphs compared equal"
    )
