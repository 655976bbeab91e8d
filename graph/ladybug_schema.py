"""The Ladybug store's schema, and the one-time upgrade of a graph written by an earlier
version (figures, document counts and heads, Evidence nodes, the copy index), on its
first writing open. Part of the Ladybug store (graph/ladybug_store.py)."""

from __future__ import annotations

from collections import defaultdict

from actorgraph.graph import ladybug_cypher as q
from actorgraph.graph.ladybug_actors import HEAD_ROOM
from actorgraph.graph.ladybug_rows import _Tx
from actorgraph.graph.ladybug_writes import (
    _evidence_row,
    _recompute_figures,
    _refresh_edges,
)
from actorgraph.graph.models import (
    DUPLICATE_OF_KEY,
    DocumentInfo,
    with_document_meta,
)


def _create_schema(tx: _Tx) -> None:
    """The tables, and the one-time upgrade of a database an earlier version made (in
    the caller's transaction: a reader or a killed writer never sees half of it)."""
    tables = {row["name"] for row in tx.rows(q.TABLE_NAMES)}
    for statement in q.SCHEMA:
        tx.run(statement)
    # Added before the upgrades below, which set them with the figures; filled after.
    masks = _has_type_masks(tx)
    if not masks:
        for statement in q.ADD_TYPE_MASKS:
            tx.run(statement)
    if "Document" in tables and "DocumentCopies" not in tables:
        _index_copies(tx)
    if _edge_lists(tx):
        _move_evidence(tx)
    if not _has_figures(tx):
        _upgrade(tx)
    elif not _has_document_counts(tx):
        for statement in q.UPGRADE_DOCUMENT_COUNTS:
            tx.run(statement)
    if not _has_document_heads(tx):
        tx.run(q.ADD_DOCUMENT_HEADS)
        tx.run(q.FILL_DOCUMENT_HEADS, last=HEAD_ROOM)
    if not masks:
        _fill_type_masks(tx)
    if not _has_evidence_pages(tx):
        # Added empty (NULL: read from the Statement table, as before); the store fills
        # them after this transaction, a part at a time (ladybug_rows._fill_pages).
        tx.run(q.ADD_EVIDENCE_PAGES)


def _upgrade_due(tx: _Tx) -> bool:
    """Whether the database holds a graph of an earlier version's layout (not a new,
    empty one)."""
    tables = {row["name"] for row in tx.rows(q.TABLE_NAMES)}
    return "Actor" in tables and not _current_layout(tx)


def _current_layout(tx: _Tx) -> bool:
    """Whether the database is in this version's layout (made by it, or upgraded)."""
    tables = {row["name"] for row in tx.rows(q.TABLE_NAMES)}
    return (
        {"Evidence", "DocumentCopies"} <= tables
        and _has_figures(tx)
        and _has_document_counts(tx)
        and _has_document_heads(tx)
        and _has_type_masks(tx)
        and _has_evidence_pages(tx)
        and not _edge_lists(tx)
    )


def _has_figures(tx: _Tx) -> bool:
    """Whether the database keeps actor figures."""
    return "degree" in {row["name"] for row in tx.rows(q.ACTOR_COLUMNS)}


def _has_document_counts(tx: _Tx) -> bool:
    """Whether the database keeps each actor's document count on its node."""
    return "document_count" in {row["name"] for row in tx.rows(q.ACTOR_COLUMNS)}


def _has_document_heads(tx: _Tx) -> bool:
    """Whether the database keeps the head of each actor's documents on its node."""
    return "document_head" in {row["name"] for row in tx.rows(q.ACTOR_COLUMNS)}


def _has_type_masks(tx: _Tx) -> bool:
    """Whether the database keeps each actor's relation types on its node."""
    return "types_out" in {row["name"] for row in tx.rows(q.ACTOR_COLUMNS)}


def _has_evidence_pages(tx: _Tx) -> bool:
    """Whether the database keeps each edge's page of evidence on its Evidence node
    (graph/evidence_page.py; a database without Evidence nodes gets them with it)."""
    tables = {row["name"] for row in tx.rows(q.TABLE_NAMES)}
    return "Evidence" not in tables or "page" in {
        row["name"] for row in tx.rows(q.EVIDENCE_COLUMNS)
    }


def _fill_type_masks(tx: _Tx) -> None:
    """Every actor's relation types each way (ladybug_cypher.TYPE_BITS), from its edges:
    one read of all the edges each way (an actor with none keeps the columns' 0)."""
    masks: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for way, query in enumerate((q.ALL_ACTOR_TYPES_OUT, q.ALL_ACTOR_TYPES_IN)):
        for row in tx.rows(query):
            masks[row["id"]][way] = q.type_mask(row["types"] or ())
    tx.batched(
        q.SET_ACTOR_TYPES,
        [{"id": a, "types_out": out, "types_in": in_} for a, (out, in_) in sorted(masks.items())],
    )


def _edge_lists(tx: _Tx) -> list[str]:
    """The relationship tables that still keep statement ids on each edge (a database
    made before evidence lived apart)."""
    return [
        t
        for t, query in q.RELATION_COLUMNS.items()
        if "statements" in {row["name"] for row in tx.rows(query)}
    ]


def _move_evidence(tx: _Tx) -> None:
    """Move each edge's statement ids from the relationship to an Evidence node keyed
    by the edge, then drop the relationship's list column."""
    for table in _edge_lists(tx):
        rows = tx.rows(q.EDGE_LISTS[table])
        tx.batched(q.CREATE_EVIDENCE, [_evidence_row(row["statements"], row) for row in rows])
        tx.run(q.DROP_EDGE_LISTS[table])


def _index_copies(tx: _Tx) -> None:
    """Fill the copy index of a database written before it (a copy's original was
    only in its `meta` text): the `duplicate_of` column, and DocumentCopies."""
    copies: dict[str, list[str]] = defaultdict(list)
    rows = []
    for row in tx.rows(q.UNINDEXED_COPIES, key=DUPLICATE_OF_KEY):
        original = with_document_meta(DocumentInfo(row["id"], ""), row["meta"]).duplicate_of
        if original:
            copies[original].append(row["id"])
            rows.append({"id": row["id"], "duplicate_of": original})
    tx.batched(q.SET_DUPLICATE_OF, rows)
    for original, ids in sorted(copies.items()):
        tx.run(q.SET_COPY_IDS, original=original, copies=sorted(ids))


def _upgrade(tx: _Tx) -> None:
    """Give a database made before the figures were kept its new columns, and make its
    edges again from the statements: every edge gets its Evidence node, every actor
    its figures."""
    for statement in q.UPGRADE:
        tx.run(statement)
    for statement in q.DELETE_RELATIONS:
        tx.run(statement)
    tx.run(q.DELETE_ALL_EVIDENCE)
    statements = tx.rows(q.STATEMENT_EDGES)
    _refresh_edges(tx, statements, {}, degree=lambda _: 0)
    stale = {row["id"] for row in tx.rows(q.ALL_ACTOR_IDS)}
    _recompute_figures(tx, stale)
