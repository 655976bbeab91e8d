"""The Neo4j store against a real Neo4j 5.26 server (see tests/neo4j_server.py).

Three parts: the Cypher module as text (no server), the store's behaviour and the graph it
leaves in the database (nodes, labels, relationships, properties), and what happens when
the server is unreachable. The shared behaviour of all stores is also in the contract
suite (tests/test_store_contract.py). The stories are invented for these tests.
"""

from __future__ import annotations

import hashlib
import random
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, LiteralString

import neo4j
import pytest

from actorgraph.domain import (
    Actor,
    ActorType,
    Evidence,
    Extraction,
    Relation,
    RelationType,
)
from actorgraph.graph import cypher
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.models import Direction, DocumentInfo, Edge
from actorgraph.graph.neo4j_store import Neo4jStore
from actorgraph.graph.store import GraphStore, NotFoundError, StoreUnavailableError

if TYPE_CHECKING:
    from types import ModuleType

    from tests.neo4j_server import BoltServer

# Fixtures bolt_server, neo4j_driver, neo4j_store, neo4j_launcher (not imported
# directly, so that pytest can rewrite its asserts).
pytest_plugins = ["tests.neo4j_server"]

T = RelationType

# ------------------------------------------------------------------ the stories


def said(
    source: str,
    target: str,
    type_: RelationType,
    text: str,
    start: int,
    **options: Any,
) -> Relation:
    evidence = (Evidence(text=text, start=start, end=start + len(text)),)
    return Relation(source=source, target=target, type=type_, evidence=evidence, **options)


S_SHELL = "The Northern Brigades shelled the Port of Kessa at dawn."
S_LEADS = "Amir Haddan, commander of the Northern Brigades, claimed the attack."
S_CONDEMN = "Veldra's defence ministry condemned the shelling."
S_DENY = "The Brigades did not target the grain silos, Haddan said."

SHELLING = Extraction(
    document="kessa-shelling.txt",
    date="2023-06-10",
    actors=(
        Actor("n", "Northern Brigades", ActorType.ARMED_GROUP, ("the Brigades", "NB")),
        Actor("p", "Port of Kessa", ActorType.FACILITY),
        Actor("h", "Amir Haddan", ActorType.PERSON, ("Haddan",)),
        Actor("m", "Veldran Ministry of Defence", ActorType.GOVERNMENT_BODY),
        Actor("g", "Kessa grain silos", ActorType.FACILITY),
    ),
    relations=(
        said("n", "p", T.TARGETS, S_SHELL, 0, date="2023-06-09", confidence=0.6),
        said("h", "n", T.LEADS, S_LEADS, 57, confidence=0.9),
        said("m", "n", T.CRITICIZES, S_CONDEMN, 127),
        said("n", "g", T.TARGETS, S_DENY, 178, negated=True, source_actor="h"),
    ),
)

S_AGAIN = "NB fighters hit the port of Kessa again on Monday."
S_MEET = "Veldra's envoy met Coastal Front leaders in Tarsin."
S_WARN = "The Coastal Front warned the Northern Brigades to leave the coast."

FOLLOWUP = Extraction(
    document="kessa-followup.txt",
    date="2023-06-14",
    actors=(
        Actor("x", "NB", ActorType.ARMED_GROUP),
        Actor("y", "Port of Kessa", ActorType.FACILITY, ("the port of Kessa",)),
        Actor("v", "Republic of Veldra", ActorType.STATE, ("Veldra",)),
        Actor("c", "Coastal Front", ActorType.ARMED_GROUP),
    ),
    relations=(
        said("x", "y", T.TARGETS, S_AGAIN, 0, confidence=0.8, cameo="195"),
        said("v", "c", T.MEETS_WITH, S_MEET, 52),
        said("c", "x", T.THREATENS, S_WARN, 104, date="2023-06-13"),
    ),
)

STORIES = (SHELLING, FOLLOWUP)


def info(extraction: Extraction, version: str = "1") -> DocumentInfo:
    digest = hashlib.sha256(f"{extraction.document}@{version}".encode()).hexdigest()
    return DocumentInfo(id=extraction.document, sha256=digest, words=42)


def ingest(store: GraphStore, *extractions: Extraction) -> None:
    for extraction in extractions:
        store.upsert_document(info(extraction), extraction)


