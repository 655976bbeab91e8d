"""The Ladybug store's reads, for the `LadybugStore` methods that page in the database:
actor records and their documents, an actor's connections ranked by statement count and
cut to a page, their evidence, the whole graph's edge pages. Part of the Ladybug store
(graph/ladybug_store.py)."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterable, Sequence
from typing import Any, Final

from actorgraph.domain import (
    CAMEO_CODES,
    SYMMETRIC_RELATIONS,
    ActorType,
    RelationType,
)
from actorgraph.graph import ladybug_cypher as q
from actorgraph.graph.evidence_page import PAGE_STATEMENTS
from actorgraph.graph.evidence_window import Window, head_covers, window
from actorgraph.graph.ladybug_rows import (
    _RELATIONS,
    _edge_id_key,
    _EdgeId,
    _edges_by_ids,
    _edges_of,
    _evidence,
    _heads,
    _Row,
    _row_edge_id,
    _row_key,
    _statements_of_windows,
    _Tx,
)
from actorgraph.graph.models import (
    ActorRecord,
    Connection,
    Direction,
    DocumentIdPage,
    Edge,
    EdgeFigures,
    EdgeKey,
    EdgeSelection,
    Statement,
    direction_matches,
)
from actorgraph.graph.statement_rows import statement_of
from actorgraph.graph.store import NotFoundError
from actorgraph.graph.whole_graph import DateRange, RankedActor


def _dated(dates: DateRange, params: dict[str, Any]) -> str | None:
    """The statement date condition of `dates` (None: open), its parameters added."""
    if dates.open:
        return None
    if dates.date_from is not None:
        params["date_from"] = dates.date_from
    if dates.date_to is not None:
        params["date_to"] = dates.date_to
    return q.statement_dated(dates.date_from is not None, dates.date_to is not None)


def _ranked(row: _Row) -> RankedActor:
    return RankedActor(
        row["id"], row["name"], row["type"], tuple(row["aliases"] or ()), int(row["degree"])
    )


def _records(tx: _Tx, actor_ids: Iterable[str]) -> dict[str, ActorRecord]:
    """Actor records: names and figures from the nodes, documents from the mentions."""
    ids = sorted(set(actor_ids))
    if not ids:
        return {}
    documents = _documents_of(tx, ids)
    rows = tx.rows(q.ACTOR_RECORDS, ids=ids)
    for row in rows:
        tx.note_actor(row["id"], row)
    return {row["id"]: _record(row, documents) for row in rows}


def _record_heads(
    tx: _Tx, actor_ids: Iterable[str], document_limit: int
) -> dict[str, ActorRecord]:
    """Actor records listing their first `document_limit` documents, with how many
    there are: read from the head kept on each node, past it from the mentions. A hub
    of a large graph has tens of thousands of documents; listing them all for each
    search result took seconds and hundreds of megabytes at a million statements."""
    ids = sorted(set(actor_ids))
    if not ids:
        return {}
    records: dict[str, ActorRecord] = {}
    for row in tx.rows(q.ACTOR_RECORD_HEADS, ids=ids):
        actor_id = row["id"]
        tx.note_actor(actor_id, row)
        page = _kept_page(row, 0, document_limit)
        if page is None:
            page = _document_page(tx, actor_id, 0, document_limit)
        records[actor_id] = _record(row, {actor_id: page.ids}, {actor_id: page.total})
    return records


def _degree(tx: _Tx, actor_id: str) -> tuple[int, tuple[int, int]]:
    """The actor's degree and relation types (masks out and in): as read earlier in
    the transaction, or by its node. Raises NotFoundError for an unknown actor."""
    known = tx.degrees.get(actor_id)
    types = tx.types.get(actor_id)
    if known is not None and types is not None:
        return known, types
    found = tx.rows(q.ACTOR_DEGREE, id=actor_id)
    if not found:
        raise NotFoundError(f"no actor {actor_id!r} in the graph; search for its id")
    tx.note_actor(actor_id, found[0])
    return tx.degrees[actor_id], tx.types[actor_id]


# Every relation type, in the order a read's types are named (by value, as callers
# sort the types they are asked for).
_ALL_TYPES: Final = tuple(sorted(RelationType, key=lambda t: t.value))
_ALL_MASK: Final = sum(q.TYPE_BITS.values())

# The most sets of relation types the reads of one store narrow to. Every set is
# another query text, and the engine keeps a prepared statement per text on every
# connection, about 80 KB of them in the buffer pool and 0.25 MB of the process's
# memory each (measured: 794 texts filled a 64 MB pool), for as long as the
# connection lives: sets of types without bound would fill the serving process's pool.
NARROWED_SETS: Final = 16


def _mask_of(types: Iterable[RelationType] | None) -> int:
    return _ALL_MASK if types is None else sum(q.TYPE_BITS[t] for t in set(types))


class TypeSets:
    """The sets of relation types (masks) a store's reads may name, at most `limit`,
    taken as they are first needed. A read whose actors' types make another set names
    the smallest one taken that holds them and is within the types asked, or else the
    types as asked: it reads a few tables more, never other rows. Thread-safe."""

    def __init__(self, limit: int = NARROWED_SETS) -> None:
        self._limit = limit
        self._taken: tuple[int, ...] = ()  # replaced whole, under the lock
        self._lock = threading.Lock()

    def named(self, wanted: int, asked: int) -> int:
        """The types (a mask) to name for `wanted` types among `asked`."""
        taken = self._taken
        if wanted == asked or wanted in taken:
            return wanted
        if len(taken) < self._limit:
            with self._lock:
                if wanted in self._taken or len(self._taken) < self._limit:
                    self._taken = (*self._taken, wanted)
                    return wanted
            taken = self._taken
        best = asked
        for held in taken:
            if wanted & ~held == 0 and held & ~asked == 0 and (
                held.bit_count() < best.bit_count()
            ):
                best = held
        return best


def _named_types(mask: int) -> tuple[RelationType, ...]:
    return q.mask_types(mask, _ALL_TYPES)


def _narrowed(
    reads: Sequence[q.OneWay], types_out: int, types_in: int, sets: TypeSets
) -> list[q.OneWay]:
    """The one-way reads naming only the relation types the actors have that way
    (masks: ladybug_cypher.TYPE_BITS), among those each read asked for, or a set of
    `sets` holding them; a read left with none is dropped (its tables hold no edge
    of theirs)."""
    narrowed: list[q.OneWay] = []
    for way in reads:
        asked = _mask_of(way.types)
        wanted = (types_out if way.outgoing else types_in) & asked
        if not wanted:
            continue
        named = sets.named(wanted, asked)
        narrowed.append(way if named == asked else way._replace(types=_named_types(named)))
    return narrowed


def _document_page(tx: _Tx, actor_id: str, offset: int, limit: int) -> DocumentIdPage:
    """A page of the actor's documents by id (list_slice counts from 1, both ends in)."""
    start = max(offset, 0)
    params = {"ids": [actor_id], "first": start + 1, "last": start + max(limit, 0)}
    rows = tx.rows(q.ACTOR_DOCUMENT_PAGE, **params)
    if not rows:
        return DocumentIdPage(0, [])
    return DocumentIdPage(int(rows[0]["total"]), list(rows[0]["documents"] or ()))


