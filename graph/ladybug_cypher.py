"""LadybugDB's Cypher: the store's schema and queries, and the one place where its
dialect differs from Neo4j's.

The graph model is Neo4j's (graph/cypher.py), with two differences a schema brings:
node and relationship tables are declared up front (one relationship table per relation
type of the ontology, so `(a)-[:TARGETS]->(b)` reads the same on both engines), and a
node has one label, so actors are `:Actor` with a `type` property and no second type
label. Queries of graph/cypher.py that Ladybug accepts as they are are reused from there;
the rest are here, next to `translate`, which turns an analyst's Neo4j-flavoured query
into Ladybug's dialect (`shortestPath`, `type(r)`, `relationships(p)`, list
comprehensions, label predicates, `s.end`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Final, NamedTuple

from actorgraph.domain import SYMMETRIC_RELATIONS, RelationType
from actorgraph.graph import cypher

__all__ = ["SCHEMA", "translate"]

RELATION_TYPES: Final = tuple(cypher.relation_type(t) for t in RelationType)

# The relation types an actor has each way, kept on its node as two bit masks
# (`types_out`, `types_in`: bit i set when it has an edge of the i-th type of
# RelationType, in declaration order, leaving it or entering it; asserted or negated;
# a self-loop sets both). The writer keeps them with the edges, in the same
# transaction; a read of the actor's edges names only its types (the engine pays about
# 17 us per relationship table a read names, rows or not). A new relation type goes at
# the end of RelationType, or the masks are read again (ladybug_schema).
TYPE_BITS: Final = {t: 1 << i for i, t in enumerate(RelationType)}
_LABEL_BITS: Final = {cypher.relation_type(t): bit for t, bit in TYPE_BITS.items()}


def type_mask(labels: Iterable[str]) -> int:
    """The mask (TYPE_BITS) of relationship table names, as label(r) gives them."""
    mask = 0
    for label in labels:
        mask |= _LABEL_BITS[label]
    return mask


def mask_types(mask: int, types: Iterable[RelationType]) -> tuple[RelationType, ...]:
    """Those of `types` that `mask` holds, in the order given."""
    return tuple(t for t in types if mask & TYPE_BITS[t])

# An edge's statement ids live apart from it, on an Evidence node keyed by the edge's
# key (`SOURCE|TYPE|TARGET|asserted`, as Statement.edge): Ladybug reads a property of
# every edge it scans before filtering, so a list on the relationship made a page of a
# hub's edges read the lists of all of them. A page looks up its own edges' keys only,
# and reads their `head` (the ids of the first documents: graph/evidence_window.py),
# since a list is read whole even to slice it (20 ms for 50 hub edges' 46,000 ids at
# 1M statements, 2 ms for their heads). The node also repeats the edge's figures a
# page shows (written with it): read off the relationship, they were read for every
# edge of the actor (9 ms for a hub's 21,000 edges in at 1M statements).
_EDGE_PROPERTIES: Final = (
    "negated BOOLEAN, confidence DOUBLE, cameo STRING, count INT64, "
    "first_seen STRING, last_seen STRING"
)

SCHEMA: Final[tuple[str, ...]] = (
    "CREATE NODE TABLE IF NOT EXISTS Actor(id STRING, name STRING, type STRING, "
    "key STRING, aliases STRING[], keys STRING[], cameo_code STRING, degree INT64, "
    "first_seen STRING, last_seen STRING, document_count INT64, document_head STRING[], "
    "types_out INT64, types_in INT64, PRIMARY KEY(id))",
    "CREATE NODE TABLE IF NOT EXISTS Document(id STRING, sha256 STRING, date STRING, "
    "words INT64, ingested_at STRING, meta STRING, duplicate_of STRING, PRIMARY KEY(id))",
    # A graph written before documents had source metadata, or a copy index, gains the
    # column (the upgrade fills it: ladybug_schema._index_copies).
    "ALTER TABLE Document ADD IF NOT EXISTS meta STRING",
    "ALTER TABLE Document ADD IF NOT EXISTS duplicate_of STRING",
    # The copy index: the ids of the documents recorded as copies of `original`, kept
    # with every write of a copy. Ladybug indexes primary keys only, so a column alone
    # would be found by a scan of every document; this is read by key.
    "CREATE NODE TABLE IF NOT EXISTS DocumentCopies(original STRING, copies STRING[], "
    "PRIMARY KEY(original))",
    "CREATE NODE TABLE IF NOT EXISTS Statement(id STRING, document STRING, seq INT64, "
    "edge STRING, source STRING, target STRING, type STRING, negated BOOLEAN, text STRING, "
    "start INT64, `end` INT64, date STRING, state STRING, source_actor STRING, "
    "confidence DOUBLE, cameo STRING, PRIMARY KEY(id))",
    "CREATE NODE TABLE IF NOT EXISTS Evidence(key STRING, statements STRING[], "
    "head STRING[], confidence DOUBLE, cameo STRING, first_seen STRING, last_seen STRING, "
    "page STRING, PRIMARY KEY(key))",
    "CREATE REL TABLE IF NOT EXISTS MENTIONS(FROM Document TO Actor, names STRING[], "
    "keys STRING[])",
    "CREATE REL TABLE IF NOT EXISTS IN_DOCUMENT(FROM Statement TO Document)",
    "CREATE REL TABLE IF NOT EXISTS FROM(FROM Statement TO Actor)",
    "CREATE REL TABLE IF NOT EXISTS TO(FROM Statement TO Actor)",
    "CREATE REL TABLE IF NOT EXISTS CLAIMED_BY(FROM Statement TO Actor)",
    *(
        f"CREATE REL TABLE IF NOT EXISTS {t}(FROM Actor TO Actor, {_EDGE_PROPERTIES})"
        for t in RELATION_TYPES
    ),
)

# Every table, for the bulk load's COPY (graph/ladybug_bulk.py).
TABLES: Final = frozenset(
    {"Actor", "Document", "Statement", "Evidence", "MENTIONS", "IN_DOCUMENT", "FROM", "TO"}
    | {"CLAIMED_BY", "DocumentCopies"}
    | set(RELATION_TYPES)
)

# ------------------------------------------------------------ shared with Neo4j

GET_DOCUMENT: Final = cypher.GET_DOCUMENT
LIST_DOCUMENTS: Final = cypher.LIST_DOCUMENTS
DOCUMENTS_BY_ID: Final = cypher.DOCUMENTS_BY_ID
# The copy index (see DocumentCopies above) by the ids of the originals.
COPY_IDS: Final = (
    "UNWIND $ids AS doc_id MATCH (k:DocumentCopies {original: doc_id}) "
    "RETURN k.original AS original, k.copies AS copies"
)
SET_COPY_IDS: Final = (
    "MERGE (k:DocumentCopies {original: $original}) SET k.copies = $copies"
)
DELETE_COPY_IDS: Final = "MATCH (k:DocumentCopies {original: $original}) DELETE k"
# Whether the copy index holds any original (a store without copies skips reading it).
ANY_COPY_IDS: Final = "MATCH (k:DocumentCopies) RETURN count(*) AS n"
# Copies written before the copy index: found by their `meta` text once, on upgrade.
UNINDEXED_COPIES: Final = (
    "MATCH (d:Document) WHERE d.meta CONTAINS $key RETURN d.id AS id, d.meta AS meta"
)
SET_DUPLICATE_OF: Final = cypher.SET_DUPLICATE_OF
MERGE_DOCUMENT: Final = cypher.MERGE_DOCUMENT
DELETE_DOCUMENT: Final = cypher.DELETE_DOCUMENT
DELETE_ACTORS: Final = cypher.DELETE_ACTORS
SET_ACTOR_NAMES: Final = cypher.SET_ACTOR_NAMES
COUNT_ACTORS_BY_TYPE: Final = cypher.COUNT_ACTORS_BY_TYPE
COUNT_STATEMENTS: Final = cypher.COUNT_STATEMENTS
COUNT_DOCUMENTS: Final = cypher.COUNT_DOCUMENTS
ALL_ACTORS: Final = cypher.ALL_ACTORS
ACTOR_NAMES: Final = cypher.ACTOR_NAMES
PING: Final = cypher.PING

# ------------------------------------------------------------ Ladybug's own

CREATE_ACTORS: Final = (
    "UNWIND $rows AS row CREATE (a:Actor {id: row.id, name: row.name, type: row.type, "
    "key: row.key, keys: row.keys, aliases: row.aliases, cameo_code: row.cameo_code})"
)

# New actors with their names and figures in one write (the writer knows them before
# writing: see graph/ladybug_actors.py).
CREATE_FULL_ACTORS: Final = (
    "UNWIND $rows AS row CREATE (a:Actor {id: row.id, name: row.name, type: row.type, "
    "key: row.key, keys: row.keys, aliases: row.aliases, cameo_code: row.cameo_code, "
    "degree: row.degree, first_seen: row.first_seen, last_seen: row.last_seen, "
    "document_count: row.document_count, document_head: row.document_head, "
    "types_out: row.types_out, types_in: row.types_in})"
)

# Stored actors' names and figures in one write (a row per actor by primary key: an
# UNWIND's MATCH on the key is an index lookup, where MERGE would scan the table).
SET_ACTOR_STATE: Final = (
    "UNWIND $rows AS row MATCH (a:Actor {id: row.id}) SET a.aliases = row.aliases, "
    "a.keys = row.keys, a.degree = row.degree, a.first_seen = row.first_seen, "
    "a.last_seen = row.last_seen, a.document_count = row.document_count, "
    "a.types_out = row.types_out, a.types_in = row.types_in"
)

# What the writer keeps of every actor (read once per writing process); the full
# states of those a write touches are read by id.
ACTOR_KEYS: Final = (
    "MATCH (a:Actor) RETURN a.id AS id, a.type AS type, a.key AS key, a.keys AS keys"
)
ACTOR_STATE_BY_ID: Final = (
    "UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN a.id AS id, a.name AS name, "
    "a.type AS type, a.key AS key, a.keys AS keys, a.aliases AS aliases, a.degree AS degree, "
    "a.first_seen AS first_seen, a.last_seen AS last_seen, a.document_count AS document_count, "
    "a.document_head AS document_head, a.types_out AS types_out, a.types_in AS types_in"
)

# The statements and mentions of a document, through its node (primary-key lookup and
# adjacency list rather than a scan of every statement).
DOCUMENT_STATEMENT_EDGES: Final = (
    "MATCH (d:Document {id: $id})<-[:IN_DOCUMENT]-(s:Statement) "
    "RETURN s.id AS id, s.edge AS edge, s.source AS source, s.target AS target, s.type AS type, "
    "s.negated AS negated, s.date AS date, s.confidence AS confidence, s.cameo AS cameo"
)

# The names a document mentions its actors by (how many other documents mention each
# is on the actor: counting a hub's mentions read thousands of them).
DOCUMENT_MENTIONS: Final = (
    "MATCH (d:Document {id: $id})-[m:MENTIONS]->(a:Actor) "
    "RETURN a.id AS id, m.names AS names, m.keys AS keys"
)
# Which of `$names` (or `$keys`) the remaining documents still mention the actors
# `$ids` by: only those come back, never every mention of a hub.
NAMES_IN_USE: Final = (
    "MATCH (a:Actor)<-[m:MENTIONS]-(:Document) WHERE a.id IN $ids "
    "UNWIND m.names AS n WITH a, n WHERE list_contains($names, n) "
    "RETURN a.id AS id, collect(DISTINCT n) AS used"
)
KEYS_IN_USE: Final = (
    "MATCH (a:Actor)<-[m:MENTIONS]-(:Document) WHERE a.id IN $ids "
    "UNWIND m.keys AS n WITH a, n WHERE list_contains($names, n) "
    "RETURN a.id AS id, collect(DISTINCT n) AS used"
)

DELETE_DOCUMENT_STATEMENTS: Final = (
    "MATCH (d:Document {id: $id})<-[:IN_DOCUMENT]-(s:Statement) DETACH DELETE s"
)

DELETE_DOCUMENT_MENTIONS: Final = "MATCH (:Document {id: $id})-[m:MENTIONS]->(:Actor) DELETE m"

# Statements created and linked in one query (on Ladybug several times faster than
# creating, then matching them again to link).
CREATE_STATEMENTS: Final = (
    "UNWIND $rows AS row MATCH (d:Document {id: row.document}) "
    "MATCH (a:Actor {id: row.source}) MATCH (b:Actor {id: row.target}) "
    "CREATE (s:Statement {id: row.id, document: row.document, "
    "seq: row.seq, edge: row.edge, source: row.source, target: row.target, type: row.type, "
    "negated: row.negated, text: row.text, start: row.start, `end`: row.`end`, date: row.date, "
    "state: row.state, source_actor: row.source_actor, confidence: row.confidence, "
    "cameo: row.cameo}) "
    "CREATE (s)-[:IN_DOCUMENT]->(d) CREATE (s)-[:FROM]->(a) CREATE (s)-[:TO]->(b)"
)

# A transaction's new documents in one query (every query costs a fixed preparation,
# whatever its rows): so are their mentions and statements.
CREATE_DOCUMENTS: Final = (
    "UNWIND $rows AS row CREATE (d:Document {id: row.id, sha256: row.sha256, date: row.date, "
    "words: row.words, ingested_at: row.ingested_at, meta: row.meta, "
    "duplicate_of: row.duplicate_of})"
)

# A document's mentions (its old ones are deleted first when it is replaced).
CREATE_MENTIONS: Final = (
    "UNWIND $rows AS row MATCH (d:Document {id: row.document}) MATCH (a:Actor {id: row.actor}) "
    "CREATE (d)-[:MENTIONS {names: row.names, keys: row.keys}]->(a)"
)

LINK_CLAIMS: Final = (
    "UNWIND $rows AS row MATCH (s:Statement {id: row.id}) "
    "MATCH (x:Actor {id: row.source_actor}) CREATE (s)-[:CLAIMED_BY]->(x)"
)

_STATEMENT_FIELDS: Final = (
    "s.edge AS edge, s.source AS source, s.target AS target, s.type AS type, "
    "s.negated AS negated, s.document AS document, s.seq AS seq, s.text AS text, "
    "s.start AS start_offset, s.`end` AS end_offset, s.date AS date, s.state AS state, "
    "s.source_actor AS source_actor, s.confidence AS confidence, s.cameo AS cameo"
)

# Statements by id (primary-key lookups): an edge keeps the ids of its statements.
STATEMENTS_BY_ID: Final = (
    "UNWIND $ids AS id MATCH (s:Statement {id: id}) RETURN " + _STATEMENT_FIELDS
)

# STATEMENTS_BY_ID without the edge's own fields (ends, type, negated), which the
# edge's key holds: a page's evidence reads fewer columns of its many statements.
STATEMENTS_OF_EDGES_BY_ID: Final = (
    "UNWIND $ids AS id MATCH (s:Statement {id: id}) RETURN s.edge AS edge, "
    "s.document AS document, s.seq AS seq, s.text AS text, s.start AS start_offset, "
    "s.`end` AS end_offset, s.date AS date, s.state AS state, "
    "s.source_actor AS source_actor, s.confidence AS confidence, s.cameo AS cameo"
)

# STATEMENTS_OF_EDGES_BY_ID with each statement's document (a primary-key lookup per
# row): the documents a connections page cites come with its evidence, so the response
# need not read them again by id (about 0.3-0.5 ms more here, against about 0.9 ms for
# that read and its rows, at 100k statements). A statement whose document were missing
# would be left out: its edge's window then comes up short, and the edge is read again
# whole without documents (ladybug_reads._capped_edges).
STATEMENTS_OF_EDGES_WITH_DOCUMENTS: Final = (
    STATEMENTS_OF_EDGES_BY_ID.replace(
        "MATCH (s:Statement {id: id})",
        "MATCH (s:Statement {id: id}) MATCH (d:Document {id: s.document})",
    )
    + ", d.sha256 AS doc_sha256, d.date AS doc_date, d.words AS doc_words, "
    "d.ingested_at AS doc_ingested_at, d.meta AS doc_meta"
)

# STATEMENTS_OF_EDGES_BY_ID without the columns a statement's id already gives: its
# document and number (`DOCUMENT#SEQ`, as the writers name every statement) and its
# edge (the reader asked for the statements of known edges). Those three string and
# number columns cost a third of the read: 0.85 against 1.23 ms of CPU for a page's 78
# statements at 1M statements.
STATEMENTS_BY_ID_LEAN: Final = (
    "UNWIND $ids AS id MATCH (s:Statement {id: id}) RETURN id, "
    "s.text AS text, s.start AS start_offset, s.`end` AS end_offset, s.date AS date, "
    "s.state AS state, s.source_actor AS source_actor, s.confidence AS confidence, "
    "s.cameo AS cameo"
)

ALL_STATEMENTS: Final = "MATCH (s:Statement) RETURN " + _STATEMENT_FIELDS
STATEMENT_EDGES: Final = "MATCH (s:Statement) RETURN s.id AS id, s.edge AS edge"


# One direct edge, by its two actors, with scalar parameters: rows of an UNWIND would be
# joined against a scan of the whole relationship table.
def take_edge(rel_type: RelationType, from_source: bool) -> str:
    """Delete one direct edge (its Evidence node is deleted by key). Ladybug reads the
    adjacency of the node written first in the pattern, so the caller names the end
    with fewer edges first: from a hub's side the lookup reads all of the hub's edges
    of that type (tens of milliseconds at 100k edges), from the other side a handful."""
    type_ = cypher.relation_type(rel_type)
    match = (
        "MATCH (a:Actor {id: $source})-[r:" + type_ + "]->(b:Actor {id: $target}) "
        if from_source
        else "MATCH (b:Actor {id: $target})<-[r:" + type_ + "]-(a:Actor {id: $source}) "
    )
    return match + "WHERE r.negated = $negated DELETE r"


TAKE_EDGE: Final = {(t, way): take_edge(t, way) for t in RelationType for way in (True, False)}


def create_relation(rel_type: RelationType) -> str:
    """Create direct edges of one type from aggregated rows (a relationship's type
    cannot be a parameter). Two MATCH clauses plan far better than one with a comma."""
    type_ = cypher.relation_type(rel_type)
    return (
        "UNWIND $rows AS row "
        "MATCH (a:Actor {id: row.source}) MATCH (b:Actor {id: row.target}) "
        "CREATE (a)-[r:" + type_ + " {negated: row.negated, confidence: row.confidence, "
        "cameo: row.cameo, count: row.count, first_seen: row.first_seen, "
        "last_seen: row.last_seen}]->(b)"
    )


CREATE_RELATION: Final = {t: create_relation(t) for t in RelationType}


def _edges_of_rows(rel_type: RelationType) -> str:
    """The stored direct edges of one type that rows (source, target, negated) name, each
    as `r` beside its `row`."""
    type_ = cypher.relation_type(rel_type)
    return (
        "MATCH (a:Actor)-[r:" + type_ + "]->(b:Actor) "
        "WHERE a.id IN $sources AND b.id IN $targets "
        "WITH a, r, b UNWIND $rows AS row "
        "WITH a, r, b, row WHERE a.id = row.source AND b.id = row.target "
        "AND r.negated = row.negated "
    )


def update_relation(rel_type: RelationType) -> str:
    """Set the figures of stored direct edges of one type in place, from rows (source,
    target, negated and the figures). The ends are masks on the actor scan (`$sources`,
    `$targets`): Ladybug then reads only those actors' adjacency, where matching each
    row's ends by key joined the rows against a scan of the whole relationship table."""
    return (
        _edges_of_rows(rel_type)
        + "SET r.count = row.count, r.confidence = row.confidence, r.cameo = row.cameo, "
        "r.first_seen = row.first_seen, r.last_seen = row.last_seen"
    )


