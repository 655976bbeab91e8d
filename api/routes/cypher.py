"""Read-only Cypher for analysts, on the embedded (Ladybug) and the Neo4j store."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from actorgraph.api.deps import StoreDep, TokenDep
from actorgraph.api.errors import ApiError, problem_responses
from actorgraph.graph.cypher_console import NO_CYPHER, run_read_query, speaks_cypher

router = APIRouter(tags=["graph"])

MAX_QUERY_CHARS = 20_000


class CypherIn(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "query": "MATCH (a:Actor)-[r:TARGETS]->(b:Actor) WHERE b.id = $target "
                    "RETURN a.name AS attacker, r.count AS statements",
                    "params": {"target": "us-forces"},
                }
            ]
        },
    )

    query: str = Field(
        min_length=1,
        max_length=MAX_QUERY_CHARS,
        description="A read-only Cypher query; values are best passed as $parameters.",
    )
    params: dict[str, Any] = Field(
        default_factory=dict, description="Query parameters, used in the query as $name."
    )


class CypherOut(BaseModel):
    columns: list[str] = Field(description="Column names, in the order of each row's values.")
    rows: list[list[Any]] = Field(
        description=(
            "Rows as lists of JSON values. Nodes are {element_id, labels, properties}, "
            "relationships {element_id, type, start, end, properties}, paths lists of "
            "node, relationship, node, ...; dates are ISO 8601 strings."
        )
    )
    truncated: bool = Field(description="True when rows past the limit of 1,000 were left out.")


@router.post(
    "/cypher",
    summary="Run a read-only Cypher query",
    description=(
        "Runs an analyst's Cypher query on the store (embedded or Neo4j) and returns "
        "at most 1,000 "
        "rows. Only reads: queries with write or administration clauses (CREATE, MERGE, "
        "SET, DELETE, ...) or procedure calls are refused with 400, as are queries the "
        "server cannot run (the server's message says why); the query runs in a read "
        "transaction that is always rolled back. Queries stop after 10 seconds (503). "
        "Needs the bearer token when ACTORGRAPH_API_TOKEN is set. With the previous "
        "version's SQLite store, which has no Cypher, the answer is 409."
    ),
    dependencies=[TokenDep],
    responses=problem_responses(400, 401, 409, 422, 503),
)
def cypher(body: CypherIn, store: StoreDep) -> CypherOut:
    if not speaks_cypher(store):
        raise ApiError(409, NO_CYPHER)
    result = run_read_query(store, body.query, body.params)
    return CypherOut(columns=result.columns, rows=result.rows, truncated=result.truncated)
