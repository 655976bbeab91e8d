"""Upserting many documents: several to a transaction on a store that can (the Ladybug
store's `upsert_documents`), one `upsert_document` each on the others.

Kept beside the `GraphStore` protocol rather than in it: only a store whose commits
are costly gains from batching, and the others keep their one-document transactions.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol, runtime_checkable

from actorgraph.domain import Extraction
from actorgraph.graph.models import DocumentInfo, UpsertResult
from actorgraph.graph.store import GraphStore

__all__ = ["BatchWriter", "upsert_many"]


@runtime_checkable
class BatchWriter(Protocol):
    """A store that writes several whole documents per transaction."""

    def upsert_documents(
        self, items: Iterable[tuple[DocumentInfo, Extraction]]
    ) -> Iterator[UpsertResult]: ...


def upsert_many(
    store: GraphStore, items: Iterable[tuple[DocumentInfo, Extraction]]
) -> Iterator[UpsertResult]:
    """Each document's result in order, yielded once the document is committed."""
    if isinstance(store, BatchWriter):
        yield from store.upsert_documents(items)
        return
    for info, extraction in items:
        yield store.upsert_document(info, extraction)
