"""One structured log line per request: method, path, status, duration.

A plain ASGI middleware (not BaseHTTPMiddleware, which costs a task per request).
It logs the path and the names of the query parameters, never their values nor a
header, so neither a bearer token nor a `?token=` (nor what an analyst searched for)
reaches the log. `actorgraph serve` turns uvicorn's own access log off, which would
print the full query string, and sends this one to stderr (`configure_logging`).
"""

from __future__ import annotations

import json
import logging
import sys
import time
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Message, Receive, Scope, Send

logger = logging.getLogger("actorgraph.api.access")


class AccessLogMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 500  # what the client gets if the app fails before answering

        async def send_and_note(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, send_and_note)
        finally:
            if logger.isEnabledFor(logging.INFO):
                logger.info(
                    json.dumps(
                        {
                            "event": "request",
                            "method": scope["method"],
                            "path": scope["path"],
                            "params": _param_names(scope.get("query_string", b"")),
                            "status": status,
                            "duration_ms": round((time.perf_counter() - start) * 1000, 2),
                        }
                    )
                )


def _param_names(query_string: bytes) -> list[str]:
    pairs = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
    return sorted({name for name, _ in pairs})


def configure_logging(*, access_log: bool = True) -> None:
    """Our loggers to stderr: warnings of `actorgraph`, and the access log (one JSON
    line per request) unless `access_log` is false. Idempotent."""
    base = logging.getLogger("actorgraph")
    if not any(getattr(h, "_actorgraph", False) for h in base.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s: %(message)s"))
        handler._actorgraph = True  # type: ignore[attr-defined]
        base.addHandler(handler)
        base.setLevel(logging.INFO)
        base.propagate = False
    access = logging.getLogger("actorgraph.api.access")
    if not any(getattr(h, "_actorgraph", False) for h in access.handlers):
        line = logging.StreamHandler(sys.stderr)
        line.setFormatter(logging.Formatter("%(message)s"))
        line._actorgraph = True  # type: ignore[attr-defined]
        access.addHandler(line)
        access.propagate = False
    access.setLevel(logging.INFO if access_log else logging.WARNING)
