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
from typing import TypeVar

from actorgraph.api.errors import ApiError

_T = TypeVar("_T")

RETRY_AFTER_S = 1


class ReadPool:
    def __init__(self, threads: int, queue_size: int) -> None:
        self.threads = max(1, threads)
        self.queue_size = max(0, queue_size)
        self._executor = ThreadPoolExecutor(self.threads, thread_name_prefix="actorgraph-read")
        self._admitted = 0  # running and waiting; changed on the event loop only

    async def run(self, read: Callable[[], _T]) -> _T:
        """`read()` on a read thread, in the request's context (its source lookup);
        503 at once when the pool's threads are busy and its queue is full."""
        if self._admitted >= self.threads + self.queue_size:
            raise ApiError(
                503,
                f"{self.queue_size} reads are already waiting for the store; try again in "
                "a moment (ACTORGRAPH_READ_QUEUE_SIZE sets how many may wait)",
                headers={"Retry-After": str(RETRY_AFTER_S)},
            )
        loop = asyncio.get_running_loop()
        context = contextvars.copy_context()
        future = loop.run_in_executor(self._executor, context.run, read)
        self._admitted += 1
        # Released when the read ends, not when a client that left stops waiting: the
        # thread is busy until then.
        future.add_done_callback(self._release)
        return await asyncio.shield(future)

    def _release(self, _: object) -> None:
        self._admitted -= 1

    def close(self) -> None:
        """Waits for the reads under way (at shutdown, before the store closes)."""
        self._executor.shutdown(wait=True, cancel_futures=True)
