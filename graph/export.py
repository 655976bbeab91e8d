"""Exports of the whole graph (GraphML, GEXF, JSON node-link, CSV, event tables) and the
JSON import.

One implementation for the CLI (`actorgraph export` / `import`) and the API
(`GET /export`). Every format is read from the store through the `GraphStore`
protocol only, so both stores export alike.

Formats:

- **json** — full fidelity, and the only format `import_graph` reads back: networkx
  node-link layout (`nx.node_link_graph(data, edges="links")` loads it), plus the
  stored documents. Each node has its name, type, aliases and the documents that
  mention it; each link has its type, `negated`, confidence, CAMEO code and every
  supporting statement (document, text, start, end, date, negated, state,
  source_actor).
- **graphml** — for Gephi: typed scalar attributes only (strings, ints, doubles,
  booleans). Lists are flattened into strings joined with a newline (`aliases`,
  `documents`, `evidence`, ...): names and sentences (whitespace collapsed) never
  contain one, so the join can be split back unambiguously.
- **gexf** — for Gephi too (GEXF 1.2, written by networkx): the same node and edge
  attributes as GraphML.
- **csv** — `nodes.csv` and `edges.csv` (one row per aggregated edge, the same
  flattened columns as GraphML). Written as one zip archive holding both files
  (always so over the API; on disk to a path ending in `.zip`), or as the two plain
  files into an existing directory; any other path is refused, so a zip never hides
  behind a `.csv` name. UTF-8, RFC 4180 quoting; a text cell that a spreadsheet would
  run as a formula (starting with =, +, -, @) gets a leading apostrophe, since names
  and sentences come from untrusted documents.
- **events-csv**, **events-parquet** — the event table (`graph/events.py`): one row
  per statement with both actors, CAMEO event code and quad class, location, source
  and evidence, the shape ACLED and GDELT users load.
"""

from __future__ import annotations

import dataclasses
import gc
import io
import json
import os
import re
import stat
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import IO, Any, Literal
from xml.sax.saxutils import escape, quoteattr

import networkx as nx
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from actorgraph.domain import (
    RELATION_FAMILIES,
    SYMMETRIC_RELATIONS,
    Actor,
    ActorType,
    Evidence,
    Extraction,
    Relation,
    RelationType,
    name_key,
)
from actorgraph.graph.batch_writes import upsert_many
from actorgraph.graph.csv_cells import write_csv
from actorgraph.graph.events import write_events_csv, write_events_parquet
from actorgraph.graph.models import (
    DOCUMENT_META_FIELDS,
    ActorRecord,
    DocumentInfo,
    Edge,
    UpsertResult,
)
from actorgraph.graph.store import GraphStore, StoreError

__all__ = [
    "EDGE_COLUMNS",
    "FORMAT_VERSION",
    "JSON_FORMAT",
    "LIST_SEPARATOR",
    "NODE_COLUMNS",
    "ExportFormat",
    "ExportSummary",
    "GraphSnapshot",
    "ImportFormatError",
    "ImportReport",
    "check_export_target",
    "export_graph",
    "import_graph",
    "import_into_new_ladybug",
    "load_networkx",
    "media_type",
    "suggested_filename",
    "take_snapshot",
]

JSON_FORMAT = "actorgraph-graph"
FORMAT_VERSION = 1
LIST_SEPARATOR = "\n"


class ExportFormat(StrEnum):
    GRAPHML = "graphml"
    GEXF = "gexf"
    JSON = "json"
    CSV = "csv"
    EVENTS_CSV = "events-csv"
    EVENTS_PARQUET = "events-parquet"


_MEDIA_TYPES: dict[ExportFormat, str] = {
    ExportFormat.GRAPHML: "application/graphml+xml",
    ExportFormat.GEXF: "application/gexf+xml",
    ExportFormat.JSON: "application/json",
    ExportFormat.CSV: "application/zip",
    ExportFormat.EVENTS_CSV: "text/csv; charset=utf-8",
    ExportFormat.EVENTS_PARQUET: "application/vnd.apache.parquet",
}
_FILENAMES: dict[ExportFormat, str] = {
    ExportFormat.GRAPHML: "actorgraph.graphml",
    ExportFormat.GEXF: "actorgraph.gexf",
    ExportFormat.JSON: "actorgraph.json",
    ExportFormat.CSV: "actorgraph-csv.zip",
    ExportFormat.EVENTS_CSV: "actorgraph-events.csv",
    ExportFormat.EVENTS_PARQUET: "actorgraph-events.parquet",
}


