"""Analysts' Cypher queries on the Ladybug store (`actorgraph query`, the console): run
read-only, their values turned into JSON. Part of the Ladybug store
(graph/ladybug_store.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from actorgraph.graph import ladybug_cypher as q

if TYPE_CHECKING:
    from actorgraph.graph.cypher_console import QueryResult
    from actorgraph.graph.ladybug_store import LadybugStore


def run_read_query(
    store: LadybugStore,
    query: str,
    params: dict[str, Any],
    *,
    row_limit: int,
    timeout_s: float,
) -> QueryResult:
    """An analyst's read-only query (Neo4j's Cypher, translated where Ladybug's dialect
    differs) on the store: the same QueryResult, errors and JSON values as on Neo4j.
    Read-only is the engine's: the query runs in a READ ONLY transaction, rolled back."""
    from actorgraph.graph.cypher_console import CypherQueryError, CypherTimeoutError, QueryResult

    try:
        columns, rows, truncated = store.run_read(q.translate(query), params, row_limit, timeout_s)
    except RuntimeError as exc:
        message = str(exc)
        if "interrupt" in message.casefold() or "timeout" in message.casefold():
            raise CypherTimeoutError(
                f"the query did not finish within {timeout_s:g} s; narrow it (a label, a "
                "property match, a LIMIT, a shorter variable-length pattern) or allow a "
                "longer timeout"
            ) from exc
        if "read-only" in message.casefold() or "read only" in message.casefold():
            raise CypherQueryError(
                f"the Cypher console is read-only and the database refused a write: {message}"
            ) from exc
        raise CypherQueryError(f"the database refused the query: {message}") from exc
    return QueryResult(
        columns=columns, rows=[[_json(v) for v in row] for row in rows], truncated=truncated
    )


def _json(value: Any) -> Any:
    """Ladybug's values in the console's JSON shapes (as Neo4j's: nodes
    {element_id, labels, properties}, relationships {element_id, type, start, end,
    properties}, paths node, relationship, node, ...)."""
    from actorgraph.graph.cypher_console import to_json

    if isinstance(value, dict):
        if "_NODES" in value and "_RELS" in value:
            nodes, rels = value["_NODES"], value["_RELS"]
            items: list[Any] = [_json(nodes[0])] if nodes else []
            for rel, node in zip(rels, nodes[1:], strict=False):
                items += [_json(rel), _json(node)]
            return items
        if "_LABEL" in value and "_ID" in value:
            properties = {
                str(k): to_json(v)
                for k, v in value.items()
                if not str(k).startswith("_") and v is not None
            }
            if "_SRC" in value:
                return {
                    "element_id": _element_id(value["_ID"]),
                    "type": value["_LABEL"],
                    "start": _element_id(value["_SRC"]),
                    "end": _element_id(value["_DST"]),
                    "properties": properties,
                }
            return {
                "element_id": _element_id(value["_ID"]),
                "labels": [value["_LABEL"]],
                "properties": properties,
            }
        return {str(k): _json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json(v) for v in value]
    return to_json(value)


def _element_id(internal: Any) -> str:
    if isinstance(internal, dict):
        return f"{internal.get('table')}:{internal.get('offset')}"
    return str(internal)
