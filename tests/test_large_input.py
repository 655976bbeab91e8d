"""A 50 MB text file is refused with a clear limit, with memory bounded, at every door.

- CLI (`actorgraph extract`, `actorgraph ingest`, in a child process): exit 1 and a
  message naming the limit and ACTORGRAPH_MAX_UPLOAD_BYTES. Memory, against the same
  command on a tiny file in the same test: the child's peak RSS (from `os.wait4`, per
  child) and, the sensitive figure, the peak of what Python allocates while the
  command runs in-process (`tracemalloc`); both stay within MEMORY_MARGIN (half the
  file), so the file was never read whole.
- API (POST /documents as JSON, POST /documents/upload as multipart): 413
  problem+json naming the limit; driven at the ASGI level, the app stops reading the
  body at the limit (from Content-Length before any byte, or by counting a stream
  without one, or whose Content-Length lies), and the peak of what Python allocates
  while it refuses stays far below the file's size.

After each refusal the store is exactly as before. No time is asserted.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tracemalloc
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from spacy.language import Language
from starlette.types import Message

import actorgraph.cli
from actorgraph.api import create_app
from actorgraph.cli import main
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.migrate import graph_snapshot
from actorgraph.settings import Settings
from tests.test_api import assert_problem

ROOT = Path(__file__).resolve().parents[1]
SIZE = 50_000_000  # bytes in the big file
LIMIT: int = Settings.model_fields["max_upload_bytes"].default  # as users meet it
LIMIT_TEXT = f"{LIMIT:,} bytes"
MEMORY_MARGIN_KB = 25 * 1024  # half the file: reading it whole would pass this
CHUNK = 64 * 1024  # what a server hands the app at a time
MULTIPART_OVERHEAD = 64 * 1024  # framing the upload route allows beyond the limit
TEMPLATES = (
    "Valdoria shelled positions of the Crimson Brigade near Harbour City on day {n}.",
    "Ostrava condemned the attack and called on Valdoria to stop, officials said ({n}).",
    "Omar Haddad, leader of the Crimson Brigade, met envoys of Ostrava in round {n}.",
)


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 50 MB plain-text news file, written in blocks (never held whole)."""
    path = tmp_path_factory.mktemp("large") / "big.txt"
    written, n = 0, 0
    with path.open("w", encoding="utf-8") as out:
        while written < SIZE:
            block = " ".join(TEMPLATES[i % 3].format(n=n + i) for i in range(3000)) + "\n"
            block = block[: SIZE - written]
            out.write(block)
            written += len(block)  # ASCII: characters are bytes
            n += 3000
    assert path.stat().st_size == SIZE
    return path