def query(store: Neo4jStore, driver: neo4j.Driver, text: LiteralString) -> list[dict[str, Any]]:
    """Run raw Cypher on the store's database (to look at the stored graph itself)."""
    with driver.session(database=store.database) as session:
        return session.run(text).data()


_COUNT_NODES: dict[str, LiteralString] = {
    "Actor": "MATCH (n:Actor) RETURN count(n) AS n",
    "Document": "MATCH (n:Document) RETURN count(n) AS n",
    "Statement": "MATCH (n:Statement) RETURN count(n) AS n",
}


def db_counts(store: Neo4jStore, driver: neo4j.Driver) -> dict[str, int]:
    """Nodes by label and relationships by type, straight from the database."""
    counts: dict[str, int] = {}
    for label, text in _COUNT_NODES.items():
        counts[label] = query(store, driver, text)[0]["n"]
    for row in query(store, driver, "MATCH ()-[r]->() RETURN type(r) AS t, count(r) AS n"):
        counts[row["t"]] = row["n"]
    return counts


# ------------------------------------------------------------- Cypher as text


@pytest.mark.parametrize("rel_type", list(RelationType))
def test_every_ontology_type_has_its_own_queries(rel_type: RelationType) -> None:
    assert cypher.relation_type(rel_type) == rel_type.value
    assert f"-[r:{rel_type.value} {{negated: row.negated}}]->" in cypher.MERGE_RELATION[rel_type]
    assert f"-[r:{rel_type.value}]->" in cypher.DELETE_RELATION[rel_type]


@pytest.mark.parametrize(
    "bad",
    [
        "targets",
        "ATTACKS",
        "",
        "TARGETS ",
        "TARGETS]->(b) DETACH DELETE b //",
        "TARGETS`",
        "TARGETS|KILLED",
        "MENTIONS",
    ],
)
def test_relation_type_outside_the_whitelist_is_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="not a relation type"):
        cypher.relation_type(bad)
    with pytest.raises(ValueError):
        cypher.merge_relation(bad)
    with pytest.raises(ValueError):
        cypher.delete_relation(bad)


def test_whitelist_regex_rejects_what_is_not_a_plain_identifier() -> None:
    assert cypher.RELATION_TYPE_PATTERN.fullmatch("CEASEFIRE_WITH")
    for bad in ("TARGETS]", "TAR GETS", "_TARGETS", "TARGETS_", "targets", "TARGETS\n"):
        assert not cypher.RELATION_TYPE_PATTERN.fullmatch(bad), bad


@pytest.mark.parametrize("actor_type", list(ActorType))
def test_actor_types_map_to_labels(actor_type: ActorType) -> None:
    label = cypher.actor_label(actor_type)
    assert label == actor_type.value.title().replace("_", "")  # ARMED_GROUP -> ArmedGroup
    assert f"(a:Actor:{label} {{id: row.id}})" in cypher.MERGE_ACTORS[actor_type]


def test_one_merge_query_serves_every_relation_type() -> None:
    branches = re.findall(
        r"WHEN row\.type = \$types\[(\d+)\] THEN \[1\] ELSE \[\] END \| "
        r"MERGE \(a\)-\[r:(\w+) \{negated: row\.negated\}\]->\(b\)",
        cypher.MERGE_RELATIONS,
    )
    assert [(int(i), t) for i, t in branches] == [
        (i, t.value) for i, t in enumerate(cypher.RELATION_TYPES)
    ]
    assert cypher.MERGE_RELATIONS.startswith("CYPHER replan=skip UNWIND $rows AS row ")


def test_unknown_actor_type_is_refused() -> None:
    with pytest.raises(ValueError, match="not an actor type"):
        cypher.actor_label("Person) DETACH DELETE (x")


def _all_queries() -> dict[str, str]:
    found: dict[str, str] = {}
    for name, value in vars(cypher).items():
        if name.startswith("_") or not name.isupper():
            continue
        if isinstance(value, str) and re.search(r"\b(MATCH|MERGE|CREATE|RETURN)\b", value):
            found[name] = value
        elif isinstance(value, tuple):
            found.update({f"{name}[{i}]": v for i, v in enumerate(value)})
        elif isinstance(value, dict):
            found.update({f"{name}[{k}]": v for k, v in value.items() if isinstance(v, str)})
    return found


