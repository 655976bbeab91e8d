"""Dependencies the routes declare: settings, the store, the write token, the upload."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, Request
from fastapi.exceptions import RequestValidationError
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import ValidationError

from actorgraph.api.errors import ApiError
from actorgraph.api.schemas import DocumentIn
from actorgraph.api.state import AppState
from actorgraph.graph.store import GraphStore
from actorgraph.settings import Settings


def get_state(request: Request) -> AppState:
    state: AppState = request.app.state.actorgraph
    return state


def get_settings(state: Annotated[AppState, Depends(get_state)]) -> Settings:
    return state.settings


def get_store(state: Annotated[AppState, Depends(get_state)]) -> GraphStore:
    return state.stores.get()


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[GraphStore, Depends(get_store)]
StateDep = Annotated[AppState, Depends(get_state)]

_bearer = HTTPBearer(
    auto_error=False,
    description="Required for writes when ACTORGRAPH_API_TOKEN is set.",
)


def require_token(
    settings: SettingsDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    """Checks `Authorization: Bearer <token>` when the API has a token configured."""
    if settings.api_token is None or not settings.api_token.get_secret_value():
        return  # no token configured (an empty ACTORGRAPH_API_TOKEN counts as none)
    expected = settings.api_token.get_secret_value().encode("utf-8")
    given = credentials.credentials.encode("utf-8") if credentials is not None else b""
    if credentials is None or not secrets.compare_digest(given, expected):
        raise ApiError(
            401,
            "this endpoint needs the header `Authorization: Bearer <token>` with the "
            "token set in ACTORGRAPH_API_TOKEN",
            headers={"WWW-Authenticate": "Bearer"},
        )


async def read_document(request: Request, settings: SettingsDep) -> DocumentIn:
    """The JSON body of an upload, refused with 413 past `settings.max_upload_bytes`.

    Read by hand rather than as a body parameter so that an oversized body is refused
    from its Content-Length, or as soon as the stream passes the limit, without first
    being read whole into memory.
    """
    limit = settings.max_upload_bytes
    too_large = ApiError(
        413,
        f"the request body is over the limit of {limit:,} bytes; split the document "
        "or raise ACTORGRAPH_MAX_UPLOAD_BYTES",
    )
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_large
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > limit:
            raise too_large
    try:
        return DocumentIn.model_validate_json(bytes(body))
    except ValidationError as exc:
        errors = exc.errors(include_url=False, include_input=False, include_context=False)
        for error in errors:
            error["loc"] = ("body", *error["loc"])
        raise RequestValidationError(errors) from exc


TokenDep = Depends(require_token)
DocumentBody = Annotated[DocumentIn, Depends(read_document)]
