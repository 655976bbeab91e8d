"""What the app holds for its lifetime: settings, the store, the spaCy pipeline.

Both the store and the pipeline are opened lazily and at most once, under a lock:
a store that cannot be reached at start-up is retried on the next request (so the
API recovers when the database comes back), and the pipeline, which takes seconds
to build, is only built when a document is first ingested.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from actorgraph.api.extraction import ExtractionWorker
from actorgraph.api.page_cache import PageCache
from actorgraph.api.reads import ReadPool
from actorgraph.duplicates import SourceIndex
from actorgraph.graph.store import GraphStore
from actorgraph.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language


class StoreHolder:
    def __init__(self, opener: Callable[[], GraphStore], store: GraphStore | None = None) -> None:
        self._opener = opener
        self._store = store
        self._owned = store is None  # a store passed in belongs to the caller
        self._lock = threading.Lock()

    @property
    def opened(self) -> GraphStore | None:
        """The store if it is open (never blocks), else None."""
        return self._store

    def get(self) -> GraphStore:
        """The store, opened on first use; raises StoreUnavailableError if it cannot be."""
        store = self._store
        if store is not None:
            return store
        with self._lock:
            if self._store is None:
                self._store = self._opener()
            return self._store

    def close(self) -> None:
        with self._lock:
            if self._owned and self._store is not None:
                self._store.close()
            self._store = None


class PipelineHolder:
    def __init__(self, builder: Callable[[], Language], nlp: Language | None = None) -> None:
        self._builder = builder
        self._nlp = nlp
        self._lock = threading.Lock()
        # spaCy does not promise that one pipeline may run in several threads at once.
        self.run_lock = threading.Lock()

    def get(self) -> Language:
        nlp = self._nlp
        if nlp is not None:
            return nlp
        with self._lock:
            if self._nlp is None:
                self._nlp = self._builder()
            return self._nlp


@dataclass
class AppState:
    settings: Settings
    stores: StoreHolder
    pipeline: PipelineHolder
    extractor: ExtractionWorker
    reads: ReadPool
    pages: PageCache
    # Found at start-up and shown by /ready for the life of the process.
    warnings: list[str] = field(default_factory=list)
    # The stored documents' fingerprints, read on the first ingest and kept by the
    # extraction worker (reading them costs seconds at 10,000 documents). Dropped when a
    # document is deleted or replaced, so it never holds a text no longer stored.
    source_index: SourceIndex | None = None

    def copies_index(self, store: GraphStore) -> SourceIndex:
        index = self.source_index
        if index is None:
            index = self.source_index = SourceIndex(store)
        return index