def test_queries_carry_values_only_as_parameters() -> None:
    queries = _all_queries()
    assert len(queries) > 40
    for name, text in queries.items():
        literals = set(re.findall(r"'[^']*'", text))
        assert literals <= {"''", "'-'"}, f"{name} has literal values {literals}"
        assert '"' not in text, name
        assert "apoc." not in text.lower(), name


def test_schema_is_named_and_idempotent() -> None:
    names = set()
    for text in cypher.SCHEMA:
        match = re.fullmatch(r"CREATE (CONSTRAINT|INDEX) (\w+) IF NOT EXISTS FOR .+", text)
        assert match, text
        names.add(match.group(2))
    assert {"actor_id", "document_id", "statement_id", "actor_keys"} <= names


# -------------------------------------------------------- the stored graph


def test_schema_is_created_on_start(neo4j_store: Neo4jStore, neo4j_driver: neo4j.Driver) -> None:
    rows = query(neo4j_store, neo4j_driver, "SHOW CONSTRAINTS")
    assert {"actor_id", "document_id", "statement_id"} <= {row["name"] for row in rows}
    neo4j_store.ensure_schema()  # a second time changes nothing and does not fail


def test_one_write_gives_each_row_its_own_label_and_type(
    neo4j_store: Neo4jStore, neo4j_driver: neo4j.Driver
) -> None:
    # Actors of four types and edges of three types go out in one query each: every
    # row must come out with its own label and relationship type, not the first row's.
    neo4j_store.upsert_document(info(SHELLING), SHELLING)
    neo4j_store.upsert_document(info(FOLLOWUP), FOLLOWUP)
    labels = {
        row["id"]: row["labels"]
        for row in query(
            neo4j_store, neo4j_driver, "MATCH (a:Actor) RETURN a.id AS id, labels(a) AS labels"
        )
    }
    assert labels == {
        "northern-brigades": ["Actor", "ArmedGroup"],
        "port-of-kessa": ["Actor", "Facility"],
        "amir-haddan": ["Actor", "Person"],
        "veldran-ministry-of-defence": ["Actor", "GovernmentBody"],
        "kessa-grain-silos": ["Actor", "Facility"],
        "republic-of-veldra": ["Actor", "State"],
        "coastal-front": ["Actor", "ArmedGroup"],
    }
    edges = query(
        neo4j_store,
        neo4j_driver,
        "MATCH (a:Actor)-[r]->(b:Actor) RETURN a.id AS a, type(r) AS type, b.id AS b, "
        "r.negated AS negated, r.count AS count, "
        "COUNT { MATCH (s:Statement {source: a.id, target: b.id, type: type(r), "
        "negated: r.negated}) } AS statements",
    )
    assert sorted((e["a"], e["type"], e["b"], e["negated"], e["count"]) for e in edges) == [
        ("amir-haddan", "LEADS", "northern-brigades", False, 1),
        ("coastal-front", "THREATENS", "northern-brigades", False, 1),
        ("northern-brigades", "TARGETS", "kessa-grain-silos", True, 1),
        ("northern-brigades", "TARGETS", "port-of-kessa", False, 2),
        ("republic-of-veldra", "MEETS_WITH", "coastal-front", False, 1),
        ("veldran-ministry-of-defence", "CRITICIZES", "northern-brigades", False, 1),
    ]
    assert all(e["statements"] == e["count"] for e in edges)


def test_upsert_writes_the_documented_model(
    neo4j_store: Neo4jStore, neo4j_driver: neo4j.Driver
) -> None:
    result = neo4j_store.upsert_document(info(SHELLING), SHELLING)

    assert (result.status, result.actors_added, result.statements_added) == ("created", 5, 4)
    assert db_counts(neo4j_store, neo4j_driver) == {
        "Actor": 5,
        "Document": 1,
        "Statement": 4,
        "MENTIONS": 5,
        "IN_DOCUMENT": 4,
        "FROM": 4,
        "TO": 4,
        "CLAIMED_BY": 1,
        "TARGETS": 2,  # the asserted one and the negated one
        "LEADS": 1,
        "CRITICIZES": 1,
    }
    [brigades] = query(
        neo4j_store,
        neo4j_driver,
        "MATCH (a:Actor:ArmedGroup) RETURN a.id AS id, a.name AS name, a.type AS type, "
        "a.aliases AS aliases, a.keys AS keys",
    )
    assert brigades == {
        "id": "northern-brigades",
        "name": "Northern Brigades",
        "type": "ARMED_GROUP",
        "aliases": ["NB", "the Brigades"],
        "keys": ["brigades", "nb", "northern brigades"],
    }
    [claim] = query(
        neo4j_store,
        neo4j_driver,
        "MATCH (s:Statement)-[:CLAIMED_BY]->(x:Actor) "
        "MATCH (s)-[:FROM]->(a:Actor) MATCH (s)-[:TO]->(b:Actor) "
        "MATCH (s)-[:IN_DOCUMENT]->(d:Document) "
        "RETURN x.id AS claimant, a.id AS source, b.id AS target, d.id AS document, "
        "s.text AS text, s.negated AS negated, s.date AS date",
    )
    assert claim == {
        "claimant": "amir-haddan",
        "source": "northern-brigades",
        "target": "kessa-grain-silos",
        "document": SHELLING.document,
        "text": S_DENY,
        "negated": True,
        "date": "2023-06-10",
    }