def media_type(fmt: ExportFormat) -> str:
    """The media type of an export written to one file or stream."""
    return _MEDIA_TYPES[fmt]


def suggested_filename(fmt: ExportFormat) -> str:
    """A default file name for an export (e.g. for Content-Disposition)."""
    return _FILENAMES[fmt]


# ---------------------------------------------------------------------- snapshot


@dataclass(frozen=True, slots=True)
class GraphSnapshot:
    """Everything an export writes, read from the store once."""

    documents: tuple[DocumentInfo, ...]
    actors: tuple[ActorRecord, ...]  # sorted by id
    edges: tuple[Edge, ...]

    @property
    def statements(self) -> int:
        return sum(edge.count for edge in self.edges)


@dataclass(frozen=True, slots=True)
class ExportSummary:
    format: ExportFormat
    actors: int
    edges: int
    statements: int
    documents: int


def take_snapshot(store: GraphStore) -> GraphSnapshot:
    """Documents, actors and edges of `store`.

    The protocol has no read snapshot, so an ingest running at the same time can add
    an edge whose actor the actor listing missed: such actors are fetched one by one,
    and an export that still cannot resolve one fails instead of writing a dangling edge.
    """
    documents = tuple(store.list_documents())
    # An empty query lists every actor; the margin covers actors added meanwhile.
    limit = max(store.stats().actors * 2, 1000)
    actors = {a.id: a for a in store.search_actors("", limit=limit)}
    edges = tuple(store.edges())
    for edge in edges:
        for actor_id in (edge.source, edge.target):
            if actor_id not in actors:
                record = store.get_actor(actor_id)
                if record is None:
                    raise StoreError(
                        f"the graph changed during the export (actor {actor_id!r} of an "
                        "edge is gone); run the export again"
                    )
                actors[actor_id] = record
    return GraphSnapshot(
        documents=documents,
        actors=tuple(actors[a] for a in sorted(actors)),
        edges=edges,
    )


# ------------------------------------------------------------------------ export


def export_graph(
    store: GraphStore, fmt: ExportFormat | str, out: IO[bytes] | Path
) -> ExportSummary:
    """Write the whole graph of `store` in `fmt` to `out` (a binary stream or a path).

    A path is written atomically (a temporary file beside it, then renamed), so a
    failed export never leaves a half-written file. For CSV, a path that is an
    existing directory receives `nodes.csv` and `edges.csv`, a `.zip` path a zip
    archive of both. Raises ValueError for an unknown format, ExportTargetError (a
    ValueError) for an output that cannot take the format (see `check_export_target`).
    """
    fmt = _format(fmt)
    if isinstance(out, Path):
        check_export_target(out, fmt)  # before the snapshot, which can take a while
    with _gc_paused():
        return _export(take_snapshot(store), fmt, out)


def _export(snapshot: GraphSnapshot, fmt: ExportFormat, out: IO[bytes] | Path) -> ExportSummary:
    if fmt is ExportFormat.CSV and isinstance(out, Path) and out.is_dir():
        with _atomic(out / "nodes.csv") as stream:
            _write_nodes_csv(snapshot, stream)
        with _atomic(out / "edges.csv") as stream:
            _write_edges_csv(snapshot, stream)
    elif isinstance(out, Path):
        with _atomic(out) as stream:
            _WRITERS[fmt](snapshot, stream)
    else:
        _WRITERS[fmt](snapshot, out)
    return ExportSummary(
        format=fmt,
        actors=len(snapshot.actors),
        edges=len(snapshot.edges),
        statements=snapshot.statements,
        documents=len(snapshot.documents),
    )


def _format(fmt: ExportFormat | str) -> ExportFormat:
    try:
        return ExportFormat(str(fmt).lower())
    except ValueError:
        known = ", ".join(f.value for f in ExportFormat)
        raise ValueError(f"unknown export format {fmt!r}; use one of: {known}") from None


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: an export allocates a few objects per
    statement, which would set off repeated full scans of a large store's heap."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class ExportTargetError(ValueError):
    """The output path cannot receive an export (a directory, a FIFO, a device, ...)."""