UPDATE_RELATION: Final = {t: update_relation(t) for t in RelationType}


def delete_relation(rel_type: RelationType) -> str:
    """Delete stored direct edges of one type, from rows (source, target, negated),
    found through masks on their ends as in update_relation."""
    return _edges_of_rows(rel_type) + "DELETE r"


DELETE_RELATION: Final = {t: delete_relation(t) for t in RelationType}

# What a write adds to a stored edge needs of it: its head, statement count and figures.
EVIDENCE_FIGURES: Final = (
    "UNWIND $keys AS k MATCH (e:Evidence {key: k}) RETURN e.key AS key, e.head AS head, "
    "size(e.statements) AS count, e.confidence AS confidence, e.cameo AS cameo, "
    "e.first_seen AS first_seen, e.last_seen AS last_seen"
)
# New statement ids appended to a stored edge's list (the list is not sent back whole).
UPDATE_EVIDENCE: Final = (
    "UNWIND $rows AS row MATCH (e:Evidence {key: row.key}) "
    "SET e.statements = list_concat(e.statements, row.statements), e.head = row.head, "
    "e.confidence = row.confidence, e.cameo = row.cameo, e.first_seen = row.first_seen, "
    "e.last_seen = row.last_seen"
)

# What removing statements from stored edges needs of them: their statement ids and
# figures; and the Evidence node set whole once they are gone.
EVIDENCE_STATE: Final = (
    "UNWIND $keys AS k MATCH (e:Evidence {key: k}) RETURN e.key AS key, "
    "e.statements AS statements, e.confidence AS confidence, e.cameo AS cameo, "
    "e.first_seen AS first_seen, e.last_seen AS last_seen"
)
SET_EVIDENCE: Final = (
    "UNWIND $rows AS row MATCH (e:Evidence {key: row.key}) "
    "SET e.statements = row.statements, e.head = row.head, e.confidence = row.confidence, "
    "e.cameo = row.cameo, e.first_seen = row.first_seen, e.last_seen = row.last_seen"
)

