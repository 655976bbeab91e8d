"""Filling a new Ladybug store in bulk: documents planned in memory exactly as
upserting them one by one into an empty store would (same actor resolution, ids,
aliases, statements, edges and figures), written to Parquet files and loaded with
Ladybug's `COPY`, one table at a time.

For the bulk paths: `actorgraph migrate` into a new Ladybug store, the one-time upgrade
of a SQLite store, and the scale benchmarks' synthetic fills. A million statements
load in about a minute this way, where per-document transactions take hours.

The store is built in a sibling folder and renamed into place only once every table is
in, so an interrupted load leaves no half-made store (and the target must not exist).
Memory grows with the graph (every row is held until it is written).
"""

from __future__ import annotations

import shutil
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from actorgraph.domain import Extraction, RelationType
from actorgraph.graph import cypher
from actorgraph.graph.ladybug_actors import ActorIndex, ActorState
from actorgraph.graph.ladybug_cypher import SCHEMA
from actorgraph.graph.ladybug_store import (
    DATABASE_FILE,
    LadybugStore,
    as_read_back,
    named_states,
    new_actor_cameo,
    statement_rows,
)
from actorgraph.graph.models import (
    DocumentInfo,
    Edge,
    check_document_id,
    document_row,
    stored_document,
)
from actorgraph.graph.resolution import name_keys_of, plan_actors
from actorgraph.graph.statement_rows import build_edges, edge_properties
from actorgraph.graph.store import StoreError

__all__ = ["BulkCounts", "bulk_load"]

# progress(documents planned so far)
Progress = Callable[[int], None]

# Rows per COPY: a table is loaded in parts so that the engine's memory stays bounded
# (one COPY of a million statements filled a 256 MB buffer pool), in a larger pool than
# a serving store's while the new store is built.
ROWS_PER_COPY = 100_000
BUILD_BUFFER_POOL_BYTES = 1024 * 2**20

# Column types of the Parquet files COPY reads, taken from the store's own DDL
# (ladybug_cypher.SCHEMA) so the two cannot drift apart.
_ARROW_TYPES: dict[str, pa.DataType] = {
    "STRING": pa.string(),
    "STRING[]": pa.list_(pa.string()),
    "INT64": pa.int64(),
    "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(),
}


def _table_schema(table: str) -> pa.Schema:
    """The Arrow schema of a table's columns, in the DDL's order; a relationship
    table's first two columns are its ends' primary keys (`from`, `to`)."""
    for ddl in SCHEMA:
        head, _, body = ddl.partition("(")
        if not head.startswith("CREATE") or head.split()[-1] != table:
            continue
        fields: list[tuple[str, pa.DataType]] = []
        for column in body.rstrip(")").split(", "):
            name, _, type_ = column.partition(" ")
            if name == "PRIMARY":
                continue
            if name == "FROM":  # "FROM Document TO Actor"
                fields += [("from", pa.string()), ("to", pa.string())]
                continue
            fields.append((name.strip("`"), _ARROW_TYPES[type_]))
        return pa.schema(fields)
    raise KeyError(f"no table {table!r} in the Ladybug schema")


@dataclass(frozen=True, slots=True)
class BulkCounts:
    """What a bulk load wrote."""

    documents: int = 0
    actors: int = 0
    edges: int = 0
    statements: int = 0


@dataclass
class _Plan:
    """Every row of the new store, gathered document by document."""

    index: ActorIndex
    cameo: dict[str, str]
    documents: list[dict[str, Any]]
    mentions: list[dict[str, Any]]
    statements: list[dict[str, Any]]