def check_target(path: Path) -> None:
    """ExportTargetError unless `path` is absent or a regular file (a symlink counts
    as what it points to: the rename replaces the link, never the file behind it)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise ExportTargetError(f"{path}: cannot write there ({exc.strerror})") from exc
    if stat.S_ISREG(mode):
        return
    kind = "a directory" if stat.S_ISDIR(mode) else "not a regular file (a FIFO, socket or device)"
    raise ExportTargetError(f"{path} is {kind}; name a file to write the export to")


def check_export_target(path: Path, fmt: ExportFormat | str) -> None:
    """ExportTargetError unless `path` can receive an export in `fmt`: a regular file
    or a new one; for CSV, an existing directory or a `.zip` file."""
    fmt = _format(fmt)
    if fmt is ExportFormat.CSV:
        if path.is_dir():
            return
        if path.suffix.lower() != ".zip":
            raise ExportTargetError(
                f"{path}: the csv export is two tables (nodes.csv, edges.csv); name a .zip "
                "file to get both in one archive, or an existing folder to get the two "
                "files (for one table of events, use the events-csv format)"
            )
    check_target(path)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def _atomic(path: Path) -> Iterator[IO[bytes]]:
    """A new temporary file in the target's folder (mkstemp: O_EXCL, a random name, so
    nothing planted at a guessable name is followed), renamed over `path` when the
    writer is done; removed if it fails."""
    check_target(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as stream:
            # mkstemp makes the file private (0600); an export is an ordinary file.
            os.fchmod(stream.fileno(), 0o666 & ~_umask())
            yield stream
        check_target(path)  # still: something may have appeared there meanwhile
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


# ---- JSON


def _document_json(doc: DocumentInfo) -> dict[str, Any]:
    return {
        "id": doc.id,
        "sha256": doc.sha256,
        "date": doc.date,
        "words": doc.words,
        "ingested_at": doc.ingested_at,
        # source metadata, the copy it is, and its fingerprint (unset ones left out)
        **{f: v for f in DOCUMENT_META_FIELDS if (v := getattr(doc, f)) is not None},
    }


def _node_json(actor: ActorRecord) -> dict[str, Any]:
    return {
        "id": actor.id,
        "name": actor.name,
        "type": actor.type.value,
        "aliases": list(actor.aliases),
        "cameo_code": actor.cameo_code,
        "documents": list(actor.documents),
        "degree": actor.degree,
        "first_seen": actor.first_seen,
        "last_seen": actor.last_seen,
    }


def _link_json(edge: Edge) -> dict[str, Any]:
    return {
        "source": edge.source,
        "target": edge.target,
        # The key `to_networkx()` gives the edge, so a loaded export matches it.
        "key": f"{edge.type.value}:negated" if edge.negated else edge.type.value,
        "type": edge.type.value,
        "negated": edge.negated,
        "confidence": edge.confidence,
        "cameo": edge.cameo,
        "count": edge.count,
        "first_seen": edge.first_seen,
        "last_seen": edge.last_seen,
        "statements": [
            {
                "document": s.document,
                "text": s.text,
                "start": s.start,
                "end": s.end,
                "date": s.date,
                "negated": s.negated,
                "state": s.state,
                "source_actor": s.source_actor,
            }
            for s in edge.statements
        ],
    }


def _write_json(snapshot: GraphSnapshot, out: IO[bytes]) -> None:
    # Written item by item rather than as one json.dumps of the whole graph, so a
    # large export never holds a second, serialised copy of the graph in memory.
    text = io.TextIOWrapper(out, encoding="utf-8", newline="\n", write_through=True)
    try:
        header = {
            "format": JSON_FORMAT,
            "version": FORMAT_VERSION,
            "directed": True,
            "multigraph": True,
            "graph": {
                "actors": len(snapshot.actors),
                "edges": len(snapshot.edges),
                "statements": snapshot.statements,
                "documents": len(snapshot.documents),
            },
        }
        text.write(json.dumps(header, ensure_ascii=False)[:-1])
        _write_json_list(text, "documents", (_document_json(d) for d in snapshot.documents))
        _write_json_list(text, "nodes", (_node_json(a) for a in snapshot.actors))
        _write_json_list(text, "links", (_link_json(e) for e in snapshot.edges))
        text.write("}\n")
        text.flush()
    finally:
        text.detach()  # leave `out` open: it belongs to the caller


def _write_json_list(text: IO[str], name: str, items: Iterable[dict[str, Any]]) -> None:
    text.write(f', "{name}": [')
    for i, item in enumerate(items):
        text.write(",\n  " if i else "\n  ")
        text.write(json.dumps(item, ensure_ascii=False))
    text.write("\n]")


# ---- flattened rows (GraphML and CSV)

# XML 1.0 cannot carry most control characters, even escaped; document text can.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _joined(items: Iterable[str]) -> str:
    return LIST_SEPARATOR.join(items)


def _distinct(items: Iterable[str | None]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


NODE_COLUMNS: tuple[str, ...] = (
    "id",
    "label",
    "type",
    "aliases",
    "degree",
    "document_count",
    "documents",
    "first_seen",
    "last_seen",
    "cameo_code",
)

EDGE_COLUMNS: tuple[str, ...] = (
    "id",
    "source",
    "target",
    "source_name",
    "target_name",
    "relation",
    "negated",
    "symmetric",
    "family",
    "cameo",
    "confidence",
    "count",
    "first_seen",
    "last_seen",
    "documents",
    "states",
    "source_actors",
    "evidence",
)


def _node_row(actor: ActorRecord) -> dict[str, str | int | float | bool]:
    return {
        "id": actor.id,
        "label": actor.name,
        "type": actor.type.value,
        "aliases": _joined(actor.aliases),
        "degree": actor.degree,
        "document_count": len(actor.documents),
        "documents": _joined(actor.documents),
        "first_seen": actor.first_seen or "",
        "last_seen": actor.last_seen or "",
        "cameo_code": actor.cameo_code or "",
    }


def _edge_row(
    index: int, edge: Edge, names: Mapping[str, str]
) -> dict[str, str | int | float | bool]:
    # "relation", not "type": Gephi's spreadsheet import reads an edge column named
    # "type" as directed/undirected.
    return {
        "id": f"e{index}",
        "source": edge.source,
        "target": edge.target,
        "source_name": names.get(edge.source, edge.source),
        "target_name": names.get(edge.target, edge.target),
        "relation": edge.type.value,
        "negated": edge.negated,
        "symmetric": edge.type in SYMMETRIC_RELATIONS,
        "family": RELATION_FAMILIES.get(edge.type, ""),
        "cameo": edge.cameo or "",
        "confidence": float(edge.confidence),
        "count": edge.count,
        "first_seen": edge.first_seen or "",
        "last_seen": edge.last_seen or "",
        "documents": _joined(_distinct(s.document for s in edge.statements)),
        "states": _joined(_distinct(s.state for s in edge.statements)),
        "source_actors": _joined(_distinct(s.source_actor for s in edge.statements)),
        "evidence": _joined(_distinct(_one_line(s.text) for s in edge.statements)),
    }


def _edge_rows(snapshot: GraphSnapshot) -> Iterator[dict[str, str | int | float | bool]]:
    names = {a.id: a.name for a in snapshot.actors}
    for index, edge in enumerate(snapshot.edges):
        yield _edge_row(index, edge, names)


# ---- GraphML

_GRAPHML_HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
)
# GraphML attribute types per column; Gephi reads `label` as the label of nodes and
# edges and `weight` (a double) as the edge weight.
_GRAPHML_TYPES: dict[type, str] = {str: "string", bool: "boolean", int: "long", float: "double"}
_NODE_KEYS: dict[str, type] = {
    "label": str,
    "type": str,
    "aliases": str,
    "degree": int,
    "document_count": int,
    "documents": str,
    "first_seen": str,
    "last_seen": str,
    "cameo_code": str,
}
_EDGE_KEYS: dict[str, type] = {
    "label": str,
    "relation": str,
    "weight": float,
    "source_name": str,
    "target_name": str,
    "negated": bool,
    "symmetric": bool,
    "family": str,
    "cameo": str,
    "confidence": float,
    "count": int,
    "first_seen": str,
    "last_seen": str,
    "documents": str,
    "states": str,
    "source_actors": str,
    "evidence": str,
}
# Carriage returns survive XML parsing only as character references.
_XML_TEXT = {"\r": "&#13;"}


def _xml_text(value: str) -> str:
    return escape(_XML_INVALID.sub("\ufffd", value), _XML_TEXT)


def _xml_attr(value: str) -> str:
    return quoteattr(_XML_INVALID.sub("\ufffd", value))


def _xml_value(value: str | int | float | bool) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    return _xml_text(value)


def _data(
    prefix: str, keys: Mapping[str, type], row: Mapping[str, str | int | float | bool]
) -> str:
    return "".join(f'<data key="{prefix}{name}">{_xml_value(row[name])}</data>' for name in keys)


def _write_graphml(snapshot: GraphSnapshot, out: IO[bytes]) -> None:
    # Written by hand rather than with nx.write_graphml, which builds the whole XML
    # tree in memory first and is about ten times slower on a large graph.
    # Key ids carry the domain ("n_documents", "e_documents"): nodes and edges share
    # attribute names. Edge ids are unique ("e0", ...), as Gephi expects.
    text = io.TextIOWrapper(out, encoding="utf-8", newline="\n")
    try:
        text.write(_GRAPHML_HEADER)
        for prefix, domain, keys in (("n_", "node", _NODE_KEYS), ("e_", "edge", _EDGE_KEYS)):
            for name, kind in keys.items():
                text.write(
                    f'  <key id="{prefix}{name}" for="{domain}" attr.name="{name}" '
                    f'attr.type="{_GRAPHML_TYPES[kind]}"/>\n'
                )
        text.write('  <graph id="actorgraph" edgedefault="directed">\n')
        for actor in snapshot.actors:
            row = _node_row(actor)
            text.write(
                f"    <node id={_xml_attr(actor.id)}>{_data('n_', _NODE_KEYS, row)}</node>\n"
            )
        for row in _edge_rows(snapshot):
            row["label"] = row["relation"]
            row["weight"] = float(row["count"])
            text.write(
                f'    <edge id="{row["id"]}" source={_xml_attr(str(row["source"]))} '
                f"target={_xml_attr(str(row['target']))}>"
                f"{_data('e_', _EDGE_KEYS, row)}</edge>\n"
            )
        text.write("  </graph>\n</graphml>\n")
        text.flush()
    finally:
        text.detach()  # leave `out` open: it belongs to the caller


# ---- CSV


def _write_nodes_csv(snapshot: GraphSnapshot, out: IO[bytes]) -> None:
    write_csv(out, NODE_COLUMNS, (_node_row(a) for a in snapshot.actors))


def _write_edges_csv(snapshot: GraphSnapshot, out: IO[bytes]) -> None:
    write_csv(out, EDGE_COLUMNS, _edge_rows(snapshot))


def _write_csv_zip(snapshot: GraphSnapshot, out: IO[bytes]) -> None:
    # zipfile also writes to unseekable streams (data descriptors after each member).
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        with archive.open("nodes.csv", "w") as member:
            _write_nodes_csv(snapshot, member)
        with archive.open("edges.csv", "w") as member:
            _write_edges_csv(snapshot, member)


# ---- GEXF


def _gexf_value(value: str | int | float | bool) -> str | int | float | bool:
    return _XML_INVALID.sub("\ufffd", value) if isinstance(value, str) else value


def _write_gexf(snapshot: GraphSnapshot, out: IO[bytes]) -> None:
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for actor in snapshot.actors:
        row = _node_row(actor)
        graph.add_node(actor.id, **{k: _gexf_value(row[k]) for k in _NODE_KEYS})
    for row in _edge_rows(snapshot):
        row["label"] = row["relation"]
        row["weight"] = float(row["count"])
        attrs = {k: _gexf_value(row[k]) for k in _EDGE_KEYS}
        # networkx takes the GEXF edge id from "id"; unique ids as Gephi expects.
        graph.add_edge(str(row["source"]), str(row["target"]), key=row["id"], id=row["id"], **attrs)
    nx.write_gexf(graph, out, encoding="utf-8")


def _write_events_csv(snapshot: GraphSnapshot, out: IO[bytes]) -> None:
    write_events_csv(snapshot.documents, snapshot.actors, snapshot.edges, out)


def _write_events_parquet(snapshot: GraphSnapshot, out: IO[bytes]) -> None:
    write_events_parquet(snapshot.documents, snapshot.actors, snapshot.edges, out)


_WRITERS: dict[ExportFormat, Callable[[GraphSnapshot, IO[bytes]], None]] = {
    ExportFormat.GRAPHML: _write_graphml,
    ExportFormat.GEXF: _write_gexf,
    ExportFormat.JSON: _write_json,
    ExportFormat.CSV: _write_csv_zip,
    ExportFormat.EVENTS_CSV: _write_events_csv,
    ExportFormat.EVENTS_PARQUET: _write_events_parquet,
}


# ------------------------------------------------------------------------ import


class ImportFormatError(ValueError):
    """The data to import is not an actorgraph JSON export (or is inconsistent)."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class _DocumentIn(_Model):
    id: str = Field(min_length=1)
    sha256: str
    date: str | None = None
    words: int = 0
    ingested_at: str = ""
    title: str | None = None
    url: str | None = None
    published: str | None = None
    publisher: str | None = None
    reliability: str | None = None
    duplicate_of: str | None = None
    fingerprint: str | None = None


