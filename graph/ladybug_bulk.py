"""Filling a new Ladybug store in bulk: documents planned in memory exactly as
upserting them one by one into an empty store would (same actor resolution, ids,
aliases, statements, edges and figures), written to Parquet files and loaded with
Ladybug's `COPY`, one table at a time.

For the bulk paths: `actorgraph migrate` into a new Ladybug store, the one-time upgrade
of a SQLite store, and the scale benchmarks' synthetic fills. A million statements
load in about a minute this way, where per-document transactions take hours.

The store is built in a sibling folder and renamed into place only once every table is
in, so an interrupted load leaves no half-made store (and the target must not exist).
Rows are streamed to their files as documents are planned: memory holds the actors
and each relationship's figures and statement ids, never the statements themselves.
An edge's statement ids go to its Evidence node (see graph/ladybug_cypher.py).
"""

from __future__ import annotations

import shutil
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from actorgraph.domain import CAMEO_CODES, Extraction, RelationType
from actorgraph.graph import cypher
from actorgraph.graph.evidence_window import head
from actorgraph.graph.ladybug_actors import ActorIndex, ActorState
from actorgraph.graph.ladybug_cypher import SCHEMA, TYPE_BITS
from actorgraph.graph.ladybug_store import (
    DATABASE_FILE,
    LadybugStore,
    named_states,
    new_actor_cameo,
    statement_rows,
)
from actorgraph.graph.models import (
    DocumentInfo,
    UpsertResult,
    check_document_id,
    document_row,
    stored_document,
)
from actorgraph.graph.resolution import name_keys_of, plan_actors
from actorgraph.graph.store import StoreError

__all__ = ["BulkCounts", "bulk_load"]

# progress(documents planned so far)
Progress = Callable[[int], None]

# Rows buffered per table before they are written to its file (a Parquet row group).
FLUSH_ROWS = 10_000
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


class _TableFiles:
    """Rows streamed to Parquet files, one file per COPY part of each table: rows are
    buffered `FLUSH_ROWS` at a time and written as a row group, so no table is ever
    held whole in memory."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._buffers: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self._writers: dict[str, tuple[pq.ParquetWriter, int]] = {}
        self._files: dict[str, list[Path]] = defaultdict(list)
        self.counts: dict[str, int] = defaultdict(int)

    def add(self, table: str, rows: Iterable[dict[str, Any]]) -> None:
        buffer = self._buffers[table]
        for row in rows:
            buffer.append(row)
            self.counts[table] += 1
            if len(buffer) >= FLUSH_ROWS:
                self._flush(table)

    def files(self, order: Iterable[str]) -> list[tuple[str, Path]]:
        """Every file written, tables in `order` (the order COPY needs)."""
        for table in list(self._buffers):
            self._flush(table)
        for writer, _ in self._writers.values():
            writer.close()
        self._writers.clear()
        return [(table, path) for table in order for path in self._files.get(table, ())]

    def _flush(self, table: str) -> None:
        buffer = self._buffers[table]
        while buffer:
            writer, held = self._writers.get(table) or self._open(table)
            chunk = buffer[: ROWS_PER_COPY - held]
            del buffer[: len(chunk)]
            schema = writer.schema
            columns = {name: [row.get(name) for row in chunk] for name in schema.names}
            writer.write_table(pa.table(columns, schema=schema))
            held += len(chunk)
            if held >= ROWS_PER_COPY:  # this part is full: the next rows start another
                writer.close()
                self._writers.pop(table, None)
            else:
                self._writers[table] = (writer, held)

    def _open(self, table: str) -> tuple[pq.ParquetWriter, int]:
        path = self._folder / f"{table}-{len(self._files[table]):04d}.parquet"
        self._files[table].append(path)
        return pq.ParquetWriter(path, _table_schema(table)), 0


@dataclass(slots=True)
class _EdgeFigures:
    """What a relationship keeps, gathered statement by statement (the figures
    build_edges computes from whole statements, without holding their text)."""

    type: RelationType
    source: str
    target: str
    negated: bool
    confidence: float
    ids: list[str]
    cameo: tuple[tuple[str, int, int, int], str] | None = None  # (statement order, code)
    first_seen: str | None = None
    last_seen: str | None = None

    def add(self, row: dict[str, Any]) -> None:
        self.ids.append(row["id"])
        self.confidence = max(self.confidence, float(row["confidence"]))
        if row["cameo"]:
            order = (row["document"], int(row["start"]), int(row["end"]), int(row["seq"]))
            if self.cameo is None or order < self.cameo[0]:
                self.cameo = (order, row["cameo"])
        date = row["date"]
        if date:
            self.first_seen = date if self.first_seen is None else min(self.first_seen, date)
            self.last_seen = date if self.last_seen is None else max(self.last_seen, date)

    def row(self) -> dict[str, Any]:
        return {
            "from": self.source,
            "to": self.target,
            "source": self.source,
            "target": self.target,
            "negated": self.negated,
            "confidence": self.confidence,
            "cameo": self.cameo[1] if self.cameo else CAMEO_CODES.get(self.type),
            "count": len(self.ids),
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
        }


@dataclass
class _Plan:
    """The new store planned document by document: rows go to their files as they
    are made; what stays in memory is the actors and each edge's figures."""

    files: _TableFiles
    index: ActorIndex = field(default_factory=ActorIndex)
    cameo: dict[str, str] = field(default_factory=dict)
    edges: dict[str, _EdgeFigures] = field(default_factory=dict)
    copies: dict[str, list[str]] = field(default_factory=dict)  # copy ids by original
    documents: int = 0
    statements: int = 0