# Edges' statement ids by edge key (primary-key lookups).
EVIDENCE_BY_KEY: Final = (
    "UNWIND $keys AS k MATCH (e:Evidence {key: k}) RETURN e.key AS key, e.statements AS statements"
)
EVIDENCE_HEADS: Final = (
    "UNWIND $keys AS k MATCH (e:Evidence {key: k}) RETURN e.key AS key, e.head AS head, "
    "e.confidence AS confidence, e.cameo AS cameo, e.first_seen AS first_seen, "
    "e.last_seen AS last_seen, e.page AS page"
)

# What a connections page shows of an edge's first statements, kept on its Evidence
# node (`page`: graph/evidence_page.py): a page reads its evidence with its edges
# instead of a lookup per statement in the Statement table. NULL: not filled yet (a
# store made before it; filled on the first writing open, a part at a time).
ADD_EVIDENCE_PAGES: Final = "ALTER TABLE Evidence ADD IF NOT EXISTS page STRING"
EVIDENCE_COLUMNS: Final = "CALL table_info('Evidence') RETURN name"
UNFILLED_PAGES: Final = (
    "MATCH (e:Evidence) WHERE e.page IS NULL RETURN e.key AS key, e.head AS head LIMIT "
)
SET_EVIDENCE_PAGES: Final = (
    "UNWIND $rows AS row MATCH (e:Evidence {key: row.key}) SET e.page = row.page"
)
CREATE_EVIDENCE: Final = (
    "UNWIND $rows AS row "
    "CREATE (:Evidence {key: row.key, statements: row.statements, head: row.head, "
    "confidence: row.confidence, cameo: row.cameo, first_seen: row.first_seen, "
    "last_seen: row.last_seen})"
)
DELETE_EVIDENCE: Final = "UNWIND $rows AS k MATCH (e:Evidence {key: k}) DELETE e"

