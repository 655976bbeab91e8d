"""The event table: one row per statement, in the shape ACLED and GDELT users load.

Each row is one supporting statement of an edge: its date, the two actors (id, name,
type, CAMEO actor code), the relation with its CAMEO event code, root code and quad
class, where it happened (when the same sentence places it), who claimed it, and the
source (document, its URL and title where the document has them, the evidence
sentence with its offsets). Written as CSV (formula-safe cells) or Parquet.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import IO, Any

from actorgraph.domain import CAMEO_CODES, RelationType
from actorgraph.graph.csv_cells import Cell, write_csv
from actorgraph.graph.models import ActorRecord, DocumentInfo, Edge, Statement

__all__ = [
    "EVENT_COLUMNS",
    "QUAD_CLASS_NAMES",
    "event_rows",
    "quad_class",
    "write_events_csv",
    "write_events_parquet",
]

# (column, Parquet type): "str", "int", "float" or "bool"; every column may be empty.
_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "str"),
    ("date", "str"),
    ("report_date", "str"),
    ("actor1_id", "str"),
    ("actor1_name", "str"),
    ("actor1_type", "str"),
    ("actor1_cameo_code", "str"),
    ("relation", "str"),
    ("negated", "bool"),
    ("event_code", "str"),
    ("event_root_code", "str"),
    ("quad_class", "int"),
    ("quad_class_name", "str"),
    ("actor2_id", "str"),
    ("actor2_name", "str"),
    ("actor2_type", "str"),
    ("actor2_cameo_code", "str"),
    ("location", "str"),
    ("claimed_by", "str"),
    ("state", "str"),
    ("confidence", "float"),
    ("document", "str"),
    ("source_url", "str"),
    ("source_title", "str"),
    ("evidence", "str"),
    ("evidence_start", "int"),
    ("evidence_end", "int"),
)
EVENT_COLUMNS: tuple[str, ...] = tuple(name for name, _ in _COLUMNS)

# GDELT's QuadClass, from the CAMEO root code (the code's first two digits).
QUAD_CLASS_NAMES: dict[int, str] = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


def quad_class(cameo: str | None) -> int | None:
    """1-4 for a CAMEO event code (roots 01-05, 06-08, 09-13, 14-20), else None."""
    if not cameo or len(cameo) < 2 or not cameo[:2].isdigit():
        return None
    root = int(cameo[:2])
    for quad, last_root in ((1, 5), (2, 8), (3, 13), (4, 20)):
        if 1 <= root <= last_root:
            return quad
    return None


def _one_line(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class _Place:
    document: str
    start: int
    end: int
    subject: str
    name: str


def _places(edges: Iterable[Edge], names: Mapping[str, str]) -> dict[str, list[_Place]]:
    """LOCATED_IN statements by document: a sentence that places something names
    where the other events read from the same sentence happened."""
    places: dict[str, list[_Place]] = {}
    for edge in edges:
        if edge.type is not RelationType.LOCATED_IN or edge.negated:
            continue
        for s in edge.statements:
            place = _Place(s.document, s.start, s.end, edge.source, names[edge.target])
            places.setdefault(s.document, []).append(place)
    return places


def _location(edge: Edge, s: Statement, places: Mapping[str, list[_Place]]) -> str | None:
    if edge.type is RelationType.LOCATED_IN:
        return None
    same_sentence = [
        p for p in places.get(s.document, ()) if p.start < s.end and s.start < p.end
    ]
    # The place of the target (an attacked base) before the place of the source.
    for subject in (edge.target, edge.source):
        for place in same_sentence:
            if place.subject == subject:
                return place.name
    return same_sentence[0].name if same_sentence else None


def _event_id(edge: Edge, s: Statement) -> str:
    key = "\x1f".join(
        (s.document, str(s.start), str(s.end), edge.source, edge.type.value, edge.target,
         str(s.negated))
    )  # fmt: skip
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _actor_cells(prefix: str, actor: ActorRecord) -> dict[str, Cell]:
    return {
        f"{prefix}_id": actor.id,
        f"{prefix}_name": actor.name,
        f"{prefix}_type": actor.type.value,
        f"{prefix}_cameo_code": actor.cameo_code,
    }


def event_rows(
    documents: Sequence[DocumentInfo], actors: Sequence[ActorRecord], edges: Sequence[Edge]
) -> Iterator[dict[str, Cell]]:
    """One row per statement, ordered by date (undated last), document and offset."""
    by_id = {a.id: a for a in actors}
    docs = {d.id: d for d in documents}
    places = _places(edges, {a.id: a.name for a in actors})
    statements = [(edge, s) for edge in edges for s in edge.statements]
    statements.sort(key=lambda es: (es[1].date is None, es[1].date or "", es[1].document,
                                    es[1].start, es[0].source, es[0].type.value, es[0].target))
    for edge, s in statements:
        doc = docs.get(s.document)
        code = edge.cameo or CAMEO_CODES.get(edge.type)
        quad = quad_class(code)
        # Documents gain url/title/published metadata in newer stores; older ones lack it.
        yield {
            "event_id": _event_id(edge, s),
            "date": s.date,
            "report_date": getattr(doc, "published", None) or (doc.date if doc else None),
            **_actor_cells("actor1", by_id[edge.source]),
            "relation": edge.type.value,
            "negated": s.negated,
            "event_code": code,
            "event_root_code": code[:2] if code and quad else None,
            "quad_class": quad,
            "quad_class_name": QUAD_CLASS_NAMES[quad] if quad else None,
            **_actor_cells("actor2", by_id[edge.target]),
            "location": _location(edge, s, places),
            "claimed_by": by_id[s.source_actor].name if s.source_actor in by_id else None,
            "state": s.state,
            "confidence": float(edge.confidence),
            "document": s.document,
            "source_url": getattr(doc, "url", None),
            "source_title": getattr(doc, "title", None),
            "evidence": _one_line(s.text),
            "evidence_start": s.start,
            "evidence_end": s.end,
        }


def write_events_csv(
    documents: Sequence[DocumentInfo],
    actors: Sequence[ActorRecord],
    edges: Sequence[Edge],
    out: IO[bytes],
) -> None:
    write_csv(out, EVENT_COLUMNS, event_rows(documents, actors, edges))


def write_events_parquet(
    documents: Sequence[DocumentInfo],
    actors: Sequence[ActorRecord],
    edges: Sequence[Edge],
    out: IO[bytes],
) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types: dict[str, Any] = {
        "str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()
    }  # fmt: skip
    schema = pa.schema([(name, types[kind]) for name, kind in _COLUMNS])
    rows = list(event_rows(documents, actors, edges))
    table = pa.Table.from_pylist(rows, schema=schema)
    # Parquet needs a seekable sink only for reading; writing streams to `out`.
    pq.write_table(table, pa.PythonFile(out, mode="w"), compression="zstd")
