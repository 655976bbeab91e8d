"""A path's edges list their first evidence sentences, not all of them: a busy edge on
a path between two hubs has thousands, which GET /relations/{source}/{type}/{target}
pages. `count` and the dates stay those of every statement. On every store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from actorgraph.api import create_app
from actorgraph.api.params import DEFAULT_EVIDENCE_LIMIT
from actorgraph.graph import queries
from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.models import Edge
from actorgraph.graph.queries import EdgeFilter
from actorgraph.graph.store import GraphStore
from actorgraph.settings import Settings
from tests.test_sources_contract import S_SHELL, S_WARN, story
from tests.test_store_contract import T, factory, info_for, rel, store

__all__ = ["factory", "store"]  # the parametrised fixtures, used here by name

SHELLINGS = 5  # documents telling the shelling, one a day from 1 March 2021
LOWMARK, CHECKPOINT = "lowmark", "quarry-road-checkpoint"


def fill(store: GraphStore) -> None:
    """Lowmark warned Red Hand (once); Red Hand shelled the checkpoint (five times):
    the path from Lowmark to the checkpoint has two steps."""
    for day in range(1, SHELLINGS + 1):
        doc = story(f"shelling-{day}.txt", rel("a1", "a2", T.TARGETS, S_SHELL, 0),
                    date=f"2021-03-0{day}")
        store.upsert_document(info_for(doc), doc)
    warning = story("warning.txt", rel("a3", "a1", T.THREATENS, S_WARN, 0), date="2021-03-01")
    store.upsert_document(info_for(warning), warning)


def shelling_edge(store: GraphStore, **options: object) -> Edge:
    found = queries.shortest_paths(store, LOWMARK, CHECKPOINT, **options)  # type: ignore[arg-type]
    (path,) = found.items
    assert [(s.source.id, s.target.id) for s in path] == [
        (LOWMARK, "red-hand"), ("red-hand", CHECKPOINT)
    ]
    (edge,) = path[1].edges
    return edge


@pytest.mark.parametrize("limit", [0, 2, SHELLINGS, 50, None])
def test_a_path_edge_lists_its_first_statements(store: GraphStore, limit: int | None) -> None:
    fill(store)
    edge = shelling_edge(store, evidence_limit=limit)
    listed = SHELLINGS if limit is None else min(limit, SHELLINGS)
    assert [s.document for s in edge.statements] == [
        f"shelling-{day}.txt" for day in range(1, listed + 1)
    ]
    assert (edge.count, edge.first_seen, edge.last_seen) == (SHELLINGS, "2021-03-01", "2021-03-05")


def test_a_date_filtered_path_caps_the_statements_that_pass(store: GraphStore) -> None:
    # A date filter walks the edges with their statements (not keys only): the cap holds
    # there too, and the count is of the statements that pass.
    fill(store)
    dated = EdgeFilter(date_from="2021-03-01", date_to="2021-03-04")
    edge = shelling_edge(store, evidence_limit=2, edge_filter=dated)
    assert [s.document for s in edge.statements] == ["shelling-1.txt", "shelling-2.txt"]
    assert (edge.count, edge.last_seen) == (4, "2021-03-04")


@pytest.fixture(params=["sqlite", "ladybug"])
def client(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[TestClient]:
    graph: GraphStore = (
        EmbeddedStore(tmp_path / "g.sqlite3")
        if request.param == "sqlite"
        else LadybugStore(tmp_path / "lb")
    )
    fill(graph)
    with TestClient(create_app(Settings(data_dir=tmp_path), store=graph)) as test_client:
        yield test_client
    graph.close()


def path_edge(client: TestClient, **params: object) -> dict[str, object]:
    response = client.get("/paths", params={"source": LOWMARK, "target": CHECKPOINT, **params})
    assert response.status_code == 200, response.text
    (path,) = response.json()["items"]
    (edge,) = path["steps"][1]["edges"]
    assert isinstance(edge, dict)
    return edge


def test_the_api_lists_three_statements_unless_asked(client: TestClient) -> None:
    edge = path_edge(client)
    assert len(edge["evidence"]) == DEFAULT_EVIDENCE_LIMIT < SHELLINGS  # type: ignore[arg-type]
    assert edge["count"] == SHELLINGS
    assert len(path_edge(client, evidence_limit=1000)["evidence"]) == SHELLINGS  # type: ignore[arg-type]
    assert path_edge(client, evidence_limit=0)["evidence"] == []


@pytest.mark.parametrize("bad", ["-1", "1001", "many"])
def test_a_bad_evidence_limit_is_refused(client: TestClient, bad: str) -> None:
    response = client.get(
        "/paths", params={"source": LOWMARK, "target": CHECKPOINT, "evidence_limit": bad}
    )
    assert response.status_code == 422
    assert "evidence_limit" in response.text