def _kept_page(row: _Row, offset: int, limit: int) -> DocumentIdPage | None:
    """A page of the actor's documents from the head kept on its node (a row of
    ACTOR_RECORD_HEAD), or None when the page reaches past the head."""
    kept, total = row["document_head"] or [], int(row["document_count"] or 0)
    start = max(offset, 0)
    end = start + max(limit, 0)
    if not head_covers(kept, total, end):
        return None
    return DocumentIdPage(total, list(kept[start:end]))


def _documents_of(tx: _Tx, actor_ids: Iterable[str]) -> dict[str, list[str]]:
    ids = sorted(set(actor_ids))
    if not ids:
        return {}
    return {r["id"]: r["documents"] for r in tx.rows(q.ACTOR_DOCUMENTS, ids=ids)}


def _record(
    row: _Row, documents: dict[str, list[str]], counts: dict[str, int] | None = None
) -> ActorRecord:
    """The actor of `row` with its documents listed, or only counted (`counts`)."""
    return ActorRecord(
        id=row["id"],
        name=row["name"],
        type=ActorType(row["type"]),
        aliases=tuple(row["aliases"] or ()),
        cameo_code=row.get("cameo_code"),
        degree=int(row["degree"] or 0),
        documents=tuple(sorted(set(documents.get(row["id"], ())))),
        first_seen=row["first_seen"],
        last_seen=row["last_seen"],
        document_total=None if counts is None else counts.get(row["id"], 0),
    )


