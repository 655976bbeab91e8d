"""The whole graph as a downloadable file (GraphML, GEXF, JSON, zipped CSV, event tables)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from typing import IO, Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse

from actorgraph.api.deps import StoreDep
from actorgraph.api.errors import problem_responses
from actorgraph.graph.export import ExportFormat, export_graph, media_type, suggested_filename

router = APIRouter(tags=["graph"])

_CHUNK = 64 * 1024
# Exports up to this size stay in memory; larger ones spill to a temporary file.
_SPOOL_BYTES = 8 * 1024 * 1024

_FILES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The export, as an attachment.",
        "content": {media_type(f).split(";")[0]: {} for f in ExportFormat},
    }
}


def _chunks(spool: IO[bytes]) -> Iterator[bytes]:
    try:
        while chunk := spool.read(_CHUNK):
            yield chunk
    finally:
        spool.close()


@router.get(
    "/export",
    summary="Export the whole graph",
    description=(
        "`json`: full fidelity (networkx node-link with every statement; `actorgraph "
        "import` reads it back). `graphml` and `gexf`: for Gephi, typed scalar "
        "attributes, lists joined with newlines. `csv`: a zip of `nodes.csv` and "
        "`edges.csv`. `events-csv` and `events-parquet`: the event table, one row per "
        "statement (date, both actors with type and CAMEO actor code, relation, CAMEO "
        "event code, root code and quad class, location, source URL, evidence), the "
        "shape ACLED and GDELT users load."
    ),
    response_class=StreamingResponse,
    responses={**_FILES, **problem_responses(422, 503)},
)
def export(
    store: StoreDep,
    fmt: Annotated[
        ExportFormat, Query(alias="format", description="File format.")
    ] = ExportFormat.JSON,
) -> StreamingResponse:
    # Written whole before the first byte is sent, so that a store error becomes a
    # problem+json response rather than a 200 with a truncated body.
    spool = tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES)  # noqa: SIM115 - closed by _chunks
    try:
        export_graph(store, fmt, spool)
        size = spool.tell()
        spool.seek(0)
    except BaseException:
        spool.close()
        raise
    filename = suggested_filename(fmt)
    return StreamingResponse(
        _chunks(spool),
        media_type=media_type(fmt),
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Content-Length": str(size),
        },
    )
