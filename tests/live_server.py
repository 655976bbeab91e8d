"""An app served by uvicorn on a free loopback port in a thread of the test process,
for tests that need a real HTTP server (browsers, concurrent clients)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from fastapi import FastAPI


@contextmanager
def serving(app: FastAPI) -> Iterator[tuple[str, uvicorn.Server]]:
    """Yields the server's base URL and the server (uvicorn's defaults: its HTTP parser
    and event loop are what "auto" picks); the server stops when the block ends."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while not server.started:
            assert thread.is_alive() and time.monotonic() < deadline, "the API did not start"
            time.sleep(0.05)
        yield f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}", server
    finally:
        server.should_exit = True
        thread.join(30)


@contextmanager
def served(app: FastAPI) -> Iterator[str]:
    """Yields the server's base URL; the server stops when the block ends."""
    with serving(app) as (base, _):
        yield base
