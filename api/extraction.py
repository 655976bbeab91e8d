"""The one thread that reads documents: ingests wait for it without holding a
request thread.

Extraction is slow (seconds for a long document) and the language pipeline runs one
document at a time. Run in the request threads, a few long ingests used to take every
thread of the pool, and `/health` and every read then waited behind them. Here an
ingest puts its job on a bounded queue and awaits the answer on the event loop; one
dedicated worker thread takes the jobs in turn. A full queue is refused at once with
503 and Retry-After, so a burst of ingests cannot pile up without bound.
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from actorgraph.api.errors import ApiError

_T = TypeVar("_T")
_Job = tuple[Callable[[], Any], asyncio.AbstractEventLoop, "asyncio.Future[Any]"]

RETRY_AFTER_S = 5


class ExtractionWorker:
    def __init__(self, queue_size: int) -> None:
        self._jobs: queue.Queue[_Job | None] = queue.Queue(maxsize=queue_size)
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    async def run(self, job: Callable[[], _T]) -> _T:
        """`job()` on the worker thread; 503 at once when the queue is full."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[_T] = loop.create_future()
        try:
            self._jobs.put_nowait((job, loop, future))
        except queue.Full:
            raise ApiError(
                503,
                f"{self._jobs.maxsize} documents are already waiting to be read; try again "
                "in a few seconds (ACTORGRAPH_INGEST_QUEUE_SIZE sets how many may wait)",
                headers={"Retry-After": str(RETRY_AFTER_S)},
            ) from None
        self._start()
        return await future

    def _start(self) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._work, name="actorgraph-extraction", daemon=True
                )
                self._thread.start()

    def _work(self) -> None:
        while True:
            item = self._jobs.get()
            if item is None:
                return
            job, loop, future = item
            try:
                result = job()
            except BaseException as exc:  # handed to the waiting request, never lost
                _settle(loop, future, None, exc)
            else:
                _settle(loop, future, result, None)

    def close(self) -> None:
        """Stops the worker after the jobs already queued (used at shutdown)."""
        with self._lock:
            thread = self._thread
            self._thread = None
        if thread is not None and thread.is_alive():
            try:
                self._jobs.put(None, timeout=5)
            except queue.Full:
                return  # a daemon thread: it ends with the process
            thread.join(timeout=5)


def _settle(
    loop: asyncio.AbstractEventLoop,
    future: asyncio.Future[Any],
    result: Any,
    error: BaseException | None,
) -> None:
    def settle() -> None:
        if future.done():  # the request went away and was cancelled
            return
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)

    with contextlib.suppress(RuntimeError):  # a closed loop: nobody waits for the answer
        loop.call_soon_threadsafe(settle)