@pytest.fixture
def tiny_file(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.txt"
    path.write_text(TEMPLATES[0].format(n=1) + " " + TEMPLATES[1].format(n=2), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- CLI


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str
    peak_rss_kb: int


# Runs the command and writes its exit status and peak RSS (KB) to the file argv[1].
# The command is started from this small process because Linux starts a child's peak
# RSS at that of the process it was forked from (here pytest, which holds a pipeline).
MEASURE = """
import os, subprocess, sys
child = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(child.pid, 0)
with open(sys.argv[1], "w") as out:
    out.write(f"{os.waitstatus_to_exitcode(status)} {usage.ru_maxrss}")
"""


def run_cli(args: list[str], tmp_path: Path) -> Run:
    """`actorgraph ARGS` in a child process, with its own peak RSS."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ACTORGRAPH_")}
    figures = tmp_path / "cli.figures"
    command = [sys.executable, "-m", "actorgraph.cli", *args]
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, str(figures), *command],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=True,
    )
    code, peak_kb = (int(part) for part in figures.read_text().split())
    return Run(code, done.stdout, done.stderr, peak_kb)


def traced_peak(args: list[str]) -> int:
    """Most bytes Python had allocated at once while `actorgraph ARGS` ran in-process
    (the pipeline is built beforehand, by the `cli_pipeline` fixture)."""
    tracemalloc.start()
    try:
        main(args)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.fixture
def cli_pipeline(monkeypatch: pytest.MonkeyPatch, nlp: Language) -> None:
    """The session pipeline, and the default settings whatever the environment says."""
    monkeypatch.setattr(actorgraph.cli, "_pipeline", lambda: nlp)
    for name in [k for k in os.environ if k.startswith("ACTORGRAPH_")]:
        monkeypatch.delenv(name)


def assert_clear_refusal(message: str, big_file: Path) -> None:
    assert str(big_file) in message
    assert f"{SIZE:,} bytes is over the limit of {LIMIT_TEXT}" in message
    assert "ACTORGRAPH_MAX_UPLOAD_BYTES" in message
    assert "Traceback" not in message


def assert_memory_bounded(big: Run, tiny: Run, big_traced: int, tiny_traced: int) -> None:
    """The child's peak RSS is set by the language pipeline (built after the files are
    read, when a transient read would be freed again), so the sensitive figure is the
    traced peak of the in-process run; the RSS bound checks the real command."""
    print(
        f"peak RSS: tiny file {tiny.peak_rss_kb:,} KB, 50 MB file {big.peak_rss_kb:,} KB; "
        f"traced peak: tiny file {tiny_traced:,} B, 50 MB file {big_traced:,} B"
    )
    assert big.peak_rss_kb - tiny.peak_rss_kb < MEMORY_MARGIN_KB
    assert big_traced - tiny_traced < MEMORY_MARGIN_KB * 1024, "the file was read whole"


@pytest.mark.slow
@pytest.mark.usefixtures("cli_pipeline")
def test_cli_extract_refuses_50_mb_without_reading_it(
    big_file: Path, tiny_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tiny = run_cli(["extract", str(tiny_file)], tmp_path)
    assert tiny.code == 0, tiny.stderr
    assert "relations:" in tiny.stdout
    tiny_traced = traced_peak(["extract", str(tiny_file)])

    big = run_cli(["extract", str(big_file)], tmp_path)
    big_traced = traced_peak(["extract", str(big_file)])

    assert big.code == 1
    assert_clear_refusal(big.stderr, big_file)
    assert_clear_refusal(capsys.readouterr().err, big_file)
    assert_memory_bounded(big, tiny, big_traced, tiny_traced)


@pytest.mark.slow
@pytest.mark.usefixtures("cli_pipeline")
def test_cli_ingest_refuses_50_mb_without_reading_it_and_keeps_the_store(
    big_file: Path, tiny_file: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    common = ["--data-dir", str(data), "--no-progress"]
    tiny = run_cli(["ingest", str(tiny_file), *common], tmp_path)
    assert tiny.code == 0, tiny.stderr
    assert "1 created" in tiny.stdout
    # Again in-process, into a second store: the same work, traced.
    tiny_traced = traced_peak(["ingest", str(tiny_file), "--data-dir", str(tmp_path / "d2")])
    with EmbeddedStore(data / "graph.sqlite3") as store:
        before = graph_snapshot(store)

    big = run_cli(["ingest", str(big_file), *common], tmp_path)
    big_traced = traced_peak(["ingest", str(big_file), *common])

    assert big.code == 1
    assert_clear_refusal(big.stderr, big_file)
    assert "0 created, 0 replaced, 0 unchanged, 1 failed" in big.stdout
    assert_memory_bounded(big, tiny, big_traced, tiny_traced)
    with EmbeddedStore(data / "graph.sqlite3") as store:
        assert graph_snapshot(store) == before


# --------------------------------------------------------------------------- API


@pytest.fixture
def app(store: EmbeddedStore, tmp_path: Path) -> FastAPI:
    # No pipeline passed: a refusal must come before any extraction is attempted.
    return create_app(Settings(data_dir=tmp_path, max_upload_bytes=LIMIT), store=store)


def test_api_refuses_a_50_mb_upload_and_json_body_with_413(
    app: FastAPI, store: EmbeddedStore, big_file: Path
) -> None:
    before = graph_snapshot(store)
    with TestClient(app) as client, big_file.open("rb") as upload:
        response = client.post("/documents/upload", files={"file": ("big.txt", upload)})
        detail = assert_problem(response, 413)["detail"]
        assert LIMIT_TEXT in detail and "ACTORGRAPH_MAX_UPLOAD_BYTES" in detail

        body = b'{"id": "big.txt", "text": "' + big_file.read_bytes() + b'"}'
        response = client.post(
            "/documents", content=body, headers={"Content-Type": "application/json"}
        )
        detail = assert_problem(response, 413)["detail"]
        assert LIMIT_TEXT in detail and "ACTORGRAPH_MAX_UPLOAD_BYTES" in detail
    assert graph_snapshot(store) == before


# The same refusals at the ASGI level, where what the app reads can be counted.

BOUNDARY = "actorgraph-test-boundary"


def file_chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as source:
        while chunk := source.read(CHUNK):
            yield chunk


def json_body(path: Path) -> Iterator[bytes]:
    yield b'{"id": "big.txt", "text": "'
    yield from file_chunks(path)
    yield b'"}'


def multipart_body(path: Path) -> Iterator[bytes]:
    yield (
        f"--{BOUNDARY}\r\n"
        'Content-Disposition: form-data; name="file"; filename="big.txt"\r\n'
        "Content-Type: text/plain\r\n\r\n"
    ).encode()
    yield from file_chunks(path)
    yield f"\r\n--{BOUNDARY}--\r\n".encode()


@dataclass
class Exchange:
    status: int = 0
    body: bytes = b""
    consumed: int = 0  # body bytes the app took from the server
    peak_bytes: int = 0  # most memory Python had allocated during the request


def drive(app: FastAPI, path: str, headers: dict[str, str], body: Iterator[bytes]) -> Exchange:
    """One request through the ASGI app, the body handed over in chunks on demand."""
    exchange = Exchange()
    pending = next(body, None)

    async def receive() -> Message:
        nonlocal pending
        if pending is None:
            return {"type": "http.disconnect"}
        chunk, pending = pending, next(body, None)
        exchange.consumed += len(chunk)
        return {"type": "http.request", "body": chunk, "more_body": pending is not None}

    async def send(message: Message) -> None:
        if message["type"] == "http.response.start":
            exchange.status = message["status"]
        elif message["type"] == "http.response.body":
            exchange.body += message.get("body", b"")

    scope: dict[str, Any] = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": b"",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
        "state": {},
    }
    tracemalloc.start()
    try:
        asyncio.run(app(scope, receive, send))
        exchange.peak_bytes = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return exchange


DOORS = {
    "json": ("/documents", "application/json", json_body, 0),
    "multipart": (
        "/documents/upload",
        f"multipart/form-data; boundary={BOUNDARY}",
        multipart_body,
        MULTIPART_OVERHEAD,
    ),
}


@pytest.mark.parametrize("door", sorted(DOORS))
@pytest.mark.parametrize("declared", ["true", "none", "lie"])
def test_api_stops_reading_a_50_mb_body_at_the_limit(
    app: FastAPI, store: EmbeddedStore, big_file: Path, door: str, declared: str
) -> None:
    """`declared`: the true Content-Length, none (a chunked upload), or one that lies."""
    path, content_type, body, overhead = DOORS[door]
    headers = {"host": "testserver", "content-type": content_type}
    if declared == "true":
        headers["content-length"] = str(sum(len(chunk) for chunk in body(big_file)))
    elif declared == "lie":
        headers["content-length"] = "1000"
    before = graph_snapshot(store)

    exchange = drive(app, path, headers, body(big_file))

    assert exchange.status == 413, exchange.body[:500]
    assert LIMIT_TEXT.encode() in exchange.body
    if declared == "true":
        assert exchange.consumed == 0, "refused from Content-Length before reading"
    else:
        assert exchange.consumed <= LIMIT + overhead + CHUNK, exchange.consumed
    print(f"{door}/{declared}: read {exchange.consumed:,} B, peak {exchange.peak_bytes:,} B")
    assert exchange.peak_bytes < MEMORY_MARGIN_KB * 1024, "the body was held in memory"
    assert graph_snapshot(store) == before
