"""Ingesting files into a store: read, skip unchanged, extract in batches, upsert."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from tqdm import tqdm

from actorgraph.documents import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_CHARS,
    DocumentError,
    SourceDocument,
    find_files,
    load_file,
)
from actorgraph.domain import Extraction
from actorgraph.extract import extract_document, extract_documents
from actorgraph.graph.models import DocumentInfo, UpsertResult
from actorgraph.graph.store import GraphStore, StoreError

if TYPE_CHECKING:
    from spacy.language import Language

BATCH_SIZE = 32


@dataclass
class IngestReport:
    results: list[UpsertResult] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    skipped: int = 0
    words: int = 0

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    def summary(self) -> str:
        return (
            f"{self.count('created')} created, {self.count('replaced')} replaced, "
            f"{self.count('unchanged') + self.skipped} unchanged, {len(self.errors)} failed; "
            f"{sum(r.statements_added for r in self.results)} statements added"
        )


def document_info(doc: SourceDocument, extraction: Extraction) -> DocumentInfo:
    """What the store records about a document next to its extraction."""
    return DocumentInfo(
        id=doc.id,
        sha256=doc.sha256,
        date=extraction.date,
        words=doc.words,
        ingested_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )


def ingest_documents(
    store: GraphStore,
    nlp: Language,
    documents: Sequence[SourceDocument],
    *,
    on_done: Callable[[SourceDocument], None] | None = None,
    errors: list[str] | None = None,
) -> list[UpsertResult]:
    """Extract and upsert documents (one store transaction per document).

    When extraction fails inside the batch, the documents not yet stored are read
    again one at a time, so that one bad document costs only itself: its error goes
    to `errors` (raised when no list is given) and every other one is stored.
    """
    results: list[UpsertResult] = []
    done = 0
    extractions = extract_documents(nlp, ((d.id, d.text) for d in documents), batch_size=BATCH_SIZE)
    try:
        for doc, extraction in zip(documents, extractions, strict=True):
            results.append(store.upsert_document(document_info(doc, extraction), extraction))
            done += 1
            if on_done is not None:
                on_done(doc)
    except StoreError:
        raise  # the store, not a document: the next document would fail the same way
    except Exception:
        if errors is None:
            raise
        for doc in documents[done:]:
            try:
                extraction = extract_document(nlp, doc.text, doc.id)
            except Exception as exc:  # this document only; the others go on
                errors.append(f"{doc.id}: extraction failed ({type(exc).__name__}: {exc})")
                continue
            results.append(store.upsert_document(document_info(doc, extraction), extraction))
            if on_done is not None:
                on_done(doc)
    return results


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
        try:
            doc = load_file(file, doc_id=doc_id, max_bytes=max_bytes, max_chars=max_chars)
        except DocumentError as exc:
            report.errors.append(str(exc))
            continue
        stored = store.get_document(doc.id)
        if stored is not None and stored.sha256 == doc.sha256:
            report.skipped += 1
            continue
        pending.append(_Pending(file, doc.id, doc.words))

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
                try:
                    chunk.append(
                        load_file(
                            item.file, doc_id=item.id, max_bytes=max_bytes, max_chars=max_chars
                        )
                    )
                except DocumentError as exc:  # changed or removed since the scan
                    report.errors.append(str(exc))
                    bar.update(item.words)
            report.results.extend(
                ingest_documents(store, nlp, chunk, on_done=advance, errors=report.errors)
            )
    return report


@dataclass(frozen=True, slots=True)
class _Pending:
    """A file the scan found new or changed."""

    file: Path
    id: str
    words: int
