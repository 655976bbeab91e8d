"""Rendered connections pages kept by the serving process, within a byte budget.

Analysts open the same actors again and again (the explorer, dashboards), and a hub's
page is the dearest read the API serves (a hub's 50 edges, their neighbours and 150
evidence sentences). The process that writes a store knows when its graph changes: it
keeps the response bodies it rendered, keyed by everything a body depends on (the
actor, the filters, the page, the mount point), and answers the same request again
from memory, on the event loop, without a read thread or a store read.

Correct after every write. The store's `write_mark` (LadybugStore) changes when a
write begins and again when it ends, and is None while one is under way:

- A read notes the mark before its snapshot begins, and its body is kept only if the
  mark is the same once the body is rendered: no write began in between, so the body
  is the state the mark names. Kept bodies carry that mark.
- A body is served only while the store's mark is the one it was kept under; the first
  request that finds another mark lets go of every body kept (so each write of the
  process empties the cache).
- A store without a mark (a read-only open, whose writer may be another process; a
  Neo4j server, which others write; the SQLite store of earlier versions) keeps
  nothing: every request reads the store.

The budget counts each body's bytes and a fixed allowance for its key and bookkeeping;
past it the bodies used longest ago go first. A body larger than an eighth of the
budget is not kept (one deep walk must not empty the cache of the hubs' pages).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable

from actorgraph.graph.document_cache import lookup_figures
from actorgraph.graph.store import GraphStore

__all__ = ["ENTRY_OVERHEAD", "PageCache", "write_mark"]

# Bytes counted for each entry besides its body: the key (a tuple of the request's
# parameters), the bytes object's header, the ordered dict's node.
ENTRY_OVERHEAD = 512


def write_mark(store: GraphStore) -> int | None:
    """The store's mark of its state for kept reads (None: keep nothing)."""
    mark = getattr(store, "write_mark", None)
    return mark if isinstance(mark, int) else None


class PageCache:
    def __init__(self, budget_bytes: int) -> None:
        """`budget_bytes`: ACTORGRAPH_PAGE_CACHE_BYTES (16 MiB by default: at 1M
        statements a hub's first page is about 44 KiB and a typical actor's 15 KiB, so
        some 350 hubs' pages or 1,000 others'; kept small as the 1M store's serving
        process is near its memory target without it); 0 keeps nothing."""
        self.budget = max(0, budget_bytes)
        self._largest = self.budget // 8
        self._bodies: OrderedDict[Hashable, bytes] = OrderedDict()
        self._mark: int | None = None  # the store's mark the bodies were kept under
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    @property
    def enabled(self) -> bool:
        return self.budget > 0

    def get(self, key: Hashable, mark: int | None) -> bytes | None:
        """The body kept for `key` if it was kept under `mark` (the store's mark now);
        None otherwise (counted as a miss when the cache is in use)."""
        if mark is None or not self.budget:
            return None
        with self._lock:
            if mark != self._mark:
                self._empty(mark)
            body = self._bodies.get(key)
            if body is None:
                self.misses += 1
                return None
            self._bodies.move_to_end(key)
            self.hits += 1
            return body

    def put(self, key: Hashable, body: bytes, noted: int | None, now: int | None) -> None:
        """Keep `body` for `key`, rendered by a read that noted the store's mark `noted`
        before it began; `now` is the mark once it was rendered. Kept only when the two
        are the same mark (no write began in between)."""
        if noted is None or noted != now or not self.budget:
            return
        size = len(body) + ENTRY_OVERHEAD
        if size > self._largest:
            return
        with self._lock:
            if noted != self._mark:
                if self._mark is not None and noted < self._mark:
                    return  # a later state is kept already
                self._empty(noted)
            old = self._bodies.pop(key, None)
            if old is not None:
                self._bytes -= len(old) + ENTRY_OVERHEAD
            self._bodies[key] = body
            self._bytes += size
            while self._bytes > self.budget:
                _, dropped = self._bodies.popitem(last=False)
                self._bytes -= len(dropped) + ENTRY_OVERHEAD

    def clear(self) -> None:
        """Let go of every body (when the app starts or stops: its store may be opened
        again, and its marks start over)."""
        with self._lock:
            self._empty(None)

    def _empty(self, mark: int | None) -> None:
        self._bodies.clear()
        self._bytes = 0
        self._mark = mark

    def figures(self) -> dict[str, float]:
        """Hits, misses, hit rate, pages kept and their bytes (with the allowance)."""
        with self._lock:
            return {
                **lookup_figures(self.hits, self.misses),
                "pages": len(self._bodies),
                "bytes": self._bytes,
                "budget": self.budget,
            }
