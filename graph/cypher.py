"""Every Cypher query of the Neo4j store, as named constants and small builders.

The graph model (see graph/neo4j_store.py for how it is kept up to date):

    (:Actor:<TypeLabel> {id, name, type, key, aliases: [..], keys: [..], cameo_code})
    (:Document {id, sha256, date, words, ingested_at})
    (:Document)-[:MENTIONS {names: [..], keys: [..]}]->(:Actor)
    (:Statement {id, document, seq, edge, source, target, type, negated, text, start, end,
                 date, state, source_actor, confidence, cameo})
    (:Statement)-[:IN_DOCUMENT]->(:Document)
    (:Statement)-[:FROM]->(:Actor)   (:Statement)-[:TO]->(:Actor)
    (:Statement)-[:CLAIMED_BY]->(:Actor)      (reported speech: who made the claim)
    (:Actor)-[:<RELATION_TYPE> {negated, confidence, cameo, count, first_seen, last_seen}]->(:Actor)
    (:WriteLock {id, writes})                 (one node, see LOCK_WRITES)

The direct relationships between actors are recomputed from the statements after every
write; a negated statement is a separate relationship with `negated: true`.

Patterns in subqueries and pattern comprehensions start from the node already bound
(`(a)<-[:MENTIONS]-(d)`, not `(d)-[:MENTIONS]->(a)`): Neo4j plans both alike, but
ArcadeDB's Cypher engine runs the second as a scan, about 25 times slower.

Rules (DESIGN.md): user text only ever travels as a parameter; relationship types and
labels come from the ontology's whitelists (RelationType, ActorType), checked against a
regex before they are formatted into a query, one query per type, because Cypher has no
parameterised relationship types (and ArcadeDB accepts no dynamic ones). The dialect is
the common subset of Neo4j 5 and ArcadeDB's Bolt server: no APOC, no dynamic types.
"""

from __future__ import annotations

import re
from typing import Final, LiteralString

from actorgraph.domain import ActorType, RelationType

# Upper-case words joined by underscores: nothing that could close a pattern or comment.
RELATION_TYPE_PATTERN: Final = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*")
# CamelCase identifiers.
LABEL_PATTERN: Final = re.compile(r"[A-Z][A-Za-z0-9]*")

# One label per actor type, set next to :Actor (e.g. (:Actor:ArmedGroup)).
ACTOR_LABELS: Final[dict[ActorType, str]] = {
    ActorType.ARMED_GROUP: "ArmedGroup",
    ActorType.PERSON: "Person",
    ActorType.STATE: "State",
    ActorType.GOVERNMENT_BODY: "GovernmentBody",
    ActorType.ORGANIZATION: "Organization",
    ActorType.MEDIA: "Media",
    ActorType.FACILITY: "Facility",
    ActorType.LOCATION: "Location",
}

_RELATION_TYPES: Final = frozenset(t.value for t in RelationType)

# Rows per UNWIND batch.
BATCH_SIZE: Final = 1000


def relation_type(value: RelationType | str) -> LiteralString:
    """The relationship type to format into a query, or ValueError.

    Only members of the ontology's RelationType whitelist pass, and each must also match
    RELATION_TYPE_PATTERN, so nothing but a plain identifier ever reaches Cypher text.
    """
    text = value.value if isinstance(value, RelationType) else value
    if text not in _RELATION_TYPES or not RELATION_TYPE_PATTERN.fullmatch(text):
        raise ValueError(
            f"{value!r} is not a relation type of the ontology "
            f"({', '.join(t.value for t in RelationType)})"
        )
    return text


def actor_label(actor_type: ActorType | str) -> LiteralString:
    """The node label of an actor type (ARMED_GROUP -> ArmedGroup), or ValueError."""
    try:
        label = ACTOR_LABELS[ActorType(actor_type)]
    except ValueError:
        raise ValueError(
            f"{actor_type!r} is not an actor type of the ontology "
            f"({', '.join(t.value for t in ActorType)})"
        ) from None
    if not LABEL_PATTERN.fullmatch(label):
        raise ValueError(f"actor label {label!r} is not a plain identifier")
    return label


# ---------------------------------------------------------------------- schema

