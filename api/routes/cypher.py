"""Read-only Cypher for analysts, on the Ladybug and the Neo4j store."""

from __future__ import annotations

import threading
from functools import partial
from typing import Any

import anyio
import anyio.to_thread
from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field, model_validator

from actorgraph.api.deps import SettingsDep, StoreDep, TokenDep
from actorgraph.api.errors import ApiError, problem_responses
from actorgraph.graph.cypher_console import NO_CYPHER, QueryResult, run_read_query, speaks_cypher

router = APIRouter(tags=["graph"])

MAX_QUERY_CHARS = 20_000


class CypherIn(BaseModel):
    """The query, in this API's shape (`query`, `params`) or in that of Neo4j's query
    API (`statement`, `parameters`), so a request written for one runs on the other."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "query": "MATCH (a:Actor)-[r:TARGETS]->(b:Actor) WHERE b.id = $target "
                    "RETURN a.name AS attacker, r.count AS statements",
                    "params": {"target": "us-forces"},
                },
                {
                    "statement": "MATCH (a:Actor {id: $id}) RETURN a.name AS name",
                    "parameters": {"id": "us-forces"},
                },
            ]
        },
    )

    query: str | None = Field(
        default=None,
        min_length=1,
        max_length=MAX_QUERY_CHARS,
        description="A read-only Cypher query; values are best passed as $parameters.",
    )
    params: dict[str, Any] | None = Field(
        default=None, description="Query parameters, used in the query as $name."
    )
    statement: str | None = Field(
        default=None,
        min_length=1,
        max_length=MAX_QUERY_CHARS,
        description="The query, as Neo4j's query API names it (instead of `query`).",
    )
    parameters: dict[str, Any] | None = Field(
        default=None, description="The parameters, as Neo4j's query API names them."
    )

    @model_validator(mode="after")
    def _one_shape(self) -> CypherIn:
        if (self.query is None) == (self.statement is None):
            raise ValueError(
                "give the Cypher query once: as `query` (with `params`) or as `statement` "
                "(with `parameters`, the shape of Neo4j's query API)"
            )
        if self.params is not None and self.parameters is not None:
            raise ValueError("give the parameters once: as `params` or as `parameters`")
        if self.query is not None and self.parameters is not None:
            raise ValueError("`parameters` goes with `statement`; with `query`, give `params`")
        if self.statement is not None and self.params is not None:
            raise ValueError("`params` goes with `query`; with `statement`, give `parameters`")
        return self

    @property
    def text(self) -> str:
        return self.query if self.query is not None else str(self.statement)

    @property
    def values(self) -> dict[str, Any]:
        given = self.params if self.params is not None else self.parameters
        return given if given is not None else {}


class CypherOut(BaseModel):
    columns: list[str] = Field(description="Column names, in the order of each row's values.")
    rows: list[list[Any]] = Field(
        description=(
            "Rows as lists of JSON values. Nodes are {element_id, labels, properties}, "
            "relationships {element_id, type, start, end, properties}, paths lists of "
            "node, relationship, node, ...; dates are ISO 8601 strings."
        )
    )
    truncated: bool = Field(
        description=(
            "True when rows past the limit of 1,000 rows, or past "
            "ACTORGRAPH_CYPHER_MAX_RESULT_BYTES bytes of rows, were left out."
        )
    )


@router.post(
    "/cypher",
    summary="Run a read-only Cypher query",
    description=(
        "Runs an analyst's Cypher query on the store (Neo4j or Ladybug) and returns at "
        "most 1,000 "
        "rows (and at most ACTORGRAPH_CYPHER_MAX_RESULT_BYTES of them). Only reads: a "
        "query must be made of read clauses (MATCH, OPTIONAL MATCH, WITH, WHERE, UNWIND, "
        "RETURN, ORDER BY, SKIP, LIMIT, UNION, CALL { ... } and a few schema procedures "
        "such as db.labels); anything else, and functions of plugins, is refused with 400, "
        "as are queries the server cannot run (the server's message says why); the query "
        "runs in a read transaction that is always rolled back. Queries stop after 10 "
        "seconds (503), or as soon as the client disconnects. "
        'The body is `{"query": ..., "params": {...}}`, or Neo4j\'s query-API shape '
        '`{"statement": ..., "parameters": {...}}`; the answer has the same shape '
        "either way. "
        "Needs the bearer token when ACTORGRAPH_API_TOKEN is set. Answered by the "
        "Ladybug store (the default) and Neo4j; the SQLite store has no Cypher: 409."
    ),
    dependencies=[TokenDep],
    responses=problem_responses(400, 401, 409, 422, 503),
)
async def cypher(
    body: CypherIn, store: StoreDep, settings: SettingsDep, request: Request
) -> CypherOut:
    if not speaks_cypher(store):
        raise ApiError(409, NO_CYPHER)
    # The query waits in a worker thread; when the client goes away, `stop` releases
    # that thread at once and the query ends at its next row.
    stop = threading.Event()
    run = partial(
        run_read_query,
        store,
        body.text,
        body.values,
        byte_limit=settings.cypher_max_result_bytes,
        cancel=stop,
    )
    outcome: list[QueryResult | Exception] = []
    async with anyio.create_task_group() as watchers:
        watchers.start_soon(_set_on_disconnect, request, stop)
        try:
            outcome.append(await anyio.to_thread.run_sync(run))
        except Exception as exc:  # raised below, outside the group (not as a group)
            outcome.append(exc)
        finally:
            watchers.cancel_scope.cancel()
    result = outcome[0]
    if isinstance(result, Exception):
        raise result
    return CypherOut(columns=result.columns, rows=result.rows, truncated=result.truncated)


async def _set_on_disconnect(request: Request, stop: threading.Event) -> None:
    while not await request.is_disconnected():
        await anyio.sleep(_DISCONNECT_POLL_S)
    stop.set()


_DISCONNECT_POLL_S = 0.1
