"""Where a document comes from: title, link, publication date, publisher, reliability.

The metadata reaches us from several places (the API body, YAML-style front matter,
HTML `<meta>` tags, a sidecar `NAME.meta.json`, a JSON Lines record); all of them go
through `parse_meta`, so a bad value gets the same error, naming the field, wherever
it was written.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from actorgraph.documents import (
    DEFAULT_MAX_CHARS,
    DocumentError,
    SourceDocument,
    prepare_text,
    sha256_text,
)

# The Admiralty (NATO STANAG 2511) source reliability scale: how far the source has
# proved right before, independent of how credible this one report is.
RELIABILITY_GRADES: dict[str, str] = {
    "A": "Completely reliable",
    "B": "Usually reliable",
    "C": "Fairly reliable",
    "D": "Not usually reliable",
    "E": "Unreliable",
    "F": "Reliability cannot be judged",
}

META_FIELDS = ("title", "url", "published", "publisher", "reliability")
# Longer titles or publisher names are not metadata but pasted text.
MAX_FIELD_CHARS = 2000

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?$")
_DATETIME_TAIL = re.compile(
    r"^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$"
)


class MetadataError(DocumentError):
    """A metadata value that cannot be used; `field` names it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True, slots=True)
class SourceMeta:
    """A document's source metadata; every field is optional."""

    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO 8601 date: YYYY-MM-DD (or YYYY-MM, YYYY)
    publisher: str | None = None
    reliability: str | None = None  # a letter of RELIABILITY_GRADES

    @property
    def empty(self) -> bool:
        return not any(asdict(self).values())

    def to_dict(self) -> dict[str, str]:
        """The fields that are set (what files and the store record)."""
        return {key: value for key, value in asdict(self).items() if value}

    def merged(self, other: SourceMeta) -> SourceMeta:
        """This metadata with `other`'s fields laid over it where `other` has them."""
        return SourceMeta(**{**self.to_dict(), **other.to_dict()})

    def canonical(self) -> str:
        """A stable text of the metadata (part of the document's content hash)."""
        return json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False)


def parse_meta(values: Mapping[str, Any], *, name: str, strict: bool = True) -> SourceMeta:
    """Check and normalise metadata given as a mapping; raise MetadataError naming the
    field. `strict` refuses unknown keys (JSON inputs, where a key is meant for us);
    front matter and HTML pages carry other keys of their own, which are ignored."""
    fields: dict[str, str | None] = {}
    for key, value in values.items():
        field = "published" if key == "date" else key
        if field not in META_FIELDS:
            if strict:
                allowed = ", ".join(META_FIELDS)
                raise MetadataError(key, f"{name}: unknown metadata field {key!r} ({allowed})")
            continue
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            if field == "published" and isinstance(value, date):
                value = value.isoformat()[:10]
            else:
                raise MetadataError(field, f"{name}: {field} must be a string, not {value!r}")
        fields[field] = _check(field, value.strip(), name)
    return SourceMeta(**fields)


def _check(field: str, value: str, name: str) -> str | None:
    if not value:
        return None
    if len(value) > MAX_FIELD_CHARS or any(ord(ch) < 32 for ch in value):
        raise MetadataError(
            field, f"{name}: {field} must be one line of at most {MAX_FIELD_CHARS} characters"
        )
    if field == "published":
        return parse_published(value, name=name)
    if field == "url":
        return check_url(value, name=name)
    if field == "reliability":
        grade = value.upper()
        if grade not in RELIABILITY_GRADES:
            raise MetadataError(
                field,
                f"{name}: reliability {value!r} is not a grade of the Admiralty scale "
                "(A completely reliable ... E unreliable, F cannot be judged)",
            )
        return grade
    return value


def parse_published(value: str, *, name: str) -> str:
    """An ISO 8601 date (a time of day is dropped); YYYY-MM and YYYY are kept partial."""
    text = value.strip()
    partial = _PARTIAL_DATE.match(text)
    if partial and (partial.group(2) is None or 1 <= int(partial.group(2)) <= 12):
        return text
    full = _DATETIME_TAIL.match(text)
    if full:
        try:
            return datetime.strptime(full.group(1), "%Y-%m-%d").date().isoformat()
        except ValueError:
            pass
    raise MetadataError(
        "published", f"{name}: published {value!r} is not a date (use YYYY-MM-DD)"
    )


def check_url(value: str, *, name: str) -> str:
    try:
        parts = urlsplit(value)
    except ValueError:  # an unbalanced "[" in the host, say
        parts = urlsplit("")
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc or " " in value:
        raise MetadataError("url", f"{name}: url {value!r} is not an http(s) address")
    return value


# ------------------------------------------------------------- front matter


_FRONT_MATTER = re.compile(
    r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S
)
_KEY_VALUE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")