# An edge-page row with its edge's key (_edge_id_key, made once per row: a page's
# reads look edges up by it several times), the edge and its way from the actor.
_Ranked = tuple[str, _EdgeId, _Row, Direction]


def _ranked_rows(
    actor_id: str, pairs: Iterable[tuple[Direction, _Row]], direction: Direction
) -> list[_Ranked]:
    """Edge-page rows (each with its way from the actor) in connections order: most
    statements first, then type, neighbour name and id, way, asserted first. A
    self-loop, met from both ends, comes once; rows pointing the other way than
    `direction` are left out (but symmetric ones and self-loops)."""
    found: dict[str, tuple[tuple[Any, ...], _Ranked]] = {}
    for way, row in pairs:
        type_ = _RELATIONS[row["type"]]  # a dict lookup: the enum's call costs more
        neighbour = row["neighbour"]
        source, target = (actor_id, neighbour) if way is Direction.OUT else (neighbour, actor_id)
        if not direction_matches(source, target, type_, way, direction):
            continue
        eid: _EdgeId = (source, target, type_, bool(row["negated"]))
        key = _edge_id_key(eid)
        if key in found:  # a self-loop, seen from both ends
            continue
        name = str(row["neighbour_name"]).casefold()
        order = (-int(row["count"] or 0), type_.value, name, neighbour, way.value, eid[3])
        found[key] = (order, (key, eid, row, way))
    return [ranked for _, ranked in sorted(found.values(), key=lambda f: f[0])]


def _least_count(histogram: Sequence[_Row], wanted: int) -> tuple[int, int]:
    """From the edges one way counted per statement count (q.count_histogram): the
    count of the `wanted`-th strongest edge (0 when there are fewer), and how many
    edges there are."""
    held = sum(int(row["n"]) for row in histogram)
    if held < wanted:
        return 0, held
    reached = 0
    for row in sorted(histogram, key=lambda r: -int(r["count"] or 0)):
        reached += int(row["n"])
        if reached >= wanted:
            return int(row["count"] or 0), held
    return 0, held


def _narrowed_selection(
    selection: EdgeSelection, mask: int, sets: TypeSets
) -> EdgeSelection | None:
    """`selection` keeping only the relation types of `mask` (an actor's types either
    way, or several actors' together: ladybug_cypher.TYPE_BITS), or a set of `sets`
    holding them; None when it keeps none (no read is needed)."""
    asked = _mask_of(selection.relation_types)
    wanted = mask & asked
    if not wanted:
        return None
    named = sets.named(wanted, asked)
    if named == asked:
        return selection
    return dataclasses.replace(selection, relation_types=frozenset(_named_types(named)))


def _one_way_reads(
    direction: Direction, types: tuple[RelationType, ...] | None
) -> list[q.OneWay]:
    """The one-way reads whose rows make an actor's connections: every self-loop on the
    way out (where the other stores put it too), and edges the other way than asked
    only when they point both ways (symmetric relations)."""
    if direction is Direction.BOTH:
        return [q.OneWay(True, types, True), q.OneWay(False, types, False)]
    symmetric = tuple(t for t in types or RelationType if t in SYMMETRIC_RELATIONS)
    if direction is Direction.OUT:
        out = q.OneWay(True, types, True)
        return [out, q.OneWay(False, symmetric, False)] if symmetric else [out]
    return [q.OneWay(False, types, False), q.OneWay(True, types, True, both_ways_only=True)]


def _with_evidence(
    tx: _Tx, ranked: Sequence[_Ranked], evidence_limit: int | None
) -> list[_Ranked]:
    """The ranked rows of a page with their edges' Evidence nodes, by key (rows of
    edges with none are left out), and the statement ids their evidence needs
    (_with_statement_ids)."""
    nodes = _heads(tx, [key for key, _, _, _ in ranked])
    held = [
        (key, eid, {**row, **nodes[key]}, way)
        for key, eid, row, way in ranked
        if key in nodes
    ]
    return _with_statement_ids(tx, held, evidence_limit)


