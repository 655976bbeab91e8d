"""The contract every GraphStore passes, whatever its backend.

The fixture `store` is parametrised over STORE_FACTORIES; a new backend adds an
entry there and must pass the same tests. The documents are small invented news stories,
built by hand as extractions so the tests do not depend on the extractor.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from actorgraph.domain import (
    Actor,
    ActorType,
    Evidence,
    Extraction,
    Relation,
    RelationType,
)
from actorgraph.graph import queries
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.models import (
    Connection,
    Direction,
    DocumentInfo,
    Edge,
    EdgeKey,
    EdgeSelection,
)
from actorgraph.graph.store import GraphStore, NotFoundError

STORE_FACTORIES: dict[str, Callable[[Path], GraphStore]] = {
    "sqlite": lambda tmp: EmbeddedStore(tmp / "store" / "graph.sqlite3"),
    "ladybug": lambda tmp: LadybugStore(tmp / "store" / "ladybug"),
}


@pytest.fixture(params=[*sorted(STORE_FACTORIES), "neo4j"])
def factory(request: pytest.FixtureRequest) -> Callable[[Path], GraphStore]:
    if request.param == "neo4j":
        # tests/neo4j_server.py: a store on a freshly emptied database of the session's
        # Neo4j 5.26 server; a second call gets a second server (Community has one database).
        neo4j_factory: Callable[[Path], GraphStore] = request.getfixturevalue(
            "neo4j_store_factory"
        )
        return neo4j_factory
    return STORE_FACTORIES[request.param]


@pytest.fixture
def store(factory: Callable[[Path], GraphStore], tmp_path: Path) -> Iterator[GraphStore]:
    graph_store = factory(tmp_path)
    yield graph_store
    graph_store.close()


# --------------------------------------------------------------------- builders

T = RelationType


def rel(
    source: str,
    target: str,
    type_: RelationType,
    text: str,
    start: int,
    *,
    negated: bool = False,
    date: str | None = None,
    confidence: float = 0.5,
    cameo: str | None = None,
    state: str | None = None,
    source_actor: str | None = None,
) -> Relation:
    """A relation read from one sentence starting at `start`."""
    return Relation(
        source=source,
        target=target,
        type=type_,
        evidence=(Evidence(text=text, start=start, end=start + len(text)),),
        negated=negated,
        date=date,
        confidence=confidence,
        cameo=cameo,
        state=state,
        source_actor=source_actor,
    )


def info_for(extraction: Extraction, version: str = "v1") -> DocumentInfo:
    digest = hashlib.sha256(f"{extraction.document}/{version}".encode()).hexdigest()
    return DocumentInfo(id=extraction.document, sha256=digest, date=extraction.date, words=120)


def ingest(store: GraphStore, *extractions: Extraction) -> None:
    for extraction in extractions:
        store.upsert_document(info_for(extraction), extraction)


S_STRIKE = "Sarai Brigades militants fired rockets at Camp Falcon, the United States said."
S_BACKS = "Washington accused Iran of arming the Sarai Brigades."
S_CRIT = "The US condemned Tehran for the attack."
S_SPOKE = "Hadi Karam, a spokesman for the Sarai Brigades, did not comment."

STRIKE = Extraction(
    document="2024-03-02-strike.txt",
    date="2024-03-02",
    actors=(
        Actor("a1", "United States", ActorType.STATE, ("US", "Washington")),
        Actor("a2", "Sarai Brigades", ActorType.ARMED_GROUP),
        Actor("a3", "Camp Falcon", ActorType.FACILITY),
        Actor("a4", "Iran", ActorType.STATE, ("Tehran",)),
        Actor("a5", "Hadi Karam", ActorType.PERSON, ("Karam",)),
    ),
    relations=(
        rel("a2", "a3", T.TARGETS, S_STRIKE, 0, source_actor="a1", confidence=0.7),
        rel("a4", "a2", T.BACKS, S_BACKS, 80),
        rel("a1", "a4", T.CRITICIZES, S_CRIT, 134, date="2024-03-01"),
        rel("a5", "a2", T.SPOKESPERSON_FOR, S_SPOKE, 174),
    ),
)

S_MEET = "U.S. envoy Mara Quill met Prime Minister Adel Sami in Baghdad."
S_LEAD = "Sami, who heads the Iraqi government, spoke afterwards."
S_DENY = "The Iraqi government does not support attacks on the US embassy, Sami said."
S_ENVOY = "U.S. envoy Mara Quill met Prime Minister Adel Sami."

TALKS = Extraction(
    document="2024-03-05-talks.txt",
    date="2024-03-05",
    actors=(
        Actor("b1", "US", ActorType.STATE),
        Actor("b2", "Mara Quill", ActorType.PERSON, ("Quill",)),
        Actor("b3", "Adel Sami", ActorType.PERSON, ("Sami",)),
        Actor("b4", "Iraqi government", ActorType.GOVERNMENT_BODY),
        Actor("b5", "US embassy", ActorType.FACILITY),
    ),
    relations=(
        rel("b2", "b3", T.MEETS_WITH, S_MEET, 0),
        rel("b3", "b4", T.LEADS, S_LEAD, 62),
        rel("b4", "b5", T.TARGETS, S_DENY, 118, negated=True, source_actor="b3"),
        rel("b2", "b1", T.MEMBER_OF, S_ENVOY, 0),
    ),
)

S_AGAIN = "Saraya Sarai again shelled Camp Falcon overnight."
S_ALLY = "Kataib al-Nūr said it stands with the Sarai Brigades."
S_WARN = "The United States warned the Sarai Brigades of a response."
S_IRGC = "The Iranian Revolutionary Guard Corps, part of the Islamic Republic, trains the group."

FOLLOWUP = Extraction(
    document="2024-03-09-followup.txt",
    date="2024-03-09",
    actors=(
        Actor("c1", "Sarai Brigades", ActorType.ARMED_GROUP, ("Saraya Sarai",)),
        Actor("c2", "Camp Falcon", ActorType.FACILITY),
        Actor("c3", "Kataib al-Nūr", ActorType.ARMED_GROUP),
        Actor("c4", "the United States", ActorType.STATE),
        Actor("c5", "Islamic Republic of Iran", ActorType.STATE, ("Iran", "Islamic Republic")),
        Actor("c6", "Iranian Revolutionary Guard Corps", ActorType.ARMED_GROUP, ("IRGC",)),
        Actor("c7", "Érbil", ActorType.LOCATION),
    ),
    relations=(
        rel("c1", "c2", T.TARGETS, S_AGAIN, 0, confidence=0.9, cameo="195"),
        rel("c3", "c1", T.ALLIED_WITH, S_ALLY, 50),
        rel("c4", "c1", T.THREATENS, S_WARN, 104),
        rel("c6", "c5", T.PART_OF, S_IRGC, 163),
    ),
)

ALL = (STRIKE, TALKS, FOLLOWUP)


def edge_between(store: GraphStore, source: str, target: str, type_: RelationType) -> Edge:
    matches = [e for e in store.edges() if (e.source, e.target, e.type) == (source, target, type_)]
    assert len(matches) == 1, f"expected one {type_} edge {source}->{target}, got {matches}"
    return matches[0]


def edge_ids(store: GraphStore) -> set[tuple[str, str, str, bool]]:
    return {(e.source, e.target, e.type.value, e.negated) for e in store.edges()}


def evidence_shape(store: GraphStore) -> list[tuple[str, bool, tuple[str, ...]]]:
    """Edges by type and supporting sentences, independent of actor ids."""
    return sorted(
        (e.type.value, e.negated, tuple(s.text for s in e.statements)) for e in store.edges()
    )


def snapshot(store: GraphStore) -> tuple[object, ...]:
    """Everything a reader can see, for before/after comparisons."""
    return (
        store.stats(),
        store.edges(),
        store.search_actors("", limit=1000),
        store.list_documents(),
    )


# ----------------------------------------------------------------- upsert, lookups


def test_upsert_new_document_reports_what_it_added(store: GraphStore) -> None:
    result = store.upsert_document(info_for(STRIKE), STRIKE)

    assert (result.document, result.status) == (STRIKE.document, "created")
    assert (result.actors_added, result.statements_added, result.statements_removed) == (5, 4, 0)


def test_documents_are_listed_and_fetched(store: GraphStore) -> None:
    ingest(store, *ALL)

    assert [d.id for d in store.list_documents()] == sorted(e.document for e in ALL)
    stored = store.get_document(TALKS.document)
    assert stored is not None
    assert (stored.sha256, stored.date, stored.words) == (info_for(TALKS).sha256, "2024-03-05", 120)
    assert stored.ingested_at, "the store stamps documents it ingests"
    assert store.get_document("never-seen.txt") is None


def test_actor_record_merges_names_documents_and_dates(store: GraphStore) -> None:
    ingest(store, *ALL)

    us = store.get_actor("united-states")
    assert us is not None
    assert (us.name, us.type) == ("United States", ActorType.STATE)
    assert set(us.aliases) >= {"US", "Washington"}
    assert "United States" not in us.aliases
    assert us.documents == tuple(sorted(e.document for e in ALL))
    # CRITICIZES Iran (dated 2024-03-01), MEMBER_OF from Quill, THREATENS Sarai Brigades
    assert us.degree == 3
    assert (us.first_seen, us.last_seen) == ("2024-03-01", "2024-03-09")
    assert store.get_actor("no-such-actor") is None


def test_actor_mentioned_without_relations_is_still_known(store: GraphStore) -> None:
    ingest(store, FOLLOWUP)

    [erbil] = store.search_actors("erbil")
    assert (erbil.id, erbil.degree, erbil.documents) == ("erbil", 0, (FOLLOWUP.document,))
    assert erbil.first_seen is None


def test_statement_carries_evidence_claimant_and_dates(store: GraphStore) -> None:
    ingest(store, STRIKE)

    edge = edge_between(store, "sarai-brigades", "camp-falcon", T.TARGETS)
    [statement] = edge.statements
    assert (statement.document, statement.text) == (STRIKE.document, S_STRIKE)
    assert (statement.start, statement.end) == (0, len(S_STRIKE))
    assert statement.source_actor == "united-states", "claimant maps to the store id"
    assert statement.date == "2024-03-02", "an undated statement takes the dateline"
    assert edge_between(store, "united-states", "iran", T.CRITICIZES).statements[0].date == (
        "2024-03-01"
    )
    assert (edge.confidence, edge.cameo, edge.negated, edge.count) == (0.7, "19", False, 1)


def test_edge_aggregates_statements_across_documents(store: GraphStore) -> None:
    ingest(store, FOLLOWUP, STRIKE)

    edge = edge_between(store, "sarai-brigades", "camp-falcon", T.TARGETS)
    assert edge.count == 2
    assert [s.document for s in edge.statements] == sorted([STRIKE.document, FOLLOWUP.document])
    assert edge.confidence == 0.9, "the edge is as confident as its strongest statement"
    assert edge.cameo == "195", "the relation's own CAMEO code wins over the default"
    assert (edge.first_seen, edge.last_seen) == ("2024-03-02", "2024-03-09")


def test_statements_of_one_document_are_ordered_by_offset(store: GraphStore) -> None:
    later = rel("a", "b", T.TARGETS, "They struck again.", 90)
    earlier = rel("a", "b", T.TARGETS, "They struck.", 10)
    extraction = Extraction(
        document="order.txt",
        actors=(
            Actor("a", "Sarai Brigades", ActorType.ARMED_GROUP),
            Actor("b", "Camp Falcon", ActorType.FACILITY),
        ),
        relations=(later, earlier, later),  # the repeated sentence counts once
    )
    result = store.upsert_document(info_for(extraction), extraction)

    edge = edge_between(store, "sarai-brigades", "camp-falcon", T.TARGETS)
    assert [s.start for s in edge.statements] == [10, 90]
    assert result.statements_added == 2


# ------------------------------------------------------------ re-ingest, replace


def test_reingesting_the_same_document_changes_nothing(store: GraphStore) -> None:
    ingest(store, *ALL)
    before = snapshot(store)

    results = [store.upsert_document(info_for(e), e) for e in ALL]

    assert {r.status for r in results} == {"unchanged"}
    assert all(
        (r.actors_added, r.statements_added, r.statements_removed) == (0, 0, 0) for r in results
    )
    assert snapshot(store) == before


def test_ingest_order_does_not_change_the_graph(
    store: GraphStore, factory: Callable[[Path], GraphStore], tmp_path: Path
) -> None:
    # Known limit: an actor first stored under a bare alias ("US" alone) is not merged
    # afterwards when a later document links that alias to a full name; so the orders
    # compared here name each actor's aliases in both documents.
    ingest(store, STRIKE, FOLLOWUP)
    other = factory(tmp_path / "other")
    try:
        ingest(other, FOLLOWUP, STRIKE)
        # Ids come from the first name seen ("Iran" or "Islamic Republic of Iran");
        # the merging must not depend on it.
        assert other.stats() == store.stats()
        assert evidence_shape(other) == evidence_shape(store)
    finally:
        other.close()


def test_changed_document_replaces_only_its_own_evidence(store: GraphStore) -> None:
    ingest(store, *ALL)
    new_text = "Sarai Brigades drones hit Camp Falcon."
    revised = Extraction(
        document=STRIKE.document,
        date="2024-03-02",
        actors=STRIKE.actors[:3],
        relations=(rel("a2", "a3", T.TARGETS, new_text, 0),),
    )

    result = store.upsert_document(info_for(revised, "v2"), revised)

    assert (result.status, result.statements_added, result.statements_removed) == (
        "replaced",
        1,
        4,
    )
    edge = edge_between(store, "sarai-brigades", "camp-falcon", T.TARGETS)
    assert [(s.document, s.text) for s in edge.statements] == [
        (STRIKE.document, new_text),
        (FOLLOWUP.document, S_AGAIN),
    ]
    assert ("iran", "sarai-brigades", "BACKS", False) not in edge_ids(store)
    assert store.get_actor("hadi-karam") is None, "an actor only the old version named goes"
    iran = store.get_actor("iran")
    assert iran is not None and STRIKE.document not in iran.documents
    stored = store.get_document(STRIKE.document)
    assert stored is not None and stored.sha256 == info_for(revised, "v2").sha256


# ------------------------------------------------------------------------ delete


def test_delete_removes_only_what_the_document_supported(store: GraphStore) -> None:
    ingest(store, *ALL)

    assert store.delete_document(STRIKE.document) is True

    edges = edge_ids(store)
    assert ("iran", "sarai-brigades", "BACKS", False) not in edges
    assert ("united-states", "iran", "CRITICIZES", False) not in edges
    shared = edge_between(store, "sarai-brigades", "camp-falcon", T.TARGETS)
    assert [s.document for s in shared.statements] == [FOLLOWUP.document]
    assert store.get_actor("hadi-karam") is None
    assert store.search_actors("karam") == []
    us = store.get_actor("united-states")
    assert us is not None
    assert "Washington" not in us.aliases, "aliases only the deleted document gave go too"
    assert STRIKE.document not in us.documents
    assert store.get_document(STRIKE.document) is None


def test_delete_everything_leaves_an_empty_graph(store: GraphStore) -> None:
    ingest(store, *ALL)

    for extraction in ALL:
        assert store.delete_document(extraction.document)

    stats = store.stats()
    assert (stats.actors, stats.edges, stats.statements, stats.documents) == (0, 0, 0, 0)
    assert store.to_networkx().number_of_nodes() == 0


def test_delete_unknown_document_returns_false(store: GraphStore) -> None:
    ingest(store, STRIKE)

    assert store.delete_document("never-seen.txt") is False
    assert store.delete_document(STRIKE.document) is True
    assert store.delete_document(STRIKE.document) is False


# ----------------------------------------------------------------------- merging


def test_aliases_merge_actors_across_documents(store: GraphStore) -> None:
    ingest(store, *ALL)

    states = {a.id for a in store.search_actors("", actor_type=ActorType.STATE, limit=100)}
    assert states == {"united-states", "iran"}, "US / the United States / Iran merged"
    quill = edge_between(store, "mara-quill", "united-states", T.MEMBER_OF)
    assert quill.count == 1
    iran = store.get_actor("iran")
    assert iran is not None
    assert {"Tehran", "Islamic Republic of Iran", "Islamic Republic"} <= set(iran.aliases)


def test_two_local_actors_of_one_document_merge(store: GraphStore) -> None:
    extraction = Extraction(
        document="twice.txt",
        actors=(
            Actor("x", "United States", ActorType.STATE, ("Washington",)),
            Actor("y", "Washington", ActorType.STATE),
            Actor("z", "Iran", ActorType.STATE),
        ),
        relations=(rel("y", "z", T.SANCTIONS, "Washington sanctioned Iran.", 0),),
    )
    result = store.upsert_document(info_for(extraction), extraction)

    assert result.actors_added == 2
    edge_between(store, "united-states", "iran", T.SANCTIONS)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            Actor("p", "Iraq", ActorType.STATE),
            Actor("q", "Iraqi parliament", ActorType.GOVERNMENT_BODY, ("Iraq",)),
        ),
        (
            Actor("q", "Iraqi parliament", ActorType.GOVERNMENT_BODY, ("Iraq",)),
            Actor("p", "Iraq", ActorType.STATE),
        ),
        (
            Actor("p", "Iraq", ActorType.STATE, ("Baghdad",)),
            Actor("q", "Baghdad", ActorType.LOCATION),
        ),
    ],
    ids=["state-then-body", "body-then-state", "metonym-alias-vs-city"],
)
def test_alias_of_another_type_does_not_merge(
    store: GraphStore, first: Actor, second: Actor
) -> None:
    for n, actor in enumerate((first, second)):
        extraction = Extraction(document=f"doc{n}.txt", actors=(actor,))
        store.upsert_document(info_for(extraction), extraction)

    assert store.stats().actors == 2


def test_same_canonical_name_merges_across_near_types(store: GraphStore) -> None:
    for n, actor_type in enumerate((ActorType.STATE, ActorType.LOCATION)):
        extraction = Extraction(document=f"doc{n}.txt", actors=(Actor("a", "Iraq", actor_type),))
        store.upsert_document(info_for(extraction), extraction)

    [iraq] = store.search_actors("iraq")
    assert (iraq.id, iraq.type, len(iraq.documents)) == ("iraq", ActorType.STATE, 2)


def test_slug_collisions_get_a_suffix(store: GraphStore) -> None:
    extraction = Extraction(
        document="jordan.txt",
        actors=(Actor("a", "Jordan", ActorType.STATE), Actor("b", "Jordan", ActorType.PERSON)),
    )
    store.upsert_document(info_for(extraction), extraction)

    assert sorted(a.id for a in store.search_actors("jordan")) == ["jordan", "jordan-2"]


# ------------------------------------------------------------------------ search


@pytest.mark.parametrize(
    ("query", "expected_first"),
    [
        ("united states", "united-states"),
        ("UNITED STATES", "united-states"),
        ("u.s.", "united-states"),
        ("The United States", "united-states"),
        ("erbil", "erbil"),
        ("ÉRBIL", "erbil"),
        ("kataib al-nur", "kataib-al-nur"),
        ("Kataib al Nūr", "kataib-al-nur"),
        ("saraya", "sarai-brigades"),
        ("irgc", "iranian-revolutionary-guard-corps"),
    ],
)
def test_search_is_case_and_accent_insensitive(
    store: GraphStore, query: str, expected_first: str
) -> None:
    ingest(store, *ALL)

    assert store.search_actors(query)[0].id == expected_first


def test_search_ranks_exact_then_prefix_then_substring(store: GraphStore) -> None:
    ingest(store, *ALL)

    ids = [a.id for a in store.search_actors("iran")]
    assert ids == ["iran", "iranian-revolutionary-guard-corps"]
    assert [a.id for a in store.search_actors("brigades")] == ["sarai-brigades"]
    assert [a.id for a in store.search_actors("Sami")] == ["adel-sami"]
    # prefix "adel sami", then substrings by degree: "sarai brigades", "hadi karam"
    assert [a.id for a in store.search_actors("ad")] == [
        "adel-sami",
        "sarai-brigades",
        "hadi-karam",
    ]


def test_search_filters_by_type_and_limits(store: GraphStore) -> None:
    ingest(store, *ALL)

    armed = store.search_actors("", actor_type=ActorType.ARMED_GROUP, limit=100)
    assert {a.id for a in armed} == {
        "sarai-brigades",
        "kataib-al-nur",
        "iranian-revolutionary-guard-corps",
    }
    assert [a.id for a in store.search_actors("iran", actor_type=ActorType.ARMED_GROUP)] == [
        "iranian-revolutionary-guard-corps"
    ]
    assert len(store.search_actors("", limit=2)) == 2
    assert store.search_actors("zzz-nobody") == []


def test_empty_query_lists_all_by_degree(store: GraphStore) -> None:
    ingest(store, *ALL)

    everyone = store.search_actors("", limit=1000)
    assert len(everyone) == store.stats().actors
    assert everyone[0].id == "sarai-brigades"  # targets, is backed, allied, threatened, spoken for
    degrees = [a.degree for a in everyone]
    assert degrees == sorted(degrees, reverse=True)
    assert store.search_actors("", limit=1000) == everyone, "ordering is deterministic"


# ------------------------------------------------------------------- connections


def test_connections_are_strongest_first(store: GraphStore) -> None:
    ingest(store, *ALL)

    found = store.connections("sarai-brigades")
    assert (found[0].neighbour.id, found[0].edge.type, found[0].edge.count) == (
        "camp-falcon",
        T.TARGETS,
        2,
    )
    assert found[0].direction is Direction.OUT
    rest = [(c.edge.type.value, c.neighbour.name) for c in found[1:]]
    assert rest == sorted(rest), "ties ordered by type, then neighbour name"
    assert len(store.connections("sarai-brigades", limit=2)) == 2


def test_connection_neighbours_count_their_documents(store: GraphStore) -> None:
    ingest(store, *ALL)

    for actor in ("sarai-brigades", "iran"):
        for connection in store.connections(actor, include_negated=True):
            neighbour = connection.neighbour
            full = store.get_actor(neighbour.id)
            assert full is not None
            assert neighbour.document_count == len(full.documents) > 0, neighbour.id
            # A page may leave the list out; what it does list is the actor's.
            assert set(neighbour.documents) <= set(full.documents)


def test_connections_filter_by_type_and_direction(store: GraphStore) -> None:
    ingest(store, *ALL)

    only_backs = store.connections("sarai-brigades", relation_types=[T.BACKS])
    assert [(c.neighbour.id, c.direction) for c in only_backs] == [("iran", Direction.IN)]
    outgoing = {c.edge.type for c in store.connections("sarai-brigades", direction=Direction.OUT)}
    assert T.BACKS not in outgoing and T.THREATENS not in outgoing
    incoming = {c.edge.type for c in store.connections("sarai-brigades", direction=Direction.IN)}
    assert T.TARGETS not in incoming and {T.BACKS, T.THREATENS} <= incoming


def test_symmetric_relations_match_both_directions(store: GraphStore) -> None:
    ingest(store, *ALL)

    for actor, direction in [
        ("sarai-brigades", Direction.OUT),
        ("sarai-brigades", Direction.IN),
        ("kataib-al-nur", Direction.IN),
    ]:
        types = {c.edge.type for c in store.connections(actor, direction=direction)}
        assert T.ALLIED_WITH in types, (actor, direction)
    [ally] = store.connections("sarai-brigades", relation_types=[T.ALLIED_WITH])
    assert ally.direction is Direction.IN, "the stored direction is reported as read"
    assert (ally.edge.source, ally.edge.target) == ("kataib-al-nur", "sarai-brigades")


def test_negated_edges_are_hidden_unless_asked_for(store: GraphStore) -> None:
    ingest(store, *ALL)

    assert store.connections("us-embassy") == []
    [denied] = store.connections("us-embassy", include_negated=True)
    assert (denied.neighbour.id, denied.edge.negated, denied.direction) == (
        "iraqi-government",
        True,
        Direction.IN,
    )
    assert denied.edge.statements[0].source_actor == "adel-sami"
    embassy = store.get_actor("us-embassy")
    assert embassy is not None and embassy.degree == 0, "a negated edge is not asserted"


def test_connections_of_unknown_actor_raise(store: GraphStore) -> None:
    ingest(store, STRIKE)

    with pytest.raises(NotFoundError, match="nobody"):
        store.connections("nobody")


# ------------------------------------------------------------------- edge pages

SELECTIONS = {
    "asserted": EdgeSelection(),
    "with denied": EdgeSelection(include_negated=True),
    "two types": EdgeSelection(relation_types=frozenset({T.TARGETS, T.BACKS})),
    "denied targets": EdgeSelection(relation_types=frozenset({T.TARGETS}), include_negated=True),
    "no type": EdgeSelection(relation_types=frozenset()),
    "confident": EdgeSelection(min_confidence=0.7, include_negated=True),
    "seen by day": EdgeSelection(seen_by="2024-03-02", include_negated=True),
    "seen before all": EdgeSelection(seen_by="2024-02-29"),
}


@pytest.mark.parametrize("name", SELECTIONS)
def test_edge_pages_select_and_order_like_the_whole_edge_list(
    store: GraphStore, name: str
) -> None:
    dated = Extraction(
        document="2024-03-12-dated.txt",
        date="2024-03",
        actors=(Actor("d1", "Iran", ActorType.STATE), Actor("d2", "Érbil", ActorType.LOCATION)),
        relations=(rel("d1", "d2", T.TARGETS, "Iran struck near Erbil in March.", 0),),
    )
    ingest(store, *ALL, dated)
    selection = SELECTIONS[name]

    expected = sorted(
        (e for e in store.edges() if selection.keeps(e)),
        key=lambda e: (e.source, e.target, e.type.value, e.negated),
    )
    whole = store.edge_page(selection, limit=1000)
    assert whole.total == len(expected)
    assert whole.items == expected
    paged = [e for start in range(0, 14, 3) for e in store.edge_page(
        selection, offset=start, limit=3
    ).items]
    assert paged == expected
    assert store.edge_page(selection, offset=len(expected), limit=5).items == []


@pytest.mark.parametrize("name", ["asserted", "with denied", "two types", "seen by day"])
def test_edge_keys_name_the_edges_connections_give(store: GraphStore, name: str) -> None:
    ingest(store, *ALL)
    selection = SELECTIONS[name]

    for actor in ("sarai-brigades", "iraqi-government", "camp-falcon"):
        keys = store.edge_keys(actor, selection)
        expected = {
            (c.edge.source, c.edge.target, c.edge.type, c.edge.negated)
            for c in store.connections(actor, include_negated=True)
            if selection.keeps(c.edge)
        }
        assert {tuple(k) for k in keys} == expected, actor
    strongest = store.edge_keys("sarai-brigades", SELECTIONS["asserted"], limit=1)
    assert [tuple(k) for k in strongest] == [("sarai-brigades", "camp-falcon", T.TARGETS, False)]
    with pytest.raises(NotFoundError):
        store.edge_keys("nobody", selection)


@pytest.mark.parametrize("name", ["asserted", "with denied", "no type", "confident"])
def test_edge_keys_of_several_actors_match_one_at_a_time(store: GraphStore, name: str) -> None:
    ingest(store, *ALL)
    selection = SELECTIONS[name]
    everyone = sorted(a.id for a in store.search_actors("", limit=1000))

    for limit in (1, 2, 100):
        together = store.edge_keys_of([*everyone, "nobody"], selection, limit=limit)
        assert sorted(together) == everyone, "unknown ids are left out"
        for actor in everyone:
            assert together[actor] == store.edge_keys(actor, selection, limit=limit), actor
    assert store.edge_keys_of([], selection) == {}


def test_edge_page_pins_both_ends(store: GraphStore) -> None:
    ingest(store, *ALL)

    ends = ("iraqi-government", "us-embassy")
    assert store.edge_page(EdgeSelection(ends=ends)).items == []
    [denied] = store.edge_page(EdgeSelection(ends=ends, include_negated=True)).items
    assert (denied.source, denied.target, denied.negated) == (*ends, True)
    assert store.edge_page(EdgeSelection(ends=ends[::-1], include_negated=True)).total == 0


def test_shortest_paths_read_through_any_store(store: GraphStore) -> None:
    ingest(store, *ALL)

    found = queries.shortest_paths(store, "mara-quill", "iraqi-government")
    assert found.total == 1
    [route] = found.items
    assert [(step.source.id, step.target.id) for step in route] == [
        ("mara-quill", "adel-sami"),
        ("adel-sami", "iraqi-government"),
    ]
    assert [e.statements[0].text for step in route for e in step.edges] == [S_MEET, S_LEAD]
    assert route[0].source.documents == ("2024-03-05-talks.txt",)
    dated = queries.shortest_paths(
        store,
        "mara-quill",
        "iraqi-government",
        edge_filter=queries.EdgeFilter(date_from="2024-03-04"),
    )
    assert dated.items == found.items
    assert queries.shortest_paths(
        store, "mara-quill", "iraqi-government", edge_filter=queries.EdgeFilter(as_of="2024-03-04")
    ).total == 0


def test_edge_page_selections_are_not_empty_by_accident(store: GraphStore) -> None:
    """The table above compares with `edges()`: check it selects what it says."""
    ingest(store, *ALL)

    counts = {name: store.edge_page(s, limit=0).total for name, s in SELECTIONS.items()}
    assert counts["asserted"] == 10 and counts["with denied"] == 11
    assert counts["no type"] == 0 and counts["seen before all"] == 0
    assert counts["denied targets"] == 2
    assert 0 < counts["seen by day"] < counts["with denied"]
    assert 0 < counts["confident"] < counts["with denied"]


# ------------------------------------------------------------ stats and exports


def test_stats_count_everything(store: GraphStore) -> None:
    ingest(store, *ALL)

    stats = store.stats()
    assert (stats.documents, stats.statements, stats.edges) == (3, 12, 11)
    assert stats.actors == 12
    assert stats.actors_by_type["STATE"] == 2
    assert stats.actors_by_type["ARMED_GROUP"] == 3
    assert stats.edges_by_type["TARGETS"] == 1
    assert stats.edges_by_type["TARGETS:negated"] == 1
    assert sum(stats.edges_by_type.values()) == stats.edges
    assert sum(stats.actors_by_type.values()) == stats.actors


def test_to_networkx_has_typed_nodes_and_keyed_edges(store: GraphStore) -> None:
    ingest(store, *ALL)

    graph = store.to_networkx()
    assert graph.number_of_nodes() == store.stats().actors
    assert graph.nodes["united-states"]["name"] == "United States"
    assert graph.nodes["united-states"]["type"] == "STATE"
    assert "Washington" in graph.nodes["united-states"]["aliases"]
    edge = graph.edges["iraqi-government", "us-embassy", "TARGETS:negated"]["edge"]
    assert isinstance(edge, Edge) and edge.negated
    assert graph.edges["sarai-brigades", "camp-falcon", "TARGETS"]["edge"].count == 2

    graph.remove_node("united-states")
    assert store.to_networkx().has_node("united-states"), "callers get a copy"


def test_ping(store: GraphStore) -> None:
    assert store.ping() is True


# ------------------------------------------------------------------ bad input


def test_relation_to_unknown_actor_is_rejected_without_change(store: GraphStore) -> None:
    ingest(store, STRIKE)
    before = snapshot(store)
    broken = Extraction(
        document="broken.txt",
        actors=(Actor("a", "Iran", ActorType.STATE),),
        relations=(rel("a", "ghost", T.TARGETS, "Iran struck.", 0),),
    )

    with pytest.raises(ValueError, match="ghost"):
        store.upsert_document(info_for(broken), broken)
    assert snapshot(store) == before


def test_document_id_must_match_the_extraction(store: GraphStore) -> None:
    with pytest.raises(ValueError, match="does not match"):
        store.upsert_document(info_for(TALKS), STRIKE)


def test_an_actors_cameo_code_is_kept(store: GraphStore) -> None:
    extraction = Extraction(
        document="codes.txt",
        actors=(
            Actor("a1", "Iran", ActorType.STATE, cameo_code="IRN"),
            Actor("a2", "Sarai Brigades", ActorType.ARMED_GROUP),
        ),
        relations=(rel("a1", "a2", T.BACKS, S_BACKS, 0),),
    )
    ingest(store, extraction)
    codes = {record.name: record.cameo_code for record in store.search_actors("", limit=10)}
    assert codes == {"Iran": "IRN", "Sarai Brigades": None}
    (iran,) = store.search_actors("Iran", limit=1)
    assert store.get_actor(iran.id).cameo_code == "IRN"


# ------------------------------------------------- connection pages and evidence

S_SIEGE = "Sarai Brigades fighters shelled Camp Falcon from the east."
S_SIEGE_2 = "A second barrage by the Sarai Brigades hit the camp's gate."
S_PURGE = "The Sarai Brigades purged commanders of the Sarai Brigades."


def siege(document: str, date: str, sentences: int) -> Extraction:
    """A report with `sentences` statements of the Sarai Brigades shelling Camp Falcon,
    written out of offset order, and one statement of the group against itself."""
    # Written out of offset order: the last statement written starts first.
    shelling = (
        rel("s1", "s2", T.TARGETS, S_SIEGE if i % 2 == 0 else S_SIEGE_2, 900 - 60 * i, date=date)
        for i in range(sentences)
    )
    return Extraction(
        document=document,
        date=date,
        actors=(
            Actor("s1", "Sarai Brigades", ActorType.ARMED_GROUP),
            Actor("s2", "Camp Falcon", ActorType.FACILITY),
            Actor("s3", "Iran", ActorType.STATE),
        ),
        relations=(
            *shelling,
            rel("s1", "s1", T.OPPOSES, S_PURGE, 1000),
            rel("s3", "s1", T.COOPERATES_WITH, S_SIEGE_2, 1060),
        ),
    )


# Document ids that sort apart from their statement ids ("#" inside one, digits of
# unequal length) and reports ingested out of their id order.
SIEGES = (
    siege("2024-04-10-siege.txt", "2024-04-10", 3),
    siege("2024-04-02-siege#2.txt", "2024-04-02", 2),
    siege("2024-04-02-siege.txt", "2024-04-02", 12),
)


def page_view(page: list[Connection]) -> list[tuple[object, ...]]:
    return [(c.neighbour, c.direction, c.edge) for c in page]


@pytest.mark.parametrize(
    ("direction", "types", "negated"),
    [
        (Direction.BOTH, None, False),
        (Direction.BOTH, None, True),
        (Direction.OUT, None, False),
        (Direction.IN, None, True),
        (Direction.IN, [T.TARGETS, T.OPPOSES], False),
        (Direction.OUT, [T.ALLIED_WITH, T.COOPERATES_WITH], False),
    ],
)
def test_connection_pages_are_connections_paged_with_evidence_capped(
    store: GraphStore,
    direction: Direction,
    types: list[RelationType] | None,
    negated: bool,
) -> None:
    ingest(store, *ALL, *SIEGES)

    for actor in ("sarai-brigades", "camp-falcon", "iran", "us-embassy"):
        every = store.connections(
            actor, relation_types=types, direction=direction, include_negated=negated, limit=1000
        )
        for offset, limit, cap in [(0, 100, None), (0, 100, 3), (0, 2, 1), (1, 3, 0), (5, 2, 2)]:
            page = store.connection_page(
                actor,
                relation_types=types,
                direction=direction,
                include_negated=negated,
                offset=offset,
                limit=limit,
                evidence_limit=cap,
            )
            assert page.total == len(every), (actor, offset)
            expected = [
                Connection(c.neighbour, c.direction, c.edge.capped(cap))
                for c in every[offset : offset + limit]
            ]
            assert page_view(page.items) == page_view(expected), (actor, offset, limit, cap)


def test_a_capped_edge_keeps_its_count_dates_and_first_statements(store: GraphStore) -> None:
    ingest(store, *ALL, *SIEGES)

    [whole] = store.connections("camp-falcon", relation_types=[T.TARGETS])
    page = store.connection_page("camp-falcon", relation_types=[T.TARGETS], evidence_limit=3)
    [capped] = [c.edge for c in page.items]
    assert whole.edge.count == 2 + 3 + 2 + 12 == capped.count
    assert len(capped.statements) == 3
    assert capped.statements == whole.edge.statements[:3]
    assert (capped.first_seen, capped.last_seen) == ("2024-03-02", "2024-04-10")
    assert (capped.confidence, capped.cameo) == (whole.edge.confidence, whole.edge.cameo)
    # The self-loop comes once, on the way out, whichever way is asked for.
    for direction in Direction:
        loops = [
            c
            for c in store.connection_page("sarai-brigades", direction=direction).items
            if c.neighbour.id == "sarai-brigades"
        ]
        assert [(c.direction, c.edge.type) for c in loops] == [(Direction.OUT, T.OPPOSES)]


def test_edge_evidence_pages_every_statement_in_order(store: GraphStore) -> None:
    ingest(store, *ALL, *SIEGES)
    [whole] = store.connections("camp-falcon", relation_types=[T.TARGETS])
    key = EdgeKey(whole.edge.source, whole.edge.target, whole.edge.type, whole.edge.negated)

    statements = whole.edge.statements
    documents = [s.document for s in statements]
    assert documents == sorted(documents), "an edge's statements are in document order"
    for size in (1, 2, 5, 50):
        pages = [store.edge_evidence(key, offset=o, limit=size) for o in range(0, 20, size)]
        assert {p.total for p in pages} == {len(statements)}
        assert [s for p in pages for s in p.items] == list(statements), size
        assert {p.edge for p in pages} == {key}
    assert store.edge_evidence(key, offset=19).items == []
    assert store.edge_evidence(key, limit=0).items == []


def test_edge_evidence_of_an_edge_not_held_raises(store: GraphStore) -> None:
    ingest(store, *ALL)

    for key in [
        EdgeKey("camp-falcon", "sarai-brigades", T.TARGETS, False),  # the other way
        EdgeKey("sarai-brigades", "camp-falcon", T.TARGETS, True),  # not denied
        EdgeKey("sarai-brigades", "camp-falcon", T.BACKS, False),
        EdgeKey("nobody", "camp-falcon", T.TARGETS, False),
    ]:
        with pytest.raises(NotFoundError, match=r"no .* edge from"):
            store.edge_evidence(key)
    denied = store.edge_evidence(EdgeKey("iraqi-government", "us-embassy", T.TARGETS, True))
    assert denied.total == 1 and denied.items[0].source_actor == "adel-sami"


def test_connection_page_of_unknown_actor_raises(store: GraphStore) -> None:
    ingest(store, STRIKE)

    with pytest.raises(NotFoundError, match="nobody"):
        store.connection_page("nobody")
    assert store.connection_page("camp-falcon", offset=10).items == []
    assert store.connection_page("camp-falcon", offset=10).total == 1
