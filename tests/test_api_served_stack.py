"""The API served over HTTP on uvicorn's C parser (httptools) and libuv's loop (uvloop,
not on Windows): what uvicorn picks by itself from the project's dependencies, and the
answers it serves are those the app gives in process (headers, bodies, errors)."""

from __future__ import annotations

import sys
from pathlib import Path

import httpx
from fastapi.testclient import TestClient

from actorgraph.api import create_app
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.settings import Settings
from tests.live_server import serving

LOOP = "uvloop" if sys.platform != "win32" else "asyncio"


def test_a_served_app_runs_on_the_c_parser_and_uvloop(store: EmbeddedStore, tmp_path: Path) -> None:
    app = create_app(Settings(data_dir=tmp_path), store=store)
    with serving(app) as (base, server):
        assert httpx.get(f"{base}/health", timeout=10).status_code == 200
        protocol = server.config.http_protocol_class
        listening = type(server.servers[0]).__module__
    assert protocol.__name__ == "HttpToolsProtocol"
    assert listening.split(".")[0] == ("uvloop" if LOOP == "uvloop" else "asyncio")


def test_served_answers_are_the_apps_own(store: EmbeddedStore, tmp_path: Path) -> None:
    hub = max(store.search_actors("", limit=100), key=lambda a: a.degree).id
    paths = [
        "/health",
        f"/actors/{hub}",
        f"/actors/{hub}/connections",
        f"/actors/{hub}/connections?depth=2&limit=3",
        "/actors?q=a%20b&limit=2",  # a query string the parser must decode
        "/actors/no-such-actor/connections",  # a problem answer (404)
        f"/actors/{hub}/connections?depth=9",  # refused (422)
    ]
    # An app for each (an app's shutdown closes its read threads); the store is shared.
    with TestClient(create_app(Settings(data_dir=tmp_path), store=store)) as client:
        expected = [client.get(path) for path in paths]
    app = create_app(Settings(data_dir=tmp_path), store=store)
    with serving(app) as (base, _), httpx.Client(base_url=base, timeout=30) as client:
        # One connection for all, so that keep-alive is exercised as well.
        answers = [client.get(path) for path in paths]
    assert [a.status_code for a in answers] == [e.status_code for e in expected]
    assert {e.status_code for e in expected} >= {200, 404, 422}
    for answer, wanted in zip(answers, expected, strict=True):
        assert answer.content == wanted.content, answer.request.url
        assert answer.headers["content-type"] == wanted.headers["content-type"]
        assert int(answer.headers["content-length"]) == len(wanted.content)
