"""Extraction on every core of one machine: a pool of processes, each with its own
pipeline (loaded once, when the process starts), fed small batches of texts.

The process that owns the pool stays the only writer: it receives the outcomes in
input order and stores them while the pool works on the next batches. spaCy's own
`n_process` is not used: it parallelises parsing only, and the assembly of actors
and relations that follows (most of the time per document) would stay on one core.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING

from actorgraph.ingest import Extractor, Items, LocalExtractor, Outcome, Tag, extract_batch

if TYPE_CHECKING:
    from spacy.language import Language

TASK_SIZE = 8  # documents per task: small enough to keep every worker busy to the end
AHEAD = 4  # tasks queued per worker beyond the one it runs
# Below this much text a second pipeline costs more to load than it saves.
PARALLEL_MIN_WORDS = 60_000


def usable_cores() -> int:
    """Cores this process may run on (its CPU affinity, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def choose_workers(requested: int | None, words: int) -> int:
    """The number of extraction processes: as asked, else every core for a large
    input and one (this process) for a small one."""
    if requested is not None:
        if requested < 1:
            raise ValueError(f"workers must be 1 or more, not {requested}")
        return requested
    return usable_cores() if words >= PARALLEL_MIN_WORDS else 1


def open_extractor(
    nlp: Language | None,
    *,
    workers: int | None,
    words: int,
    load: Callable[[], Language] | None = None,
) -> Extractor:
    """An in-process extractor for one worker (with `nlp`, else the pipeline `load`
    returns), a process pool for more."""
    count = choose_workers(workers, words)
    if count == 1:
        return LocalExtractor(nlp, load=load)
    return PoolExtractor(count)


# The pipeline of a pool process, set once by the pool's initializer: a pipeline
# cannot be sent with each task (pickling it costs more than a batch's extraction).
_worker_nlp: Language | None = None


def _load_pipeline() -> None:
    global _worker_nlp
    from actorgraph.extract import build_pipeline

    _worker_nlp = build_pipeline()


def _extract_in_worker(items: Items) -> list[Outcome]:
    if _worker_nlp is None:  # the initializer always runs first; this is a bug guard
        raise RuntimeError("the pool process has no pipeline")
    return extract_batch(_worker_nlp, items)


def split(items: Items, size: int) -> list[Items]:
    """Consecutive slices of at most `size` items (none for no items)."""
    return [items[i : i + size] for i in range(0, len(items), size)]


class PoolExtractor:
    """`workers` processes, started with "spawn" (a forked copy of a process with an
    open store or a running progress-bar thread is not safe to use)."""

    def __init__(self, workers: int, *, task_size: int = TASK_SIZE) -> None:
        self.workers = workers
        self._task_size = task_size
        self._pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_load_pipeline,
        )

    def map(
        self, batches: Iterable[tuple[Tag, Items]]
    ) -> Iterator[tuple[Tag, list[Outcome]]]:
        queued: deque[tuple[Tag, list[Future[list[Outcome]]]]] = deque()
        source = iter(batches)
        limit = self.workers * (1 + AHEAD)

        def fill() -> None:
            # At least two batches queued: the next one runs while the caller stores one.
            while len(queued) < 2 or sum(len(t) for _, t in queued) < limit:
                batch = next(source, None)
                if batch is None:
                    return
                tag, items = batch
                parts = split(items, self._task_size)
                queued.append((tag, [self._pool.submit(_extract_in_worker, p) for p in parts]))

        fill()
        while queued:
            tag, tasks = queued[0]
            outcomes = [outcome for task in tasks for outcome in task.result()]
            queued.popleft()
            fill()
            yield tag, outcomes

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