class _NodeIn(_Model):
    id: str = Field(min_length=1)
    name: str
    type: ActorType
    aliases: tuple[str, ...] = ()
    cameo_code: str | None = None
    documents: tuple[str, ...] = ()


class _StatementIn(_Model):
    document: str
    text: str
    start: int
    end: int
    date: str | None = None
    state: str | None = None
    source_actor: str | None = None


class _LinkIn(_Model):
    source: str
    target: str
    type: RelationType
    negated: bool = False
    confidence: float = 0.5
    cameo: str | None = None
    statements: tuple[_StatementIn, ...] = Field(min_length=1)


class _GraphIn(_Model):
    format: Literal["actorgraph-graph"]
    version: Literal[1]
    documents: tuple[_DocumentIn, ...] = ()
    nodes: tuple[_NodeIn, ...] = ()
    links: tuple[_LinkIn, ...] = ()


@dataclass(slots=True)
class ImportReport:
    """What `import_graph` did. `renamed` maps an exported actor id to the id the
    store gave it, for the (rare) actors whose id differs from the export's."""

    results: list[UpsertResult] = field(default_factory=list)
    actors: int = 0
    statements: int = 0
    renamed: dict[str, str] = field(default_factory=dict)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    def summary(self) -> str:
        return (
            f"{self.count('created')} documents created, {self.count('replaced')} replaced, "
            f"{self.count('unchanged')} unchanged; {self.actors} actors, "
            f"{self.statements} statements"
        )