# An actor's figures kept on its node (degree: asserted edges, a self-loop once; first
# and last seen over all its edges; the documents that mention it), updated by the
# write that changes its edges or mentions.
SET_ACTOR_FIGURES: Final = (
    "UNWIND $rows AS row MATCH (a:Actor {id: row.id}) SET a.degree = row.degree, "
    "a.first_seen = row.first_seen, a.last_seen = row.last_seen, "
    "a.document_count = row.document_count, a.types_out = row.types_out, "
    "a.types_in = row.types_in"
)

# The head of an actor's documents (graph/ladybug_actors.py, HEAD_DOCUMENTS), set apart
# from the figures: lists are costly to set, and most writes leave a head as it was.
SET_ACTOR_DOCUMENT_HEADS: Final = (
    "UNWIND $rows AS row MATCH (a:Actor {id: row.id}) SET a.document_head = row.document_head"
)

_ACTOR_FIELDS: Final = (
    "a.id AS id, a.name AS name, a.type AS type, a.aliases AS aliases, "
    "a.cameo_code AS cameo_code, a.degree AS degree, a.first_seen AS first_seen, "
    "a.last_seen AS last_seen, a.types_out AS types_out, a.types_in AS types_in"
)

# An actor's connections, strongest first, paged in the database: one way at a time,
# the edges counted per statement count first, then the edges strong enough with their
# figures and neighbours, then the page's evidence by edge key. Relation types go into
# the pattern (`[r:A|B]`, from the ontology's whitelist): a filter on label(r) would be
# evaluated per edge, several times slower.
# Limits are literal text, not parameters: with `LIMIT $n` Ladybug sorts every edge
# first (about twenty times slower on a small graph).


