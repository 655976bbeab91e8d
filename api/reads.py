"""A few threads of their own for store reads, and a bound on the reads waiting.

Measured under 16 concurrent clients on a 2-core machine: sixteen Ladybug reads at
once ran at a tenth of the rate of two, and filled the database's buffer pool ("the
buffer pool is full"); Python work around a read (building the page) holds the
interpreter lock, so more threads than cores only take turns. Reads therefore run on
a fixed pool sized to the cores (ACTORGRAPH_READ_THREADS), each thread with its own
store connection, and the rest wait on the event loop, holding no thread. Past
ACTORGRAPH_READ_QUEUE_SIZE waiting reads a request is refused at once with 503 and
Retry-After rather than queued without bound.
"""

from __future__ import annotations

import asyncio
import contextvars
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from typing import TypeVar

from actorgraph.api.errors import ApiError
from actorgraph.graph.store import GraphStore

_T = TypeVar("_T")

RETRY_AFTER_S = 1
# Network walks that may wait for the one walk under way. A hub's depth-2 walk takes
# seconds: a longer line only ends in clients' timeouts, where a 503 says when to retry.
WALKS_WAITING = 3


class ReadPool:
    def __init__(self, threads: int, queue_size: int) -> None:
        self.threads = max(1, threads)
        self.queue_size = max(0, queue_size)
        self._executor: ThreadPoolExecutor | None = None  # started at the first read
        self._admitted = 0  # running and waiting; changed on the event loop only
        self._walks: asyncio.Semaphore | None = None  # made on the loop that serves
        self._walking = 0  # walks running and waiting

    async def run(self, read: Callable[[], _T], *, walk: bool = False) -> _T:
        """`read()` on a read thread, in the request's context (its source lookup);
        503 at once when the pool's threads are busy and its queue is full.

        `walk`: a read that walks a network (depth 2 or more), reading many edges in
        one go. One such read runs at a time, so that deep walks neither fill the
        store's buffer pool together nor take every thread from the short reads."""
        if self._admitted >= self.threads + self.queue_size:
            raise ApiError(
                503,
                f"{self.queue_size} reads are already waiting for the store; try again in "
                "a moment (ACTORGRAPH_READ_QUEUE_SIZE sets how many may wait)",
                headers={"Retry-After": str(RETRY_AFTER_S)},
            )
        if walk and self._walking > WALKS_WAITING:
            raise ApiError(
                503,
                f"{WALKS_WAITING} network walks (depth 2 or more, or date filters) already "
                "wait for the one under way; try again shortly, or ask for depth 1",
                headers={"Retry-After": str(RETRY_AFTER_S * 5)},
            )
        self._admitted += 1
        self._walking += walk
        submitted = False
        try:
            walks = self._walk_lock() if walk else None
            if walks is not None:
                await walks.acquire()
            try:
                loop = asyncio.get_running_loop()
                future = loop.run_in_executor(
                    self._pool(), contextvars.copy_context().run, read
                )
            except BaseException:
                if walks is not None:
                    walks.release()
                raise
            submitted = True
            # Released when the read ends, not when a client that left stops waiting:
            # its thread (and the store's memory) is busy until then.
            future.add_done_callback(lambda _: self._release(walks))
            return await asyncio.shield(future)
        finally:
            if not submitted:
                self._admitted -= 1
                self._walking -= walk

    def _pool(self) -> ThreadPoolExecutor:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(
                self.threads, thread_name_prefix="actorgraph-read"
            )
        return self._executor

    def _walk_lock(self) -> asyncio.Semaphore:
        if self._walks is None:  # made on the serving loop, at first use
            self._walks = asyncio.Semaphore(1)
        return self._walks

    def _release(self, walks: asyncio.Semaphore | None) -> None:
        self._admitted -= 1
        if walks is not None:
            self._walking -= 1
            walks.release()

    def close(self) -> None:
        """Waits for the reads under way (at shutdown, before the store closes); the
        next read, if the app is started again, starts a new pool."""
        executor, self._executor, self._walks = self._executor, None, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)


def one_snapshot(store: GraphStore) -> AbstractContextManager[None]:
    """A block whose reads of `store` (on this thread) see one state of it and share
    one read transaction, where the store offers that (`snapshot()`: the Ladybug
    store); elsewhere the reads run as they are."""
    snapshot = getattr(store, "snapshot", None)
    return snapshot() if callable(snapshot) else nullcontext()
