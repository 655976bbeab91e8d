"""The source metadata evidence is returned with, looked up per request.

Evidence is serialised deep inside the response models (schemas.EvidenceOut), far
from the store; rather than thread the store through every model, each request gets
a lookup in a context variable. A route reads the documents its page cites in one
store call before building the response (`cite`); a document it did not name is read
on its own when a model asks for it. Nothing is kept from one request to the next.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextvars import ContextVar
from typing import TYPE_CHECKING

from fastapi import Depends, Request

from actorgraph.graph.models import DocumentInfo, Edge

if TYPE_CHECKING:
    from actorgraph.api.state import AppState
    from actorgraph.graph.store import GraphStore


class SourceLookup:
    """Documents by id, and the copies recorded of each (see duplicates.py).

    A route that knows which documents its response cites reads them in one store call
    (`cite`); a document asked for without that is read on its own. Never the whole
    document list: at 10,000 documents that costs more than the rest of the request.
    """

    def __init__(self, store: Callable[[], GraphStore]) -> None:
        self._store = store
        self._docs: dict[str, DocumentInfo | None] = {}
        self._copies: dict[str, list[DocumentInfo]] = {}

    def cite(self, document_ids: Iterable[str]) -> None:
        """Read the documents of `document_ids` not read yet, with their copies."""
        wanted = {d for d in document_ids if d not in self._docs}
        if not wanted:
            return
        found = self._store().source_documents(wanted)
        for doc_id in wanted:
            self._docs[doc_id] = None
            self._copies[doc_id] = []
        for info in found:
            if info.id in wanted:
                self._docs[info.id] = info
        for info in found:
            if info.duplicate_of in wanted:
                self._copies[info.duplicate_of].append(info)
        for copies in self._copies.values():
            copies.sort(key=lambda d: d.id)

    def document(self, document_id: str) -> DocumentInfo | None:
        if document_id not in self._docs:
            self.cite((document_id,))
        return self._docs[document_id]

    def copies(self, document_id: str) -> list[DocumentInfo]:
        if document_id not in self._copies:
            self.cite((document_id,))
        return self._copies[document_id]


def statement_documents(edges: Iterable[Edge]) -> set[str]:
    """The documents the listed statements of `edges` come from."""
    return {s.document for edge in edges for s in edge.statements}


def cite(document_ids: Iterable[str]) -> None:
    """Read the documents a response will cite in one store call (in a request)."""
    lookup = current_sources()
    if lookup is not None:
        lookup.cite(document_ids)


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
