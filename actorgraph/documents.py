"""Reading input files into plain text: decoding, format stripping, clear refusals.

The extractor's offsets index the text this module returns (for .html and .md that
is the stripped text, which is also what the store keeps as evidence).
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from actorgraph.sources import SourceMeta

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm"})
# JSON Lines: many documents in one file, one object per line (see sources.py).
BULK_SUFFIXES = frozenset({".jsonl"})
DEFAULT_MAX_BYTES = 10_000_000
# Longer texts are refused by name: past it, even parsing in pieces takes minutes and
# gigabytes. (ACTORGRAPH_MAX_DOCUMENT_CHARS)
DEFAULT_MAX_CHARS = 2_000_000


class DocumentError(ValueError):
    """A file or text that cannot be read as a document; the message says why."""


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """A document to ingest. `sha256` covers the text and, when there is any, the
    source metadata, so changed metadata re-ingests the document."""

    id: str
    text: str
    sha256: str
    meta: SourceMeta | None = None

    @property
    def words(self) -> int:
        return len(self.text.split())


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def decode_bytes(data: bytes, *, name: str) -> str:
    """Decode UTF-8 (with or without BOM) or UTF-16 with BOM; refuse binary data."""
    if data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
        if b"\x00" in data[:8192]:
            raise DocumentError(f"{name}: looks like a binary file (NUL bytes), not text")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DocumentError(
            f"{name}: not valid {encoding} text (byte {exc.start}); convert it to UTF-8"
        ) from exc
    if _control_ratio(text) > 0.05:
        raise DocumentError(f"{name}: looks like a binary file (control characters), not text")
    return text


# Control characters other than line breaks, tabs and form feeds (counted in C: a
# loop over the characters in Python cost more than hashing the file).
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


def _control_ratio(text: str) -> float:
    sample = text[:8192]
    if not sample:
        return 0.0
    return len(_CONTROL.findall(sample)) / len(sample)


class _TextCollector(HTMLParser):
    """Collects visible text of an HTML page; drops scripts, styles and markup."""

    _SKIP = frozenset({"script", "style", "noscript", "template", "head"})
    _BLOCK = frozenset(
        {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    text = "".join(collector.parts)
    text = re.sub(r"[ \t]+", " ", text)
    return re.sub(r"\n\s*\n(\s*\n)*", "\n\n", text).strip()


_MD_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"```.*?```", re.S), ""),  # code blocks are not prose
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images -> alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links -> link text
    (re.compile(r"^\s{0,3}#{1,6}\s*", re.M), ""),  # headings
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),  # block quotes
    (re.compile(r"^\s*[-*+]\s+", re.M), ""),  # bullets
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"\1"),  # italics
    (re.compile(r"`([^`]*)`"), r"\1"),  # inline code
)


def markdown_to_text(markdown: str) -> str:
    text = markdown
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    return text.strip()


def prepare_text(
    raw: str, *, suffix: str, name: str, max_chars: int = DEFAULT_MAX_CHARS
) -> str:
    """Strip markup by file type and refuse documents with no text or too much."""
    if suffix in {".html", ".htm"}:
        text = html_to_text(raw)
    elif suffix in {".md", ".markdown"}:
        text = markdown_to_text(raw)
    else:
        text = raw
    if not text.strip():
        raise DocumentError(f"{name}: the document is empty (no text to read)")
    if len(text) > max_chars:
        raise DocumentError(
            f"{name}: {len(text):,} characters is over the limit of {max_chars:,}; split "
            "the document or raise ACTORGRAPH_MAX_DOCUMENT_CHARS"
        )
    return text


def load_file(
    path: Path,
    *,
    doc_id: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> SourceDocument:
    """Read one file as a document; raises DocumentError with the reason."""
    name = doc_id or path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read ({exc.strerror})") from exc
    if size > max_bytes:
        raise DocumentError(
            f"{path}: {size:,} bytes is over the limit of {max_bytes:,} bytes; "
            "split the file or raise ACTORGRAPH_MAX_UPLOAD_BYTES"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read ({exc.strerror})") from exc
    # Imported here: sources.py builds on this module.
    from actorgraph.sources import read_meta, source_document

    suffix = path.suffix.lower()
    body, meta = read_meta(decode_bytes(data, name=name), suffix=suffix, path=path, name=name)
    text = prepare_text(body, suffix=suffix, name=name, max_chars=max_chars)
    return source_document(name, text, meta)


def text_document(
    doc_id: str, raw: str, *, suffix: str = ".txt", max_chars: int = DEFAULT_MAX_CHARS
) -> SourceDocument:
    """A document given as a string (API uploads); same checks as files."""
    text = prepare_text(raw, suffix=suffix, name=doc_id, max_chars=max_chars)
    return SourceDocument(id=doc_id, text=text, sha256=sha256_text(text))


def find_files(paths: Iterable[Path]) -> Iterator[tuple[Path, str]]:
    """Yield (file, document id) for files and folders, folders walked in sorted order.

    A file given directly is named by its file name; a file found in a folder by its
    path relative to that folder, so two folders' "report.txt" stay two documents.
    """
    for path in paths:
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                suffix = file.suffix.lower()
                if suffix in TEXT_SUFFIXES | BULK_SUFFIXES and not file.name.startswith("."):
                    yield file, file.relative_to(path).as_posix()
        elif path.exists():
            yield path, path.name
        else:
            raise DocumentError(f"{path}: no such file or folder")
