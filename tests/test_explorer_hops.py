"""The neighbourhood page reads each hop of its walk in one store read for the whole
frontier (`GraphStore.connections_of`), and draws exactly the page that reading each
actor's connections one by one drew, on every store."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from actorgraph.domain import Actor, ActorType, Extraction, RelationType
from actorgraph.graph import ladybug_store
from actorgraph.graph.explorer import EdgeFilter, neighbourhood_graph, render_explorer
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.models import ConnectionPage
from actorgraph.graph.store import GraphStore, connections_one_by_one
from tests.test_store_contract import T, factory, ingest, rel, store

__all__ = ["factory", "store"]  # the contract suite's store fixtures, over every backend

SPOKES = 9  # the Vell Legion's allies; the first three also fight each other


def _actor(local: str, name: str, kind: ActorType = ActorType.ARMED_GROUP) -> Actor:
    return Actor(local, name, kind)


def bulletins() -> list[Extraction]:
    """An invented war: the Vell Legion works with SPOKES militias, the stronger ties
    reported in more bulletins; the first militias clash with each other, one meets
    itself in a split congress (a self-loop), a truce (symmetric) and a denied attack
    among them, and each militia holds a town, so that depth 2 reaches further."""
    found: list[Extraction] = []
    for n in range(SPOKES):
        militia = f"m{n}"
        actors = (
            _actor("legion", "Vell Legion"),
            _actor(militia, f"Militia of Orra {n}"),
            _actor(f"t{n}", f"Town of Pell {n}", ActorType.LOCATION),
        )
        # Ties of 1, 2 or 3 bulletins: equal counts make the order fall to type and name.
        for copy in range(n % 3 + 1):
            text = f"Bulletin {n}-{copy}: the Vell Legion armed militia {n} of Orra."
            found.append(
                Extraction(
                    document=f"2024-05-{n + 1:02d}-bulletin-{n}-{copy}.txt",
                    date=f"2024-05-{n + 1:02d}",
                    actors=actors,
                    relations=(
                        rel("legion", militia, T.BACKS, text, 0, date=f"2024-05-{n + 1:02d}"),
                        rel(militia, f"t{n}", T.CONTROLS, f"Militia {n} holds Pell {n}.", 90),
                    ),
                )
            )
    clashes = Extraction(
        document="2024-06-01-clashes.txt",
        date="2024-06-01",
        actors=(
            _actor("m0", "Militia of Orra 0"),
            _actor("m1", "Militia of Orra 1"),
            _actor("m2", "Militia of Orra 2"),
        ),
        relations=(
            rel("m0", "m1", T.TARGETS, "Militia 0 shelled militia 1 near the ford.", 0),
            rel("m1", "m2", T.CEASEFIRE_WITH, "Militias 1 and 2 agreed a truce.", 50),
            rel("m2", "m0", T.TARGETS, "Militia 2 denied raiding militia 0.", 90, negated=True),
            rel("m0", "m0", T.MEETS_WITH, "Militia 0 met its own breakaway wing.", 140),
        ),
    )
    return [*found, clashes]


class OneByOne:
    """A store as the walk read it before: one `connection_page` per frontier actor,
    every connection of its page (`within` is not passed on: the walk drops the others)."""

    def __init__(self, inner: GraphStore) -> None:
        self.inner = inner
        self.calls = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def connections_of(
        self, actor_ids: Sequence[str], *, within: object = None, **options: Any
    ) -> dict[str, ConnectionPage]:
        self.calls += 1
        return connections_one_by_one(self.inner, actor_ids, **options)


class Counting:
    """A store that counts the walk's reads of connections."""

    def __init__(self, inner: GraphStore) -> None:
        self.inner = inner
        self.levels: list[list[str]] = []
        self.pages = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def connections_of(
        self, actor_ids: Sequence[str], **options: Any
    ) -> dict[str, ConnectionPage]:
        self.levels.append(list(actor_ids))
        found: dict[str, ConnectionPage] = self.inner.connections_of(actor_ids, **options)
        return found

    def connection_page(self, *args: Any, **options: Any) -> Any:
        self.pages += 1
        return self.inner.connection_page(*args, **options)


def _page(store: Any, depth: int, **options: Any) -> tuple[str, bool]:
    graph = neighbourhood_graph(store, "vell-legion", depth, **options)
    edge_filter = options.get("edge_filter")
    page = render_explorer(
        graph, title="t", focus="vell-legion", api_base="", edge_filter=edge_filter, depth=depth
    )
    return page, bool(graph.graph["truncated"])


