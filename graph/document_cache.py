"""Documents by id, kept by the process that writes a store, for the sources a
connections response cites.

A connections page at 1M statements cites about 70 documents (title, URL, publisher
of each evidence sentence). Reading them with the page's statements (a primary-key
lookup per statement row) cost the Ladybug store about a third of that read. A
document changes only when it is written, and the process that writes the store is
the only writer (a read-only opener's writer may be another process: it keeps no
cache). So that process keeps the documents its reads met, and lets go of all of
them at every write.

Correct after every write: the writer calls `written()` once its transaction has
ended (committed or not), which empties the cache and starts a new generation. A
read notes the generation before its transaction begins (`generation`) and passes it
to `get` and `put`: a read that began before a write ended (and so may have seen the
state before it) neither takes from the cache nor adds to it afterwards. A read that
began after the commit but before `written()` sees the new state; what it adds is
let go of by `written()`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from actorgraph.graph.models import DocumentInfo

__all__ = ["DOCUMENT_CACHE_ENTRIES", "DocumentCache"]

# Documents kept at most: a 1M-statement store holds about 20,000, at well under 1 KB
# each. Past it, the documents kept first are let go of first.
DOCUMENT_CACHE_ENTRIES = 20_000


class DocumentCache:
    def __init__(self, entries: int = DOCUMENT_CACHE_ENTRIES) -> None:
        self._entries = max(0, entries)
        self._documents: dict[str, DocumentInfo] = {}
        self._lock = threading.Lock()
        self._generation = 0
        self.hits = 0
        self.misses = 0

    @property
    def generation(self) -> int:
        """The state of the store the cache holds documents of: read it before a read
        transaction begins, and pass it to `get` and `put`."""
        return self._generation

    def get(self, document_ids: Iterable[str], generation: int) -> dict[str, DocumentInfo]:
        """The documents of `document_ids` that are kept (counted as hits; the rest as
        misses), none for a read of another generation than the cache's."""
        wanted = list(document_ids)
        with self._lock:
            if generation != self._generation:
                self.misses += len(wanted)
                return {}
            documents = self._documents
            found = {i: documents[i] for i in wanted if i in documents}
            self.hits += len(found)
            self.misses += len(wanted) - len(found)
            return found

    def put(self, documents: Iterable[DocumentInfo], generation: int) -> None:
        """Keep `documents`, read by a read of `generation` (nothing when a write has
        ended since that read began)."""
        with self._lock:
            if generation != self._generation:
                return
            kept = self._documents
            for info in documents:
                kept[info.id] = info
            while len(kept) > self._entries:
                del kept[next(iter(kept))]

    def written(self) -> None:
        """A write ended: every document kept is let go of, and reads that began
        before now no longer take from the cache or add to it."""
        with self._lock:
            self._generation += 1
            self._documents.clear()

    def figures(self) -> dict[str, float]:
        """Hits, misses and hit rate (documents looked up) since the cache was made."""
        with self._lock:
            return {**lookup_figures(self.hits, self.misses), "kept": len(self._documents)}


def lookup_figures(hits: int, misses: int) -> dict[str, float]:
    """A cache's hits, misses and hit rate (NaN before any lookup)."""
    looked_up = hits + misses
    return {"hits": hits, "misses": misses,
            "hit_rate": hits / looked_up if looked_up else float("nan")}
