"""The Ladybug writer's checkpoints: a commit the engine kept is never reported as a
failed write (even when the checkpoint after it failed), a checkpoint too large for the
serving pool runs in a larger one, and a store filled by the bulk path takes ordinary
writes afterwards with its log written into the file. A writer over its memory budget
checkpoints sooner; the tests of the log's thresholds turn the budget off (the test
process's own memory must not decide them)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import ladybug
import pytest

from actorgraph.documents import sha256_text
from actorgraph.domain import Extraction
from actorgraph.graph import ladybug_store
from actorgraph.graph.ladybug_bulk import bulk_load
from actorgraph.graph.ladybug_store import DATABASE_FILE, LadybugStore
from actorgraph.graph.models import DocumentInfo
from benchmarks.corpus import synthetic_extractions

COMMITTED_BUT = (
    "Transaction committed successfully, but the post-commit checkpoint failed. The "
    "committed data is durable and will be recovered on restart: Buffer manager exception: "
    "Unable to allocate memory! The buffer pool is full and no memory could be freed!"
)
POOL_FULL = "Buffer manager exception: Unable to allocate memory! The buffer pool is full"


def _documents(count: int, skip: int = 0) -> list[tuple[DocumentInfo, Extraction]]:
    docs = list(synthetic_extractions(count + skip, sentences=4))[skip:]
    return [
        (DocumentInfo(d.id, sha256_text(d.text), d.extraction.date, len(d.text.split())),
         d.extraction)
        for d in docs
    ]


def _log(folder: Path) -> int:
    log = folder / (DATABASE_FILE + ".wal")
    return log.stat().st_size if log.exists() else 0


def _patch_execute(monkeypatch: pytest.MonkeyPatch, fail: Any) -> list[str]:
    """Every statement the store runs goes through `fail(statement, run)`, which runs it
    (`run()`) and may raise; the statements are recorded."""
    real = ladybug.Connection.execute
    seen: list[str] = []

    def execute(self: ladybug.Connection, query: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(str(query))
        return fail(str(query), lambda: real(self, query, *args, **kwargs))

    monkeypatch.setattr(ladybug.Connection, "execute", execute)
    return seen


MB = 2**20


def _patch_memory(
    monkeypatch: pytest.MonkeyPatch, start: int, *, given_back: int
) -> list[int]:
    """The store reads the process's resident memory from the returned one-item list;
    each checkpoint (its heap trim) takes `given_back` off it."""
    held = [start]

    def give_back() -> None:
        held[0] -= given_back

    monkeypatch.setattr(ladybug_store, "resident_bytes", lambda: held[0])
    monkeypatch.setattr(ladybug_store, "release_freed_heap", give_back)
    return held


@contextmanager
def _over_a_budget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, spacing: int, held: int, given_back: int
) -> Iterator[tuple[LadybugStore, list[str], list[int]]]:
    """A writer of a graph larger than its pool with a 300 MB budget, checkpoints for
    memory at most every `spacing` writes, its process holding `held` bytes (the list it
    yields, which each checkpoint takes `given_back` off); the statements run are
    recorded from the first write on."""
    monkeypatch.setattr(ladybug_store, "MEMORY_CHECKPOINT_WRITES", spacing)
    monkeypatch.setattr(ladybug_store, "LARGE_GRAPH_CHECKPOINT_LOG_BYTES", 2**30)
    memory = _patch_memory(monkeypatch, held, given_back=given_back)
    small = 64 * 2**20
    with LadybugStore(
        tmp_path, buffer_pool_bytes=small, checkpoint_log_bytes=2**30, memory_bytes=300 * MB
    ) as store:
        monkeypatch.setattr(LadybugStore, "_file_bytes", lambda self: small + 1)
        yield store, _patch_execute(monkeypatch, lambda query, run: run()), memory


def test_a_commit_whose_checkpoint_failed_is_a_write_done_and_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = _documents(3)
    with LadybugStore(tmp_path) as store:
        store.upsert_document(*docs[0])
        mark = store.write_mark

        def fail(query: str, run: Any) -> Any:
            result = run()
            if query == "COMMIT":  # the commit stands, then the engine reports its checkpoint
                raise RuntimeError(COMMITTED_BUT)
            return result

        _patch_execute(monkeypatch, fail)
        result = store.upsert_document(*docs[1])
        monkeypatch.undo()
        assert (result.document, result.status) == (docs[1][0].id, "created")
        assert store.get_document(docs[1][0].id) is not None
        assert store.write_mark != mark  # a write of the process (pages let go of)
        # The actor index followed the write: a later document resolves against it.
        store.upsert_document(*docs[2])
        counts = store.stats()
    with LadybugStore(tmp_path, read_only=True) as reader:
        assert {d.id for d in reader.list_documents()} == {i.id for i, _ in docs}
        assert reader.stats() == counts


def test_a_commit_that_failed_is_still_a_failed_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = _documents(2)
    with LadybugStore(tmp_path) as store:
        store.upsert_document(*docs[0])

        def fail(query: str, run: Any) -> Any:
            if query == "COMMIT":
                raise RuntimeError(POOL_FULL)
            return run()

        _patch_execute(monkeypatch, fail)
        with pytest.raises(ladybug_store.StoreError, match="buffer pool is full"):
            store.upsert_document(*docs[1])
        monkeypatch.undo()
        assert store.get_document(docs[1][0].id) is None
        assert store.stats().documents == 1


def _record_pools(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A checkpoint's pool set to 96 MB, and the pool of every database the store opens
    recorded, in order."""
    monkeypatch.setattr(ladybug_store, "CHECKPOINT_BUFFER_POOL_BYTES", 96 * 2**20)
    pools: list[int] = []
    real_open = LadybugStore._open_database

    def open_database(self: LadybugStore, buffer_pool_bytes: int) -> None:
        pools.append(buffer_pool_bytes)
        real_open(self, buffer_pool_bytes)

    monkeypatch.setattr(LadybugStore, "_open_database", open_database)
    return pools


