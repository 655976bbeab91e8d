"""The SQLite file behind the embedded store: schema, opening and validating it.

The file is the store's source of truth; the in-memory networkx graph is rebuilt from
it at start. One write transaction per document keeps each document old or new after
a crash, never half-written.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from actorgraph.graph.store import StoreUnavailableError

# Marks a file as ours (PRAGMA application_id), so we never write into somebody else's
# SQLite database that happens to sit at the configured path. "AGRP" in ASCII.
APPLICATION_ID = 0x41475250
SCHEMA_VERSION = 1

_SQLITE_HEADER = b"SQLite format 3\x00"

# `mentions` records every name under which a document mentions an actor. It is both
# the alias table and the document->actor table, with per-document provenance, so
# deleting a document also takes back the aliases only it contributed.
# Only `statements.document_id` gets a secondary index: every other lookup is served by
# the in-memory graph, and unused indexes would slow down bulk ingest.
SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id          TEXT PRIMARY KEY,
    sha256      TEXT NOT NULL,
    date        TEXT,
    words       INTEGER NOT NULL,
    ingested_at TEXT NOT NULL,
    meta        TEXT
);
CREATE TABLE IF NOT EXISTS actors (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    type       TEXT NOT NULL,
    cameo_code TEXT
);
CREATE TABLE IF NOT EXISTS mentions (
    document_id TEXT NOT NULL,
    actor_id    TEXT NOT NULL,
    alias       TEXT NOT NULL,
    key         TEXT NOT NULL,
    PRIMARY KEY (document_id, actor_id, alias)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS statements (
    id              INTEGER PRIMARY KEY,
    document_id     TEXT NOT NULL,
    source_id       TEXT NOT NULL,
    target_id       TEXT NOT NULL,
    type            TEXT NOT NULL,
    negated         INTEGER NOT NULL,
    date            TEXT,
    confidence      REAL NOT NULL,
    cameo           TEXT,
    state           TEXT,
    source_actor_id TEXT,
    text            TEXT NOT NULL,
    start_offset    INTEGER NOT NULL,
    end_offset      INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS statements_document ON statements (document_id);
"""

INSERT_DOCUMENT = (
    "INSERT OR REPLACE INTO documents (id, sha256, date, words, ingested_at, meta) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
INSERT_ACTOR = "INSERT INTO actors (id, name, type) VALUES (?, ?, ?)"
INSERT_MENTION = "INSERT INTO mentions (document_id, actor_id, alias, key) VALUES (?, ?, ?, ?)"
INSERT_STATEMENT = (
    "INSERT INTO statements (id, document_id, source_id, target_id, type, negated, date, "
    "confidence, cameo, state, source_actor_id, text, start_offset, end_offset) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
DELETE_DOCUMENT = "DELETE FROM documents WHERE id = ?"
DELETE_DOCUMENT_MENTIONS = "DELETE FROM mentions WHERE document_id = ?"
DELETE_DOCUMENT_STATEMENTS = "DELETE FROM statements WHERE document_id = ?"
DELETE_ACTOR = "DELETE FROM actors WHERE id = ?"

SELECT_DOCUMENTS = "SELECT id, sha256, date, words, ingested_at, meta FROM documents"
SELECT_ACTORS = "SELECT id, name, type, cameo_code FROM actors"
# An actor keeps the first CAMEO code a document gives it.
SET_ACTOR_CODE = "UPDATE actors SET cameo_code = ? WHERE id = ? AND cameo_code IS NULL"
SELECT_MENTIONS = "SELECT document_id, actor_id, alias, key FROM mentions"
# The row's tail, from document_id on, is exactly the in-memory statement tuple
# (embedded._Row), so a million rows load with one slice each.
SELECT_STATEMENTS = (
    "SELECT id, source_id, target_id, type, negated, document_id, text, start_offset, "
    "end_offset, date, state, source_actor_id, confidence, cameo FROM statements"
)
SELECT_DOCUMENT_STATEMENTS = (
    "SELECT id, source_id, target_id, type, negated FROM statements WHERE document_id = ?"
)
SELECT_DOCUMENT_MENTIONS = "SELECT actor_id, alias, key FROM mentions WHERE document_id = ?"


def open_database(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) the store file at `path`, or raise StoreUnavailableError.

    A file that is not SQLite, or a SQLite database of another application, is refused
    before anything is written to it.
    """
    _refuse_foreign_file(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Autocommit mode (isolation_level=None): transactions are opened explicitly
        # with BEGIN IMMEDIATE, one per document. The store serialises access with its
        # own lock, which is what makes check_same_thread=False safe.
        conn = sqlite3.connect(
            str(path), isolation_level=None, check_same_thread=False, timeout=30.0
        )
    except (OSError, sqlite3.Error) as exc:
        raise StoreUnavailableError(f"cannot open the graph store {path}: {exc}") from exc
    try:
        _check_ownership(conn, path)
        # WAL + synchronous=NORMAL: a committed transaction survives a killed process;
        # only a power cut may roll back the last commits, and the file stays consistent.
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.executescript(
            f"BEGIN IMMEDIATE;{SCHEMA}{_missing_columns(conn)}"
            f"PRAGMA application_id={APPLICATION_ID};"
            f"PRAGMA user_version={SCHEMA_VERSION};COMMIT;"
        )
    except sqlite3.Error as exc:
        conn.close()
        raise StoreUnavailableError(
            f"{path} is not a usable actorgraph store ({exc}); "
            "point the store at another file or restore this one from a backup"
        ) from exc
    except StoreUnavailableError:
        conn.close()
        raise
    return conn


def _missing_columns(conn: sqlite3.Connection) -> str:
    """ALTER statements for columns added since a file was written (a store written
    before actors had a CAMEO code, or documents their source metadata, gains the
    column, empty, in the same transaction)."""
    alter = ""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(actors)")}
    if columns and "cameo_code" not in columns:
        alter += "ALTER TABLE actors ADD COLUMN cameo_code TEXT;"
    columns = {row[1] for row in conn.execute("PRAGMA table_info(documents)")}
    if columns and "meta" not in columns:
        alter += "ALTER TABLE documents ADD COLUMN meta TEXT;"
    return alter


def _refuse_foreign_file(path: Path) -> None:
    """Check the 16-byte SQLite header so a non-database file is never touched."""
    if path.is_dir():
        raise StoreUnavailableError(f"the graph store path {path} is a directory, not a file")
    if not path.exists():
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise StoreUnavailableError(f"cannot read the graph store {path}: {exc}") from exc
    if header and header != _SQLITE_HEADER:
        raise StoreUnavailableError(
            f"{path} exists but is not a SQLite database; actorgraph will not overwrite it. "
            "Move it away or configure another data directory."
        )


def _check_ownership(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a SQLite database that belongs to another application or a newer version."""
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    tables = int(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
    if app_id == 0 and tables == 0:
        return  # a new, empty database: ours to initialise
    if app_id != APPLICATION_ID:
        raise StoreUnavailableError(
            f"{path} is a SQLite database of another application, not an actorgraph store; "
            "actorgraph will not modify it. Configure another data directory."
        )
    if version > SCHEMA_VERSION:
        raise StoreUnavailableError(
            f"{path} was written by a newer actorgraph (schema {version}, this version "
            f"reads {SCHEMA_VERSION}); upgrade actorgraph to open it."
        )
