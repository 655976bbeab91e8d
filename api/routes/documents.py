"""Ingesting, listing and deleting documents."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Annotated

from fastapi import APIRouter, Path, Query, Response, status

from actorgraph.api.deps import DocumentBody, StateDep, StoreDep, TokenDep, Upload, UploadBody
from actorgraph.api.errors import problem_responses
from actorgraph.api.params import DEFAULT_PAGE_SIZE, Offset
from actorgraph.api.schemas import (
    DocumentIn,
    DocumentList,
    DocumentOut,
    ExtractionSummary,
    IngestOut,
    UpsertOut,
)
from actorgraph.api.sources import copies_in
from actorgraph.api.state import AppState
from actorgraph.documents import (
    DocumentError,
    SourceDocument,
    decode_bytes,
    prepare_text,
    text_document,
)
from actorgraph.domain import Extraction
from actorgraph.duplicates import fingerprint
from actorgraph.graph.models import DocumentInfo
from actorgraph.graph.store import GraphStore, NotFoundError
from actorgraph.sources import read_meta, source_document
from actorgraph.stored import document_info, is_stored, store_copy

router = APIRouter(prefix="/documents", tags=["documents"])

# Ids may be file paths ("2020/jan/report.txt"), hence the `:path` converter.
DocumentId = Annotated[str, Path(description="The document id given at ingest.")]


def ingest_text(state: AppState, store: GraphStore, document: DocumentIn) -> IngestOut:
    """Read one posted text with the pipeline and upsert what was found."""
    max_chars = state.settings.max_document_chars
    text = text_document(document.id, document.text, max_chars=max_chars).text  # 422
    return ingest_source(state, store, source_document(document.id, text, document.meta()))


def ingest_upload(state: AppState, store: GraphStore, upload: Upload) -> IngestOut:
    raw = decode_bytes(upload.data, name=upload.id)  # DocumentError -> 422
    body, meta = read_meta(raw, suffix=upload.suffix, path=None, name=upload.id)
    text = prepare_text(
        body, suffix=upload.suffix, name=upload.id, max_chars=state.settings.max_document_chars
    )
    return ingest_source(state, store, source_document(upload.id, text, meta))


def ingest_source(state: AppState, store: GraphStore, source: SourceDocument) -> IngestOut:
    """Runs on the extraction worker (see `_ingest`), within the time budget."""
    # here, not at the top: they load spaCy (about 80 MB), which a process that only
    # serves reads never needs
    from actorgraph.extract import extract_document
    from actorgraph.extract.chunks import ExtractionBudgetError, time_budget

    fp = fingerprint(source.text)
    original = None
    if not is_stored(store, source):
        original = state.copies_index(store).original_of(source, fp)
        if original is not None and store.get_document(original) is None:
            # deleted since the index was read (e.g. by another client of the database)
            state.source_index = None
            original = state.copies_index(store).original_of(source, fp)
    if original is not None:  # a copy: recorded as another source, not read again
        result = store_copy(store, source, original, fp)
        if result.status == "replaced":
            state.source_index = None  # its id may have held another text
        return IngestOut(
            result=UpsertOut.of(result),
            extraction=ExtractionSummary.of(Extraction(document=source.id)),
            duplicate_of=original,
        )
    nlp = state.pipeline.get()
    try:
        with state.pipeline.run_lock, time_budget(state.settings.extract_timeout_s):
            extraction = extract_document(nlp, source.text, source.id)
    except ExtractionBudgetError as exc:
        raise DocumentError(f"{source.id}: {exc} (ACTORGRAPH_EXTRACT_TIMEOUT_S)") from exc
    result = store.upsert_document(document_info(source, extraction, fingerprint=fp), extraction)
    if result.status == "created" and state.source_index is not None:
        state.source_index.add(source.id, fp)
    elif result.status != "unchanged":
        state.source_index = None  # a replaced text: read the index again
    return IngestOut(result=UpsertOut.of(result), extraction=ExtractionSummary.of(extraction))


async def _ingest(state: AppState, job: Callable[[], IngestOut], response: Response) -> IngestOut:
    """The job on the extraction worker, awaited without holding a request thread."""
    out = await state.extractor.run(job)
    if out.result.status == "created":
        response.status_code = status.HTTP_201_CREATED
    return out


@router.post(
    "",
    summary="Ingest a document",
    description=(
        "Extracts actors and relations from the text and adds them to the graph. "
        "Optional source metadata: `title`, `url` (http/https), `published` (a date), "
        "`publisher`, `reliability` (Admiralty grade A-F); a bad value is a 422 naming "
        "the field. Posting the same id again with the same text and metadata changes "
        "nothing (`unchanged`); otherwise it replaces the document's statements "
        "(`replaced`). A text that is a copy of a stored document (the same words, or "
        "a syndicated copy) is recorded as another source of it (`duplicate_of`) and "
        "not counted twice. Needs "
        "`Authorization: Bearer <token>` when ACTORGRAPH_API_TOKEN is set; bodies over "
        "ACTORGRAPH_MAX_UPLOAD_BYTES are refused with 413, bodies that are not JSON with "
        "415. The first ingest of a process builds the language pipeline, which takes "
        "a few seconds. Documents are read one at a time by one worker: when "
        "ACTORGRAPH_INGEST_QUEUE_SIZE are already waiting the answer is 503 with "
        "Retry-After; texts over ACTORGRAPH_MAX_DOCUMENT_CHARS characters, or whose "
        "reading passes ACTORGRAPH_EXTRACT_TIMEOUT_S, get 422."
    ),
    dependencies=[TokenDep],
    status_code=status.HTTP_200_OK,
    responses={
        201: {"model": IngestOut, "description": "A new document was added."},
        **problem_responses(401, 413, 415, 422, 503),
    },
    # The body is read by `read_document` (to enforce the size limit while reading),
    # so FastAPI does not see it as a parameter; describe it for the docs here.
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": DocumentIn.model_json_schema()}},
        }
    },
)
async def post_document(
    document: DocumentBody, state: StateDep, store: StoreDep, response: Response
) -> IngestOut:
    return await _ingest(state, partial(ingest_text, state, store, document), response)


@router.post(
    "/upload",
    summary="Upload a file",
    description=(
        "Ingests one text file sent as `multipart/form-data` in the field `file`: "
        "plain text (.txt), Markdown (.md) or HTML (.html; markup is stripped), UTF-8 "
        "or UTF-16 with BOM; source metadata is read from front matter or the page's "
        "<title> and <meta> tags. The document id is the file's base name only (any folder "
        "part of the name is dropped). Answers like POST /documents: what the extractor "
        "read and what changed. Needs the bearer token when one is set; files over "
        "ACTORGRAPH_MAX_UPLOAD_BYTES get 413, other file types 415, binary or empty "
        "files 422; the queue and the limits of POST /documents apply."
    ),
    dependencies=[TokenDep],
    status_code=status.HTTP_200_OK,
    responses={
        201: {"model": IngestOut, "description": "A new document was added."},
        **problem_responses(401, 413, 415, 422, 503),
    },
    # The body is parsed by `read_upload` (size limit first), so describe it here.
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "required": ["file"],
                        "properties": {
                            "file": {
                                "type": "string",
                                "format": "binary",
                                "description": "The document: a .txt, .md or .html file.",
                            }
                        },
                    },
                    "encoding": {"file": {"contentType": "text/plain, text/markdown, text/html"}},
                }
            },
        }
    },
)
async def upload_document(
    upload: UploadBody, state: StateDep, store: StoreDep, response: Response
) -> IngestOut:
    return await _ingest(state, partial(ingest_upload, state, store, upload), response)


@router.get(
    "",
    summary="List documents",
    description=(
        "Ingested documents in id order, with their hash, report date, word count, "
        "ingest time, source metadata and recorded copies."
    ),
    responses=problem_responses(422, 503),
)
def list_documents(
    store: StoreDep,
    limit: Annotated[
        int, Query(ge=1, le=1000, description=f"Items per page ({DEFAULT_PAGE_SIZE} by default).")
    ] = DEFAULT_PAGE_SIZE,
    offset: Offset = 0,
) -> DocumentList:
    documents = store.list_documents()
    copies: dict[str, list[DocumentInfo]] = {}
    for info in documents:
        if info.duplicate_of:
            copies.setdefault(info.duplicate_of, []).append(info)
    return DocumentList(
        total=len(documents),
        limit=limit,
        offset=offset,
        items=[DocumentOut.of(d, copies.get(d.id)) for d in documents[offset : offset + limit]],
    )


@router.get(
    "/{document_id:path}",
    summary="One document",
    responses=problem_responses(404, 503),
)
def get_document(store: StoreDep, document_id: DocumentId) -> DocumentOut:
    info = store.get_document(document_id)
    if info is None:
        raise NotFoundError(f"no document with id {document_id!r}; see GET /documents")
    return DocumentOut.of(info, copies_in(store, document_id))


@router.delete(
    "/{document_id:path}",
    summary="Delete a document",
    description=(
        "Removes the document and every statement it supported; edges and actors no "
        "other document supports disappear. Needs the bearer token when one is set."
    ),
    dependencies=[TokenDep],
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=problem_responses(401, 404, 503),
)
def delete_document(state: StateDep, store: StoreDep, document_id: DocumentId) -> Response:
    if not store.delete_document(document_id):
        raise NotFoundError(f"no document with id {document_id!r}; see GET /documents")
    state.source_index = None  # copies are looked up among the documents still stored
    return Response(status_code=status.HTTP_204_NO_CONTENT)