SCHEMA: Final[tuple[LiteralString, ...]] = (
    "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE",
    "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
    "CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE",
    "CREATE CONSTRAINT write_lock_id IF NOT EXISTS FOR (l:WriteLock) REQUIRE l.id IS UNIQUE",
    "CREATE INDEX actor_keys IF NOT EXISTS FOR (a:Actor) ON (a.keys)",
    "CREATE INDEX statement_document IF NOT EXISTS FOR (s:Statement) ON (s.document)",
    "CREATE INDEX statement_edge IF NOT EXISTS FOR (s:Statement) ON (s.edge)",
)

PING: Final = "RETURN 1 AS ok"

# Tests only: empties the database between cases.
DELETE_EVERYTHING: Final = "MATCH (n) DETACH DELETE n"

# ------------------------------------------------------------------- documents

_DOCUMENT_FIELDS: Final = (
    "d.id AS id, d.sha256 AS sha256, d.date AS date, d.words AS words, d.ingested_at AS ingested_at"
)

GET_DOCUMENT: Final = "MATCH (d:Document {id: $id}) RETURN " + _DOCUMENT_FIELDS

LIST_DOCUMENTS: Final = "MATCH (d:Document) RETURN " + _DOCUMENT_FIELDS

# The Ladybug store's document write; the Neo4j store sets all of a document's
# properties at once in WRITE_DOCUMENT.
MERGE_DOCUMENT: Final = (
    "MERGE (d:Document {id: $id}) "
    "SET d.sha256 = $sha256, d.date = $date, d.words = $words, d.ingested_at = $ingested_at"
)

DELETE_DOCUMENT: Final = "MATCH (d:Document {id: $id}) DETACH DELETE d"

# ---------------------------------------------------------------------- actors

DELETE_ACTORS: Final = "UNWIND $ids AS id MATCH (a:Actor {id: id}) DETACH DELETE a"

# An actor's current names, to add the names of a new document to them.
ACTOR_NAMES: Final = (
    "UNWIND $ids AS id MATCH (a:Actor {id: id}) "
    "RETURN a.id AS id, a.name AS name, a.key AS key, a.aliases AS aliases, a.keys AS keys"
)

SET_ACTOR_NAMES: Final = (
    "UNWIND $rows AS row MATCH (a:Actor {id: row.id}) "
    "SET a.aliases = row.aliases, a.keys = row.keys"
)

# Asserted edges at the actor, a self-loop counted once.
_DEGREE: Final = (
    "COUNT { (a)-[r]->(:Actor) WHERE r.negated = false } + "
    "COUNT { (a)<-[r]-(b:Actor) WHERE r.negated = false AND b <> a }"
)

ACTOR_RECORDS: Final = (
    "UNWIND $ids AS id MATCH (a:Actor {id: id}) "
    "RETURN a.id AS id, a.name AS name, a.type AS type, a.aliases AS aliases, "
    "a.cameo_code AS cameo_code, "
    + _DEGREE
    + " AS degree, "
    "[(a)<-[:MENTIONS]-(d:Document) | d.id] AS documents, "
    "[(a)-[r]-(:Actor) | r.first_seen] AS first_seen, "
    "[(a)-[r]-(:Actor) | r.last_seen] AS last_seen"
)

# Rank 0: a key equals the query, 1: a key starts with it, 2: a key contains it.
SEARCH_ACTORS: Final = (
    "MATCH (a:Actor) WHERE $actor_type IS NULL OR a.type = $actor_type "
    "WITH a, CASE "
    "WHEN $query = '' OR $query IN a.keys THEN 0 "
    "WHEN any(k IN a.keys WHERE k STARTS WITH $query) THEN 1 "
    "WHEN any(k IN a.keys WHERE k CONTAINS $query) THEN 2 "
    "END AS rank "
    "WHERE rank IS NOT NULL "
    "RETURN a.id AS id, a.name AS name, rank, " + _DEGREE + " AS degree"
)

ALL_ACTORS: Final = (
    "MATCH (a:Actor) RETURN a.id AS id, a.name AS name, a.type AS type, a.aliases AS aliases, "
    "a.cameo_code AS cameo_code"
)

# ------------------------------------------------------------------ statements

