"""Dependencies the routes declare: settings, the store, the tokens, the uploads."""

from __future__ import annotations

import secrets
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Annotated

from fastapi import Depends, Request
from fastapi.exceptions import RequestValidationError
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser

from actorgraph.api.errors import ApiError
from actorgraph.api.page_cache import PageCache
from actorgraph.api.reads import ReadPool
from actorgraph.api.schemas import DocumentIn
from actorgraph.api.state import AppState
from actorgraph.documents import TEXT_SUFFIXES
from actorgraph.graph.store import GraphStore
from actorgraph.settings import Settings

# The dependencies are coroutines: FastAPI runs a plain function dependency on a worker
# thread, and under load each such hop waits for a thread and for the interpreter lock.


async def get_state(request: Request) -> AppState:
    state: AppState = request.app.state.actorgraph
    return state


async def get_settings(state: Annotated[AppState, Depends(get_state)]) -> Settings:
    return state.settings


async def get_store(state: Annotated[AppState, Depends(get_state)]) -> GraphStore:
    store = state.stores.opened
    if store is not None:
        return store
    return await run_in_threadpool(state.stores.get)  # opening it may take a while


async def get_reads(state: Annotated[AppState, Depends(get_state)]) -> ReadPool:
    return state.reads


async def get_pages(state: Annotated[AppState, Depends(get_state)]) -> PageCache:
    return state.pages


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[GraphStore, Depends(get_store)]
StateDep = Annotated[AppState, Depends(get_state)]
ReadsDep = Annotated[ReadPool, Depends(get_reads)]
PagesDep = Annotated[PageCache, Depends(get_pages)]

_bearer = HTTPBearer(
    auto_error=False,
    description=(
        "Required for writes when ACTORGRAPH_API_TOKEN is set, and for reads too when "
        "ACTORGRAPH_API_READ_TOKEN_REQUIRED is true."
    ),
)
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


async def require_token(settings: SettingsDep, credentials: Credentials) -> None:
    """Checks `Authorization: Bearer <token>` when the API has a token configured."""
    _check_token(settings, credentials)


async def require_read_token(settings: SettingsDep, credentials: Credentials) -> None:
    """Checks the bearer token on reads when ACTORGRAPH_API_READ_TOKEN_REQUIRED is true
    (Settings refuses that flag without a token, so reads never silently stay open)."""
    if settings.api_read_token_required:
        _check_token(settings, credentials)


def _check_token(settings: Settings, credentials: HTTPAuthorizationCredentials | None) -> None:
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
    # The type must be said: a body without one is what a cross-site `fetch` in
    # no-cors mode sends, and must not be read as JSON.
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != "application/json" and not media_type.endswith("+json"):
        raise ApiError(
            415,
            f"send the document as application/json (not {media_type or 'no Content-Type'}); "
            "files go to POST /documents/upload",
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


@dataclass(frozen=True, slots=True)
class Upload:
    """An uploaded file: its document id (the file's base name) and its bytes."""

    id: str
    suffix: str
    data: bytes


# Room for the multipart framing (boundaries, part headers) around the file itself.
_MULTIPART_OVERHEAD = 64 * 1024


def upload_id(filename: str) -> str:
    """The document id of an uploaded file: its base name only, so that a name such
    as "../../etc/passwd" or "C:\\x\\a.txt" cannot point anywhere; 422 if nothing
    usable is left."""
    base = PurePosixPath(filename.replace("\\", "/")).name
    base = "".join(ch for ch in base if ch.isprintable()).strip()
    if base in {"", ".", ".."} or base.startswith("."):
        raise ApiError(
            422, f"the file name {filename!r} has no usable base name; name the file e.g. a.txt"
        )
    if len(base) > 255:  # cutting it would cut off the file type
        raise ApiError(422, "the file name is longer than 255 characters; shorten it")
    return base


async def read_upload(request: Request, settings: SettingsDep) -> Upload:
    """The one file of a multipart upload (field `file`), refused with 413 past
    `settings.max_upload_bytes` before it is read whole, 415 for other file types."""
    limit = settings.max_upload_bytes
    too_large = ApiError(
        413,
        f"the uploaded file is over the limit of {limit:,} bytes; split the document "
        "or raise ACTORGRAPH_MAX_UPLOAD_BYTES",
    )
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        raise ApiError(415, "send the file as multipart/form-data in a field named `file`")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit + _MULTIPART_OVERHEAD:
        raise too_large

    async def counted() -> AsyncGenerator[bytes, None]:
        seen = 0
        async for chunk in request.stream():
            seen += len(chunk)
            if seen > limit + _MULTIPART_OVERHEAD:
                raise too_large
            yield chunk

    # Parsed here rather than as a File() parameter so that the size check above runs
    # before anything is spooled; one file and a few small fields at most.
    parser = MultiPartParser(request.headers, counted(), max_files=1, max_fields=4)
    try:
        form = await parser.parse()
    except MultiPartException as exc:
        raise ApiError(422, f"the multipart body cannot be read: {exc.message}") from exc
    try:
        file = form.get("file")
        if not isinstance(file, UploadFile):
            raise ApiError(422, "the multipart body has no file in a field named `file`")
        doc_id = upload_id(file.filename or "")
        suffix = PurePosixPath(doc_id).suffix.lower()
        if suffix not in TEXT_SUFFIXES:
            raise ApiError(
                415,
                f"{doc_id!r}: only text files can be ingested ({', '.join(sorted(TEXT_SUFFIXES))})",
            )
        data = await file.read(limit + 1)
        if len(data) > limit:
            raise too_large
        return Upload(id=doc_id, suffix=suffix, data=data)
    finally:
        await form.close()


TokenDep = Depends(require_token)
ReadTokenDep = Depends(require_read_token)
DocumentBody = Annotated[DocumentIn, Depends(read_document)]
UploadBody = Annotated[Upload, Depends(read_upload)]
