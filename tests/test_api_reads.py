"""The API's store reads: a few threads of their own, one network walk at a time, a
bounded queue answered with 503 and Retry-After, and a full Ladybug buffer pool
reported as a busy store (503), never as a server error."""

from __future__ import annotations

import asyncio
import contextvars
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from actorgraph.api import create_app
from actorgraph.api.errors import ApiError
from actorgraph.api.reads import WALKS_WAITING, ReadPool
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.ladybug_store import LadybugStore, StoreBusyError
from actorgraph.graph.store import StoreError
from actorgraph.settings import Settings
from tests.conftest import ladybug_copy
from tests.ladybug_read import record_queries
from tests.live_server import served

POOL_FULL = (
    "Buffer manager exception: Unable to allocate memory! The buffer pool is full and no "
    "memory could be freed!"
)


def a_hub(store: EmbeddedStore) -> str:
    return max(store.search_actors("", limit=100), key=lambda a: a.degree).id


# ------------------------------------------------------------------ the pool


def test_a_full_queue_is_refused_at_once_and_the_pool_serves_again() -> None:
    pool = ReadPool(threads=1, queue_size=0)
    release = threading.Event()

    async def scenario() -> None:
        held = asyncio.ensure_future(pool.run(lambda: release.wait(30)))
        await asyncio.sleep(0.05)  # the first read now holds the only thread
        with pytest.raises(ApiError) as refused:
            await pool.run(lambda: "never run")
        assert refused.value.status == 503
        assert refused.value.headers == {"Retry-After": "1"}
        assert "ACTORGRAPH_READ_QUEUE_SIZE" in refused.value.detail
        release.set()
        assert await held is True
        assert await pool.run(lambda: "served") == "served"

    try:
        asyncio.run(scenario())
    finally:
        release.set()
        pool.close()


def test_walks_run_one_at_a_time_while_short_reads_go_on() -> None:
    pool = ReadPool(threads=3, queue_size=8)
    first_walk_in = threading.Event()
    let_walks_end = threading.Event()
    running: list[str] = []
    most_walks = [0]
    lock = threading.Lock()

    def walk(name: str) -> str:
        with lock:
            running.append(name)
            most_walks[0] = max(most_walks[0], len(running))
        first_walk_in.set()
        let_walks_end.wait(30)
        with lock:
            running.remove(name)
        return name

    async def scenario() -> None:
        walks = [asyncio.ensure_future(pool.run(lambda n=n: walk(n), walk=True)) for n in "ab"]
        assert await asyncio.to_thread(first_walk_in.wait, 30)
        await asyncio.sleep(0.1)  # time for a second walk to start, were it let in
        assert len(running) == 1
        # A thread is free: a short read is served while the walk goes on.
        assert await pool.run(lambda: "short") == "short"
        let_walks_end.set()
        assert sorted(await asyncio.gather(*walks)) == ["a", "b"]

    try:
        asyncio.run(scenario())
    finally:
        let_walks_end.set()
        pool.close()
    assert most_walks[0] == 1


def test_walks_past_the_line_are_refused_while_short_reads_are_served() -> None:
    pool = ReadPool(threads=2, queue_size=64)
    release = threading.Event()

    async def scenario() -> None:
        line = [
            asyncio.ensure_future(pool.run(lambda: release.wait(30), walk=True))
            for _ in range(1 + WALKS_WAITING)
        ]
        await asyncio.sleep(0.05)  # one walk runs, the others wait for it
        with pytest.raises(ApiError) as refused:
            await pool.run(lambda: "never run", walk=True)
        assert refused.value.status == 503 and "Retry-After" in refused.value.headers
        assert "depth 1" in refused.value.detail
        assert await pool.run(lambda: "short") == "short"
        release.set()
        assert await asyncio.gather(*line) == [True] * (1 + WALKS_WAITING)
        assert await pool.run(lambda: "walked", walk=True) == "walked"

    try:
        asyncio.run(scenario())
    finally:
        release.set()
        pool.close()


def test_a_read_sees_the_context_of_its_request() -> None:
    marker: contextvars.ContextVar[str] = contextvars.ContextVar("marker", default="unset")
    pool = ReadPool(threads=2, queue_size=0)

    async def scenario() -> str:
        marker.set("this request")
        return await pool.run(marker.get)

    try:
        assert asyncio.run(scenario()) == "this request"
    finally:
        pool.close()


# ------------------------------------------------------------------- the API