class OneWay(NamedTuple):
    """Which of an actor's edges one read of a connections page takes: those leaving
    it (`outgoing`) or entering it, of `types` (None: all), self-loops or not, and
    (`both_ways_only`) only the edges that point both ways: symmetric relations and
    self-loops."""

    outgoing: bool
    types: tuple[RelationType, ...] | None
    self_loops: bool
    both_ways_only: bool = False


_SYMMETRIC: Final = ", ".join(
    f"'{cypher.relation_type(t)}'" for t in sorted(SYMMETRIC_RELATIONS, key=lambda t: t.value)
)


def _one_way(
    way: OneWay, include_negated: bool, least: bool = False, many: bool = False
) -> str:
    """The MATCH ... WHERE of an actor's (`$id`) edges one way (`least`: with `$least`
    statements or more); `many`: of each actor of `$rows` (`row.id`). A
    directed pattern, not an undirected one with `struct_extract(r, '_SRC')`: telling
    the way so reads every property of every
    edge of the actor (PROFILE: 20 ms in the relationship scan for a hub of 1,400
    edges at 100k statements, against 1 ms for the columns a ranking needs)."""
    label = ":" + "|".join(cypher.relation_type(t) for t in way.types) if way.types else ""
    arrow = f"-[r{label}]->" if way.outgoing else f"<-[r{label}]-"
    conditions = [] if include_negated else ["r.negated = false"]
    if not way.self_loops:
        conditions.append("id(a) <> id(b)")
    if way.both_ways_only:
        conditions.append(f"(id(a) = id(b) OR label(r) IN [{_SYMMETRIC}])")
    if least:
        conditions.append("r.count >= $least")
    where = "WHERE " + " AND ".join(conditions) + " " if conditions else ""
    if many:
        return f"UNWIND $rows AS row MATCH (a:Actor {{id: row.id}}){arrow}(b:Actor) " + where
    return f"MATCH (a:Actor {{id: $id}}){arrow}(b:Actor) " + where


@functools.lru_cache(maxsize=256)
def count_histogram(way: OneWay, include_negated: bool) -> str:
    """How many of an actor's edges one way have each statement count: the strongest
    `n` edges' least count, and the edges' total, in one read. An aggregate reads one
    column (0.6 ms for a hub's 21,000 edges in at 1M statements), where `ORDER BY
    count DESC LIMIT n` took 8 ms and sorting the edges themselves by count, type and
    neighbour name read every neighbour's name (80 ms for 9,000 edges)."""
    return _one_way(way, include_negated) + "RETURN r.count AS count, count(*) AS n"


@functools.lru_cache(maxsize=256)
def connection_ranks(way: OneWay, include_negated: bool) -> str:
    """The actor's edges one way with at least `$least` statements, with what ranks
    them (the caller ranks them), the neighbour's fields and the edge's Evidence node
    (head and figures), read for the few edges the count keeps: a second read for the
    page's neighbours alone scanned the actor's edges again, and one for the page's
    Evidence nodes by key cost a round trip. The node is found by its key, made from
    the row (a primary-key lookup per row, as with a parameter)."""
    return (
        _one_way(way, include_negated, least=True)
        + "WITH a, r, b MATCH (e:Evidence {key: "
        + (_EDGE_KEY_OUT if way.outgoing else _EDGE_KEY_IN)
        + "}) RETURN "
        + _RANK_FIELDS
        + ", "
        + _HEAD_FIELDS
    )


# The key of the edge `r` (from `a` to `b`, or into `a`), as Statement.edge makes it.
_NEGATED_KEY: Final = "'|' + CASE WHEN r.negated THEN 'negated' ELSE 'asserted' END"
_EDGE_KEY_OUT: Final = "a.id + '|' + label(r) + '|' + b.id + " + _NEGATED_KEY
_EDGE_KEY_IN: Final = "b.id + '|' + label(r) + '|' + a.id + " + _NEGATED_KEY
_HEAD_FIELDS: Final = (
    "e.head AS head, e.confidence AS confidence, e.cameo AS cameo, "
    "e.first_seen AS first_seen, e.last_seen AS last_seen, e.page AS page"
)


_RANK_FIELDS: Final = (
    "b.id AS neighbour, label(r) AS type, r.negated AS negated, "
    "r.count AS count, b.name AS neighbour_name, b.type AS neighbour_type, "
    "b.aliases AS neighbour_aliases, b.degree AS neighbour_degree, "
    "b.first_seen AS neighbour_first_seen, b.last_seen AS neighbour_last_seen, "
    "b.document_count AS neighbour_documents"
)


@functools.lru_cache(maxsize=256)
def count_histograms(way: OneWay, include_negated: bool) -> str:
    """count_histogram of each actor of `$rows` (`row.id`), named in `actor`."""
    return (
        _one_way(way, include_negated, many=True)
        + "RETURN a.id AS actor, r.count AS count, count(*) AS n"
    )


