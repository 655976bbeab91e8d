"""The Ladybug store's writes: a document's actors, statements and edges upserted (new
documents flushed together at the end of their transaction), replaced or deleted
documents taken out of their edges in place, the actors' figures and document heads kept
beside them, the copy index. Part of the Ladybug store (graph/ladybug_store.py)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Final

from actorgraph.domain import (
    Extraction,
    RelationType,
)
from actorgraph.graph import ladybug_cypher as q
from actorgraph.graph.evidence_window import document_of, head
from actorgraph.graph.ladybug_actors import HEAD_ROOM, ActorIndex, ActorState
from actorgraph.graph.ladybug_rows import (
    _BATCH,
    _document,
    _edge_id_key,
    _edge_ident,
    _edges_by_ids,
    _evidence,
    _Row,
    _set_pages,
    _statements_by_ids,
    _Tx,
)
from actorgraph.graph.models import (
    DocumentInfo,
    Edge,
    EdgeFigures,
    UpsertResult,
    document_row,
)
from actorgraph.graph.resolution import ActorPlan, name_keys_of, plan_actors
from actorgraph.graph.statement_rows import (
    alias_order,
    build_edges,
    document_statements,
    edge_properties,
)
from actorgraph.graph.store import StoreError


def _evidence_row(ids: Sequence[str] | None, edge: _Row) -> _Row:
    """An Evidence node's row: `edge` gives its key and figures."""
    figures = ("key", "confidence", "cameo", "first_seen", "last_seen")
    return {
        **{name: edge[name] for name in figures},
        "statements": list(ids or ()),
        "head": head(ids or ()),
    }


def _track_copy(tx: _Tx, document_id: str, before: str | None, after: str | None) -> None:
    """Keep the copy index with a write of `document_id`, a copy of `before` until now
    and of `after` from now on (None: no copy)."""
    if before == after:
        return
    if before is not None:
        kept = [c for c in _copy_ids(tx, before) if c != document_id]
        if kept:
            tx.run(q.SET_COPY_IDS, original=before, copies=kept)
        else:
            tx.run(q.DELETE_COPY_IDS, original=before)
    if after is not None:
        ids = sorted({*_copy_ids(tx, after), document_id})
        tx.run(q.SET_COPY_IDS, original=after, copies=ids)
        tx.copies_written = True


def _copy_ids(tx: _Tx, original: str) -> list[str]:
    rows = tx.rows(q.COPY_IDS, ids=[original])
    return list(rows[0]["copies"] or ()) if rows else []


@dataclass
class _IndexUpdate:
    """What a committed write changed in the writer's actor index: actors it set
    (computed by the write) and actors to read again (changed in ways it did not
    compute, on replacing or deleting a document)."""

    changed: list[ActorState] = field(default_factory=list)
    reread: set[str] = field(default_factory=set)


@dataclass
class _Pending:
    """The writes of a transaction's new documents, made together at its end by
    `_flush`: one query per kind of write for all of them, where each document cost
    about twenty of its own (a query's preparation costs the same whatever its rows)."""

    documents: list[_Row] = field(default_factory=list)
    mentions: list[_Row] = field(default_factory=list)
    statements: list[_Row] = field(default_factory=list)
    # New actors and their CAMEO codes; the actors the documents name, as they were
    # stored before the transaction (None: new).
    created: dict[str, str | None] = field(default_factory=dict)
    before: dict[str, ActorState | None] = field(default_factory=dict)

    def holds(self, document_id: str) -> bool:
        return any(row["id"] == document_id for row in self.documents)

    def clear(self) -> None:
        for part in (self.documents, self.mentions, self.statements, self.created, self.before):
            part.clear()


