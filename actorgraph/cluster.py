"""Extraction on an existing Dask distributed cluster; this process writes the store.

Before anything is sent, each worker's actorgraph version and spaCy model are
checked. Each worker loads the pipeline once, through a worker plugin (also on a
worker that joins later, such as one that replaces a lost worker). The client ships
texts, or file paths the workers read themselves (ingest's `send_paths`), in
small tasks, keeps a bounded number of them on the cluster, collects results as they
complete and hands them back in input order, so the one writer stores them exactly
as a local ingest would. A worker that dies takes no document with it: the
scheduler runs its tasks again on another worker. A task that cannot be run at all
(its workers died each time) is reported document by document, and a re-run picks
those documents up, since stored ones are skipped.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import urlsplit

from distributed import Client, Future, WorkerPlugin, as_completed, get_worker

from actorgraph import __version__
from actorgraph.extract.pipeline import MODELS
from actorgraph.ingest import ExtractionFailed, Items, Outcome, Tag, extract_batch
from actorgraph.parallel import split

if TYPE_CHECKING:
    from spacy.language import Language

# One plugin per actorgraph version: a later ingest of the same version finds the
# pipelines loaded; a newer version's client installs its own.
PLUGIN_NAME = f"actorgraph-pipeline-{__version__}"
TASK_SIZE = 8  # documents per task: a lost worker costs little work to redo
AHEAD = 4  # tasks kept queued per worker thread beyond the one it runs
CONNECT_TIMEOUT = 20.0  # seconds to reach the scheduler, and to find a worker there


class ClusterError(Exception):
    """The cluster cannot be used (unreachable scheduler, no workers, ...)."""


def check_address(address: str) -> str:
    """`address` when it is a scheduler's tcp://HOST:PORT, else a ClusterError."""
    try:
        parts = urlsplit(address)
        port = parts.port
    except ValueError:
        port = None
        parts = urlsplit("")
    if parts.scheme != "tcp" or not parts.hostname or port is None or parts.path:
        raise ClusterError(
            f"the scheduler address must look like tcp://HOST:PORT "
            f"(e.g. tcp://dask-scheduler:8786), not {address!r}"
        )
    return address


def worker_problems(workers: Mapping[str, Any], version: str = __version__) -> list[str]:
    """Why each worker cannot extract, from `Client.get_versions()["workers"]`
    asked with packages ["actorgraph", *MODELS]: another actorgraph version, none,
    or no spaCy model. Workers that did not answer are left out."""
    problems: list[str] = []
    for address, found in sorted(workers.items()):
        packages = found.get("packages", {}) if isinstance(found, Mapping) else {}
        if not packages:
            continue
        theirs = packages.get("actorgraph")
        if theirs is None:
            problems.append(f"{address} has no actorgraph installed")
        elif theirs != version:
            problems.append(f"{address} runs actorgraph {theirs}, this client {version}")
        elif not any(packages.get(model) for model in MODELS):
            problems.append(f"{address} has no spaCy model ({' or '.join(MODELS)})")
    return problems


def one_line(exc: BaseException) -> str:
    """An exception as one line (a worker's error may carry its traceback)."""
    lines = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0] if lines else ''}".rstrip(": ")


class PipelinePlugin(WorkerPlugin):
    """Builds the extraction pipeline once per worker, when the worker starts or
    when the plugin is registered."""

    name = PLUGIN_NAME
    idempotent = True  # registered again by each ingest: keep the pipelines already built

    def __init__(self) -> None:
        self.nlp: Language | None = None

    def setup(self, worker: Any) -> None:
        from actorgraph.extract import build_pipeline

        self.nlp = build_pipeline()

    def __getstate__(self) -> dict[str, Any]:
        return {"nlp": None}  # the pipeline is built on each worker, never shipped


def extract_on_worker(items: Items) -> list[Outcome]:
    """The task run on a worker: one batch with the worker's pipeline."""
    plugin = get_worker().plugins.get(PLUGIN_NAME)
    if not isinstance(plugin, PipelinePlugin) or plugin.nlp is None:
        raise RuntimeError(
            f"this worker has no {PLUGIN_NAME} plugin: its actorgraph version differs from "
            "the client's, or the plugin failed when the worker started"
        )
    return extract_batch(plugin.nlp, items)