def selected_edges(
    types: tuple[RelationType, ...] | None,
    include_negated: bool,
    min_confidence: bool,
    seen_by: bool,
    *,
    source: bool = False,
    target: bool = False,
    undirected: bool = False,
    sources: bool = False,
) -> str:
    """The MATCH ... WHERE of the direct edges a selection keeps: types in the pattern,
    the rest on the relationship's own properties (`$min_confidence`, `$seen_by`: the
    first day of `first_seen`, a partial date read as its first day). `source` and
    `target` pin an end to `$source` / `$target` (a primary-key lookup, then that
    actor's adjacency only); `sources` keeps the edges of the actors in `$sources`."""
    label = ":" + "|".join(cypher.relation_type(t) for t in types) if types else ""
    conditions = ["a.id IN $sources"] if sources else []
    if not include_negated:
        conditions.append("r.negated = false")
    if min_confidence:
        conditions.append("r.confidence >= $min_confidence")
    if seen_by:
        conditions.append(
            "r.first_seen IS NOT NULL AND CASE size(r.first_seen) "
            "WHEN 4 THEN r.first_seen + '-01-01' WHEN 7 THEN r.first_seen + '-01' "
            "ELSE substring(r.first_seen, 1, 10) END <= $seen_by"
        )
    where = "WHERE " + " AND ".join(conditions) + " " if conditions else ""
    a = "(a:Actor {id: $source})" if source else "(a:Actor)"
    b = "(b:Actor {id: $target})" if target else "(b:Actor)"
    arrow = "-" if undirected else "->"
    return f"MATCH {a}-[r{label}]{arrow}{b} " + where


def edge_page(selected: str, offset: int, limit: int) -> str:
    """A page of `selected` (selected_edges) in (source, target, type, asserted first)
    order. SKIP and LIMIT are literals: as parameters Ladybug sorts every row first."""
    return (
        selected + "RETURN a.id AS source, b.id AS target, label(r) AS type, "
        "r.negated AS negated, r.count AS count "
        f"ORDER BY source, target, type, negated SKIP {int(offset)} LIMIT {int(limit)}"
    )


def edge_keys(selected: str, limit: int) -> str:
    """The keys of the strongest `limit` edges of `selected` (selected_edges, undirected
    from the pinned source), each with whether it leaves the pinned actor."""
    return (
        selected + "RETURN struct_extract(r, '_SRC') = id(a) AS outgoing, a.id AS actor, "
        "b.id AS other, label(r) AS type, r.negated AS negated, r.count AS count "
        f"ORDER BY r.count DESC, other, type, negated LIMIT {int(limit)}"
    )


def edge_keys_of(selected: str) -> str:
    """Every edge of `selected` (selected_edges, undirected from `$sources`), in the
    columns of edge_keys; each actor's rows are ranked and cut by the caller."""
    return (
        selected + "RETURN struct_extract(r, '_SRC') = id(a) AS outgoing, a.id AS actor, "
        "b.id AS other, label(r) AS type, r.negated AS negated, r.count AS count"
    )


def edges_per_source(selected: str) -> str:
    """How many edges of `selected` leave each source (no end's properties but its id)."""
    return selected + "RETURN a.id AS source, count(*) AS n"


def actor_ids_after(after: bool, limit: int) -> str:
    """The first `limit` actor ids in id order (`after`: those after `$after`)."""
    where = "WHERE a.id > $after " if after else ""
    return f"MATCH (a:Actor) {where}RETURN a.id AS id ORDER BY id LIMIT {int(limit)}"


def count_edges(selected: str) -> str:
    return selected + "RETURN count(*) AS n"


ACTOR_RECORDS: Final = "UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN " + _ACTOR_FIELDS
# An actor with the head of its documents and their number: a page of its documents
# that the head holds (the first 20 of a connections response) reads nothing else.
_DOCUMENT_FIGURES: Final = ", a.document_count AS document_count, a.document_head AS document_head"
ACTOR_RECORD_HEAD: Final = "MATCH (a:Actor {id: $id}) RETURN " + _ACTOR_FIELDS + _DOCUMENT_FIGURES
# The same for many actors (search results: each lists its first documents only).
ACTOR_RECORD_HEADS: Final = ACTOR_RECORDS + _DOCUMENT_FIGURES
# The figures recomputed from an actor's edges (after a document is replaced or
# deleted, and to fill a database made before they were kept): an undirected match
# meets a self-loop from both ends and other edges once, so each row counts half.
ACTOR_SEEN: Final = (
    "MATCH (a:Actor)-[r]-(b:Actor) WHERE a.id IN $ids "
    "RETURN a.id AS id, sum(CASE WHEN r.negated THEN 0 WHEN a.id = b.id THEN 1 ELSE 2 END) "
    "AS degree2, min(r.first_seen) AS first_seen, max(r.last_seen) AS last_seen"
)
# `a.id IN $ids`, not UNWIND: the chosen actors then mask the scan of the mentions.
ACTOR_DOCUMENTS: Final = (
    "MATCH (a:Actor)<-[:MENTIONS]-(d:Document) WHERE a.id IN $ids "
    "RETURN a.id AS id, collect(d.id) AS documents"
)
# A page of an actor's documents by id, and their number, in one read: sorted in the
# database, so that only the page's ids reach Python (a hub has thousands).
ACTOR_DOCUMENT_PAGE: Final = (
    "MATCH (a:Actor)<-[:MENTIONS]-(d:Document) WHERE a.id IN $ids "
    "WITH collect(d.id) AS docs "
    "RETURN size(docs) AS total, list_slice(list_sort(docs), $first, $last) AS documents"
)
# The first `$last` documents of each actor by id: a head that a removed document left
# short takes the next ids from here.
ACTOR_DOCUMENT_HEADS: Final = (
    "MATCH (a:Actor)<-[:MENTIONS]-(d:Document) WHERE a.id IN $ids "
    "WITH a.id AS id, collect(d.id) AS docs "
    "RETURN id, list_slice(list_sort(docs), 1, $last) AS documents"
)
ACTOR_DOCUMENT_COUNTS: Final = (
    "MATCH (a:Actor)<-[:MENTIONS]-(:Document) WHERE a.id IN $ids RETURN a.id AS id, count(*) AS n"
)
SEARCH_ROWS: Final = (
    "MATCH (a:Actor) RETURN a.id AS id, a.name AS name, a.type AS type, a.keys AS keys, "
    "a.degree AS degree"
)
ALL_ACTOR_IDS: Final = "MATCH (a:Actor) RETURN a.id AS id"
ACTOR_DEGREES_IN: Final = (
    "MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id AS id, a.degree AS degree, "
    "a.types_out AS types_out, a.types_in AS types_in"
)
# An actor's degree (asserted edges) and relation types (TYPE_BITS) by its id: no row
# when there is no such actor.
ACTOR_DEGREE: Final = (
    "MATCH (a:Actor {id: $id}) RETURN a.degree AS degree, a.types_out AS types_out, "
    "a.types_in AS types_in"
)
# The relation types of the actors `$ids` each way, read from their edges (after a
# write deleted edges of theirs; the upgrade reads every actor's without the mask).
ACTOR_TYPES_OUT: Final = (
    "MATCH (a:Actor)-[r]->(:Actor) WHERE a.id IN $ids "
    "RETURN a.id AS id, collect(DISTINCT label(r)) AS types"
)
ACTOR_TYPES_IN: Final = (
    "MATCH (a:Actor)<-[r]-(:Actor) WHERE a.id IN $ids "
    "RETURN a.id AS id, collect(DISTINCT label(r)) AS types"
)
ALL_ACTOR_TYPES_OUT: Final = (
    "MATCH (a:Actor)-[r]->(:Actor) RETURN a.id AS id, collect(DISTINCT label(r)) AS types"
)
ALL_ACTOR_TYPES_IN: Final = (
    "MATCH (a:Actor)<-[r]-(:Actor) RETURN a.id AS id, collect(DISTINCT label(r)) AS types"
)
SET_ACTOR_TYPES: Final = (
    "UNWIND $rows AS row MATCH (a:Actor {id: row.id}) "
    "SET a.types_out = row.types_out, a.types_in = row.types_in"
)