ImportSource = Path | str | bytes | IO[bytes] | Mapping[str, Any]

# sha256 of a document while its first, alias-free version is stored (see import_graph).
_PENDING = ":import-pending"


def import_graph(store: GraphStore, source: ImportSource) -> ImportReport:
    """Load a JSON export (a path, the JSON text or bytes, a binary stream, or the
    parsed object) into `store`, each document whole in one transaction (several to a
    transaction where the store batches them, see graph/batch_writes.py).

    Into an empty store this rebuilds the exported graph: the same documents (id,
    sha256, date, words, ingested_at), actors (name, type, aliases), edges and
    statements. Documents the store already holds with the same sha256 are left
    alone; a document with another sha256 is replaced. Raises ImportFormatError for
    data that is not a valid export (nothing is written then).

    The store resolves actors by name and alias as in any ingest, so the import runs
    in two passes: every document first with canonical names only, then again with
    aliases. Were aliases stored right away, an alias ("Hassan") could capture an
    actor whose own name it is, which the store kept apart when it ingested them.
    Limits: each document mentions its actors with all their aliases (the export
    does not say which document used which alias), and every statement gets its
    edge's confidence and CAMEO code (the store keeps the highest and the first).
    """
    graph = _parse(source)
    passes = _Passes.of(_document_plans(graph), store.get_document)
    report = ImportReport()
    # Both passes write several documents per transaction where the store can.
    written = upsert_many(store, passes.first)
    report.results = [slot if slot is not None else next(written) for slot in passes.unchanged]
    passes.write_second(store)
    return _finished(report, graph, store)


