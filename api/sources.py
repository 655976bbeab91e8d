"""The source metadata evidence is returned with, looked up once per request.

Evidence is serialised deep inside the response models (schemas.EvidenceOut), far
from the store; rather than thread the store through every model, each request gets
a lazy lookup in a context variable. It reads the store's document list only when a
response actually holds evidence, and at most once per request.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from typing import TYPE_CHECKING

from fastapi import Depends, Request

from actorgraph.graph.models import DocumentInfo

if TYPE_CHECKING:
    from actorgraph.api.state import AppState
    from actorgraph.graph.store import GraphStore


class SourceLookup:
    """Documents by id, and the copies recorded of each (see duplicates.py)."""

    def __init__(self, store: Callable[[], GraphStore]) -> None:
        self._store = store
        self._docs: dict[str, DocumentInfo] | None = None
        self._copies: dict[str, list[DocumentInfo]] = {}

    def _load(self) -> dict[str, DocumentInfo]:
        if self._docs is None:
            docs = {d.id: d for d in self._store().list_documents()}
            for info in docs.values():
                if info.duplicate_of:
                    self._copies.setdefault(info.duplicate_of, []).append(info)
            self._docs = docs
        return self._docs

    def document(self, document_id: str) -> DocumentInfo | None:
        return self._load().get(document_id)

    def copies(self, document_id: str) -> list[DocumentInfo]:
        self._load()
        return self._copies.get(document_id, [])


_current: ContextVar[SourceLookup | None] = ContextVar("actorgraph_sources", default=None)


def current_sources() -> SourceLookup | None:
    """The lookup of the request being answered (None outside a request)."""
    return _current.get()


def copies_in(store: GraphStore, document_id: str) -> list[DocumentInfo]:
    """The copies recorded of one document (for a response that has the store)."""
    lookup = current_sources() or SourceLookup(lambda: store)
    return lookup.copies(document_id)


async def bind_sources(request: Request) -> None:
    """An async dependency: it runs in the request's own context, so the endpoint
    (which runs in a worker thread with a copy of that context) sees the lookup."""
    state: AppState = request.app.state.actorgraph
    _current.set(SourceLookup(state.stores.get))


SourcesDep = Depends(bind_sources)