COUNT_EDGES_BY_TYPE: Final = (
    "MATCH (:Actor)-[r]->(:Actor) RETURN label(r) AS type, r.negated AS negated, count(r) AS n"
)

# The key of edge `r` from `a` to `b` in Cypher, as the store writes it (_edge_id_key).
EDGE_KEY: Final = (
    "a.id + '|' + label(r) + '|' + b.id + '|' "
    "+ CASE WHEN r.negated THEN 'negated' ELSE 'asserted' END"
)

# A database made before the figures were kept gets the columns; its edges are then
# made again from the statements by the store, in the same transaction.
UPGRADE: Final[tuple[str, ...]] = (
    "ALTER TABLE Actor ADD IF NOT EXISTS degree INT64",
    "ALTER TABLE Actor ADD IF NOT EXISTS first_seen STRING",
    "ALTER TABLE Actor ADD IF NOT EXISTS last_seen STRING",
    "ALTER TABLE Actor ADD IF NOT EXISTS document_count INT64 DEFAULT 0",
)
# A database that keeps figures but not yet the document count gets the column, and
# every actor's count, in one query.
UPGRADE_DOCUMENT_COUNTS: Final[tuple[str, ...]] = (
    UPGRADE[-1],
    "MATCH (a:Actor) OPTIONAL MATCH (a)<-[:MENTIONS]-(d:Document) "
    "WITH a, count(d) AS n SET a.document_count = n",
)
# A database made before actors kept the head of their documents gets the column, then
# every actor's head (its first `$last` documents by id) in one query.
ADD_DOCUMENT_HEADS: Final = "ALTER TABLE Actor ADD IF NOT EXISTS document_head STRING[]"
FILL_DOCUMENT_HEADS: Final = (
    "MATCH (a:Actor) OPTIONAL MATCH (a)<-[:MENTIONS]-(d:Document) "
    "WITH a, collect(d.id) AS docs SET a.document_head = list_slice(list_sort(docs), 1, $last)"
)
# A database made before actors kept their relation types gets the columns (filled by
# ladybug_schema._fill_type_masks in the same transaction).
ADD_TYPE_MASKS: Final[tuple[str, ...]] = (
    "ALTER TABLE Actor ADD IF NOT EXISTS types_out INT64 DEFAULT 0",
    "ALTER TABLE Actor ADD IF NOT EXISTS types_in INT64 DEFAULT 0",
)
DELETE_RELATIONS: Final = tuple(
    f"MATCH (:Actor)-[r:{t}]->(:Actor) DELETE r" for t in RELATION_TYPES
)
DELETE_ALL_EVIDENCE: Final = "MATCH (e:Evidence) DELETE e"
ACTOR_COLUMNS: Final = "CALL table_info('Actor') RETURN name"
TABLE_NAMES: Final = "CALL show_tables() RETURN name"
RELATION_COLUMNS: Final = {t: f"CALL table_info('{t}') RETURN name" for t in RELATION_TYPES}

# A database made before evidence lived apart kept each edge's statement ids on the
# relationship: they move to Evidence nodes (CREATE_EVIDENCE, with their heads), then
# the column goes (one transaction).
EDGE_LISTS: Final = {
    t: (
        f"MATCH (a:Actor)-[r:{t}]->(b:Actor) RETURN {EDGE_KEY} AS key, "
        "r.statements AS statements, r.confidence AS confidence, r.cameo AS cameo, "
        "r.first_seen AS first_seen, r.last_seen AS last_seen"
    )
    for t in RELATION_TYPES
}
DROP_EDGE_LISTS: Final = {t: f"ALTER TABLE {t} DROP statements" for t in RELATION_TYPES}

# ------------------------------------------------------------ analyst queries

_STRING_OR_NAME = re.compile(
    r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.S
)
_SHORTEST = re.compile(r"\bshortestPath\s*\(", re.I)
_UNBOUNDED_HOPS = re.compile(r"\[\s*(\w*)\s*(:\s*[\w|]+\s*)?\*\s*(\d*)\s*\.\.\s*(\d+)\s*\]")
_FUNCTIONS = (
    (re.compile(r"\btype\s*\(", re.I), "label("),
    (re.compile(r"\brelationships\s*\(", re.I), "rels("),
)
# `n:Label` outside a pattern (a pattern's `(n:Label` and `[r:TYPE` are not matched).
_LABEL_TEST = re.compile(r"(?<![\w(\[:])(\b[A-Za-z_]\w*)\s*:\s*([A-Z]\w*)\b")
_END_PROPERTY = re.compile(r"\.\s*end\b", re.I)
_COMPREHENSION = re.compile(r"\[\s*([A-Za-z_]\w*)\s+IN\s+", re.I)


