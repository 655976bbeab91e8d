"""Actor search on every store (SQLite, Ladybug, Neo4j): names the gazetteer knows,
accents and case, close spellings, and one ranking (graph/search.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from actorgraph.domain import Actor, ActorType, Evidence, Extraction, Relation, RelationType
from actorgraph.graph import queries, search
from actorgraph.graph.search import MatchKind
from actorgraph.graph.store import GraphStore
from tests.test_store_contract import STORE_FACTORIES, info_for


@pytest.fixture(params=[*sorted(STORE_FACTORIES), "neo4j"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    if request.param == "neo4j":
        factory: Callable[[Path], GraphStore] = request.getfixturevalue("neo4j_store_factory")
    else:
        factory = STORE_FACTORIES[request.param]
    graph_store = factory(tmp_path)
    yield graph_store
    graph_store.close()


def put(store: GraphStore, document: str, *names: tuple[str, ActorType]) -> None:
    """One document mentioning these actors (the first targets the second, if any)."""
    actors = tuple(Actor(f"a{n}", name, type_) for n, (name, type_) in enumerate(names))
    relations: tuple[Relation, ...] = ()
    if len(actors) > 1:
        text = f"{names[0][0]} shelled a post held by {names[1][0]}."
        relations = (Relation("a0", "a1", RelationType.TARGETS, (Evidence(text, 0, len(text)),)),)
    extraction = Extraction(document=document, actors=actors, relations=relations)
    store.upsert_document(info_for(extraction), extraction)


G = ActorType.ARMED_GROUP


def ids(store: GraphStore, query: str, **kwargs: object) -> list[str]:
    return [a.id for a in store.search_actors(query, **kwargs)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("AAH", "asaib-ahl-al-haq"),
        ("aah", "asaib-ahl-al-haq"),
        ("League of the Righteous", "asaib-ahl-al-haq"),
        ("ansar allah", "houthis"),
        ("Ansarullah", "houthis"),
        ("IRGC", "islamic-revolutionary-guard-corps"),
        ("revolutionary guards", "islamic-revolutionary-guard-corps"),
    ],
)
def test_search_finds_names_the_gazetteer_knows(
    store: GraphStore, query: str, expected: str
) -> None:
    put(store, "one.txt", ("Asa'ib Ahl al-Haq", G), ("Houthis", G))
    put(store, "two.txt", ("Islamic Revolutionary Guard Corps", G), ("Iraq", ActorType.STATE))

    assert ids(store, query) == [expected]
    page = queries.search_actors(store, query)
    assert [m.kind for m in page.matches] == [MatchKind.ALIAS]
    assert not page.fuzzy


def test_a_capital_does_not_find_its_state(store: GraphStore) -> None:
    put(store, "one.txt", ("Iraq", ActorType.STATE), ("Houthis", G))

    assert ids(store, "Baghdad") == []


@pytest.mark.parametrize(
    "query",
    ["Kataib Hezbollah", "kataib", "KATAIB HEZB", "Kata’ib", "Kataïb Hezbollah", "kata'ib"],
)
def test_search_ignores_accents_case_and_apostrophes(store: GraphStore, query: str) -> None:
    put(store, "one.txt", ("Kata'ib Hezbollah", G), ("Iraq", ActorType.STATE))

    assert ids(store, query) == ["kataib-hezbollah"]


def test_close_spellings_are_found_after_everything_written_alike(store: GraphStore) -> None:
    put(store, "one.txt", ("Hezbollah", G), ("Iraq", ActorType.STATE))
    put(store, "two.txt", ("Hezbollah Veterans League", G), ("Iran", ActorType.STATE))

    assert ids(store, "Hezbolah") == ["hezbollah"]
    page = queries.search_actors(store, "Hezbolah")
    assert page.fuzzy and [m.kind for m in page.matches] == [MatchKind.FUZZY]
    # Two states a letter apart are different states, not a typo of each other.
    assert ids(store, "Iran") == ["iran"]
    assert ids(store, "zzzz nobody") == []


def test_ranking_is_exact_prefix_alias_substring_fuzzy(store: GraphStore) -> None:
    # Each in a document of its own, so that none merges with another; the degree
    # (one edge each, to a shared target) ties, so only the kind of match orders them.
    named = [
        ("Qudss Force", "fuzzy"),
        ("Veterans of the Quds Force Academy", "substring"),
        ("Qods Force", "alias"),
        ("Quds Force Command", "prefix"),
        ("Quds Force", "exact"),
    ]
    for n, (name, _) in enumerate(named):
        put(store, f"d{n}.txt", (name, G), ("Erbil", ActorType.LOCATION))

    found = store.search_actors("quds force")
    assert [a.name for a in found] == [name for name, _ in reversed(named)]
    page = queries.search_actors(store, "QUDS FORCE")
    assert [m.kind.label for m in page.matches] == [kind for _, kind in reversed(named)]
    assert store.search_actors("quds force") == found, "ordering is deterministic"
    assert [a.name for a in store.search_actors("quds force", limit=2)] == [
        "Quds Force",
        "Quds Force Command",
    ]


def test_type_filter_applies_to_every_kind_of_match(store: GraphStore) -> None:
    put(store, "one.txt", ("Houthis", G), ("Houthi Coast", ActorType.LOCATION))

    assert ids(store, "ansar allah", actor_type=ActorType.LOCATION) == []
    assert ids(store, "houthi", actor_type=ActorType.LOCATION) == ["houthi-coast"]
    # both start with "houthi" and have one edge each: by name
    assert ids(store, "houthi") == ["houthi-coast", "houthis"]


def test_classify_agrees_with_the_store(store: GraphStore) -> None:
    put(store, "one.txt", ("Asa'ib Ahl al-Haq", G), ("Houthis", G))

    [hit] = store.search_actors("AAH")
    match = search.classify("AAH", (hit.name, *hit.aliases))
    assert match is not None and match.kind is MatchKind.ALIAS
    assert search.classify("AAH", ("Houthis",)) is None
