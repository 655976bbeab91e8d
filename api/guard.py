"""The checks every request passes before any route reads its body.

A plain ASGI middleware, outermost but for the access log, so that nothing below it
reads a byte of a request it refuses:

1. the Host header must name this server (ACTORGRAPH_ALLOWED_HOSTS): a page on another
   site that rebinds its DNS name to 127.0.0.1 still sends its own name, and gets 400;
2. writes (any method but GET, HEAD, OPTIONS) carry the bearer token when one is set
   (reads too when ACTORGRAPH_API_READ_TOKEN_REQUIRED), else 401 before the body is read;
3. a body is sent as application/json or multipart/form-data, else 415: a browser sends
   a cross-site form or `fetch(..., {mode: "no-cors"})` only as text/plain, form-urlencoded
   or with no Content-Type at all, so a write from another site never gets through;
4. a body is at most ACTORGRAPH_MAX_UPLOAD_BYTES on /documents and
   ACTORGRAPH_MAX_QUERY_BYTES elsewhere: 413 from Content-Length before reading, and the
   stream itself is counted, so a body without a length (chunked) stops at the limit.

The routes' own checks stay (the token dependency, the stricter per-route type and size
checks): this layer makes the refusal early and cheap, not the only one.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from actorgraph.api.errors import problem
from actorgraph.settings import Settings

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
OPEN_PATHS = frozenset({"/health", "/ready"})
BODY_TYPES = ("application/json", "multipart/form-data")
# Room for the multipart framing around an uploaded file (boundaries, part headers).
MULTIPART_OVERHEAD = 64 * 1024


class BodyTooLargeError(HTTPException):
    """Raised from `receive` when the streamed body passes the limit (a 413)."""

    def __init__(self, limit: Limit) -> None:
        shown = limit.setting_bytes
        super().__init__(
            413,
            f"the request body is over the limit of {shown:,} bytes; send less (split a "
            f"document) or raise {limit.setting}",
        )


@dataclass(frozen=True, slots=True)
class Limit:
    body_bytes: int  # what the stream may carry, framing included
    setting_bytes: int  # the configured value, as the error names it
    setting: str


class RequestGuardMiddleware:
    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.hosts = settings.hosts
        token = settings.api_token.get_secret_value() if settings.api_token is not None else ""
        self.token = token.encode("utf-8")  # empty: no token configured

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        refusal = self._refusal(scope, headers)
        if refusal is not None:
            status, detail, extra = refusal
            response = problem(status, detail, headers=extra)
            await response(scope, receive, send)
            return
        limit = self._limit(scope["path"])
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit.body_bytes:
            await problem(413, BodyTooLargeError(limit).detail)(scope, receive, send)
            return
        await self._limited(scope, receive, send, limit)

    def _refusal(self, scope: Scope, headers: Headers) -> tuple[int, str, dict[str, str]] | None:
        """(status, detail, headers) of a request refused before its body, or None."""
        if "*" not in self.hosts and host_name(headers.get("host", "")) not in self.hosts:
            return (
                400,
                "this server does not answer to that Host name; add it to "
                "ACTORGRAPH_ALLOWED_HOSTS if it is one of this server's names",
                {},
            )
        method = scope["method"]
        if method == "OPTIONS":
            return None  # CORS preflights carry no credentials and no body
        needs_token = method not in SAFE_METHODS or (
            self.settings.api_read_token_required and scope["path"] not in OPEN_PATHS
        )
        if needs_token and self.token and not self._has_token(headers):
            return (
                401,
                "this endpoint needs the header `Authorization: Bearer <token>` with the "
                "token set in ACTORGRAPH_API_TOKEN",
                {"WWW-Authenticate": "Bearer"},
            )
        if method not in SAFE_METHODS and method != "DELETE":
            media_type = headers.get("content-type", "").split(";")[0].strip().lower()
            if not (media_type in BODY_TYPES or media_type.endswith("+json")):
                shown = media_type or "no Content-Type"
                return (
                    415,
                    f"send the body as application/json (files as multipart/form-data), "
                    f"not {shown}",
                    {},
                )
        return None

    def _has_token(self, headers: Headers) -> bool:
        scheme, _, given = headers.get("authorization", "").partition(" ")
        return scheme.lower() == "bearer" and secrets.compare_digest(
            given.strip().encode("utf-8"), self.token
        )

    def _limit(self, path: str) -> Limit:
        if path == "/documents" or path.startswith("/documents/"):
            upload = self.settings.max_upload_bytes
            return Limit(upload + MULTIPART_OVERHEAD, upload, "ACTORGRAPH_MAX_UPLOAD_BYTES")
        query = self.settings.max_query_bytes
        return Limit(query, query, "ACTORGRAPH_MAX_QUERY_BYTES")

    async def _limited(self, scope: Scope, receive: Receive, send: Send, limit: Limit) -> None:
        seen = 0
        started = False

        async def counted_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit.body_bytes:
                    raise BodyTooLargeError(limit)
            return message

        async def noted_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted_receive, noted_send)
        except BodyTooLargeError as exc:
            # Routes turn it into a 413 themselves; this catches a reader that does not.
            if started:
                raise
            await problem(413, exc.detail)(scope, receive, send)


def host_name(host: str) -> str:
    """The name of a Host header without its port, lower case ("[::1]:8000" -> "[::1]")."""
    host = host.strip().lower()
    if host.startswith("["):
        end = host.find("]")
        return host[: end + 1] if end > 0 else host
    return host.split(":", 1)[0]