def _upsert(
    tx: _Tx,
    index: ActorIndex,
    pending: _Pending,
    document: DocumentInfo,
    extraction: Extraction,
) -> UpsertResult:
    """Plan a document into `pending` (a new one) or write it (a replaced one), in the
    caller's transaction; the index follows at once, so that later documents resolve
    against this one's actors (the caller forgets it if the transaction aborts)."""
    if pending.holds(document.id):  # the same id twice: it must read as stored
        _flush(tx, index, pending)
    stored = tx.rows(q.GET_DOCUMENT, id=document.id)
    if stored and stored[0]["sha256"] == document.sha256:
        return UpsertResult(document=document.id, status="unchanged")
    copy_of = _document(stored[0]).duplicate_of if stored else None
    _track_copy(tx, document.id, copy_of, document.duplicate_of)
    by_key, known = index.known_under(name_keys_of(extraction, index.name_key))
    actors = plan_actors(extraction, by_key, known, index, key=index.name_key)
    index.prefetch(actors.mentions)
    statements = statement_rows(extraction, document, actors.store_id)
    if stored:
        # Its old content is taken out at once, on the database as the pending writes
        # leave it; the new content is then planned like a new document's.
        _flush(tx, index, pending)
        removed, changed = _unstore(tx, index, document.id, keep=set(actors.mentions))
        _apply_in_tx(tx, index, _IndexUpdate(reread=changed))
        created = _plan_new(index, pending, document, extraction, actors, statements)
        return replace(created, status="replaced", statements_removed=removed)
    return _plan_new(index, pending, document, extraction, actors, statements)


def _plan_new(
    index: ActorIndex,
    pending: _Pending,
    document: DocumentInfo,
    extraction: Extraction,
    actors: ActorPlan,
    statements: list[_Row],
) -> UpsertResult:
    """Plan a document that is not stored (or no longer) into `pending`."""
    states = named_states(index, actors, document.id)
    for actor_id in states:
        if actor_id not in pending.before:
            pending.before[actor_id] = index.get(actor_id)
    for actor in actors.new:
        pending.created[actor.id] = new_actor_cameo(extraction, actor.id, actors.local)
    pending.documents.append(document_row(document))
    pending.mentions.extend(_mention_rows(document.id, actors.mentions))
    pending.statements.extend(statements)
    # Names now; figures once the transaction's edges are known (_flush).
    index.apply(states.values())
    return UpsertResult(
        document=document.id,
        status="created",
        actors_added=len(actors.new),
        statements_added=len(statements),
    )


def _mention_rows(document_id: str, mentions: dict[str, list[tuple[str, str]]]) -> list[_Row]:
    return [
        {
            "document": document_id,
            "actor": actor_id,
            "names": [n for n, _ in names],
            "keys": [k for _, k in names],
        }
        for actor_id, names in mentions.items()
    ]


def _flush(tx: _Tx, index: ActorIndex, pending: _Pending) -> None:
    """Write the pending new documents: their edges' figures from the stored ones and
    the new statements (a stored edge is updated in place: its count, confidence and
    dates set, its new statement ids appended to its Evidence node), their actors'
    names and figures, then every row, one query per kind of write."""
    if not pending.documents:
        return
    edges = _grown_edges(tx, pending.statements)
    states = _figured_states(index, pending.before, edges)
    created = [
        {**states[a].row(), "cameo_code": code} for a, code in sorted(pending.created.items())
    ]
    renamed, refigured = [], []
    for actor_id in sorted(set(states) - set(pending.created)):
        before, after = pending.before.get(actor_id) or index.get(actor_id), states[actor_id]
        if before is not None and (before.aliases, before.keys) == (after.aliases, after.keys):
            if before != after:
                refigured.append(after.row())
        else:  # lists are costly to set in Ladybug: names only where a document added one
            renamed.append(after.row())
    tx.batched(q.CREATE_FULL_ACTORS, created)
    tx.batched(q.SET_ACTOR_STATE, renamed)
    tx.batched(q.SET_ACTOR_FIGURES, refigured)
    stored = sorted(set(states) - set(pending.created))
    _set_heads(tx, [states[a] for a in stored], lambda a: pending.before.get(a) or index.get(a))
    tx.batched(q.CREATE_DOCUMENTS, pending.documents)
    tx.batched(q.CREATE_MENTIONS, pending.mentions)
    tx.batched(q.CREATE_STATEMENTS, pending.statements)
    tx.batched(q.LINK_CLAIMS, [row for row in pending.statements if row["source_actor"]])
    _write_grown_edges(tx, edges, pending.statements)
    index.apply(states.values())
    pending.clear()


@dataclass(frozen=True)
class _Grown:
    """An edge a write adds statements to: its figures after the write, the ids it
    gains, and whether it was stored before (then updated in place)."""

    edge: Edge
    added: list[str]
    head: list[str]
    stored: bool