def test_a_checkpoint_too_large_for_the_pool_runs_in_a_larger_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pools = _record_pools(monkeypatch)
    docs = _documents(4)
    small = 64 * 2**20
    with LadybugStore(
        tmp_path, buffer_pool_bytes=small, checkpoint_log_bytes=0, memory_bytes=None
    ) as store:
        store.upsert_document(*docs[0])
        assert pools == [small] and _log(tmp_path) == 0  # checkpointed in its own pool

        def fail(query: str, run: Any) -> Any:
            # The serving pool cannot hold the checkpoint; the larger one can.
            if query == "CHECKPOINT" and pools[-1] == small:
                raise RuntimeError(POOL_FULL)
            return run()

        seen = _patch_execute(monkeypatch, fail)
        store.upsert_document(*docs[1])
        assert pools == [small, 96 * 2**20, small]
        assert seen.count("CHECKPOINT") == 2
        assert _log(tmp_path) == 0
        # Reads and writes go on in the serving pool; the next checkpoint goes straight
        # to the larger one.
        assert store.get_document(docs[1][0].id) is not None
        store.upsert_document(*docs[2])
        assert pools == [small, 96 * 2**20, small, 96 * 2**20, small]
        assert seen.count("CHECKPOINT") == 3
        assert _log(tmp_path) == 0
        store.upsert_document(*docs[3])
        counts = store.stats()
    with LadybugStore(tmp_path, read_only=True) as reader:
        assert reader.stats() == counts and counts.documents == 4