@pytest.mark.parametrize(
    ("relation_types", "include_negated", "limit", "evidence_limit"),
    [
        (None, False, 50, 3),
        (None, True, 1, 0),
        (None, True, 2, None),
        ((T.TARGETS, T.CEASEFIRE_WITH, T.MEETS_WITH), True, 50, 2),
        ((T.TARGETS, T.MEETS_WITH), False, 1, 5),
        ((T.CONTROLS,), False, 50, None),
    ],
)
def test_connections_of_gives_each_actors_page(
    store: GraphStore,
    relation_types: tuple[RelationType, ...] | None,
    include_negated: bool,
    limit: int,
    evidence_limit: int | None,
) -> None:
    ingest(store, *bulletins())
    actors = ["vell-legion", "militia-of-orra-0", "militia-of-orra-1", "militia-of-orra-2"]
    actors += ["town-of-pell-4", "nobody"]
    options: dict[str, Any] = {
        "relation_types": relation_types,
        "include_negated": include_negated,
        "limit": limit,
        "evidence_limit": evidence_limit,
    }
    together = store.connections_of(actors, **options)
    assert list(together) == actors[:-1], "known actors in the order asked, unknown left out"
    for actor_id in actors[:-1]:
        alone = store.connection_page(actor_id, **options)
        assert together[actor_id] == alone, actor_id
    assert sum(len(page.items) for page in together.values()) > 0
    assert store.connections_of([], **options) == {}
    # `within` keeps a page's connections to those actors, cut and counted as before.
    within = {"vell-legion", "militia-of-orra-1", "town-of-pell-0"}
    narrowed = store.connections_of(actors, within=within, **options)
    assert list(narrowed) == actors[:-1]
    for actor_id, page in together.items():
        kept = [c for c in page.items if c.neighbour.id in within]
        assert narrowed[actor_id] == ConnectionPage(page.total, kept), actor_id
    assert store.connections_of(actors, within=set(), **options) == {
        actor_id: ConnectionPage(page.total, []) for actor_id, page in together.items()
    }


@pytest.mark.parametrize(
    ("depth", "max_nodes", "per_actor", "edge_filter"),
    [
        (1, 500, 200, None),
        (2, 500, 200, None),
        (3, 500, 200, EdgeFilter()),
        (2, 6, 200, None),
        (2, 500, 2, EdgeFilter()),
        (3, 4, 3, None),
        (2, 500, 200, EdgeFilter(include_negated=True, types=frozenset({T.TARGETS, T.BACKS}))),
        (2, 8, 2, EdgeFilter(types=frozenset({T.CONTROLS, T.BACKS}))),
    ],
)
def test_the_page_is_the_one_read_actor_by_actor(
    store: GraphStore,
    depth: int,
    max_nodes: int,
    per_actor: int,
    edge_filter: EdgeFilter | None,
) -> None:
    ingest(store, *bulletins())
    options = {"max_nodes": max_nodes, "per_actor": per_actor, "edge_filter": edge_filter}
    before = OneByOne(store)
    expected = _page(before, depth, **options)
    counting = Counting(store)
    assert _page(counting, depth, **options) == expected
    assert before.calls == len(counting.levels) == depth + 1, "one read per hop"
    assert counting.pages == 0, "no actor is read on its own"
    if max_nodes < 500 or per_actor < 200:
        assert expected[1] is True, "a limit that cuts says so"


def test_a_hop_reads_its_whole_frontier_at_once(store: GraphStore) -> None:
    ingest(store, *bulletins())
    counting = Counting(store)
    graph = neighbourhood_graph(counting, "vell-legion", 2)
    hub, spokes, towns = counting.levels
    assert hub == ["vell-legion"]
    assert sorted(spokes) == sorted(f"militia-of-orra-{n}" for n in range(SPOKES))
    assert sorted(towns) == sorted(f"town-of-pell-{n}" for n in range(SPOKES))
    assert graph.number_of_nodes() == 1 + 2 * SPOKES
    assert graph.graph["truncated"] is False


def test_ladybug_queries_do_not_grow_with_the_frontier(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading the frontier costs the same number of queries for two actors as for
    nineteen (round trips were most of a hub's page), but for each actor's ranked edges,
    read by its key one way and the other: read for all at once, the join to the
    Evidence nodes was planned over the whole table and overflowed the pool at 1M."""
    queries: list[str] = []
    rows = ladybug_store._Tx.rows

    def counted(self: Any, query: str, /, **params: Any) -> Any:
        queries.append(query)
        return rows(self, query, **params)

    with LadybugStore(tmp_path / "graph") as lady:
        ingest(lady, *bulletins())
        monkeypatch.setattr(ladybug_store._Tx, "rows", counted)
        small = len(lady.connections_of(["militia-of-orra-3", "town-of-pell-3"]))
        first = list(queries)
        queries.clear()
        everyone = [a.id for a in lady.search_actors("", limit=100)]
        queries.clear()
        found = lady.connections_of(everyone)
    assert (small, len(found)) == (2, 1 + 2 * SPOKES)

    def shared(listed: list[str]) -> list[str]:
        return [q for q in listed if not q.startswith("MATCH (a:Actor {id: $id})")]

    assert len(shared(queries)) == len(shared(first))
    assert len(queries) - len(shared(queries)) <= 2 * len(found)