def test_direct_edges_carry_aggregates_and_negation_apart(
    neo4j_store: Neo4jStore, neo4j_driver: neo4j.Driver
) -> None:
    ingest(neo4j_store, *STORIES)

    rows = query(
        neo4j_store,
        neo4j_driver,
        "MATCH (a:Actor {id: 'northern-brigades'})-[r:TARGETS]->(b:Actor) "
        "RETURN b.id AS target, r.negated AS negated, r.count AS count, "
        "r.confidence AS confidence, r.cameo AS cameo, r.first_seen AS first_seen, "
        "r.last_seen AS last_seen ORDER BY target",
    )
    assert rows == [
        {
            "target": "kessa-grain-silos",
            "negated": True,
            "count": 1,
            "confidence": 0.5,
            "cameo": "19",
            "first_seen": "2023-06-10",
            "last_seen": "2023-06-10",
        },
        {
            "target": "port-of-kessa",
            "negated": False,
            "count": 2,
            "confidence": 0.8,
            "cameo": "195",
            "first_seen": "2023-06-09",
            "last_seen": "2023-06-14",
        },
    ]


def test_reingest_is_idempotent_down_to_the_database(
    neo4j_store: Neo4jStore, neo4j_driver: neo4j.Driver
) -> None:
    ingest(neo4j_store, *STORIES)
    before = (db_counts(neo4j_store, neo4j_driver), neo4j_store.stats(), neo4j_store.edges())

    again = [neo4j_store.upsert_document(info(e), e) for e in STORIES]

    assert [r.status for r in again] == ["unchanged", "unchanged"]
    after = (db_counts(neo4j_store, neo4j_driver), neo4j_store.stats(), neo4j_store.edges())
    assert after == before


def test_replace_recomputes_edges_and_drops_orphans(
    neo4j_store: Neo4jStore, neo4j_driver: neo4j.Driver
) -> None:
    ingest(neo4j_store, *STORIES)
    revised = Extraction(
        document=SHELLING.document,
        date="2023-06-10",
        actors=SHELLING.actors[:2],
        relations=(said("n", "p", T.TARGETS, "Brigades mortars struck Kessa port.", 0),),
    )

    result = neo4j_store.upsert_document(info(revised, "2"), revised)

    assert (result.status, result.statements_added, result.statements_removed) == (
        "replaced",
        1,
        4,
    )
    assert neo4j_store.get_actor("amir-haddan") is None
    assert neo4j_store.get_actor("veldran-ministry-of-defence") is None
    types = {
        row["t"] for row in query(neo4j_store, neo4j_driver, "MATCH ()-[r]->() RETURN type(r) AS t")
    }
    assert "LEADS" not in types and "CRITICIZES" not in types and "CLAIMED_BY" not in types
    [port] = query(
        neo4j_store,
        neo4j_driver,
        "MATCH (:Actor {id: 'northern-brigades'})-[r:TARGETS]->(:Actor {id: 'port-of-kessa'}) "
        "RETURN r.count AS count, r.confidence AS confidence",
    )
    assert port == {"count": 2, "confidence": 0.8}