def split_front_matter(raw: str, *, name: str) -> tuple[dict[str, str], str]:
    """(metadata, body) of a text that opens with a `---` block of `key: value` lines.

    Only flat scalar values are read (quotes stripped); nested YAML is refused with the
    line it is on, rather than half-read. A text without such a block is all body."""
    match = _FRONT_MATTER.match(raw)
    if match is None:
        return {}, raw
    values: dict[str, str] = {}
    for number, line in enumerate(match.group(1).splitlines(), start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        pair = _KEY_VALUE.match(line)
        if pair is None:
            raise MetadataError(
                "front matter", f"{name}: line {number} of the front matter is not `key: value`"
            )
        values[pair.group(1).lower()] = _unquote(pair.group(2))
    return values, raw[match.end() :]


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


# ------------------------------------------------------------------- HTML


# Which <meta> names and properties give which field; the first found wins.
_HTML_META: dict[str, str] = {
    "og:title": "title",
    "og:url": "url",
    "article:published_time": "published",
    "date": "published",
    "dc.date": "published",
    "pubdate": "published",
    "og:site_name": "publisher",
    "publisher": "publisher",
    "reliability": "reliability",
}


class _MetaCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.values: dict[str, str] = {}
        self._title: list[str] | None = None
        self.title = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {key: value or "" for key, value in attrs}
        if tag == "meta":
            key = (found.get("property") or found.get("name") or "").lower()
            field = _HTML_META.get(key)
            if field and found.get("content") and field not in self.values:
                self.values[field] = found["content"]
        elif tag == "link" and "canonical" in found.get("rel", "").lower().split():
            self.values.setdefault("url", found.get("href", ""))
        elif tag == "title" and self._title is None and not self.title:
            self._title = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self._title is not None:
            self.title = " ".join("".join(self._title).split())
            self._title = None

    def handle_data(self, data: str) -> None:
        if self._title is not None:
            self._title.append(data)


def html_meta(raw: str) -> dict[str, str]:
    """Metadata of an HTML page: `<title>` and the usual `<meta>` tags (Open Graph,
    Dublin Core, `<link rel="canonical">`)."""
    collector = _MetaCollector()
    collector.feed(raw)
    collector.close()
    values = dict(collector.values)
    if collector.title:
        values.setdefault("title", collector.title)
    return values


# ------------------------------------------------------------ reading files


def content_sha256(text: str, meta: SourceMeta | None) -> str:
    """The hash a document is stored under: its text's alone when it has no metadata
    (so stores written before metadata existed see their documents unchanged)."""
    if meta is None or meta.empty:
        return sha256_text(text)
    return sha256_text(text + "\x00" + meta.canonical())


def source_document(doc_id: str, text: str, meta: SourceMeta | None) -> SourceDocument:
    meta = meta if meta is not None and not meta.empty else None
    return SourceDocument(id=doc_id, text=text, sha256=content_sha256(text, meta), meta=meta)


def read_meta(
    raw: str, *, suffix: str, path: Path | None, name: str
) -> tuple[str, SourceMeta | None]:
    """(body, metadata) of a file: front matter of text and Markdown files, `<meta>`
    tags of HTML pages, then a sidecar NAME.meta.json beside `path` (an uploaded file
    has none), whose fields win."""
    meta = SourceMeta()
    body = raw
    if suffix in {".html", ".htm"}:
        meta = parse_meta(html_meta(raw), name=name, strict=False)
    else:
        values, body = split_front_matter(raw, name=name)
        meta = parse_meta(values, name=name, strict=False)
    sidecar = sidecar_path(path) if path is not None else None
    if sidecar is not None:
        meta = meta.merged(read_sidecar(sidecar, name=name))
    return body, (None if meta.empty else meta)


def sidecar_path(path: Path) -> Path | None:
    """`report.txt.meta.json` or `report.meta.json` beside `report.txt`, if present."""
    for candidate in (path.with_name(path.name + ".meta.json"), path.with_suffix(".meta.json")):
        if candidate != path and candidate.is_file():
            return candidate
    return None


def read_sidecar(sidecar: Path, *, name: str) -> SourceMeta:
    where = f"{name} ({sidecar.name})"
    try:
        values = json.loads(sidecar.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise MetadataError("sidecar", f"{where}: not a readable JSON file ({exc})") from exc
    if not isinstance(values, dict):
        raise MetadataError("sidecar", f"{where}: must hold one JSON object")
    return parse_meta(values, name=where, strict=True)


def enumerate_jsonl(
    path: Path, *, base_id: str, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[tuple[int, SourceDocument | DocumentError]]:
    """The documents of a JSON Lines file, one object per line: `text` (required),
    `id` (default: BASE#LINE) and metadata fields. A bad line yields its error and
    the others are still read. Blank lines are skipped; each item comes with its line
    number."""
    try:
        handle = path.open(encoding="utf-8-sig")
    except OSError as exc:
        yield 0, DocumentError(f"{path}: cannot read ({exc.strerror})")
        return
    with handle:
        try:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    yield number, _jsonl_document(line, f"{base_id}#{number}", max_chars)
        except UnicodeDecodeError as exc:
            yield 0, DocumentError(f"{path}: not valid UTF-8 text ({exc.reason})")


def _jsonl_document(line: str, default_id: str, max_chars: int) -> SourceDocument | DocumentError:
    try:
        record = json.loads(line)
    except ValueError as exc:
        return DocumentError(f"{default_id}: not a JSON object ({exc})")
    if not isinstance(record, dict):
        return DocumentError(f"{default_id}: must be a JSON object with a `text` field")
    doc_id = record.pop("id", None) or default_id
    text = record.pop("text", None)
    if not isinstance(doc_id, str) or any(ord(ch) < 32 for ch in doc_id):
        return MetadataError("id", f"{default_id}: id must be a one-line string")
    if not isinstance(text, str):
        return MetadataError("text", f"{doc_id}: `text` must be a string with the document")
    try:
        meta = parse_meta(record, name=doc_id, strict=True)
        body = prepare_text(text, suffix=".txt", name=doc_id, max_chars=max_chars)
    except DocumentError as exc:
        return exc
    return source_document(doc_id, body, meta)