class DaskExtractor:
    """Extraction on the cluster whose scheduler listens at `address`
    (e.g. tcp://dask-scheduler:8786), or through an existing `client`."""

    def __init__(
        self,
        address: str | None = None,
        *,
        client: Client | None = None,
        task_size: int = TASK_SIZE,
        timeout: float = CONNECT_TIMEOUT,
    ) -> None:
        self._owned = client is None
        if client is None:
            check_address(address or "")
            try:
                client = Client(address, timeout=timeout, set_as_default=False)
            except (OSError, TimeoutError) as exc:
                raise ClusterError(
                    f"could not reach the Dask scheduler at {address}: {one_line(exc)}; "
                    "check the address and that the scheduler is running"
                ) from exc
        self.client = client
        self._task_size = task_size
        self._run = uuid.uuid4().hex[:12]  # task keys of this run, unique on the cluster
        self._count = 0
        self._items: dict[str, Items] = {}  # what each task on the cluster reads
        try:
            # A cluster with no worker would hold the tasks silently: give it a moment.
            client.wait_for_workers(1, timeout=timeout)
        except TimeoutError as exc:
            self.close()
            raise ClusterError(
                f"the Dask cluster ({address or 'the given client'}) has no workers; "
                "start some (dask worker SCHEDULER --nthreads 1) and run again"
            ) from exc
        # Checked before the plugin goes out: a worker without actorgraph could not
        # even unpickle it, and one of another version would load another pipeline.
        versions = cast(dict[str, Any], client.get_versions(packages=["actorgraph", *MODELS]))
        problems = worker_problems(versions["workers"])
        if problems:
            self.close()
            more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
            raise ClusterError(
                f"{len(problems)} Dask worker(s) cannot extract: {'; '.join(problems[:3])}"
                f"{more}; install actorgraph {__version__} and its spaCy model on every worker"
            )
        try:
            # Waits until every current worker has built its pipeline (the first time).
            client.register_plugin(PipelinePlugin(), name=PLUGIN_NAME)
        except Exception as exc:  # the plugin failed on a worker: say so and stop
            self.close()
            raise ClusterError(
                f"the Dask workers could not load the actorgraph pipeline: {one_line(exc)}; "
                "install actorgraph (same version) and its spaCy model on every worker"
            ) from exc

    def threads(self) -> int:
        """Worker threads on the cluster now (at least 1, to keep tasks queued)."""
        threads: dict[str, int] = self.client.nthreads()
        return max(1, sum(threads.values()))

    def _submit(self, items: Items) -> Future[list[Outcome]]:
        self._count += 1
        key = f"actorgraph-extract-{self._run}-{self._count}"
        self._items[key] = items
        return self.client.submit(extract_on_worker, items, key=key, pure=False)

    def map(
        self, batches: Iterable[tuple[Tag, Items]]
    ) -> Iterator[tuple[Tag, list[Outcome]]]:
        source = iter(batches)
        pending: list[tuple[Tag, list[Future[list[Outcome]]]]] = []  # not yet handed back
        done: dict[str, list[Outcome]] = {}  # finished tasks by key
        running = as_completed(loop=self.client.loop)
        limit = self.threads() * (1 + AHEAD)
        exhausted = False

        def fill() -> None:
            nonlocal exhausted
            while not exhausted and (
                len(pending) < 2 or sum(len(t) for _, t in pending) - len(done) < limit
            ):
                batch = next(source, None)
                if batch is None:
                    exhausted = True
                    return
                tag, items = batch
                tasks = [self._submit(part) for part in split(items, self._task_size)]
                running.update(tasks)
                pending.append((tag, tasks))

        fill()
        while pending:
            tag, tasks = pending[0]
            while any(str(t.key) not in done for t in tasks):
                task = next(running)
                done[str(task.key)] = self._outcomes(task)
                fill()
            pending.pop(0)
            outcomes = [outcome for task in tasks for outcome in done.pop(str(task.key))]
            fill()
            yield tag, outcomes

    def _outcomes(self, task: Future[list[Outcome]]) -> list[Outcome]:
        """A finished task's outcomes; a task the cluster could not run (its workers
        died each time, or the worker lacked the pipeline) fails its documents."""
        items = self._items.pop(str(task.key))
        try:
            result: list[Outcome] = task.result()
            return result
        except Exception as exc:  # the task, not one document: each of its documents fails
            reason = f"{type(exc).__name__} on the cluster: {exc}"
            return [ExtractionFailed(document, reason) for document, _ in items]
        finally:
            task.release()

    def close(self) -> None:
        if self._owned:
            self.client.close()