def import_into_new_ladybug(folder: Path, source: ImportSource) -> ImportReport:
    """`import_graph` into a new Ladybug store made in `folder`, its first pass by bulk
    load (graph/ladybug_bulk.py: the same store as upserting those documents in turn,
    loaded by COPY and renamed into place whole), then the second pass (aliases) in
    batched transactions. StoreError if `folder` already holds a graph; ImportFormatError
    for data that is not a valid export (nothing is written then)."""
    from actorgraph.graph.ladybug_bulk import bulk_load
    from actorgraph.graph.ladybug_store import LadybugStore

    graph = _parse(source)
    passes = _Passes.of(_document_plans(graph), lambda _: None)
    report = ImportReport()
    bulk_load(folder, passes.first, results=report.results)
    with LadybugStore(folder) as store:
        passes.write_second(store)
        return _finished(report, graph, store)


@dataclass
class _Passes:
    """An import's two passes (see import_graph): the first pass's documents, each
    document's result where the first pass writes nothing (None where it writes),
    and the documents to write again with their aliases."""

    first: list[tuple[DocumentInfo, Extraction]]
    unchanged: list[UpsertResult | None]
    second: list[_DocPlan]

    @classmethod
    def of(
        cls, plans: Sequence[_DocPlan], stored: Callable[[str], DocumentInfo | None]
    ) -> _Passes:
        passes = cls([], [], [])
        for plan in plans:
            found = stored(plan.info.id)
            if found is not None and found.sha256 == plan.info.sha256:
                passes.unchanged.append(UpsertResult(document=plan.info.id, status="unchanged"))
                continue
            passes.unchanged.append(None)
            with_aliases = plan.extraction(aliases=True)
            if with_aliases == plan.extraction(aliases=False):
                passes.first.append((plan.info, with_aliases))
                continue
            pending = dataclasses.replace(plan.info, sha256=plan.info.sha256 + _PENDING)
            passes.first.append((pending, plan.extraction(aliases=False)))
            passes.second.append(plan)
        return passes

    def write_second(self, store: GraphStore) -> None:
        """The first pass's status ("created"/"replaced") is the one reported: the
        second only adds the aliases, once every canonical name is stored."""
        for _ in upsert_many(
            store, ((plan.info, plan.extraction(aliases=True)) for plan in self.second)
        ):
            pass


