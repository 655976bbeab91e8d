"""What the store records of a source document: its record next to its extraction, a
copy recorded as another source of an earlier document, and whether a document is
stored as it is. Kept apart from ingest.py, which loads the extraction (and spaCy): the
API's document routes need these in a process that may only ever serve reads."""

from __future__ import annotations

from datetime import UTC, datetime

from actorgraph.documents import SourceDocument
from actorgraph.domain import Extraction
from actorgraph.duplicates import Fingerprint
from actorgraph.graph.models import DocumentInfo, UpsertResult
from actorgraph.graph.store import GraphStore
from actorgraph.sources import SourceMeta


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
    return store.upsert_document(*copy_item(doc, original, fingerprint))


def copy_item(
    doc: SourceDocument, original: str, fingerprint: Fingerprint
) -> tuple[DocumentInfo, Extraction]:
    """What `store_copy` stores, for a batch of documents."""
    extraction = Extraction(document=doc.id)
    info = document_info(doc, extraction, duplicate_of=original, fingerprint=fingerprint)
    return info, extraction


def is_stored(
    store: GraphStore, doc: SourceDocument, stored: dict[str, DocumentInfo] | None = None
) -> bool:
    """True when re-ingesting `doc` would change nothing: the same content is stored
    under its id (and, for a copy, the document it copies is still there). `stored`:
    the store's documents by id, read once for a whole scan instead of a read per
    document (kept up to date here when a copy's record is dropped)."""
    lookup = store.get_document if stored is None else stored.get
    found = lookup(doc.id)
    if found is None or found.sha256 != doc.sha256:
        return False
    if found.duplicate_of and lookup(found.duplicate_of) is None:
        # The first copy went away: drop the record so that this one is read instead.
        store.delete_document(doc.id)
        if stored is not None:
            del stored[doc.id]
        return False
    return True
