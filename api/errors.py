"""Every error the API returns, as RFC 9457 problem details, mapped in one place.

Routes never build error responses themselves: they let domain errors propagate
(NotFoundError, StoreUnavailableError, DocumentError) or raise `ApiError`, and the
handlers below turn them into `application/problem+json`. No handler ever returns a
stack trace; unexpected errors are logged on the server and answered with a 500.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from actorgraph.api.schemas import Problem
from actorgraph.documents import DocumentError
from actorgraph.graph.cypher_console import CypherCancelledError, CypherQueryError
from actorgraph.graph.store import NotFoundError, StoreError, StoreUnavailableError

logger = logging.getLogger("actorgraph.api")

PROBLEM_JSON = "application/problem+json"


class ApiError(Exception):
    """An HTTP error raised by a route or dependency (401, 413, ...)."""

    def __init__(self, status: int, detail: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = headers


def problem(
    status: int,
    detail: str | None,
    *,
    request: Request | None = None,
    headers: Mapping[str, str] | None = None,
    **extensions: Any,
) -> JSONResponse:
    """A problem+json response; `title` is the HTTP reason phrase (type about:blank)."""
    body = Problem(
        title=HTTPStatus(status).phrase,
        status=status,
        detail=detail,
        instance=request.url.path if request is not None else None,
    ).model_dump(exclude_none=True)
    body.update(jsonable_encoder(extensions))
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` entries documenting problem+json errors of a route."""
    return {
        status: {
            "model": Problem,
            "description": HTTPStatus(status).phrase,
            "content": {PROBLEM_JSON: {}},
        }
        for status in statuses
    }


async def _not_found(request: Request, exc: Exception) -> JSONResponse:
    return problem(404, str(exc), request=request)


async def _unavailable(request: Request, exc: Exception) -> JSONResponse:
    logger.warning("store unavailable: %s", exc)
    return problem(503, str(exc), request=request, headers={"Retry-After": "5"})


async def _store_error(request: Request, exc: Exception) -> JSONResponse:
    logger.error("store error on %s: %s", request.url.path, exc)
    return problem(500, str(exc), request=request)


async def _cypher_error(request: Request, exc: Exception) -> JSONResponse:
    return problem(400, str(exc), request=request)


async def _cancelled(request: Request, exc: Exception) -> JSONResponse:
    # Nobody reads this answer: the client left. Not a server error either.
    return problem(503, str(exc), request=request)


async def _document_error(request: Request, exc: Exception) -> JSONResponse:
    return problem(422, str(exc), request=request)


async def _api_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return problem(exc.status, exc.detail, request=request, headers=exc.headers)


async def _validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    # Not echoing `input`: for an upload it would be the whole document again.
    errors = [
        {"loc": list(err.get("loc", ())), "msg": err.get("msg", ""), "type": err.get("type", "")}
        for err in exc.errors()
    ]
    return problem(
        422,
        "the request is not valid: see `errors` for each invalid field",
        request=request,
        errors=errors,
    )


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    return problem(exc.status_code, exc.detail, request=request, headers=exc.headers)


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    logger.exception("unexpected error on %s %s", request.method, request.url.path)
    return problem(
        500,
        "an unexpected error occurred; the server log has the details",
        request=request,
    )


def install_error_handlers(app: FastAPI) -> None:
    # Starlette picks the handler of the most specific class (walks the MRO), so
    # NotFoundError and StoreUnavailableError win over StoreError.
    app.add_exception_handler(NotFoundError, _not_found)
    app.add_exception_handler(StoreUnavailableError, _unavailable)
    app.add_exception_handler(StoreError, _store_error)
    app.add_exception_handler(CypherQueryError, _cypher_error)
    app.add_exception_handler(CypherCancelledError, _cancelled)
    app.add_exception_handler(DocumentError, _document_error)
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)