def _finished(report: ImportReport, graph: _GraphIn, store: GraphStore) -> ImportReport:
    report.actors = len(graph.nodes)
    report.statements = sum(len(link.statements) for link in graph.links)
    report.renamed = _renamed(store, graph.nodes)
    return report


def _parse(source: ImportSource) -> _GraphIn:
    try:
        if isinstance(source, Mapping):
            data: Any = source
        elif isinstance(source, Path):
            with source.open("rb") as stream:
                data = json.load(stream)
        elif isinstance(source, str | bytes):
            data = json.loads(source)
        else:
            data = json.load(source)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ImportFormatError(f"the import is not valid JSON: {exc}") from exc
    if not isinstance(data, Mapping) or data.get("format") != JSON_FORMAT:
        raise ImportFormatError(
            f'the import is not an actorgraph JSON export (no "format": {JSON_FORMAT!r}); '
            "write one with `actorgraph export --format json`"
        )
    try:
        graph = _GraphIn.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise ImportFormatError(
            f"the import is not a valid actorgraph export version {FORMAT_VERSION}: "
            f"{where}: {first['msg']} ({exc.error_count()} errors in all)"
        ) from exc
    _check_references(graph)
    return graph


def _check_references(graph: _GraphIn) -> None:
    documents = {d.id for d in graph.documents}
    nodes = {n.id for n in graph.nodes}
    if len(documents) != len(graph.documents):
        raise ImportFormatError("the import lists a document id twice")
    if len(nodes) != len(graph.nodes):
        raise ImportFormatError("the import lists an actor id twice")
    for node in graph.nodes:
        for doc in node.documents:
            if doc not in documents:
                raise ImportFormatError(
                    f"actor {node.id!r} is mentioned by document {doc!r}, which is not listed"
                )
    for i, link in enumerate(graph.links):
        for end in (link.source, link.target):
            if end not in nodes:
                raise ImportFormatError(f"links[{i}] refers to actor {end!r}, which is not listed")
        for statement in link.statements:
            if statement.document not in documents:
                raise ImportFormatError(
                    f"links[{i}] has a statement from document {statement.document!r}, "
                    "which is not listed"
                )
            if statement.source_actor is not None and statement.source_actor not in nodes:
                raise ImportFormatError(
                    f"links[{i}] has a statement claimed by actor {statement.source_actor!r}, "
                    "which is not listed"
                )