def test_delete_takes_back_exactly_what_the_document_gave(
    neo4j_store: Neo4jStore, neo4j_driver: neo4j.Driver
) -> None:
    ingest(neo4j_store, FOLLOWUP)
    only_followup = db_counts(neo4j_store, neo4j_driver)
    ingest(neo4j_store, SHELLING)

    brigades = neo4j_store.get_actor("nb")  # first stored as "NB": the id stays
    assert brigades is not None and "Northern Brigades" in brigades.aliases

    assert neo4j_store.delete_document(SHELLING.document) is True
    assert neo4j_store.delete_document(SHELLING.document) is False

    assert db_counts(neo4j_store, neo4j_driver) == only_followup
    brigades = neo4j_store.get_actor("nb")
    assert brigades is not None
    assert brigades.aliases == (), "aliases only the deleted story gave are gone"
    assert brigades.documents == (FOLLOWUP.document,)


def test_delete_of_the_last_document_empties_the_database(
    neo4j_store: Neo4jStore, neo4j_driver: neo4j.Driver
) -> None:
    ingest(neo4j_store, *STORIES)

    for extraction in STORIES:
        assert neo4j_store.delete_document(extraction.document)

    assert db_counts(neo4j_store, neo4j_driver) == {"Actor": 0, "Document": 0, "Statement": 0}


def test_actors_merge_by_alias_and_name_across_documents(neo4j_store: Neo4jStore) -> None:
    result = neo4j_store.upsert_document(info(SHELLING), SHELLING)
    followup = neo4j_store.upsert_document(info(FOLLOWUP), FOLLOWUP)

    assert (result.actors_added, followup.actors_added) == (5, 2)  # Veldra, Coastal Front
    port = neo4j_store.get_actor("port-of-kessa")
    assert port is not None
    assert port.aliases == ("the port of Kessa",)
    assert port.documents == tuple(sorted(e.document for e in STORIES))
    [edge] = [e for e in neo4j_store.edges() if e.target == "port-of-kessa"]
    assert [s.document for s in edge.statements] == [FOLLOWUP.document, SHELLING.document]


def test_get_actor_reports_degree_documents_and_dates(neo4j_store: Neo4jStore) -> None:
    ingest(neo4j_store, *STORIES)

    brigades = neo4j_store.get_actor("northern-brigades")
    assert brigades is not None
    # TARGETS port, LEADS from Haddan, CRITICIZES from the ministry, THREATENS from the Front
    assert brigades.degree == 4
    assert (brigades.first_seen, brigades.last_seen) == ("2023-06-09", "2023-06-14")
    assert neo4j_store.get_actor("nobody") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("northern brigades", ["northern-brigades"]),
        ("The Brigades", ["northern-brigades"]),
        ("KESSA", ["kessa-grain-silos", "port-of-kessa"]),  # prefix beats substring
        ("ves", []),
        ("veld", ["republic-of-veldra", "veldran-ministry-of-defence"]),
        ("front", ["coastal-front"]),
        ("!!!", []),
    ],
)
def test_search_ranks_and_normalises(
    neo4j_store: Neo4jStore, text: str, expected: list[str]
) -> None:
    ingest(neo4j_store, *STORIES)

    assert [a.id for a in neo4j_store.search_actors(text)] == expected


def test_search_filters_and_limits(neo4j_store: Neo4jStore) -> None:
    ingest(neo4j_store, *STORIES)

    facilities = neo4j_store.search_actors("", actor_type=ActorType.FACILITY)
    assert [a.id for a in facilities] == ["port-of-kessa", "kessa-grain-silos"]
    assert len(neo4j_store.search_actors("", limit=3)) == 3
    assert neo4j_store.search_actors("kessa", limit=0) == []