def _grown_edges(tx: _Tx, statements: Sequence[_Row]) -> dict[str, _Grown]:
    """The edges `statements` (new ones, of documents not stored) join, by key, with
    their figures after the write. A stored edge's figures come from its Evidence node
    and the new statements alone, without reading its statements, except where the new
    statements could change which one gives the edge its CAMEO code (the first explicit
    one in the edge's order): those edges are read whole."""
    joining: dict[str, list[_Row]] = defaultdict(list)
    for row in statements:
        joining[row["edge"]].append(as_read_back(row))
    stored = {row["key"]: row for row in _chunked(tx, q.EVIDENCE_FIGURES, sorted(joining))}
    grown: dict[str, _Grown] = {}
    whole: list[str] = []
    for key, rows in joining.items():
        (new,) = build_edges(rows).values()
        ids = [row["id"] for row in rows]
        old = stored.get(key)
        if old is None:
            grown[key] = _Grown(new, ids, head(ids), stored=False)
            continue
        cameo = _grown_cameo(old, new, rows)
        if cameo is _UNKNOWN or old["head"] is None:
            whole.append(key)
            continue
        figures = EdgeFigures(
            int(old["count"]) + new.count,
            _earliest(old["first_seen"], new.first_seen),
            _latest(old["last_seen"], new.last_seen),
        )
        edge = replace(
            new,
            statements=(),
            confidence=max(float(old["confidence"]), new.confidence),
            cameo=cameo,
            whole=figures,
        )
        grown[key] = _Grown(edge, ids, head([*old["head"], *ids]), stored=True)
    if whole:
        kept = _evidence(tx, whole)
        rows = _statements_by_ids(tx, [i for key in whole for i in kept[key]])
        rebuilt = build_edges(rows + [row for key in whole for row in joining[key]])
        for key in whole:
            added = [row["id"] for row in joining[key]]
            ids = [*kept[key], *added]
            grown[key] = _Grown(rebuilt[key], added, head(ids), stored=True)
    return grown


_UNKNOWN: Final = "?"


def _grown_cameo(old: _Row, new: Edge, rows: Sequence[_Row]) -> str | None:
    """The CAMEO code of a stored edge (its Evidence figures `old`) once new statements
    `rows` (making edge `new`) join it, or _UNKNOWN when only its stored statements can
    tell. An edge's code is the first explicit one in its order (by document, then
    offsets), else the ontology's."""
    stored_code: str | None = old["cameo"]
    first_new = next(
        (row["cameo"] for row in sorted(rows, key=_statement_order) if row["cameo"]), None
    )
    if first_new is None or first_new == stored_code:
        return stored_code  # no new code, or the same one
    if stored_code is None:
        return str(first_new)  # the stored statements have none
    first_stored = min(document_of(i) for i in old["head"] or ("",))
    if all(row["document"] < first_stored for row in rows):
        return new.cameo  # every new statement comes before the stored ones
    return _UNKNOWN


def _statement_order(row: _Row) -> tuple[str, int, int, int]:
    return (row["document"], int(row["start"]), int(row["end"]), int(row["seq"]))


def _current_state(
    states: dict[str, ActorState], index: ActorIndex, actor_id: str
) -> ActorState:
    """An actor's figures as a write has made them so far, else as the index holds them."""
    found = states.get(actor_id) or index.get(actor_id)
    if found is None:
        raise StoreError(f"actor {actor_id!r} is neither stored nor new")
    return found


def _figured_states(
    index: ActorIndex, before: dict[str, ActorState | None], edges: dict[str, _Grown]
) -> dict[str, ActorState]:
    """The actors the pending documents name or join by an edge, with their figures
    after the write: one more degree per new asserted edge, first and last seen
    widened to the edges' dates."""
    states: dict[str, ActorState] = {}

    state = partial(_current_state, states, index)

    for actor_id in before:
        states[actor_id] = state(actor_id)
    for key in sorted(edges):
        grown = edges[key]
        edge = grown.edge
        bit = q.TYPE_BITS[edge.type]
        for end in {edge.source, edge.target}:
            current = state(end)
            degree = current.degree + (0 if grown.stored or edge.negated else 1)
            states[end] = current.with_figures(
                degree,
                _earliest(current.first_seen, edge.first_seen),
                _latest(current.last_seen, edge.last_seen),
            ).with_types(
                bit if end == edge.source else 0, bit if end == edge.target else 0
            )
    return states


