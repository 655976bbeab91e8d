"""Every Cypher query of the Neo4j store, as named constants and small builders.

The graph model (see graph/neo4j_store.py for how it is kept up to date):

    (:Actor:<TypeLabel> {id, name, type, key, aliases: [..], keys: [..], cameo_code})
    (:Document {id, sha256, date, words, ingested_at, meta, duplicate_of})
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
(`(a)<-[:MENTIONS]-(d)`, not `(d)-[:MENTIONS]->(a)`).

Rules (DESIGN.md): user text only ever travels as a parameter; relationship types and
labels come from the ontology's whitelists (RelationType, ActorType), checked against a
regex before they are formatted into a query, one query per type. Neo4j 5.26's dynamic
types (`MERGE (a)-[:$(row.type)]->(b)`) are not used: on 5.26.0 every row of an
UNWIND gets the first row's type (tested on the server, for MERGE and CREATE alike).
No APOC.

How a document is written: five queries for a new document (see "a document's write,
batched" below), each one text that Neo4j plans once, instead of one query per actor
label and relation type (17.6 per document before; about half the speed of plain
CREATEs of the same rows). Folding every write into one query of unit subqueries was
tried and dropped: Neo4j took about 10 s to plan it and planned it again as the graph
grew.
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
    "CREATE INDEX document_duplicate_of IF NOT EXISTS FOR (d:Document) ON (d.duplicate_of)",
)

PING: Final = "RETURN 1 AS ok"

# First statement of every write transaction: writing one shared node serialises the
# writers of all processes (Neo4j holds the node's write lock until commit). Without it,
# two processes could both create an actor for the same name.
LOCK_WRITES: Final = "MERGE (l:WriteLock {id: $id}) SET l.writes = coalesce(l.writes, 0) + 1"

# Tests only: empties the database between cases.
DELETE_EVERYTHING: Final = "MATCH (n) DETACH DELETE n"

# ------------------------------------------------------------------- documents

_DOCUMENT_FIELDS: Final = (
    "d.id AS id, d.sha256 AS sha256, d.date AS date, d.words AS words, "
    "d.ingested_at AS ingested_at, d.meta AS meta"
)

GET_DOCUMENT: Final = "MATCH (d:Document {id: $id}) RETURN " + _DOCUMENT_FIELDS

LIST_DOCUMENTS: Final = "MATCH (d:Document) RETURN " + _DOCUMENT_FIELDS

# The documents an API response cites, by id, and the documents recorded as copies of
# them: `duplicate_of` (also in `meta`) is a property of its own, indexed, so copies are
# read by the ids they copy, not found by a scan of every document.
DOCUMENTS_BY_ID: Final = (
    "UNWIND $ids AS doc_id MATCH (d:Document {id: doc_id}) RETURN " + _DOCUMENT_FIELDS
)
COPIES_OF: Final = (
    "UNWIND $ids AS doc_id MATCH (d:Document {duplicate_of: doc_id}) RETURN " + _DOCUMENT_FIELDS
)
# Documents written before `duplicate_of` had a property of its own: the copies among
# them, found by their `meta` text once (ensure_schema), their property then set.
UNINDEXED_COPIES: Final = (
    "MATCH (d:Document) WHERE d.duplicate_of IS NULL AND d.meta CONTAINS $key "
    "RETURN d.id AS id, d.meta AS meta"
)
SET_DUPLICATE_OF: Final = (
    "UNWIND $rows AS row MATCH (d:Document {id: row.id}) SET d.duplicate_of = row.duplicate_of"
)

MERGE_DOCUMENT: Final = (
    "MERGE (d:Document {id: $id}) "
    "SET d.sha256 = $sha256, d.date = $date, d.words = $words, d.ingested_at = $ingested_at, "
    "d.meta = $meta, d.duplicate_of = $duplicate_of"
)

DELETE_DOCUMENT: Final = "MATCH (d:Document {id: $id}) DETACH DELETE d"

# The actors a document mentions, and how many other documents mention each.
DOCUMENT_ACTORS: Final = (
    "MATCH (d:Document {id: $id})-[:MENTIONS]->(a:Actor) "
    "RETURN a.id AS id, COUNT { (a)<-[:MENTIONS]-(o:Document) WHERE o.id <> $id } AS others"
)

# One row per statement of the document: the edges it supports.
DOCUMENT_STATEMENT_EDGES: Final = (
    "MATCH (s:Statement {document: $id}) RETURN s.edge AS edge, s.source AS source, "
    "s.target AS target, s.type AS type, s.negated AS negated"
)

DELETE_DOCUMENT_STATEMENTS: Final = "MATCH (s:Statement {document: $id}) DETACH DELETE s"

DELETE_DOCUMENT_MENTIONS: Final = "MATCH (:Document {id: $id})-[m:MENTIONS]->(:Actor) DELETE m"

# ---------------------------------------------------------------------- actors


def merge_actors(actor_type: ActorType | str) -> LiteralString:
    """Create the new actors of one type (rows: id, name, type, key, keys).

    Both labels go into the MERGE pattern (no `SET a:Label` afterwards). The store only
    passes ids that no actor holds yet, so the pattern never meets an actor of another
    type.
    """
    label = actor_label(actor_type)
    return (
        "UNWIND $rows AS row MERGE (a:Actor:" + label + " {id: row.id}) "
        "ON CREATE SET a.name = row.name, a.type = row.type, "
        "a.key = row.key, a.keys = row.keys, a.aliases = []"
    )


MERGE_ACTORS: Final[dict[ActorType, LiteralString]] = {t: merge_actors(t) for t in ActorType}


DELETE_ACTORS: Final = "UNWIND $ids AS id MATCH (a:Actor {id: id}) DETACH DELETE a"


# Everything needed to recompute an actor's aliases and keys from all its mentions
# (after a document that mentioned it went away).
ACTOR_MENTIONS: Final = (
    "UNWIND $ids AS id MATCH (a:Actor {id: id}) "
    "RETURN a.id AS id, a.name AS name, a.key AS key, "
    "[(a)<-[m:MENTIONS]-(:Document) | m.names] AS names, "
    "[(a)<-[m:MENTIONS]-(:Document) | m.keys] AS keys"
)

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

# A page of the documents that mention an actor, by id, and how many there are.
ACTOR_DOCUMENT_PAGE: Final = (
    "MATCH (a:Actor {id: $id}) "
    "RETURN COUNT { (a)<-[:MENTIONS]-(:Document) } AS total, "
    "COLLECT { MATCH (a)<-[:MENTIONS]-(d:Document) RETURN d.id AS doc "
    "ORDER BY doc SKIP $offset LIMIT $limit } AS documents"
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

# Search ranks in Python (graph/search.py), the same on every store: the name keys of
# the actors of a type, then the degrees of the ones that matched.
SEARCH_KEYS: Final = (
    "MATCH (a:Actor) WHERE $actor_type IS NULL OR a.type = $actor_type "
    "RETURN a.id AS id, a.name AS name, a.keys AS keys"
)

ACTOR_DEGREES: Final = (
    "UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN a.id AS id, " + _DEGREE + " AS degree"
)

ALL_ACTORS: Final = (
    "MATCH (a:Actor) RETURN a.id AS id, a.name AS name, a.type AS type, a.aliases AS aliases, "
    "a.cameo_code AS cameo_code"
)

# ------------------------------------------------------------------ statements


LINK_CLAIMS: Final = (
    "UNWIND $rows AS row MATCH (s:Statement {id: row.id}) "
    "MATCH (x:Actor {id: row.source_actor}) MERGE (s)-[:CLAIMED_BY]->(x)"
)

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

# --------------------------------------------------------- direct relationships


def merge_relation(rel_type: RelationType | str) -> LiteralString:
    """Create or refresh the direct edges of one relation type from aggregated rows
    (source, target, negated, confidence, cameo, count, first_seen, last_seen)."""
    type_ = relation_type(rel_type)
    return (
        "UNWIND $rows AS row "
        "MATCH (a:Actor {id: row.source}) MATCH (b:Actor {id: row.target}) "
        "MERGE (a)-[r:" + type_ + " {negated: row.negated}]->(b) "
        "SET r.confidence = row.confidence, r.cameo = row.cameo, r.count = row.count, "
        "r.first_seen = row.first_seen, r.last_seen = row.last_seen"
    )


def delete_relation(rel_type: RelationType | str) -> LiteralString:
    """Remove direct edges of one relation type that no statement supports any more."""
    type_ = relation_type(rel_type)
    return (
        "UNWIND $rows AS row "
        "MATCH (a:Actor {id: row.source})-[r:" + type_ + "]->(b:Actor {id: row.target}) "
        "WHERE r.negated = row.negated DELETE r"
    )


MERGE_RELATION: Final[dict[RelationType, LiteralString]] = {
    t: merge_relation(t) for t in RelationType
}
DELETE_RELATION: Final[dict[RelationType, LiteralString]] = {
    t: delete_relation(t) for t in RelationType
}

# Direct edges touching an actor, each once (a self-loop included), in stored direction,
# with the neighbour's name for sorting.
ACTOR_EDGES: Final = (
    "MATCH (a:Actor {id: $id})-[r]-(b:Actor) WHERE type(r) IN $types "
    "RETURN startNode(r).id AS source, endNode(r).id AS target, type(r) AS type, "
    "r.negated AS negated, r.count AS count, b.name AS neighbour_name"
)
# ACTOR_EDGES of each actor of `$ids`, named in `actor` (a level of a walk in one read).
ACTORS_EDGES: Final = (
    "UNWIND $ids AS id MATCH (a:Actor {id: id})-[r]-(b:Actor) WHERE type(r) IN $types "
    "RETURN a.id AS actor, startNode(r).id AS source, endNode(r).id AS target, "
    "type(r) AS type, r.negated AS negated, r.count AS count, b.name AS neighbour_name"
)

# The direct edges a selection keeps (`$types`, `$negated`, `$min_confidence`,
# `$seen_by` or null; `$source` / `$target`, or null, pin the ends), in page order;
# and how many there are.
# `first_day` of a partial date: "2021" -> "2021-01-01", "2021-03" -> "2021-03-01".
_SELECTION: Final = (
    "type(r) IN $types AND ($negated OR NOT r.negated) AND r.confidence >= $min_confidence "
    "AND ($seen_by IS NULL OR (r.first_seen IS NOT NULL AND CASE size(r.first_seen) "
    "WHEN 4 THEN r.first_seen + $year_start WHEN 7 THEN r.first_seen + $month_start "
    "ELSE substring(r.first_seen, 0, 10) END <= $seen_by)) "
)
_SELECTED_EDGES: Final = (
    "MATCH (a:Actor)-[r]->(b:Actor) WHERE ($source IS NULL OR a.id = $source) "
    "AND ($target IS NULL OR b.id = $target) AND " + _SELECTION
)
EDGE_PAGE: Final = (
    _SELECTED_EDGES + "RETURN a.id AS source, b.id AS target, type(r) AS type, "
    "r.negated AS negated ORDER BY source, target, type, negated SKIP $offset LIMIT $limit"
)
# The keys of an actor's strongest selected edges, either way.
ACTOR_EDGE_KEYS: Final = (
    "MATCH (x:Actor {id: $id})-[r]-(:Actor) WHERE " + _SELECTION + "RETURN DISTINCT "
    "startNode(r).id AS source, endNode(r).id AS target, type(r) AS type, "
    "r.negated AS negated, r.count AS count "
    "ORDER BY count DESC, source, target, type, negated LIMIT $limit"
)
COUNT_SELECTED_EDGES: Final = _SELECTED_EDGES + "RETURN count(r) AS n"

# --------------------------------------------------------------------- counts

COUNT_ACTORS_BY_TYPE: Final = "MATCH (a:Actor) RETURN a.type AS type, count(a) AS n"

COUNT_EDGES_BY_TYPE: Final = (
    "MATCH (:Actor)-[r]->(:Actor) WHERE type(r) IN $types "
    "RETURN type(r) AS type, r.negated AS negated, count(r) AS n"
)

COUNT_STATEMENTS: Final = "MATCH (s:Statement) RETURN count(s) AS n"

COUNT_DOCUMENTS: Final = "MATCH (d:Document) RETURN count(d) AS n"

# ------------------------------------------------- a document's write, batched
#
# What `upsert_document` sends for a new document: BEGIN_WRITE, WRITE_DOCUMENT,
# WRITE_STATEMENTS, EDGE_STATEMENTS_ELSEWHERE and MERGE_RELATIONS, each the same text
# every time so that Neo4j plans it once (one query per kind of write, not per label
# or relation type).

# The first query of a document's write: take the write lock (see LOCK_WRITES), then
# read what planning the write needs: the stored document's hash, the stored actors
# known under the extraction's name keys (with their current names) and the ids that
# start like the new actors' slugs.
BEGIN_WRITE: Final = (
    "MERGE (l:WriteLock {id: $lock}) SET l.writes = coalesce(l.writes, 0) + 1 "
    "WITH l OPTIONAL MATCH (d:Document {id: $id}) "
    "RETURN d IS NOT NULL AS stored, d.sha256 AS sha256, "
    "COLLECT { UNWIND $keys AS key MATCH (a:Actor) WHERE key IN a.keys "
    "RETURN {key: key, id: a.id, type: a.type, name: a.name, name_key: a.key, "
    "aliases: a.aliases, keys: a.keys} } AS known, "
    "COLLECT { UNWIND $bases AS base MATCH (a:Actor) WHERE a.id STARTS WITH base "
    "RETURN DISTINCT a.id } AS taken"
)

# The statements other documents hold for the given edges: with the document's own new
# statements they are all an edge is recomputed from.
EDGE_STATEMENTS_ELSEWHERE: Final = (
    "UNWIND $edges AS edge MATCH (s:Statement {edge: edge}) WHERE s.document <> $document "
    "RETURN " + _STATEMENT_FIELDS
)

# The document node, then one row per actor it mentions: the actor created if new (its
# label a dynamic label taken from ACTOR_LABELS: `SET a:$(row.label)` is right on 5.26.0
# for every row, unlike dynamic relationship types), its names and first CAMEO code
# (a null aliases/keys leaves the stored ones), and the MENTIONS relationship.
WRITE_DOCUMENT: Final = (
    MERGE_DOCUMENT + " WITH d "
    "UNWIND $rows AS row MERGE (a:Actor {id: row.id}) "
    "ON CREATE SET a:$(row.label), a.name = row.name, a.type = row.type, a.key = row.key, "
    "a.aliases = [], a.keys = [] "
    "SET a.aliases = coalesce(row.aliases, a.aliases), a.keys = coalesce(row.keys, a.keys), "
    "a.cameo_code = coalesce(a.cameo_code, row.code) "
    "MERGE (d)-[m:MENTIONS]->(a) SET m.names = row.mention_names, m.keys = row.mention_keys"
)

# A document's statements with their IN_DOCUMENT, FROM, TO and CLAIMED_BY links. They
# are always new: a document's old statements are deleted before its new ones are
# written, and the write lock keeps other writers out, so CREATE on the constrained id
# does what MERGE would at less cost.
WRITE_STATEMENTS: Final = (
    "MATCH (d:Document {id: $document}) "
    "UNWIND $rows AS row MATCH (a:Actor {id: row.source}) MATCH (b:Actor {id: row.target}) "
    "CREATE (s:Statement {id: row.id, document: row.document, seq: row.seq, edge: row.edge, "
    "source: row.source, target: row.target, type: row.type, negated: row.negated, "
    "text: row.text, start: row.start, end: row.end, date: row.date, state: row.state, "
    "source_actor: row.source_actor, confidence: row.confidence, cameo: row.cameo}) "
    "CREATE (s)-[:IN_DOCUMENT]->(d), (s)-[:FROM]->(a), (s)-[:TO]->(b) "
    "WITH s, row WHERE row.source_actor IS NOT NULL "
    "MATCH (x:Actor {id: row.source_actor}) CREATE (s)-[:CLAIMED_BY]->(x)"
)


def merge_relations(types: tuple[RelationType, ...]) -> LiteralString:
    """One query that creates or refreshes direct edges of every type in `types` (rows
    as merge_relation's, plus `type`; the parameter `types` lists the same types'
    values in the same order).

    Each type has its own FOREACH branch with a static type in its MERGE, taken when the
    row's type is that type: the dynamic `[:$(row.type)]` would give every row the first
    row's type on 5.26.0. The type values travel as a parameter so that the text holds
    no literal. `replan=skip`: the plan (unique-index seeks on the two actors, then one
    MERGE) does not depend on the graph's size, and replanning this long text as the
    graph grows costs seconds.
    """
    branches = [
        "FOREACH (_ IN CASE WHEN row.type = $types[" + str(i) + "] THEN [1] ELSE [] END | "
        "MERGE (a)-[r:" + relation_type(t) + " {negated: row.negated}]->(b) "
        "SET r.confidence = row.confidence, r.cameo = row.cameo, r.count = row.count, "
        "r.first_seen = row.first_seen, r.last_seen = row.last_seen)"
        for i, t in enumerate(types)
    ]
    return (
        "CYPHER replan=skip UNWIND $rows AS row "
        "MATCH (a:Actor {id: row.source}) MATCH (b:Actor {id: row.target}) " + " ".join(branches)
    )


RELATION_TYPES: Final[tuple[RelationType, ...]] = tuple(RelationType)
MERGE_RELATIONS: Final = merge_relations(RELATION_TYPES)

# ------------------------------------------------------------ whole-graph view
# The edges a selection keeps (as _SELECTION, with `$all_ends`: true, or both ends in
# `$sources`), and with `$dated` only those with a statement in `$date_from`..`$date_to`
# (either may be null; a statement's edge key is joined from `$key_*`, the parts
# neo4j_store._statement_edge writes). A YYYY, YYYY-MM or YYYY-MM-DD date overlaps the
# range when it is not before `$date_from` cut to its length, nor after `$date_to` cut likewise.
_STATEMENT_DAY: Final = "left(s.date, 10)"
_KEPT_EDGES: Final = (
    "MATCH (a:Actor)-[r]->(b:Actor) WHERE " + _SELECTION
    + "AND ($all_ends OR (a.id IN $sources AND b.id IN $sources)) "
    "AND (NOT $dated OR EXISTS { MATCH (s:Statement {edge: a.id + $key_sep + type(r) "
    "+ $key_sep + b.id + $key_sep + CASE WHEN r.negated THEN $key_negated "
    "ELSE $key_asserted END}) "
    "WHERE s.date IS NOT NULL AND size(" + _STATEMENT_DAY + ") IN [4, 7, 10] "
    "AND ($date_from IS NULL OR " + _STATEMENT_DAY + " >= left($date_from, size("
    + _STATEMENT_DAY + "))) AND ($date_to IS NULL OR " + _STATEMENT_DAY
    + " <= left($date_to, size(" + _STATEMENT_DAY + "))) }) "
)
# The `$limit` actors with the most kept edges (a self-loop counts twice), then by id.
TOP_DEGREES: Final = (
    _KEPT_EDGES + "UNWIND [a.id, b.id] AS id "
    "WITH id, count(*) AS degree ORDER BY degree DESC, id LIMIT $limit "
    "MATCH (x:Actor {id: id}) RETURN x.id AS id, x.name AS name, x.type AS type, "
    "x.aliases AS aliases, degree"
)
COUNT_WITH_EDGES: Final = (
    _KEPT_EDGES + "UNWIND [a.id, b.id] AS id RETURN count(DISTINCT id) AS n"
)
EDGES_AMONG: Final = (
    _KEPT_EDGES + "RETURN a.id AS source, b.id AS target, type(r) AS type, "
    "r.negated AS negated, r.count AS count, r.confidence AS confidence"
)
COUNT_ACTORS: Final = "MATCH (a:Actor) RETURN count(a) AS n"
# Actors with no edge to another actor (nor to themselves), asserted or denied.
_BARE_ACTORS: Final = "MATCH (a:Actor) WHERE NOT EXISTS { MATCH (a)--(:Actor) } "
COUNT_BARE_ACTORS: Final = _BARE_ACTORS + "RETURN count(a) AS n"
BARE_ACTORS: Final = (
    _BARE_ACTORS + "RETURN a.id AS id, a.name AS name, a.type AS type, "
    "a.aliases AS aliases, 0 AS degree ORDER BY id LIMIT $limit"
)