def test_a_graph_larger_than_its_pool_checkpoints_straight_in_the_larger_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At a million statements the attempt in the serving pool filled it and failed after
    seconds, and the process kept the memory: a file larger than the pool skips it."""
    pools = _record_pools(monkeypatch)
    docs = _documents(2)
    small = 64 * 2**20
    with LadybugStore(
        tmp_path, buffer_pool_bytes=small, checkpoint_log_bytes=0, memory_bytes=None
    ) as store:
        store.upsert_document(*docs[0])
        assert pools == [small] and _log(tmp_path) == 0  # a small file: in its own pool
        monkeypatch.setattr(LadybugStore, "_file_bytes", lambda self: small + 1)
        seen = _patch_execute(monkeypatch, lambda query, run: run())
        store.upsert_document(*docs[1])
        assert pools == [small, 96 * 2**20, small]
        assert seen.count("CHECKPOINT") == 1  # the larger pool's only
        assert _log(tmp_path) == 0
        counts = store.stats()
    with LadybugStore(tmp_path, read_only=True) as reader:
        assert reader.stats() == counts and counts.documents == 2


def test_a_store_filled_in_bulk_takes_ordinary_writes_with_their_checkpoints(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "graph"
    bulk_load(folder, _documents(40))
    assert _log(folder) == 0  # the load ends checkpointed, in its own pool
    extra = _documents(3, skip=40)
    with LadybugStore(folder, checkpoint_log_bytes=0) as store:
        before = store.stats()
        for info, extraction in extra:
            result = store.upsert_document(info, extraction)
            assert result.status == "created"
            assert _log(folder) == 0  # each write's log went into the file
        after = store.stats()
    assert after.documents == before.documents + 3
    with LadybugStore(folder, read_only=True) as reader:
        assert reader.stats() == after
        assert all(reader.get_document(i.id) is not None for i, _ in extra)


def test_a_writer_opens_without_the_engines_own_checkpoints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The engine's checkpoint at a commit is what failed at a million statements in a
    256 MB pool: a writer in a pool smaller than a checkpoint's turns it off."""
    settings: list[dict[str, Any]] = []
    real = ladybug.Database.__init__

    def init(self: ladybug.Database, *args: Any, **kwargs: Any) -> None:
        settings.append(kwargs)
        real(self, *args, **kwargs)

    monkeypatch.setattr(ladybug.Database, "__init__", init)
    with LadybugStore(tmp_path):
        pass
    with LadybugStore(tmp_path, buffer_pool_bytes=ladybug_store.CHECKPOINT_BUFFER_POOL_BYTES):
        pass
    assert [s["auto_checkpoint"] for s in settings] == [False, True]


def test_a_graph_larger_than_its_pool_checkpoints_at_the_smaller_log_threshold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At a million statements each logged change held far more memory than its record
    until the checkpoint: a file larger than the pool checkpoints once the log passes
    LARGE_GRAPH_CHECKPOINT_LOG_BYTES, however large the store's own threshold."""
    monkeypatch.setattr(ladybug_store, "LARGE_GRAPH_CHECKPOINT_LOG_BYTES", 1)
    docs = _documents(2)
    small = 64 * 2**20
    with LadybugStore(
        tmp_path, buffer_pool_bytes=small, checkpoint_log_bytes=2**30, memory_bytes=None
    ) as store:
        store.upsert_document(*docs[0])
        assert _log(tmp_path) > 0  # a small file keeps the store's own threshold
        monkeypatch.setattr(LadybugStore, "_file_bytes", lambda self: small + 1)
        store.upsert_document(*docs[1])
        assert _log(tmp_path) == 0
        counts = store.stats()
    with LadybugStore(tmp_path, read_only=True) as reader:
        assert reader.stats() == counts and counts.documents == 2


def test_a_checkpoint_gives_the_memory_it_freed_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The heap is trimmed after each checkpoint, in the store's pool or the larger one
    (and in the latter before the serving pool is opened again)."""
    pools = _record_pools(monkeypatch)
    trims: list[int] = []

    def trim() -> bool:
        trims.append(len(pools))
        return True

    monkeypatch.setattr(ladybug_store, "release_freed_heap", trim)
    docs = _documents(2)
    small = 64 * 2**20
    with LadybugStore(
        tmp_path, buffer_pool_bytes=small, checkpoint_log_bytes=0, memory_bytes=None
    ) as store:
        trims.clear()  # (the new schema's checkpoint)
        store.upsert_document(*docs[0])
        assert trims == [1]  # in its own pool
        monkeypatch.setattr(LadybugStore, "_file_bytes", lambda self: small + 1)
        store.upsert_document(*docs[1])
        assert pools == [small, 96 * 2**20, small]
        assert trims == [1, 2]  # after the larger pool closed, before the serving one opened


def test_a_writer_over_its_memory_budget_checkpoints_before_and_after_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A serving process whose reads filled the pool of a graph larger than it, then
    writes: the checkpoint (which gives the pool back) comes before the first write once
    the process holds more than its budget, and after a write only when enough writes
    came since the last one; within the budget only the log decides."""
    docs = _documents(5)
    # The process holds 400 MB against a 300 MB budget; a checkpoint gives 250 back.
    with _over_a_budget(
        tmp_path, monkeypatch, spacing=3, held=400 * MB, given_back=250 * MB
    ) as (store, seen, held):
        store.upsert_document(*docs[0])
        held[0] = 400 * MB  # the next writes (and reads) take it back up
        assert seen.count("CHECKPOINT") == 1 and _log(tmp_path) > 0  # before the write
        store.upsert_document(*docs[1])
        assert seen.count("CHECKPOINT") == 1  # one write since: not yet
        store.upsert_document(*docs[2])
        assert seen.count("CHECKPOINT") == 2 and _log(tmp_path) == 0  # after the third
        held[0] = 400 * MB
        store.upsert_document(*docs[3])
        assert seen.count("CHECKPOINT") == 2
        counts = store.stats()
    with LadybugStore(tmp_path, read_only=True) as reader:
        assert reader.stats() == counts and counts.documents == 4