def _with_statement_ids(
    tx: _Tx, ranked: Sequence[_Ranked], evidence_limit: int | None
) -> list[_Ranked]:
    """Rows carrying their Evidence node's figures and `head`, with the statement ids
    (`statements`) their evidence needs: the head when it holds the first
    `evidence_limit` statements, else (or with no limit) all of them, by key."""
    found: dict[str, list[str]] = {}
    if evidence_limit is not None:
        for key, _, row, _ in ranked:
            ids = row["head"]
            if ids is not None and head_covers(ids, int(row["count"] or 0), evidence_limit):
                found[key] = list(ids)
    found |= _evidence(tx, (key for key, _, _, _ in ranked if key not in found))
    return [
        (key, eid, {**row, "statements": found[key]}, way)
        for key, eid, row, way in ranked
        if key in found
    ]


def _connections(
    tx: _Tx, ranked: Sequence[_Ranked], evidence_limit: int | None
) -> list[Connection]:
    """The connections of ranked rows: each neighbour's documents counted, not listed
    (a busy one has thousands; the count is kept on its node), each edge with all its
    statements (`evidence_limit` None) or its first few (rows of connection_ranks, which
    carry the edge's figures)."""
    if not ranked:
        return []
    if evidence_limit is None:
        ids = [i for _, _, row, _ in ranked for i in row.get("statements") or ()]
        edges = _edges_by_ids(tx, ids)
    else:
        edges = _capped_edges(tx, [(key, eid, row) for key, eid, row, _ in ranked], evidence_limit)
    return [
        Connection(neighbour=_neighbour(row), direction=way, edge=edges[key])
        for key, _, row, way in ranked
        if key in edges
    ]


def _neighbour(row: _Row) -> ActorRecord:
    """The neighbour of an edge-page row (connection_ranks' `neighbour_` columns), its
    documents counted, not listed. Made straight from the row (a page makes one per
    edge): no dict of its fields first, the type by a dict lookup."""
    type_ = row["neighbour_type"]
    return ActorRecord(
        id=row["neighbour"],
        name=row["neighbour_name"],
        type=_ACTOR_TYPES.get(type_) or ActorType(type_),
        aliases=tuple(row["neighbour_aliases"] or ()),
        degree=int(row["neighbour_degree"] or 0),
        first_seen=row["neighbour_first_seen"],
        last_seen=row["neighbour_last_seen"],
        document_total=int(row["neighbour_documents"] or 0),
    )


_ACTOR_TYPES: Final = {t.value: t for t in ActorType}


def _capped_edges(
    tx: _Tx, rows: Sequence[tuple[str, _EdgeId, _Row]], evidence_limit: int
) -> dict[str, Edge]:
    """Edges (by key) with their first `evidence_limit` statements, read for all the
    edges in one query; count, dates, confidence and CAMEO code from the relationship's
    row. With no statements wanted (a walk that reads its page's evidence afterwards),
    the edges are their figures alone and nothing else is read."""
    if evidence_limit <= 0:
        return {key: _figures_only(eid, row) for key, eid, row in rows}
    windows = {
        key: window(row.get("statements") or (), 0, evidence_limit) for key, _, row in rows
    }
    # The Evidence nodes' pages hold the window of a page of PAGE_STATEMENTS or fewer.
    pages = (
        {key: row.get("page") for key, _, row in rows}
        if evidence_limit <= PAGE_STATEMENTS
        else None
    )
    groups = _statements_of_windows(tx, {key: w.ids for key, w in windows.items()}, pages)
    edges: dict[str, Edge] = {}
    for key, eid, row in rows:
        group = groups.get(key)
        if group is not None and _window_held([r["document"] for r in group], windows[key]):
            edges[key] = _capped_edge(eid, row, group, evidence_limit)
            continue
        # Ids of another form: this edge's statements are read whole.
        built = _edges_of(tx, [key]).get(key)
        if built is not None:
            edges[key] = _capped_built(built, row, evidence_limit)
    return edges