def _write_grown_edges(
    tx: _Tx, edges: dict[str, _Grown], statements: Sequence[_Row] = ()
) -> None:
    """New edges created with their Evidence nodes; stored ones updated in place. Their
    pages take the new `statements` (rows as written) from memory, the rest by id."""
    creates: dict[RelationType, list[_Row]] = defaultdict(list)
    updates: dict[RelationType, list[_Row]] = defaultdict(list)
    evidence: list[_Row] = []
    grown_evidence: list[_Row] = []
    for key in sorted(edges):
        grown = edges[key]
        row = _edge_row(grown.edge)
        figures = {**edge_properties(grown.edge), "key": key}
        if grown.stored:
            updates[grown.edge.type].append(row)
            grown_evidence.append({**_evidence_row(grown.added, figures), "head": grown.head})
        else:
            creates[grown.edge.type].append(row)
            evidence.append(_evidence_row(grown.added, figures))
    for type_, rows in sorted(creates.items()):
        tx.batched(q.CREATE_RELATION[type_], rows)
    tx.batched(q.CREATE_EVIDENCE, evidence)
    _masked(tx, q.UPDATE_RELATION, updates)
    tx.batched(q.UPDATE_EVIDENCE, grown_evidence)
    _set_pages(tx, evidence + grown_evidence, [as_read_back(row) for row in statements])


def _chunked(tx: _Tx, query: str, keys: Sequence[str]) -> list[_Row]:
    """The rows of a read by `$keys`, in parts of _BATCH keys."""
    rows: list[_Row] = []
    for start in range(0, len(keys), _BATCH):
        rows += tx.rows(query, keys=list(keys[start : start + _BATCH]))
    return rows


def _apply_in_tx(tx: _Tx, index: ActorIndex, update: _IndexUpdate) -> None:
    """Bring the index up to a write inside its (uncommitted) transaction; the caller
    drops the index if that transaction does not commit."""
    _bring_up(index, update, lambda ids: tx.rows(q.ACTOR_STATE_BY_ID, ids=ids))


def _bring_up(
    index: ActorIndex, update: _IndexUpdate, actor_rows: Callable[[list[str]], list[_Row]]
) -> None:
    """Apply a write's changed actors to the index, and read again (`actor_rows`) the
    actors it could not follow in memory."""
    index.apply(update.changed)
    if update.reread:
        wanted = sorted(update.reread)
        index.refresh(actor_rows(wanted), wanted)


def named_states(
    index: ActorIndex, actors: ActorPlan, document_id: str
) -> dict[str, ActorState]:
    """The new actors of a plan and the actors a new document mentions, with the names
    it mentions them by added to their aliases and name keys, and the document counted
    and kept in their heads (edge figures unchanged)."""
    states: dict[str, ActorState] = {}
    for new in actors.new:
        states[new.id] = ActorState(
            new.id, new.name, new.type, new.key, (new.key,) if new.key else (), (), 0, None, None
        )
    for actor_id, names in actors.mentions.items():
        current = states.get(actor_id) or index.get(actor_id)
        if current is None:
            raise StoreError(f"actor {actor_id!r} is neither stored nor new")
        aliases = set(current.aliases) | {n for n, _ in names if n != current.name}
        keys = set(current.keys) | {k for _, k in names if k}
        if current.key:
            keys.add(current.key)
        states[actor_id] = replace(
            current.mentioned_in(document_id),
            aliases=tuple(sorted(aliases, key=alias_order)),
            keys=tuple(sorted(keys)),
        )
    return states


def new_actor_cameo(extraction: Extraction, actor_id: str, local: dict[str, str]) -> str | None:
    """The CAMEO actor code of a new actor, where the extraction's actors carry one."""
    for actor in extraction.actors:
        if local.get(actor.id) == actor_id:
            code = getattr(actor, "cameo_code", None)
            if code:
                return str(code)
    return None


def statement_rows(
    extraction: Extraction, document: DocumentInfo, store_id: Callable[[str, str], str]
) -> list[_Row]:
    return document_statements(extraction, document, store_id, _edge_id_key)