def test_connections_order_filters_and_errors(neo4j_store: Neo4jStore) -> None:
    ingest(neo4j_store, *STORIES)

    found = neo4j_store.connections("northern-brigades")
    assert [(c.neighbour.id, c.edge.type, c.direction) for c in found] == [
        ("port-of-kessa", T.TARGETS, Direction.OUT),
        ("veldran-ministry-of-defence", T.CRITICIZES, Direction.IN),
        ("amir-haddan", T.LEADS, Direction.IN),
        ("coastal-front", T.THREATENS, Direction.IN),
    ]
    assert found[0].edge.count == 2
    out = neo4j_store.connections("northern-brigades", direction=Direction.OUT)
    assert [c.neighbour.id for c in out] == ["port-of-kessa"]
    with_negated = neo4j_store.connections(
        "northern-brigades", direction=Direction.OUT, include_negated=True
    )
    assert [(c.neighbour.id, c.edge.negated) for c in with_negated] == [
        ("port-of-kessa", False),
        ("kessa-grain-silos", True),
    ]
    leads = neo4j_store.connections("northern-brigades", relation_types=[T.LEADS, T.THREATENS])
    assert [c.edge.type for c in leads] == [T.LEADS, T.THREATENS]
    assert len(neo4j_store.connections("northern-brigades", limit=1)) == 1
    # A symmetric relation matches either direction; the stored one is reported.
    for direction in (Direction.OUT, Direction.IN):
        [meeting] = neo4j_store.connections(
            "coastal-front", direction=direction, relation_types=[T.MEETS_WITH]
        )
        assert (meeting.neighbour.id, meeting.direction) == ("republic-of-veldra", Direction.IN)
    with pytest.raises(NotFoundError, match="nobody"):
        neo4j_store.connections("nobody")


def test_stats_and_networkx_export(neo4j_store: Neo4jStore) -> None:
    ingest(neo4j_store, *STORIES)

    stats = neo4j_store.stats()
    assert (stats.actors, stats.edges, stats.statements, stats.documents) == (7, 6, 7, 2)
    assert stats.edges_by_type == {
        "CRITICIZES": 1,
        "LEADS": 1,
        "MEETS_WITH": 1,
        "TARGETS": 1,
        "TARGETS:negated": 1,
        "THREATENS": 1,
    }
    graph = neo4j_store.to_networkx()
    assert sorted(graph.nodes) == sorted(a.id for a in neo4j_store.search_actors("", limit=99))
    assert graph.nodes["republic-of-veldra"] == {
        "name": "Republic of Veldra",
        "type": "STATE",
        "aliases": ["Veldra"],
    }
    edge = graph.edges["northern-brigades", "kessa-grain-silos", "TARGETS:negated"]["edge"]
    assert isinstance(edge, Edge) and edge.statements[0].source_actor == "amir-haddan"


def test_failed_upsert_leaves_nothing_behind(
    neo4j_store: Neo4jStore, neo4j_driver: neo4j.Driver
) -> None:
    ingest(neo4j_store, FOLLOWUP)
    before = db_counts(neo4j_store, neo4j_driver)
    broken = Extraction(
        document="broken.txt",
        actors=(Actor("a", "Tarsin garrison", ActorType.ARMED_GROUP),),
        relations=(said("a", "ghost", T.TARGETS, "The garrison fired.", 0),),
    )

    with pytest.raises(ValueError, match="ghost"):
        neo4j_store.upsert_document(info(broken), broken)
    with pytest.raises(ValueError, match="does not match"):
        neo4j_store.upsert_document(info(SHELLING), FOLLOWUP)
    assert db_counts(neo4j_store, neo4j_driver) == before


def _raids(count: int) -> list[Extraction]:
    return [
        Extraction(
            document=f"raid-{n}.txt",
            date=f"2023-07-{n + 1:02d}",
            actors=(
                Actor("a", "Northern Brigades", ActorType.ARMED_GROUP),
                Actor("b", f"Checkpoint {n}", ActorType.FACILITY),
            ),
            relations=(said("a", "b", T.TARGETS, f"Brigades fighters stormed checkpoint {n}.", 0),),
        )
        for n in range(count)
    ]