def test_reads_past_the_queue_get_503_while_health_answers(
    store: EmbeddedStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started, release = threading.Event(), threading.Event()
    real_get_actor = store.get_actor

    def slow_get_actor(actor_id: str) -> Any:
        started.set()
        release.wait(60)
        return real_get_actor(actor_id)

    monkeypatch.setattr(store, "get_actor", slow_get_actor)
    hub = a_hub(store)
    app = create_app(Settings(data_dir=tmp_path, read_threads=1, read_queue_size=0), store=store)
    statuses: list[int] = []

    def get(base: str) -> None:
        with httpx.Client(base_url=base, timeout=60) as client:
            statuses.append(client.get(f"/actors/{hub}").status_code)

    with served(app) as base:
        first = threading.Thread(target=get, args=(base,))
        first.start()
        try:
            assert started.wait(30)  # the only read thread is taken
            with httpx.Client(base_url=base, timeout=10) as client:
                refused = client.get(f"/actors/{hub}/connections")
                assert client.get("/health").status_code == 200
        finally:
            release.set()
            first.join(60)
    assert refused.status_code == 503, refused.text
    assert refused.headers["retry-after"] == "1"
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert statuses == [200]


def test_connections_answer_from_the_read_pool_with_their_evidence_sources(
    store: EmbeddedStore, tmp_path: Path
) -> None:
    app = create_app(Settings(data_dir=tmp_path, read_threads=2), store=store)
    hub = a_hub(store)
    with TestClient(app) as client:
        page = client.get(f"/actors/{hub}/connections").json()
        deep = client.get(f"/actors/{hub}/connections", params={"depth": 2}).json()
    assert page["connections"] and deep["total"] >= page["total"]
    cited = {e["document"] for c in page["connections"] for e in c["evidence"]}
    assert cited and cited <= {d.id for d in store.list_documents()}
    reports = {d.id: d.date for d in store.list_documents()}
    for connection in page["connections"]:
        for evidence in connection["evidence"]:
            assert evidence["report_date"] == reports[evidence["document"]]


# ------------------------------------------------------- Ladybug's buffer pool


def test_a_full_buffer_pool_is_a_busy_store(sample_ladybug: Path, tmp_path: Path) -> None:
    ladybug = ladybug_copy(sample_ladybug, tmp_path)
    assert isinstance(ladybug, LadybugStore)

    def fills_the_pool(tx: object) -> None:
        raise RuntimeError(POOL_FULL)

    def fails_otherwise(tx: object) -> None:
        raise RuntimeError("Binder exception: no such table")

    try:
        assert ladybug.ping()
        first = ladybug._local.conn
        with pytest.raises(StoreBusyError, match="busy: other reads hold its buffer pool"):
            ladybug._read("reading a test page", fills_the_pool)
        # The connection that met the full pool keeps that memory: it is closed, and
        # the next read answers on a new one.
        assert first not in ladybug._connections
        assert ladybug.ping()
        assert ladybug._local.conn is not first
        second = ladybug._local.conn
        with pytest.raises(StoreError) as other:
            ladybug._read("reading a test page", fails_otherwise)
        assert not isinstance(other.value, StoreBusyError)
        assert ladybug._local.conn is second  # other errors keep the connection
        assert ladybug.ping()
    finally:
        ladybug.close()


def test_the_api_answers_a_busy_store_with_503_and_retry_after(
    store: EmbeddedStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def busy(*args: object, **kwargs: object) -> None:
        raise StoreBusyError("the graph is busy: try again in a moment")

    hub = a_hub(store)
    monkeypatch.setattr(store, "connection_page", busy)
    with TestClient(create_app(Settings(data_dir=tmp_path), store=store)) as client:
        response = client.get(f"/actors/{hub}/connections")
    assert response.status_code == 503
    assert "retry-after" in response.headers
    assert "busy" in response.json()["detail"]


def test_a_connections_response_is_read_in_one_ladybug_transaction(
    sample_ladybug: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The centre, its page and the documents cited come from one read transaction,
    and the response is the one three separate reads give."""

    store = ladybug_copy(sample_ladybug, tmp_path)
    assert isinstance(store, LadybugStore)
    hub = max(store.search_actors("", limit=100), key=lambda a: a.degree).id
    # No page kept (api/page_cache.py): the same request is read again.
    settings = Settings(data_dir=tmp_path, read_threads=1, page_cache_bytes=0)
    app = create_app(settings, store=store)
    with TestClient(app) as client:
        url = f"/actors/{hub}/connections"
        client.get(url)  # the app's first read (its sources) is not the route's
        queries = record_queries(monkeypatch)
        held = client.get(url)
        assert [q for q in queries if q.startswith("BEGIN")] == ["BEGIN TRANSACTION READ ONLY"]
        monkeypatch.delattr(LadybugStore, "snapshot")
        apart = client.get(url)
        begun = [q for q in queries if q.startswith("BEGIN")]
        assert len(begun) == 4, "without the snapshot: the centre, the page, the sources"
    assert held.status_code == 200 and held.json()["connections"]
    assert held.content == apart.content