def _unstore(
    tx: _Tx, index: ActorIndex, document_id: str, keep: set[str]
) -> tuple[int, set[str]]:
    """Take a stored document out: its statements, mentions and node, and the actors
    only it mentioned that `keep` does not hold. The edges it supported lose its
    statements in place (_shrink_edges), and its actors' figures follow. Returns the
    statements removed and the actors whose stored state changed (the index is not
    touched: the caller reads them again)."""
    mentions = tx.rows(q.DOCUMENT_MENTIONS, id=document_id)
    statements = tx.rows(q.DOCUMENT_STATEMENT_EDGES, id=document_id)
    # Their states as stored, read before anything of theirs is deleted or set.
    index.prefetch({row["id"] for row in mentions} | {
        end for row in statements for end in (row["source"], row["target"])
    })
    tx.run(q.DELETE_DOCUMENT_STATEMENTS, id=document_id)
    tx.run(q.DELETE_DOCUMENT_MENTIONS, id=document_id)
    tx.run(q.DELETE_DOCUMENT, id=document_id)
    orphans = sorted(
        row["id"] for row in mentions
        if row["id"] not in keep and _documents_mentioning(index, row["id"]) <= 1
    )
    mentioned = {row["id"] for row in mentions} - set(orphans)
    shrunk = _shrink_edges(tx, statements)
    if orphans:
        tx.run(q.DELETE_ACTORS, ids=orphans)
    figured = _shrunk_figures(tx, index, shrunk, (document_id, mentioned), gone=set(orphans))
    _drop_unused_names(tx, index, [row for row in mentions if row["id"] in mentioned])
    return len(statements), mentioned | set(orphans) | figured


def _documents_mentioning(index: ActorIndex, actor_id: str) -> int:
    state = index.get(actor_id)
    if state is None:
        raise StoreError(f"actor {actor_id!r} is not stored")
    return state.document_count


def _delete(tx: _Tx, document_id: str, index: ActorIndex) -> set[str] | None:
    """Delete a document; the actors whose stored state changed (None when there was
    no such document)."""
    stored = tx.rows(q.GET_DOCUMENT, id=document_id)
    if not stored:
        return None
    _track_copy(tx, document_id, _document(stored[0]).duplicate_of, None)
    _, changed = _unstore(tx, index, document_id, keep=set())
    return changed


@dataclass(frozen=True)
class _Shrunk:
    """An edge that lost statements: its dates before, and what is left of it (None:
    it lost its last statement and was deleted)."""

    key: str
    first_seen: str | None
    last_seen: str | None
    edge: Edge | None


def _shrink_edges(tx: _Tx, statements: Sequence[_Row]) -> list[_Shrunk]:
    """Take the removed `statements` (rows of DOCUMENT_STATEMENT_EDGES) out of their
    edges in place: an edge left with none is deleted with its Evidence node; the
    others get their count, head and statement ids set, and keep their confidence,
    CAMEO code and dates unless a removed statement may have given them, in which case
    (only then) the statements they keep are read to compute them again."""
    leaving: dict[str, list[_Row]] = defaultdict(list)
    for row in statements:
        leaving[row["edge"]].append(row)
    stored = {row["key"]: row for row in _chunked(tx, q.EVIDENCE_STATE, sorted(leaving))}
    kept: dict[str, list[str]] = {}
    for key in sorted(set(leaving) & set(stored)):
        gone = {row["id"] for row in leaving[key]}
        kept[key] = [i for i in stored[key]["statements"] or () if i not in gone]
    reread = [k for k, ids in kept.items() if ids and _figures_from(stored[k], leaving[k])]
    rebuilt = _edges_by_ids(tx, [i for key in reread for i in kept[key]])
    shrunk: list[_Shrunk] = []
    deletes: dict[RelationType, list[_Row]] = defaultdict(list)
    updates: dict[RelationType, list[_Row]] = defaultdict(list)
    evidence: list[_Row] = []
    for key, ids in kept.items():
        old = stored[key]
        ident = _edge_ident(key)
        type_ = RelationType(ident["type"])
        edge: Edge | None = None
        if not ids:
            deletes[type_].append(_ends(key))
        else:
            edge = rebuilt.get(key) or Edge(
                ident["source"], ident["target"], type_, ident["negated"], (),
                confidence=float(old["confidence"]), cameo=old["cameo"],
                whole=EdgeFigures(len(ids), old["first_seen"], old["last_seen"]),
            )
            updates[type_].append(_edge_row(edge))
            evidence.append(_evidence_row(ids, {**edge_properties(edge), "key": key}))
        shrunk.append(_Shrunk(key, old["first_seen"], old["last_seen"], edge))
    _masked(tx, q.DELETE_RELATION, deletes)
    gone_keys = [k for k, ids in kept.items() if not ids]
    for start in range(0, len(gone_keys), _BATCH):
        tx.run(q.DELETE_EVIDENCE, rows=gone_keys[start : start + _BATCH])
    _masked(tx, q.UPDATE_RELATION, updates)
    tx.batched(q.SET_EVIDENCE, evidence)
    _set_pages(tx, evidence)
    return shrunk