def translate(query: str) -> str:
    """An analyst's query in Neo4j's Cypher, rewritten where Ladybug's dialect differs:
    `shortestPath((a)-[*..n]-(b))` -> `(a)-[* SHORTEST 1..n]-(b)`, `type(r)` ->
    `label(r)`, `relationships(p)` -> `rels(p)`, `[x IN l | f]` -> `list_transform`,
    `WHERE n:Label` -> `label(n) = 'Label'`, `s.end` -> ``s.`end` ``. Strings, comments
    and quoted names are left alone."""
    parts: list[str] = []
    last = 0
    for match in _STRING_OR_NAME.finditer(query):
        parts.append(_translate_code(query[last : match.start()]))
        parts.append(match.group(0))
        last = match.end()
    parts.append(_translate_code(query[last:]))
    return _comprehensions("".join(parts))


def _translate_code(code: str) -> str:
    code = _unwrap_shortest(code)
    for pattern, replacement in _FUNCTIONS:
        code = pattern.sub(replacement, code)
    code = _END_PROPERTY.sub(".`end`", code)
    return _LABEL_TEST.sub(lambda m: f"label({m.group(1)}) = '{m.group(2)}'", code)


def _unwrap_shortest(code: str) -> str:
    while (match := _SHORTEST.search(code)) is not None:
        close = _closing(code, match.end() - 1, "(", ")")
        if close < 0:
            return code
        inner = _UNBOUNDED_HOPS.sub(
            lambda m: f"[{m.group(1)}{m.group(2) or ''}* SHORTEST 1..{m.group(4)}]",
            code[match.end() : close],
        )
        code = code[: match.start()] + inner + code[close + 1 :]
    return code


def _closing(text: str, open_at: int, opening: str, closing: str) -> int:
    depth = 0
    for i in range(open_at, len(text)):
        if text[i] == opening:
            depth += 1
        elif text[i] == closing:
            depth -= 1
            if depth == 0:
                return i
    return -1


def _comprehensions(query: str) -> str:
    """`[v IN list | f]` and `[v IN list WHERE p | f]` as list_transform/list_filter."""
    start = 0
    while (match := _COMPREHENSION.search(query, start)) is not None:
        close = _closing(query, match.start(), "[", "]")
        body = query[match.end() : close] if close > 0 else ""
        bar = _top_level(body, "|")
        if close < 0 or bar < 0:
            start = match.end()
            continue
        var = match.group(1)
        source, mapped = body[:bar].strip(), _comprehensions(body[bar + 1 :].strip())
        where = re.search(r"\sWHERE\s", source, re.I)
        if where is not None:
            condition = source[where.end() :].strip()
            source = f"list_filter({source[: where.start()].strip()}, {var} -> {condition})"
        replacement = f"list_transform({source}, {var} -> {mapped})"
        query = query[: match.start()] + replacement + query[close + 1 :]
        start = match.start() + len(replacement)
    return query


def _top_level(text: str, char: str) -> int:
    depth = 0
    for i, c in enumerate(text):
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == char and depth == 0:
            return i
    return -1


# ------------------------------------------------------------ whole-graph view

COUNT_ACTORS: Final = "MATCH (a:Actor) RETURN count(*) AS n"
# Actors with no edge to another actor (nor to themselves), asserted or denied.
_BARE: Final = "MATCH (a:Actor) WHERE NOT EXISTS { MATCH (a)-[]-(:Actor) } "
COUNT_BARE_ACTORS: Final = _BARE + "RETURN count(*) AS n"


def bare_actors(limit: int) -> str:
    """The first `limit` actors without edges, by id."""
    return (
        _BARE + "RETURN a.id AS id, a.name AS name, a.type AS type, a.aliases AS aliases, "
        f"0 AS degree ORDER BY id LIMIT {int(limit)}"
    )


def statement_dated(date_from: bool, date_to: bool) -> str:
    """Whether statement `s` has a date in `$date_from`..`$date_to`: a YYYY, YYYY-MM
    or YYYY-MM-DD date overlaps the range when it is not before `$date_from` cut to its
    length, nor after `$date_to` cut likewise ("2021-03" against "2021-03-15")."""
    day = "substring(s.date, 1, 10)"
    parts = [
        "s.date IS NOT NULL",
        f"(size({day}) = 4 OR size({day}) = 7 OR size({day}) = 10)",
    ]
    if date_from:
        parts.append(f"{day} >= substring($date_from, 1, size({day}))")
    if date_to:
        parts.append(f"{day} <= substring($date_to, 1, size({day}))")
    return " AND ".join(parts)


def _with_dated_statement(dated: str | None) -> str:
    """After `selected_edges`: keep the edges with a statement `dated` keeps (each
    edge's Evidence node, then its statements, read by primary key), one row per edge."""
    if dated is None:
        return ""
    return (
        f"MATCH (e:Evidence {{key: {EDGE_KEY}}}) "
        f"UNWIND e.statements AS sid MATCH (s:Statement {{id: sid}}) WHERE {dated} "
        "WITH a, r, b, count(*) AS dated "
    )


def top_degrees(selected: str, dated: str | None, limit: int) -> str:
    """The `limit` actors with the most kept edges (a self-loop counts twice), then by id."""
    return (
        selected + _with_dated_statement(dated) + "UNWIND [a.id, b.id] AS id "
        f"WITH id, count(*) AS degree ORDER BY degree DESC, id LIMIT {int(limit)} "
        "MATCH (x:Actor {id: id}) RETURN x.id AS id, x.name AS name, x.type AS type, "
        "x.aliases AS aliases, degree"
    )


def count_with_edges(selected: str, dated: str | None) -> str:
    """How many actors have at least one kept edge."""
    return (
        selected + _with_dated_statement(dated)
        + "UNWIND [a.id, b.id] AS id RETURN count(DISTINCT id) AS n"
    )


def edges_among(selected: str, dated: str | None) -> str:
    """The kept edges between actors of `$sources` (`selected` with `sources=True`),
    with what ranks them and the ids of their statements."""
    return (
        selected + "AND b.id IN $sources " + _with_dated_statement(dated)
        + "RETURN a.id AS source, b.id AS target, label(r) AS type, r.negated AS negated, "
        "r.count AS count, r.confidence AS confidence"
    )