# `end` is a reserved word in openCypher: offsets come back as start_offset/end_offset.
_STATEMENT_FIELDS: Final = (
    "s.edge AS edge, s.source AS source, s.target AS target, s.type AS type, "
    "s.negated AS negated, s.document AS document, s.seq AS seq, s.text AS text, "
    "s.start AS start_offset, s.end AS end_offset, s.date AS date, s.state AS state, "
    "s.source_actor AS source_actor, s.confidence AS confidence, s.cameo AS cameo"
)

# The statements of the given edges (by edge key).
EDGE_STATEMENTS: Final = (
    "UNWIND $edges AS edge MATCH (s:Statement {edge: edge}) RETURN " + _STATEMENT_FIELDS
)

ALL_STATEMENTS: Final = "MATCH (s:Statement) RETURN " + _STATEMENT_FIELDS

# ------------------------------------------------- writing one document (batched)
#
# A document is written in one transaction of three queries, whatever its size:
# PLAN_READ (take the write lock, read what actor resolution and the old version of the
# document need), EDGE_STATEMENTS_BESIDES (the other documents' statements on the edges
# the write touches, aggregated in Python by graph/statement_rows.py) and WRITE_DOCUMENT
# (or DELETE_DOCUMENT_WRITE): every write as one UNWIND per kind of row inside unit
# subqueries. Labels and relationship types are fixed in the text, one subquery per
# actor type and per relation type of the ontology, each reading its rows from a map
# parameter keyed by the label or type ($actors.State, $edges.ATTACKS). Neo4j 5.26's
# dynamic types would need no such list, but 5.26.0 gives every row of an
# `UNWIND ... MERGE (a)-[:$(row.type)]->(b)` the first row's type (tested on the server).

# Writing one shared node serialises the writers of all processes (Neo4j holds the
# node's write lock until commit). Without it, two processes could both create an actor
# for the same name.
_LOCK: Final = "MERGE (l:WriteLock {id: $lock}) SET l.writes = coalesce(l.writes, 0) + 1 "

# `stored`, `sha256`: the stored document; `actors`: the stored actors known under any
# of $keys (one entry per key and actor); `taken`: the ids that start like $bases (to
# pick a free `base` or `base-<n>`); `mentioned`: the actors the stored version
# mentions, each with the names and keys other documents mention it by; `edges`: the
# edges the stored version's statements support, one entry per statement.
PLAN_READ: Final = (
    _LOCK + "WITH l OPTIONAL MATCH (d:Document {id: $id}) "
    "RETURN d IS NOT NULL AS stored, d.sha256 AS sha256, "
    "COLLECT { UNWIND $keys AS key MATCH (a:Actor) WHERE key IN a.keys "
    "RETURN {key: key, id: a.id, type: a.type, name: a.name, name_key: a.key, "
    "aliases: a.aliases, keys: a.keys} } AS actors, "
    "COLLECT { UNWIND $bases AS base MATCH (a:Actor) WHERE a.id STARTS WITH base "
    "RETURN DISTINCT a.id } AS taken, "
    "COLLECT { MATCH (:Document {id: $id})-[:MENTIONS]->(a:Actor) "
    "RETURN {id: a.id, name: a.name, key: a.key, "
    "names: [(a)<-[m:MENTIONS]-(o:Document) WHERE o.id <> $id | m.names], "
    "keys: [(a)<-[m:MENTIONS]-(o:Document) WHERE o.id <> $id | m.keys]} } AS mentioned, "
    "COLLECT { MATCH (s:Statement {document: $id}) RETURN s.edge } AS edges"
)

# The statements of the given edges (by edge key) that other documents than $id made.
EDGE_STATEMENTS_BESIDES: Final = (
    "UNWIND $edges AS edge MATCH (s:Statement {edge: edge}) WHERE s.document <> $id "
    "RETURN " + _STATEMENT_FIELDS
)

_FORGET: Final = (
    "CALL (d) { MATCH (s:Statement {document: d.id}) DETACH DELETE s } "
    "CALL (d) { MATCH (d)-[m:MENTIONS]->(:Actor) DELETE m } "
    "CALL { UNWIND $orphans AS id MATCH (a:Actor {id: id}) DETACH DELETE a } "
)


def _merge_actors(actor_type: ActorType) -> LiteralString:
    """New actors of one type (rows of $actors.<Label>: id, props)."""
    label = actor_label(actor_type)
    return (
        "CALL { UNWIND coalesce($actors." + label + ", []) AS row "
        "MERGE (a:Actor:" + label + " {id: row.id}) ON CREATE SET a += row.props } "
    )