def _figures_from(stored: _Row, removed: Sequence[_Row]) -> bool:
    """Whether a removed statement may have given a stored edge its confidence (the
    highest), CAMEO code (the first explicit one) or first or last date."""
    first, last = stored["first_seen"], stored["last_seen"]
    for row in removed:
        date = row["date"]
        if float(row["confidence"]) >= float(stored["confidence"]):
            return True
        if row["cameo"] and row["cameo"] == stored["cameo"]:
            return True
        if date and ((first is not None and date <= first) or (last is not None and date >= last)):
            return True
    return False


def _shrunk_figures(
    tx: _Tx,
    index: ActorIndex,
    shrunk: Sequence[_Shrunk],
    removed: tuple[str, set[str]],
    gone: set[str],
) -> set[str]:
    """Set the figures of the actors at the ends of `shrunk` edges and of the actors a
    `removed` document (its id, the actors it mentioned) mentioned, from the index: one
    degree less per deleted asserted edge, one document less per mention, and the
    document out of their heads. First and last seen are read again from the actor's
    edges only where they came from an edge whose dates moved, and a head left short
    from the stored mentions. Actors in `gone` were deleted. Returns the actors set."""
    document_id, mentioned = removed
    states: dict[str, ActorState] = {}
    recount: set[str] = set()
    retype: set[str] = set()  # the ends of deleted edges: their types read again

    state = partial(_current_state, states, index)

    for item in shrunk:
        ident = _edge_ident(item.key)
        first = item.edge.first_seen if item.edge else None
        last = item.edge.last_seen if item.edge else None
        for end in {ident["source"], ident["target"]} - gone:
            current = state(end)
            if item.edge is None and not ident["negated"]:
                current = replace(current, degree=current.degree - 1)
            if item.edge is None:
                retype.add(end)
            states[end] = current
            if (item.first_seen is not None and item.first_seen == current.first_seen
                    and first != item.first_seen) or (
                    item.last_seen is not None and item.last_seen == current.last_seen
                    and last != item.last_seen):
                recount.add(end)
    for actor_id in mentioned:
        states[actor_id] = state(actor_id).unmentioned_in(document_id)
    states.update(_refilled(tx, [s for s in states.values() if s.head_short]))
    wanted = sorted(recount)
    seen: dict[str, tuple[str | None, str | None]] = {a: (None, None) for a in wanted}
    for start in range(0, len(wanted), _BATCH):
        for row in tx.rows(q.ACTOR_SEEN, ids=wanted[start : start + _BATCH]):
            seen[row["id"]] = (row["first_seen"], row["last_seen"])
    for actor_id, (first_seen, last_seen) in seen.items():
        states[actor_id] = replace(states[actor_id], first_seen=first_seen, last_seen=last_seen)
    for actor_id, (types_out, types_in) in _types_of(tx, retype).items():
        states[actor_id] = replace(states[actor_id], types_out=types_out, types_in=types_in)
    tx.batched(q.SET_ACTOR_FIGURES, [states[a].row() for a in sorted(states)])
    _set_heads(tx, [states[a] for a in sorted(states)], index.get)
    return set(states)


def _refilled(tx: _Tx, short: Sequence[ActorState]) -> dict[str, ActorState]:
    """Actors whose heads a removal left short, with their first ids read again from the
    mentions (the removed document's are already gone)."""
    wanted = sorted(s.id for s in short)
    heads: dict[str, tuple[str, ...]] = {}
    for start in range(0, len(wanted), _BATCH):
        rows = tx.rows(q.ACTOR_DOCUMENT_HEADS, ids=wanted[start : start + _BATCH], last=HEAD_ROOM)
        heads.update((row["id"], tuple(sorted(row["documents"] or ()))) for row in rows)
    return {s.id: replace(s, document_head=heads.get(s.id, ())) for s in short}


