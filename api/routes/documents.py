"""Ingesting, listing and deleting documents."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response, status

from actorgraph.api.deps import DocumentBody, StateDep, StoreDep, TokenDep, UploadBody
from actorgraph.api.errors import problem_responses
from actorgraph.api.params import Offset
from actorgraph.api.schemas import (
    DocumentIn,
    DocumentList,
    DocumentOut,
    ExtractionSummary,
    IngestOut,
    UpsertOut,
)
from actorgraph.api.state import AppState
from actorgraph.documents import (
    SourceDocument,
    decode_bytes,
    prepare_text,
    sha256_text,
    text_document,
)
from actorgraph.graph.store import GraphStore, NotFoundError
from actorgraph.ingest import document_info

router = APIRouter(prefix="/documents", tags=["documents"])

# Ids may be file paths ("2020/jan/report.txt"), hence the `:path` converter.
DocumentId = Annotated[str, Path(description="The document id given at ingest.")]


def ingest_text(state: AppState, store: GraphStore, document: DocumentIn) -> IngestOut:
    """Read one posted text with the pipeline and upsert what was found."""
    source = text_document(document.id, document.text)  # DocumentError -> 422
    return ingest_source(state, store, source)


def ingest_source(state: AppState, store: GraphStore, source: SourceDocument) -> IngestOut:
    from actorgraph.extract import extract_document

    nlp = state.pipeline.get()
    with state.pipeline.run_lock:
        extraction = extract_document(nlp, source.text, source.id)
    result = store.upsert_document(document_info(source, extraction), extraction)
    return IngestOut(result=UpsertOut.of(result), extraction=ExtractionSummary.of(extraction))


@router.post(
    "",
    summary="Ingest a document",
    description=(
        "Extracts actors and relations from the text and adds them to the graph. "
        "Posting the same id again with the same text changes nothing (`unchanged`); "
        "with other text it replaces the document's statements (`replaced`). Needs "
        "`Authorization: Bearer <token>` when ACTORGRAPH_API_TOKEN is set; bodies over "
        "ACTORGRAPH_MAX_UPLOAD_BYTES are refused with 413, bodies that are not JSON with "
        "415. The first ingest of a process builds the language pipeline, which takes "
        "a few seconds."
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
def post_document(
    document: DocumentBody, state: StateDep, store: StoreDep, response: Response
) -> IngestOut:
    out = ingest_text(state, store, document)
    if out.result.status == "created":
        response.status_code = status.HTTP_201_CREATED
    return out


@router.post(
    "/upload",
    summary="Upload a file",
    description=(
        "Ingests one text file sent as `multipart/form-data` in the field `file`: "
        "plain text (.txt), Markdown (.md) or HTML (.html; markup is stripped), UTF-8 "
        "or UTF-16 with BOM. The document id is the file's base name only (any folder "
        "part of the name is dropped). Answers like POST /documents: what the extractor "
        "read and what changed. Needs the bearer token when one is set; files over "
        "ACTORGRAPH_MAX_UPLOAD_BYTES get 413, other file types 415, binary or empty "
        "files 422."
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
def upload_document(
    upload: UploadBody, state: StateDep, store: StoreDep, response: Response
) -> IngestOut:
    raw = decode_bytes(upload.data, name=upload.id)  # DocumentError -> 422
    text = prepare_text(raw, suffix=upload.suffix, name=upload.id)
    source = SourceDocument(id=upload.id, text=text, sha256=sha256_text(text))
    out = ingest_source(state, store, source)
    if out.result.status == "created":
        response.status_code = status.HTTP_201_CREATED
    return out


@router.get(
    "",
    summary="List documents",
    description=(
        "Ingested documents in id order, with their hash, date, word count and ingest time."
    ),
    responses=problem_responses(422, 503),
)
def list_documents(
    store: StoreDep,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Offset = 0,
) -> DocumentList:
    documents = store.list_documents()
    return DocumentList(
        total=len(documents),
        limit=limit,
        offset=offset,
        items=[DocumentOut.of(d) for d in documents[offset : offset + limit]],
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
    return DocumentOut.of(info)


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
def delete_document(store: StoreDep, document_id: DocumentId) -> Response:
    if not store.delete_document(document_id):
        raise NotFoundError(f"no document with id {document_id!r}; see GET /documents")
    return Response(status_code=status.HTTP_204_NO_CONTENT)