def _merge_edges(rel_type: RelationType) -> LiteralString:
    """Direct edges of one type (rows of $edges.<TYPE>: source, target, negated, props)."""
    type_ = relation_type(rel_type)
    return (
        "CALL { UNWIND coalesce($edges." + type_ + ", []) AS row "
        "MATCH (a:Actor {id: row.source}) MATCH (b:Actor {id: row.target}) "
        "MERGE (a)-[r:" + type_ + " {negated: row.negated}]->(b) SET r += row.props } "
    )


# Aliases and keys of actors (rows: id, aliases, keys), then the direct edges
# recomputed from the statements: those no statement supports any more go (rows of
# $stale: source, target, type, negated), the others are merged.
_REFRESH: Final = (
    "CALL { UNWIND $names AS row MATCH (a:Actor {id: row.id}) "
    "SET a.aliases = row.aliases, a.keys = row.keys } "
    "CALL { UNWIND $stale AS row "
    "MATCH (:Actor {id: row.source})-[r]->(:Actor {id: row.target}) "
    "WHERE type(r) = row.type AND r.negated = row.negated DELETE r } "
    + "".join(_merge_edges(t) for t in RelationType)
)

# $document holds all the document's properties (id included): `SET d = ...` leaves no
# property of an older version behind. Rows of $codes: id, code (an actor keeps the
# first CAMEO code a document gives it); of $mentions: actor, names, keys; of
# $statements: the statement's properties (see the model above).
WRITE_DOCUMENT: Final = (
    "MERGE (d:Document {id: $document.id}) SET d = $document WITH d "
    + _FORGET
    + "".join(_merge_actors(t) for t in ActorType)
    + "CALL { UNWIND $codes AS row MATCH (a:Actor {id: row.id}) WHERE a.cameo_code IS NULL "
    "SET a.cameo_code = row.code } "
    "CALL (d) { UNWIND $mentions AS row MATCH (a:Actor {id: row.actor}) "
    "MERGE (d)-[m:MENTIONS]->(a) SET m.names = row.names, m.keys = row.keys } "
    "CALL (d) { UNWIND $statements AS row "
    "MATCH (a:Actor {id: row.source}) MATCH (b:Actor {id: row.target}) "
    "MERGE (s:Statement {id: row.id}) SET s = row "
    "MERGE (s)-[:IN_DOCUMENT]->(d) MERGE (s)-[:FROM]->(a) MERGE (s)-[:TO]->(b) "
    "WITH s, row WHERE row.source_actor IS NOT NULL "
    "MATCH (x:Actor {id: row.source_actor}) MERGE (s)-[:CLAIMED_BY]->(x) } "
    + _REFRESH
    + "RETURN count(*) AS written"
)

DELETE_DOCUMENT_WRITE: Final = (
    "MATCH (d:Document {id: $id}) WITH d "
    + _FORGET
    + "DETACH DELETE d WITH count(*) AS deleted "
    + _REFRESH
    + "RETURN deleted"
)

# --------------------------------------------------------- direct relationships

# Direct edges touching an actor, each once (a self-loop included), in stored direction,
# with the neighbour's name for sorting.
ACTOR_EDGES: Final = (
    "MATCH (a:Actor {id: $id})-[r]-(b:Actor) WHERE type(r) IN $types "
    "RETURN startNode(r).id AS source, endNode(r).id AS target, type(r) AS type, "
    "r.negated AS negated, r.count AS count, b.name AS neighbour_name"
)

# --------------------------------------------------------------------- counts

COUNT_ACTORS_BY_TYPE: Final = "MATCH (a:Actor) RETURN a.type AS type, count(a) AS n"

COUNT_EDGES_BY_TYPE: Final = (
    "MATCH (:Actor)-[r]->(:Actor) WHERE type(r) IN $types "
    "RETURN type(r) AS type, r.negated AS negated, count(r) AS n"
)

COUNT_STATEMENTS: Final = "MATCH (s:Statement) RETURN count(s) AS n"

COUNT_DOCUMENTS: Final = "MATCH (d:Document) RETURN count(d) AS n"