def _capped_edge(eid: _EdgeId, row: _Row, group: list[_Row], evidence_limit: int) -> Edge:
    """The edge of `row` with the first `evidence_limit` of its window's statement rows
    (`group`, in order), as _capped_built makes it from those rows' edge: only the
    statements listed are made (the rest of the window only names its documents)."""
    listed = group[:evidence_limit]
    for statement_row in listed:
        statement_row["negated"] = eid[3]  # the edge's, not read (its key holds it)
    statements = tuple(statement_of(r) for r in listed)
    confidence = row["confidence"]
    cameo = row["cameo"] or next(
        (r["cameo"] for r in group if r["cameo"]), CAMEO_CODES.get(eid[2])
    )
    return _capped(
        eid,
        row,
        statements,
        max(float(r["confidence"]) for r in group) if confidence is None else float(confidence),
        cameo,
    )


def _capped_built(built: Edge, row: _Row, evidence_limit: int) -> Edge:
    """An edge read whole, with its first `evidence_limit` statements and the figures
    of `row`."""
    confidence = built.confidence if row["confidence"] is None else float(row["confidence"])
    eid = (built.source, built.target, built.type, built.negated)
    statements = built.statements[:evidence_limit]
    return _capped(eid, row, statements, confidence, row["cameo"] or built.cameo)


def _capped(
    eid: _EdgeId,
    row: _Row,
    statements: tuple[Statement, ...],
    confidence: float,
    cameo: str | None,
) -> Edge:
    """An edge of its first statements; its whole figures from `row` when it has more."""
    count = int(row["count"] or len(row.get("statements") or ()))
    # Made whole rather than by dataclasses.replace, which costs several times more
    # (a page makes one per edge).
    return Edge(
        *eid,
        statements,
        confidence=confidence,
        cameo=cameo,
        whole=(
            EdgeFigures(count, row["first_seen"], row["last_seen"])
            if count > len(statements)
            else None
        ),
    )


def _page_edges(tx: _Tx, rows: Sequence[_Row], evidence_limit: int | None) -> dict[str, Edge]:
    """The edges of rows naming them (`source`, `target`, `type`, `negated`), keyed as
    _edge_id_key: with all their statements, or their first `evidence_limit` (their
    Evidence nodes' figures and heads: a hub edge's thousands of statements are not
    read to list a few)."""
    if evidence_limit is None:
        return _edges_of(tx, [_row_key(row) for row in rows])
    eids = [_row_edge_id(row) for row in rows]
    ranked = [
        (_edge_id_key(eid), eid, row, Direction.OUT) for eid, row in zip(eids, rows, strict=True)
    ]
    held = _with_evidence(tx, ranked, evidence_limit)
    return _capped_edges(tx, [(key, eid, row) for key, eid, row, _ in held], evidence_limit)


def _figures_only(eid: _EdgeId, row: _Row) -> Edge:
    count = int(row["count"] or len(row.get("statements") or ()))
    return Edge(
        *eid,
        statements=(),
        confidence=0.5 if row["confidence"] is None else float(row["confidence"]),
        cameo=row["cameo"],
        whole=EdgeFigures(count, row["first_seen"], row["last_seen"]),
    )


def _window_held(documents: Sequence[str], w: Window) -> bool:
    """Whether the statements read (their documents, in order) are exactly the window's
    (their ids named their documents)."""
    return len(documents) == len(w.ids) and all(d in w.documents for d in documents)


def _window_statements(
    tx: _Tx, eid: _EdgeId, ids: list[str], offset: int, limit: int
) -> list[Statement]:
    """The statements [offset, offset + limit) of one edge, in its order."""
    key = _edge_id_key(eid)
    if limit <= 0 or offset >= len(ids):
        return []
    w = window(ids, offset, limit)
    built = _edges_by_ids(tx, w.ids).get(key)
    if built is None or not _window_held([s.document for s in built.statements], w):
        built, w = _edges_by_ids(tx, ids).get(key), Window(ids, 0, frozenset())
        if built is None:
            return []
    skip = max(offset, 0) - w.before
    return list(built.statements[skip : skip + limit])