def _set_heads(
    tx: _Tx, states: Iterable[ActorState], before: Callable[[str], ActorState | None]
) -> None:
    """Write the heads of `states` that differ from their state `before` the write."""
    rows = []
    for state in states:
        old = before(state.id)
        if old is None or old.document_head != state.document_head:
            rows.append({"id": state.id, "document_head": list(state.document_head)})
    tx.batched(q.SET_ACTOR_DOCUMENT_HEADS, rows)


def _masked(
    tx: _Tx, queries: dict[RelationType, str], rows: dict[RelationType, list[_Row]]
) -> None:
    """Run a per-type query that finds its edges through masks on their ends
    (`$sources`, `$targets`), in parts of _BATCH rows."""
    for type_, typed in sorted(rows.items()):
        for start in range(0, len(typed), _BATCH):
            part = typed[start : start + _BATCH]
            tx.run(
                queries[type_],
                rows=part,
                sources=sorted({r["source"] for r in part}),
                targets=sorted({r["target"] for r in part}),
            )


def _drop_unused_names(tx: _Tx, index: ActorIndex, removed: Sequence[_Row]) -> None:
    """Drop from their actors' aliases and keys the names of `removed` mentions (rows
    of DOCUMENT_MENTIONS, already deleted) that no remaining document mentions them by.
    Only those names are looked up among the actors' other mentions."""
    candidates: dict[str, tuple[set[str], set[str]]] = {}
    for row in removed:
        state = index.get(row["id"])
        if state is None:
            raise StoreError(f"actor {row['id']!r} is not stored")
        names = {n for n in row["names"] or () if n != state.name}
        keys = {k for k in row["keys"] or () if k and k != state.key}
        if names or keys:
            candidates[row["id"]] = (names, keys)
    if not candidates:
        return
    ids = sorted(candidates)
    names_used = _in_use(tx, q.NAMES_IN_USE, ids, {n for ns, _ in candidates.values() for n in ns})
    keys_used = _in_use(tx, q.KEYS_IN_USE, ids, {k for _, ks in candidates.values() for k in ks})
    updates: list[_Row] = []
    for actor_id in ids:
        names, keys = candidates[actor_id]
        unused_names = names - names_used.get(actor_id, set())
        unused_keys = keys - keys_used.get(actor_id, set())
        if not unused_names and not unused_keys:
            continue
        state = index.get(actor_id)
        assert state is not None
        updates.append({
            "id": actor_id,
            "aliases": [a for a in state.aliases if a not in unused_names],
            "keys": [k for k in state.keys if k not in unused_keys],
        })
    tx.batched(q.SET_ACTOR_NAMES, updates)


def _in_use(tx: _Tx, query: str, ids: list[str], names: set[str]) -> dict[str, set[str]]:
    """Of `names`, those each of the actors `ids` is still mentioned by (NAMES_IN_USE
    or KEYS_IN_USE)."""
    if not names:
        return {}
    rows = tx.rows(query, ids=ids, names=sorted(names))
    return {row["id"]: set(row["used"] or ()) for row in rows}


def _ends(key: str) -> _Row:
    ident = _edge_ident(key)
    return {"source": ident["source"], "target": ident["target"], "negated": ident["negated"]}


def _edge_row(edge: Edge) -> _Row:
    return {**edge_properties(edge), "type": edge.type.value}


def as_read_back(row: _Row) -> _Row:
    """A statement row as written (CREATE_STATEMENTS) in the shape STATEMENTS_BY_ID
    reads it back, so a new statement joins its edge without being read again."""
    return {**row, "start_offset": row["start"], "end_offset": row["end"]}


