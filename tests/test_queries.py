"""graph/queries.py directly: the bounds that keep one request from walking the
whole graph, and the partial-date rule of the date filters."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from actorgraph.graph import queries
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.models import Statement
from tests.samples import fill


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    graph_store = EmbeddedStore(tmp_path / "g.sqlite3")
    fill(graph_store)
    yield graph_store
    graph_store.close()


@pytest.mark.parametrize(
    ("date", "date_from", "date_to", "passes"),
    [
        ("2021-03-04", "2021-03-04", "2021-03-04", True),
        ("2021-03-04", "2021-03-05", None, False),
        ("2021-03-04", None, "2021-03-03", False),
        ("2021-03", "2021-03-31", None, True),  # a month overlaps its last day
        ("2021-03", None, "2021-03-01", True),
        ("2021-03", "2021-04-01", None, False),
        ("2021", "2021-12-31", "2022-01-05", True),
        ("2021", "2022-01-01", None, False),
        ("2021-03-04T10:00:00", "2021-03-04", "2021-03-04", True),
        (None, "2000-01-01", None, False),  # undated never passes a date filter
        (None, None, None, True),
    ],
)
def test_statement_date_filter(
    date: str | None, date_from: str | None, date_to: str | None, passes: bool
) -> None:
    flt = queries.EdgeFilter(date_from=date_from, date_to=date_to)
    assert flt.statement_passes(Statement("d.txt", "x", 0, 1, date=date)) is passes


def test_ego_network_stops_at_its_edge_budget(store: EmbeddedStore) -> None:
    whole = queries.ego_network(store, "crimson-brigade", depth=3)
    assert not whole.truncated and len(whole.edges) == 5
    cut = queries.ego_network(store, "crimson-brigade", depth=3, max_edges=3)
    assert cut.truncated
    assert len(cut.edges) < len(whole.edges)


def test_ego_network_expands_at_most_max_actors(store: EmbeddedStore) -> None:
    whole = queries.ego_network(store, "crimson-brigade", depth=2)
    assert len({e.near for e in whole.edges}) == 3
    cut = queries.ego_network(store, "crimson-brigade", depth=2, max_actors=2)
    assert cut.truncated
    assert len({e.near for e in cut.edges}) == 2  # the centre and one neighbour


def test_path_search_says_when_a_bound_stopped_it(store: EmbeddedStore) -> None:
    found = queries.shortest_paths(store, "omar-haddad", "ostrava")
    assert found.total == 1 and not found.truncated
    stopped = queries.shortest_paths(store, "omar-haddad", "ostrava", max_edges=2)
    assert stopped.items == [] and stopped.truncated
