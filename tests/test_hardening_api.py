"""The API refuses early and cheaply, answers only its own host names, logs once
without secrets, and says so when its store file is empty (issue 18, cases 1, 7, 9, 10).
"""

from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import SecretStr
from spacy.language import Language

from actorgraph.api import create_app
from actorgraph.cli import UsageError, main
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.settings import Settings
from tests.samples import fill

TOKEN = "guard-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
PROBLEM = "application/problem+json"


@contextmanager
def served(app: FastAPI) -> Iterator[int]:
    """The app on a free loopback port in this process; yields the port."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        for _ in range(400):
            if server.started:
                break
            time.sleep(0.05)
        assert server.started
        yield server.servers[0].sockets[0].getsockname()[1]
    finally:
        server.should_exit = True
        thread.join(30)


def raw_request(port: int, head: str, body: bytes = b"") -> bytes:
    """Sends the head (and body, if any), then reads what the server answers without
    sending the rest of a declared body. A server that waits for the body first
    times out here instead of answering."""
    with socket.create_connection(("127.0.0.1", port), timeout=20) as conn:
        conn.sendall(head.encode("latin-1") + body)
        answer = b""
        while b"\r\n\r\n" not in answer or len(answer) < _expected(answer):
            chunk = conn.recv(65_536)
            if not chunk:
                break
            answer += chunk
        return answer


def _expected(answer: bytes) -> int:
    """The length of a whole answer whose head has arrived (head + Content-Length)."""
    head, _, _ = answer.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return len(head) + 4 + int(value)
    return len(answer)


# ------------------------------------------------------ case 1: bodies before auth


def test_a_huge_declared_body_without_the_token_gets_401_before_it_is_sent(
    store: EmbeddedStore, tmp_path: Path
) -> None:
    app = create_app(Settings(data_dir=tmp_path, api_token=SecretStr(TOKEN)), store=store)
    with served(app) as port:
        answer = raw_request(
            port,
            "POST /cypher HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            "Content-Length: 300000000\r\n\r\n",
        )
    assert answer.startswith(b"HTTP/1.1 401"), answer[:200]
    assert PROBLEM.encode() in answer


def test_a_huge_declared_body_with_the_token_gets_413_before_it_is_sent(
    store: EmbeddedStore, tmp_path: Path
) -> None:
    app = create_app(Settings(data_dir=tmp_path, api_token=SecretStr(TOKEN)), store=store)
    with served(app) as port:
        answer = raw_request(
            port,
            "POST /cypher HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Authorization: Bearer {TOKEN}\r\nContent-Length: 300000000\r\n\r\n",
        )
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert b"ACTORGRAPH_MAX_QUERY_BYTES" in answer


def test_a_query_body_without_a_length_stops_at_the_query_limit(
    store: EmbeddedStore, tmp_path: Path
) -> None:
    sent: list[int] = []

    def chunks() -> Iterator[bytes]:
        yield b'{"query": "RETURN 1 AS one", "pad": "'
        for _ in range(64):  # 4 MB in all, 64 kB at a time
            sent.append(1)
            yield b"x" * 65_536
        yield b'"}'

    app = create_app(Settings(data_dir=tmp_path, max_query_bytes=100_000), store=store)
    with TestClient(app) as client:
        response = client.post(
            "/cypher", content=chunks(), headers={"Content-Type": "application/json"}
        )
    assert response.status_code == 413, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    assert "100,000 bytes" in response.json()["detail"]


def test_the_token_is_checked_before_a_document_body_is_read(
    store: EmbeddedStore, tmp_path: Path
) -> None:
    app = create_app(Settings(data_dir=tmp_path, api_token=SecretStr(TOKEN)), store=store)
    with served(app) as port:
        answer = raw_request(
            port,
            "POST /documents HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            "Content-Length: 5000000\r\n\r\n",
        )
    assert answer.startswith(b"HTTP/1.1 401"), answer[:200]


# ------------------------------------------------------- case 7: cross-site writes


def test_a_document_without_a_content_type_is_refused(
    store: EmbeddedStore, tmp_path: Path, nlp: Language
) -> None:
    """What `fetch(url, {mode: "no-cors", method: "POST", body: blob})` sends."""
    before = store.stats()
    app = create_app(Settings(data_dir=tmp_path), store=store, nlp=nlp)
    body = json.dumps({"id": "planted.txt", "text": "Iran backed the Crimson Brigade."})
    with TestClient(app) as client:
        response = client.post("/documents", content=body.encode())
        plain = client.post("/documents", content=body, headers={"Content-Type": "text/plain"})
    assert response.status_code == 415, response.text
    assert plain.status_code == 415
    assert store.get_document("planted.txt") is None
    assert store.stats() == before


def test_cypher_without_a_json_content_type_is_refused(
    store: EmbeddedStore, tmp_path: Path
) -> None:
    app = create_app(Settings(data_dir=tmp_path), store=store)
    with TestClient(app) as client:
        response = client.post("/cypher", content=b'{"query": "RETURN 1"}')
    assert response.status_code == 415
    assert response.headers["content-type"].startswith(PROBLEM)


@pytest.mark.parametrize(
    ("host", "status"),
    [
        ("localhost", 200),
        ("localhost:8000", 200),
        ("127.0.0.1:8000", 200),
        ("[::1]:8000", 200),
        ("evil.example", 400),
        ("evil.example:8000", 400),
        ("127.0.0.1.nip.io", 400),
    ],
)
def test_only_configured_host_names_are_answered(
    store: EmbeddedStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, host: str, status: int
) -> None:
    monkeypatch.delenv("ACTORGRAPH_ALLOWED_HOSTS")
    app = create_app(Settings(data_dir=tmp_path), store=store)
    with TestClient(app, base_url=f"http://{host}") as client:
        response = client.get("/actors", params={"q": "crimson"})
        health = client.get("/health")
    assert response.status_code == status, response.text
    assert health.status_code == status
    if status == 400:
        assert "ACTORGRAPH_ALLOWED_HOSTS" in response.json()["detail"]


def test_allowed_hosts_default_to_loopback_and_read_a_list(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from actorgraph.settings import LOOPBACK_HOSTS

    monkeypatch.delenv("ACTORGRAPH_ALLOWED_HOSTS")
    assert Settings().hosts == frozenset(LOOPBACK_HOSTS)
    monkeypatch.setenv("ACTORGRAPH_ALLOWED_HOSTS", "graph.example.org, localhost")
    assert Settings().hosts == {"graph.example.org", "localhost", "127.0.0.1"}
    assert "*" in Settings(allowed_hosts=["*"]).hosts


def test_serving_beyond_loopback_without_a_token_is_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def served(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the API was served on 0.0.0.0 without a token")

    monkeypatch.setattr(uvicorn, "run", served)
    assert main(["serve", "--host", "0.0.0.0", "--port", "1"]) == 2
    assert "without a token" in capsys.readouterr().err
    from actorgraph.cli import check_bind

    with pytest.raises(UsageError):
        check_bind(Settings(host="192.0.2.7"))


@pytest.mark.parametrize(
    "settings",
    [
        {"host": "127.0.0.1"},
        {"host": "::1"},
        {"host": "localhost"},
        {"host": "0.0.0.0", "api_token": SecretStr(TOKEN)},
        {"host": "0.0.0.0", "allow_insecure_bind": True},
    ],
)
def test_binding_is_allowed_on_loopback_with_a_token_or_when_told(settings: dict[str, Any]) -> None:
    from actorgraph.cli import check_bind

    check_bind(Settings(**settings))


# ----------------------------------------------------------------------- case 9: logs


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def test_serve_logs_each_request_once_without_query_secrets(tmp_path: Path) -> None:
    port = free_port()
    env = {
        **os.environ,
        "ACTORGRAPH_DATA_DIR": str(tmp_path),
        "ACTORGRAPH_PORT": str(port),
        "PYTHONUNBUFFERED": "1",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "actorgraph.cli", "serve"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        answer = b""
        for _ in range(300):
            try:
                answer = raw_request(
                    port,
                    "GET /health?token=hunter2-secret&x=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    "Connection: close\r\n\r\n",
                )
                break
            except OSError:
                time.sleep(0.1)
        assert answer.startswith(b"HTTP/1.1 200"), answer[:200]
    finally:
        process.terminate()
        _, err = process.communicate(timeout=30)
    assert "hunter2-secret" not in err
    lines = [json.loads(line) for line in err.splitlines() if line.startswith("{")]
    requests = [line for line in lines if line.get("event") == "request"]
    assert [(r["method"], r["path"], r["status"], r["params"]) for r in requests] == [
        ("GET", "/health", 200, ["token", "x"])
    ]
    assert '"GET /health' not in err  # uvicorn's own access log is off


def test_the_access_log_can_be_turned_off() -> None:
    from actorgraph.api.access_log import configure_logging

    access = logging.getLogger("actorgraph.api.access")
    try:
        configure_logging(access_log=False)
        assert not access.isEnabledFor(logging.INFO)
        configure_logging(access_log=True)
        assert access.isEnabledFor(logging.INFO)
        assert len([h for h in access.handlers if getattr(h, "_actorgraph", False)]) == 1
    finally:
        for logger in (access, logging.getLogger("actorgraph")):
            for handler in [h for h in logger.handlers if getattr(h, "_actorgraph", False)]:
                logger.removeHandler(handler)
            logger.propagate = True
            logger.setLevel(logging.NOTSET)


# ------------------------------------------------------- case 10: an empty store file


def test_a_zero_byte_store_file_is_reported_at_start_and_by_ready(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "graph.sqlite3").write_bytes(b"")
    caplog.set_level(logging.WARNING, logger="actorgraph.api")
    with TestClient(create_app(Settings(data_dir=tmp_path))) as client:
        response = client.get("/ready")
    assert response.status_code == 200
    (warning,) = response.json()["warnings"]
    assert "0 bytes" in warning and "graph.sqlite3" in warning
    assert any("0 bytes" in r.getMessage() for r in caplog.records)


def test_a_truncated_store_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "graph.sqlite3"
    store = EmbeddedStore(path)
    fill(store)
    store.close()
    data = path.read_bytes()
    assert len(data) > 8192
    path.write_bytes(data[: len(data) // 2])
    with TestClient(create_app(Settings(data_dir=tmp_path)), raise_server_exceptions=False) as c:
        response = c.get("/ready")
    if response.status_code == 200:
        assert any("truncated" in w for w in response.json()["warnings"])
    else:  # SQLite itself noticed: the store is unavailable, which /ready says too
        assert response.status_code == 503


def test_an_intact_store_has_no_warnings(tmp_path: Path) -> None:
    intact = EmbeddedStore(tmp_path / "graph.sqlite3")
    fill(intact)
    intact.close()
    with TestClient(create_app(Settings(data_dir=tmp_path, store="sqlite"))) as client:
        assert client.get("/ready").json() == {"status": "ready"}


def test_the_cli_warns_about_a_zero_byte_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "graph.sqlite3").write_bytes(b"")
    assert main(["stats", "--data-dir", str(tmp_path)]) == 0
    assert "0 bytes" in capsys.readouterr().err
