"""A connections page lists a few evidence sentences per edge; an edge's evidence
endpoint pages all of them. Run on the three stores."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from actorgraph.graph.embedded import EmbeddedStore
from actorgraph.graph.ladybug_store import LadybugStore
from actorgraph.graph.store import GraphStore
from tests.test_api import assert_problem, make_client
from tests.test_store_contract import ALL, SIEGES, ingest

FALCON = "/actors/camp-falcon/connections"
SIEGE_COUNT = 2 + 3 + 2 + 12  # the Sarai Brigades' statements against Camp Falcon


@pytest.fixture(params=["sqlite", "ladybug", "neo4j"])
def client(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[TestClient]:
    store: GraphStore
    if request.param == "neo4j":
        store = request.getfixturevalue("neo4j_store")
    elif request.param == "ladybug":
        store = LadybugStore(tmp_path / "ladybug")
    else:
        store = EmbeddedStore(tmp_path / "g.sqlite3")
    ingest(store, *ALL, *SIEGES)
    with make_client(store, tmp_path=tmp_path) as test_client:
        yield test_client
    store.close()


def strike(body: dict[str, Any]) -> dict[str, Any]:
    [found] = [c for c in body["connections"] if c["type"] == "TARGETS"]
    return found


def test_a_page_lists_three_sentences_per_edge_and_counts_them_all(client: TestClient) -> None:
    edge = strike(client.get(FALCON).json())
    assert edge["count"] == SIEGE_COUNT
    assert len(edge["evidence"]) == 3
    assert (edge["first_seen"], edge["last_seen"]) == ("2024-03-02", "2024-04-10")
    assert edge["documents"] == sorted({e["document"] for e in edge["evidence"]})

    for limit, listed in [(0, 0), (1, 1), (50, SIEGE_COUNT)]:
        body = client.get(FALCON, params={"evidence_limit": limit}).json()
        assert len(strike(body)["evidence"]) == listed
        assert strike(body)["count"] == SIEGE_COUNT
    assert_problem(client.get(FALCON, params={"evidence_limit": -1}), 422)


def test_deeper_and_dated_views_cap_evidence_too(client: TestClient) -> None:
    deep = client.get(FALCON, params={"depth": 2}).json()
    assert all(len(c["evidence"]) <= 3 for c in deep["connections"])
    assert strike(deep)["count"] == SIEGE_COUNT
    april = client.get(FALCON, params={"date_from": "2024-04", "evidence_limit": 2}).json()
    assert strike(april)["count"] == 3 + 2 + 12
    assert [e["date"][:7] for e in strike(april)["evidence"]] == ["2024-04", "2024-04"]


def test_the_evidence_endpoint_pages_what_the_page_left_out(client: TestClient) -> None:
    listed = strike(client.get(FALCON, params={"evidence_limit": 100}).json())["evidence"]
    url = "/actors/camp-falcon/connections/sarai-brigades/evidence"

    pages = [
        client.get(url, params={"type": "targets", "direction": "in", "offset": o, "limit": 5})
        for o in range(0, SIEGE_COUNT, 5)
    ]
    assert {p.status_code for p in pages} == {200}
    bodies = [p.json() for p in pages]
    assert {(b["source"], b["target"], b["type"], b["negated"]) for b in bodies} == {
        ("sarai-brigades", "camp-falcon", "TARGETS", False)
    }
    assert {b["total"] for b in bodies} == {SIEGE_COUNT}
    assert [e for b in bodies for e in b["items"]] == listed
    # The same edge seen from its other end.
    other = client.get(
        "/actors/sarai-brigades/connections/camp-falcon/evidence", params={"type": "TARGETS"}
    ).json()
    assert other["items"] == listed[:50]


@pytest.mark.parametrize(
    "params",
    [
        {"type": "TARGETS"},  # out: Camp Falcon targets nobody
        {"type": "TARGETS", "direction": "in", "negated": "true"},
        {"type": "BACKS", "direction": "in"},
    ],
)
def test_evidence_of_an_edge_that_does_not_exist_is_404(
    client: TestClient, params: dict[str, str]
) -> None:
    body = assert_problem(
        client.get("/actors/camp-falcon/connections/sarai-brigades/evidence", params=params), 404
    )
    assert "edge" in body["detail"]


def test_evidence_requests_that_name_no_edge_are_422(client: TestClient) -> None:
    url = "/actors/camp-falcon/connections/sarai-brigades/evidence"
    assert_problem(client.get(url), 422)  # no type
    assert_problem(client.get(url, params={"type": "HUGS"}), 422)
    body = assert_problem(client.get(url, params={"type": "TARGETS", "direction": "both"}), 422)
    assert "out or in" in body["detail"]
    assert_problem(client.get(url, params={"type": "TARGETS", "limit": 0}), 422)