def test_a_writer_that_a_checkpoint_leaves_over_its_budget_checkpoints_by_its_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An ingest holds the language model: a checkpoint leaves it over the budget, so
    its memory no longer calls for checkpoints (before, every few writes paid one that
    gave nothing back); once one leaves it within the budget, its memory counts again."""
    docs = _documents(5)
    with _over_a_budget(
        tmp_path, monkeypatch, spacing=1, held=600 * MB, given_back=0
    ) as (store, seen, held):
        store.upsert_document(*docs[0])
        assert seen.count("CHECKPOINT") == 1  # over the budget, none yet: before the write
        held[0] = 900 * MB
        store.upsert_document(*docs[1])
        store.upsert_document(*docs[2])
        assert seen.count("CHECKPOINT") == 1  # the checkpoint left 600 MB: the log decides
        held[0] = 200 * MB
        store.checkpoint()  # say, the log's, after the model was let go of
        assert seen.count("CHECKPOINT") == 2
        held[0] = 400 * MB
        store.upsert_document(*docs[3])
        assert seen.count("CHECKPOINT") == 3  # within the budget after it: memory counts
        counts = store.stats()
    with LadybugStore(tmp_path, read_only=True) as reader:
        assert reader.stats() == counts and counts.documents == 4


def test_a_writer_within_its_memory_budget_checkpoints_by_its_log_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ladybug_store, "LARGE_GRAPH_CHECKPOINT_LOG_BYTES", 2**30)
    docs = _documents(3)
    small = 64 * 2**20
    with LadybugStore(
        tmp_path, buffer_pool_bytes=small, checkpoint_log_bytes=2**30, memory_bytes=2**40
    ) as store:
        monkeypatch.setattr(LadybugStore, "_file_bytes", lambda self: small + 1)
        seen = _patch_execute(monkeypatch, lambda query, run: run())
        for doc in docs:
            store.upsert_document(*doc)
        assert "CHECKPOINT" not in seen and _log(tmp_path) > 0


@pytest.mark.parametrize("serving", [True, False])
def test_the_api_servers_store_keeps_a_memory_budget_and_an_ingests_does_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, serving: bool
) -> None:
    """`open_store(serving=True)` (the API server's) checkpoints a graph larger than its
    pool once the process is over LARGE_GRAPH_MEMORY_BYTES; any other open (`actorgraph
    ingest`) leaves it to the log, keeping its pace."""
    from actorgraph.settings import Settings
    from actorgraph.stores import open_store

    monkeypatch.setattr(ladybug_store, "LARGE_GRAPH_CHECKPOINT_LOG_BYTES", 2**30)
    _patch_memory(monkeypatch, ladybug_store.LARGE_GRAPH_MEMORY_BYTES + MB, given_back=0)
    with open_store(Settings(data_dir=tmp_path, store="ladybug"), serving=serving) as store:
        monkeypatch.setattr(LadybugStore, "_file_bytes", lambda self: 2**40)
        seen = _patch_execute(monkeypatch, lambda query, run: run())
        store.upsert_document(*_documents(1)[0])
    assert ("CHECKPOINT" in seen) is serving


def test_the_api_opens_its_store_as_a_server(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fastapi.testclient import TestClient

    from actorgraph.api import app as api_app
    from actorgraph.settings import Settings

    opened: list[dict[str, Any]] = []
    real = api_app.open_store

    def open_store(settings: Settings, **kwargs: Any) -> Any:
        opened.append(kwargs)
        return real(settings, **kwargs)

    monkeypatch.setattr(api_app, "open_store", open_store)
    with TestClient(api_app.create_app(Settings(data_dir=tmp_path, store="ladybug"))) as client:
        assert client.get("/stats").status_code == 200
    assert opened and all(kwargs.get("serving") is True for kwargs in opened)