# A statement's link tables and the column each points at (CLAIMED_BY only when set).
_LINKS = {"IN_DOCUMENT": "document", "FROM": "source", "TO": "target", "CLAIMED_BY": "source_actor"}


def bulk_load(
    folder: Path,
    documents: Iterable[tuple[DocumentInfo, Extraction]],
    *,
    progress: Progress | None = None,
    results: list[UpsertResult] | None = None,
) -> BulkCounts:
    """Make a new Ladybug store in `folder` holding `documents` (in ingestion order),
    as if each had been upserted in turn; `results`, when given, receives what each
    upsert would have returned. StoreError if `folder` already holds a store;
    ValueError, before the store is made, for a document id given twice or an
    extraction of another document."""
    if (folder / DATABASE_FILE).exists():
        raise StoreError(f"{folder} already holds a graph: bulk loading makes a new one")
    building = folder.with_name(folder.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    try:
        with tempfile.TemporaryDirectory(prefix="actorgraph-bulk-") as tmp:
            plan = _Plan(_TableFiles(Path(tmp)))
            _plan(plan, documents, progress, results)
            actors = _with_figures(plan.index, plan.edges)
            plan.files.add(
                "Actor", ({**a.row(), "cameo_code": plan.cameo.get(a.id)} for a in actors)
            )
            for key in sorted(plan.edges):
                edge = plan.edges[key]
                plan.files.add(cypher.relation_type(edge.type), [edge.row()])
                figures = edge.row()
                evidence = {"key": key, "statements": edge.ids, "head": head(edge.ids)}
                plan.files.add("Evidence", [{**figures, **evidence}])
            plan.files.add(
                "DocumentCopies",
                ({"original": o, "copies": sorted(c)} for o, c in sorted(plan.copies.items())),
            )
            relations = sorted(cypher.relation_type(t) for t in RelationType)
            nodes = ["Actor", "Document", "DocumentCopies", "Statement", "Evidence"]
            files = plan.files.files([*nodes, "MENTIONS", *_LINKS, *relations])
            with LadybugStore(building, buffer_pool_bytes=BUILD_BUFFER_POOL_BYTES) as store:
                store.copy_tables(files)
                store.fill_evidence_pages()
                # In the build's large pool: the store is handed over with an empty log,
                # and its first writer's pool (a serving one) never replays the load.
                store.checkpoint()
        folder.parent.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(folder, ignore_errors=True)  # an empty folder, not a store (checked)
        building.rename(folder)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return BulkCounts(
        documents=plan.documents,
        actors=len(actors),
        edges=len(plan.edges),
        statements=plan.statements,
    )


def _plan(
    plan: _Plan,
    documents: Iterable[tuple[DocumentInfo, Extraction]],
    progress: Progress | None,
    results: list[UpsertResult] | None,
) -> None:
    seen: set[str] = set()
    for info, extraction in documents:
        check_document_id(info, extraction)
        document = stored_document(info, extraction)
        if document.id in seen:
            raise ValueError(f"document {document.id!r} is given twice")
        seen.add(document.id)
        by_key, known = plan.index.known_under(name_keys_of(extraction, plan.index.name_key))
        actors = plan_actors(extraction, by_key, known, plan.index, key=plan.index.name_key)
        plan.index.apply(named_states(plan.index, actors, document.id).values())
        for new in actors.new:
            code = new_actor_cameo(extraction, new.id, actors.local)
            if code:
                plan.cameo[new.id] = code
        plan.files.add("Document", [document_row(document)])
        if document.duplicate_of:
            plan.copies.setdefault(document.duplicate_of, []).append(document.id)
        plan.files.add(
            "MENTIONS",
            (
                {
                    "from": document.id,
                    "to": actor_id,
                    "names": [n for n, _ in names],
                    "keys": [k for _, k in names],
                }
                for actor_id, names in actors.mentions.items()
            ),
        )
        statements = statement_rows(extraction, document, actors.store_id)
        plan.files.add("Statement", statements)
        for table, end in _LINKS.items():
            plan.files.add(table, ({"from": s["id"], "to": s[end]} for s in statements if s[end]))
        for row in statements:
            edge = plan.edges.get(row["edge"])
            if edge is None:
                edge = plan.edges[row["edge"]] = _EdgeFigures(
                    RelationType(row["type"]),
                    row["source"],
                    row["target"],
                    bool(row["negated"]),
                    float(row["confidence"]),
                    [],
                )
            edge.add(row)
        plan.documents += 1
        plan.statements += len(statements)
        if results is not None:
            results.append(
                UpsertResult(document.id, "created", len(actors.new), len(statements))
            )
        if progress is not None:
            progress(plan.documents)


def _with_figures(index: ActorIndex, edges: dict[str, _EdgeFigures]) -> list[ActorState]:
    """Every actor with its figures: asserted edges (a self-loop once), first and last
    seen over all its edges, and its relation types each way."""
    degree: dict[str, int] = defaultdict(int)
    types_out: dict[str, int] = defaultdict(int)
    types_in: dict[str, int] = defaultdict(int)
    first: dict[str, str] = {}
    last: dict[str, str] = {}
    for edge in edges.values():
        types_out[edge.source] |= TYPE_BITS[edge.type]
        types_in[edge.target] |= TYPE_BITS[edge.type]
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
                state.with_figures(
                    degree[actor_id], first.get(actor_id), last.get(actor_id)
                ).with_types(types_out[actor_id], types_in[actor_id])
            )
    return states