def _write_all(stores: list[Neo4jStore], stories: list[Extraction]) -> list[BaseException]:
    """Upsert each story from its own thread, through the stores in turn."""
    errors: list[BaseException] = []

    def write(store: Neo4jStore, extraction: Extraction) -> None:
        try:
            store.upsert_document(info(extraction), extraction)
        except BaseException as exc:  # collected and checked in the test thread
            errors.append(exc)

    threads = [
        threading.Thread(target=write, args=(stores[n % len(stores)], story))
        for n, story in enumerate(stories)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_concurrent_writers_merge_into_one_graph(neo4j_store: Neo4jStore) -> None:
    assert _write_all([neo4j_store], _raids(8)) == []

    brigades = neo4j_store.get_actor("northern-brigades")
    assert brigades is not None and brigades.degree == 8
    assert neo4j_store.stats().actors == 9


def test_writers_in_separate_stores_merge_into_one_graph(
    neo4j_store: Neo4jStore, bolt_server: BoltServer, neo4j_driver: neo4j.Driver
) -> None:
    # Separate stores do not share the in-process write lock, like separate processes.
    others = [Neo4jStore(neo4j_driver, database=neo4j_store.database) for _ in range(3)]

    assert _write_all([neo4j_store, *others], _raids(8)) == []

    brigades = neo4j_store.get_actor("northern-brigades")
    assert brigades is not None and brigades.degree == 8
    assert neo4j_store.stats().actors == 9


# ------------------------------------------------ same answers as the embedded store


def _views(store: GraphStore) -> dict[str, object]:
    actors = store.search_actors("", limit=1000)
    return {
        "stats": store.stats(),
        "edges": store.edges(),
        "actors": actors,
        "search": [store.search_actors(q) for q in ("kessa", "nb", "veldra", "ves", "front")],
        "connections": [
            store.connections(a.id, include_negated=True, direction=d)
            for a in actors
            for d in Direction
        ],
        "documents": [(d.id, d.sha256, d.date, d.words) for d in store.list_documents()],
    }


def test_answers_match_the_embedded_store(neo4j_store: Neo4jStore, tmp_path: Path) -> None:
    embedded = EmbeddedStore(tmp_path / "graph.sqlite3")
    revised = Extraction(
        document=FOLLOWUP.document,
        date="2023-06-15",
        actors=FOLLOWUP.actors,
        relations=FOLLOWUP.relations[1:],
    )
    steps: list[tuple[str, Extraction, str]] = [
        ("upsert", SHELLING, "1"),
        ("upsert", FOLLOWUP, "1"),
        ("upsert", SHELLING, "1"),
        ("upsert", revised, "2"),
        ("delete", SHELLING, ""),
        ("upsert", SHELLING, "3"),
    ]
    try:
        for action, extraction, version in steps:
            if action == "upsert":
                document = info(extraction, version)
                document = DocumentInfo(
                    document.id, document.sha256, None, document.words, "2023-06-20T00:00:00+00:00"
                )
                assert neo4j_store.upsert_document(document, extraction) == (
                    embedded.upsert_document(document, extraction)
                )
            else:
                assert neo4j_store.delete_document(extraction.document) == (
                    embedded.delete_document(extraction.document)
                )
            assert _views(neo4j_store) == _views(embedded), (action, extraction.document)
    finally:
        embedded.close()


# Names that collide on purpose: same name with other types, aliases that are other
# actors' names, a name that normalises to nothing.
_POOL: tuple[tuple[str, ActorType, tuple[str, ...]], ...] = (
    ("Northern Brigades", ActorType.ARMED_GROUP, ("NB", "the Brigades")),
    ("NB", ActorType.ARMED_GROUP, ()),
    ("Kessa", ActorType.LOCATION, ()),
    ("Kessa", ActorType.STATE, ("Kessan government",)),
    ("Kessa", ActorType.PERSON, ()),
    ("Veldra", ActorType.STATE, ("Republic of Veldra",)),
    ("Republic of Veldra", ActorType.STATE, ()),
    ("Coastal Front", ActorType.ARMED_GROUP, ("CF",)),
    ("CF", ActorType.ORGANIZATION, ()),
    ("Amir Haddan", ActorType.PERSON, ("Haddan",)),
    ("Haddan", ActorType.PERSON, ()),
    ("Tarsín", ActorType.LOCATION, ("Tarsin",)),
    ("???", ActorType.MEDIA, ()),
    ("Port of Kessa", ActorType.FACILITY, ("Kessa port", "the port")),
    ("Ministry of Defence", ActorType.GOVERNMENT_BODY, ("MoD", "defence ministry")),
    ("MoD", ActorType.ORGANIZATION, ()),
)


def _random_story(rng: random.Random, document: str) -> Extraction:
    picks = [rng.choice(_POOL) for _ in range(rng.randint(1, 6))]
    actors = tuple(
        Actor(f"l{i}", name, type_, tuple(rng.sample(aliases, rng.randint(0, len(aliases)))))
        for i, (name, type_, aliases) in enumerate(picks)
    )
    relations = []
    for _ in range(rng.randint(0, 6)):
        offsets = rng.sample(range(5), rng.randint(0, 2))
        relations.append(
            Relation(
                source=rng.choice(actors).id,
                target=rng.choice(actors).id,
                type=rng.choice(list(RelationType)),
                evidence=tuple(Evidence(f"sentence {k}", k * 10, k * 10 + 9) for k in offsets),
                negated=rng.random() < 0.2,
                date=rng.choice([None, f"2023-01-0{rng.randint(1, 9)}"]),
                confidence=rng.choice([0.3, 0.5, 0.9]),
                cameo=rng.choice([None, None, "190", "042"]),
                state=rng.choice([None, "agreed"]),
                source_actor=rng.choice([None, rng.choice(actors).id]),
            )
        )
    date = rng.choice([None, "2023-02-01", "2023-02-03"])
    return Extraction(document=document, actors=actors, relations=tuple(relations), date=date)


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(3))
def test_random_histories_match_the_embedded_store(
    neo4j_store: Neo4jStore, tmp_path: Path, seed: int
) -> None:
    rng = random.Random(seed)
    embedded = EmbeddedStore(tmp_path / "graph.sqlite3")
    try:
        for step in range(12):
            document = f"story-{rng.randint(0, 4)}.txt"
            if rng.random() < 0.2:
                deleted = neo4j_store.delete_document(document)
                assert deleted == embedded.delete_document(document)
            else:
                story = _random_story(rng, document)
                version = str(rng.randint(0, 2))
                digest = hashlib.sha256(f"{document}@{version}".encode()).hexdigest()
                doc = DocumentInfo(document, digest, None, 5, "2023-03-01T00:00:00+00:00")
                assert neo4j_store.upsert_document(doc, story) == (
                    embedded.upsert_document(doc, story)
                ), step
            assert _views(neo4j_store) == _views(embedded), step
    finally:
        embedded.close()