def _rebuild_edges(
    tx: _Tx,
    added: Sequence[_Row],
    removed: dict[str, set[str]],
    degree: Callable[[str], int],
) -> tuple[dict[str, Edge], dict[str, list[str]], set[str]]:
    """Take out every direct edge a write touches and build it again: `added` statement
    rows (id and edge; full rows are used as they are, others are read by id) join
    their edges, `removed` statement ids (per edge key) leave them. Each stored edge's
    statement ids come from its Evidence node (by key); the edge is deleted, looked up
    from its end with fewer edges (`degree`), and so is its Evidence node; the
    statements it keeps are read by primary key. Returns
    the edges left with statements (to create), their statement ids, and the keys that
    were stored."""
    joining: dict[str, list[str]] = defaultdict(list)
    given: dict[str, _Row] = {}
    for row in added:
        joining[row["edge"]].append(row["id"])
        if "text" in row:
            given[row["id"]] = as_read_back(row)
    keys = sorted(set(joining) | set(removed))
    stored = _evidence(tx, keys)
    for key in sorted(stored):  # a new edge has nothing to take
        ident = _edge_ident(key)
        from_source = degree(ident["source"]) <= degree(ident["target"])
        tx.run(q.TAKE_EDGE[RelationType(ident["type"]), from_source], **_ends(key))
    taken = sorted(stored)
    for start in range(0, len(taken), _BATCH):
        tx.run(q.DELETE_EVIDENCE, rows=taken[start : start + _BATCH])
    ids: dict[str, list[str]] = {}
    for key in keys:
        gone = removed.get(key, set())
        kept = [i for i in stored.get(key, ()) if i not in gone]
        ids[key] = kept + [i for i in joining.get(key, ()) if i not in kept]
    wanted = {i for key in keys for i in ids[key]}
    rows = _statements_by_ids(tx, wanted - set(given)) + [
        row for i, row in given.items() if i in wanted
    ]
    return build_edges(rows), ids, set(stored)


def _create_edges(tx: _Tx, edges: dict[str, Edge], ids: dict[str, list[str]]) -> None:
    """The relationships of `edges` and their Evidence nodes (statement ids `ids`)."""
    creates: dict[RelationType, list[_Row]] = defaultdict(list)
    for key in sorted(edges):
        creates[edges[key].type].append(_edge_row(edges[key]))
    for type_, rows in sorted(creates.items()):
        tx.batched(q.CREATE_RELATION[type_], rows)
    evidence = [
        _evidence_row(ids[key], {**edge_properties(edges[key]), "key": key})
        for key in sorted(edges)
    ]
    tx.batched(q.CREATE_EVIDENCE, evidence)
    _set_pages(tx, evidence)


def _refresh_edges(
    tx: _Tx,
    added: Sequence[_Row],
    removed: dict[str, set[str]],
    *,
    degree: Callable[[str], int],
) -> set[str]:
    """Bring the direct relationships a write touched up to date (see _rebuild_edges;
    an edge left without statements is not created again) and recompute the figures
    of their actors; returns those actors."""
    edges, ids, _ = _rebuild_edges(tx, added, removed, degree)
    _create_edges(tx, edges, ids)
    keys = set(ids)
    actors = {_edge_ident(k)[end] for k in keys for end in ("source", "target")}
    _recompute_figures(tx, actors)
    return actors


def _recompute_figures(tx: _Tx, actors: Iterable[str]) -> None:
    """Actor figures read again from their edges and mentions (after edges lost
    statements, or a document its mentions)."""
    ids = sorted(set(actors))
    types = _types_of(tx, ids)
    rows = {
        a: {
            "id": a, "degree": 0, "first_seen": None, "last_seen": None, "document_count": 0,
            "types_out": types[a][0], "types_in": types[a][1],
        }
        for a in ids
    }
    for start in range(0, len(ids), _BATCH):
        batch = ids[start : start + _BATCH]
        for row in tx.rows(q.ACTOR_SEEN, ids=batch):
            rows[row["id"]] |= {
                "degree": int(row["degree2"] or 0) // 2,
                "first_seen": row["first_seen"],
                "last_seen": row["last_seen"],
            }
        for row in tx.rows(q.ACTOR_DOCUMENT_COUNTS, ids=batch):
            rows[row["id"]]["document_count"] = int(row["n"])
    tx.batched(q.SET_ACTOR_FIGURES, list(rows.values()))


def _types_of(tx: _Tx, actors: Iterable[str]) -> dict[str, tuple[int, int]]:
    """The relation types (masks out and in: ladybug_cypher.TYPE_BITS) of the actors'
    edges, read from the edges themselves (0 for an actor with none that way)."""
    ids = sorted(set(actors))
    found = {a: [0, 0] for a in ids}
    for start in range(0, len(ids), _BATCH):
        batch = ids[start : start + _BATCH]
        for way, query in enumerate((q.ACTOR_TYPES_OUT, q.ACTOR_TYPES_IN)):
            for row in tx.rows(query, ids=batch):
                found[row["id"]][way] = q.type_mask(row["types"] or ())
    return {a: (out, in_) for a, (out, in_) in found.items()}


def _earliest(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else min(a, b)


def _latest(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else max(a, b)
