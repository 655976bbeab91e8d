"""`-` on the command line: one document read from standard input."""

from __future__ import annotations

import sys
from pathlib import PurePath
from typing import BinaryIO

from actorgraph.documents import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_CHARS,
    DocumentError,
    SourceDocument,
    decode_bytes,
    text_document,
)

STDIN = "-"
DEFAULT_NAME = "stdin.txt"


def read_stdin_document(
    name: str | None = None,
    *,
    stream: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> SourceDocument:
    """Standard input as a document named `name` (default stdin.txt); the name's
    suffix (.html, .md) says how to strip markup, as for a file."""
    doc_id = name or DEFAULT_NAME
    source = stream if stream is not None else sys.stdin.buffer
    # One byte past the limit tells "too large" apart without reading it all.
    data = source.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise DocumentError(
            f"{doc_id} (standard input): over the limit of {max_bytes:,} bytes; split the "
            "text or raise ACTORGRAPH_MAX_UPLOAD_BYTES"
        )
    raw = decode_bytes(data, name=doc_id)
    suffix = PurePath(doc_id).suffix.lower() or ".txt"
    return text_document(doc_id, raw, suffix=suffix, max_chars=max_chars)