def bulk_load(
    folder: Path,
    documents: Iterable[tuple[DocumentInfo, Extraction]],
    *,
    progress: Progress | None = None,
) -> BulkCounts:
    """Make a new Ladybug store in `folder` holding `documents` (in ingestion order),
    as if each had been upserted in turn. StoreError if `folder` already holds a store;
    ValueError, before anything is written, for a document id given twice or an
    extraction of another document."""
    if (folder / DATABASE_FILE).exists():
        raise StoreError(f"{folder} already holds a graph: bulk loading makes a new one")
    plan = _plan(documents, progress)
    edges = build_edges(as_read_back(row) for row in plan.statements)
    actors = _with_figures(plan.index, edges)
    building = folder.with_name(folder.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    try:
        with tempfile.TemporaryDirectory(prefix="actorgraph-bulk-") as tmp:
            files = _write_files(Path(tmp), plan, actors, edges)
            with LadybugStore(building, buffer_pool_bytes=BUILD_BUFFER_POOL_BYTES) as store:
                store.copy_tables(files)
        folder.parent.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(folder, ignore_errors=True)  # an empty folder, not a store (checked)
        building.rename(folder)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return BulkCounts(
        documents=len(plan.documents),
        actors=len(actors),
        edges=len(edges),
        statements=len(plan.statements),
    )


def _plan(documents: Iterable[tuple[DocumentInfo, Extraction]], progress: Progress | None) -> _Plan:
    plan = _Plan(ActorIndex(), {}, [], [], [])
    seen: set[str] = set()
    for info, extraction in documents:
        check_document_id(info, extraction)
        document = stored_document(info, extraction)
        if document.id in seen:
            raise ValueError(f"document {document.id!r} is given twice")
        seen.add(document.id)
        by_key, known = plan.index.known_under(name_keys_of(extraction, plan.index.name_key))
        actors = plan_actors(extraction, by_key, known, plan.index, key=plan.index.name_key)
        plan.index.apply(named_states(plan.index, actors).values())
        for new in actors.new:
            code = new_actor_cameo(extraction, new.id, actors.local)
            if code:
                plan.cameo[new.id] = code
        plan.documents.append(document_row(document))
        plan.mentions += [
            {
                "from": document.id,
                "to": actor_id,
                "names": [n for n, _ in names],
                "keys": [k for _, k in names],
            }
            for actor_id, names in actors.mentions.items()
        ]
        plan.statements += statement_rows(extraction, document, actors.store_id)
        if progress is not None:
            progress(len(plan.documents))
    return plan


def _with_figures(index: ActorIndex, edges: dict[str, Edge]) -> list[ActorState]:
    """Every actor with its figures: asserted edges (a self-loop once), first and last
    seen over all its edges."""
    degree: dict[str, int] = defaultdict(int)
    first: dict[str, str] = {}
    last: dict[str, str] = {}
    for edge in edges.values():
        for end in {edge.source, edge.target}:
            if not edge.negated:
                degree[end] += 1
            if edge.first_seen is not None and (end not in first or edge.first_seen < first[end]):
                first[end] = edge.first_seen
            if edge.last_seen is not None and (end not in last or edge.last_seen > last[end]):
                last[end] = edge.last_seen
    states: list[ActorState] = []
    for actor_id in sorted(index):
        state = index.get(actor_id)
        if state is not None:
            states.append(
                state.with_figures(degree[actor_id], first.get(actor_id), last.get(actor_id))
            )
    return states


def _write_files(
    tmp: Path, plan: _Plan, actors: list[ActorState], edges: dict[str, Edge]
) -> list[tuple[str, Path]]:
    """Each table's rows as a Parquet file, in the order COPY takes them."""
    ids: dict[str, list[str]] = defaultdict(list)
    for row in plan.statements:
        ids[row["edge"]].append(row["id"])
    by_type: dict[RelationType, list[dict[str, Any]]] = defaultdict(list)
    for key in sorted(edges):
        edge = edges[key]
        properties = edge_properties(edge)
        by_type[edge.type].append(
            {
                **properties,
                "from": properties["source"],
                "to": properties["target"],
                "statements": ids[key],
            }
        )
    statements = plan.statements
    # a statement's link tables and the column each points at (CLAIMED_BY only when set)
    links = {
        "IN_DOCUMENT": "document", "FROM": "source", "TO": "target", "CLAIMED_BY": "source_actor"
    }
    tables: list[tuple[str, list[dict[str, Any]]]] = [
        ("Actor", [{**a.row(), "cameo_code": plan.cameo.get(a.id)} for a in actors]),
        ("Document", plan.documents),
        ("Statement", statements),
        ("MENTIONS", plan.mentions),
        *(
            (table, [{"from": s["id"], "to": s[end]} for s in statements if s[end]])
            for table, end in links.items()
        ),
        *(
            (cypher.relation_type(type_), rows)
            for type_, rows in sorted(by_type.items(), key=lambda item: item[0].value)
        ),
    ]
    files: list[tuple[str, Path]] = []
    for table, rows in tables:
        schema = _table_schema(table)
        for part, start in enumerate(range(0, len(rows), ROWS_PER_COPY)):
            chunk = rows[start : start + ROWS_PER_COPY]
            path = tmp / f"{table}-{part:04d}.parquet"
            columns = {name: [row.get(name) for row in chunk] for name in schema.names}
            pq.write_table(pa.table(columns, schema=schema), path)
            files.append((table, path))
    return files