# ---------------------------------------------------------- an unreachable server


def test_closed_port_raises_store_unavailable(neo4j_launcher: ModuleType) -> None:
    url = f"bolt://127.0.0.1:{neo4j_launcher.free_port()}"
    with pytest.raises(StoreUnavailableError, match="cannot reach") as caught:
        Neo4jStore.connect(url, "neo4j", "secret")
    assert url in str(caught.value)


def test_wrong_password_raises_store_unavailable(bolt_server: BoltServer) -> None:
    with pytest.raises(StoreUnavailableError, match="credentials"):
        Neo4jStore.connect(bolt_server.url, bolt_server.user, "not-the-password")


@pytest.mark.parametrize("url", ["http://127.0.0.1:7474", "127.0.0.1:7687", "embedded"])
def test_non_bolt_url_is_refused(url: str) -> None:
    with pytest.raises(StoreUnavailableError, match="not a Bolt URL"):
        Neo4jStore.connect(url, "neo4j", "secret")


def test_connect_owns_its_driver(bolt_server: BoltServer) -> None:
    store = Neo4jStore.connect(
        bolt_server.url, bolt_server.user, bolt_server.password, database=bolt_server.database
    )
    assert store.ping() is True
    store.close()
    assert store.ping() is False
    with pytest.raises(StoreUnavailableError, match="closed"):
        store.list_documents()


def test_closing_the_store_leaves_a_passed_in_driver_open(
    bolt_server: BoltServer, neo4j_driver: neo4j.Driver
) -> None:
    Neo4jStore(neo4j_driver, database=bolt_server.database).close()
    neo4j_driver.verify_connectivity()


@pytest.fixture
def doomed_server(neo4j_launcher: ModuleType, tmp_path: Path) -> Iterator[Any]:
    """A second Neo4j server of our own, for a test to stop."""
    started = neo4j_launcher.start(tmp_path / "doomed")
    try:
        yield started
    finally:
        neo4j_launcher.stop(started.process)


@pytest.mark.slow
def test_server_going_away_raises_store_unavailable(
    neo4j_launcher: ModuleType, doomed_server: Any
) -> None:
    server = doomed_server
    store = Neo4jStore.connect(
        server.url, server.user, server.password, max_transaction_retry_time=0.5
    )
    try:
        ingest(store, SHELLING)
        assert store.ping() is True
        neo4j_launcher.stop(server.process)

        assert store.ping() is False
        with pytest.raises(StoreUnavailableError, match="cannot reach"):
            store.search_actors("kessa")
        with pytest.raises(StoreUnavailableError, match="cannot reach"):
            store.upsert_document(info(FOLLOWUP), FOLLOWUP)
    finally:
        store.close()
