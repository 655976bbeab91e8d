"""Ingesting files into a store: read, skip unchanged, extract in batches, upsert."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from tqdm import tqdm

from actorgraph.documents import (
    BULK_SUFFIXES,
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_CHARS,
    DocumentError,
    SourceDocument,
    find_files,
    load_file,
)
from actorgraph.domain import Extraction
from actorgraph.duplicates import Fingerprint, SourceIndex, fingerprint
from actorgraph.extract import extract_document, extract_documents
from actorgraph.graph.models import DocumentInfo, UpsertResult
from actorgraph.graph.store import GraphStore, StoreError
from actorgraph.sources import SourceMeta, enumerate_jsonl

if TYPE_CHECKING:
    from spacy.language import Language

BATCH_SIZE = 32


@dataclass
class IngestReport:
    results: list[UpsertResult] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    skipped: int = 0
    words: int = 0
    copies: list[str] = field(default_factory=list)  # ids stored as copies of others

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    def summary(self) -> str:
        return (
            f"{self.count('created')} created, {self.count('replaced')} replaced, "
            f"{self.count('unchanged') + self.skipped} unchanged, {len(self.errors)} failed; "
            f"{sum(r.statements_added for r in self.results)} statements added"
            + (f"; {len(self.copies)} recorded as copies" if self.copies else "")
        )


def document_info(
    doc: SourceDocument,
    extraction: Extraction,
    *,
    duplicate_of: str | None = None,
    fingerprint: Fingerprint | None = None,
) -> DocumentInfo:
    """What the store records about a document next to its extraction. The report
    date is the metadata's `published`, else the dateline's."""
    meta = doc.meta or SourceMeta()
    return DocumentInfo(
        id=doc.id,
        sha256=doc.sha256,
        date=meta.published or extraction.date,
        words=doc.words,
        ingested_at=datetime.now(UTC).isoformat(timespec="seconds"),
        title=meta.title,
        url=meta.url,
        published=meta.published,
        publisher=meta.publisher,
        reliability=meta.reliability,
        duplicate_of=duplicate_of,
        fingerprint=fingerprint.encode() if fingerprint else None,
    )


def store_copy(
    store: GraphStore, doc: SourceDocument, original: str, fingerprint: Fingerprint
) -> UpsertResult:
    """Record `doc` as another source of `original`: its metadata, no statements of
    its own (so the story counts once in edge weights)."""
    info = document_info(doc, Extraction(document=doc.id), duplicate_of=original,
                         fingerprint=fingerprint)
    return store.upsert_document(info, Extraction(document=doc.id))


def ingest_documents(
    store: GraphStore,
    nlp: Language,
    documents: Sequence[SourceDocument],
    *,
    on_done: Callable[[SourceDocument], None] | None = None,
    errors: list[str] | None = None,
    originals: SourceIndex | None = None,
    copies_out: list[str] | None = None,
) -> list[UpsertResult]:
    """Extract and upsert documents (one store transaction per document).

    A copy of a stored document (or of an earlier one in `documents`) is not read:
    it is stored as another source of the first (see duplicates.py). When extraction
    fails inside the batch, the documents not yet stored are read again one at a
    time, so that one bad document costs only itself: its error goes to `errors`
    (raised when no list is given) and every other one is stored.
    """
    index = originals if originals is not None else SourceIndex(store)
    fresh: list[tuple[SourceDocument, Fingerprint]] = []
    copies: list[tuple[SourceDocument, Fingerprint, str]] = []
    for doc in documents:
        fp = fingerprint(doc.text)
        original = index.original_of(doc, fp)
        if original is None:
            index.add(doc.id, fp)
            fresh.append((doc, fp))
        else:
            copies.append((doc, fp, original))
    results = _extract_and_store(store, nlp, fresh, on_done=on_done, errors=errors)
    stored = {r.document for r in results}
    for doc, fp, original in copies:
        if original in {d.id for d, _ in fresh} and original not in stored:
            # Its original failed: the copy is read in its place.
            index.add(doc.id, fp)
            results.extend(_extract_and_store(store, nlp, [(doc, fp)], on_done=on_done,
                                              errors=errors))
            continue
        results.append(store_copy(store, doc, original, fp))
        if copies_out is not None:
            copies_out.append(doc.id)
        if on_done is not None:
            on_done(doc)
    return results


def _extract_and_store(
    store: GraphStore,
    nlp: Language,
    documents: Sequence[tuple[SourceDocument, Fingerprint]],
    *,
    on_done: Callable[[SourceDocument], None] | None,
    errors: list[str] | None,
) -> list[UpsertResult]:
    results: list[UpsertResult] = []
    done = 0
    extractions = extract_documents(
        nlp, ((d.id, d.text) for d, _ in documents), batch_size=BATCH_SIZE
    )
    try:
        for (doc, fp), extraction in zip(documents, extractions, strict=True):
            info = document_info(doc, extraction, fingerprint=fp)
            results.append(store.upsert_document(info, extraction))
            done += 1
            if on_done is not None:
                on_done(doc)
    except StoreError:
        raise  # the store, not a document: the next document would fail the same way
    except Exception:
        if errors is None:
            raise
        for doc, fp in documents[done:]:
            try:
                extraction = extract_document(nlp, doc.text, doc.id)
            except Exception as exc:  # this document only; the others go on
                errors.append(f"{doc.id}: extraction failed ({type(exc).__name__}: {exc})")
                continue
            info = document_info(doc, extraction, fingerprint=fp)
            results.append(store.upsert_document(info, extraction))
            if on_done is not None:
                on_done(doc)
    return results


def is_stored(store: GraphStore, doc: SourceDocument) -> bool:
    """True when re-ingesting `doc` would change nothing: the same content is stored
    under its id (and, for a copy, the document it copies is still there)."""
    stored = store.get_document(doc.id)
    if stored is None or stored.sha256 != doc.sha256:
        return False
    if stored.duplicate_of and store.get_document(stored.duplicate_of) is None:
        # The first copy went away: drop the record so that this one is read instead.
        store.delete_document(doc.id)
        return False
    return True


def ingest_paths(
    store: GraphStore,
    nlp: Language,
    paths: Iterable[Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_chars: int = DEFAULT_MAX_CHARS,
    progress: bool = True,
) -> IngestReport:
    """Ingest files and folders. Unreadable files are reported, never half-stored;
    documents already stored with the same content are skipped without extraction,
    so an interrupted ingest resumes where it stopped."""
    report = IngestReport()
    # The scan keeps only what the bar and the skip test need, not the texts: a large
    # corpus would otherwise sit in memory whole. Each chunk is read again to ingest it.
    pending: list[_Pending] = []
    for file, doc_id in find_files(paths):
        for line, doc in read_documents(file, doc_id, max_bytes=max_bytes, max_chars=max_chars):
            if isinstance(doc, DocumentError):
                report.errors.append(str(doc))
            elif is_stored(store, doc):
                report.skipped += 1
            else:
                pending.append(_Pending(file, doc.id, doc.words, line, doc_id))
    originals = SourceIndex(store)

    total_words = sum(item.words for item in pending)
    with tqdm(
        total=total_words,
        unit=" words",
        unit_scale=True,
        desc="ingest",
        disable=not progress or not pending,
        file=sys.stderr,
    ) as bar:

        def advance(doc: SourceDocument) -> None:
            bar.update(doc.words)
            report.words += doc.words

        for start in range(0, len(pending), BATCH_SIZE * 4):
            chunk: list[SourceDocument] = []
            for item in pending[start : start + BATCH_SIZE * 4]:
                doc = _reread(item, max_bytes=max_bytes, max_chars=max_chars)
                if isinstance(doc, DocumentError):  # changed or removed since the scan
                    report.errors.append(str(doc))
                    bar.update(item.words)
                else:
                    chunk.append(doc)
            report.results.extend(
                ingest_documents(
                    store,
                    nlp,
                    chunk,
                    on_done=advance,
                    errors=report.errors,
                    originals=originals,
                    copies_out=report.copies,
                )
            )
    return report


def read_documents(
    file: Path, doc_id: str, *, max_bytes: int, max_chars: int
) -> Iterator[tuple[int, SourceDocument | DocumentError]]:
    """(line, document or its error) of a file: line 0 for a single-document file,
    the line number for each record of a JSON Lines file."""
    if file.suffix.lower() in BULK_SUFFIXES:
        yield from enumerate_jsonl(file, base_id=doc_id, max_chars=max_chars)
        return
    try:
        yield 0, load_file(file, doc_id=doc_id, max_bytes=max_bytes, max_chars=max_chars)
    except DocumentError as exc:
        yield 0, exc


def _reread(item: _Pending, *, max_bytes: int, max_chars: int) -> SourceDocument | DocumentError:
    found = read_documents(item.file, item.base_id, max_bytes=max_bytes, max_chars=max_chars)
    for line, doc in found:
        if line == item.line:
            if isinstance(doc, SourceDocument) and doc.id != item.id:
                return DocumentError(f"{item.id}: the file changed while it was being ingested")
            return doc
    return DocumentError(f"{item.id}: the file changed while it was being ingested")


@dataclass(frozen=True, slots=True)
class _Pending:
    """A file the scan found new or changed."""

    file: Path
    id: str
    words: int
    line: int = 0  # the record's line in a JSON Lines file (0: the whole file)
    base_id: str = ""