@dataclass(slots=True)
class _DocPlan:
    info: DocumentInfo
    actors: list[_NodeIn] = field(default_factory=list)
    relations: list[tuple[_LinkIn, _StatementIn]] = field(default_factory=list)

    def extraction(self, *, aliases: bool) -> Extraction:
        return Extraction(
            document=self.info.id,
            date=self.info.date,
            actors=tuple(
                Actor(
                    id=node.id,
                    name=node.name,
                    type=node.type,
                    aliases=tuple(a for a in node.aliases if a != node.name) if aliases else (),
                    cameo_code=node.cameo_code,
                )
                for node in self.actors
            ),
            relations=tuple(
                Relation(
                    source=link.source,
                    target=link.target,
                    type=link.type,
                    evidence=(Evidence(text=s.text, start=s.start, end=s.end),),
                    negated=link.negated,
                    date=s.date,
                    confidence=link.confidence,
                    cameo=link.cameo,
                    state=s.state,
                    source_actor=s.source_actor,
                )
                for link, s in self.relations
            ),
        )


def _document_plans(graph: _GraphIn) -> list[_DocPlan]:
    """One extraction per document, in ingest order: actors get their ids in the
    order they are first stored, so this order reproduces the exported ids."""
    plans = {
        d.id: _DocPlan(DocumentInfo(**d.model_dump()))
        for d in sorted(graph.documents, key=lambda d: (d.ingested_at, d.id))
    }
    nodes = {n.id: n for n in graph.nodes}
    mentioned: dict[str, set[str]] = {doc: set() for doc in plans}
    for node in graph.nodes:
        for doc in node.documents:
            mentioned[doc].add(node.id)
    for link in graph.links:
        for statement in link.statements:
            plans[statement.document].relations.append((link, statement))
            # A relation's actors are mentioned by its document, whatever the node says.
            mentioned[statement.document].update((link.source, link.target))
            if statement.source_actor is not None:
                mentioned[statement.document].add(statement.source_actor)
    for doc, plan in plans.items():
        plan.actors = [nodes[a] for a in sorted(mentioned[doc])]
    return list(plans.values())


def _renamed(store: GraphStore, nodes: Sequence[_NodeIn]) -> dict[str, str]:
    """Exported ids the store stored under another id, matched by name key and type."""
    if not nodes:
        return {}
    limit = max(store.stats().actors * 2, 1000)
    by_name: dict[tuple[str, ActorType], str] = {}
    for record in store.search_actors("", limit=limit, document_limit=0):
        by_name.setdefault((name_key(record.name), record.type), record.id)
    renamed: dict[str, str] = {}
    for node in nodes:
        stored = by_name.get((name_key(node.name), node.type))
        if stored is not None and stored != node.id:
            renamed[node.id] = stored
    return renamed


def load_networkx(source: Path | str | bytes | IO[bytes]) -> nx.MultiDiGraph[str]:
    """A JSON export as a networkx graph (node-link), without a store."""
    if isinstance(source, Path):
        data = json.loads(source.read_bytes())
    elif isinstance(source, str | bytes):
        data = json.loads(source)
    else:
        data = json.load(source)
    graph = nx.node_link_graph(data, edges="links")
    if not isinstance(graph, nx.MultiDiGraph):  # "multigraph"/"directed" set to false
        raise ImportFormatError("the JSON is not a directed multigraph export of actorgraph")
    return graph