def _whole_graph_page(
    tx: _Tx, selection: EdgeSelection, offset: int, limit: int
) -> tuple[int, list[_Row]]:
    """How many edges `selection` keeps, and the rows of its page in edge_page order.

    Sorting every edge by its ends' ids to cut one page joins both ends of each edge;
    the page's edges come from the few sources it starts and ends in, whose edges
    alone are then sorted. The total is one count of the kept edges (56 ms at 1M
    statements), and those sources are found from the actors in id order, a batch at
    a time (_page_sources): counting every source's edges, grouped by id, took a
    second there."""
    counted, params = _selected(selection, pinned=False)
    total = int(tx.rows(q.count_edges(counted), **params)[0]["n"])
    if limit <= 0 or offset >= total:
        return total, []
    groups = _page_sources(tx, selection, offset + limit)
    if groups is None:  # deep in the listing: every source counted at once
        rows = tx.rows(q.edges_per_source(counted), **params)
        groups = sorted((str(r["source"]), int(r["n"])) for r in rows)
    sources: list[str] = []
    before = 0  # edges of the sources ahead of the page's first source
    reached = 0  # edges up to and including the last source taken
    for source, n in groups:
        reached += n
        if reached <= offset:
            before = reached
            continue
        sources.append(source)
        if reached >= offset + limit:
            break
    selected, params = _selected(selection, pinned=False, many=True)
    page = q.edge_page(selected, offset - before, limit)
    return total, tx.rows(page, sources=sources, **params)


# Actors read per batch, in id order, while looking for a page's sources: the first
# pages of a listing need a handful; past the last batch, every source is counted.
_SOURCE_BATCHES: Final = (8, 64, 512, 4096)


def _page_sources(tx: _Tx, selection: EdgeSelection, end: int) -> list[tuple[str, int]] | None:
    """The sources of the edges `selection` keeps, in id order, each with how many
    it has, up to the one holding the `end`-th edge (or all of them); None when the
    batches end before it. A batch's edges are counted from its actors' own
    adjacency (`a.id IN $sources`), not by scanning every relationship."""
    many, params = _selected(selection, pinned=False, many=True)
    groups: list[tuple[str, int]] = []
    reached = 0
    after: dict[str, str] = {}
    for size in _SOURCE_BATCHES:
        ids = [str(r["id"]) for r in tx.rows(q.actor_ids_after(bool(after), size), **after)]
        counts = {
            str(r["source"]): int(r["n"])
            for r in tx.rows(q.edges_per_source(many), sources=ids, **params)
        } if ids else {}
        for actor_id in ids:
            if n := counts.get(actor_id, 0):
                groups.append((actor_id, n))
                reached += n
        if reached >= end or len(ids) < size:
            return groups
        after = {"after": ids[-1]}
    return None


def _selected(
    selection: EdgeSelection, *, pinned: bool, undirected: bool = False, many: bool = False
) -> tuple[str, dict[str, Any]]:
    """The MATCH ... WHERE of `selection` and its parameters (but the pinned ends'):
    both ends pinned, or (`undirected`) the source, edges followed either way; `many`:
    the source is any of `$sources`."""
    types = (
        tuple(sorted(selection.relation_types, key=lambda t: t.value))
        if selection.relation_types is not None
        else None
    )
    selected = q.selected_edges(
        types,
        selection.include_negated,
        selection.min_confidence > 0,
        selection.seen_by is not None,
        source=(pinned or undirected) and not many,
        target=pinned,
        undirected=undirected,
        sources=many,
    )
    params: dict[str, Any] = {}
    if selection.min_confidence > 0:
        params["min_confidence"] = float(selection.min_confidence)
    if selection.seen_by is not None:
        params["seen_by"] = selection.seen_by
    return selected, params


def _edge_keys_row_order(row: _Row) -> tuple[int, str, str, bool]:
    """The order of q.edge_keys (strongest first, then other end, type, asserted first)."""
    return (-int(row["count"] or 0), row["other"], row["type"], bool(row["negated"]))


def _ranked_keys(rows: Iterable[_Row], limit: int) -> list[EdgeKey]:
    """Edge keys of q.edge_keys rows (a self-loop, met from both ends, once), strongest
    first, then by ends, type and asserted first; at most `limit`."""
    found: dict[EdgeKey, int] = {}
    for row in rows:
        ends = (row["actor"], row["other"])
        source, target = ends if row["outgoing"] else ends[::-1]
        type_ = _RELATIONS[row["type"]]  # a dict lookup: a walk ranks thousands of rows
        found[EdgeKey(source, target, type_, bool(row["negated"]))] = int(row["count"] or 0)
    ranked = sorted(found, key=lambda k: (-found[k], k.source, k.target, k.type, k.negated))
    return ranked[:limit]
