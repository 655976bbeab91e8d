"""A look at the embedded store's file before it is opened.

SQLite takes a zero-byte file for a new, empty database and writes a fresh schema into
it, so a store file truncated to nothing (a full disk, a bad copy) would come back as
an empty graph without a word. `store_file_problem` says what is wrong with the file,
so that the API and the CLI can warn instead of silently serving nothing.
"""

from __future__ import annotations

from pathlib import Path

_HEADER = b"SQLite format 3\x00"
_HEADER_BYTES = 100


def store_file_problem(path: Path) -> str | None:
    """Why the store file at `path` does not look like an intact SQLite database
    (None when it is one, or when there is no file yet: a new store)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            header = stream.read(_HEADER_BYTES)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"{path}: cannot be read ({exc.strerror})"
    if size == 0:
        return (
            f"{path} is empty (0 bytes): it was truncated or never written; it is opened as "
            "an empty store. Restore it from a backup, or delete it to start a new store"
        )
    if len(header) < _HEADER_BYTES or not header.startswith(_HEADER):
        return f"{path} ({size:,} bytes) is not a SQLite database; it may be truncated or damaged"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65_536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count in the header is valid when its "version valid for" number
    # matches the change counter (SQLite 3.7+ writes both).
    valid = header[24:28] == header[92:96]
    if valid and pages and size < pages * page_size:
        return (
            f"{path} is truncated: {size:,} bytes of the {pages * page_size:,} its header "
            "promises; restore it from a backup"
        )
    return None
